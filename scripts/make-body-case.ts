/**
 * Make a golden body-extraction case from an HTML file, for a person to review:
 *
 *   node dist/scripts/make-body-case.js page.html --url https://example.org/news/1 --name uk-some-slug \
 *     [--not-in-text "Cookie"]... [--force]
 *
 * Writes test/fixtures/body/<name>/source.html (a copy of the page) and expected.json (what
 * extractBody gives now, plus the --not-in-text strings that must never appear in the text).
 * Read expected.json before committing it: it becomes the truth test/extract-body.test.ts checks.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../extractors/_data.js';
import { extractBody } from '../extractors/body.js';

const NAME = /^(?:uk|ru|pl|bg|en|xx)-[a-z0-9]+(?:-[a-z0-9]+)*$/;

function fail(message: string): never {
  process.stderr.write(`make-body-case: ${message}\n`);
  process.exit(2);
}

function main(): void {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        url: { type: 'string' },
        name: { type: 'string' },
        'not-in-text': { type: 'string', multiple: true },
        force: { type: 'boolean' },
      },
    });
  } catch (err) {
    fail(`${(err as Error).message}\nusage: make-body-case PAGE.html --url URL --name LANG-SLUG [--not-in-text TEXT]... [--force]`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) fail('give exactly one HTML file, e.g. make-body-case page.html --url https://example.org/a --name uk-my-case');
  if (!values.url) fail('--url is required: the address the page was fetched from (links and dates in the URL resolve against it)');
  if (!values.name || !NAME.test(values.name)) fail(`--name must look like <lang>-<slug> with lang one of uk ru pl bg en xx, e.g. pl-kuratorium-umowa; got ${JSON.stringify(values.name ?? '')}`);
  const source = resolve(positionals[0]);
  if (!existsSync(source)) fail(`no such file: ${source}`);
  const dir = join(projectRoot(), 'test', 'fixtures', 'body', values.name);
  const expectedFile = join(dir, 'expected.json');
  if (existsSync(expectedFile) && !values.force) fail(`${expectedFile} exists; pass --force to overwrite it`);

  const html = readFileSync(source, 'utf8');
  const body = extractBody(html, values.url);
  if (!body) fail(`extractBody found no text at all in ${source}: not a useful case`);
  const notInText = values['not-in-text'] ?? [];
  const leaked = notInText.filter((s) => body.text.includes(s));

  mkdirSync(dir, { recursive: true });
  const target = join(dir, 'source.html');
  if (resolve(target) !== source) copyFileSync(source, target);
  const expected = {
    url: values.url,
    method: body.method,
    title: body.title,
    byline: body.byline,
    excerpt: body.excerpt,
    siteName: body.siteName,
    htmlLang: body.htmlLang,
    canonicalUrl: body.canonicalUrl,
    published: body.published,
    publishedSource: body.publishedSource,
    text: body.text,
    notInText,
  };
  writeFileSync(expectedFile, `${JSON.stringify(expected, null, 2)}\n`);
  process.stdout.write(
    `wrote ${expectedFile}\n  method ${body.method}, ${body.text.length} chars, published ${body.published ?? '-'} (${body.publishedSource ?? '-'})\n` +
      `  title: ${body.title ?? '-'}\n` +
      (leaked.length > 0 ? `  WARNING: the text contains ${leaked.map((s) => JSON.stringify(s)).join(', ')}: the test will fail until the extractor improves\n` : '') +
      '  Review expected.json (text, title, date) before committing it.\n',
  );
}

main();
