/** Polish date vocabulary. Month names: date-fns `pl` (grudnia / grudzień / gru) plus the forms below. */
import { pl } from 'date-fns/locale';
import type { DateLangTable } from '../../_date-table.js';

export const PL_DATES: DateLangTable = {
  lang: 'pl',
  locale: pl,
  extraMonths: {
    // locative: "w marcu 2022"
    'styczniu': 1, 'lutym': 2, 'marcu': 3, 'kwietniu': 4, 'maju': 5, 'czerwcu': 6,
    'lipcu': 7, 'sierpniu': 8, 'wrześniu': 9, 'październiku': 10, 'listopadzie': 11, 'grudniu': 12,
    // written without diacritics (old CMSs, URLs turned into text)
    'styczen': 1, 'kwiecien': 4, 'sierpien': 8, 'wrzesien': 9, 'wrzesnia': 9, 'wrzesniu': 9,
    'pazdziernik': 10, 'pazdziernika': 10, 'pazdzierniku': 10, 'grudzien': 12, 'paz': 10,
  },
  relativeDays: { 'dzisiaj': 0, 'dziś': 0, 'dzis': 0, 'wczoraj': -1, 'przedwczoraj': -2, 'jutro': 1, 'pojutrze': 2 },
  yearMarkers: ['roku', 'rok', 'r\\.', 'r'],
  nightPrefix: ['w\\s{1,3}nocy', 'nocą'],
  nightLink: ['na'],
  nightFrom: ['z'],
  nightJoin: ['na'],
  rangeFrom: ['od', 'od\\s{1,3}dnia', 'z\\s{1,3}dniem', 'począwszy\\s{1,3}od'],
  rangeTo: ['do', 'do\\s{1,3}dnia'],
  until: ['do', 'do\\s{1,3}dnia', 'nie\\s{1,3}później\\s{1,3}niż'],
};
