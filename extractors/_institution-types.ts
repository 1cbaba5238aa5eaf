/**
 * The shape of a per-language institution table (extractors/lang/institutions/<lang>.ts) and the
 * small helpers the tables use to spell out declension paradigms. Tables are plain data; they are
 * compiled once by `_institution-lexicon.ts`.
 */
import type { InstitutionKind, Lang } from '../types.js';

export type Gender = 'm' | 'f' | 'n';

/**
 * Which bare uses of a head word count as a back-reference to a named institution of the document:
 * 'any' (коледж, the university), 'capital' (only capitalised or after "the": Centrum, the Multicenter;
 * lower-case центр / рада are too often generic), 'none' (never: заклад, организация).
 */
export type BackrefMode = 'any' | 'capital' | 'none';

/** An institution-type head word with its forms. */
export interface HeadSpec {
  /** Nominative singular (Bulgarian: indefinite singular), lower case. */
  lemma: string;
  kind: InstitutionKind;
  gender: Gender;
  /** Singular forms other than the lemma: oblique cases (Bulgarian: definite forms). */
  sg: string[];
  /** Plural forms. A form listed in both `sg` and `pl` is ambiguous. */
  pl: string[];
  backref: BackrefMode;
  /** Kinds a bare back-reference with this word may resolve to (default: `[kind]`). */
  refKinds?: InstitutionKind[];
  /** Generic heads (заклад, учреждение) only name an institution with a quote, number or legal form. */
  generic?: boolean;
  /** Word stems one of which must come right before the head (детский сад, детска градина). */
  needLeft?: string[];
  /** Word stems one of which must come right after the head (Zespół Szkół). */
  needRight?: string[];
  /** Named by a capitalised word even after a lower-case head (gmina Wierzchosławice). */
  namedLower?: boolean;
  /** A lower-case complement does not name it (Администрация учебного заведения = its staff). */
  properComplement?: boolean;
  /** A colloquial short name that takes no complement; keys spell it out (политех → политехнический университет). */
  expansion?: string;
  /** With `expansion`: a compound word that still takes a complement (госуниверситет имени …). */
  compound?: boolean;
  /** The singular name of the type, for institutions listed after its plural (детските градини „А“, „Б“ → Детска градина „А“). */
  title?: string;
  /** A municipality's office (мерія, starostwo), never written as a territory: "у мерії Чернівців" is the body. */
  office?: boolean;
  /** An office named by its holder's title (Kurator Oświaty): with a person's name after it, it is the person's title. */
  holderTitle?: boolean;
  /** A unit of a body (bg дирекция, отдел): written as a person's post it is recorded only when it governs education. */
  unitUnlessEducation?: boolean;
}

/** A declension pattern: the nominative ending and the endings of the other forms, appended to the stem. */
export interface Paradigm {
  nom: string;
  sg: string[];
  pl: string[];
}

export interface HeadOptions {
  backref?: BackrefMode;
  refKinds?: InstitutionKind[];
  generic?: boolean;
  needLeft?: string[];
  needRight?: string[];
  namedLower?: boolean;
  properComplement?: boolean;
  expansion?: string;
  compound?: boolean;
  title?: string;
  office?: boolean;
  holderTitle?: boolean;
  unitUnlessEducation?: boolean;
  /** Irregular forms (alternations, fleeting vowels, zero-ending genitive plurals). */
  sg?: string[];
  pl?: string[];
}

/** Build a head entry from a lemma and a paradigm: stem = lemma minus the paradigm's nominative ending. */
export function head(lemma: string, kind: InstitutionKind, gender: Gender, p: Paradigm, o: HeadOptions = {}): HeadSpec {
  if (!lemma.endsWith(p.nom)) {
    throw new Error(`eduwatch: institution head "${lemma}" does not end in "${p.nom}" (fix its paradigm in extractors/lang/institutions)`);
  }
  const stem = lemma.slice(0, lemma.length - p.nom.length);
  return {
    lemma,
    kind,
    gender,
    sg: [...p.sg.map((e) => stem + e), ...(o.sg ?? [])],
    pl: [...p.pl.map((e) => stem + e), ...(o.pl ?? [])],
    backref: o.backref ?? 'any',
    refKinds: o.refKinds,
    generic: o.generic,
    needLeft: o.needLeft,
    needRight: o.needRight,
    namedLower: o.namedLower,
    properComplement: o.properComplement,
    expansion: o.expansion,
    compound: o.compound,
    title: o.title,
    office: o.office,
    holderTitle: o.holderTitle,
    unitUnlessEducation: o.unitUnlessEducation,
  };
}

/** English heads: singular, plural with -s / -ies / -es. */
export function enHead(lemma: string, kind: InstitutionKind, o: HeadOptions = {}): HeadSpec {
  const plural = lemma.endsWith('y') && !/[aeiou]y$/.test(lemma)
    ? `${lemma.slice(0, -1)}ies`
    : /(?:s|x|ch|sh)$/.test(lemma) ? `${lemma}es` : `${lemma}s`;
  return head(lemma, kind, 'n', { nom: '', sg: ["'s"], pl: [] }, { ...o, pl: [plural, ...(o.pl ?? [])] });
}

/**
 * An abbreviation that names an institution type and acts as a head word (ЗОШ № 5, СУ № 119,
 * Вінницької ОВА). `expansion` is what it stands for: institution keys spell it out, so
 * "ВПУ" and "вище професійне училище" give the same key.
 */
export interface TypeAbbreviation {
  abbr: string;
  kind: InstitutionKind;
  gender: Gender;
  expansion: string;
  /** Names one institution even with nothing after it (a family abbreviation such as ПГМЕТ). */
  standalone?: boolean;
}

/**
 * A legal-form or status prefix/suffix (МАОУ, ТОВ, sp. z o.o., ЕООД, Державний навчальний
 * заклад). Forms with a capital letter or a dot are matched exactly (token by token); spelled-out
 * phrases (all lower-case in the table) are matched case-insensitively. Legal forms are kept in
 * display names and dropped from keys.
 */
export interface LegalForm {
  text: string;
  kind: InstitutionKind;
  position: 'pre' | 'post';
}

/** A modifier stem that refines the head's kind: школа + професійн → vocational-school. */
export interface KindRefinement {
  from: InstitutionKind[];
  /** Word starts; one ending in "=" is a whole word ("нан=": НАН, not нанотехнологій). */
  stems: string[];
  to: InstitutionKind;
}

/** Adjective endings → nominative singular, per head gender (longest suffix wins). */
export type AdjectiveRewrites = Record<Gender, ReadonlyArray<readonly [string, string]>>;

export interface InstitutionTable {
  lang: Lang;
  script: 'cyrillic' | 'latin';
  /** Quotes used in display names: uk/ru «…», bg „…“, pl „…”, en “…”. */
  quotes: readonly [string, string];
  heads: HeadSpec[];
  typeAbbreviations: TypeAbbreviation[];
  /**
   * Abbreviation families by their first letters (bg ПГМЕТ, ПГЕЕ, ПГО = професионална гимназия
   * по …): an all-capitals word of `prefix` plus 1-5 capitals is such a type abbreviation, and
   * with at least `standaloneLength` letters it names one school on its own ("учениците от ПГМЕТ").
   */
  typeAbbreviationPrefixes?: { prefix: string; kind: InstitutionKind; gender: Gender; expansion: string; standaloneLength: number }[];
  legalForms: LegalForm[];
  /** "Named after" words: імені, ім., имени, им., im. (abbreviations written with their dot). */
  namedAfter: string[];
  /** Words and signs before a number: №, N, nr, No., #. */
  numberSigns: string[];
  /** Conjunctions allowed inside a name between two of its parts (освіти і науки, Materials and Transport). */
  connectors: string[];
  /** Prepositions that open a complement inside a name (bg на/по/за, en of/for, pl dla/z). */
  complementPrepositions: string[];
  /** Words before a place that end a name as its location (w Rzeszowie, м. Києва, г. Перми). */
  locationMarkers: string[];
  /** Adjective test on a lower-case word: modifiers before the head and agreeing ones after it. */
  adjective: RegExp;
  /** Participles that open a sentence before a head are not part of a name (Зруйнована школа, Zalana Szkoła). */
  participle?: RegExp;
  /** uk/ru: a plural adjective; before an ambiguous head form it makes a generic plural (Коммунальные службы). */
  pluralAdjective?: RegExp;
  /** Names that are bodies but not institutions to record (parliaments, a school's own councils); matched by key prefix. */
  excludedNames: string[];
  /**
   * Names not recorded only when they are the whole name: a university's units named by their subject
   * ("College of Engineering"), while "College of Engineering Trivandrum" is a college of its own.
   */
  excludedWholeNames?: string[];
  /**
   * Word stems of bodies outside education (police, fire and rescue services, hospitals, courts):
   * a name containing one, or followed by one (Головне управління ДСНС), is not recorded.
   */
  excludedStems: string[];
  /**
   * Countries (any case form): a name qualified by one (… на Украйна) is a different body from the
   * same name without it, which means the country of the text.
   */
  countries: string[];
  /**
   * uk/ru/pl: adjective endings of the nominative singular per gender. Before a head in the
   * nominative, a modifier without one is not part of the name ("в Луцьку Луцький коледж").
   */
  nominativeAdjective?: Partial<Record<Gender, RegExp>>;
  /** Nouns that look like adjectives (verbal nouns: рішення, решение): never a modifier. */
  notAdjective?: RegExp;
  /** Adjective endings accepted only right before the head (bg "Индустриалия клъстер", a common misspelling). */
  adjectiveNextToHead?: RegExp;
  /** Cyrillic uk/ru: endings a genitive complement word may have (освіти, професійних кваліфікацій). */
  genitive?: RegExp;
  /**
   * uk/ru: genitive plurals with no ending, which the `genitive` test cannot see: "академії наук",
   * "внутрішніх справ", "иностранных дел", "мистецтв".
   */
  zeroEndingGenitives?: string[];
  /** Verb endings that stop a complement (uk/ru подписали, оголосив). */
  verbEndings?: RegExp;
  /** Function words and common verbs that never belong to a name. */
  stopWords: string[];
  /** Stems of words that make a following quote a project/programme/event title, not an institution. */
  projectStems: string[];
  /**
   * Person titles (директор, rector, prezes): a word starting with one, at most 3 letters longer,
   * is a title (директорка, ректора); entries ending in "=" match exactly (мер=, pan=).
   */
  personTitles: string[];
  /** Common first names (nominative): a capitalised one ends a name. */
  firstNames: string[];
  /** Words that start a patron's name without "named after" (Короля Данила, Kardynała Wyszyńskiego, Святого Миколая). */
  patronWords?: string[];
  /**
   * Stems of lower-case adjectives that say what type an institution is, kept before its head when
   * a name follows (професионалната гимназия „…“, благодійним фондом «…», средняя школа № 122);
   * other lower-case words before a head are not part of its name.
   */
  typeAdjectives?: string[];
  /** Capitalised words that do not start a name at the start of a sentence (The, This, Новий, Цей). */
  sentenceStarters: string[];
  /** Words before a bare head that make it generic, not a back-reference (кожен, інший, every, a). */
  backrefBlockers: string[];
  /** English: a bare head is a back-reference only after one of these (the, this). */
  backrefDeterminers?: string[];
  /** Capitalised nouns allowed in a complement after a lower-case head (України, Федерации). */
  capitalGenitives: string[];
  /**
   * pl: what a public body in lower case is named by ("administracja obwodu charkowskiego",
   * "ministerstwo edukacji"): these genitive nouns, then one agreeing adjective.
   */
  governedNouns?: string[];
  /** uk/ru/bg: nouns of a territory, which alone after a sentence-opening head do not name it (Школа района). */
  placeNouns?: string[];
  /** Abbreviations of countries and regions that end a name or an abbreviation's mention (РФ, РТ, МО, RP). */
  placeAbbreviations?: string[];
  /** Words that introduce an abbreviation in brackets: (далі – ІПК), (dalej: IBE), (hereinafter SPbPU). */
  acronymIntroducers: string[];
  /** Inflectional endings stripped by `institutionKey` (sorted longest first when compiled). */
  stemEndings: string[];
  /** Ending rewrites tried before stripping (Polish alternations: uniwersytecie → uniwersytet). */
  stemRewrites: ReadonlyArray<readonly [string, string]>;
  /** Adjective endings → nominative, per head gender (Харківського → Харківський). */
  adjectiveNominative: AdjectiveRewrites;
  /** uk: soft-stem adjective stems (загальноосвітн, середн): nominative -ій / -я / -є. */
  softAdjectiveStems?: string[];
  /** Bulgarian: definite-article endings of adjectives → indefinite (Секторния → Секторен). */
  deArticle?: ReadonlyArray<readonly [string, string]>;
  kindRefinements: KindRefinement[];
  /**
   * Word stems that make a governance body an education one (освіт, образован, oświat, education):
   * a ministry, department or office named without one is an `authority`, so a researcher's
   * filter to education bodies leaves out the ministry of health and the social-care department.
   */
  educationStems: string[];
  /**
   * uk/ru: stems of lower-case adjectives of a territory level (обласн, районн, міськ): before a lower-case
   * education body with its subject ("обласне управління освіти", "районного отдела образования") they name it.
   */
  levelStems?: string[];
  /**
   * uk/ru: the case endings of an ordinal written in digits before a head ("56-й школы", "57-ї школи",
   * "17-ту школу"), which number the institution, and the nominative ending per gender for its name.
   */
  ordinal?: { suffix: RegExp; nominative: Record<Gender, string> };
  /**
   * Words before a municipality's name that make it a territory, not a body ("у Сумській громаді",
   * "в селі … громади", "na terenie gminy"); "stem*" matches word starts.
   */
  territoryBefore: string[];
}

/**
 * Compound heads of public bodies, generated from the short forms of their territory level and the
 * body's head (uk обл- + держадміністрація = облдержадміністрація, ru гор- + совет = горсовет): every
 * prefix × base pair is one head whose key spells out "<level adjective> <base expansion>", so
 * "Запорізька облдержадміністрація" and "Запорізька обласна державна адміністрація" are one body.
 * A level's adjective is given per gender, as the base's gender needs it.
 */
export interface CompoundLevel {
  prefix: string;
  adjective: Record<Gender, string>;
}
export interface CompoundBase {
  /** The base as written after the prefix (держадміністрація, рада, совет). */
  base: string;
  /** What the base stands for (державна адміністрація, рада). */
  expansion: string;
  kind: InstitutionKind;
  gender: Gender;
  paradigm: Paradigm;
  options?: HeadOptions;
}
export function compoundHeads(levels: CompoundLevel[], bases: CompoundBase[]): HeadSpec[] {
  const out: HeadSpec[] = [];
  for (const b of bases) {
    for (const l of levels) {
      out.push(head(l.prefix + b.base, b.kind, b.gender, b.paradigm, { backref: 'capital', ...b.options, expansion: `${l.adjective[b.gender]} ${b.expansion}`, compound: true }));
    }
  }
  return out;
}
