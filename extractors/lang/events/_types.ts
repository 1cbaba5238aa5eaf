/**
 * The shape of one language's event vocabulary. Every entry is a phrase pattern in the syntax of
 * `extractors/_tokens.ts` (words, `stem*`, `a|b`, `~` gap). Adding a language is adding a table.
 */
import type { DamageCause, InstitutionKind, Lang } from '../../../types.js';

export interface EventLexicon {
  lang: Lang;

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
  /** The agreement is about education / training. */
  educationTopic: string[];

  // --- damage -------------------------------------------------------------
  damaged: string[];
  destroyed: string[];
  /** An attack that implies damage only with a weapon in the sentence ("hit", "влучила"). */
  hit: string[];
  /** Softens "destroyed" to damaged ("частково зруйновано"). */
  partial: string[];
  negation: string[];
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
  /** An appeal collecting reports ("просимо надсилати", "apelujemy"). */
  appeal: string[];
  /** Statistic cues ("понад", "over", "з початку вторгнення", "тисяч"). */
  statistic: string[];
}
