/**
 * `eduwatch extract FILE... [--url URL] [--json]`: run the whole extraction pipeline on local files
 * without touching a database. .html / .htm files go through the body extractor (Readability), any
 * other file is read as plain text. With --json, one JSON object per file per line, in order.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineCommand } from 'citty';
import type { DamageEvent, ExtractedDocument, PartnershipEvent } from '../../types.js';
import { analyze, analyzeHtml } from '../../extractors/pipeline.js';
import { CLIError, EXIT } from '../errors.js';
import { decodeBody } from '../../crawlers/charset.js';
import { notTextReason } from '../../crawlers/text-check.js';
import { safeJson, terminalSafe, writeOut } from '../output.js';

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);

/** The `--json` line for one file: the issue-3 contract (extend it, never break it). */
export function extractJson(file: string, doc: ExtractedDocument | null): Record<string, unknown> {
  if (!doc) {
    return { file, lang: null, langConfidence: 0, title: null, published: null, text: '', institutions: [], events: [], error: 'no article text found' };
  }
  return {
    file,
    lang: doc.lang,
    langConfidence: doc.langConfidence,
    langOther: doc.langOther,
    title: doc.title,
    published: doc.published,
    publishedSource: doc.publishedSource,
    method: doc.method,
    extractorVersion: doc.extractorVersion,
    text: doc.text,
    institutions: doc.institutions.map((i) => ({
      name: i.name,
      kind: i.kind,
      key: i.key,
      aliases: i.aliases,
      confidence: i.confidence,
      mentions: i.mentions.map((m) => ({ text: m.text, start: m.start, end: m.end })),
    })),
    events: doc.events,
    dates: doc.dates,
  };
}

function partnershipLine(e: PartnershipEvent): string {
  const bits = [`${e.status}`, e.kind ?? 'agreement', e.date ? `on ${e.date}${e.dateBasis === 'published' ? ' (publication date)' : ''}` : 'no date'];
  if (e.place) bits.push(`in ${e.place}`);
  if (e.validUntil) bits.push(`valid until ${e.validUntil}`);
  return `  partnership: ${bits.join(', ')}\n    parties: ${e.parties.length ? e.parties.join('; ') : '(none named)'}\n    "${e.quote}"`;
}

function damageLine(e: DamageEvent): string {
  const what = e.institution ?? (e.institutionKind ? `a ${e.institutionKind}` : 'education institutions');
  const bits = [e.scope, e.severity ?? 'damaged or destroyed', e.cause ? `by ${e.cause}` : null, e.location ? `in ${e.location}` : null, e.date ? `on ${e.date}` : null];
  if (e.casualties) bits.push(`killed ${e.casualties.killed ?? '?'}, injured ${e.casualties.injured ?? '?'}`);
  return `  damage: ${what} — ${bits.filter(Boolean).join(', ')}\n    "${e.quote}"`;
}

/** The readable summary of one file. */
export function extractSummary(file: string, doc: ExtractedDocument | null): string {
  if (!doc) return `${file}\n  no article text found\n`;
  const lines = [
    file,
    doc.lang
      ? `  language: ${doc.lang} (confidence ${doc.langConfidence.toFixed(2)})`
      : `  language: undetermined${doc.langOther ? ' (the text is in none of uk, ru, pl, bg, en)' : ''}`,
    `  title: ${doc.title ?? '-'}`,
    `  published: ${doc.published ?? '-'}${doc.publishedSource ? ` (${doc.publishedSource})` : ''}`,
    `  institutions (${doc.institutions.length}):`,
    ...doc.institutions.map((i) => `    ${i.name} [${i.kind}]${i.aliases.length ? ` also: ${i.aliases.join(', ')}` : ''}`),
    `  events (${doc.events.length}):`,
    ...doc.events.map((e) => (e.type === 'partnership' ? partnershipLine(e) : damageLine(e))),
  ];
  return terminalSafe(lines.join('\n')) + '\n';
}

/**
 * A file's text, decoded the way a crawl decodes a page (BOM, <meta> charset, detection from the
 * bytes); a file that is not text (an image, a PDF, random bytes) is a usage error saying so.
 */
export function readText(file: string): string {
  const path = resolve(file);
  let bytes: Buffer;
  try {
    if (!statSync(path).isFile()) throw new Error('not a regular file');
    bytes = readFileSync(path);
  } catch (err) {
    throw new CLIError(`extract: cannot read ${file}: ${(err as Error).message}. Pass the path of an existing .html or .txt file.`, EXIT.usage);
  }
  const decoded = decodeBody(bytes, null);
  const why = notTextReason(bytes, decoded.text, decoded.encoding);
  if (why) throw new CLIError(`extract: ${file}: ${why}; pass an .html or .txt file`, EXIT.usage);
  return decoded.text;
}

/** Analyse one file: HTML through the body extractor, anything else as text. Throws CLIError when it cannot be read. */
export function extractFile(file: string, url?: string): ExtractedDocument | null {
  const path = resolve(file);
  const raw = readText(file);
  if (HTML_EXTENSIONS.has(extname(path).toLowerCase())) return analyzeHtml(raw, url ?? pathToFileURL(path).href);
  return analyze({ text: raw.replace(/\r\n?/g, '\n'), url: url ?? null });
}

export default defineCommand({
  meta: {
    name: 'extract',
    description:
      'Run the extraction pipeline on local files (no database): language, date, institutions, partnership and damage events.\n' +
      'Examples:\n' +
      '  eduwatch extract article.html --url https://example.org/news/1\n' +
      '  eduwatch extract a.txt b.txt --json',
  },
  args: {
    files: { type: 'positional', required: true, description: 'Files to analyse: .html/.htm through Readability, anything else as plain text.' },
    url: { type: 'string', description: 'The page URL of an HTML file (default: its file:// URL).' },
    json: { type: 'boolean', default: false, description: 'One JSON object per file per line.' },
  },
  async run({ args }) {
    const files = (args._ as string[]).length ? (args._ as string[]) : [String(args.files)];
    // Check every file first: a typo in the third name must not leave two results printed.
    for (const f of files) readText(f);
    for (const f of files) {
      const doc = extractFile(f, args.url);
      await writeOut(args.json ? safeJson(extractJson(f, doc)) + '\n' : extractSummary(f, doc) + '\n');
    }
  },
});
