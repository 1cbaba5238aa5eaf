/** English date vocabulary. Month names: date-fns `enUS` (November / Nov) plus the forms below; capitalised only. */
import { enUS } from 'date-fns/locale/en-US'; // one locale, not the barrel of all of them
import type { DateLangTable } from '../../_date-table.js';

const ORDINALS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
  'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth',
];
const CARDINALS = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];

export const EN_DATES: DateLangTable = {
  lang: 'en',
  locale: enUS,
  extraMonths: { 'Sept': 9 },
  capitalisedMonths: true,
  relativeDays: { 'today': 0, 'yesterday': -1, 'tomorrow': 1, 'tonight': 0 },
  yearMarkers: [],
  nightPrefix: ['(?:on\\s{1,3})?the\\s{1,3}night\\s{1,3}(?:of|to)', 'overnight(?:\\s{1,3}on)?', 'in\\s{1,3}the\\s{1,3}night\\s{1,3}(?:of|to)'],
  nightLink: [],
  nightFrom: ['from'],
  nightJoin: [],
  rangeFrom: ['from', 'since', 'starting', 'effective', 'between'],
  rangeTo: ['to', 'until', 'till', 'through', 'and'],
  until: ['until', 'till', 'through', 'valid\\s{1,3}to', 'no\\s{1,3}later\\s{1,3}than'],
  dayWords: {
    ones: ORDINALS.map((w) => [w]),
    tens: [['twentieth'], ['thirtieth']],
    tensLead: [['twenty'], ['thirty']],
    // "Twenty three January 1997": a cardinal is a day only in a date with its year
    withYear: { ones: CARDINALS.map((w) => [w]), tens: [['twenty'], ['thirty']], tensLead: [['twenty'], ['thirty']] },
  },
  weekdays: {
    forms: { 'monday': 0, 'tuesday': 1, 'wednesday': 2, 'thursday': 3, 'friday': 4, 'saturday': 5, 'sunday': 6 },
    genitive: {},
    names: {
      'monday': 0, 'tuesday': 1, 'wednesday': 2, 'thursday': 3, 'friday': 4, 'saturday': 5, 'sunday': 6,
      'mon': 0, 'tue': 1, 'tues': 1, 'wed': 2, 'thu': 3, 'thur': 3, 'thurs': 3, 'fri': 4, 'sat': 5, 'sun': 6,
    },
    before: ['on', 'last', 'this', 'late', 'early', 'overnight', 'into', 'to', 'hours\\s+of', 'morning\\s+of', 'evening\\s+of', 'night\\s+of', 'afternoon\\s+of'],
    next: ['next', 'on\\s+next', 'this\\s+coming'],
    pastGenitive: [],
    timeLink: ['at'],
  },
  monthsIn: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  monthInBefore: ['in', 'during', 'since', 'until'],
  lastYear: ['last\\s+year'],
  yearMarkersBefore: ['year'],
  // A week named as a whole ("минулого тижня", "last week") is no date: an ISO value cannot hold a week, a day would claim too much.
  relativePhrases: {
    'the day before yesterday': { day: -2 }, 'day before yesterday': { day: -2 },
    'the day after tomorrow': { day: 2 }, 'day after tomorrow': { day: 2 }, 'last night': { day: -1 },
    'this morning': { day: 0 }, 'last month': { month: -1 }, 'this month': { month: 0 }, 'next month': { month: 1 },
    'last year': { year: -1 }, 'this year': { year: 0 }, 'next year': { year: 1 }, 'last decade': { decade: -1 },
    'next decade': { decade: 1 },
  },

  units: {
    second: ['second', 'seconds', 'sec', 'secs'],
    minute: ['minute', 'minutes', 'min', 'mins'],
    hour: ['hour', 'hours', 'hr', 'hrs', 'h'],
    day: ['day', 'days', 'd'],
    week: ['week', 'weeks', 'wk', 'wks'],
    month: ['month', 'months', 'mo'],
    year: ['year', 'years', 'yr', 'yrs', 'y'],
    decade: ['decade', 'decades'],
  },
  singleUnits: [],
  unitWords: {},
  numbers: {
    'a': 1, 'an': 1, ...Object.fromEntries(CARDINALS.map((w, i) => [w, i + 1])), 'twenty': 20, 'thirty': 30, 'forty': 40,
    'fifty': 50, 'hundred': 100,
  },
  vagueNumbers: ['several', 'few', 'many', 'some', 'couple'],
  agoAfter: ['ago', 'before'],
  agoBefore: [],
  laterAfter: ['later', 'from now', 'hence'],
  inBefore: ['in', 'after'],
  approx: ['about', 'around', 'almost', 'nearly', 'over', 'less than', 'more than'],
  amountBefore: ['by'],
  durationJoin: ['and'],
  clauseEndOnly: ['before'],
  notAfterDuration: ['of'],
};
