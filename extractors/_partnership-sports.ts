/**
 * A sports club's academy is no education party: "Академии «Факела» и «Локомотива» подписали
 * договор", "академия ФК «Краснодар»", "Академія «Динамо»", "Akademia Legii", "the Arsenal FC
 * Academy". Such a party is an academy named by its club (a quoted or genitive club name, or FC)
 * in a text about football or clubs; an academy of sport that is a school ("Воронежская
 * государственная академия спорта") is named otherwise and stays education.
 */
import type { InstitutionTag } from '../types.js';
import type { EventScan, Span } from './_event-scan.js';
import { SPORT_ACADEMY_RE } from './_tag-filter.js';

/**
 * The academy's name is its club's: "Академия «Факела»", "академия ФК «Зенит»", "Академия на «Левски»",
 * "Akademia Legii Warszawa", "Arsenal FC Academy". An academy named by its sport ("Football Academy",
 * "футбольная академия") is the shared SPORT_ACADEMY_RE's (_tag-filter.ts), a club's whatever the text.
 */
const CLUB_ACADEMY = [
  /^академ[иі][яіи]?\w*\s+(?:на\s+)?(?:(?:п?фк|хк|бк|вк|футбольного\s+клуба|футбольного\s+клубу|клуба|клубу)\s+)?[«"„“]/iu,
  /^[Aa]kademi[ai]\s+(?:piłkarsk\w+|(?:fc|ks|mks|klubu)\s+[«"„“]|[«"„“])/u,
  /\b(?:fc|f\.c\.|afc|united|city|rovers|athletic)\s+academy$/iu,
];

/** Words of club sport in the text around the agreement. */
const CLUB_SPORT = /футбол|хокке|хокей|баскетбол|волейбол|\bп?фк\b|клуб|football|soccer|\bfc\b|\bclubs?\b|piłk|\bklub|futbol|\bрпл\b|premier league/iu;

/** The party is a sports club's academy, by its name and the words of `spans` (the agreement's sentences and paragraphs). */
export function clubAcademy(scan: EventScan, party: InstitutionTag, spans: Span[]): boolean {
  if (party.kind !== 'academy') return false;
  if (SPORT_ACADEMY_RE.test(party.name)) return true;
  if (!CLUB_ACADEMY.some((re) => re.test(party.name))) return false;
  return spans.some((s) => CLUB_SPORT.test(scan.text.slice(s.start, s.end)));
}
