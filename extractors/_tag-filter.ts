/**
 * Institution tags after the events are known: mentions inside ignored spans (related-headline
 * lists, extractors/_boilerplate.ts) are dropped, and so are tags left with no mention; a name with
 * a company's legal form is a company; named bodies with no education role
 * (extractors/lang/events/bystanders.ts) and streets are dropped unless an event names them.
 */
import type { EventTag, InstitutionTag, Lang, Mention } from '../types.js';
import { inSpans } from './_boilerplate.js';
import { canonicalKey } from './_registry.js';
import type { Span } from './sentences.js';
import { BYSTANDER_NAMES, LOOKALIKE_NAMES } from './lang/events/bystanders.js';

/** Tags without their mentions in `spans`; a tag with no mention left is gone. */
export function withoutSpans(tags: InstitutionTag[], spans: readonly Span[]): InstitutionTag[] {
  if (spans.length === 0) return tags;
  const out: InstitutionTag[] = [];
  for (const t of tags) {
    const mentions = t.mentions.filter((m) => !inSpans(spans, m.start, m.end));
    if (mentions.length === t.mentions.length) out.push(t);
    else if (mentions.length > 0) out.push({ ...t, mentions });
  }
  return out;
}

/** Kinds that are never bystanders: education institutions name their role. */
const ROLE_KINDS = new Set<string>([
  'school', 'lyceum', 'gymnasium', 'college', 'technikum', 'vocational-school', 'university', 'academy', 'institute', 'kindergarten',
]);
/** Streets named after an institution ("College Road", "вулиця Університетська") are places. */
const STREET_NAME = /(?:\s(?:road|street|avenue|lane|boulevard|drive)$|^(?:вулиц|вул\.|улиц|ул\.|ulic|ul\.|проспект|prospekt|aleja|бульвар|булевард))/iu;

/** A company's legal form in a name: «Академія Агро Інвест» ТОВ is a company, whatever its name says. */
export const COMPANY_FORM =
  /(?:^|[\s«»„“”"(])(?:ТОВ|ТзОВ|ПрАТ|ПАТ|ПП|ООО|ОАО|ЗАО|ПАО|АО|ЕООД|ООД|ЕАД|АД|sp\.\s?z\s?o\.\s?o\.|S\.A\.|LLC|Ltd\.?|Inc\.?|JSC|GmbH|PLC)(?=$|[\s«»„“”",.)])/u;

/** Tags whose name carries a company's legal form are companies, whatever head word their name has. */
export function companiesByLegalForm(tags: InstitutionTag[]): InstitutionTag[] {
  return tags.map((t) => (t.kind !== 'company' && COMPANY_FORM.test(t.name) ? { ...t, kind: 'company' } : t));
}

/** Words of football and club sport: a text with several of them calls its clubs' youth teams "academies". */
const SPORT_WORDS_RE = /(?<![\p{L}])(?:piłk\p{L}*|futbol\p{L}*|football\p{L}*|soccer|футбол\p{L}*|mecz\p{L}*|матч\p{L}*|ligi|liga|league|лиг[аиіу]|ліг[аиіу]|trener\p{L}*|coach\p{L}*|тренер\p{L}*|klub\p{L}*|club\p{L}*|клуб\p{L}*|bramk\p{L}*|гол(?:ов|и|ы)?|piłkarz\p{L}*|footballer\p{L}*|футболист\p{L}*)(?![\p{L}])/giu;
/**
 * An academy named by its sport is a club's youth academy, never an education institution, whatever
 * the rest of the text ("Kwara Football Academy", "Akademia Piłkarska", "футбольная академия").
 */
export const SPORT_ACADEMY_RE =
  /(?<![\p{L}])(?:(?:football|soccer|basketball|volleyball|handball|futsal|tennis|hockey|cricket|rugby|golf|boxing|chess)\s+academy|akademi\p{L}*\s+(?:piłk\p{L}*|futbol\p{L}*|sportow\p{L}*)|(?:piłkarsk|futbolow)\p{L}*\s+akademi\p{L}*|(?:футбольн|баскетбольн|хоккейн|теннисн|тенісн|волейбольн)\p{L}*\s+академи\p{L}*|академи\p{L}*\s+(?:футбол|баскетбол|хокке|хоке|тенис)\p{L}*)(?![\p{L}])/iu;

/** Sport words in a text from which its "academies" are clubs' (no other education word needed). */
const SPORT_TEXT_WORDS = 4;

/** Tags minus bystanders (media, weather services, energy companies, venues, foreign ministries) that no event names. */
export function withoutBystanders(tags: InstitutionTag[], events: EventTag[], lang: Lang | null, text = ''): InstitutionTag[] {
  const named = new Set<string>();
  for (const e of events) {
    if ('partyKeys' in e) {
      for (const k of e.partyKeys) if (k) named.add(k);
    } else if (e.institutionKey) named.add(e.institutionKey);
  }
  const langs: Lang[] = lang ? [lang, 'en'] : ['uk', 'ru', 'pl', 'bg', 'en'];
  const sports = tags.some((t) => t.kind === 'academy') && (text.match(SPORT_WORDS_RE)?.length ?? 0) >= SPORT_TEXT_WORDS;
  return tags.filter((t) => {
    if (named.has(t.key)) return true;
    if (sports && t.kind === 'academy') return false;
    if (STREET_NAME.test(t.name)) return false;
    if (LOOKALIKE_NAMES.test(t.name)) return false;
    if (ROLE_KINDS.has(t.kind)) return true;
    return !langs.some((l) => BYSTANDER_NAMES[l].test(t.name));
  });
}

/** Words right before a mention that make it a former name of the institution named just before. */
const FORMER_BEFORE =
  /(?:колишн\p{L}*|бувш\p{L}*|раніше|бывш\p{L}*|ранее|прежде|dawniej|dawn\.|wcześniej|były|była|byłe|бивш\p{L}*|предишн\p{L}*|formerly|former|previously|мав|мала|мало|носив|носила|носило|называл\p{L}*|назывался|назывался|nosił\p{L}*|was called|was named|known as)(?:\s+(?:назву|назва|название|названия|nazwę|name|като|as))?[\s:–—-]*$/iu;
/** How far a former name may stand after the institution it belongs to. */
const FORMER_REACH = 80;

/**
 * Former names merge into the institution they belong to: "Ліцей № 12 (колишнє Училище № 12)",
 * "Liceum nr 3 (dawniej Gimnazjum nr 3)", "formerly Kyiv College of Arts". The former name becomes
 * an alias and its mentions the current institution's.
 */
export function mergeFormerNames(tags: InstitutionTag[], text: string): InstitutionTag[] {
  if (tags.length < 2) return tags;
  const owner = new Map<InstitutionTag, InstitutionTag>();
  const all = tags.flatMap((t) => t.mentions.map((m) => ({ t, m }))).sort((a, b) => a.m.start - b.m.start);
  for (let i = 1; i < all.length; i++) {
    const { t, m } = all[i];
    if (owner.has(t)) continue;
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    if (!FORMER_BEFORE.test(before)) continue;
    // The institution named last before it, of another tag, close by.
    let j = i - 1;
    while (j >= 0 && all[j].t === t) j--;
    if (j < 0 || m.start - all[j].m.end > FORMER_REACH) continue;
    const current = owner.get(all[j].t) ?? all[j].t;
    if (current === t) continue;
    owner.set(t, current);
  }
  if (owner.size === 0) return tags;
  const merged = new Map<InstitutionTag, InstitutionTag>();
  for (const t of tags) {
    if (owner.has(t)) continue;
    merged.set(t, { ...t, aliases: [...t.aliases], mentions: [...t.mentions] });
  }
  for (const [former, cur] of owner) {
    let root = cur;
    while (owner.has(root)) root = owner.get(root)!;
    const into = merged.get(root);
    if (!into) continue;
    for (const a of [former.name, ...former.aliases]) if (a !== into.name && !into.aliases.includes(a)) into.aliases.push(a);
    into.mentions.push(...former.mentions);
    into.mentions.sort((a, b) => a.start - b.start);
  }
  return [...merged.values()];
}

/** "A i B sp. z o.o.": a coordinating word before a capitalised company name that ends in a legal form. */
const RUN_ON = /\s(?:i|oraz|и|та|і|й|and|&)\s+(?=\p{Lu})/gu;
/** "School of Computing at the University of Leeds": a unit inside a university named in the same phrase. */
const UNIT_AT = /^(?:School|Faculty|Department|Chair)\s+of\s+[^,]+?\s+(?:at|of)\s+(?:the\s+)?(?=[^,]*University\b)/u;

function shifted(m: Mention, from: number, to: number): Mention | null {
  const start = m.start + from;
  const end = m.start + to;
  return end > start ? { start, end, text: m.text.slice(from, to) } : null;
}

/**
 * Names that run on into a second body are two bodies ("Gmina Kielce i Kielecka Energetyka Cieplna
 * sp. z o.o." → the gmina and the company); a university unit named with its university ("School of
 * Computing at the University of Leeds") is the university.
 */
export function splitRunOns(tags: InstitutionTag[], lang: Lang | null): InstitutionTag[] {
  const out: InstitutionTag[] = [];
  for (const t of tags) {
    const unit = UNIT_AT.exec(t.name);
    if (unit) {
      const cut = unit[0].length;
      const name = t.name.slice(cut);
      const mentions = t.mentions.map((m) => (m.text === t.name ? shifted(m, cut, m.text.length) : m)).filter((m): m is Mention => m !== null);
      out.push({ ...t, name, key: canonicalKey(name, lang), kind: 'university', mentions });
      continue;
    }
    if (!COMPANY_FORM.test(t.name) || t.kind === 'company') {
      out.push(t);
      continue;
    }
    RUN_ON.lastIndex = 0;
    let split = -1;
    let rest = -1;
    for (let m = RUN_ON.exec(t.name); m; m = RUN_ON.exec(t.name)) {
      // The company part has the legal form; the first part has at least two words of its own.
      if (COMPANY_FORM.test(t.name.slice(m.index + m[0].length)) && !COMPANY_FORM.test(t.name.slice(0, m.index)) && /\S\s+\S/u.test(t.name.slice(0, m.index))) {
        split = m.index;
        rest = m.index + m[0].length;
        break;
      }
    }
    if (split < 0) {
      out.push(t);
      continue;
    }
    const a = t.name.slice(0, split);
    const b = t.name.slice(rest);
    const whole = t.mentions.filter((m) => m.text === t.name);
    const other = t.mentions.filter((m) => m.text !== t.name);
    out.push({ ...t, name: a, key: canonicalKey(a, lang), aliases: [], mentions: [...whole.map((m) => shifted(m, 0, split)!), ...other] });
    out.push({ ...t, name: b, key: canonicalKey(b, lang), kind: 'company', aliases: [], mentions: whole.map((m) => shifted(m, rest, m.text.length)!) });
  }
  return out;
}

const OPENING = new Set(['„', '«']);
const CLOSING = new Set(['“', '”', '»']);

/**
 * A quotation that opens before a quoted name ("„През 2023 г. подписахме договор с „Дунав Логистик“
 * ООД ...“") is speech, not the name: the name starts at the inner opening quote.
 */
export function trimQuotations(tags: InstitutionTag[], lang: Lang | null): InstitutionTag[] {
  return tags.map((t) => {
    if (!OPENING.has(t.name[0])) return t;
    let inner = -1;
    for (let i = 1; i < t.name.length; i++) {
      const c = t.name[i];
      if (CLOSING.has(c)) break;
      if (OPENING.has(c)) {
        inner = i;
        break;
      }
    }
    if (inner < 0) return t;
    const name = t.name.slice(inner);
    const mentions = t.mentions.map((m) => (m.text === t.name ? shifted(m, inner, m.text.length)! : m));
    return { ...t, name, key: canonicalKey(name, lang), mentions };
  });
}

/** Mentions sorted, a mention inside or overlapping a longer one left out ("«Сколково»" inside "Фондом «Сколково»"). */
function withoutOverlaps(mentions: Mention[]): Mention[] {
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  for (const m of mentions) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) {
      if (m.end - m.start > last.end - last.start) out[out.length - 1] = m;
      continue;
    }
    out.push(m);
  }
  return out;
}

/** Tags that came to share a key (a split or trimmed name equal to another tag's) are one tag. */
export function mergeSameKey(tags: InstitutionTag[]): InstitutionTag[] {
  const byKey = new Map<string, InstitutionTag>();
  let merged = false;
  for (const t of tags) {
    const into = byKey.get(t.key);
    if (!into) {
      byKey.set(t.key, t);
      continue;
    }
    merged = true;
    const name = t.name.length > into.name.length ? t.name : into.name;
    const aliases = [...new Set([...into.aliases, ...t.aliases, into.name, t.name])].filter((a) => a !== name);
    const mentions = withoutOverlaps([...into.mentions, ...t.mentions]);
    byKey.set(t.key, { ...into, name, aliases, mentions, confidence: Math.max(into.confidence, t.confidence) });
  }
  return merged ? [...byKey.values()] : tags;
}

/** A "named after" marker and the eponym's surname after its initials ("им. Н. П. Огарева", "імені Володимира Даля", "im. Jana Kochanowskiego"). */
const EPONYM_RE = /(?:^|\s)(?:им\.|имени|ім\.|імені|im\.|imienia)\s+(?:(?:\p{Lu}\.\s*){1,3}|\p{Lu}\p{Ll}+\s+)?(\p{Lu}[\p{L}’'-]+)/u;
/** An abbreviation of capitals, perhaps with a lower-case place part ("МГУ", "СГУ", "ТулГУ"). */
const EPONYM_ABBR_RE = /^(\p{Lu}[\p{L}]{0,5}\p{Lu})\s+(?:им\.|имени|ім\.|імені|im\.|imienia)\s/u;
/** Letters of a surname that stay in every case form ("Огарев", "Огарева", "Огаревым"). */
const EPONYM_STEM = 5;

/**
 * An abbreviation with its eponym ("МГУ им. Огарева", "СГУ им. Н. Г. Чернышевского") is the institution
 * of the same kind the text names in full with the same eponym ("Мордовский университет им. Н.П.
 * Огарева", "Национальный исследовательский Саратовский … университет имени Н. Г. Чернышевского")
 * when the abbreviation's first letter begins one of the full name's words: one tag, the full name
 * its name and the abbreviation an alias.
 */
export function mergeEponyms(tags: InstitutionTag[]): InstitutionTag[] {
  if (tags.length < 2) return tags;
  const eponym = (name: string): string | null => EPONYM_RE.exec(name)?.[1].slice(0, EPONYM_STEM).toLowerCase() ?? null;
  const into = new Map<InstitutionTag, InstitutionTag>();
  for (const a of tags) {
    const abbr = EPONYM_ABBR_RE.exec(a.name)?.[1];
    const e = abbr ? eponym(a.name) : null;
    if (!abbr || !e) continue;
    const full = tags.filter((b) => {
      if (b === a || b.kind !== a.kind || EPONYM_ABBR_RE.test(b.name) || eponym(b.name) !== e) return false;
      const words = b.name.slice(0, EPONYM_RE.exec(b.name)!.index).split(/\s+/u);
      return words.some((w) => w[0] === abbr[0]);
    });
    if (full.length === 1) into.set(a, full[0]);
  }
  if (into.size === 0) return tags;
  const out = new Map<InstitutionTag, InstitutionTag>();
  for (const t of tags) if (!into.has(t)) out.set(t, { ...t, aliases: [...t.aliases], mentions: [...t.mentions] });
  for (const [a, b] of into) {
    const target = out.get(b);
    if (!target) continue;
    for (const n of [a.name, ...a.aliases]) if (n !== target.name && !target.aliases.includes(n)) target.aliases.push(n);
    target.mentions = withoutOverlaps([...target.mentions, ...a.mentions]);
  }
  return [...out.values()];
}
