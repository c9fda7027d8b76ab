/**
 * Segmentation with offsets. The whole document is segmented once (nodejieba.cut with HMM,
 * the same segmenter nodejieba.tag uses) and each sentence takes its slice of the tokens.
 * Part-of-speech tags come from jieba's own dictionary, read once into a Map: nodejieba.tag
 * does exactly this lookup in C++, but marshalling one {word, tag} object per token back to
 * JavaScript costs about as much as the segmentation itself, so cut + Map is ~2× faster
 * than tag and gives the same tags (test/extract/tokens.test.ts checks the equivalence).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
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
/** Punctuation, symbols and footnote marks (①②, ⑴, ❶) */
const PUNCT = /^[\s\p{P}\p{S}\u2460-\u24ff\u2776-\u2793\u3251-\u325f\u32b1-\u32bf]+$/u;

let tagTable: Map<string, string> | null = null;

function dictionaryDir(): string {
  const own = (nodejieba as unknown as { DEFAULT_DICT?: string }).DEFAULT_DICT;
  if (own) return dirname(own);
  return join(dirname(createRequire(import.meta.url).resolve('nodejieba')), 'submodules/cppjieba/dict');
}

/** "word freq tag" (main dictionary) or "word [freq] [tag]" (user dictionary); later lines win, as in cppjieba's trie. */
function readTags(file: string, into: Map<string, string>, userFormat: boolean): void {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return;
  }
  for (let i = 0; i < text.length; ) {
    let nl = text.indexOf('\n', i);
    if (nl < 0) nl = text.length;
    const line = text.slice(i, nl).trim();
    i = nl + 1;
    if (!line) continue;
    const parts = line.split(/\s+/);
    const tag = parts.length >= 3 ? parts[2] : userFormat && parts.length === 2 ? parts[1] : '';
    if (tag) into.set(parts[0], tag);
    else into.delete(parts[0]); // an untagged user word falls back to the special rule
  }
}

function tags(): Map<string, string> {
  if (tagTable) return tagTable;
  tagTable = new Map();
  const dir = dictionaryDir();
  readTags(join(dir, 'jieba.dict.utf8'), tagTable, false);
  readTags(join(dir, 'user.dict.utf8'), tagTable, true);
  return tagTable;
}

/** cppjieba PosTagger::SpecialRule for words without a dictionary tag (note its integer halving). */
function specialTag(word: string): string {
  const runes = [...word];
  const half = Math.floor(runes.length / 2);
  let ascii = 0;
  let digits = 0;
  for (let i = 0; i < runes.length && ascii < half; i++) {
    const c = runes[i].codePointAt(0)!;
    if (c < 0x80) {
      ascii++;
      if (c >= 48 && c <= 57) digits++;
    }
  }
  return ascii === 0 ? 'x' : digits === ascii ? 'm' : 'eng';
}

/**
 * Tags of the words seen lately. A document uses a few thousand distinct words; looking them up
 * in this small Map, which stays in the CPU cache, is several times faster than in the
 * 350,000-word table. Bounded: cleared when it grows past RECENT_MAX.
 */
const recent = new Map<string, string>();
const RECENT_MAX = 20000;

export function tagOf(word: string): string {
  let tag = recent.get(word);
  if (tag === undefined) {
    tag = tags().get(word) ?? specialTag(word);
    if (recent.size >= RECENT_MAX) recent.clear();
    recent.set(word, tag);
  }
  return tag;
}

/** Whether jieba's dictionaries (main and user) hold the word. */
export function isDictionaryWord(word: string): boolean {
  return tags().has(word);
}

let dictionaryEdits = 0;
/** Changes whenever a word is added or retagged: a memo of cuts is stale once it has changed. */
export const dictionaryVersion = () => dictionaryEdits;

/** Adds a word to jieba's dictionary and to the tag table, so cut and tag stay consistent. */
export function insertWord(word: string, tag: string): void {
  nodejieba.insertWord(word, tag);
  tags().set(word, tag);
  recent.delete(word);
  dictionaryEdits++;
}

/** Corrects the tag of a word jieba knows, without touching its segmentation. */
export function retag(word: string, tag: string): void {
  tags().set(word, tag);
  recent.delete(word);
  dictionaryEdits++;
}

/** Words that must stay whole, by their first two characters (as one number), longest first. */
let wholeByStart: Map<number, string[]> | null = null;
/** the tag each whole word is given (ns for a district's form, n for a noun jieba cuts) */
const wholeTags = new Map<string, string>();
/** 1 where a whole word can start (by UTF-16 code unit), so most tokens skip the Map lookup */
const wholeFirsts = new Uint8Array(65536);
const startKey = (text: string, at: number) => text.charCodeAt(at) * 65536 + text.charCodeAt(at + 1);

/**
 * Words that must come out as one token even where jieba's frequencies cut them: a district's
 * short form is rare next to its characters (新 62626, 浜 7066), so "新浜港" comes out 新/a 浜港/x
 * and the 浜 reads as a river suffix. A user word cannot outweigh that (insertWord takes no frequency).
 */
export function keepWhole(words: Iterable<readonly [word: string, tag: string]>): void {
  const byStart = new Map<number, string[]>();
  wholeTags.clear();
  for (const [w, tag] of words) if (w.length >= 2 && !wholeTags.has(w)) {
    wholeTags.set(w, tag);
    byStart.set(startKey(w, 0), [...(byStart.get(startKey(w, 0)) ?? []), w]);
  }
  for (const list of byStart.values()) list.sort((a, b) => b.length - a.length);
  wholeFirsts.fill(0);
  for (const list of byStart.values()) wholeFirsts[list[0].charCodeAt(0)] = 1;
  wholeByStart = byStart.size ? byStart : null;
}

/** Re-cuts the tokens around each whole word that starts a token but ends inside or beyond one. */
function mergeWholeWords(text: string, offset: number, tokens: Token[]): Token[] {
  if (!wholeByStart) return tokens;
  let out: Token[] | null = null;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (wholeFirsts[text.charCodeAt(t.start - offset)] === 0) {
      out?.push(t);
      continue;
    }
    const candidates = wholeByStart.get(startKey(text, t.start - offset));
    const word = candidates?.find((w) => text.startsWith(w, t.start - offset));
    if (word === undefined) {
      out?.push(t);
      continue;
    }
    const e = t.start + word.length;
    // "书院/n 工业园区": the district's own form read as a common word is still its name
    const tag = wholeTags.get(word)!;
    if (t.end === e) {
      if (t.tag !== tag) (out ??= tokens.slice(0, k)).push({ ...t, tag });
      else out?.push(t);
      continue;
    }
    let j = k;
    while (j < tokens.length && tokens[j].end < e) j++;
    // never cut a long word for it (新华 in 新/a 华为技术): only a one- or two-character remainder
    if (j >= tokens.length || tokens[j].end - e > 2) {
      out?.push(t);
      continue;
    }
    out ??= tokens.slice(0, k);
    out.push({ word, tag, start: t.start, end: e });
    const last = tokens[j];
    if (last.end > e) {
      const rest = text.slice(e - offset, last.end - offset);
      out.push({ word: rest, tag: tagOf(rest), start: e, end: last.end });
    }
    k = j;
  }
  return out ?? tokens;
}

/**
 * Words that glue a name's suffix to what follows it: to the title after it (医院院长, 事务所律师, from the dictionary),
 * or to a function word after it (区生态环境/l 局等/x, 区规划/n 资源/n 局在/x, read by jieba's model for unknown
 * words); and a function word to the level character a name starts with (由区/x): word → where to cut it.
 */
const gluedTitles = new Map<string, number>();
const gluedFirsts = new Uint8Array(65536);

/**
 * Registers every dictionary word that is a body's or place's suffix followed by a title: jieba
 * reads 某某中学校长 as 某某/中学校长, which hides the school's name from the suffix rules.
 */
export function splitGluedTitles(suffixes: Iterable<string>, titles: Iterable<string>): void {
  const table = tags();
  const titleList = [...titles];
  for (const suffix of suffixes) {
    for (const title of titleList) {
      const word = suffix + title;
      if (!table.has(word) || (gluedTitles.get(word) ?? 0) >= suffix.length) continue;
      gluedTitles.set(word, suffix.length);
      gluedFirsts[word.charCodeAt(0)] = 1;
    }
  }
  // "学前教育/l 科科长/n": a one-character suffix and its head's title read as one word
  for (const suffix of DOUBLED_SUFFIX) {
    const word = suffix + suffix + '长';
    if (!table.has(word) || !titleList.includes(suffix + '长')) continue;
    gluedTitles.set(word, 1);
    gluedFirsts[word.charCodeAt(0)] = 1;
  }
}

/** function words jieba's model for unknown words glues after a name's one-character suffix (局等/x, 委将/x, 局在/x) */
const GLUED_AFTER_SUFFIX = ['等', '和', '与', '及', '的', '在', '对', '为', '将', '共'];

/** Registers a one-character suffix glued to a function word after it (局等, 委将, 村为): the name ends at its suffix. */
export function splitGluedFunctionWords(suffixes: Iterable<string>): void {
  for (const suffix of suffixes) {
    if (suffix.length !== 1) continue;
    for (const word of GLUED_AFTER_SUFFIX) gluedTitles.set(suffix + word, 1);
    gluedFirsts[suffix.charCodeAt(0)] = 1;
  }
}

/**
 * function words jieba's model for unknown words glues to the level character that starts a body's name after
 * them (由区/x 商务委牵头, 用好区/x 残联公众号, 2024年区/x 重大工程, 共有区/n 退役军人服务中心); not 强区 or 驻区,
 * which are words of their own (科技强区, 驻区单位)
 */
const GLUED_BEFORE_LEVEL = ['由', '向', '请', '获', '经', '为', '对', '与', '受', '报', '来', '到', '被', '赴', '等', '好', '按', '年', '个', '和', '及', '在', '将', '把', '从', '给', '跨', '共有'];
const LEVEL_CHARACTERS = ['区', '镇', '市', '县'];
for (const word of GLUED_BEFORE_LEVEL) {
  for (const level of LEVEL_CHARACTERS) gluedTitles.set(word + level, word.length);
  gluedFirsts[word.charCodeAt(0)] = 1;
}

function splitTitles(tokens: Token[]): Token[] {
  if (gluedTitles.size === 0) return tokens;
  let out: Token[] | null = null;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const cut = gluedFirsts[t.word.charCodeAt(0)] === 1 ? gluedTitles.get(t.word) : undefined;
    if (cut === undefined) {
      out?.push(t);
      continue;
    }
    out ??= tokens.slice(0, k);
    const left = t.word.slice(0, cut);
    const right = t.word.slice(cut);
    out.push({ word: left, tag: tagOf(left), start: t.start, end: t.start + cut }, { word: right, tag: tagOf(right), start: t.start + cut, end: t.end });
  }
  return out ?? tokens;
}

/** measure words of counted places (2条里弄, 3座桥, 5个小区) */
export const COUNT_MEASURE = /^[个条座处幢栋家所幅宗块片]$/;

/**
 * "3/x 个大居/x 基地": right after a number, an unknown word that starts with a measure word is
 * the count's measure and a word of its own; cut apart, the word after the count can start a name.
 */
function splitGluedMeasures(tokens: Token[]): Token[] {
  let out: Token[] | null = null;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const before = tokens[k - 1];
    const glued = t.tag === 'x' && t.word.length >= 3 && COUNT_MEASURE.test(t.word[0]) && before !== undefined && before.end === t.start && isNumeric(before);
    if (!glued) {
      out?.push(t);
      continue;
    }
    out ??= tokens.slice(0, k);
    const measure = t.word[0];
    const rest = t.word.slice(1);
    out.push({ word: measure, tag: 'q', start: t.start, end: t.start + 1 }, { word: rest, tag: tagOf(rest), start: t.start + 1, end: t.end });
  }
  return out ?? tokens;
}

/**
 * "管理科/科/长江/涛": after a body's suffix, the same character and 长 are its head's title (科长),
 * but jieba may read 长 into the next word (长江). The title is made whole and the rest re-cut.
 */
function repairDoubledSuffix(text: string, offset: number, tokens: Token[]): Token[] {
  let out: Token[] | null = null;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const next = tokens[k + 1];
    const doubled = k > 0 && t.word.length === 1 && DOUBLED_SUFFIX.has(t.word) && tokens[k - 1].word.endsWith(t.word) && next !== undefined && next.word.length >= 2 && next.word[0] === '长';
    if (!doubled) {
      out?.push(t);
      continue;
    }
    out ??= tokens.slice(0, k);
    const title = t.word + '长';
    out.push({ word: title, tag: tagOf(title), start: t.start, end: t.start + 2 });
    // the rest of the next word and the word after it, cut again (江涛 for 长江/涛)
    const restEnd = tokens[k + 2]?.end ?? next.end;
    const rest = text.slice(next.start + 1 - offset, restEnd - offset);
    let at = next.start + 1;
    for (const word of nodejieba.cut(rest, true)) {
      out.push({ word, tag: tagOf(word), start: at, end: at + word.length });
      at += word.length;
    }
    k += tokens[k + 2] ? 2 : 1;
  }
  return out ?? tokens;
}
/** Suffix characters whose head is titled by the character and 长 (科长, 处长, 所长, 站长 …). */
const DOUBLED_SUFFIX = new Set(['科', '处', '所', '站', '局', '部', '组', '队', '室', '院', '馆']);

export function tokenize(text: string, offset: number): Token[] {
  const words = nodejieba.cut(text, true);
  const tokens: Token[] = new Array(words.length);
  let cursor = 0;
  for (let k = 0; k < words.length; k++) {
    const word = words[k];
    // jieba returns the text back in pieces; indexOf guards against any normalisation it might do
    let at = text.startsWith(word, cursor) ? cursor : text.indexOf(word, cursor);
    if (at < 0) at = cursor;
    tokens[k] = { word, tag: tagOf(word), start: offset + at, end: offset + at + word.length };
    cursor = at + word.length;
  }
  return repairDoubledSuffix(text, offset, splitGluedMeasures(splitTitles(mergeWholeWords(text, offset, tokens))));
}

/**
 * The tokens of one span of the document, cut from the whole-document tokens. A token that
 * crosses the span's edge (rare: jieba splits at punctuation, sentences end there) makes the
 * span be segmented on its own instead.
 */
export function tokensOf(all: Token[], docText: string, text: string, start: number): Token[] {
  const end = start + text.length;
  if (docText.slice(start, end) !== text) return tokenize(text, start);
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  let k = lo;
  if (k < all.length && all[k].start < start) return tokenize(text, start);
  const from = k;
  while (k < all.length && all[k].end <= end) k++;
  if (k < all.length && all[k].start < end) return tokenize(text, start);
  return all.slice(from, k);
}

/** Most tokens start with a Chinese character and are not punctuation: that answer needs no regex. */
export const isPunct = (t: Token) => {
  const c = t.word.charCodeAt(0);
  return !(c >= 0x4e00 && c <= 0x9fff) && PUNCT.test(t.word);
};
/** Unknown-word tokens (tag x) that are made of letters count as proper: jieba leaves new names untagged. */
export const isProper = (t: Token) => PROPER.has(t.tag) || (t.tag === 'x' && /[\p{L}]/u.test(t.word));
export const isNominal = (t: Token) => NOMINAL.has(t.tag) && !isPunct(t);
export const isNumeric = (t: Token) => t.tag === 'm' || /^[\d.]+$/.test(t.word);

/** Whether the name is made of common words only (市民|服务中心, 文化中心): no proper or unknown word names it. */
export function commonWordsOnly(name: string): boolean {
  const common = (w: string) => isDictionaryWord(w) && !/^(?:ns|nr|nz|nt|x)/.test(tagOf(w));
  // (split points reachable by common words of two or more characters, left to right)
  const reach = new Array<boolean>(name.length + 1).fill(false);
  reach[0] = true;
  for (let i = 0; i < name.length; i++) {
    if (!reach[i]) continue;
    for (let j = i + 2; j <= Math.min(name.length, i + 6); j++) if (common(name.slice(i, j))) reach[j] = true;
  }
  return reach[name.length];
}
