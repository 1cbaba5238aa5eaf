/**
 * Bulgarian institution vocabulary. Bulgarian nouns have no cases: the "other forms" of a head are
 * its definite forms (университетът, гимназията), and display names drop the article
 * (Секторния съвет → Секторен съвет). Names of schools follow in quotes (СУ „Св. Климент Охридски“).
 */
import { head, type InstitutionTable, type Paradigm } from '../../_institution-types.js';

/** университет, клъстер, съвет: университета / университетът, университети(те). */
const M: Paradigm = { nom: '', sg: ['а', 'ът'], pl: ['и', 'ите'] };
/** гимназия, академия, агенция: гимназията, гимназии(те). */
const F_IA: Paradigm = { nom: 'я', sg: ['ята'], pl: ['и', 'ите'] };
/** камара, градина. */
const F_A: Paradigm = { nom: 'а', sg: ['ата'], pl: ['и', 'ите'] };
/** училище, управление, сдружение. */
const N_E: Paradigm = { nom: 'е', sg: ['ето'], pl: ['а', 'ата'] };
/** министерство, дружество. */
const N_O: Paradigm = { nom: 'о', sg: ['ото'], pl: ['а', 'ата'] };

export const BG_INSTITUTIONS: InstitutionTable = {
  lang: 'bg',
  script: 'cyrillic',
  quotes: ['„', '“'],
  heads: [
    head('университет', 'university', 'm', M),
    head('институт', 'institute', 'm', M),
    head('академия', 'academy', 'f', F_IA),
    head('колеж', 'college', 'm', M),
    head('гимназия', 'gymnasium', 'f', F_IA),
    head('училище', 'school', 'n', N_E),
    head('градина', 'kindergarten', 'f', F_A, { needLeft: ['детск', 'целодневн'], title: 'детска градина' }),
    head('министерство', 'ministry', 'n', N_O),
    head('управление', 'education-authority', 'n', N_E, { backref: 'none' }),
    head('инспекторат', 'education-authority', 'm', M, { backref: 'capital' }),
    head('дирекция', 'education-authority', 'f', F_IA, { backref: 'capital', unitUnlessEducation: true }),
    // A department named by its quoted subject ("отдел „Образование“"), not a company's ("отдел на КАПП").
    head('отдел', 'education-authority', 'm', M, { backref: 'none', unitUnlessEducation: true, needRight: ['„', '"', '«', '“', 'образов'] }),
    head('агенция', 'agency', 'f', F_IA),
    head('клъстер', 'cluster', 'm', M),
    head('център', 'centre', 'm', M, { backref: 'capital', pl: ['центрове', 'центровете'] }),
    head('съвет', 'council', 'm', M, { backref: 'capital' }),
    head('камара', 'ngo', 'f', F_A, { backref: 'capital' }),
    head('сдружение', 'ngo', 'n', N_E, { backref: 'capital' }),
    head('дружество', 'company', 'n', N_O, { generic: true, backref: 'none' }),
    head('фондация', 'ngo', 'f', F_IA, { backref: 'capital' }),
    head('фонд', 'ngo', 'm', M, { backref: 'capital' }),
    head('асоциация', 'ngo', 'f', F_IA, { backref: 'capital' }),
    head('компания', 'company', 'f', F_IA),
    // Enterprises named by what they are: the partners of vocational schools.
    head('завод', 'company', 'm', M, { backref: 'none' }),
    head('фабрика', 'company', 'f', F_A, { backref: 'none' }),
    head('предприятие', 'company', 'n', N_E, { backref: 'none' }),
    head('холдинг', 'company', 'm', M, { backref: 'none' }),
    head('фирма', 'company', 'f', F_A, { generic: true, backref: 'any' }),
    head('община', 'municipality', 'f', F_A, { backref: 'capital', namedLower: true }),
    head('организация', 'other', 'f', F_IA, { generic: true, backref: 'none' }),
    head('администрация', 'authority', 'f', F_IA, { backref: 'capital', properComplement: true }),
    head('лицей', 'lyceum', 'm', { nom: 'й', sg: ['ят', 'я'], pl: ['и', 'ите'] }),
    head('синдикат', 'ngo', 'm', M, { backref: 'capital' }),
    head('съюз', 'ngo', 'm', M, { backref: 'capital' }),
    head('конфедерация', 'ngo', 'f', F_IA, { backref: 'capital' }),
    head('библиотека', 'other', 'f', F_A, { backref: 'capital' }),
  ],
  typeAbbreviationPrefixes: [
    { prefix: 'ПГ', kind: 'vocational-school', gender: 'f', expansion: 'професионална гимназия', standaloneLength: 4 },
  ],
  typeAbbreviations: [
    { abbr: 'ПМГ', kind: 'gymnasium', gender: 'f', expansion: 'природоматематическа гимназия' },
    { abbr: 'ПГМ', kind: 'gymnasium', gender: 'f', expansion: 'природоматематическа гимназия' },
    { abbr: 'СУ', kind: 'school', gender: 'n', expansion: 'средно училище' },
    { abbr: 'СОУ', kind: 'school', gender: 'n', expansion: 'средно общообразователно училище' },
    { abbr: 'ОУ', kind: 'school', gender: 'n', expansion: 'основно училище' },
    { abbr: 'НУ', kind: 'school', gender: 'n', expansion: 'начално училище' },
    { abbr: 'ОбУ', kind: 'school', gender: 'n', expansion: 'обединено училище' },
    { abbr: 'ПГ', kind: 'gymnasium', gender: 'f', expansion: 'професионална гимназия' },
    { abbr: 'ПМГ', kind: 'gymnasium', gender: 'f', expansion: 'природо-математическа гимназия' },
    { abbr: 'ЕГ', kind: 'gymnasium', gender: 'f', expansion: 'езикова гимназия' },
    { abbr: 'ДГ', kind: 'kindergarten', gender: 'f', expansion: 'детска градина' },
    { abbr: 'ЦДГ', kind: 'kindergarten', gender: 'f', expansion: 'целодневна детска градина' },
    { abbr: 'ЦПЛР', kind: 'centre', gender: 'm', expansion: 'център за подкрепа за личностно развитие' },
    { abbr: 'РУО', kind: 'education-authority', gender: 'n', expansion: 'регионално управление на образованието' },
  ],
  legalForms: [
    ...['ЕООД', 'ООД', 'АД', 'ЕАД', 'ЕТ', 'КД', 'СД', 'АДСИЦ', 'ДЗЗД'].map((text) => ({ text, kind: 'company' as const, position: 'post' as const })),
  ],
  namedAfter: [],
  numberSigns: ['№', 'N', 'номер', 'Номер'],
  connectors: ['и'],
  complementPrepositions: ['на', 'по', 'за'],
  locationMarkers: ['гр.', 'град', 'с.', 'село'],
  // "-ски" and "-жки/-цки/-чки" (геоложки, немски), "-ен/-на", "-ов/-ев", ordinals and "висш-" (Висше транспортно училище).
  adjective: /(?:ски|ска|ско|ския|ският|ската|ското|ските|[жцч]к(?:и|а|о|ия|ият|ата|ото|ите)|ен|на|но|ни|ния|ният|ната|ното|ните|вия|вият|ова|ово|ов|ева|ево|ев)$|^(?:първ|втор|трет|четвърт)[аоиия]|^висш(?:а|е|и|ия|ият|ата|ето|ите)?$/,
  adjectiveNextToHead: /\p{L}{4}(?:ия|ият)$/u,
  participle: /(?:ен|ан)(?:а|о|и|ия|ият|ата|ото|ите)$/,
  countries: ['украйна', 'русия', 'полша', 'молдова', 'беларус', 'германия', 'сърбия', 'румъния', 'гърция', 'турция', 'македония'],
  excludedStems: ['полици', 'пожарна', 'пожар', 'спасител', 'спешн', 'болниц', 'клиник', 'прокуратур', 'съда', 'армия', 'оон'],
  excludedNames: ['руска федерация', 'европейски съюз', 'европейската комисия', 'народно събрание', 'министерски съвет', 'академичен съвет', 'педагогически съвет', 'обществен съвет', 'училищно настоятелство', 'управителен съвет', 'попечителски съвет', 'факултетен съвет', 'надзорен съвет', 'районно управление'],
  stopWords: [
    // after "по"/"за" these open what the sentence says about a name (по специальности «История», по покана на), never a complement of it
    'специалност', 'специалността', 'покана', 'поканата', 'повод', 'данни', 'данните', 'инициатива', 'инициативата', 'програма', 'програмата',
    'е', 'са', 'беше', 'бяха', 'бъде', 'ще', 'се', 'си', 'да', 'не', 'в', 'във', 'от', 'с', 'със', 'към', 'при', 'чрез',
    'до', 'след', 'пред', 'между', 'над', 'под', 'че', 'който', 'която', 'което', 'които', 'този', 'тази', 'това', 'тези',
    'му', 'ѝ', 'им', 'го', 'ги', 'той', 'тя', 'те', 'както', 'също', 'вече', 'още', 'само', 'година', 'години', 'г.',
    'подписа', 'подписаха', 'обяви', 'обявиха', 'има', 'имат', 'участва', 'участваха', 'как', 'кога', 'къде', 'или',
    'но', 'а', 'всички', 'нашата', 'нашия', 'нашият', 'техния',
    // "Общината на тел. 0888 …": a telephone number after a name.
    'тел',
  ],
  projectStems: [
    // a quote named as an edition (kolejna edycja „…”, второе издание «…», the second edition "…")
    'издани',
    'проект', 'програм', 'конкурс', 'кампани', 'инициатив', 'сектор', 'конференци', 'форум', 'фестивал', 'закон',
    'наредб', 'стратеги', 'концепци', 'платформ', 'специалност', 'квалификаци', 'курс', 'семинар', 'обучени', 'олимпиад',
    'наград', 'портал', 'сайт', 'направлени', 'професия', 'професии', 'тем', 'рубрик', 'изложб', 'кафе', 'ресторант', 'магазин',
    'хотел', 'сериал', 'шоу', 'клуб', 'футболен', 'отбор', 'песен', 'албум', 'спектакъл', 'улиц', 'булевард', 'марк',
  ],
  personTitles: [
    'директор', 'ректор', 'заместник', 'министър', 'кмет', 'председател', 'началник', 'ръководител', 'президент', 'декан',
    'учител', 'преподавател', 'ученик', 'студент', 'експерт', 'говорител', 'депутат', 'г-н', 'г-жа', 'управител',
  ],
  patronWords: ['цар', 'княз', 'свети', 'света', 'патриарх', 'екзарх', 'академик', 'професор'],
  firstNames: [
    'иван', 'георги', 'димитър', 'петър', 'николай', 'христо', 'стефан', 'йордан', 'тодор', 'васил', 'александър',
    'мария', 'елена', 'иванка', 'йорданка', 'пенка', 'даниела', 'десислава', 'петя', 'гергана', 'милена', 'красимир',
    'красимира', 'веселин', 'валентин', 'валентина', 'цветан', 'цветелина', 'борис', 'любомир', 'атанас', 'ангел',
    'кирил', 'росица', 'снежана', 'виктория', 'надежда', 'светла', 'галя', 'мартин', 'калин', 'пламен', 'румен',
  ],
  typeAdjectives: ['професионалн', 'средн', 'основн', 'общинск'],
  sentenceStarters: [
    'нов', 'нова', 'ново', 'новата', 'новият', 'този', 'тази', 'това', 'всеки', 'всяка', 'нашият', 'нашата', 'първият',
    'първата', 'друг', 'друга', 'местният', 'местната', 'държавният', 'държавната', 'частната', 'частният',
    'професионалните', 'всички',
  ],
  backrefBlockers: ['всеки', 'всяка', 'всяко', 'друг', 'друга', 'друго', 'един', 'една', 'едно', 'някой', 'някоя', 'нов', 'нова', 'ново', 'такъв', 'такава'],
  capitalGenitives: [],
  acronymIntroducers: ['наричан', 'наричана', 'наричано', 'по-нататък'],
  stemEndings: [
    'ният', 'ния', 'ият', 'ия', 'ът', 'ят', 'ната', 'ното', 'ните', 'ата', 'ята', 'ото', 'ето', 'ите', 'ията', 'овете',
    'ове', 'ен', 'на', 'но', 'ни', 'а', 'я', 'о', 'е', 'и',
  ],
  stemRewrites: [],
  adjectiveNominative: { m: [], f: [], n: [] },
  deArticle: [['ският', 'ски'], ['ския', 'ски'], ['ният', 'ен'], ['ния', 'ен'], ['ият', 'и'], ['ия', 'и'], ['ата', 'а'], ['ото', 'о'], ['ето', 'е']],
  kindRefinements: [
    { from: ['school', 'gymnasium'], stems: ['професионал'], to: 'vocational-school' },
    // Висше училище: a higher school is a university by its level.
    { from: ['school'], stems: ['висш'], to: 'university' },
  ],
  educationStems: ['образован', 'наук', 'училищ', 'просвет'],
  // "на Община Русе" is the municipality's (кметът на …): only a territory word makes it a place.
  territoryBefore: ['територия*', 'района', 'селата', 'жител*', 'в', 'във'],
};
