/**
 * Names in an agreement window that the tagger did not know (a quoted name, capitals, an
 * abbreviation, a type word and a name, a legal form), unnamed education institutions ("5
 * universities", "rektorzy sześciu uczelni"), a municipality named by its mayor's title ("кметът на
 * Перник"), the university a faculty belongs to ("Wydział … ZUT w Szczecinie"), a body headed by a
 * noun after a signer's title ("председателят на Комисията за защита на конкуренцията"): the pieces
 * the list reader (extractors/_partnership-items.ts) builds items from.
 */
import type { InstitutionKind } from '../types.js';
import { EDU_KINDS } from './_event-scan.js';
import { activeTables } from './_institution-lexicon.js';
import {
  EDU_NOUN, LATIN, LOWER_START, NAME_CONNECTORS, NOT_NAME, WindowReader, isFirstName, type Core,
} from './_partnership-window.js';
/** Most words of a unit's own name before the university it belongs to ("Wydział Kształtowania Środowiska i Rolnictwa | ZUT"). */
const UNIT_NAME_REACH = 10;

/** Event words of counts ("sześciu", "two"). */
const NUMBER: ReadonlySet<string> = new Set(['number']);

/** A legal form written after a name ("Kuca Sp. z o.o.", "Strojírny a stavby Třinec, a.s.", "NTPC Limited"). */
export const LEGAL_TAIL =
  /^,?\s*(?:sp\.\s?z\s?o\.\s?o\.(?:\s*sp\.\s?k\.?)?|sp\.\s?z\s?o\.\s?o|sp\.\s?[kj]\.|s\.\s?a\.?|a\.\s?s\.|ltd\.?|llc|inc\.?|gmbh|ag|plc|(?:private\s+)?limited|ооо|оао|зао|пао|ао|тов|пат|прат|ат|еоод|оод|еад|ад)(?=$|[\s,.;:)»"”])/iu;

/** Legal forms written before a name ("ООО «Ромашка»", "АТ «Вінницяобленерго»"). */
const LEGAL_HEAD = /^(?:ооо|оао|зао|пао|ао|тов|пат|прат|ат|пп|еоод|оод|еад|ад|фгбоу|гбоу|мбоу)$/u;

/** Most lower-case words a Slavic name may run on over after its capitalised first word. */
const MAX_LOWER = 5;
/** How many words after a generic word ("firmą") a name may run to reach its legal form. */
const LEGAL_REACH = 6;
/** A legal form as the last word of a capitalised name. */
const LEGAL_LAST = /^(?:limited|ltd|llc|inc|plc|gmbh|corporation|corp)$/u;

/** Legal-form and type abbreviations that are never a name on their own ("МБОУ", "ГАОУ ВО МО", "ЕАД"). */
const LEGAL_WORD =
  /^(?:ооо|оао|зао|пао|ао|нао|тоо|тов|пат|прат|ат|пп|дп|кп|кз|еоод|оод|еад|ад|ет|фгбоу|фгаоу|гбоу|гаоу|мбоу|маоу|мкоу|гбпоу|гапоу|гпоу|ано|во|мо|спо|llc|ltd|inc|plc|jsc|gmbh|sa|sp)$/u;

/** An abbreviation ending in the letter of "university" (ЧГУ, НГУ, СУ, YSU; mixed case too: СПбГУ, ВлГУ, УлГУ): a university. */
export const UNIVERSITY_ACRONYM = /^(?=(?:.*\p{Lu}){2})\p{Lu}[\p{Lu}\p{Ll}]{0,6}(?:У|U)$/u;

/** English names of fields of study, capitalised in running text; one alone is no party. */
const FIELD_OF_STUDY =
  /^(?:sciences?|bioscienc(?:e|es)|technolog(?:y|ies)|biotechnology|engineering|medicine|management|research|innovation|education|mathematics|physics|chemistry|biology|informatics|economics|law|pharmacy|nursing|agriculture|humanities|arts|commerce|business|healthcare|health)$/u;

/** A hyphen inside a word, no space around it. */
const HYPHEN_GAP = /^[-‐]$/u;

/** Reads the names of parties in one window. */
export class NameReader extends WindowReader {
  /** A name the tagger did not know, at token t. */
  bare(t: number, descriptorKind: InstitutionKind | null): Core | null {
    if (t >= this.w1) return null;
    let kind: InstitutionKind = descriptorKind ?? 'other';
    let strong = descriptorKind !== null;
    let prefix = '';
    let start = this.tk.start[t];
    let u = t;
    const head = this.hit(u, 'head');
    if (head && head.t1 < this.w1 && (this.plain(head.t1) || this.quoted(head.t1)) && (this.isUpper(head.t1) || this.quoted(head.t1))) {
      const nom = head.value.nominative ?? '';
      prefix = this.isUpper(u) ? nom.charAt(0).toUpperCase() + nom.slice(1) : nom;
      kind = head.value.kind ?? kind;
      strong = true;
      u = head.t1;
    } else if (head || this.eduNounAt(u)) {
      // A type word alone is a reference to a body named elsewhere ("Powiat i Uczelnia", "Politechnika, Uniwersytet i GUMed").
      return null;
    } else if (LEGAL_HEAD.test(this.tk.words[u]) && this.isUpper(u) && u + 1 < this.w1 && this.quoted(u + 1)) {
      prefix = this.surface(u);
      kind = 'company';
      strong = true;
      u++;
    }
    if (this.shouting || this.eventTok.has(u)) return null;
    // A type word and a settlement ("Miasta Rzeszowa", "Община Перник"): the settlement in the nominative, no more.
    if (prefix && kind === 'municipality') {
      const pl = this.scan.placesIn({ start: this.tk.start[u], end: this.win.end })[0];
      if (pl && pl.kind === 'settlement' && pl.start === this.tk.start[u]) {
        let t1 = u;
        while (t1 < this.w1 && this.tk.start[t1] < pl.end) t1++;
        return { start, end: pl.end, t1, tag: null, name: `${prefix} ${pl.name}`, kind, weak: false };
      }
    }
    // "в Минске", "in Vilnius", "w Pucku": a place the gazetteer may not know.
    if (u > this.w0 && this.plain(u) && this.hit(u - 1, 'placePrep') && !this.hit(u - 1, 'with') && !prefix && descriptorKind === null) return null;
    let from: number;
    let end: number;
    let t1: number;
    const q = this.quoted(u);
    if (q) {
      // A quoted name right after a common noun is that thing's name ("форума «Россия»", "projektu „X”").
      if (!prefix && descriptorKind === null && this.apposition(u)) return null;
      for (let k = u; k < q.t1; k++) if (this.eventTok.has(k)) return null;
      from = q.start;
      end = q.end;
      t1 = q.t1;
      strong = true;
    } else {
      if (!this.isUpper(u)) return null;
      // The second half of a hyphenated name ("Benz" of "Mercedes-Benz") is no name of its own.
      if (u > this.w0 && HYPHEN_GAP.test(this.gap(u)) && this.isUpper(u - 1)) return null;
      t1 = this.upperRun(u);
      if (t1 === u) return null;
      from = this.tk.start[u];
      end = this.tk.end[t1 - 1];
      const words = this.tk.words.slice(u, t1);
      // An English word-order tail after the capitals tells a body, a place's included ("the Madhya Pradesh government").
      const tailAfter = t1 < this.w1 && this.plain(t1) && this.hit(t1, 'tail') !== null;
      if (tailAfter) strong = true;
      if (words.some((w) => NOT_NAME.test(w))) return null;
      // English capitalises fields of study: "in the subject areas of Bioscience and Technology", "for Research,
      // Science and Technology". A field alone is no body.
      if (this.lang === 'en' && !prefix && t1 - u === 1 && FIELD_OF_STUDY.test(words[0])) return null;
      if (words.every((w) => LEGAL_WORD.test(w))) return null;
      // A courtesy title alone is a signer's, not a party ("signed by Dr. Abdullatif Al Shamsi").
      if (t1 - u === 1 && this.hit(u, 'honorific')) return null;
      const surfaces = words.map((_, k) => this.surface(u + k));
      const cyrText = this.lang === 'uk' || this.lang === 'ru' || this.lang === 'bg';
      const latinInCyr = cyrText && surfaces.some((x) => LATIN.test(x));
      const abbreviation = (x: string) => /\p{Lu}.*\p{Lu}/u.test(x);
      if (latinInCyr || surfaces.some(abbreviation)) strong = true;
      // Capitalised words joined by hyphens alone ("Mercedes-Benz", "Coca-Cola", "Rolls-Royce") are one
      // brand, not a first name and a surname.
      if (t1 - u >= 2 && words.every((_, k) => k === 0 || HYPHEN_GAP.test(this.gap(u + k)))) strong = true;
      const hyphenated = t1 - u >= 2 && words.every((_, k) => k === 0 || HYPHEN_GAP.test(this.gap(u + k)));
      // "Tata Consultancy Services Limited": a legal form ends the run.
      if (LEGAL_LAST.test(words[words.length - 1])) {
        kind = 'company';
        strong = true;
      }
      // A capitalised word run on by lower-case words is the start of a longer name we cannot bound
      // ("Пермской городской думы"), or an adjective ("Russian universities").
      const runOn = t1 < this.w1 && this.plain(t1) && LOWER_START.test(this.surface(t1)) && !this.endsName(t1);
      // Where the syntax says a party stands (after "between", "with", a signer's title), a name of Slavic
      // word order runs on over its lower-case words to the next stop ("з Тернопільським академічним
      // обласним театром актора", "председатель Пермской городской думы Юрий Уткин").
      const lowerEnd = runOn && this.lowerOk && (cyrText || this.lang === 'pl') && !latinInCyr && t1 - u === 1 && this.adjective(words[0]) ? this.lowerRun(t1) : -1;
      // A town's name of a capitalised and a lower-case word among municipalities ("Сливо поле", "Долна баня").
      const townEnd = runOn && this.placesOk && t1 - u === 1 && (t1 + 1 >= this.w1 || !this.plain(t1 + 1) || this.endsName(t1 + 1)) ? t1 + 1 : -1;
      if (townEnd > t1) {
        t1 = townEnd;
        end = this.tk.end[t1 - 1];
        strong = true;
      } else if (lowerEnd > t1) {
        t1 = lowerEnd;
        end = this.tk.end[t1 - 1];
        strong = true;
      } else if (runOn && (!strong || ((cyrText || this.lang === 'pl') && !latinInCyr && !abbreviation(surfaces[surfaces.length - 1]))) && !(descriptorKind !== null && this.legalAhead(t1))) return null;
      // A person: "Eugene Vaganov", "Митев", "Сергія Анатолійовича".
      if (!strong && !prefix && !this.lenient && (this.personLike(words) || (t1 - u === 2 && !words.some((w) => NAME_CONNECTORS.en.has(w))))) return null;
      // A country alone is not a party ("учреждения Узбекистана подписали …", "институт … Эритреи").
      if (!prefix && !q && t1 - u === 1 && this.lang && activeTables(this.lang).some((tb) => tb.countrySet.has(words[0]))) return null;
      // A place or a person is not a party.
      if (!prefix && this.isPlace(from, end) && !tailAfter) {
        if (!this.placesOk) return null;
        kind = 'municipality';
        strong = true;
      }
      if (!prefix && !this.lenient && !hyphenated && isFirstName(this.lang, words[0])) return null;
    }
    if (!prefix) start = from;
    // A legal form after the name ("Kuca Sp. z o.o.", ", a.s.", "Limited"), its first word perhaps read into the run ("Sp").
    let tailAt = end;
    let tail = LEGAL_TAIL.exec(this.text.slice(end, Math.min(this.win.end, end + 24)));
    if (!tail && !q && t1 - u >= 2) {
      tailAt = this.tk.start[t1 - 1];
      tail = LEGAL_TAIL.exec(this.text.slice(tailAt, Math.min(this.win.end, tailAt + 24)));
      if (!tail) tailAt = end;
    }
    // After "firmą", "компанией": the name runs to a legal form a few words on ("firmą Strojírny a stavby Třinec, a.s.").
    if (!tail && !q && descriptorKind !== null) {
      const ahead = this.legalAhead(t1);
      if (ahead) {
        tailAt = ahead.at;
        tail = ahead.form;
      }
    }
    if (tail) {
      end = tailAt + tail[0].length;
      kind = 'company';
      strong = true;
      while (t1 < this.w1 && this.tk.start[t1] < end) t1++;
    }
    if (kind === 'other' && !prefix && t1 - u === 1 && UNIVERSITY_ACRONYM.test(this.surface(u))) kind = 'university';
    // An education noun inside the name tells its kind ("Państwowych Szkół Budownictwa", "Vilnius Business College").
    if (kind === 'other') {
      for (let k = u; k < t1; k++) {
        const noun = this.eventAt(k, EDU_NOUN);
        if (noun?.value.kind && noun.value.kind !== 'other') {
          kind = noun.value.kind;
          break;
        }
      }
    }
    const written = this.text.slice(from, end);
    const name = (prefix ? `${prefix} ${written}` : written).replace(/\s+/gu, ' ').trim();
    return { start, end, t1, tag: null, name, kind, weak: !strong };
  }

  /**
   * An unnamed education institution as a list item: an education noun not inside a tagged name,
   * after a count ("5 universities"), with the places it is from ("Учебные заведения Копчака и
   * Санкт-Петербурга").
   */
  unnamedAt(t: number): { core: Core; next: number; endChar: number } | null {
    let u = t;
    if (u < this.w1 && /^\d+$/u.test(this.tk.words[u])) u++;
    if (u >= this.w1 || this.mention.has(u)) return null;
    // "z przedsiębiorstwami", "a trzema częstochowskimi szkołami:": a plural named one by one elsewhere
    // (a count or adjectives may stand before it).
    let group: { end: number; t1: number; start: number; kind: InstitutionKind } | null = null;
    for (let k = u; k < Math.min(this.w1, u + 3) && !group; k++) {
      const slot = this.hit(k, 'group');
      const g = slot ?? this.pluralEduNoun(k);
      if (!g || this.mention.has(k)) continue;
      let ok = true;
      for (let j = u; j < k; j++) if (this.isUpper(j) || this.mention.has(j) || this.eventTok.has(j) || !this.plain(j + 1)) ok = false;
      // Companies unless the noun tells otherwise ("szkołami", "с общини").
      if (ok) group = { start: g.start, end: g.end, t1: g.t1, kind: this.eventAt(k, EDU_NOUN)?.value.kind ?? slot?.value.kind ?? 'company' };
    }
    // A plural-looking noun right before a quoted or capitalised name is that name's descriptor ("директор компании
    // «Татнефть»": the genitive singular is written like the plural), not a plural named elsewhere.
    // (Not after a count, nor before a weekday: "with 10 companies Thursday morning".)
    if (group && u === t && !this.eventAt(u, EDU_NOUN) && group.t1 < this.w1 && !this.isFiller(group.t1) && !NOT_NAME.test(this.tk.words[group.t1]) &&
      (this.quoted(group.t1) || (this.isUpper(group.t1) && this.plain(group.t1)))) return null;
    const noun = group ? null : this.eventAt(u, EDU_NOUN);
    if (!group && (!noun || this.scan.mentionsIn({ start: noun.start, end: noun.end }).length > 0)) return null;
    const head = group ?? { start: noun!.start, end: noun!.end, t1: noun!.t1, kind: noun!.value.kind ?? 'other' };
    if (this.mention.has(head.t1)) return null; // "Uniwersytet Gdański": the tagger's name
    let next = head.t1;
    let endChar = head.end;
    // The places the institutions are from: "Копчака и Санкт-Петербурга", "з Києва".
    for (let guard = 0; guard < 6 && next < this.w1 && this.plain(next); guard++) {
      const pl = this.scan.placesIn({ start: this.tk.start[next], end: this.win.end })[0];
      if (pl && pl.start === this.tk.start[next]) {
        while (next < this.w1 && this.tk.start[next] < pl.end) next++;
        endChar = pl.end;
        continue;
      }
      const joint = this.hit(next, 'and') ?? this.hit(next, 'placePrep');
      if (!joint || joint.t1 >= this.w1) break;
      const after = this.scan.placesIn({ start: this.tk.start[joint.t1], end: this.win.end })[0];
      if (!after || after.start !== this.tk.start[joint.t1]) break;
      next = joint.t1;
    }
    const single = !group && u === t && noun!.value.number !== 'pl';
    const core: Core = { start: group ? this.tk.start[u] : head.start, end: head.end, t1: next, tag: null, name: '', kind: head.kind, weak: false, unnamed: true, group: !!group, single };
    return { core, next, endChar };
  }

  /**
   * Lower-case words of a name from token t up to a stop (a list word, a preposition, an event word,
   * punctuation, a tagged name, a person's first name, the window's end): one past the last, or -1
   * when the run does not end at a stop within MAX_LOWER words.
   */
  lowerRun(t: number): number {
    const conn = this.lang ? NAME_CONNECTORS[this.lang] : NAME_CONNECTORS.en;
    let u = t;
    while (u < this.w1 && u - t < MAX_LOWER && this.plain(u) && LOWER_START.test(this.surface(u)) && !this.endsName(u) && !conn.has(this.tk.words[u])) u++;
    if (u === t) return -1;
    // A faculty or a department is a unit, not a party ("Филологическия факултет").
    for (let k = t; k < u; k++) if (this.hit(k, 'unit')) return -1;
    if (u >= this.w1) return u;
    if (!this.plain(u) || this.endsName(u) || this.mention.has(u) || conn.has(this.tk.words[u])) return u;
    if (this.isUpper(u) && isFirstName(this.lang, this.tk.words[u])) return u;
    return -1;
  }

  /** The (lower-cased) word has an adjective's ending: it may open a Slavic name ("Тернопільським"). */
  adjective(word: string): boolean {
    return this.adjectiveEndings.some((e) => word.length > e.length + 2 && word.endsWith(e));
  }

  /**
   * A faculty or a department of a university as a party: the university is the party ("z Wydział
   * Kształtowania Środowiska i Rolnictwa ZUT w Szczecinie" → ZUT w Szczecinie), the tagger's or an
   * abbreviation a few words on (with its place); null when none is named.
   */
  unitOwner(t: number): Core | null {
    const unit = this.hit(t, 'unit');
    if (!unit) return null;
    for (let k = unit.t1; k < Math.min(this.w1, unit.t1 + UNIT_NAME_REACH); k++) {
      if (k > unit.t1 && !/^[\s,]*$/u.test(this.gap(k))) return null;
      const m = this.mention.get(k);
      if (m) return EDU_KINDS.has(m.tag.kind) ? { start: m.start, end: m.end, t1: m.t1, tag: m.tag, name: m.tag.name, kind: m.tag.kind, weak: false } : null;
      const w = this.surface(k);
      if (!/^\p{Lu}{2,6}$/u.test(w)) continue;
      let t1 = k + 1;
      let end = this.tk.end[k];
      // "ZUT w Szczecinie": its place is part of how it is named.
      if (t1 + 1 < this.w1 && this.hit(t1, 'placePrep') && this.plain(t1) && this.plain(t1 + 1)) {
        const pl = this.scan.placesIn({ start: this.tk.start[t1 + 1], end: this.win.end })[0];
        if (pl && pl.start === this.tk.start[t1 + 1]) {
          t1 += 1;
          while (t1 < this.w1 && this.tk.start[t1] < pl.end) t1++;
          end = pl.end;
        }
      }
      return { start: this.tk.start[k], end, t1, tag: null, name: this.text.slice(this.tk.start[k], end), kind: 'university', weak: false };
    }
    return null;
  }

  /**
   * After "председателят на": a capitalised noun, a name's preposition and lower-case words up to the
   * signer ("Комисията за защита на конкуренцията доц. Росен Карадимов"), or null.
   */
  linkedName(t: number): Core | null {
    if (t + 2 >= this.w1 || !this.isUpper(t) || this.mention.has(t) || this.eventTok.has(t) || !this.plain(t + 1)) return null;
    const link = this.hit(t + 1, 'nameLink');
    if (!link || link.t1 >= this.w1 || !this.plain(link.t1)) return null;
    let k = link.t1;
    while (k < this.w1 && k - link.t1 < MAX_LOWER + 2 && this.plain(k) && LOWER_START.test(this.surface(k)) && !this.hit(k, 'and') && !this.hit(k, 'honorific') && !this.eventTok.has(k)) k++;
    if (k === link.t1) return null;
    // It ends where the signer begins, or at punctuation.
    if (k < this.w1 && this.plain(k) && !this.hit(k, 'honorific') && !this.isUpper(k)) return null;
    const end = this.tk.end[k - 1];
    return { start: this.tk.start[t], end, t1: k, tag: null, name: this.text.slice(this.tk.start[t], end).replace(/\s+/gu, ' '), kind: 'other', weak: false };
  }

  /** A count, up to two lower-case words and an education noun at token t ("sześciu rzeszowskich uczelni", "6 universities"): unnamed. */
  countedInstitutions(t: number): { core: Core; next: number; endChar: number } | null {
    if (t >= this.w1 || !(/^\d+$/u.test(this.tk.words[t]) || this.eventAt(t, NUMBER))) return null;
    for (let k = t + 1; k < Math.min(this.w1, t + 4); k++) {
      if (!this.plain(k) || this.mention.has(k) || this.isUpper(k)) return null;
      const noun = this.eventAt(k, EDU_NOUN);
      if (noun) {
        const core: Core = { start: this.tk.start[t], end: noun.end, t1: noun.t1, tag: null, name: '', kind: noun.value.kind ?? 'other', weak: false, unnamed: true };
        return { core, next: noun.t1, endChar: noun.end };
      }
      if (!LOWER_START.test(this.surface(k))) return null;
    }
    return null;
  }

  /**
   * "кметът на Перник Станислав Владимиров", "prezydent Rzeszowa Konrad Fijołek": the municipality of the
   * settlement after a mayor's title at token t (its signer's name skipped), or null.
   */
  mayorOf(t: number): { core: Core; next: number; endChar: number } | null {
    const mayor = this.hit(t, 'mayor');
    if (!mayor || mayor.t1 >= this.w1 || this.mention.has(mayor.t1)) return null;
    const pl = this.scan.placesIn({ start: this.tk.start[mayor.t1], end: this.win.end })[0];
    if (!pl || pl.kind !== 'settlement' || pl.start !== this.tk.start[mayor.t1]) return null;
    let next = mayor.t1;
    while (next < this.w1 && this.tk.start[next] < pl.end) next++;
    // Not the start of a longer name ("кметът на Община Перник" is the tagger's, "prezydent Rzeszowa Konrad" the signer's).
    const name = (mayor.value.nominative ?? '{}').replace('{}', pl.name);
    const core: Core = { start: pl.start, end: pl.end, t1: next, tag: null, name, kind: 'municipality', weak: false };
    const r = this.skipPerson(next, pl.end);
    return { core, next: r.next, endChar: r.endChar };
  }

  /** A legal form ending a name a few words after token t ("… a stavby Třinec, a.s."): where it starts, or null. */
  legalAhead(t: number): { at: number; form: RegExpExecArray } | null {
    for (let p = t; p < Math.min(this.w1, t + LEGAL_REACH); p++) {
      if (p > t && (/[.;:!?()«»"“”„]/u.test(this.gap(p)) || this.mention.has(p) || this.eventTok.has(p))) break;
      const at = this.tk.end[p];
      const form = LEGAL_TAIL.exec(this.text.slice(at, Math.min(this.win.end, at + 24)));
      if (form && form[0].length > 0) return { at, form };
    }
    return null;
  }

  /** A plural education noun at token t ("szkołami", "universities"). */
  pluralEduNoun(t: number): { start: number; end: number; t1: number } | null {
    const n = this.eventAt(t, EDU_NOUN);
    return n && n.value.number === 'pl' ? n : null;
  }

  /** ", Eugene Vaganov," after a name: a signer's name set off by commas (capitalised words, no name of ours). */
  personApposition(t: number, endChar: number): boolean {
    if (this.lenient) return false;
    if (t >= this.w1 || !/^\s*,\s*$/u.test(this.text.slice(endChar, this.tk.start[t]))) return false;
    let u = t;
    while (u < this.w1 && u - t < 3 && this.isUpper(u) && !this.mention.has(u) && !this.eventTok.has(u) && (u === t || this.plain(u))) u++;
    if (u - t < 2 || u >= this.w1) return false;
    return /^\s*,/u.test(this.text.slice(this.tk.end[u - 1], this.tk.start[u]));
  }

  skipPerson(t: number, endChar: number): { next: number; endChar: number } {
    let u = t;
    let e = endChar;
    const commaBefore = u < this.w1 && /^\s*,\s*$/u.test(this.text.slice(e, this.tk.start[u]));
    if (!commaBefore && u < this.w1 && !/^\s*$/u.test(this.text.slice(e, this.tk.start[u]))) return { next: t, endChar };
    while (u < this.w1) {
      const h = this.hit(u, 'honorific');
      if (!h) break;
      u = h.t1;
    }
    let names = 0;
    while (u < this.w1 && names < 3 && this.isUpper(u) && !this.mention.has(u) && (names === 0 || /^[\s.]*$/u.test(this.gap(u)))) {
      u++;
      names++;
    }
    if (names === 0) return { next: t, endChar };
    e = this.tk.end[u - 1];
    if (commaBefore && u < this.w1 && /^\s*,/u.test(this.text.slice(e, this.tk.start[u]))) e = this.text.indexOf(',', e) + 1;
    return { next: u, endChar: e };
  }
}
