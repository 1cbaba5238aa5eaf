/**
 * `eduwatch query events|institutions|documents`: read the evidence store with filters, as an
 * aligned table for people or JSON / JSON lines / CSV for scripts.
 */
import { defineCommand, type ArgsDef } from 'citty';
import { CORROBORATION_LEVELS, openStore, queryDocuments, queryEvents, queryIncidents, queryInstitutions, type EventFilters } from '../../store/index.js';
import { INCIDENT_COLUMNS, incidentCsvRow } from '../views-incidents.js';
import { CLIError } from '../errors.js';
import { parseMoment } from '../../store/queries/moments.js';
import { choiceArg, confidenceArg, countryArg, dateArg, dbArgs, filterArgs, formatArgs, INSTITUTION_KINDS, intArg, repeatedArg, resolveFormat } from '../args.js';
import { LANGS } from '../../types.js';
import { formatRows, writeOut } from '../output.js';
import { DOCUMENT_COLUMNS, EVENT_COLUMNS, EVENT_CSV_COLUMNS, eventCsvRow, INSTITUTION_COLUMNS, institutionCsvRow } from '../views.js';

const newSinceArg = {
  'new-since': {
    type: 'string',
    valueHint: 'last-run|DATE|DATETIME',
    description:
      'Only what eduwatch first fetched at or after this moment (not the event date): last-run (the start of the latest crawl run), YYYY-MM-DD (UTC), or YYYY-MM-DDTHH:MM[:SS] (UTC unless it ends in Z or +HH:MM).',
  },
} satisfies ArgsDef;

const limitArg = {
  limit: { type: 'string', valueHint: 'N', description: 'Show at most N rows (default: all).' },
} satisfies ArgsDef;

type FilterArgs = Record<string, unknown> & { _: string[] };

/** The shared filters from parsed arguments (the repeatable --source from the raw ones). */
export function filtersFrom(args: FilterArgs, rawArgs: string[]): EventFilters {
  const source = repeatedArg(rawArgs, 'source');
  const text = (v: unknown) => (v === undefined || v === '' ? undefined : String(v));
  return {
    type: choiceArg('type', args.type, ['damage', 'partnership'] as const, 'an event type'),
    lang: choiceArg('lang', args.lang, LANGS, 'one of the languages eduwatch reads'),
    country: countryArg('country', args.country),
    source: source.length ? source : undefined,
    institution: text(args.institution),
    location: text(args.location),
    since: dateArg('since', args.since),
    until: dateArg('until', args.until),
    minConfidence: confidenceArg('min-confidence', args['min-confidence']),
    newSince: newSinceFrom(args['new-since']),
    limit: intArg('limit', args.limit),
  };
}

/** --new-since, checked before the store is opened (last-run is resolved against the store later). */
function newSinceFrom(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  const text = String(value);
  if (text.trim() === '' || value === true) throw new CLIError('--new-since: give last-run, a date YYYY-MM-DD or a date-time YYYY-MM-DDTHH:MM, e.g. --new-since last-run');
  try {
    parseMoment(text, '--new-since');
  } catch (err) {
    throw new CLIError((err as Error).message);
  }
  return text;
}

const events = defineCommand({
  meta: {
    name: 'events',
    description:
      'Partnership and damage events, each with its evidence (quote, document, source).\n' +
      'Examples:\n' +
      '  eduwatch query events --type partnership --lang uk\n' +
      '  eduwatch query events --type damage --location Харків --since 2024-01-01 --format csv > damage.csv\n' +
      '  eduwatch query events --institution "Інститут професійних кваліфікацій" --json\n' +
      '  eduwatch query events --new-since last-run     # what the latest crawl added',
  },
  args: { ...dbArgs, ...filterArgs, ...newSinceArg, ...limitArg, ...formatArgs },
  async run({ args, rawArgs }) {
    const format = resolveFormat(args);
    const filters = filtersFrom(args, rawArgs);
    const db = openStore(args.db, { readonly: true });
    try {
      const rows = queryEvents(db, filters);
      let out = format === 'csv' ? formatRows(format, rows.map(eventCsvRow), [], EVENT_CSV_COLUMNS) : formatRows(format, rows, EVENT_COLUMNS, EVENT_CSV_COLUMNS);
      if (format === 'table' && rows.some((e) => !e.date && e.published)) out += '* the text gives no date: the publication date is shown\n';
      await writeOut(out);
    } finally {
      db.close();
    }
  },
});

const institutions = defineCommand({
  meta: {
    name: 'institutions',
    description:
      'Canonical institutions with their name variants, kind, mentions, first/last seen and events.\n' +
      'Examples:\n' +
      '  eduwatch query institutions --search університет\n' +
      '  eduwatch query institutions --kind college --format jsonl',
  },
  args: {
    ...dbArgs,
    search: { type: 'string', valueHint: 'TEXT', description: 'Name in any grammatical case, an abbreviation or part of a name.' },
    kind: { type: 'string', valueHint: 'KIND', description: 'Institution kind: school, college, university, ministry, ...' },
    ...limitArg,
    ...formatArgs,
  },
  async run({ args }) {
    const format = resolveFormat(args);
    const filters = {
      search: args.search === undefined || args.search === '' ? undefined : String(args.search),
      kind: choiceArg('kind', args.kind, INSTITUTION_KINDS, 'an institution kind'),
      limit: intArg('limit', args.limit),
    };
    const db = openStore(args.db, { readonly: true });
    try {
      const rows = queryInstitutions(db, filters);
      const out = format === 'csv' ? formatRows(format, rows.map(institutionCsvRow), []) : formatRows(format, rows, INSTITUTION_COLUMNS);
      await writeOut(out);
    } finally {
      db.close();
    }
  },
});

const documents = defineCommand({
  meta: {
    name: 'documents',
    description:
      'Stored documents (articles), with the same filters as events: event filters pick documents reporting a matching event.\n' +
      'Examples:\n' +
      '  eduwatch query documents --lang pl --since 2020\n' +
      '  eduwatch query documents --source mon-gov-ua --format csv\n' +
      '  eduwatch query documents --new-since 2024-05-27T06:00',
  },
  args: { ...dbArgs, ...filterArgs, ...newSinceArg, ...limitArg, ...formatArgs },
  async run({ args, rawArgs }) {
    const format = resolveFormat(args);
    const filters = filtersFrom(args, rawArgs);
    const db = openStore(args.db, { readonly: true });
    try {
      await writeOut(formatRows(format, queryDocuments(db, filters), DOCUMENT_COLUMNS));
    } finally {
      db.close();
    }
  },
});

const incidents = defineCommand({
  meta: {
    name: 'incidents',
    description:
      'Incidents: the events of different documents (any source, any language) that report one attack or one agreement, with\n' +
      'their reports, corroboration (single | corroborated | official) and Admiralty grade (source reliability A-F, credibility 1-6).\n' +
      'Examples:\n' +
      '  eduwatch query incidents --type damage --min-grade B2\n' +
      '  eduwatch query incidents --settlement Харків --corroboration corroborated --format csv > kharkiv.csv\n' +
      '  eduwatch evidence --incident 3     # why its reports were joined (or by its handle: --incident D20251022-3fa9c1d2)',
  },
  args: {
    ...dbArgs,
    type: filterArgs.type,
    since: { type: 'string', valueHint: 'YYYY-MM-DD', description: 'Incident date on or after.' },
    until: { type: 'string', valueHint: 'YYYY-MM-DD', description: 'Incident date on or before.' },
    settlement: { type: 'string', valueHint: 'NAME', description: 'Settlement in any of the five languages (Kharkiv, Харків, Харьков, Charków, Харков).' },
    institution: { type: 'string', valueHint: 'TEXT', description: 'Institution or party name, or part of it.' },
    'min-grade': { type: 'string', valueHint: 'B2', description: 'Lowest Admiralty grade: source reliability A-F and credibility 1-6 at least this good.' },
    corroboration: { type: 'string', valueHint: CORROBORATION_LEVELS.join('|'), description: 'Corroboration level.' },
    ...limitArg,
    ...formatArgs,
  },
  async run({ args }) {
    const format = resolveFormat(args);
    const text = (v: unknown) => (v === undefined || v === '' ? undefined : String(v));
    const minGrade = text(args['min-grade']);
    if (minGrade !== undefined && !/^[A-Fa-f][1-6]$/.test(minGrade)) throw new CLIError(`--min-grade "${minGrade}": give a letter A-F and a number 1-6, e.g. --min-grade B2`);
    const filters = {
      type: choiceArg('type', args.type, ['damage', 'partnership'] as const, 'an event type'),
      since: dateArg('since', args.since),
      until: dateArg('until', args.until),
      settlement: text(args.settlement),
      institution: text(args.institution),
      minGrade,
      corroboration: choiceArg('corroboration', args.corroboration, CORROBORATION_LEVELS, 'a corroboration level'),
      limit: intArg('limit', args.limit),
    };
    const db = openStore(args.db, { readonly: true });
    try {
      const rows = queryIncidents(db, filters);
      const out = format === 'csv' ? formatRows(format, rows.map(incidentCsvRow), []) : formatRows(format, rows, INCIDENT_COLUMNS);
      await writeOut(out);
    } finally {
      db.close();
    }
  },
});

export default defineCommand({
  meta: {
    name: 'query',
    description: 'Query the evidence store: events, incidents, institutions, documents (table, json, jsonl or csv).',
  },
  subCommands: { events, incidents, institutions, documents },
});
