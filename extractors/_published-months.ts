/**
 * Date lines in languages the date extractor has no month names for (it reads uk, ru, pl, bg and
 * en): "9 oktober 2020" (nl), "20 septembrie 2020" (ro), "22 de noviembre de 2020" (es),
 * "24 août 2020" (fr), "9. Oktober 2020" (de), "30 Ekim 2020" (tr), "2020. augusztus 18." (hu),
 * "2020 m. spalio 26 d." (lt), "2020年7月15日" (ja, zh), "2020년 3월 4일" (ko). Only full dates with
 * the year written are read: a publication date line, not the events an article talks about.
 */
import { exists, isoDate } from './_date-calendar.js';

/** Month names (lower case; nominative, genitive and common abbreviations) → month number. */
const MONTHS: Record<string, number> = {};
const add = (month: number, names: string): void => {
  for (const n of names.split(' ')) MONTHS[n] = month;
};
// fr, es, pt, it, de, nl, ro, tr, hu, cs, sk, sv, da/no, sq, bs/hr/sr, id/ms, lt, el (genitive).
add(1, 'janvier janv jan enero ene janeiro gennaio gen januar jänner januari ianuarie ian ocak január ledna leden januára janar siječnja sausio ιανουαρίου');
add(2, 'février fevrier févr fevr feb febrero fevereiro fev febbraio februar februari februarie şubat subat február února únor februára shkurt veljače vasario φεβρουαρίου');
add(3, 'mars marzo mar março marco märz maerz maart martie mart március března březen marca kovo ožujka maret μαρτίου');
add(4, 'avril avr abril abr aprile apr april aprilie nisan április dubna duben apríla prill travnja balandžio απριλίου');
add(5, 'mai mayo may maio maggio mag mei mayıs mayis május května květen mája maj svibnja gegužės μαΐου μαΐου');
add(6, 'juin junio jun junho giugno giu juni iunie haziran június června červen júna qershor lipnja birželio ιουνίου');
add(7, 'juillet juil julio jul julho luglio lug juli iulie temmuz július července červenec júla korrik srpnja liepos ιουλίου');
add(8, 'août aout agosto ago aug august augustus agustus ağustos agustos augusztus srpna srpen augusta gusht kolovoza rugpjūčio αυγούστου');
add(9, 'septembre sept sep septiembre setiembre setembro set settembre september septembrie eylül eylul szeptember září septembra shtator rujna septembar rugsėjo σεπτεμβρίου');
add(10, 'octobre oct octubre outubro out ottobre ott oktober octombrie ekim október října říjen októbra tetor listopada oktobar spalio οκτωβρίου');
add(11, 'novembre nov noviembre novembro november noiembrie kasım kasim listopadu listopad novembra nëntor nentor studenoga studenog novembar lapkričio νοεμβρίου');
add(12, 'décembre decembre déc dec diciembre dic dezembro dez dicembre dezember december decembrie aralık aralik prosince prosinec decembra dhjetor prosinca decembar desember gruodžio δεκεμβρίου');

const NAME = '(\\p{L}+)';
/** "9 oktober 2020", "9. Oktober 2020", "22 de noviembre de 2020", "20 septembrie 2020", "Senin, 4 Mei 2020". */
const DAY_MONTH_YEAR = new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})\\.?\\s*(?:de\\s+)?${NAME}\\.?,?\\s+(?:de\\s+|del\\s+)?(\\d{4})(?!\\d)`, 'giu');
/** "2020. augusztus 18." (hu), "2020 m. spalio 26 d." (lt). */
const YEAR_MONTH_DAY = new RegExp(`(?<!\\d)(\\d{4})\\.?\\s*(?:m\\.\\s*)?${NAME}\\s+(\\d{1,2})(?!\\d)`, 'giu');
/** "2020年7月15日", "2020년 3월 4일". */
const CJK = /(?<!\d)(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/g;

export interface LineDate {
  value: string;
  start: number;
}

/** The first full date written with a month name (or in CJK form) in `text`, or null. */
export function monthNameDate(text: string): LineDate | null {
  let best: LineDate | null = null;
  const take = (y: number, m: number | undefined, d: number, start: number): void => {
    if (m === undefined || !exists(y, m, d)) return;
    if (!best || start < best.start) best = { value: isoDate(y, m, d), start };
  };
  for (const m of text.matchAll(DAY_MONTH_YEAR)) take(+m[3], MONTHS[m[2].toLowerCase()], +m[1], m.index);
  for (const m of text.matchAll(YEAR_MONTH_DAY)) take(+m[1], MONTHS[m[2].toLowerCase()], +m[3], m.index);
  for (const m of text.matchAll(CJK)) take(+m[1], +m[2], +m[3], m.index);
  return best;
}
