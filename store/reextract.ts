/**
 * `eduwatch reextract`: rerun the current extractors over stored documents after an extractor
 * change. Works from what the store holds (documents.text, title, publication date, <html lang>),
 * never re-fetching or re-parsing HTML. A document's tags of older versions are replaced by the new
 * ones in one transaction (many documents per transaction, for speed); the raw evidence (fetches,
 * documents) is not touched. Institutions no tag refers to any more are removed at the end.
 */
import type { AnalyzeInput, ExtractedDocument, Lang, PublishedSource } from '../types.js';
import type { DB } from './db.js';
import { analyzeText, CURRENT_EXTRACTOR_VERSION } from './extract-default.js';
import { deleteTags, writeTags } from './tags.js';

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
  /** Documents whose analysis threw: their old tags are kept. */
  failed: { documentId: number; message: string }[];
  ms: number;
}

const DEFAULT_BATCH = 200;

interface StoredDocument {
  id: number;
  url: string;
  title: string | null;
  text: string;
  published_at: string | null;
  published_source: PublishedSource | null;
  html_lang: string | null;
  lang: Lang | null;
}

/** Ids of documents whose tags were written by another extractor version (or all). */
export function staleDocumentIds(db: DB, version: string, all = false): number[] {
  const sql = all
    ? 'SELECT id FROM documents ORDER BY id'
    : `SELECT d.id FROM documents d LEFT JOIN tag_state t ON t.document_id = d.id
       WHERE t.extractor_version IS NULL OR t.extractor_version <> ? ORDER BY d.id`;
  const stmt = db.prepare(sql).pluck();
  return (all ? stmt.all() : stmt.all(version)) as number[];
}

export function reextract(db: DB, opts: ReextractOptions = {}): ReextractResult {
  const started = performance.now();
  const analyze = opts.analyze ?? analyzeText;
  const version = opts.version ?? CURRENT_EXTRACTOR_VERSION;
  const batchSize = Math.max(1, opts.batchSize ?? DEFAULT_BATCH);
  const ids = staleDocumentIds(db, version, opts.all);
  const load = db.prepare(
    'SELECT id, url, title, text, published_at, published_source, html_lang, lang FROM documents WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id',
  );
  const result: ReextractResult = { documents: 0, events: 0, institutions: 0, removedInstitutions: 0, failed: [], ms: 0 };
  const institutions = new Set<number>();

  const write = db.transaction((batch: { id: number; doc: ExtractedDocument }[]) => {
    for (const { id, doc } of batch) {
      deleteTags(db, id);
      const written = writeTags(db, id, doc);
      result.events += written.events;
      for (const i of written.institutionIds) institutions.add(i);
    }
  });

  opts.onProgress?.(0, ids.length);
  for (let i = 0; i < ids.length; i += batchSize) {
    const chunk = ids.slice(i, i + batchSize);
    const docs = load.all(JSON.stringify(chunk)) as StoredDocument[];
    const analysed: { id: number; doc: ExtractedDocument }[] = [];
    for (const d of docs) {
      try {
        const doc = analyze({
          text: d.text,
          title: d.title,
          url: d.url,
          htmlLang: d.html_lang,
          published: d.published_at,
          publishedSource: d.published_source,
        });
        analysed.push({ id: d.id, doc: { ...doc, extractorVersion: doc.extractorVersion || version } });
      } catch (err) {
        result.failed.push({ documentId: d.id, message: err instanceof Error ? err.message : String(err) });
      }
    }
    write(analysed);
    result.documents += analysed.length;
    opts.onProgress?.(Math.min(i + chunk.length, ids.length), ids.length);
  }
  if (ids.length) result.removedInstitutions = removeOrphanInstitutions(db);
  result.institutions = institutions.size;
  result.ms = Math.round(performance.now() - started);
  return result;
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
