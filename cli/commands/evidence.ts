/**
 * `eduwatch evidence EVENT_ID`: the whole chain behind one event, readable: the sentence
 * highlighted in its paragraph, the document, the fetch (time, URLs, HTTP status, SHA-256 of the
 * raw bytes, where they are archived), and the source with its verification. `--raw` writes the
 * archived bytes exactly as they were fetched.
 */
import { defineCommand } from 'citty';
import { getEvidence, getIncidentEvidence, HANDLE_PATTERN, openStore, readRawBody, sha256Hex, type Evidence } from '../../store/index.js';
import { renderIncidentEvidence } from '../views-incidents.js';
import { dbArgs, jsonArgs } from '../args.js';
import { CLIError, EXIT } from '../errors.js';
import { streamOutput } from '../_out-file.js';
import { safeJson, style, terminalSafeDeep, useColor, writeOut } from '../output.js';

/** Paragraphs are wrapped to this width (or the terminal's, when narrower). */
const WRAP = 100;
const PLAIN_MARKS: [string, string] = ['[[', ']]'];

function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    // Width in code points, ignoring the ANSI codes of the highlight.
    const len = (s: string) => [...s.replace(/\u001b\[[0-9;]*m/g, '')].length;
    if (line && len(line) + 1 + len(word) > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l) => indent + l).join('\n');
}

export function renderEvidence(ev: Evidence, color: boolean, width = WRAP): string {
  const b = color ? style.bold : (t: string) => t;
  const dim = color ? style.dim : (t: string) => t;
  const e = ev.event;
  const p = ev.paragraph;
  const [open, close] = color ? ['\u001b[1;4m', '\u001b[22;24m'] : PLAIN_MARKS;
  const rel = (n: number) => Math.max(0, Math.min(p.text.length, n - p.start));
  const marked = p.text.slice(0, rel(ev.sentence.start)) + open + p.text.slice(rel(ev.sentence.start), rel(ev.sentence.end)) + close + p.text.slice(rel(ev.sentence.end));
  const field = (label: string, value: unknown) => (value === null || value === undefined || value === '' ? '' : `  ${dim(label.padEnd(14))}${String(value)}\n`);

  let what: string;
  if (e.type === 'partnership') {
    what = `${[e.status, e.kind].filter(Boolean).join(', ')}\n` + field('Parties', e.parties.join(' + ')) + field('Place', e.place) + field('Valid until', e.validUntil);
  } else {
    const cas = e.casualties ? [e.casualties.killed !== null ? `${e.casualties.killed} killed` : '', e.casualties.injured !== null ? `${e.casualties.injured} injured` : ''].filter(Boolean).join(', ') : '';
    what =
      `${[e.severity, e.cause, e.scope].filter(Boolean).join(', ')}\n` +
      field('Institution', e.institution ?? (e.institutionKind ? `(a ${e.institutionKind})` : null)) +
      field('Location', e.location) +
      field('Gazetteer', e.placeId ? `${e.placeId}${e.lat !== null && e.lon !== null ? ` (${e.lat}, ${e.lon})` : ''}` : null) +
      field('Casualties', cas);
  }
  const date = e.date ? `${e.date}${e.type === 'partnership' && e.dateBasis === 'published' ? ' (publication date)' : ''}` : null;
  const d = ev.document;
  const f = ev.fetch;
  const s = ev.source;
  const integrity = f.bodyIntact === null ? '' : f.bodyIntact ? ' (archived bytes match)' : ' (ARCHIVED BYTES DO NOT MATCH)';
  const located = ev.sentence.located === 'missing' ? `\n  ${dim('(the quote is not in the stored text any more; shown at its stored offsets)')}` : '';
  return (
    `${b(`Event #${e.id}`)}  ${e.type}: ${what}` +
    field('Date', date) +
    field('Confidence', `${e.confidence} (${e.extractor} ${e.extractorVersion})`) +
    field('Incident', incidentLine(e)) +
    `\n${b('Sentence in its paragraph')}\n${wrap(marked, width, '  ')}${located}\n\n` +
    `${b(`Document #${d.id}`)}\n` +
    field('Title', d.title) +
    field('URL', d.url) +
    field('Published', d.published ? `${d.published}${d.publishedSource ? ` (from ${d.publishedSource})` : ''}` : 'unknown') +
    field('Language', d.lang ? `${d.lang}${d.langConfidence !== null ? ` (${d.langConfidence.toFixed(2)})` : ''}` : 'undetermined') +
    field('Extraction', `${d.method}, extractor ${d.extractorVersion}, ${d.chars} characters`) +
    field('Text SHA-256', d.textSha256) +
    `\n${b(`Fetch #${f.id}`)}${f.runId !== null ? dim(` (run #${f.runId})`) : ''}\n` +
    field('Fetched at', f.fetchedAt) +
    field('Requested', f.requestedUrl) +
    field('Final URL', f.finalUrl) +
    field('HTTP status', f.status) +
    field('SHA-256', f.sha256 ? `${f.sha256}${integrity}` : null) +
    field('Size', f.size !== null ? `${f.size} bytes${f.encoding ? `, ${f.encoding}${f.encodingSource ? ` (from ${f.encodingSource})` : ''}` : ''}, via ${f.via}` : null) +
    field('Archived', f.archived ? `${f.archived}\n${' '.repeat(16)}save them with: eduwatch evidence ${e.id} --raw page.html (or as WARC: --warc fetch.warc.gz)` : 'no bytes archived') +
    field('Rendered', f.rendered) +
    (ev.sightings.length > 1 ? field('Also seen at', ev.sightings.filter((g) => g.url !== d.url).map((g) => g.url).join(', ')) : '') +
    `\n${b(`Source ${s.id}`)} — ${s.name} (${s.country}, ${s.kind})\n` +
    field('Home', s.home) +
    field('Verified', s.verified.by ? `by ${s.verified.by} on ${s.verified.on ?? '?'}` : 'not recorded') +
    field('Why trusted', s.verified.note)
  );
}

/** The event's incident in one line: its grade, corroboration and how to explain it. */
export function incidentLine(e: Evidence['event']): string | null {
  const i = e.incident;
  if (!i) return null;
  const others = i.reports - 1;
  return (
    `#${i.id} ${i.handle ?? ''}`.trimEnd() +
    `, grade ${i.grade ?? `?${i.credibility}`} (${i.corroboration}; ${i.credibilityReason})` +
    `, ${others === 0 ? 'no other report' : `${others} other report${others === 1 ? '' : 's'}`}` +
    `; explain it with: eduwatch evidence --incident ${i.handle ?? i.id}`
  );
}

/** Write bytes to FILE through FILE.tmp + rename, so no half-written file is left behind. */
function writeFileAtomic(file: string, bytes: Buffer): Promise<void> {
  return streamOutput(
    file,
    async (write) => {
      await write(bytes);
      return '';
    },
    { failure: (reason) => `cannot write ${file}: ${reason}` },
  );
}

export default defineCommand({
  meta: {
    name: 'evidence',
    description:
      'The full evidence chain of one event: sentence, paragraph, document, fetch (time, URL, HTTP status, SHA-256, archived bytes), source and its verification.\n' +
      'Examples:\n' +
      '  eduwatch evidence 12\n' +
      '  eduwatch evidence 12 --raw page.html     # the archived bytes exactly as fetched\n' +
      '  eduwatch evidence 12 --warc fetch.warc.gz  # the fetch as WARC 1.1 request and response records\n' +
      '  eduwatch evidence 12 --json\n' +
      '  eduwatch evidence --incident 3          # an incident: its grade, merged fields and why each report joined\n' +
      '  eduwatch evidence --incident D20251022-3fa9c1d2   # the same by its handle, which every run keeps',
  },
  args: {
    id: { type: 'positional', required: false, valueHint: 'EVENT_ID', description: 'Event id (the id column of `eduwatch query events`).' },
    incident: { type: 'string', valueHint: 'N|HANDLE', description: 'Explain incident N instead (the id or handle column of `eduwatch query incidents`; the handle is the same every run).' },
    ...dbArgs,
    raw: { type: 'string', valueHint: 'FILE|-', description: 'Write the archived raw bytes of the fetch to FILE ("-" for stdout, and nothing else is printed).' },
    warc: { type: 'string', valueHint: 'FILE|-', description: 'Write the fetch as WARC 1.1 records (request, response, rendered DOM) to FILE (.warc.gz; .warc uncompressed; "-" for stdout, and nothing else is printed).' },
    ...jsonArgs,
  },
  async run({ args }) {
    if (args.incident !== undefined) {
      const text = String(args.incident).trim();
      const isId = /^\d+$/.test(text) && Number(text) >= 1 && Number.isSafeInteger(Number(text));
      if (!isId && !HANDLE_PATTERN.test(text)) {
        throw new CLIError(`--incident "${text}" is not an incident id or handle: give the number from the id column of \`eduwatch query incidents\` or its handle (e.g. D20251022-3fa9c1d2)`);
      }
      if (args.id !== undefined && args.id !== '') throw new CLIError('give an event id or --incident N, not both');
      const db = openStore(args.db, { readonly: true });
      try {
        const ev = getIncidentEvidence(db, isId ? Number(text) : text);
        if (!ev) throw new CLIError(`no incident ${isId ? '#' : ''}${text} in ${args.db}; list incidents with \`eduwatch query incidents --db ${args.db}\``);
        const color = useColor();
        if (args.json) await writeOut(safeJson(ev, 2) + '\n');
        else await writeOut(renderIncidentEvidence(terminalSafeDeep(ev), color ? style.bold : (t) => t, color ? style.dim : (t) => t));
      } finally {
        db.close();
      }
      return;
    }
    const idText = String(args.id ?? '');
    if (!/^\d+$/.test(idText) || !Number.isSafeInteger(Number(idText)) || Number(idText) < 1) {
      throw new CLIError(`"${idText}" is not an event id: give the number from the id column of \`eduwatch query events\``);
    }
    const id = Number(idText);
    const db = openStore(args.db, { readonly: true });
    try {
      const ev = getEvidence(db, id);
      if (!ev) throw new CLIError(`no event #${id} in ${args.db}; list events with \`eduwatch query events --db ${args.db}\``);
      if (args.warc !== undefined && args.warc !== '') {
        if (args.raw !== undefined && args.raw !== '') throw new CLIError('give --raw FILE or --warc FILE, not both');
        const { fetchWarc } = await import('../../store/warc.js');
        const target = String(args.warc);
        if (target === '-' && process.stdout.isTTY) throw new CLIError('a WARC is binary: give --warc FILE.warc.gz, or redirect stdout to a file');
        const bytes = await fetchWarc(db, ev.fetch.id, !/\.warc$/i.test(target));
        if (!bytes) throw new CLIError(`fetch #${ev.fetch.id} of event #${id} got no response to archive`, EXIT.failure);
        if (target === '-') {
          await writeOut(Buffer.from(bytes));
          return;
        }
        await writeFileAtomic(target, Buffer.from(bytes));
        process.stderr.write(`wrote the WARC records of fetch #${ev.fetch.id} (${bytes.length} bytes) to ${target}\n`);
      }
      if (args.raw !== undefined && args.raw !== '') {
        const bytes = readRawBody(db, ev.fetch.id);
        if (!bytes) throw new CLIError(`fetch #${ev.fetch.id} of event #${id} has no archived bytes`, EXIT.failure);
        if (args.raw === '-') {
          await writeOut(bytes);
          return;
        }
        await writeFileAtomic(args.raw, bytes);
        const hash = sha256Hex(bytes);
        process.stderr.write(`wrote ${bytes.length} bytes to ${args.raw} (SHA-256 ${hash}${ev.fetch.sha256 && hash !== ev.fetch.sha256 ? ', which does NOT match the recorded hash' : ''})\n`);
      }
      if (args.json) await writeOut(safeJson(ev, 2) + '\n');
      else await writeOut(renderEvidence(terminalSafeDeep(ev), useColor(), Math.min(WRAP, (process.stdout.columns ?? WRAP) - 4)));
    } finally {
      db.close();
    }
  },
});
