/** Polish date vocabulary. Month names: date-fns `pl` (grudnia / grudzień / gru) plus the forms below. */
import { pl } from 'date-fns/locale/pl'; // one locale, not the barrel of all of them
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
  dayWords: {
    // masculine nominative ("dwudziesty ósmy marca") and genitive ("dwudziestego ósmego marca"); both words inflect
    ones: [
      ['pierwszy', 'pierwszego'], ['drugi', 'drugiego'], ['trzeci', 'trzeciego'], ['czwarty', 'czwartego'], ['piąty', 'piątego'],
      ['szósty', 'szóstego'], ['siódmy', 'siódmego'], ['ósmy', 'ósmego'], ['dziewiąty', 'dziewiątego'], ['dziesiąty', 'dziesiątego'],
      ['jedenasty', 'jedenastego'], ['dwunasty', 'dwunastego'], ['trzynasty', 'trzynastego'], ['czternasty', 'czternastego'],
      ['piętnasty', 'piętnastego'], ['szesnasty', 'szesnastego'], ['siedemnasty', 'siedemnastego'], ['osiemnasty', 'osiemnastego'],
      ['dziewiętnasty', 'dziewiętnastego'],
    ],
    tens: [['dwudziesty', 'dwudziestego'], ['trzydziesty', 'trzydziestego']],
    tensLead: [['dwudziesty', 'dwudziestego'], ['trzydziesty', 'trzydziestego']],
  },
  weekdays: {
    forms: {
      'poniedziałek': 0, 'wtorek': 1, 'środę': 2, 'czwartek': 3, 'piątek': 4, 'sobotę': 5, 'niedzielę': 6,
      // the day's adjective before a part of the day ('w niedzielny wieczór', 'w sobotnią noc', 'w piątkowe popołudnie')
      'poniedziałkowy': 0, 'poniedziałkową': 0, 'poniedziałkowe': 0, 'wtorkowy': 1, 'wtorkową': 1, 'wtorkowe': 1,
      'środowy': 2, 'środową': 2, 'środowe': 2, 'czwartkowy': 3, 'czwartkową': 3, 'czwartkowe': 3,
      'piątkowy': 4, 'piątkową': 4, 'piątkowe': 4, 'sobotni': 5, 'sobotnią': 5, 'sobotnie': 5,
      'niedzielny': 6, 'niedzielną': 6, 'niedzielne': 6,
    },
    genitive: { 'poniedziałku': 0, 'wtorku': 1, 'środy': 2, 'czwartku': 3, 'piątku': 4, 'soboty': 5, 'niedzieli': 6 },
    names: {
      'poniedziałek': 0, 'wtorek': 1, 'środa': 2, 'czwartek': 3, 'piątek': 4, 'sobota': 5, 'niedziela': 6,
      'pon': 0, 'wt': 1, 'śr': 2, 'czw': 3, 'pt': 4, 'sob': 5, 'nd': 6, 'ndz': 6, 'niedz': 6,
    },
    before: ['w', 'we', 'ubiegły', 'ubiegłą', 'ostatni', 'ostatnią', 'zeszły', 'zeszłą', 'minioną', 'miniony', 'nocy\\s+na', 'na'],
    next: ['w\\s+przyszły', 'w\\s+przyszłą', 'w\\s+najbliższy', 'w\\s+najbliższą', 'we\\s+najbliższy'],
    pastGenitive: [],
    timeLink: ['o', 'godz\\.'],
  },
  monthsIn: ['styczniu', 'lutym', 'marcu', 'kwietniu', 'maju', 'czerwcu', 'lipcu', 'sierpniu', 'wrześniu', 'październiku', 'listopadzie', 'grudniu'],
  monthInBefore: ['w'],
  lastYear: ['ubiegłego\\s+roku', 'zeszłego\\s+roku', 'minionego\\s+roku'],
  yearMarkersBefore: ['rok'],
  // A week named as a whole ("минулого тижня", "last week") is no date: an ISO value cannot hold a week, a day would claim too much.
  relativePhrases: {
    'w zeszłym roku': { year: -1 }, 'w ubiegłym roku': { year: -1 }, 'w poprzednim roku': { year: -1 },
    'w tym roku': { year: 0 }, 'w przyszłym roku': { year: 1 }, 'w zeszłym miesiącu': { month: -1 },
    'w ubiegłym miesiącu': { month: -1 }, 'w tym miesiącu': { month: 0 }, 'w przyszłym miesiącu': { month: 1 },
  },

  units: {
    second: ['sekunda', 'sekundę', 'sekundy', 'sekund', 'sek', 'sekundami'],
    minute: ['minuta', 'minutę', 'minuty', 'minut', 'min', 'minutami'],
    hour: ['godzina', 'godzinę', 'godziny', 'godzin', 'godz', 'godzinami', 'godziną'],
    day: ['dzień', 'dni', 'dnia', 'dniami', 'dniem'],
    week: ['tydzień', 'tygodnie', 'tygodni', 'tygodnia', 'tygodniami', 'tygodniem'],
    month: ['miesiąc', 'miesiące', 'miesięcy', 'miesiąca', 'miesiącami', 'miesiącem'],
    year: ['rok', 'lata', 'lat', 'roku', 'laty', 'latami', 'rokiem'],
    decade: ['dekada', 'dekadę', 'dekady', 'dekad', 'dekadą'],
  },
  singleUnits: ['sekundę', 'minutę', 'godzinę', 'godziną', 'dzień', 'dniem', 'tydzień', 'tygodniem', 'miesiąc', 'miesiącem', 'rok', 'rokiem', 'dekadę', 'dekadą'],
  unitWords: {},
  numbers: {
    'jeden': 1, 'jedna': 1, 'jedną': 1, 'jedno': 1, 'dwa': 2, 'dwie': 2, 'dwóch': 2, 'dwoma': 2, 'trzy': 3, 'trzech': 3,
    'cztery': 4, 'czterech': 4, 'pięć': 5, 'pięciu': 5, 'sześć': 6, 'sześciu': 6, 'siedem': 7, 'siedmiu': 7, 'osiem': 8,
    'ośmiu': 8, 'dziewięć': 9, 'dziewięciu': 9, 'dziesięć': 10, 'dziesięciu': 10, 'jedenaście': 11, 'dwanaście': 12,
    'piętnaście': 15, 'dwadzieścia': 20, 'trzydzieści': 30, 'czterdzieści': 40, 'pięćdziesiąt': 50, 'sto': 100,
    'pół': 0.5, 'półtora': 1.5, 'półtorej': 1.5,
  },
  vagueNumbers: ['kilka', 'kilku', 'kilkanaście', 'kilkunastu', 'kilkadziesiąt', 'parę', 'paru', 'wiele', 'wielu'],
  agoAfter: ['temu'],
  agoBefore: ['przed'],
  laterAfter: ['później'],
  inBefore: ['za'],
  approx: ['około', 'ok', 'prawie', 'niemal', 'ponad'],
  amountBefore: ['o'],
  durationJoin: ['i', 'oraz'],
};
