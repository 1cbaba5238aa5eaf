import { describe, expect, it } from 'vitest';
import { csvField, csvLine, displayWidth, formatRows, renderTable, truncate, type Column } from '../cli/output.js';
import { dateArg, intArg, repeatedArg, confidenceArg } from '../cli/args.js';
import { CLIError } from '../cli/errors.js';

describe('displayWidth and truncate', () => {
  it.each([
    ['abc', 3],
    ['Школа', 5],
    ['szkoła', 6],
    ['o\u0301', 1], // o + combining acute
    ['\u001b[1mbold\u001b[22m', 4],
    ['😀x', 2],
  ])('%j is %i wide', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  it.each([
    ['Харківський національний університет', 10, 'Харківськ…'],
    ['short', 10, 'short'],
    ['exactly10!', 10, 'exactly10!'],
    ['😀😀😀😀', 3, '😀😀…'],
  ])('truncate(%j, %i) = %j', (text, max, out) => {
    expect(truncate(text, max)).toBe(out);
    expect(displayWidth(truncate(text, max))).toBeLessThanOrEqual(max);
  });
});

describe('renderTable', () => {
  interface R {
    name: string;
    n: number;
  }
  const cols: Column<R>[] = [
    { header: 'name', value: (r) => r.name, max: 12 },
    { header: 'n', value: (r) => r.n, align: 'right' },
  ];
  it('aligns Cyrillic and Polish cells by code points', () => {
    const out = renderTable(cols, [
      { name: 'Львів', n: 3 },
      { name: 'Łódź', n: 12 },
      { name: 'Дніпровський університет', n: 100 },
    ]);
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe('name            n');
    expect(lines[2]).toBe('Львів           3');
    expect(lines[3]).toBe('Łódź           12');
    expect(lines[4]).toBe('Дніпровськи…  100');
    const widths = lines.filter((_, i) => i !== 1).map(displayWidth);
    expect(new Set(widths).size).toBe(1);
  });
});

describe('CSV (RFC 4180)', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [null, ''],
    [3.5, '3.5'],
    [['a', 'b'], '"[""a"",""b""]"'],
  ])('csvField(%j) = %j', (value, out) => {
    expect(csvField(value)).toBe(out);
  });
  it('ends records with CRLF', () => {
    expect(csvLine(['a', 1, null])).toBe('a,1,\r\n');
  });
});

describe('formatRows', () => {
  const rows = [
    { id: 1, name: 'Школа №5' },
    { id: 2, name: 'a,"b"' },
  ];
  const cols: Column<(typeof rows)[number]>[] = [{ header: 'id', value: (r) => r.id }, { header: 'name', value: (r) => r.name }];
  it('json is an array that parses back', () => {
    expect(JSON.parse(formatRows('json', rows, cols))).toEqual(rows);
    expect(JSON.parse(formatRows('json', [], cols))).toEqual([]);
  });
  it('jsonl is one object per line', () => {
    const lines = formatRows('jsonl', rows, cols).trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l))).toEqual(rows);
  });
  it('csv has a header from the keys', () => {
    expect(formatRows('csv', rows, cols)).toBe('id,name\r\n1,Школа №5\r\n2,"a,""b"""\r\n');
  });
  it('table says when there are no rows', () => {
    expect(formatRows('table', [], cols)).toBe('(no rows)\n');
  });
});

describe('argument helpers', () => {
  it('reads repeated options', () => {
    expect(repeatedArg(['--source', 'a', '--x', '--source=b,c', '--', '--source', 'z'], 'source')).toEqual(['a', 'b', 'c']);
  });
  it.each([
    ['intArg', () => intArg('limit', '0')],
    ['intArg', () => intArg('limit', '2x')],
    ['dateArg', () => dateArg('since', '31.01.2024')],
    ['confidenceArg', () => confidenceArg('min-confidence', '1.5')],
  ])('%s rejects bad input with a CLIError naming the option', (_, fn) => {
    expect(fn).toThrow(CLIError);
    expect(fn).toThrow(/--(limit|since|min-confidence)/);
  });
  it('accepts good input', () => {
    expect(intArg('limit', '20')).toBe(20);
    expect(dateArg('since', '2024-01')).toBe('2024-01');
    expect(confidenceArg('min-confidence', '0.5')).toBe(0.5);
    expect(intArg('limit', undefined)).toBeUndefined();
  });
});
