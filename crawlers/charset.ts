/**
 * Decode a response body once, the way a browser picks the character set:
 * byte-order mark → Content-Type charset → <meta charset> / <meta http-equiv> / <?xml encoding?>
 * in the first bytes → utf-8. (The WHATWG encoding-sniffing algorithm lets a BOM win over the header,
 * so a page served as "windows-1251" that starts with a UTF-8 BOM is read as UTF-8, as browsers do.)
 * A declaration the bytes cannot be in (utf-8 declared, the bytes are not UTF-8; a legacy charset
 * declared, the bytes are multi-byte UTF-8) is passed over, and when nothing usable is declared
 * the charset is detected from the bytes (chardet, among the encodings of eduwatch's languages).
 * crawlee decodes from the header only; eduwatch hands it raw bytes and decodes here.
 */
import iconv from 'iconv-lite';
import type { EncodingSource } from '../types.js';
import { detectCharset, impossible } from './charset-detect.js';

export { detectCharset, utf8Stats, DETECTABLE } from './charset-detect.js';

/** Bytes scanned for a <meta> declaration. The HTML spec says 1024; real pages put long <head>s first. */
export const META_PRESCAN_BYTES = 4096;

/**
 * Labels that iconv-lite does not know, or knows with a meaning browsers do not use.
 * WHATWG maps latin1/ascii labels to windows-1252 and the utf-16 labels in <meta> to utf-8.
 */
const LABEL_ALIASES: Record<string, string> = {
  'win-1251': 'windows-1251',
  'win1251': 'windows-1251',
  'cp-1251': 'windows-1251',
  'x-cp1251': 'windows-1251',
  'windows1251': 'windows-1251',
  'win-1250': 'windows-1250',
  'win1250': 'windows-1250',
  'cp-1250': 'windows-1250',
  'x-cp1250': 'windows-1250',
  'windows1250': 'windows-1250',
  'koi8': 'koi8-r',
  'koi': 'koi8-r',
  'koi8r': 'koi8-r',
  'cskoi8r': 'koi8-r',
  'latin2': 'iso-8859-2',
  'l2': 'iso-8859-2',
  'iso8859-2': 'iso-8859-2',
  'iso_8859-2': 'iso-8859-2',
  'iso88592': 'iso-8859-2',
  'csisolatin2': 'iso-8859-2',
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  'iso_8859-1': 'windows-1252',
  'latin1': 'windows-1252',
  'l1': 'windows-1252',
  'ascii': 'windows-1252',
  'us-ascii': 'windows-1252',
  'utf8': 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  'x-unicode20utf8': 'utf-8',
};

/** Canonical names for labels iconv-lite resolves itself (so `cp1251` is reported as `windows-1251`). */
const CANONICAL: Record<string, string> = {
  cp1251: 'windows-1251',
  cp1250: 'windows-1250',
  cp1252: 'windows-1252',
  cp866: 'ibm866',
};

/**
 * Turn a charset label as found in the wild into an encoding name iconv-lite can decode,
 * or null when the label names no known encoding.
 */
export function normalizeCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  let l = label.trim().toLowerCase();
  if (l.startsWith('"') || l.startsWith("'")) l = l.slice(1);
  if (l.endsWith('"') || l.endsWith("'")) l = l.slice(0, -1);
  l = l.trim();
  if (l === '') return null;
  const aliased = LABEL_ALIASES[l] ?? l;
  if (!iconv.encodingExists(aliased)) return null;
  return CANONICAL[aliased] ?? aliased;
}

/** The charset parameter of a Content-Type header value, or null. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  for (const part of contentType.split(';').slice(1)) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim().toLowerCase() === 'charset') return part.slice(eq + 1).trim() || null;
  }
  return null;
}

/** Encoding named by a byte-order mark, and the BOM's length. */
export function sniffBom(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  return null;
}

/** Value of `name=` inside a content attribute such as "text/html; charset=windows-1251". */
function charsetInContent(content: string): string | null {
  const lower = content.toLowerCase();
  const at = lower.indexOf('charset');
  if (at < 0) return null;
  let i = at + 'charset'.length;
  while (i < lower.length && lower[i] === ' ') i++;
  if (lower[i] !== '=') return null;
  i++;
  while (i < lower.length && lower[i] === ' ') i++;
  const quote = lower[i] === '"' || lower[i] === "'" ? lower[i] : null;
  if (quote) i++;
  let end = i;
  while (end < lower.length && (quote ? lower[end] !== quote : !/[\s;"']/.test(lower[end]))) end++;
  return content.slice(i, end) || null;
}

/** Attributes of one tag starting right after its name; stops at '>'. Linear scan, no regex backtracking. */
function readAttributes(s: string, from: number): { attrs: Map<string, string>; end: number } {
  const attrs = new Map<string, string>();
  let i = from;
  const n = s.length;
  while (i < n) {
    while (i < n && /[\s/]/.test(s[i])) i++;
    if (i >= n || s[i] === '>') break;
    let nameEnd = i;
    while (nameEnd < n && !/[\s/>=]/.test(s[nameEnd])) nameEnd++;
    const name = s.slice(i, nameEnd).toLowerCase();
    i = nameEnd;
    while (i < n && /\s/.test(s[i])) i++;
    let value = '';
    if (s[i] === '=') {
      i++;
      while (i < n && /\s/.test(s[i])) i++;
      const q = s[i];
      if (q === '"' || q === "'") {
        const close = s.indexOf(q, i + 1);
        const stop = close < 0 ? n : close;
        value = s.slice(i + 1, stop);
        i = stop + 1;
      } else {
        let end = i;
        while (end < n && !/[\s>]/.test(s[end])) end++;
        value = s.slice(i, end);
        i = end;
      }
    }
    if (name && !attrs.has(name)) attrs.set(name, value);
  }
  return { attrs, end: i };
}

/**
 * Charset declared inside the document: `<?xml ... encoding="…"?>` at the start, or the first
 * `<meta charset>` / `<meta http-equiv="content-type" content="…charset=…">` in the first bytes.
 * Comments are skipped, as the HTML prescan does.
 */
export function sniffDeclaredCharset(bytes: Uint8Array): string | null {
  // latin1 maps every byte to one char, so ASCII markup is readable whatever the real encoding.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, META_PRESCAN_BYTES)).toString('latin1');
  if (head.startsWith('<?xml')) {
    const close = head.indexOf('?>');
    const decl = close < 0 ? head : head.slice(0, close);
    const { attrs } = readAttributes(decl, 5);
    const enc = attrs.get('encoding');
    if (enc) return enc;
  }
  const lower = head.toLowerCase();
  let i = 0;
  while (i < lower.length) {
    const lt = lower.indexOf('<', i);
    if (lt < 0) break;
    if (lower.startsWith('<!--', lt)) {
      const end = lower.indexOf('-->', lt + 4);
      if (end < 0) break;
      i = end + 3;
      continue;
    }
    if (lower.startsWith('<meta', lt) && /[\s/]/.test(lower[lt + 5] ?? '')) {
      const { attrs, end } = readAttributes(head, lt + 5);
      const charset = attrs.get('charset');
      if (charset && charset.trim()) return charset.trim();
      const equiv = attrs.get('http-equiv');
      const content = attrs.get('content');
      if (equiv && equiv.trim().toLowerCase() === 'content-type' && content) {
        const found = charsetInContent(content);
        if (found) return found;
      }
      i = end + 1;
      continue;
    }
    i = lt + 1;
  }
  return null;
}

export interface DecodedBody {
  text: string;
  encoding: string;
  encodingSource: EncodingSource;
}

/**
 * Control characters no page needs (C0 except tab, LF, FF, CR; DEL; C1): a hostile page's
 * terminal escapes. Removed from the decoded text (the raw bytes are archived as served).
 */
export const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g;

export function stripControlChars(text: string): string {
  return text.replace(CONTROL_CHARS, '');
}

function decoded(buf: Buffer, encoding: string, encodingSource: EncodingSource): DecodedBody {
  return { text: stripControlChars(iconv.decode(buf, encoding, { stripBOM: false })), encoding, encodingSource };
}

/**
 * Decode response bytes to text exactly once: BOM, then the Content-Type charset, then a charset
 * declared in the document's first bytes, then detection from the bytes, then utf-8. Unknown
 * labels, and declarations the bytes cannot be in, are passed over. A <meta> declaring utf-16 in
 * an ASCII-compatible document means utf-8 (HTML spec). Control characters are removed.
 */
export function decodeBody(bytes: Uint8Array, contentType: string | null): DecodedBody {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bom = sniffBom(buf);
  if (bom) return decoded(buf.subarray(bom.length), bom.encoding, 'bom');

  const fromHeader = normalizeCharset(charsetFromContentType(contentType));
  if (fromHeader && !impossible(buf, fromHeader)) return decoded(buf, fromHeader, 'header');

  let declared = normalizeCharset(sniffDeclaredCharset(buf));
  if (declared === 'utf-16le' || declared === 'utf-16be' || declared === 'utf16' || declared === 'utf-16') declared = 'utf-8';
  if (declared && !impossible(buf, declared)) return decoded(buf, declared, 'meta');

  const detected = detectCharset(buf);
  if (detected && (fromHeader || declared || detected !== 'utf-8')) return decoded(buf, detected, 'detected');
  return decoded(buf, 'utf-8', 'default');
}
