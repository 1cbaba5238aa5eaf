/**
 * The store's copy of the gazetteer and its events' places: `places` reloaded and every event's
 * place_id resolved again when the gazetteer file or the resolver changed since the store last
 * did it (_meta.places_version), the first time the store is opened for writing.
 */
import type { Lang } from '../../types.js';
import type { DB } from '../db.js';
import { gazetteerVersion, loadGazetteerFile } from './gazetteer.js';
import { resolveEventPlace } from './resolve.js';

const META_KEY = 'places_version';
/** Bump when resolve.ts changes what a text resolves to: stores resolve their events again. */
export const RESOLVER_VERSION = '1';
/** Events resolved per statement batch while filling. */
const BATCH = 1000;

const hasColumn = new WeakMap<DB, boolean>();

/** True when the store has migration 012 (places, events.place_id). */
export function storeHasPlaces(db: DB): boolean {
  if (hasColumn.get(db)) return true;
  // Only a yes is remembered: a store migrated later on the same connection gains the table.
  const v = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'places'`).get() !== undefined;
  if (v) hasColumn.set(db, v);
  return v;
}

export function placesVersion(): string {
  return `${gazetteerVersion()}.${RESOLVER_VERSION}`;
}

/** Reload places and resolve events again when the gazetteer or resolver changed. Returns events resolved. */
export function ensurePlaces(db: DB): number {
  if (!storeHasPlaces(db)) return 0;
  const current = placesVersion();
  const stored = db.prepare('SELECT value FROM _meta WHERE key = ?').pluck().get(META_KEY) as string | undefined;
  if (stored === current) return 0;
  return db.transaction(() => {
    loadPlaces(db);
    const n = resolveStoredEvents(db);
    db.prepare('INSERT INTO _meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(META_KEY, current);
    return n;
  }).immediate();
}

function loadPlaces(db: DB): void {
  const f = loadGazetteerFile();
  db.exec('DELETE FROM places');
  const ins = db.prepare(
    `INSERT INTO places (id, kind, country, admin_scheme, admin_code, lat, lon, region_id, parent_id, population, names, derived)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const [id, kind, country, scheme, code, lat, lon, region, parent, population, names, , derived] of f.rows) {
    ins.run(id, kind, country, scheme, code, lat, lon, region, parent, population, JSON.stringify(names), JSON.stringify(derived));
  }
}

interface EventPlaceRow {
  id: number;
  settlement: string | null;
  region: string | null;
  location: string | null;
  place: string | null;
  lang: string | null;
}

/** Resolve every event's place_id from its settlement, region, location and place texts. */
export function resolveStoredEvents(db: DB): number {
  const read = db.prepare(
    `SELECT e.id, e.settlement, e.region, e.location, e.place, d.lang FROM events e JOIN documents d ON d.id = e.document_id
     WHERE e.id > ? ORDER BY e.id LIMIT ${BATCH}`,
  );
  const write = db.prepare('UPDATE events SET place_id = ? WHERE id = ?');
  let last = 0;
  let n = 0;
  for (;;) {
    const rows = read.all(last) as EventPlaceRow[];
    if (rows.length === 0) break;
    for (const r of rows) {
      const p = r.settlement || r.region || r.location || r.place ? resolveEventPlace(r, r.lang as Lang | null) : null;
      write.run(p?.id ?? null, r.id);
      last = r.id;
      n++;
    }
  }
  return n;
}
