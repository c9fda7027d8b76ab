/** Segmentation with offsets: one nodejieba.tag call per sentence, tokens carry absolute spans. */
import nodejieba from 'nodejieba';

export interface Token {
  word: string;
  tag: string;
  start: number;
  end: number;
}

/** Tags whose tokens may belong to a proper name (place, organisation, programme anchor). */
const PROPER = new Set(['ns', 'nr', 'nrt', 'nrfg', 'nz', 'nt', 'eng', 'j']);
const NOMINAL = new Set(['n', 'ng', 'nl', 'ns', 'nr', 'nrt', 'nrfg', 'nz', 'nt', 'eng', 'j', 'm', 'b', 's', 'f', 'an', 'vn', 'l', 'i', 'x', 'q', 'g', 'k', 'h']);
const PUNCT = /^[\s\p{P}\p{S}]+$/u;

export function tokenize(text: string, offset: number): Token[] {
  const tagged = nodejieba.tag(text);
  const tokens: Token[] = [];
  let cursor = 0;
  for (const { word, tag } of tagged) {
    // jieba returns the text back in pieces; indexOf guards against any normalisation it might do
    let at = text.startsWith(word, cursor) ? cursor : text.indexOf(word, cursor);
    if (at < 0) at = cursor;
    tokens.push({ word, tag, start: offset + at, end: offset + at + word.length });
    cursor = at + word.length;
  }
  return tokens;
}

export const isPunct = (t: Token) => PUNCT.test(t.word);
/** Unknown-word tokens (tag x) that are made of letters count as proper: jieba leaves new names untagged. */
export const isProper = (t: Token) => PROPER.has(t.tag) || (t.tag === 'x' && /[\p{L}]/u.test(t.word));
export const isNominal = (t: Token) => NOMINAL.has(t.tag) && !isPunct(t);
export const isNumeric = (t: Token) => t.tag === 'm' || /^[\d.]+$/.test(t.word);
