/**
 * `eduwatch digest`: what is new since a moment (default: the start of the latest crawl run) —
 * new incidents, incidents that gained corroboration, new partnerships, broken sources — as
 * Markdown, one self-contained HTML page, or JSON (store/digest.ts; shape in README).
 */
import { defineCommand } from 'citty';
import { openStore } from '../../store/index.js';
import { buildDigest } from '../../store/digest.js';
import { parseMoment } from '../../store/queries/moments.js';
import { choiceArg, dbArgs } from '../args.js';
import { CLIError } from '../errors.js';
import { safeJson, writeOut } from '../output.js';
import { cleanDigest, digestHtml, digestMarkdown } from '../digest-render.js';

const DIGEST_FORMATS = ['md', 'html', 'json'] as const;

export default defineCommand({
  meta: {
    name: 'digest',
    description:
      'What is new since a moment (default: the latest crawl run): new incidents, incidents that gained corroboration, new partnerships, broken sources.\n' +
      '"New" is by when eduwatch first fetched the report, not the event date. Markdown for a report, one self-contained HTML page, or JSON.\n' +
      'Examples:\n' +
      '  eduwatch digest                                  # since the start of the latest crawl run, as Markdown\n' +
      '  eduwatch digest --since 2024-05-20 --format html > digest.html\n' +
      '  eduwatch digest --since 2024-05-27T06:00+03:00 --format json',
  },
  args: {
    ...dbArgs,
    since: {
      type: 'string',
      valueHint: 'last-run|DATE|DATETIME',
      default: 'last-run',
      description: 'last-run (the start of the latest crawl run), YYYY-MM-DD (UTC), or YYYY-MM-DDTHH:MM[:SS] (UTC unless it ends in Z or +HH:MM).',
    },
    format: { type: 'string', valueHint: DIGEST_FORMATS.join('|'), default: 'md', description: 'md (Markdown), html (one page) or json.' },
  },
  async run({ args }) {
    const format = choiceArg('format', args.format, DIGEST_FORMATS, 'a digest format') ?? 'md';
    const since = String(args.since ?? 'last-run');
    if (since.trim() === '') throw new CLIError('--since: give last-run, a date YYYY-MM-DD or a date-time YYYY-MM-DDTHH:MM, e.g. --since last-run');
    try {
      parseMoment(since, '--since');
    } catch (err) {
      throw new CLIError((err as Error).message);
    }
    const db = openStore(args.db, { readonly: true });
    let digest;
    try {
      digest = cleanDigest(buildDigest(db, since, '--since'));
    } finally {
      db.close();
    }
    if (format === 'json') await writeOut(safeJson(digest, 2) + '\n');
    else if (format === 'html') await writeOut(digestHtml(digest));
    else await writeOut(digestMarkdown(digest));
  },
});
