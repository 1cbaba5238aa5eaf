/** Russian date vocabulary. Month names: date-fns `ru` (августа / август / авг.) plus the forms below. */
import { ru } from 'date-fns/locale';
import type { DateLangTable } from '../../_date-table.js';

export const RU_DATES: DateLangTable = {
  lang: 'ru',
  locale: ru,
  extraMonths: {
    // prepositional: "в марте 2022"
    'январе': 1, 'феврале': 2, 'марте': 3, 'апреле': 4, 'мае': 5, 'июне': 6,
    'июле': 7, 'августе': 8, 'сентябре': 9, 'октябре': 10, 'ноябре': 11, 'декабре': 12,
    // short forms used in news datelines
    'сен': 9, 'ноя': 11, 'фев': 2, 'февр': 2,
  },
  relativeDays: { 'сегодня': 0, 'вчера': -1, 'позавчера': -2, 'завтра': 1, 'послезавтра': 2 },
  yearMarkers: ['года', 'году', 'год', 'гг\\.', 'г\\.', 'г'],
  nightPrefix: ['(?:в|во)\\s{1,3}ночь', 'ночью'],
  nightLink: ['на', 'против'],
  nightFrom: ['с', 'со'],
  nightJoin: ['на'],
  rangeFrom: ['с', 'со', 'от', 'начиная\\s{1,3}с'],
  rangeTo: ['по', 'до'],
  until: ['до', 'по', 'не\\s{1,3}позднее'],
};
