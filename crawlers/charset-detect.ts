/**
 * Telling the charset from the bytes: whether a declared charset is one the bytes cannot be in
 * (utf-8 over invalid UTF-8; a legacy single-byte charset over multi-byte UTF-8), and detection
 * with chardet among the encodings of eduwatch's languages when nothing usable is declared.
 */
import chardet from 'chardet';
import { normalizeCharset } from './charset.js';

/**
 * Encodings the detector may answer (those eduwatch's languages are published in); anything else
 * it guesses is noise on a page in uk, ru, pl, bg or en.
 */
export const DETECTABLE = new Set(['utf-8', 'windows-1251', 'koi8-r', 'koi8-u', 'iso-8859-5', 'ibm866', 'windows-1250', 'iso-8859-2', 'windows-1252']);
/** Bytes the detector reads (enough text for a confident guess, bounded for 5 MB pages). */
const DETECT_BYTES = 64 * 1024;
/** Invalid UTF-8 sequences (per 1,000 bytes, and at least this many) that make "utf-8" impossible. */
const BAD_UTF8_PER_MILLE = 1;
const BAD_UTF8_MIN = 3;
/** Multi-byte UTF-8 sequences that make a declared legacy single-byte charset impossible. */
const UTF8_SEQUENCES_MIN = 8;

/** Invalid sequences and multi-byte sequences in `bytes` read as UTF-8 (one linear pass). */
export function utf8Stats(bytes: Uint8Array): { invalid: number; multibyte: number } {
  let invalid = 0;
  let multibyte = 0;
  const n = bytes.length;
  for (let i = 0; i < n; ) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= n;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok) {
      multibyte++;
      i += len;
    } else {
      invalid++;
      i++;
    }
  }
  return { invalid, multibyte };
}

function utf8Impossible(bytes: Uint8Array): boolean {
  const { invalid } = utf8Stats(bytes);
  return invalid >= BAD_UTF8_MIN && invalid * 1000 >= bytes.length * BAD_UTF8_PER_MILLE;
}

const SINGLE_BYTE = new Set([...DETECTABLE].filter((e) => e !== 'utf-8'));

/** A declared encoding the bytes cannot be in. */
export function impossible(bytes: Uint8Array, encoding: string): boolean {
  if (encoding === 'utf-8') return utf8Impossible(bytes);
  if (SINGLE_BYTE.has(encoding)) {
    const { invalid, multibyte } = utf8Stats(bytes);
    return invalid === 0 && multibyte >= UTF8_SEQUENCES_MIN;
  }
  return false;
}

/** The charset of the bytes by detection, or null when the detector has no usable answer. */
export function detectCharset(bytes: Uint8Array): string | null {
  const sample = bytes.length > DETECT_BYTES ? bytes.subarray(0, DETECT_BYTES) : bytes;
  const { invalid, multibyte } = utf8Stats(sample);
  if (invalid === 0) return 'utf-8';
  if (multibyte > 0 && !utf8Impossible(sample)) return 'utf-8';
  for (const guess of chardet.analyse(sample)) {
    const name = normalizeCharset(guess.name);
    if (name && DETECTABLE.has(name)) return name;
  }
  return null;
}

