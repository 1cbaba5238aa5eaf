/**
 * Shared, dependency-free types: the contract between the pipeline stages
 * crawlers/ → extractors/ → store/ → cli/. This file imports nothing.
 *
 * Offsets (`start`, `end`) are UTF-16 code-unit offsets into the document's
 * extracted `text` (JavaScript string indices), `end` exclusive.
 * Dates are ISO strings: `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when only that is known.
 */

/** The five languages eduwatch analyses. Any other language is stored as `null` + `langOther`. */
export type Lang = 'uk' | 'ru' | 'pl' | 'bg' | 'en';
export const LANGS: readonly Lang[] = ['uk', 'ru', 'pl', 'bg', 'en'];

// ---------------------------------------------------------------------------
// crawlers → store: one HTTP (or browser) fetch, exactly as obtained.
// ---------------------------------------------------------------------------

export type FetchKind = 'article' | 'feed' | 'sitemap' | 'listing' | 'robots';
/** How the charset was chosen; `detected`: from the bytes, when nothing usable was declared. */
export type EncodingSource = 'header' | 'bom' | 'meta' | 'detected' | 'default';

export interface FetchedPage {
  sourceId: string;
  kind: FetchKind;
  requestedUrl: string;
  /** URL after redirects (always on one of the source's hosts). */
  finalUrl: string;
  status: number;
  /** Selected response headers, lower-cased names (content-type, etag, last-modified, ...). */
  headers: Record<string, string>;
  /** ISO timestamp of the response. */
  fetchedAt: string;
  /** The raw response bytes (after transfer/content-encoding is undone), exactly as served. */
  body: Uint8Array;
  /** The body decoded once, per header → BOM → <meta> → default (utf-8). */
  html: string;
  encoding: string;
  encodingSource: EncodingSource;
  /** For `render: browser`: the DOM serialised after scripts ran. Extraction uses it when present. */
  renderedHtml?: string;
  via: 'http' | 'browser';
  /**
   * A Telegram channel post cut from a channel's preview page (https://t.me/s/<channel>): `body` is
   * the post's element exactly as served in that page, `html` the post as a small document built
   * from it (crawlers/telegram.ts), and this its metadata.
   */
  telegram?: TelegramPostMeta;
  /** The request headers eduwatch sent (lower-case names), kept for the WARC request record. */
  requestHeaders?: Record<string, string>;
  /** How the URL was found. */
  discoveredVia?: { kind: 'feed' | 'sitemap' | 'listing' | 'seed'; url: string };
  /** Hints from the discovery document (feed item date/title, sitemap lastmod / news:publication_date). */
  hints?: { published?: string | null; title?: string | null };
  /** Why the body is not a document (binary data, undecodable text): the fetch is kept, nothing is extracted. */
  rejected?: string;
}

/** What a Telegram channel post says about itself besides its text. */
export interface TelegramPostMeta {
  channel: string;
  /** The channel's name as its preview page shows it. */
  channelTitle: string | null;
  postId: number;
  /** ISO instant of the post's `<time datetime>`. */
  postedAt: string;
  edited: boolean;
  /** View count as shown ("4.85K" → 4850), null when the page shows none. */
  views: number | null;
  forwardedFrom: string | null;
  forwardedUrl: string | null;
  /** Media kinds in the post, in order (photo, video, document, poll, ...); an album is one post with several. */
  media: string[];
  /** Ids of every message of an album (the post's own first), else just the post's. */
  albumIds: number[];
  /** The channel page the post was read from and the SHA-256 of that page's bytes. */
  pageUrl: string;
  pageSha256: string;
}

// ---------------------------------------------------------------------------
// extractors: body (Readability cascade) and tags.
// ---------------------------------------------------------------------------

/** Which step of the body-extraction cascade produced the text. */
export type BodyMethod = 'readability' | 'readability-relaxed' | 'main-text' | 'plain-text';
/** Where the publication date came from. */
export type PublishedSource = 'json-ld' | 'meta' | 'time' | 'url' | 'text' | 'feed';

export interface BodyResult {
  title: string | null;
  byline: string | null;
  /** Plain text of the article body, paragraphs separated by "\n\n". */
  text: string;
  /** Cleaned article HTML (Readability's content), null for text fallbacks. */
  html: string | null;
  excerpt: string | null;
  siteName: string | null;
  /** `<html lang>` as written (weak hint only). */
  htmlLang: string | null;
  /** `<link rel=canonical>` / og:url resolved against the page URL, if any. */
  canonicalUrl: string | null;
  published: string | null;
  publishedSource: PublishedSource | null;
  method: BodyMethod;
}

export interface LangResult {
  lang: Lang | null;
  /** 0..1 */
  confidence: number;
  /** ISO 639-3 code franc gave when the text is in none of the five languages, else null. */
  other: string | null;
}

export type DateKind = 'published' | 'event' | 'range-start' | 'range-end' | 'valid-until' | 'relative';
export type DateHow = 'numeric' | 'month-name' | 'iso' | 'relative' | 'night-of';

export interface DateTag {
  /** ISO date (YYYY-MM-DD | YYYY-MM | YYYY). */
  value: string;
  kind: DateKind;
  how: DateHow;
  /** True when the year was not written and was taken from the publication date. */
  yearInferred: boolean;
  text: string;
  start: number;
  end: number;
  /**
   * How the value was reached: 'absolute' for a calendar date written in the text (its year maybe
   * inferred, see yearInferred), 'relative' for an offset from the publication date ("вчора",
   * "3 дні тому", "через 2 тижні", "в прошлом году", "у понеділок"). Set by extractDates on every tag.
   */
  basis?: DateBasis;
  /** For a relative date: the ISO day (YYYY-MM-DD) of the publication date it was counted from. */
  anchor?: string;
}

export type DateBasis = 'absolute' | 'relative';

export type InstitutionKind =
  | 'school' | 'lyceum' | 'gymnasium' | 'college' | 'technikum' | 'vocational-school'
  | 'university' | 'academy' | 'institute' | 'kindergarten'
  | 'ministry' | 'education-authority' | 'agency' | 'cluster' | 'company' | 'centre'
  | 'council' | 'other'
  /** Non-education bodies: administrations, local governments, research institutes, NGOs. */
  | 'authority' | 'municipality' | 'research' | 'ngo';

export interface Mention {
  text: string;
  start: number;
  end: number;
}

export interface InstitutionTag {
  /** Normalised key: the same institution in any grammatical case gives the same key, in any document. */
  key: string;
  /** Best display name (nominative, fullest form seen). */
  name: string;
  kind: InstitutionKind;
  /** Other surface forms: abbreviations, case forms, back-references. */
  aliases: string[];
  mentions: Mention[];
  confidence: number;
}

export interface TagProvenance {
  /** The supporting sentence, quoted exactly from the text. */
  quote: string;
  /** Offsets of `quote` in the text. */
  start: number;
  end: number;
  confidence: number;
  extractor: string;
  extractorVersion: string;
}

export type PartnershipStatus = 'signed' | 'planned' | 'terminated' | 'unknown';

export interface PartnershipEvent extends TagProvenance {
  type: 'partnership';
  /** Display names of the parties (as in `institutions[].name`). */
  parties: string[];
  /** Institution keys, parallel to `parties` (null for a party that is not an institution tag). */
  partyKeys: (string | null)[];
  /** memorandum | cooperation agreement | partnership agreement | contract | ... */
  kind: string | null;
  status: PartnershipStatus;
  date: string | null;
  /** 'text' when the date is written in the event's sentence/paragraph, 'published' when taken from the publication date. */
  dateBasis: 'text' | 'published' | null;
  place: string | null;
  validUntil: string | null;
}

export type DamageSeverity = 'damaged' | 'destroyed';
export type DamageCause = 'missile' | 'drone' | 'shelling' | 'airstrike' | 'fire' | 'other';
/** incident: one attack on one institution; appeal / statistic: not a single incident. */
export type DamageScope = 'incident' | 'appeal' | 'statistic';

export interface DamageEvent extends TagProvenance {
  type: 'damage';
  institution: string | null;
  institutionKey: string | null;
  /** Kind of the institution, also when unnamed ("a college"). */
  institutionKind: InstitutionKind | null;
  /** Settlement, with region when stated: "Харків, Харківська область". */
  location: string | null;
  settlement: string | null;
  region: string | null;
  date: string | null;
  /**
   * Day and month ("05-25") of an attack the text dates without a year when nothing gives the year
   * (no publication date, no year in the text): then `date` is null. Null otherwise. Incidents
   * compare it with the days of dated reports.
   */
  monthDay?: string | null;
  /**
   * The text tells the attack as one more on the same target ("знову", "снова", "повторно",
   * "ponownie", "отново", "again" in a sentence naming it): true. Incidents then do not join such a
   * report that gives no day to the one incident they know of that target, which may be the first.
   */
  repeated?: boolean;
  severity: DamageSeverity | null;
  cause: DamageCause | null;
  casualties: { killed: number | null; injured: number | null } | null;
  scope: DamageScope;
}

export type EventTag = PartnershipEvent | DamageEvent;

/** What the whole extraction pipeline returns for one document; the `extract --json` contract. */
export interface ExtractedDocument {
  lang: Lang | null;
  langConfidence: number;
  langOther: string | null;
  title: string | null;
  /** Publication date (ISO) and how it was found. */
  published: string | null;
  publishedSource: PublishedSource | null;
  text: string;
  institutions: InstitutionTag[];
  events: EventTag[];
  dates: DateTag[];
  /** Body-extraction step (null for plain text input). */
  method: BodyMethod | null;
  /** Version of the extractor set; stored with every tag. */
  extractorVersion: string;
  /** For HTML input: the whole body-extraction result (byline, site name, cleaned HTML, <html lang>, canonical URL). */
  body?: BodyResult;
}

/** Input to the tag pipeline once a body is known. */
export interface AnalyzeInput {
  text: string;
  title?: string | null;
  url?: string | null;
  htmlLang?: string | null;
  /** Publication date from metadata, if any; the pipeline looks in the text when absent. */
  published?: string | null;
  publishedSource?: PublishedSource | null;
}

// ---------------------------------------------------------------------------
// Errors a user or maintainer can fix (bad argument, invalid sources.yaml, missing file).
// Any stage may throw it; `cli/main.ts` catches it in one place, prints the message and exits
// with `exitCode`. Defined here so stages before cli/ need not import cli/.
// ---------------------------------------------------------------------------

export const EXIT = {
  ok: 0,
  /** Runtime failure: a crawl that failed, a failing source in `status`. */
  failure: 1,
  /** Usage or configuration error: bad arguments, invalid sources.yaml. */
  usage: 2,
} as const;

export class CLIError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode: number = EXIT.usage) {
    super(message);
    this.name = 'CLIError';
    this.exitCode = exitCode;
  }
}
