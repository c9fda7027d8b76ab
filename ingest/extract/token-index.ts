/**
 * Where the tokens of one sentence start and end, by character offset within the sentence.
 * Built once per sentence and shared by the finders (names, programmes, lists, people), which
 * used to build their own maps of the same tokens.
 */
import type { Token } from './tokens.ts';

export interface TokenIndex {
  tokens: Token[];
  /** document offset of the sentence's first character */
  offset: number;
  /** index of the token covering each character, -1 where none does */
  at: number[];
  /** index of the token starting at a character; undefined where none starts */
  startAt: (number | undefined)[];
  /** index of the token ending at a character position (exclusive end); undefined where none ends */
  endAt: (number | undefined)[];
}

export function indexTokens(tokens: Token[], offset: number, length: number): TokenIndex {
  // a plain array: a typed array per sentence costs an ArrayBuffer allocation, a tenth of this function
  const at: number[] = new Array<number>(length).fill(-1);
  // filled in order, so the arrays stay in V8's fast (holey) element mode
  const startAt: (number | undefined)[] = [];
  const endAt: (number | undefined)[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const s = tokens[i].start - offset;
    const e = tokens[i].end - offset;
    for (let k = s; k < e; k++) at[k] = i; // tokens are a few characters: a loop beats a fill() call
    startAt[s] = i;
    endAt[e] = i;
  }
  return { tokens, offset, at, startAt, endAt };
}

/** The whole tokens covering [from, to) of the sentence, or undefined where a token crosses either edge. */
export function wholeTokens(idx: TokenIndex, from: number, to: number): Token[] | undefined {
  const first = idx.startAt[from];
  const last = idx.endAt[to];
  return first === undefined || last === undefined || last < first ? undefined : idx.tokens.slice(first, last + 1);
}
