/**
 * The store with the real extraction pipeline: a crawled HTML page becomes a document with tags
 * written by the current extractors, and reextract over the stored text reproduces them.
 */
import { describe, expect, it } from 'vitest';
import { EXTRACTOR_VERSION } from '../extractors/pipeline.js';
import { getEvidence, ingestPage, openStore, queryEvents, reextract, searchDocuments, upsertSources } from '../store/index.js';
import { page, source } from './fixtures/store/builders.js';

const HTML = `<!doctype html>
<html lang="pl"><head><meta charset="utf-8"><title>Porozumienie o partnerstwie | Instytut</title>
<meta property="article:published_time" content="2020-12-15T10:00:00+01:00"></head>
<body>
<nav><a href="/">Strona główna</a> <a href="/aktualnosci">Aktualności</a> <a href="/kontakt">Kontakt</a></nav>
<main><article>
<h1>Porozumienie o partnerstwie w Rzeszowie</h1>
<p>W dniu 8 grudnia 2020 r. w Rzeszowie Instytut Badań Edukacyjnych, Kuratorium Oświaty w Rzeszowie oraz Podkarpackie Centrum Mediacji podpisały porozumienie o partnerstwie na rzecz rozwoju szkolnictwa zawodowego w regionie.</p>
<p>Porozumienie obowiązuje do 30 czerwca 2022 roku. W ramach współpracy dyrektorzy szkół zawodowych i nauczyciele kształcenia zawodowego wezmą udział w szkoleniach oraz konferencjach organizowanych przez partnerów.</p>
<p>Strony porozumienia zobowiązały się do wymiany informacji o potrzebach rynku pracy i wspólnego przygotowania rekomendacji dla szkół w województwie podkarpackim.</p>
</article></main>
<footer>© Instytut. Wszelkie prawa zastrzeżone.</footer>
</body></html>`;

describe('ingest with the extraction pipeline', () => {
  it('stores the page, its text, language, date and tags, and reextract reproduces them', () => {
    const db = openStore(':memory:');
    upsertSources(db, [source('pl-site', 'PL', ['pl'])]);
    const r = ingestPage(db, null, page({ sourceId: 'pl-site', requestedUrl: 'https://pl-site.example/aktualnosci/porozumienie', html: HTML, body: new TextEncoder().encode(HTML) }));
    expect(r.outcome).toBe('new');
    const doc = db.prepare('SELECT * FROM documents WHERE id = ?').get(r.documentId) as Record<string, string>;
    expect(doc.lang).toBe('pl');
    expect(doc.extractor_version).toBe(EXTRACTOR_VERSION);
    expect(doc.published_at).toMatch(/^2020-12-15/);
    expect(doc.text).toContain('Instytut Badań Edukacyjnych');
    expect(doc.text).not.toContain('Wszelkie prawa zastrzeżone');
    expect(doc.extraction_method).toMatch(/readability|main-text|plain-text/);
    expect(searchDocuments(db, 'szkoła').map((s) => s.id)).toEqual([r.documentId]);

    const tags = () => ({
      mentions: db.prepare('SELECT text, start, "end" FROM mentions ORDER BY start, id').all(),
      events: db.prepare('SELECT type, date, quote, start, "end", data FROM events ORDER BY start, id').all(),
      dates: db.prepare('SELECT value, text, start FROM date_tags ORDER BY start, id').all(),
    });
    const before = tags();
    expect(before.mentions.length).toBeGreaterThan(0);
    for (const e of queryEvents(db)) {
      const ev = getEvidence(db, e.id)!;
      expect(ev.sentence.located).toBe('offsets');
      expect(ev.paragraph.text).toContain(ev.sentence.quote);
    }

    expect(reextract(db).documents).toBe(0); // already tagged by the current version
    const again = reextract(db, { all: true });
    expect(again).toMatchObject({ documents: 1, failed: [] });
    expect(tags()).toEqual(before);
  });
});

describe('relative dates in the store', () => {
  it('keeps the basis and the anchor of a relative date', () => {
    const db = openStore(':memory:');
    upsertSources(db, [source('uk-site', 'UA', ['uk'])]);
    const html = `<!doctype html><html lang="uk"><head><meta charset="utf-8"><title>Ліцей</title>
<meta property="article:published_time" content="2024-05-10T10:00:00+03:00"></head><body><article>
<h1>Ліцей № 3 відновив навчання</h1>
<p>Три дні тому внаслідок обстрілу було пошкоджено Харківський ліцей № 3. Сьогодні учні ліцею повернулися до навчання в укритті, а батьки допомагають прибирати подвір'я після атаки.</p>
<p>Директор ліцею подякував рятувальникам і волонтерам, які працювали всю ніч, щоб відновити вікна та двері навчального закладу.</p>
</article></body></html>`;
    const r = ingestPage(db, null, page({ sourceId: 'uk-site', requestedUrl: 'https://uk-site.example/news/1', html, body: new TextEncoder().encode(html) }));
    expect(r.outcome).toBe('new');
    const rows = db.prepare("SELECT value, basis, anchor FROM date_tags WHERE basis = 'relative'").all() as { value: string; basis: string; anchor: string }[];
    expect(rows).toContainEqual({ value: '2024-05-07', basis: 'relative', anchor: '2024-05-10' });
  });
});
