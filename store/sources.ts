/**
 * Sources as defined in sources.yaml, mirrored into the store (with their verification) so every
 * fetch and document points at the definition it was crawled under.
 */
import type { Source } from '../crawlers/source-schema.js';
import type { DB } from './db.js';

export function upsertSources(db: DB, sources: readonly Source[]): void {
  const upsert = db.prepare(`
    INSERT INTO sources (id, name, country, languages, kind, home, verified_by, verified_on, verified_note, definition, updated_at)
    VALUES (@id, @name, @country, @languages, @kind, @home, @verified_by, @verified_on, @verified_note, @definition, @updated_at)
    ON CONFLICT (id) DO UPDATE SET
      name = excluded.name, country = excluded.country, languages = excluded.languages, kind = excluded.kind,
      home = excluded.home, verified_by = excluded.verified_by, verified_on = excluded.verified_on,
      verified_note = excluded.verified_note, definition = excluded.definition, updated_at = excluded.updated_at
    WHERE definition IS NOT excluded.definition`);
  const now = new Date().toISOString();
  db.transaction(() => {
    for (const s of sources) {
      upsert.run({
        id: s.id,
        name: s.name,
        country: s.country,
        languages: JSON.stringify(s.languages),
        kind: s.kind,
        home: s.home,
        verified_by: s.verified?.by ?? null,
        verified_on: s.verified?.on ?? null,
        verified_note: s.verified?.note ?? null,
        definition: JSON.stringify(s),
        updated_at: now,
      });
    }
  })();
}
