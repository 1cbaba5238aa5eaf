/** Bulgarian date vocabulary. Month names: date-fns `bg` (ноември / ное) plus the forms below. */
import { bg } from 'date-fns/locale';
import type { DateLangTable } from '../../_date-table.js';

export const BG_DATES: DateLangTable = {
  lang: 'bg',
  locale: bg,
  extraMonths: { 'ян': 1, 'февр': 2, 'септ': 9 },
  relativeDays: { 'днес': 0, 'вчера': -1, 'завчера': -2, 'утре': 1, 'вдругиден': 2 },
  yearMarkers: ['година', 'год\\.', 'г\\.', 'г'],
  nightPrefix: ['(?:в|през)\\s{1,3}нощта'],
  nightLink: ['срещу', 'на'],
  nightFrom: ['на', 'от'],
  nightJoin: ['срещу'],
  rangeFrom: ['от', 'считано\\s{1,3}от'],
  rangeTo: ['до'],
  until: ['до', 'не\\s{1,3}по-късно\\s{1,3}от'],
};
