/**
 * List items in an agreement window: a tagged institution, a name the tagger did not know or an
 * unnamed education institution (extractors/_partnership-names.ts), with what may surround one in
 * real text: a signer's title before it, a place, brackets and the signer's name after it; and
 * lists of items joined by commas and "and".
 */
import { LEGAL_TAIL, NameReader, UNIVERSITY_ACRONYM } from './_partnership-names.js';
import { ANY_EVENT, LOWER_START, NOT_NAME, TITLE_LINKS, type Core } from './_partnership-window.js';
import type { InstitutionKind } from '../types.js';
import { EDU_KINDS } from './_event-scan.js';

/** An abbreviation a body may be named by: two to eight letters, at least two capitals, upper case first ("КФУ", "УлГУ"). */
const SIGNER_ABBREVIATION = /^(?=(?:.*\p{Lu}){2})\p{Lu}[\p{L}]{1,7}$/u;
/** Legal forms written in capitals before a name ("ПАО Татнефть"): no body's abbreviation. */
const LEGAL_FORM = /^(?:ООО|ОАО|ЗАО|ПАО|АО|НАО|ТОВ|ПАТ|ПРАТ|АТ|ПП|ДП|КП|КЗ|ЕООД|ООД|ЕАД|АД|ЕТ|ГК|LLC|LTD|INC|PLC|JSC|GMBH|SA)$/u;

/** A capitalised word of small letters ("Pune", "Manchester"; not "IIT", not "McGill"). */
const TITLE_CASE = /^\p{Lu}\p{Ll}{2,}$/u;
/** Country abbreviations written after a town ("Manchester, UK"). */
const COUNTRY_CODE = /^(?:UK|USA|US|UAE|PRC)$/u;

/** A spaced dash between two names ("… освіти – науковим ліцеєм …"). */
const DASH_APPOSITION = /^\s+[–—-]\s+$/u;

/** Most tokens inside brackets after a name ("(МГУ)", "(Китай)", "(вляво)"). */
const MAX_BRACKET = 8;

/** Reads items and lists of parties in one window. */
export class ListReader extends NameReader {
  /** One list item at token t: [title] [descriptor] name [(…)] [signer's name]. */
  item(t: number): { core: Core; next: number; endChar: number } | null {
    let u = t;
    if (this.lang === 'en' && this.tk.words[u] === 'the' && u + 1 < this.w1) u++;
    const unnamed = this.unnamedAt(u);
    if (unnamed) return unnamed;
    let titled = false;
    let linked = false;
    if (!this.mention.has(u)) {
      const title = this.hit(u, 'title');
      if (title && title.t1 < this.w1 && !this.mention.has(title.t0)) {
        const town = this.mayorOf(u);
        if (town) return town;
        // "rektorzy sześciu rzeszowskich uczelni": the signers of institutions the sentence does not name.
        const counted = this.countedInstitutions(title.t1);
        if (counted) return counted;
        u = title.t1;
        titled = true;
        linked = TITLE_LINKS.has(this.tk.words[title.t1 - 1]);
        if (this.lang === 'en' && this.tk.words[u] === 'the') u++;
      }
    }
    let kind: InstitutionKind | null = null;
    if (!this.mention.has(u)) {
      // Up to two lower-case adjectives before a generic word ("датската компания", "lubelskiej spółki").
      for (let k = 0; k <= 2 && u + k < this.w1; k++) {
        const d = this.hit(u + k, 'descriptor');
        // A capitalised modifier may open a descriptor of two words ("EV manufacturer OLA Electric").
        if (d && (!this.isUpper(u + k) || (d.t1 - d.t0 >= 2 && !this.isUpper(d.t1 - 1)))) {
          let ok = true;
          for (let j = u; j < u + k; j++) if (this.isUpper(j) || !this.plain(j + 1) || this.eventAt(j, ANY_EVENT)) ok = false;
          if (ok) {
            kind = d.value.kind ?? null;
            u = d.t1;
            break;
          }
        }
        if (k < 2 && (u + k >= this.w1 || this.isUpper(u + k) || !LOWER_START.test(this.surface(u + k)))) break;
      }
    }
    // A type word before the tagger's own name ("фондом «Сколково»" tagged from the quote): that name.
    const head = this.hit(u, 'head');
    if (head && this.mention.has(head.t1) && this.plain(head.t1)) u = head.t1;
    if (u >= this.w1) return null;
    let core: Core | null = null;
    const m = this.mention.get(u);
    if (m) core = { start: m.start, end: m.end, t1: m.t1, tag: m.tag, name: m.tag.name, kind: m.tag.kind, weak: false };
    else {
      const before = this.lowerOk;
      if (titled) this.lowerOk = true;
      core = this.unitOwner(u) ?? ((titled && this.linkedName(u)) || this.bare(u, kind));
      this.lowerOk = before;
    }
    if (!core) return null;
    // After a signer's title an abbreviation run on into capitalised words is the body and its signer
    // ("ректор КФУ Ильшат Гафуров", "the CEO of IBM Arvind Krishna"): the abbreviation alone is the party.
    if (titled && !core.tag) {
      const cut = this.abbreviationBeforeSigner(u, core.t1);
      if (cut) core = cut;
    }
    // After "ректора", "начальника" a capitalised word or two is the signer ("начальника Шевченка"); a body
    // named by its title's genitive is one the tagger knows or one written in capitals or quotes.
    if (titled && !linked && core.weak && (this.personLike(core.name.toLowerCase().split(/\s+/u)) || core.t1 - u <= 2)) return null;
    // Words right before the tagger's name are a modifier of it ("“Teleradio” PU", "МБОУ «Школа № 5»"): that name is the party.
    if (!core.tag && core.t1 < this.w1 && /^[ \t\u00a0]*[«„“"]?$/u.test(this.gap(core.t1))) {
      const after = this.mention.get(core.t1);
      if (after) core = { start: after.start, end: after.end, t1: after.t1, tag: after.tag, name: after.tag.name, kind: after.tag.kind, weak: false };
    }
    let next = core.t1;
    let endChar = core.end;
    // An English word-order tail ("Madhya Pradesh government", "ISIE INDIA Private Limited company").
    if (!core.tag && next < this.w1 && this.plain(next)) {
      const tail = this.hit(next, 'tail');
      if (tail) {
        if (!tail.value.drop) {
          core.end = tail.end;
          core.name = `${core.name} ${this.text.slice(tail.start, tail.end)}`;
        }
        core.kind = tail.value.kind ?? core.kind;
        core.weak = false;
        next = tail.t1;
        endChar = tail.end;
      }
    }
    // A second legal form after the tagger's name ("Mojsiuk Sp. z o.o.| Sp. k."): written with it, not a list break.
    if (core.tag && next < this.w1) {
      const more = LEGAL_TAIL.exec(this.text.slice(endChar, Math.min(this.win.end, endChar + 24)));
      if (more && !/^,/u.test(more[0])) {
        endChar += more[0].length;
        while (next < this.w1 && this.tk.start[next] < endChar) next++;
      }
    }
    // A place after a settlement abbreviation the name ends in ("Київського районного суду м.| Одеси").
    if (next < this.w1 && /^\.\s+$/u.test(this.text.slice(endChar, this.tk.start[next])) && /^\p{Ll}{1,3}$/u.test(this.surface(next - 1))) {
      const pl = this.scan.placesIn({ start: this.tk.start[next], end: this.win.end })[0];
      if (pl && pl.start === this.tk.start[next]) {
        while (next < this.w1 && this.tk.start[next] < pl.end) next++;
        endChar = pl.end;
      }
    }
    // A place after a dash ("Тракийски университет – Стара Загора"): part of how the name is written.
    if (next < this.w1 && /^\s*[–—-]\s*$/u.test(this.text.slice(endChar, this.tk.start[next]))) {
      const pl = this.scan.placesIn({ start: this.tk.start[next], end: this.win.end })[0];
      if (pl && pl.start === this.tk.start[next]) {
        while (next < this.w1 && this.tk.start[next] < pl.end) next++;
        endChar = pl.end;
      }
    }
    // A place after the name ("колледж «Подмосковье» в Лобне", "firmą DANEX z Roska"): not a list break.
    if (next < this.w1 && this.hit(next, 'placePrep') && /^\s*$/u.test(this.text.slice(endChar, this.tk.start[next]))) {
      const pl = this.scan.placesIn({ start: this.tk.start[next], end: this.win.end })[0];
      if (pl && next + 1 < this.w1 && pl.start === this.tk.start[next + 1]) {
        let v = next + 1;
        while (v < this.w1 && this.tk.start[v] < pl.end) v++;
        next = v;
        endChar = pl.end;
      } else if (next + 1 < this.w1 && this.isUpper(next + 1) && !this.mention.has(next + 1) && this.plain(next + 1)) {
        // A place the gazetteer lacks (one or two words), when the list goes on right after it
        // ("в Лобне и «Молодая гвардия»", "z Drawskiego Młyna, firmą DANEX").
        let v = next + 2;
        if (v < this.w1 && v < next + 3 && this.isUpper(v) && this.plain(v) && !this.mention.has(v)) v++;
        // In English also before the verb ("the University of Freiburg in Germany announced").
        const verbAfter = this.lang === 'en' && v < this.w1 && v === next + 2 && this.plain(v) && LOWER_START.test(this.surface(v)) && !NOT_NAME.test(this.tk.words[next + 1]);
        if (v >= this.w1 || verbAfter || this.hit(v, 'and') || /^\s*[,.;]/u.test(this.text.slice(this.tk.end[v - 1], this.tk.start[v] ?? this.win.end))) {
          next = v;
          endChar = this.tk.end[next - 1];
        }
      }
    }
    // Brackets after the name: an abbreviation, a country, "(вляво)".
    const after = next < this.tk.n ? this.text.slice(endChar, this.tk.start[next]) : '';
    if (/^\s*\(\s*$/u.test(after) || /^\s*\(/u.test(after)) {
      const close = this.text.indexOf(')', endChar);
      if (close > 0 && close < this.win.end) {
        let v = next;
        while (v < this.w1 && this.tk.end[v] <= close) v++;
        if (v - next <= MAX_BRACKET) {
          next = v;
          endChar = close + 1;
        }
      }
    }
    // "MSME Technology Centre, Puducherry", "Sona Devi University (SDU), Ghatsila", "the University of Salford,
    // Manchester, UK": the town (and country) an English name is followed by, part of how it is written.
    const town = this.placeApposition(core, next, endChar);
    if (town) {
      next = town.next;
      endChar = town.endChar;
    }
    // "X в особі ректора Y", "reprezentowaną przez Prezesa Zarządu Pana Adama Ogrodnika": the signer, skipped.
    const rep = next < this.w1 ? this.hit(next, 'represented') : null;
    if (rep && /^[\s,]*$/u.test(this.text.slice(endChar, this.tk.start[next]))) {
      let v = rep.t1;
      for (let guard = 0; guard < 3 && v < this.w1; guard++) {
        const h = this.hit(v, 'title') ?? this.hit(v, 'honorific');
        if (!h) break;
        v = h.t1;
      }
      let names = 0;
      while (v < this.w1 && names < 4 && this.isUpper(v) && !this.mention.has(v) && (names === 0 || /^[\s.]*$/u.test(this.gap(v)))) {
        v++;
        names++;
      }
      if (v > rep.t1) {
        next = v;
        endChar = this.tk.end[v - 1];
      }
    }
    // The signer's name after the body ("ректор МГУ Виктор Садовничий", "Krastsvetmet, Mikhail Dyagilev,").
    if (titled || this.hit(next, 'honorific') || this.personApposition(next, endChar)) {
      const r = this.skipPerson(next, endChar);
      next = r.next;
      endChar = r.endChar;
    }
    return { core, next, endChar };
  }

  /**
   * Token t is an abbreviation (two or more capitals, not a legal form: "КФУ", "IBM", "УлГУ") and the
   * capitalised run to t1 goes on with one to three words that are not abbreviations ("Ильшат Гафуров"):
   * the abbreviation as a name of its own, or null.
   */
  abbreviationBeforeSigner(t: number, t1: number): Core | null {
    if (t1 - t < 2 || t1 - t > 4) return null;
    const abbr = this.surface(t);
    if (!SIGNER_ABBREVIATION.test(abbr) || LEGAL_FORM.test(abbr)) return null;
    for (let k = t + 1; k < t1; k++) if (!/^\p{Lu}\p{Ll}+$/u.test(this.surface(k)) || !this.plain(k)) return null;
    return { start: this.tk.start[t], end: this.tk.end[t], t1: t + 1, tag: null, name: abbr, kind: UNIVERSITY_ACRONYM.test(abbr) ? 'university' : 'other', weak: false };
  }

  /**
   * ", Pune", ", Manchester, UK", ", Ede, Osun State" after an English education institution's name: one or
   * two capitalised words (a known place, or words no name of ours starts at) set off by a comma and
   * followed by the end of the item (a comma, "and", a bracket, the sentence's end or a lower-case word).
   * Up to two such places; null when there is none.
   */
  placeApposition(core: Core, t: number, endChar: number): { next: number; endChar: number } | null {
    if (this.lang !== 'en' || this.lenient || !(EDU_KINDS.has(core.kind) || core.kind === 'centre' || core.kind === 'research')) return null;
    let next = t;
    let end = endChar;
    let found = false;
    for (let guard = 0; guard < 2 && next < this.w1; guard++) {
      if (!/^\s*,\s*$/u.test(this.text.slice(end, this.tk.start[next]))) break;
      let v = next;
      while (v < this.w1 && v - next < 2 && (TITLE_CASE.test(this.surface(v)) || COUNTRY_CODE.test(this.surface(v))) && (v === next || this.plain(v)) &&
        !this.mention.has(v) && !this.eduNounAt(v) && !this.eventTok.has(v) && !NOT_NAME.test(this.tk.words[v]) && !this.endsName(v)) v++;
      if (v === next) break;
      const known = this.isPlace(this.tk.start[next], this.tk.end[v - 1]);
      // Another name begins right after ("Chennai Institute"), or a person's name ("Dr"): no place.
      if (!known && v < this.w1 && this.plain(v) && this.isUpper(v)) break;
      if (!known && this.personLike(this.tk.words.slice(next, v))) break;
      const after = v < this.tk.n ? this.text.slice(this.tk.end[v - 1], this.tk.start[v]) : '';
      const closes = v >= this.w1 || /^\s*[,.;:()]/u.test(after) || this.hit(v, 'and') !== null || LOWER_START.test(this.surface(v));
      if (!closes) break;
      next = v;
      end = this.tk.end[v - 1];
      found = true;
    }
    return found ? { next, endChar: end } : null;
  }

  /** A list of parties from token t; empty when no item starts there. */
  list(t: number): { items: Core[]; next: number; endChar: number } {
    const items: Core[] = [];
    let u = t;
    let next = t;
    let endChar = t < this.tk.n ? this.tk.start[t] : this.win.end;
    // The last item read again as a longer one (a name joined to it, or the name a description is renamed by):
    // the token the list goes on from, after a comma or "and", or null when it ends there.
    const replaceLast = (longer: { core: Core; next: number; endChar: number }): number | null => {
      items[items.length - 1] = longer.core;
      next = longer.next;
      endChar = longer.endChar;
      if (next >= this.w1) return null;
      const sep = this.text.slice(endChar, this.tk.start[next]);
      const and = this.hit(next, 'and');
      if (!(/^\s*,\s*$/u.test(sep) || (/^\s*$/u.test(sep) && and))) return null;
      const from = and ? and.t1 : next;
      return from >= this.w1 || !this.item(from) ? null : from;
    };
    while (u < this.w1) {
      const it = this.item(u);
      if (!it) break;
      items.push(it.core);
      next = it.next;
      endChar = it.endChar;
      if (next >= this.w1) break;
      const sep = this.text.slice(endChar, this.tk.start[next]);
      let v = next;
      // A comma, or the full stop of an abbreviation and a comma ("Kuca Sp. z o.o., Mercedes-Benz").
      if (/^\.?\s*,\s*$/u.test(sep)) {
        const and = this.hit(v, 'and');
        if (and) v = and.t1;
      } else if (/^\s*$/u.test(sep)) {
        const and = this.hit(v, 'and');
        if (!and) break;
        v = and.t1;
      } else if (DASH_APPOSITION.test(sep) && !items[items.length - 1].tag && this.mention.has(v)) {
        // "Білозерським закладом початкової освіти – науковим ліцеєм ім. О.Я. Печерського": a description the
        // tagger did not know, renamed after a dash by a name it knows, is that one body.
        const it = this.item(v);
        if (!it || !it.core.tag) break;
        const at = replaceLast(it);
        if (at === null) break;
        u = at;
        continue;
      } else break;
      const joined = this.joinedName(items, sep, v);
      if (joined) {
        const at = replaceLast(joined);
        if (at === null) break;
        u = at;
        continue;
      }
      if (v >= this.w1 || !this.item(v)) {
        // "Историческия и Филологическия факултет": adjectives sharing a head we cannot read.
        // (Town names among municipalities are no adjectives: "Раднево и Гълъбово, както и ректорът".)
        if (v > next && items[items.length - 1].weak && !this.placesOk) items.pop();
        break;
      }
      u = v;
    }
    // A list of bare capitalised words only, at the start of the sentence, is no list ("Стороны подписали").
    if (!this.lenient && items.length > 0 && items.every((c) => c.weak) && items[0].start <= this.tk.start[this.first]) return { items: [], next: t, endChar };
    // Weak names stand only beside a tagged one or a strong one.
    if (!this.lenient && items.some((c) => c.weak) && !items.some((c) => !c.weak)) {
      if (items[0].start <= this.tk.start[this.first]) return { items: [], next: t, endChar };
    }
    return { items, next, endChar };
  }

  /**
   * "Państwowych Szkół Budownictwa i Geodezji w Lublinie": a bare name of several words, "and", and a
   * single bare word read as one name (a lone capitalised word after "and" continues the name).
   */
  joinedName(items: Core[], sep: string, v: number): { core: Core; next: number; endChar: number } | null {
    const last = items[items.length - 1];
    // In an enumeration "and" joins its last two names ("Mercedes-Benz Mojsiuk oraz Radiometer").
    if (this.lenient) return null;
    if (!last || last.tag || !last.weak || last.name.split(/\s+/u).length < 2 || !/^\s*$/u.test(sep) || v >= this.w1) return null;
    const it = this.item(v);
    if (!it || it.core.tag || !it.core.weak || it.core.t1 - v !== 1) return null;
    const core: Core = { ...last, end: it.core.end, t1: it.core.t1, name: this.text.slice(last.start, it.endChar).replace(/\s+/gu, ' ').trim() };
    return { core, next: it.next, endChar: it.endChar };
  }

}
