/**
 * A synthetic evidence store for the query benchmark: N documents (sentences of the evaluation
 * set's articles around institution names, in the five languages) with a fetch each (small raw
 * bytes kept), ~2 mentions and ~1 event (with its participants) per document, so 3 tags per
 * document, over a few thousand institutions with normalised keys, and the full-text index.
 * Written with plain INSERTs in large transactions through the store's own schema (openStore
 * migrates), so the queries run against exactly the tables and indexes a crawl builds.
 */
import { gzipSync } from 'node:zlib';
import { SourceSchema } from '../crawlers/source-schema.js';
import { institutionKey } from '../extractors/institution-key.js';
import { openStore, upsertSources, type DB } from '../store/index.js';
import { stemPhrase, stemText } from '../store/stem.js';
import { foldText } from '../store/db.js';
import type { Lang } from '../types.js';
import { articleTexts, rng } from './_bench-inputs.js';

const LANGS: Lang[] = ['uk', 'ru', 'pl', 'bg', 'en'];
/** Institution name patterns per language ({n} a number, {c} a city). */
const NAME_PATTERNS: Record<Lang, string[]> = {
  uk: ['{c} ліцей № {n}', '{c} фаховий коледж № {n}', 'Заклад загальної середньої освіти № {n} м. {c}', '{c} національний університет № {n}'],
  ru: ['Школа № {n} города {c}', 'Гимназия № {n} ({c})', '{c} технический колледж № {n}', 'Университет {c} № {n}'],
  pl: ['Szkoła Podstawowa nr {n} w {c}', 'Technikum nr {n} w {c}', 'Zespół Szkół nr {n} w {c}', 'Uniwersytet {c} nr {n}'],
  bg: ['СУ № {n} в {c}', 'Професионална гимназия № {n} – {c}', 'Университет „{c}“ № {n}', 'Детска градина № {n} – {c}'],
  en: ['{c} High School No. {n}', '{c} Technical College {n}', 'University of {c} {n}', '{c} Academy No. {n}'],
};
const CITIES: Record<Lang, string[]> = {
  uk: ['Харківський', 'Київський', 'Львівський', 'Одеський', 'Дніпровський', 'Запорізький'],
  ru: ['Пермь', 'Казань', 'Самара', 'Омск', 'Тверь', 'Курск'],
  pl: ['Rzeszowie', 'Krakowie', 'Gdańsku', 'Lublinie', 'Opolu', 'Toruniu'],
  bg: ['Пловдив', 'Варна', 'Русе', 'Бургас', 'Габрово', 'Плевен'],
  en: ['Springfield', 'Riverside', 'Franklin', 'Clinton', 'Georgetown', 'Salem'],
};
/** Keep raw bytes for one fetch in this many (store size with raw bytes is measured on real pages, see _bench-size.ts). */
const RAW_EVERY = 10;
const SETTLEMENTS = ['Харків', 'Київ', 'Запоріжжя', 'Херсон', 'Дніпро', 'Суми', 'Одеса', 'Миколаїв'];
const REGIONS = ['Харківська область', 'Київська область', 'Запорізька область', 'Херсонська область', 'Дніпропетровська область'];

export interface QueryStoreInfo {
  documents: number;
  tags: number;
  institutions: number;
  /** Some institution names present in the store (the queries pick from them). */
  sampleNames: string[];
  /** Some event ids (for the evidence chain). */
  sampleEvents: number[];
}

function sentencesOf(texts: string[]): Record<Lang, string[]> {
  const all = texts.flatMap((t) => t.split(/(?<=[.!?])\s+/).map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => s.length > 30 && s.length < 300));
  const out = Object.fromEntries(LANGS.map((l) => [l, [] as string[]])) as Record<Lang, string[]>;
  for (const s of all) {
    const lang: Lang = /[іїєґ]/i.test(s) ? 'uk' : /[ыэъё]/i.test(s) ? 'ru' : /[а-я]/i.test(s) ? 'bg' : /[ąćęłńóśźż]/i.test(s) ? 'pl' : 'en';
    out[lang].push(s);
  }
  for (const l of LANGS) if (out[l].length === 0) out[l] = all.slice(0, 50);
  return out;
}

const iso = (r: () => number): string => {
  const y = 2020 + Math.floor(r() * 6);
  const m = 1 + Math.floor(r() * 12);
  const d = 1 + Math.floor(r() * 28);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
};

/** Build the store at `file` (which must not exist yet). `institutions` distinct institutions. */
export function buildQueryStore(file: string, docs: number, opts: { institutions?: number; seed?: number; onProgress?: (done: number) => void } = {}): QueryStoreInfo {
  const r = rng(opts.seed ?? 11);
  const db: DB = openStore(file);
  db.pragma('synchronous = OFF');
  db.pragma('journal_mode = OFF');
  upsertSources(db, [
    SourceSchema.parse({
      id: 'bench-q', name: 'Query bench source', country: 'UA', languages: LANGS, kind: 'news', home: 'https://q.bench.example/',
      verified: { by: 'npm run bench', on: '2024-01-15', note: 'synthetic store for the query benchmark' },
      discover: { feeds: ['https://q.bench.example/feed.xml'] },
    }),
  ]);
  const sentences = sentencesOf(articleTexts());
  const stemCache = new Map<string, string>();
  const stems = (s: string, lang: Lang) => {
    const k = `${lang}\u0000${s}`;
    let v = stemCache.get(k);
    if (v === undefined) stemCache.set(k, (v = stemText(s, lang)));
    return v;
  };
  // Institutions.
  const nInst = opts.institutions ?? Math.max(50, Math.min(20_000, Math.floor(docs / 50)));
  const inst: { id: number; name: string; lang: Lang; kind: string }[] = [];
  const now = '2026-01-01T00:00:00.000Z';
  const insInst = db.prepare('INSERT INTO institutions (id, key, name, kind, created_at, name_fold, name_stems) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const insName = db.prepare('INSERT OR IGNORE INTO institution_names (institution_id, name, name_fold, name_stems) VALUES (?, ?, ?, ?)');
  const keys = new Set<string>();
  db.transaction(() => {
    for (let i = 0; inst.length < nInst && i < nInst * 3; i++) {
      const lang = LANGS[i % LANGS.length];
      const pats = NAME_PATTERNS[lang];
      const name = pats[Math.floor(r() * pats.length)].replace('{n}', String(1 + Math.floor(i / 5))).replace('{c}', CITIES[lang][Math.floor(r() * CITIES[lang].length)]);
      const key = institutionKey(name, lang) || `k:${name}`;
      if (keys.has(key)) continue;
      keys.add(key);
      const id = inst.length + 1;
      const kind = /ліцей|Гимназия|Szkoła|СУ|High School|Школа/.test(name) ? 'school' : /коледж|колледж|Technikum|гимназия|College/.test(name) ? 'college' : 'university';
      insInst.run(id, key, name, kind, now, foldText(name), stemPhrase(name));
      insName.run(id, name, foldText(name), stemPhrase(name));
      inst.push({ id, name, lang, kind });
    }
  })();
  // Documents, fetches, mentions, events, participants, FTS, tag_state.
  const insFetch = db.prepare(`INSERT INTO fetches (id, source_id, kind, requested_url, final_url, status, headers, fetched_at, sha256, size, encoding, encoding_source, via, body_gz)
    VALUES (?, 'bench-q', 'article', ?, ?, 200, '{}', ?, ?, ?, 'utf-8', 'header', 'http', ?)`);
  const insDoc = db.prepare(`INSERT INTO documents (id, url, source_id, fetch_id, title, published_at, published_source, lang, lang_confidence, text, text_sha256, extraction_method, extractor_version, created_at)
    VALUES (?, ?, 'bench-q', ?, ?, ?, 'meta', ?, 0.99, ?, ?, 'readability', 'bench', ?)`);
  const insSight = db.prepare(`INSERT INTO sightings (document_id, fetch_id, source_id, url, seen_at) VALUES (?, ?, 'bench-q', ?, ?)`);
  const insMention = db.prepare(`INSERT INTO mentions (document_id, institution_id, text, start, "end", confidence, extractor, extractor_version, seen) VALUES (?, ?, ?, ?, ?, 0.9, 'institutions', 'bench', ?)`);
  const insEvent = db.prepare(`INSERT INTO events (id, document_id, type, date, status, place, institution_kind, location, settlement, region, severity, cause, scope, quote, start, "end", confidence, extractor, extractor_version, data, day)
    VALUES (@id, @doc, @type, @date, @status, @place, @ikind, @location, @settlement, @region, @severity, @cause, @scope, @quote, @start, @end, 0.9, @type, 'bench', @data, @day)`);
  const insPart = db.prepare(`INSERT INTO event_participants (event_id, position, role, name, institution_id, event_type, event_date) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const insFts = db.prepare('INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)');
  const insState = db.prepare(`INSERT INTO tag_state (document_id, extractor_version, tagged_at) VALUES (?, 'bench', ?)`);
  // Indexes are dropped for the load and built again after it (the same definitions, read back
  // from the schema): building an index once over sorted data is many times faster than keeping
  // it up to date row by row. mentions_document stays: the institutions' count triggers read it
  // for every mention (and documents come in id order, so it only grows at its end).
  // The derived columns (events.day, mentions.seen, the participants' event type and date) are written here as the triggers would set
  // them, so the triggers find nothing to correct; the institutions' counts are theirs.
  const indexes = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND name <> 'mentions_document'
              AND tbl_name IN ('documents', 'fetches', 'sightings', 'mentions', 'events', 'event_participants')`)
    .all() as { name: string; sql: string }[];
  for (const ix of indexes) db.exec(`DROP INDEX ${ix.name}`);
  // Zipf-like pick: a few institutions are named often, most rarely.
  const pickInst = () => inst[Math.floor(inst.length * r() ** 2.5)];
  let tags = 0;
  let eventId = 0;
  const sampleEvents: number[] = [];
  const BATCH = 5000;
  for (let start = 1; start <= docs; start += BATCH) {
    db.transaction(() => {
      for (let id = start; id < Math.min(docs + 1, start + BATCH); id++) {
        const a = pickInst();
        const b = pickInst();
        const lang = a.lang;
        const pool = sentences[lang];
        const s1 = pool[Math.floor(r() * pool.length)];
        const s2 = pool[Math.floor(r() * pool.length)];
        const s3 = pool[Math.floor(r() * pool.length)];
        const text = `${a.name}. ${s1} ${s2} ${b.name}. ${s3} № ${id}`;
        const aStart = 0;
        const bStart = a.name.length + 2 + s1.length + 1 + s2.length + 1;
        const title = s1.slice(0, 90);
        const published = iso(r);
        const url = `https://q.bench.example/news/${published.slice(0, 4)}/${id}`;
        const raw = `<!DOCTYPE html><html lang="${lang}"><head><title>${title}</title><meta property="article:published_time" content="${published}"></head><body><article><h1>${title}</h1><p>${text}</p></article></body></html>`;
        const rawBytes = Buffer.from(raw, 'utf8');
        // Unique stand-ins for the hashes (hashing a million texts would only slow the build).
        const fakeSha = id.toString(16).padStart(64, '0');
        insFetch.run(id, url, url, `${published}T12:00:00.000Z`, fakeSha, rawBytes.length, id % RAW_EVERY === 0 ? gzipSync(rawBytes, { level: 1 }) : null);
        insDoc.run(id, url, id, title, published, lang, text, fakeSha, now);
        insSight.run(id, id, url, now);
        insMention.run(id, a.id, a.name, aStart, aStart + a.name.length, published);
        insMention.run(id, b.id, b.name, bStart, bStart + b.name.length, published);
        const damage = r() < 0.5;
        const date = r() < 0.8 ? iso(r) : null;
        eventId++;
        const ev = damage
          ? { type: 'damage', institution: a.name, institutionKind: a.kind, location: `${SETTLEMENTS[id % SETTLEMENTS.length]}, ${REGIONS[id % REGIONS.length]}`, settlement: SETTLEMENTS[id % SETTLEMENTS.length], region: REGIONS[id % REGIONS.length], date, severity: 'damaged', cause: 'missile', casualties: null, scope: 'incident' }
          : { type: 'partnership', parties: [a.name, b.name], status: 'signed', kind: 'memorandum', date, place: SETTLEMENTS[id % SETTLEMENTS.length], validUntil: null };
        const quote = `${a.name}. ${s1}`;
        insEvent.run({
          id: eventId, doc: id, type: ev.type, date, status: damage ? null : 'signed', place: damage ? null : SETTLEMENTS[id % SETTLEMENTS.length], ikind: damage ? a.kind : null,
          location: damage ? (ev as { location: string }).location : null, settlement: damage ? SETTLEMENTS[id % SETTLEMENTS.length] : null, region: damage ? REGIONS[id % REGIONS.length] : null,
          severity: damage ? 'damaged' : null, cause: damage ? 'missile' : null, scope: damage ? 'incident' : null, quote, start: 0, end: quote.length,
          data: JSON.stringify({ ...ev, quote, start: 0, end: quote.length, confidence: 0.9, extractor: ev.type, extractorVersion: 'bench' }),
          day: date ?? published,
        });
        const shown = date ?? published;
        if (damage) insPart.run(eventId, 0, 'damaged', a.name, a.id, 'damage', shown);
        else {
          insPart.run(eventId, 0, 'party', a.name, a.id, 'partnership', shown);
          insPart.run(eventId, 1, 'party', b.name, b.id, 'partnership', shown);
        }
        if (sampleEvents.length < 50 && r() < 0.01) sampleEvents.push(eventId);
        tags += 3;
        insFts.run(id, stems(title, lang), `${stems(a.name, lang)} ${stems(s1, lang)} ${stems(s2, lang)} ${stems(b.name, lang)} ${stems(s3, lang)} ${id}`);
        insState.run(id, now);
      }
    })();
    opts.onProgress?.(Math.min(docs, start + BATCH - 1));
  }
  for (const ix of indexes) db.exec(ix.sql);
  // No ANALYZE: a crawled store has no statistics either, so the planner sees what it sees there.
  db.close();
  const sampleNames = Array.from({ length: 20 }, (_, i) => inst[Math.floor((i / 20) ** 2 * inst.length)].name);
  return { documents: docs, tags, institutions: inst.length, sampleNames, sampleEvents: sampleEvents.length ? sampleEvents : [1] };
}
