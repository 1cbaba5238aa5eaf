/** Ukrainian date vocabulary. Month names: date-fns `uk` (грудня / грудень / груд.) plus the forms below. */
import { uk } from 'date-fns/locale';
import type { DateLangTable } from '../../_date-table.js';

export const UK_DATES: DateLangTable = {
  lang: 'uk',
  locale: uk,
  extraMonths: {
    // locative: "у березні 2022"
    'січні': 1, 'лютому': 2, 'березні': 3, 'квітні': 4, 'травні': 5, 'червні': 6,
    'липні': 7, 'серпні': 8, 'вересні': 9, 'жовтні': 10, 'листопаді': 11, 'грудні': 12,
    // short forms used in news datelines
    'бер': 3, 'вер': 9,
  },
  relativeDays: { 'сьогодні': 0, 'вчора': -1, 'учора': -1, 'позавчора': -2, 'завтра': 1, 'післязавтра': 2 },
  yearMarkers: ['року', 'році', 'рік', 'рр\\.', 'р\\.', 'р'],
  nightPrefix: ['(?:у|в)\\s{1,3}ніч', 'уночі', 'вночі', 'у\\s{1,3}ночі', 'в\\s{1,3}ночі'],
  nightLink: ['на', 'проти'],
  nightFrom: ['з', 'із'],
  nightJoin: ['на', 'проти'],
  rangeFrom: ['з', 'із', 'зі', 'від', 'починаючи\\s{1,3}з'],
  rangeTo: ['по', 'до'],
  until: ['до', 'по', 'не\\s{1,3}пізніше'],
};
