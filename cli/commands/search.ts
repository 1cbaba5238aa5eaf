/**
 * `eduwatch search "TEXT"`: full-text search over every stored document, where a word finds its
 * inflected forms. Matching words are bold in a terminal and [bracketed] otherwise.
 */
import { defineCommand } from 'citty';
import { openStore, searchDocuments, type SearchRow } from '../../store/index.js';
import { choiceArg, dbArgs, formatArgs, intArg, repeatedArg, resolveFormat } from '../args.js';
import { LANGS } from '../../types.js';
import { CLIError } from '../errors.js';
import { formatRows, style, terminalSafeDeep, useColor, writeOut, type Column } from '../output.js';

const BOLD: readonly [string, string] = ['\u001b[1m', '\u001b[22m'];
/** Private-use characters marking matches until the text is made terminal-safe, then bold. */
const HOLD: readonly [string, string] = ['\uE000', '\uE001'];
const bolden = (t: string) => t.replaceAll(HOLD[0], BOLD[0]).replaceAll(HOLD[1], BOLD[1]);
const PLAIN: readonly [string, string] = ['[', ']'];

const COLUMNS: Column<SearchRow>[] = [
  { header: 'id', value: (r) => r.id, align: 'right' },
  { header: 'lang', value: (r) => r.lang },
  { header: 'published', value: (r) => r.published?.slice(0, 10) ?? null },
  { header: 'source', value: (r) => r.sourceId, max: 20 },
  { header: 'title', value: (r) => r.title, max: 50 },
  { header: 'snippet', value: (r) => r.snippet, max: 100 },
];

/** Readable result list for a person: a heading line per document, the snippet, the URL. */
function renderList(rows: SearchRow[], color: boolean): string {
  if (rows.length === 0) return 'No documents match.\n';
  const dim = color ? style.dim : (t: string) => t;
  return rows
    .map((r) => {
      const head = [`#${r.id}`, r.lang ?? '—', r.published?.slice(0, 10) ?? '', r.sourceId].filter(Boolean).join('  ');
      return `${dim(head)}  ${r.titleMarked ?? r.title ?? '(untitled)'}\n    ${r.snippet}\n    ${dim(r.url)}\n`;
    })
    .join('\n');
}

export default defineCommand({
  meta: {
    name: 'search',
    description:
      'Full-text search in all languages; a word finds its inflected forms (школа → школы, школу; szkoła → szkoły).\n' +
      'Use "quotes" for a phrase and word* for a prefix.\n' +
      'Examples:\n' +
      '  eduwatch search школа\n' +
      '  eduwatch search "меморандум про співпрацю" --lang uk\n' +
      '  eduwatch search szkoła --format jsonl',
  },
  args: {
    text: { type: 'positional', required: true, description: 'What to search for.' },
    ...dbArgs,
    lang: { type: 'string', valueHint: 'uk|ru|pl|bg|en', description: 'Only documents in this language.' },
    source: { type: 'string', valueHint: 'ID', description: 'Only documents of this source (repeatable).' },
    limit: { type: 'string', valueHint: 'N', default: '20', description: 'Show at most N documents.' },
    ...formatArgs,
  },
  async run({ args, rawArgs }) {
    const format = resolveFormat(args);
    const text = String(args.text ?? '');
    if (text.trim() === '') throw new CLIError('give the text to search for, e.g. eduwatch search школа');
    const color = format === 'table' && useColor();
    const source = repeatedArg(rawArgs, 'source');
    const db = openStore(args.db, { readonly: true });
    try {
      const rows = searchDocuments(db, text, {
        lang: choiceArg('lang', args.lang, LANGS, 'one of the languages eduwatch reads'),
        source: source.length ? source : undefined,
        limit: intArg('limit', args.limit),
        marks: color ? HOLD : PLAIN,
      });
      if (format === 'table') await writeOut(bolden(renderList(terminalSafeDeep(rows), color)));
      else await writeOut(formatRows(format, rows, COLUMNS));
    } finally {
      db.close();
    }
  },
});
