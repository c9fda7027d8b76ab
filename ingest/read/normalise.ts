/**
 * Length-preserving text normalisation: every UTF-16 code unit in becomes exactly one code
 * unit out, so an offset into the normalised text is also an offset into the text as decoded
 * (before normalisation) and evidence spans can be shown against either.
 *
 * Converted:
 * - the whole full-width ASCII block U+FF01–U+FF5E → U+0021–U+007E: letters, digits and
 *   ！＂＃＄％＆＇（）＊＋，－．／：；＜＝＞？＠［＼］＾＿｀｛｜｝～ — so （一）and (一), ５０％ and
 *   50%, ，and , are one form everywhere (the seeds are already half-width; we make every
 *   input look like them);
 * - U+3000 ideographic space, NBSP and the other Unicode spaces, tab, zero-width space and a
 *   stray BOM → ' ';
 * - line ends: CR LF → ' ' + LF (the CR becomes a trailing space), a lone CR, U+0085, U+2028,
 *   U+2029 → LF.
 * Kept as they are: Chinese punctuation outside that block — 、。《》〈〉“”‘’【】〔〕「」『』—…·
 * — because they carry meaning (《》 cites a document, 〔〕 is part of 发文字号).
 */

// U+00A0, U+1680, U+2000–U+200B, U+202F, U+205F, U+3000, U+FEFF, tab, VT, FF
const SPACE_LIKE = /[\t\v\f\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]/;
const NEEDS_WORK = /[\uff01-\uff5e\t\v\f\r\u0085\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/g;

function mapChar(ch: string, next: string | undefined): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (ch === '\r') return next === '\n' ? ' ' : '\n';
  if (ch === '\u0085' || ch === '\u2028' || ch === '\u2029') return '\n';
  if (SPACE_LIKE.test(ch)) return ' ';
  return ch;
}

export function normaliseText(text: string): string {
  // replace() only visits the characters that need work, so a 50 MB ASCII file stays cheap
  return text.replace(NEEDS_WORK, (ch, offset: number) => mapChar(ch, text[offset + 1]));
}

/** Turns one character the way normaliseText would (for callers that match patterns). */
export function normaliseChar(ch: string): string {
  return mapChar(ch, undefined);
}
