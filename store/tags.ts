/**
 * Writing one document's tags: institutions (upserted by normalised key, name variants kept),
 * mentions, date tags, events and their participants, each with its extractor and version, and the
 * document's tag_state. Callers run these inside their own transaction (ingest, reextract).
 */
import type { DamageEvent, EventTag, ExtractedDocument, InstitutionKind, PartnershipEvent } from '../types.js';
import type BetterSqlite3 from 'better-sqlite3';
import { foldText, type DB } from './db.js';
import { stemPhrase } from './stem.js';
import { resolveEventPlace } from './places/resolve.js';
import { storeHasPlaces } from './places/store.js';

/** Extractor names recorded on tags that do not carry their own. */
export const INSTITUTIONS_EXTRACTOR = 'institutions';
export const DATES_EXTRACTOR = 'dates';

type Statement = BetterSqlite3.Statement<unknown[], unknown>;
interface Statements {
  upsertInstitution: Statement;
  findInstitution: Statement;
  addName: Statement;
  addMention: Statement;
  addDate: Statement;
  addEvent: Statement;
  addParticipant: Statement;
  setState: Statement;
  deleteParticipants: Statement;
  deleteEvents: Statement;
  deleteMentions: Statement;
  deleteDates: Statement;
}

const cache = new WeakMap<DB, Statements>();

function statements(db: DB): Statements {
  let s = cache.get(db);
  if (s) return s;
  // A store held at a migration before 010 (tests build one) has no events.place_id.
  const place = storeHasPlaces(db);
  s = {
    upsertInstitution: db.prepare(
      `INSERT INTO institutions (key, name, kind, created_at, name_fold, name_stems) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET kind = coalesce(institutions.kind, excluded.kind)
       RETURNING id, kind`,
    ),
    findInstitution: db.prepare('SELECT id, kind FROM institutions WHERE key = ?'),
    addName: db.prepare('INSERT OR IGNORE INTO institution_names (institution_id, name, name_fold, name_stems) VALUES (?, ?, ?, ?)'),
    addMention: db.prepare(
      `INSERT INTO mentions (document_id, institution_id, text, start, "end", confidence, extractor, extractor_version)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    addDate: db.prepare(
      `INSERT INTO date_tags (document_id, value, kind, how, year_inferred, text, start, "end", extractor, extractor_version, basis, anchor)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    addEvent: db.prepare(
      `INSERT INTO events (document_id, type, date, date_basis, status, agreement_kind, place, valid_until,
         institution_kind, location, settlement, region, severity, cause, killed, injured, scope,
         quote, start, "end", confidence, extractor, extractor_version, data${place ? ', place_id' : ''})
       VALUES (@document_id, @type, @date, @date_basis, @status, @agreement_kind, @place, @valid_until,
         @institution_kind, @location, @settlement, @region, @severity, @cause, @killed, @injured, @scope,
         @quote, @start, @end, @confidence, @extractor, @extractor_version, @data${place ? ', @place_id' : ''})`,
    ),
    addParticipant: db.prepare('INSERT INTO event_participants (event_id, position, role, name, institution_id) VALUES (?, ?, ?, ?, ?)'),
    setState: db.prepare(
      `INSERT INTO tag_state (document_id, extractor_version, tagged_at) VALUES (?, ?, ?)
       ON CONFLICT (document_id) DO UPDATE SET extractor_version = excluded.extractor_version, tagged_at = excluded.tagged_at`,
    ),
    deleteParticipants: db.prepare('DELETE FROM event_participants WHERE event_id IN (SELECT id FROM events WHERE document_id = ?)'),
    deleteEvents: db.prepare('DELETE FROM events WHERE document_id = ?'),
    deleteMentions: db.prepare('DELETE FROM mentions WHERE document_id = ?'),
    deleteDates: db.prepare('DELETE FROM date_tags WHERE document_id = ?'),
  };
  cache.set(db, s);
  return s;
}

export interface WrittenTags {
  events: number;
  /** Ids of the institutions the document mentions or whose events it reports. */
  institutionIds: Set<number>;
}

/**
 * What one transaction already knows about institutions: their id and whether their kind is set
 * (by key), and the names already recorded (by id and name), so a batch of documents that name the
 * same institutions runs each upsert once. Valid only inside the transaction that filled it: no
 * other writer can change these rows meanwhile.
 */
export interface TagBatch {
  institutions: Map<string, { id: number; hasKind: boolean }>;
  names: Set<string>;
}

export function newTagBatch(): TagBatch {
  return { institutions: new Map(), names: new Set() };
}

/** Remove every tag of a document (all versions). */
export function deleteTags(db: DB, documentId: number): void {
  const s = statements(db);
  s.deleteParticipants.run(documentId);
  s.deleteEvents.run(documentId);
  s.deleteMentions.run(documentId);
  s.deleteDates.run(documentId);
}

/**
 * Write the tags of `doc` for document `documentId`. Run inside a transaction; pass one `batch`
 * (newTagBatch()) to every call of that transaction to skip repeated upserts.
 */
export function writeTags(db: DB, documentId: number, doc: ExtractedDocument, batch: TagBatch = newTagBatch()): WrittenTags {
  const s = statements(db);
  const now = new Date().toISOString();
  const version = doc.extractorVersion;
  const ids = new Map<string, number>();
  const touched = new Set<number>();
  const known = batch.institutions;
  const withPlace = storeHasPlaces(db);

  const addName = (id: number, name: string): void => {
    const k = `${id}\u0000${name}`;
    if (batch.names.has(k)) return;
    s.addName.run(id, name, foldText(name), stemPhrase(name));
    batch.names.add(k);
  };
  /** Insert, or set the kind when the stored one is null (a no-op otherwise, so skipped when known). */
  const upsert = (key: string, name: string, kind: InstitutionKind | null): number => {
    const k = known.get(key);
    if (k && (k.hasKind || kind === null)) return k.id;
    const row = s.upsertInstitution.get(key, name, kind, now, foldText(name), stemPhrase(name)) as { id: number; kind: string | null };
    known.set(key, { id: row.id, hasKind: row.kind !== null });
    return row.id;
  };
  const find = (key: string): number | undefined => {
    const k = known.get(key);
    if (k) return k.id;
    const row = s.findInstitution.get(key) as { id: number; kind: string | null } | undefined;
    if (row) known.set(key, { id: row.id, hasKind: row.kind !== null });
    return row?.id;
  };

  const institutionId = (key: string, name: string, kind: InstitutionKind | null): number => {
    const id = ids.get(key) ?? find(key) ?? upsert(key, name, kind);
    addName(id, name);
    ids.set(key, id);
    return id;
  };

  for (const inst of doc.institutions) {
    if (!inst.key) continue;
    const id = upsert(inst.key, inst.name, inst.kind);
    ids.set(inst.key, id);
    touched.add(id);
    for (const name of new Set([inst.name, ...inst.aliases])) if (name) addName(id, name);
    for (const m of inst.mentions) {
      s.addMention.run(documentId, id, m.text, m.start, m.end, inst.confidence, INSTITUTIONS_EXTRACTOR, version);
    }
  }

  for (const d of doc.dates) {
    s.addDate.run(documentId, d.value, d.kind, d.how, d.yearInferred ? 1 : 0, d.text, d.start, d.end, DATES_EXTRACTOR, version, d.basis ?? null, d.anchor ?? null);
  }

  for (const ev of doc.events) {
    const row = eventRow(documentId, ev);
    if (withPlace) row.place_id = placeOf(row, doc.lang);
    const eventId = Number(s.addEvent.run(row).lastInsertRowid);
    participants(ev).forEach((p, position) => {
      const id = p.key ? institutionId(p.key, p.name, p.kind) : null;
      if (id !== null) touched.add(id);
      s.addParticipant.run(eventId, position, p.role, p.name, id);
    });
  }

  s.setState.run(documentId, version, now);
  return { events: doc.events.length, institutionIds: touched };
}

interface Participant {
  role: 'party' | 'damaged';
  name: string;
  key: string | null;
  kind: InstitutionKind | null;
}

function participants(ev: EventTag): Participant[] {
  if (ev.type === 'partnership') {
    return ev.parties.map((name, i) => ({ role: 'party' as const, name, key: ev.partyKeys?.[i] ?? null, kind: null }));
  }
  return ev.institution ? [{ role: 'damaged', name: ev.institution, key: ev.institutionKey ?? null, kind: ev.institutionKind ?? null }] : [];
}

/** The gazetteer place (store/places) an event row is at, or null. */
function placeOf(row: Record<string, unknown>, lang: ExtractedDocument['lang']): string | null {
  const t = (k: string) => (typeof row[k] === 'string' ? (row[k] as string) : null);
  const texts = { settlement: t('settlement'), region: t('region'), location: t('location'), place: t('place') };
  if (!texts.settlement && !texts.region && !texts.location && !texts.place) return null;
  return resolveEventPlace(texts, lang)?.id ?? null;
}

function eventRow(documentId: number, ev: EventTag): Record<string, unknown> {
  const p = ev.type === 'partnership' ? (ev as PartnershipEvent) : null;
  const d = ev.type === 'damage' ? (ev as DamageEvent) : null;
  return {
    document_id: documentId,
    type: ev.type,
    date: ev.date ?? null,
    date_basis: p?.dateBasis ?? null,
    status: p?.status ?? null,
    agreement_kind: p?.kind ?? null,
    place: p?.place ?? null,
    valid_until: p?.validUntil ?? null,
    institution_kind: d?.institutionKind ?? null,
    location: d?.location ?? null,
    settlement: d?.settlement ?? null,
    region: d?.region ?? null,
    severity: d?.severity ?? null,
    cause: d?.cause ?? null,
    killed: d?.casualties?.killed ?? null,
    injured: d?.casualties?.injured ?? null,
    scope: d?.scope ?? null,
    quote: ev.quote,
    start: ev.start,
    end: ev.end,
    confidence: ev.confidence,
    extractor: ev.extractor,
    extractor_version: ev.extractorVersion,
    data: JSON.stringify(ev),
  };
}
