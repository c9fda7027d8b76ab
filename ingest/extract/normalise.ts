/**
 * Name normalisation shared by extraction, ids and evaluation.
 * Documents mix half- and full-width punctuation, so names are compared in a folded form.
 */

const QUOTES = /[“”"'‘’「」『』《》〈〉]/g;
const SPACES = /[\s\u3000]+/g;
const DASHES = /[—–－‐‑~～]/g;

/** NFKC folds full-width ASCII and brackets; whitespace inside names comes from layout, not meaning. */
export function cleanName(name: string): string {
  let clean = cleaned.get(name);
  if (clean === undefined) {
    clean = name.normalize('NFKC').replace(SPACES, '').trim();
    // every mention of an entity passes here; like nameKey's, the cache is bounded
    if (cleaned.size > 50000) cleaned.clear();
    cleaned.set(name, clean);
  }
  return clean;
}
const cleaned = new Map<string, string>();

/** The key two names must share to be "the same name": quotes, title marks and dash styles ignored. */
export function nameKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    key = cleanName(name).replace(QUOTES, '').replace(DASHES, '-').toLowerCase();
    // names repeat across sentences and documents; the cache is bounded to stay small
    if (keys.size > 50000) keys.clear();
    keys.set(name, key);
  }
  return key;
}
const keys = new Map<string, string>();

/** Id-safe slug: the key, with characters that break ids (`:`) replaced. */
export function idPart(name: string): string {
  return nameKey(name).replace(/:/g, '-');
}

export const QUOTE_OPEN = '“"「『';
export const QUOTE_CLOSE = '”"」』';

/** Strip a trailing parenthetical: "城运中心(应急管理中心)" → ["城运中心", "应急管理中心"]. */
export function splitParenthetical(name: string): { head: string; inner: string | null } {
  const m = /^(.+?)[(（]([^()（）]+)[)）]$/.exec(name);
  return m ? { head: m[1], inner: m[2] } : { head: name, inner: null };
}
