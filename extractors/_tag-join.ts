/**
 * A name followed directly by a quoted name is one name: "Odlewnia Żeliwa „Drawski” S.A.",
 * "Zakład Produkcyjny „Alfa”"; so is a company's description followed by its name in capitals
 * ("Przedsiębiorstwo Sprzętu Ochronnego MASKPOL SA"). The quoted part is read first (as a name with its legal form), the
 * descriptive part before it by its head word; here the two tags become one, with the mentions
 * of both (the quoted name repeated alone elsewhere is the same institution).
 */
import type { InstitutionTag, Lang, Mention } from '../types.js';
import { canonicalKey } from './_registry.js';

const OPENING_QUOTE_RE = /^[«„“"‚‘]/u;
/** A company written in capitals with its legal form: "MASKPOL SA" after "Przedsiębiorstwo Sprzętu Ochronnego". */
const CAPITALS_NAME_RE = /^\p{Lu}[\p{Lu}\d-]+\s/u;
const WORD_END_RE = /[\p{L}\p{N}.]$/u;
const LOWER_START_RE = /^\p{Ll}/u;

export function joinQuotedTails(tags: InstitutionTag[], text: string, lang: Lang | null): InstitutionTag[] {
  if (tags.length < 2) return tags;
  const byStart = new Map<number, InstitutionTag>();
  for (const t of tags) for (const m of t.mentions) byStart.set(m.start, t);
  const gone = new Set<InstitutionTag>();
  const out: InstitutionTag[] = [];
  for (const a of tags) {
    if (gone.has(a)) continue;
    let joined: InstitutionTag = a;
    for (const m of a.mentions) {
      // A lower-case back-reference only describes the quoted name after it ("компанией «Базовый элемент»").
      if (text[m.end] !== ' ' || !WORD_END_RE.test(m.text) || LOWER_START_RE.test(m.text)) continue;
      const b = byStart.get(m.end + 1);
      if (!b || b === a || gone.has(b)) continue;
      const mb = b.mentions.find((x) => x.start === m.end + 1)!;
      if (!OPENING_QUOTE_RE.test(mb.text) && !(a.kind === 'company' && b.kind === 'company' && CAPITALS_NAME_RE.test(mb.text))) continue;
      const whole: Mention = { text: text.slice(m.start, mb.end), start: m.start, end: mb.end };
      const name = `${a.name} ${b.name}`;
      const mentions = [...joined.mentions.filter((x) => x !== m), ...b.mentions.filter((x) => x !== mb), whole].sort((x, y) => x.start - y.start);
      joined = {
        ...joined, name, key: canonicalKey(name, lang), kind: b.kind === 'company' ? 'company' : joined.kind,
        aliases: [...new Set([...joined.aliases, joined.name, b.name, ...b.aliases])].filter((x) => x !== name),
        mentions, confidence: Math.max(joined.confidence, b.confidence),
      };
      gone.add(b);
      break;
    }
    out.push(joined);
  }
  return gone.size === 0 ? tags : out.filter((t) => !gone.has(t));
}
