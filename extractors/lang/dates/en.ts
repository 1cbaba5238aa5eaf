/** English date vocabulary. Month names: date-fns `enUS` (November / Nov) plus the forms below; capitalised only. */
import { enUS } from 'date-fns/locale';
import type { DateLangTable } from '../../_date-table.js';

export const EN_DATES: DateLangTable = {
  lang: 'en',
  locale: enUS,
  extraMonths: { 'Sept': 9 },
  capitalisedMonths: true,
  relativeDays: { 'today': 0, 'yesterday': -1, 'tomorrow': 1 },
  yearMarkers: [],
  nightPrefix: ['(?:on\\s{1,3})?the\\s{1,3}night\\s{1,3}(?:of|to)', 'overnight(?:\\s{1,3}on)?', 'in\\s{1,3}the\\s{1,3}night\\s{1,3}(?:of|to)'],
  nightLink: [],
  nightFrom: ['from'],
  nightJoin: [],
  rangeFrom: ['from', 'since', 'starting', 'effective', 'between'],
  rangeTo: ['to', 'until', 'till', 'through', 'and'],
  until: ['until', 'till', 'through', 'valid\\s{1,3}to', 'no\\s{1,3}later\\s{1,3}than'],
};
