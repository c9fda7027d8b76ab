/**
 * Bytes of a text file → string, with the encoding detected, never assumed:
 * BOM first, then strict UTF-8, then chardet's guesses checked by actually decoding them.
 * A GB18030 decode is only accepted when it is clean (no replacement characters) and its
 * Chinese characters are mostly common ones (in GB2312) — random bytes decode "validly" as
 * rare ideographs, so validity alone proves nothing.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';

export interface DecodedText {
  text: string;
  encoding: string;
  warnings: string[];
}

export class UndecodableError extends Error {}

const REPLACEMENT = /\ufffd/g;
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/g;
const SAMPLE_CHARS = 200_000;
/** share of Han characters that must be common (GB2312) for a GB18030 guess to stand */
const MIN_COMMON_HAN = 0.85;
/** above this share of broken sequences a "UTF-8 with a few bad bytes" reading is rejected */
const MAX_BAD_UTF8 = 0.02;

const count = (s: string, re: RegExp) => s.match(re)?.length ?? 0;

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** share of Han characters in a sample that GB2312 (the common simplified set) can encode */
function commonHanShare(text: string): number {
  const han = (text.slice(0, SAMPLE_CHARS).match(HAN) ?? []).join('');
  if (!han) return 1;
  const encoded = iconv.encode(han, 'gb2312');
  let misses = 0;
  for (const b of encoded) if (b === 0x3f) misses++;
  return 1 - misses / han.length;
}

function fromBom(bytes: Buffer): DecodedText | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  let enc: string | null = null;
  let skip = 0;
  if (starts(0xef, 0xbb, 0xbf)) [enc, skip] = ['UTF-8', 3];
  else if (starts(0x84, 0x31, 0x95, 0x33)) [enc, skip] = ['GB18030', 4];
  else if (starts(0xff, 0xfe)) [enc, skip] = ['UTF-16LE', 2];
  else if (starts(0xfe, 0xff)) [enc, skip] = ['UTF-16BE', 2];
  if (!enc) return null;
  const body = bytes.subarray(skip);
  const text =
    enc === 'UTF-8' ? new TextDecoder('utf-8', { ignoreBOM: true }).decode(body) : iconv.decode(body, enc);
  return withReplacementWarning({ text, encoding: enc, warnings: [] });
}

function withReplacementWarning(d: DecodedText): DecodedText {
  const bad = count(d.text, REPLACEMENT);
  if (bad) d.warnings.push(`${bad} invalid byte sequence(s) in ${d.encoding} replaced with U+FFFD`);
  return d;
}

/** UTF-16 without a BOM shows up as NUL bytes in every other position */
function utf16WithoutBom(bytes: Buffer): string | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 16) return null; // too short to tell from binary
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const half = n / 2;
  if (oddNul > half * 0.3 && evenNul < half * 0.02) return 'UTF-16LE';
  if (evenNul > half * 0.3 && oddNul < half * 0.02) return 'UTF-16BE';
  return null;
}

/** UTF-16 text (with or without BOM) legitimately contains NUL bytes: the binary check asks here */
export function looksLikeUtf16(bytes: Buffer): boolean {
  const bomLe = bytes[0] === 0xff && bytes[1] === 0xfe;
  const bomBe = bytes[0] === 0xfe && bytes[1] === 0xff;
  return bomLe || bomBe || utf16WithoutBom(bytes) !== null;
}

/** Decodes text bytes; `declared` is a charset named by the file itself (HTML <meta>). */
export function decodeText(bytes: Buffer, declared?: string | null): DecodedText {
  const bom = fromBom(bytes);
  if (bom) return bom;
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return withReplacementWarning({ text: iconv.decode(bytes, utf16), encoding: utf16, warnings: [] });

  const strict = strictUtf8(bytes);
  if (strict !== null) return { text: strict, encoding: 'UTF-8', warnings: [] };

  const lenient = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const badUtf8 = count(lenient, REPLACEMENT);
  const truncatedAtEnd = badUtf8 === 1 && strictUtf8(trimIncompleteTail(bytes)) !== null;

  // mostly valid UTF-8 with a few broken bytes: keep UTF-8 (a legacy encoding would turn every
  // good multi-byte character into garbage to save a handful of bad ones)
  const goodMultibyte = count(lenient, /[^\x00-\x7f\ufffd]/g);
  if (!truncatedAtEnd && badUtf8 / Math.max(1, lenient.length) <= MAX_BAD_UTF8 && goodMultibyte >= 10 * badUtf8) {
    return withReplacementWarning({ text: lenient, encoding: 'UTF-8', warnings: [] });
  }

  const guesses = new Set<string>();
  if (declared && iconv.encodingExists(declared) && !/^utf-?8$/i.test(declared)) guesses.add(normaliseName(declared));
  for (const m of chardet.analyse(bytes.subarray(0, 1 << 20))) {
    if (m.confidence >= 10 && iconv.encodingExists(m.name) && !/^UTF/i.test(m.name)) guesses.add(normaliseName(m.name));
  }
  guesses.add('GB18030'); // the usual non-UTF-8 encoding of Chinese government files

  if (!truncatedAtEnd) {
    for (const enc of guesses) {
      const text = iconv.decode(bytes, enc);
      if (count(text, REPLACEMENT) > 0) continue;
      if (count(text, HAN) > 0 && commonHanShare(text) < MIN_COMMON_HAN) continue;
      if (count(text, HAN) === 0 && enc === 'GB18030') continue; // no evidence for Chinese
      return { text, encoding: enc, warnings: enc === 'GB18030' || enc === declared ? [] : [`decoded as ${enc} (detected)`] };
    }
  }

  if (truncatedAtEnd) {
    return { text: lenient, encoding: 'UTF-8', warnings: ['truncated UTF-8: the file ends inside a multi-byte character (replaced with U+FFFD)'] };
  }
  if (badUtf8 / Math.max(1, lenient.length) <= MAX_BAD_UTF8) {
    return withReplacementWarning({ text: lenient, encoding: 'UTF-8', warnings: [] });
  }
  throw new UndecodableError(
    `undecodable text: not valid UTF-8 (${badUtf8} bad sequences) and no clean GB18030/other decoding`,
  );
}

function normaliseName(name: string): string {
  const n = name.toUpperCase();
  // GB2312 and GBK are subsets of GB18030: decoding with the superset loses nothing
  return n === 'GB2312' || n === 'GBK' || n === 'GB18030' || n === 'EUC-CN' ? 'GB18030' : name;
}

/** drops a partial UTF-8 character at the very end */
function trimIncompleteTail(bytes: Buffer): Buffer {
  let i = bytes.length - 1;
  let back = 0;
  while (i >= 0 && back < 3 && (bytes[i] & 0xc0) === 0x80) {
    i--;
    back++;
  }
  return i >= 0 && bytes[i] >= 0xc0 ? bytes.subarray(0, i) : bytes;
}
