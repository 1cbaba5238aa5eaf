/**
 * Is a fetched body text at all? A PNG, a PDF or 64 KB of random bytes served as text/html must
 * not become an "article", and neither must text so broken that no charset reads it. The reason
 * is recorded on the fetch and the source's run; the bytes are archived as evidence.
 */

/** File signatures of formats that are never a web page, by name. */
const SIGNATURES: [string, number[]][] = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a ZIP archive (or an Office document)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip-compressed data', [0x1f, 0x8b]],
  ['a 7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['a RAR archive', [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]],
  ['an ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['a WebAssembly module', [0x00, 0x61, 0x73, 0x6d]],
  ['a Windows executable', [0x4d, 0x5a]],
  ['an Ogg stream', [0x4f, 0x67, 0x67, 0x53]],
  ['a Matroska/WebM video', [0x1a, 0x45, 0xdf, 0xa3]],
];

/** Bytes looked at; a page's first 64 KB say whether it is text. */
const SAMPLE = 64 * 1024;
/** NUL bytes per 1,000 that mark binary data (text in an ASCII-compatible charset has none). */
const NUL_PER_MILLE = 1;
/** Other control bytes per 1,000 (not tab, LF, FF, CR, ESC, BEL: terminal escapes are text, stripped later). */
const CONTROL_PER_MILLE = 20;
/** U+FFFD per 1,000 decoded characters (and at least this many) that mark text no charset reads. */
const REPLACEMENT_PER_MILLE = 10;
const REPLACEMENT_MIN = 20;

function startsWith(bytes: Uint8Array, sig: number[], at = 0): boolean {
  if (bytes.length < at + sig.length) return false;
  return sig.every((b, i) => bytes[at + i] === b);
}

/** Why `bytes` (decoded as `text`) is not a text document, or null when it is. */
export function notTextReason(bytes: Uint8Array, text: string, encoding: string): string | null {
  for (const [what, sig] of SIGNATURES) if (startsWith(bytes, sig)) return `not a text document: the body is ${what}`;
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && bytes.length > 12) return 'not a text document: the body is a RIFF file (WebP, WAV or AVI)';
  if (startsWith(bytes, [0x66, 0x74, 0x79, 0x70], 4)) return 'not a text document: the body is an MP4/QuickTime file';
  if (!encoding.startsWith('utf-16')) {
    const n = Math.min(bytes.length, SAMPLE);
    let nul = 0;
    let control = 0;
    for (let i = 0; i < n; i++) {
      const b = bytes[i];
      if (b === 0) nul++;
      else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b && b !== 0x07) control++;
    }
    if (n > 0 && (nul * 1000 > n * NUL_PER_MILLE || control * 1000 > n * CONTROL_PER_MILLE)) {
      return `not a text document: ${nul} NUL and ${control} other control bytes in the first ${n} bytes (binary data served as text?)`;
    }
  }
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  let replacement = 0;
  for (let i = sample.indexOf('\uFFFD'); i >= 0; i = sample.indexOf('\uFFFD', i + 1)) replacement++;
  if (replacement >= REPLACEMENT_MIN && replacement * 1000 > sample.length * REPLACEMENT_PER_MILLE) {
    return `text could not be decoded: ${replacement} undecodable characters in ${encoding} (the charset is neither declared correctly nor recognisable)`;
  }
  return null;
}
