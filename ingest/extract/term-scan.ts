/**
 * Finding the words of a long list in text, left to right, longest match at each position: what a
 * global regex built by alternation() does, two to five times faster. V8 tries the regex at every
 * position even with a lookahead on first characters; here a table of first characters skips most
 * positions in a plain loop, and where one can start a trie of code units is walked (or, when a
 * pattern must follow the word, a sticky regex reads it).
 */

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}
/** A trie as a regex: 城(?:市更新|中村)? tries each character once instead of once per word. */
function trieSource(node: TrieNode): string {
  const branches = [...node.next].map(([ch, child]) => escape(ch) + trieSource(child));
  if (!branches.length) return '';
  const body = branches.length === 1 && !node.end ? branches[0] : `(?:${branches.join('|')})`;
  // a word may end here: the longer continuations are tried first (greedy), as longest-first would
  return node.end ? `${body}?` : body;
}

/**
 * One regex source matching the longest of the words at a position. The words are laid out
 * as a trie, so the engine reads each character once however many words share a prefix; the
 * leading lookahead on the possible first characters lets it skip most positions cheaply.
 */
export function alternation(words: Iterable<string>): string {
  const list = [...new Set(words)].filter(Boolean);
  const firsts = [...new Set(list.map((w) => [...w][0]))].map((ch) => ch.replace(/[\]\[^\\-]/g, '\\$&')).join('');
  return `(?=[${firsts}])${trie(list)}`;
}

function trie(list: string[]): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const w of list) {
    let node = root;
    for (const ch of w) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  return `(?:${trieSource(root)})`;
}

/** A trie by UTF-16 code unit, walked in plain code where no pattern must follow the word. */
interface CodeNode {
  end: boolean;
  next: Map<number, CodeNode>;
}

export interface TermScanner {
  /** 1 where a word can start (by UTF-16 code unit) */
  readonly firsts: Uint8Array;
  /** used when a pattern must follow the word */
  readonly sticky: RegExp | null;
  readonly root: CodeNode | null;
}

/** `after` is a pattern the match must go on with (it is part of the match); `unicode` reads it with the u flag. */
export function termScanner(words: Iterable<string>, after = '', unicode = false): TermScanner {
  const list = [...new Set(words)].filter(Boolean);
  const firsts = new Uint8Array(65536);
  for (const w of list) firsts[w.charCodeAt(0)] = 1;
  if (!list.length) return { firsts, sticky: null, root: null };
  if (after) return { firsts, sticky: new RegExp(trie(list) + after, unicode ? 'uy' : 'y'), root: null };
  const root: CodeNode = { end: false, next: new Map() };
  for (const w of list) {
    let node = root;
    for (let k = 0; k < w.length; k++) {
      let child = node.next.get(w.charCodeAt(k));
      if (!child) node.next.set(w.charCodeAt(k), (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  return { firsts, sticky: null, root };
}

/** Length of the longest word starting at i, or 0. */
function longestAt(root: CodeNode, text: string, i: number): number {
  let node: CodeNode | undefined = root;
  let longest = 0;
  for (let k = i; k < text.length; k++) {
    node = node.next.get(text.charCodeAt(k));
    if (!node) break;
    if (node.end) longest = k + 1 - i;
  }
  return longest;
}

/**
 * Calls visit(word, index) for each match. After a match the scan goes on after it, or, when
 * overlapping, from the next character (so 中心村 is found inside 某东中心村 after 东中心村).
 */
export function scanTerms(scanner: TermScanner, text: string, visit: (word: string, index: number) => void, overlapping = false): void {
  const { firsts, sticky, root } = scanner;
  if (root) {
    for (let i = 0; i < text.length; i++) {
      if (firsts[text.charCodeAt(i)] === 0) continue;
      const length = longestAt(root, text, i);
      if (length === 0) continue;
      visit(text.slice(i, i + length), i);
      if (!overlapping) i += length - 1;
    }
    return;
  }
  if (!sticky) return;
  for (let i = 0; i < text.length; i++) {
    if (firsts[text.charCodeAt(i)] === 0) continue;
    sticky.lastIndex = i;
    const m = sticky.exec(text);
    if (!m) continue;
    visit(m[0], i);
    if (!overlapping) i += m[0].length - 1;
  }
}
