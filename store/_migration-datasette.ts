/**
 * Migration 013 (issue 11, part 2): a full-text table Datasette's search box can use.
 * documents_fts holds stems (store/stem.ts) and is queried with stemmed words by `eduwatch search`;
 * Datasette runs the user's words through plain FTS5 MATCH, which would miss there. documents_text_fts
 * is an external-content FTS5 index over documents' title and text as written (no stemming, diacritics
 * kept apart, case folded by unicode61): the text itself is not copied, only the index is stored. The
 * triggers keep it in step wherever a document is written, updated (reextract) or deleted, and the
 * 'rebuild' fills it for a store written before this migration. datasette.yaml points v_documents and
 * documents at it (fts_table: documents_text_fts, fts_pk: id).
 */
import type { Migration } from './migrations.js';

export const DATASETTE_FTS: Migration = {
  name: '013_datasette_fts',
  sql: /* sql */ `
CREATE VIRTUAL TABLE documents_text_fts USING fts5(
  title, text,
  content = 'documents', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 0'
);

CREATE TRIGGER documents_text_fts_insert AFTER INSERT ON documents BEGIN
  INSERT INTO documents_text_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER documents_text_fts_delete AFTER DELETE ON documents BEGIN
  INSERT INTO documents_text_fts (documents_text_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER documents_text_fts_update AFTER UPDATE OF title, text ON documents BEGIN
  INSERT INTO documents_text_fts (documents_text_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
  INSERT INTO documents_text_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;

INSERT INTO documents_text_fts (documents_text_fts) VALUES ('rebuild');
`,
};
