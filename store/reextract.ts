/**
 * `eduwatch reextract`: rerun the current extractors over stored documents after an extractor
 * change. Works from what the store holds (documents.text, title, publication date, <html lang>),
 * never re-fetching or re-parsing HTML. A document's tags of older versions are replaced by the new
 * ones in one transaction (many documents per transaction, for speed); the raw evidence (fetches,
 * documents) is not touched. Institutions no tag refers to any more are removed at the end.
 *
 * The work is split so that analysis can run elsewhere (reextract-workers.ts): a ReextractJob
 * loads batches of stored documents and writes batches of analyses; reextract() analyses on the
 * calling thread in between.
 */
import type { AnalyzeInput, ExtractedDocument, Lang, PublishedSource } from '../types.js';
import type { DB } from './db.js';
import { analyzeText, CURRENT_EXTRACTOR_VERSION } from './extract-default.js';
import { newTagBatch, writeTags } from './tags.js';
import { forgetDocumentsIncidents, markIncidentsStale, rebuildIncidents } from './incidents/cluster.js';

export interface ReextractOptions {
  onProgress?(done: number, total: number): void;
  /** Documents analysed and written per transaction. */
  batchSize?: number;
  /** Reprocess every document, also those already tagged by the current version. */
  all?: boolean;
  /** The analyser (default: the extraction pipeline's analyze()). */
  analyze?: (input: AnalyzeInput) => ExtractedDocument;
  /** The version the analyser writes (default: the pipeline's EXTRACTOR_VERSION). */
  version?: string;
}

export interface ReextractResult {
  /** Documents re-tagged. */
  documents: number;
  /** Events written. */
  events: number;
  /** Distinct institutions the re-tagged documents refer to. */
  institutions: number;
  /** Institutions removed because no tag refers to them any more. */
  removedInstitutions: number;
  /** Incidents after the rebuild (unchanged when nothing was re-tagged). */
  incidents?: number;
  /** Documents whose analysis threw: their old tags are kept. */
  failed: { documentId: number; message: string }[];
  ms: number;
}

/** Documents per transaction: large enough that commits cost little, small enough for steady progress. */
export const DEFAULT_BATCH = 500;

/** A stored document as reextract reads it. */
export interface StoredDocument {
  id: number;
  url: string;
  title: string | null;
  text: string;
  published_at: string | null;
  published_source: PublishedSource | null;
  html_lang: string | null;
  lang: Lang | null;
}

/** One document's analysis, or why it failed (its old tags are then kept). */
export type Analysed = { id: number; doc: ExtractedDocument } | { id: number; error: string };

/** Ids of documents whose tags were written by another extractor version (or all). */
export function staleDocumentIds(db: DB, version: string, all = false): number[] {
  const sql = all
    ? 'SELECT id FROM documents ORDER BY id'
    : `SELECT d.id FROM documents d LEFT JOIN tag_state t ON t.document_id = d.id
       WHERE t.extractor_version IS NULL OR t.extractor_version <> ? ORDER BY d.id`;
  const stmt = db.prepare(sql).pluck();
  return (all ? stmt.all() : stmt.all(version)) as number[];
}

/** The analyser's input for a stored document. */
export function inputOf(d: StoredDocument): AnalyzeInput {
  return { text: d.text, title: d.title, url: d.url, htmlLang: d.html_lang, published: d.published_at, publishedSource: d.published_source };
}

/** Analyse one stored document, catching what the analyser throws. */
export function analyseStored(d: StoredDocument, analyze: (input: AnalyzeInput) => ExtractedDocument, version: string): Analysed {
  try {
    const doc = analyze(inputOf(d));
    return { id: d.id, doc: doc.extractorVersion ? doc : { ...doc, extractorVersion: version } };
  } catch (err) {
    return { id: d.id, error: err instanceof Error ? err.message : String(err) };
  }
}

/** Loading batches of stale documents and writing their analyses, with the running result. */
export class ReextractJob {
  readonly ids: number[];
  readonly batchSize: number;
  readonly result: ReextractResult = { documents: 0, events: 0, institutions: 0, removedInstitutions: 0, failed: [], ms: 0 };
  private readonly started = performance.now();
  private readonly institutions = new Set<number>();
  private readonly loadStmt;
  private readonly deleteStmts;
  private readonly writeTx;

  constructor(
    private readonly db: DB,
    version: string,
    opts: { all?: boolean; batchSize?: number },
  ) {
    this.ids = staleDocumentIds(db, version, opts.all);
    this.batchSize = Math.max(1, opts.batchSize ?? DEFAULT_BATCH);
    this.loadStmt = db.prepare(
      'SELECT id, url, title, text, published_at, published_source, html_lang, lang FROM documents WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id',
    );
    // A whole batch's old tags go in one statement per table (participants before their events).
    const inBatch = 'IN (SELECT value FROM json_each(?))';
    this.deleteStmts = [
      db.prepare(`DELETE FROM event_participants WHERE event_id IN (SELECT id FROM events WHERE document_id ${inBatch})`),
      db.prepare(`DELETE FROM events WHERE document_id ${inBatch}`),
      db.prepare(`DELETE FROM mentions WHERE document_id ${inBatch}`),
      db.prepare(`DELETE FROM date_tags WHERE document_id ${inBatch}`),
    ];
    this.writeTx = db.transaction((ok: { id: number; doc: ExtractedDocument }[]) => {
      const ids = JSON.stringify(ok.map((a) => a.id));
      // Incidents are rebuilt from the new events at the end; until then (or if the run dies) the store knows they are stale.
      markIncidentsStale(db);
      forgetDocumentsIncidents(db, ids);
      for (const stmt of this.deleteStmts) stmt.run(ids);
      const batch = newTagBatch();
      for (const { id, doc } of ok) {
        const written = writeTags(db, id, doc, batch);
        this.result.events += written.events;
        for (const i of written.institutionIds) this.institutions.add(i);
      }
      this.result.documents += ok.length;
    });
  }

  /** Number of batches. */
  get batches(): number {
    return Math.ceil(this.ids.length / this.batchSize);
  }

  /** Document ids of batch `b`. */
  batchIds(b: number): number[] {
    return this.ids.slice(b * this.batchSize, (b + 1) * this.batchSize);
  }

  /** The stored documents of batch `b`, in id order (one query). */
  load(b: number): StoredDocument[] {
    return this.loadStmt.all(JSON.stringify(this.batchIds(b))) as StoredDocument[];
  }

  /** Replace the tags of one batch's analysed documents, in one transaction; failures are recorded. */
  write(analysed: Analysed[]): void {
    const ok: { id: number; doc: ExtractedDocument }[] = [];
    for (const a of analysed) {
      if ('doc' in a) ok.push(a);
      else this.result.failed.push({ documentId: a.id, message: a.error });
    }
    if (ok.length > 0) this.writeTx(ok);
  }

  /** Documents handled up to and including batch `b` (for progress). */
  doneAfter(b: number): number {
    return Math.min((b + 1) * this.batchSize, this.ids.length);
  }

  /** Remove orphaned institutions and close the result. */
  finish(): ReextractResult {
    if (this.ids.length) {
      this.result.removedInstitutions = removeOrphanInstitutions(this.db);
      this.result.incidents = rebuildIncidents(this.db).incidents;
    }
    this.result.institutions = this.institutions.size;
    this.result.ms = Math.round(performance.now() - this.started);
    return this.result;
  }
}

export function reextract(db: DB, opts: ReextractOptions = {}): ReextractResult {
  const analyze = opts.analyze ?? analyzeText;
  const version = opts.version ?? CURRENT_EXTRACTOR_VERSION;
  const job = new ReextractJob(db, version, opts);
  opts.onProgress?.(0, job.ids.length);
  for (let b = 0; b < job.batches; b++) {
    job.write(job.load(b).map((d) => analyseStored(d, analyze, version)));
    opts.onProgress?.(job.doneAfter(b), job.ids.length);
  }
  return job.finish();
}

/** Delete institutions that no mention and no event participant refers to. Returns how many. */
export function removeOrphanInstitutions(db: DB): number {
  const orphan = `NOT EXISTS (SELECT 1 FROM mentions m WHERE m.institution_id = institutions.id)
              AND NOT EXISTS (SELECT 1 FROM event_participants p WHERE p.institution_id = institutions.id)`;
  return db.transaction(() => {
    db.prepare(`DELETE FROM institution_names WHERE institution_id IN (SELECT id FROM institutions WHERE ${orphan})`).run();
    return db.prepare(`DELETE FROM institutions WHERE ${orphan}`).run().changes;
  })();
}
