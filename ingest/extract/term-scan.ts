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
  readonly root: FlatTrie | null;
}

/**
 * The trie laid out in typed arrays: node n's children are codes[first[n] .. first[n + 1]) with
 * their nodes in child[]; a short linear search beats a Map lookup per character.
 */
interface FlatTrie {
  /** the root's child for each first code unit, -1 where none (the root has hundreds of children) */
  readonly rootChild: Int32Array;
  readonly first: Int32Array;
  readonly codes: Uint16Array;
  readonly child: Int32Array;
  readonly end: Uint8Array;
}

function flatten(root: CodeNode): FlatTrie {
  const nodes: CodeNode[] = [root];
  for (let n = 0; n < nodes.length; n++) for (const c of nodes[n].next.values()) nodes.push(c);
  const index = new Map(nodes.map((n, k) => [n, k]));
  const first = new Int32Array(nodes.length + 1);
  const edges = nodes.reduce((sum, n) => sum + n.next.size, 0);
  const codes = new Uint16Array(edges);
  const child = new Int32Array(edges);
  const end = new Uint8Array(nodes.length);
  let e = 0;
  nodes.forEach((n, k) => {
    first[k] = e;
    end[k] = n.end ? 1 : 0;
    for (const [code, c] of n.next) {
      codes[e] = code;
      child[e++] = index.get(c)!;
    }
  });
  first[nodes.length] = e;
  const rootChild = new Int32Array(65536).fill(-1);
  for (let r = first[0]; r < first[1]; r++) rootChild[codes[r]] = child[r];
  return { rootChild, first, codes, child, end };
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
  return { firsts, sticky: null, root: flatten(root) };
}

/** Length of the longest word starting at i, or 0. */
function longestAt(trie: FlatTrie, text: string, i: number): number {
  const { first, codes, child, end } = trie;
  let node = trie.rootChild[text.charCodeAt(i)];
  if (node < 0) return 0;
  let longest = end[node] ? 1 : 0;
  for (let k = i + 1; k < text.length; k++) {
    const code = text.charCodeAt(k);
    let next = -1;
    for (let e = first[node], stop = first[node + 1]; e < stop; e++) {
      if (codes[e] === code) {
        next = child[e];
        break;
      }
    }
    if (next < 0) break;
    node = next;
    if (end[node]) longest = k + 1 - i;
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
