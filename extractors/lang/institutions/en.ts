/**
 * English institution vocabulary. English names are capitalised phrases around a head word
 * (Peter the Great St. Petersburg Polytechnic University, Ministry of Education and Science,
 * Vocational School No. 88); bare heads after "the" are back-references (the Polytechnic).
 * This table also applies to Latin-script names inside texts in the other four languages.
 */
import { enHead, type InstitutionTable } from '../../_institution-types.js';

export const EN_INSTITUTIONS: InstitutionTable = {
  lang: 'en',
  script: 'latin',
  quotes: ['“', '”'],
  heads: [
    enHead('university', 'university'),
    // Polytechnics outside Europe's university systems are colleges (Federal Polytechnic, Ede; Polytechnic Ibrahim Sultan).
    enHead('polytechnic', 'college'),
    enHead('institute', 'institute'),
    enHead('academy', 'academy'),
    enHead('conservatory', 'academy'),
    enHead('college', 'college'),
    // Universities named in their own language inside English text: "Universidad Techmilenio",
    // "Universidade de Lisboa", "Università di Bologna", "Université de Montréal", "Technische Universität Darmstadt".
    ...['universidad', 'universidade', 'università', 'universita', 'université', 'universite', 'universität', 'universitat', 'universiteit', 'universitet']
      .map((lemma) => enHead(lemma, 'university', { backref: 'none' })),
    enHead('technikum', 'technikum'),
    enHead('lyceum', 'lyceum'),
    enHead('gymnasium', 'gymnasium'),
    enHead('school', 'school'),
    enHead('elementary', 'school'),
    // US and New Zealand school names end in these: Wilkinson Junior High, Tauranga Intermediate.
    enHead('high', 'school', { backref: 'none' }),
    enHead('intermediate', 'school', { backref: 'none' }),
    enHead('office', 'agency', { backref: 'capital' }),
    enHead('fund', 'ngo', { backref: 'capital' }),
    enHead('kindergarten', 'kindergarten'),
    enHead('ministry', 'ministry'),
    enHead('department', 'education-authority', { backref: 'capital' }),
    enHead('authority', 'education-authority', { backref: 'capital' }),
    enHead('administration', 'authority', { backref: 'capital', properComplement: true }),
    enHead('agency', 'agency'),
    enHead('cluster', 'cluster', { backref: 'capital' }),
    enHead('centre', 'centre', { backref: 'capital' }),
    enHead('center', 'centre', { backref: 'capital' }),
    enHead('multicenter', 'centre'),
    enHead('multi-center', 'centre'),
    enHead('multicentre', 'centre'),
    enHead('council', 'council', { backref: 'capital' }),
    enHead('company', 'company'),
    enHead('corporation', 'company'),
    // Business groups: "Techno India Group", "Sardar Group of Companies", "the Adani Group".
    enHead('group', 'company', { backref: 'none' }),
    enHead('foundation', 'ngo', { backref: 'capital' }),
    enHead('association', 'ngo', { backref: 'capital' }),
    enHead('hub', 'other', { backref: 'none' }),
    enHead('chamber', 'ngo', { backref: 'capital' }),
    enHead('committee', 'other', { backref: 'capital' }),
    enHead('service', 'agency', { backref: 'none' }),
    enHead('inspectorate', 'agency', { backref: 'capital' }),
    enHead('government', 'authority', { backref: 'none' }),
    enHead('library', 'other', { backref: 'capital' }),
    enHead('union', 'ngo', { backref: 'capital' }),
    enHead('federation', 'ngo', { backref: 'capital' }),
  ],
  typeAbbreviations: [
    { abbr: 'ITI', kind: 'vocational-school', gender: 'n', expansion: 'industrial training institute' },
    { abbr: 'OVA', kind: 'authority', gender: 'n', expansion: 'oblast military administration' },
    // Ukrainian military administrations in English news: "the chairman of the Kharkiv RMA Oleg Sinegubov".
    { abbr: 'RMA', kind: 'authority', gender: 'n', expansion: 'regional military administration' },
    { abbr: 'MVA', kind: 'authority', gender: 'n', expansion: 'city military administration' },
  ],
  legalForms: [
    ...['Ltd', 'Ltd.', 'LLC', 'Inc', 'Inc.', 'PLC', 'plc', 'Corp.', 'Corp', 'Co.', 'Co. Ltd.', 'Co., Ltd.', 'GmbH', 'LLP', 'S.A.', 'AG', 'Limited', 'Berhad', 'Bhd', 'Holdings', 'Enterprises',
      // Private limited companies of South Asia and Malaysia: "Pak Gulf Construction (Pvt) Limited", "Sdn Bhd".
      '(Pvt) Limited', '(Pvt) Ltd', '(Pvt) Ltd.', '(Pvt.) Ltd.', 'Pvt. Ltd.', 'Pvt Ltd', 'Private Limited', '(Private) Limited', 'Sdn Bhd', 'Sdn. Bhd.']
      .map((text) => ({ text, kind: 'company' as const, position: 'post' as const })),
    ...['JSC', 'PJSC', 'OJSC', 'CJSC', 'LLC'].map((text) => ({ text, kind: 'company' as const, position: 'pre' as const })),
    // A state production union of the former Soviet states: “Teleradio” PU.
    ...['Production Union', 'PU'].map((text) => ({ text, kind: 'company' as const, position: 'post' as const })),
  ],
  namedAfter: [],
  numberSigns: ['No.', 'No', 'Nr.', '#', '№', 'Number'],
  connectors: ['and', '&'],
  // The last five join the complements of names in their own language: "Universidade de Lisboa", "Università di Bologna".
  complementPrepositions: ['of', 'for', 'on', 'at', 'de', 'di', 'del', 'da', 'do'],
  locationMarkers: [],
  adjective: /^$/,
  countries: ['ukraine', 'russia', 'poland', 'bulgaria', 'belarus', 'moldova', 'lithuania', 'germany', 'kazakhstan', 'georgia'],
  excludedStems: ['police', 'fire', 'rescue', 'emergency', 'hospital', 'clinic', 'prosecutor', 'court', 'army'],
  excludedNames: ['russian federation', 'european union', 'european commission', 'united nations', 'parliament', 'state duma', 'verkhovna rada', 'academy awards', 'academy award', 'school of rock', 'parent council', 'student council', 'board of governors', 'board of trustees', 'board of regents', 'executive committee', 'trustees executive committee', 'search committee', 'faculty senate', 'academic senate'],
  // A university's colleges and schools named by their subject alone are its units (the university is recorded).
  excludedWholeNames: ['college of engineering', 'college of medicine', 'college of liberal arts and sciences', 'college of arts and sciences', 'college of law', 'college of business', 'college of nursing', 'college of pharmacy', 'college of education', 'college of agriculture', 'college of science', 'college of sciences', 'college of fine arts', 'college of veterinary medicine', 'college of public health', 'college of dentistry', 'college of architecture', 'college of social sciences', 'college of humanities', 'school of medicine', 'school of law', 'school of business', 'school of engineering', 'school of nursing', 'school of public health', 'school of education', 'school of dentistry', 'school of pharmacy'],
  stopWords: ['the', 'a', 'an', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'to', 'in', 'by', 'with', 'from', 'as', 'that', 'which', 'who',
    // Days and months are dates, never part of a name ("… High School Gym on Friday").
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july',
    'august', 'september', 'october', 'november', 'december'],
  projectStems: [
    // a quote named as an edition (kolejna edycja „…”, второе издание «…», the second edition "…")
    'edition',
    'project', 'program', 'initiative', 'campaign', 'conference', 'forum', 'summit', 'festival', 'law', 'act', 'strategy',
    'concept', 'sector', 'course', 'lesson', 'seminar', 'training', 'olympiad', 'award', 'prize', 'portal', 'platform',
    'website', 'app', 'operation', 'slogan', 'topic', 'exhibition', 'fair', 'specialty', 'speciality', 'qualification',
    'cafe', 'café', 'restaurant', 'bar', 'shop', 'store', 'hostel', 'hotel', 'series', 'sitcom', 'show', 'film', 'movie',
    'brand', 'club', 'band', 'song', 'album', 'play', 'game', 'street', 'avenue', 'musical', 'road', 'lane', 'boulevard', 'weather',
  ],
  personTitles: [
    'director', 'rector', 'vice-rector', 'dean', 'minister', 'deputy', 'head=', 'president', 'chairman', 'chair=',
    'mayor', 'governor', 'principal', 'headteacher', 'teacher', 'professor', 'prof=', 'dr=', 'mr=', 'mrs=',
    'ms=', 'spokes', 'representative', 'student=',
    // "Southeast University Vice-Chancellor …", "the University's Vice Chancellor": the person, not the name.
    'vice-chancellor', 'chancellor', 'vice=', 'provost', 'registrar', 'ceo=',
  ],
  firstNames: [
    'john', 'mary', 'james', 'robert', 'michael', 'william', 'david', 'richard', 'joseph', 'thomas', 'charles', 'daniel',
    'matthew', 'anthony', 'mark', 'paul', 'steven', 'andrew', 'george', 'susan', 'linda', 'sarah', 'jennifer', 'elizabeth',
    'ekaterina', 'dmitry', 'dmitriy', 'alexander', 'alexey', 'sergey', 'sergei', 'andrey', 'ivan', 'olga', 'elena',
    'natalia', 'natalya', 'tatiana', 'irina', 'anna', 'maria', 'oleksandr', 'olena', 'oksana', 'yulia', 'mykola',
    'volodymyr', 'vladimir', 'viktor', 'victor', 'katarzyna', 'malgorzata', 'piotr', 'tomasz', 'georgi', 'ivanka',
    'nikolay', 'nikolai', 'mikhail', 'pavel', 'yuri', 'yuriy', 'svetlana', 'ludmila', 'lyudmila', 'andriy', 'serhiy',
    'mykhailo', 'vitaliy', 'vitalii', 'ihor', 'oleh', 'yevhen', 'yurii', 'dmytro', 'vasyl', 'petro', 'halyna', 'iryna',
    'taras', 'bohdan', 'denis', 'natalya', 'larysa', 'larisa', 'oleg', 'igor', 'roman', 'ruslan',
  ],
  typeAdjectives: ['professional', 'technical', 'vocational'],
  sentenceStarters: [
    'the', 'a', 'an', 'this', 'that', 'these', 'those', 'in', 'on', 'at', 'for', 'from', 'to', 'with', 'by', 'as', 'after',
    'before', 'during', 'since', 'yesterday', 'today', 'tomorrow', 'last', 'next', 'our', 'their', 'its', 'his', 'her',
    'every', 'each', 'some', 'many', 'most', 'all', 'both', 'according', 'meanwhile', 'however', 'also', 'when', 'while',
    'although', 'if', 'but', 'and', 'or', 'so', 'then', 'there', 'here', 'it', 'we', 'they', 'he', 'she', 'you', 'new',
    'local', 'one', 'another', 'such', 'any', 'no', 'several', 'about', 'over', 'under', 'via', 'source', 'read', 'share',
  ],
  backrefBlockers: ['a', 'an', 'every', 'each', 'any', 'another', 'other', 'no', 'one', 'some', 'new', 'local', 'private', 'public', 'former'],
  backrefDeterminers: ['the', 'this', 'that', 'our', 'its'],
  capitalGenitives: [],
  acronymIntroducers: ['hereinafter', 'hereafter'],
  stemEndings: ["'s", '’s'],
  stemRewrites: [],
  adjectiveNominative: { m: [], f: [], n: [] },
  kindRefinements: [
    { from: ['school', 'college'], stems: ['vocational', 'technical'], to: 'vocational-school' },
    // Academies of sciences and institutes of studies do research, they teach no students.
    { from: ['academy'], stems: ['sciences='], to: 'research' },
    { from: ['institute'], stems: ['studies='], to: 'research' },
  ],
  educationStems: ['educat', 'scien', 'school', 'teach', 'learn'],
  territoryBefore: ['in', 'across', 'near', 'throughout', 'residents'],
};
