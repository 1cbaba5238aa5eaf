/**
 * The shape of one language's event vocabulary. Every entry is a phrase pattern in the syntax of
 * `extractors/_tokens.ts` (words, `stem*`, `a|b`, `~` gap). Adding a language is adding a table.
 */
import type { DamageCause, InstitutionKind, Lang } from '../../../types.js';

export interface EventLexicon {
  lang: Lang;
  /**
   * The masculine past drops the л of the other past forms (uk "зірвала, зірвали" / "буревій зірвав",
   * "пошкодила" / "дрон пошкодив"): each pattern word "stemл*" also matches "stemв"
   * (_event-scan.ts withMasculinePast). Unset where the masculine keeps it (ru "сорвал", pl "zerwał").
   */
  masculinePast?: boolean;

  // --- partnerships -------------------------------------------------------
  /** Agreement nouns and phrases → kind label (English: 'memorandum of cooperation', ...). */
  agreements: [pattern: string, kind: string][];
  /** The agreement was signed / concluded (past, or a signing that took place). */
  signed: string[];
  /** The agreement will be signed ("will be signed", "планується підписати"). */
  planned: string[];
  /** The agreement was ended ("розірвали", "wypowiedziano"). */
  terminated: string[];
  /** Words that refer back to an agreement named in the sentence before ("the document"). */
  backReferences: string[];
  /** "between A and B": the parties follow. */
  between: string[];
  /** Institutions after these are context, not parties ("w ramach projektu", "in the presence of"). */
  notParty: string[];
  /** The publishing organisation speaks ("we", "нашата мрежа"). */
  firstPerson: string[];
  /** Bodies join or endorse an agreement told before ("Споразумението подкрепят още две висши училища – A и B"): they are its parties. */
  joinWords: string[];
  /** Words of an uncounted many before agreement words: a tally of past agreements ("we have signed many partnership agreements"). */
  tallyWords: string[];
  /** Agreement words that are plural and nothing else ("agreements", "договоров", "umów"): a list of partners after one is one agreement each. */
  pluralAgreements: string[];
  /** Plural nouns for the other side of agreements named one by one elsewhere ("z przedsiębiorstwami", "with the companies"). */
  pluralBodies: string[];
  /** Plural nouns for local governments named one by one elsewhere ("с общини", "з громадами", "z gminami"). */
  pluralMunicipalities: string[];
  /**
   * Plural nouns that may open the list of the bodies a plural stands for, besides the two tables above and
   * plural education nouns (forms also singular elsewhere: "Firmy, które zaproszono … to A, B") → their kind.
   */
  memberNouns: [pattern: string, kind: InstitutionKind][];
  /** Words between such a plural and the list of its members ("The two partner colleges are A and B", "Firmy … to A, B"). */
  memberCopulas: string[];
  /**
   * Nouns for the signers or founders of an agreement: the list after them (past a dash, a colon or a copula)
   * names the parties of an agreement whose own sentence names none ("Sygnatariuszami listu byli: A oraz B",
   * "Учредители Ассоциации — A и B").
   */
  signatoryNouns: string[];
  /** The agreement is about education / training. */
  educationTopic: string[];
  /** Reporting phrases: the body named right after them is the news source, not a party ("сообщает пресс-служба X"). */
  attribution: string[];
  /** The agreement creates the body named right after these, which is not its party ("о создании Ассоциации"). */
  agreementObject: string[];
  /** A relative clause about the agreement starts here ("с който", "which"): bodies named in it are not parties. */
  relativeClause: string[];
  /** The agreement named as a kind of contract, not as one signed ("по договору", "may conclude"). */
  genericUse: string[];

  // --- partnership parties (extractors/_partnership-slots.ts) -------------
  /** Words joining parties in a list: "X и Y", "X, Y oraz Z". */
  partyAnd: string[];
  /** Prepositions before the other party: "с X", "with X". */
  partyWith: string[];
  /** Words before the party of a passive signing ("signed by X"); languages with an instrumental need none. */
  partyBy: string[];
  /** A signer's title, the party named after it ("ректор МГУ", "the CEO of X", "кметът на Община X"). */
  signerTitles: string[];
  /**
   * A mayor's title before a settlement's name: the municipality is the party ("кметът на Перник" → Перник,
   * "prezydent Rzeszowa" → Miasto Rzeszów); the template names it, `{}` the settlement in the nominative.
   */
  mayorTitles: [pattern: string, template: string][];
  /** Courtesy and academic titles before a signer's name ("проф.", "Pan", "Dr"). */
  honorifics: string[];
  /** Generic words before a party's own name, not part of it ("компанией Huawei", "firmą DANEX") → the kind they tell. */
  partyDescriptors: [pattern: string, kind: InstitutionKind][];
  /** Type words that begin a party's name ("фондом Росконгрес", "Община Царево") → nominative, kind. */
  partyHeads: [pattern: string, nominative: string, kind: InstitutionKind][];
  /** Endings of surnames and patronymics: a lone capitalised word with one is a person, not a party ("Митев", "Шевченко"). */
  surnameEndings: string[];
  /** Prepositions of a place written after a party ("в Лобне", "w Pucku", "in Noida"). */
  placePrepositions: string[];
  /** "represented by" after a party: the signer follows ("в особі ректора", "reprezentowaną przez"). */
  representedBy: string[];
  /** Prepositions and conjunctions that may follow a party's name without being part of it ("for", "о", "w sprawie"). */
  nameStops: string[];
  /**
   * Prepositions inside the name of a body headed by a noun, after a signer's title ("председателят на Комисията за
   * защита на конкуренцията", "председатель Комитета по образованию"): the lower-case words after one are the name's.
   */
  nameLinks: string[];
  /** Prepositions after an agreement word saying what it is about ("соглашение о строительстве школы"): the bodies named there are its subject, not its parties. */
  agreementTopic: string[];
  /** Cooperation words: after a topic preposition they introduce the parties, not a subject ("dotyczącego współpracy uczelni oraz Gminy"). */
  cooperationWords: string[];
  /** Endings of adjectives: a capitalised adjective may open a name that runs on in lower case ("Тернопільським академічним театром"). */
  adjectiveEndings: string[];
  /** Units of an institution (faculties, departments): a name ending in one is no party of its own. */
  unitNouns: string[];
  /** Words that may stand between the signers and their verb ("сегодня", "on Friday", "has"). */
  signingAdverbs: string[];
  /** Lower-case words that end a party's name in English word order ("Madhya Pradesh government") → kind; dropped when 'drop'. */
  partyTails: [pattern: string, kind: InstitutionKind, drop: boolean][];

  // --- damage -------------------------------------------------------------
  damaged: string[];
  destroyed: string[];
  /** An attack that implies damage only with a weapon in the sentence ("hit", "влучила"). */
  hit: string[];
  /** Softens "destroyed" to damaged ("частково зруйновано"). */
  partial: string[];
  negation: string[];
  /**
   * "Still being established" after a damage word ("Інформація щодо пошкоджень уточнюється", "Дані про
   * пошкодження уточнюють", "details of the damage are being clarified"): no damage is told yet.
   */
  pending: string[];
  /** An attack that touches no building ("hackers attacked the university's website", "кібератака на університет"): no damage. */
  virtual: string[];
  /** Education institution nouns → kind; 'pl' when the form is unambiguously plural. */
  educationNouns: [pattern: string, kind: InstitutionKind, number: 'sg' | 'pl' | '?'][];
  /** Non-education targets (hospital, house, shop): a damage word attached to these is not ours. */
  otherTargets: string[];
  /** "near", "next to": the education noun after these is a landmark, not the target. */
  proximity: string[];
  /** Words that start a new clause ("but", "але"). */
  clauseBreaks: string[];
  /** Prepositions that make the damage word an attribute of a following noun ("for damaged houses"). */
  attributive: string[];
  causes: [pattern: string, cause: DamageCause][];
  /** Killed / injured cues with the count they imply on their own (singular verb forms → 1). */
  killed: [pattern: string, count: number | null][];
  injured: [pattern: string, count: number | null][];
  noCasualties: string[];
  /** Number words ("двоє", "three"). */
  numbers: [word: string, n: number][];
  /** Words before an education noun that make it no institution any more ("бившето училище", "a former school", "колишня школа"). */
  former: string[];
  /** Words before an unnamed noun that make it another institution than one told before ("inną szkołę", "another school"). */
  another: string[];
  /** Words opening a sentence that recalls an earlier attack ("Нагадаємо", "Przypomnijmy"): its institution is another incident's. */
  recap: string[];
  /** Reporting verbs ("повідомив", "сообщил", "poinformował", "съобщи", "said"): a sentence with one and a single day tells when the story was told. */
  reporting: string[];
  /** Words telling an attack as one more on its target ("знову", "повторно", "ponownie", "отново", "again"). */
  again: string[];
  /** Words making an attack an earlier one ("попередній обстріл", "предыдущий удар", "the previous shelling"): its date is not the story's. */
  previous: string[];
  /**
   * Words that make a date in their clause background, not the day of the attack told: the start of a
   * period ("since", "з початку", "od początku"), the full-scale invasion, an anniversary, and "only
   * yesterday" said of how things were ("ще вчора", "jeszcze wczoraj").
   */
  background: string[];
  /** Phrases naming where pupils are moved ("lekcje odbędą się w", "переведені до"): the institution after them was not damaged. */
  relocation: string[];
  /**
   * Parts of a building ("dach", "покрив", "roof", "classroom"): a damage word whose clause names one and no
   * institution is about the institution named in the sentences just before ("... szkoły w Czernej. Wicher zerwał dach z sali").
   */
  buildingParts: string[];
  /** An appeal collecting reports ("просимо надсилати", "apelujemy"). */
  appeal: string[];
  /** Statistic cues ("понад", "over", "з початку вторгнення", "тисяч"). */
  statistic: string[];
}
