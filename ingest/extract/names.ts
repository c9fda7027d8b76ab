/**
 * Places and organisations: a name ends in a suffix word (小区, 路, 派出所, 领导小组 …) and
 * extends left over name-like tokens until a verb, a function word or punctuation.
 * A name made only of generic words (特色街区, 老旧小区) is not a name.
 */
import { alternation, type Lexicon } from './lexicon.ts';
import { isNominal, isNumeric, isProper, isPunct, type Token } from './tokens.ts';

export interface NameHit {
  type: 'Place' | 'Organisation';
  name: string;
  start: number;
  end: number;
  kind?: string;
  /** length of the suffix that typed the name: on equal spans the longer suffix decides */
  suffixLength?: number;
}

const STOP_WORDS = new Set(['经', '等', '和', '及', '与', '的', '在', '对', '为', '向', '将', '由', '把', '以', '从', '到', '至', '之', '并', '或', '共', '约', '及其', '以及', '其中', '其', '是', '有', '了', '后', '前', '内', '中', '上', '下', '里', '外']);
const DIRECTION_SPLIT = /^[东南西北][段侧岸部块片]/;
/** What may follow a road or river name inside one jieba token: 某公路|沿线, 某河|两岸. */
const ALONG_SPLIT = /^(?:沿线|沿岸|沿街|两侧|两岸|周边)/;
/** Suffixes of a community (居民区/社区): named only by a proper or nominal specific part. */
const COMMUNITY_SUFFIXES = new Set(['社区', '居民区']);
/** Honorific designations written like a community name (创建科普社区, 充分就业社区). */
const COMMUNITY_TITLES = /(?:科普|示范|文明|平安|绿色|智慧|健康|和谐|安全|减灾|低碳|书香|学习型|就业|无邪教|美丽|宜居|幸福)$/;
/** Tags of tokens that may make up the specific part of a community name. */
const COMMUNITY_TAGS = /^(?:n|nr|ns|nz|nt|nrt|nrfg|j|m|x|eng|s)$/;
/** Dictionary tags of proper names: one of them anchors a community name on its own. */
const DICTIONARY_PROPER = /^(?:ns|nr|nrt|nrfg|nz|nt|j)$/;
/** Words that introduce a location or a list item: 在某某社区, 、某某居民区. */
const LOCATIVE_LEAD = new Set(['在', '于', '至', '到', '、', '和', '及', '与', '依托', '覆盖', '以', '对']);
/** A river or road followed by a direction names a stretch of it (某河北岸步道): the river is the place. */
const STRETCH = /^(.{2,}?(塘|江|河|浜|港|泾|公路|大道|路|街))[东南西北][段侧岸部块片]/;
const CHINESE_NUMERAL_NAME = /^[一二三四五六七八九十〇零]{2,}$/;
/** A house number after a road: 某路36-38号, 某路61弄. */
const HOUSE_NUMBER = /^\d+(?:[-—~～]\d+)?[号弄]/;
const LEADING_NOISE = /[对以在把向从个条处家名项座栋幢]/;
const FUNCTION_TAGS = new Set(['p', 'c', 'u', 'd', 'r', 'q', 'y', 'e', 'o', 'v']);
const FOUNDING_VERBS = new Set(['成立', '组建', '设立', '建立', '组织', '召开', '依托', '会同', '联合', '配合']);
const MAX_LEN = { Place: 14, Organisation: 20, long: 28 };

interface Compiled {
  suffixRegex: RegExp;
  labelOf: Map<string, 'Place' | 'Organisation'>;
  longOrg: Set<string>;
}
const compiledFor = new WeakMap<Lexicon, Compiled>();
function compile(lex: Lexicon): Compiled {
  let c = compiledFor.get(lex);
  if (c) return c;
  const labelOf = new Map<string, 'Place' | 'Organisation'>();
  for (const s of lex.placeSuffixes) labelOf.set(s, 'Place');
  for (const s of lex.orgSuffixes) labelOf.set(s, 'Organisation');
  for (const s of lex.longOrgSuffixes) labelOf.set(s, 'Organisation');
  c = { suffixRegex: new RegExp(alternation(labelOf.keys()), 'g'), labelOf, longOrg: new Set(lex.longOrgSuffixes) };
  compiledFor.set(lex, c);
  return c;
}

/** Names ending in a known suffix, plus standalone organisation names (党工委, 区委 …). */
export function findNames(text: string, offset: number, tokens: Token[], lex: Lexicon): NameHit[] {
  const c = compile(lex);
  const hits: NameHit[] = [];
  const tokenAt = indexTokens(tokens, offset, text.length);
  c.suffixRegex.lastIndex = 0;
  for (let m = c.suffixRegex.exec(text); m; m = c.suffixRegex.exec(text)) {
    const suffix = m[0];
    const hit = nameEndingAt(m.index, m.index + suffix.length, suffix, c, text, offset, tokens, tokenAt, lex);
    if (hit) hits.push(hit);
    // overlapping suffixes ("中心村" inside "某东中心村") are found from the next character on
    c.suffixRegex.lastIndex = m.index + 1;
  }
  lex.standaloneOrgRegex.lastIndex = 0;
  for (let m = lex.standaloneOrgRegex.exec(text); m; m = lex.standaloneOrgRegex.exec(text)) {
    const s = m.index;
    const e = s + m[0].length;
    if (lex.orgContextOnly.has(m[0])) continue;
    if (tokenAt.startAt[s] === undefined || tokenAt.endAt[e] === undefined) continue;
    hits.push({ type: 'Organisation', name: m[0], start: offset + s, end: offset + e, suffixLength: m[0].length });
  }
  for (const h of hits.slice()) {
    const num = h.kind === 'road' ? HOUSE_NUMBER.exec(text.slice(h.end - offset)) : null;
    if (num) hits.push({ ...h, name: h.name + num[0], end: h.end + num[0].length, kind: 'building' });
  }
  return hits;
}

interface TokenIndex {
  /** token index containing each character */
  at: Int32Array;
  startAt: Record<number, number>;
  endAt: Record<number, number>;
}
function indexTokens(tokens: Token[], offset: number, length: number): TokenIndex {
  const at = new Int32Array(length).fill(-1);
  const startAt: Record<number, number> = {};
  const endAt: Record<number, number> = {};
  tokens.forEach((t, i) => {
    for (let k = t.start - offset; k < t.end - offset; k++) at[k] = i;
    startAt[t.start - offset] = i;
    endAt[t.end - offset] = i;
  });
  return { at, startAt, endAt };
}

function nameEndingAt(
  s: number,
  e: number,
  suffix: string,
  c: Compiled,
  text: string,
  offset: number,
  tokens: Token[],
  idx: TokenIndex,
  lex: Lexicon,
): NameHit | null {
  // "路" inside "思路", "局" inside "格局" are not suffixes; "河" of "河北段" (jieba: 河北/段) is
  const rest = text.slice(e, e + 2);
  if (idx.endAt[e] === undefined && !DIRECTION_SPLIT.test(rest) && !(ALONG_SPLIT.test(rest) && idx.startAt[s] !== undefined)) return null;
  // a short name written alone in quotes (“金融城”) is a slogan or positioning, not a place
  if (suffix.length === 1 && text[e] === '”' && /“[^“”]*$/.test(text.slice(Math.max(0, s - 12), s))) return null;
  const type = c.labelOf.get(suffix)!;
  let i = idx.at[s];
  const first = tokens[i];
  let start = first.start - offset;
  if (start !== s) {
    // the suffix shares a token with what precedes it: trust that only for numbers (三村),
    // proper nouns with a multi-character suffix, or whole place tokens (a road name tagged ns)
    const prefix = text.slice(start, s);
    const numeral = /^[\d一二三四五六七八九十]+$/.test(prefix);
    const left = tokens[i - 1];
    const properOk = isProper(first) && (suffix.length > 1 || first.word.length >= 3);
    // "X/ns 山路/n": jieba split a road name across a proper first character
    const splitName = left !== undefined && prefix.length === 1 && left.word.length === 1 && isProper(left);
    // "某某/n 河苑/x": an unknown two-character word ending in the suffix, continuing a nominal word
    const unknownTail = first.tag === 'x' && first.word.length === 2 && left !== undefined && /^\p{Script=Han}+$/u.test(left.word) && left.tag !== 'q' && (isNominal(left) || isProper(left)) && !STOP_WORDS.has(left.word);
    // "某某/x 科技园区/n": a compound ending in a multi-character suffix, after a proper name
    const compound = suffix.length > 1 && first.end - offset === e && left !== undefined && isProper(left) && !lex.genericModifiers.has(left.word);
    if (!numeral && !properOk && !splitName && !unknownTail && !compound) return null;
  }
  const long = c.longOrg.has(suffix);
  const maxLen = long ? MAX_LEN.long : MAX_LEN[type];
  for (i = i - 1; i >= 0; i--) {
    const t = tokens[i];
    if (isPunct(t) || STOP_WORDS.has(t.word)) break;
    // "代表某某人民政府": on behalf of a named body, the verb is not part of its name
    if (t.word === '代表' && tokens[i + 1] && isProper(tokens[i + 1])) break;
    // "某镇优化营商环境工作专班": a verb right after the district's name is part of the body's name
    const ownVerb = long && lex.leadVerbs.has(t.word) && !FOUNDING_VERBS.has(t.word) && i > 0 && isProper(tokens[i - 1]) && /(?:镇|街道|区|市|县)$/.test(tokens[i - 1].word);
    if (long ? !ownVerb && (FOUNDING_VERBS.has(t.word) || lex.leadVerbs.has(t.word) && t.word !== '打造') : !extendsName(t, tokens[i + 1], lex, type)) break;
    if (e - (t.start - offset) > maxLen) break;
    start = t.start - offset;
  }
  // leading generic words ("推进重点", "各类") are context, not name
  while (start < s) {
    const ti = idx.startAt[start];
    if (ti === undefined) break;
    const w = tokens[ti].word;
    if (!lex.genericModifiers.has(w) && !lex.leadVerbs.has(w) && !isNumeric(tokens[ti]) && tokens[ti].tag !== 'q') break;
    if (CHINESE_NUMERAL_NAME.test(w) && tokens[ti].end - offset === s && suffix.length > 1) break; // 七六|广场: a numeral name
    start = tokens[ti].end - offset;
  }
  // "书记某某任某委员会主任": a post holder and the verb 任 precede the body's name
  if (type === 'Organisation') {
    const appointed = appointedPrefix(text.slice(start, s), lex);
    if (appointed > 0) start += appointed;
  }
  // a function word or measure word glued to the name by jieba ("以X", "个X") is not part of it
  while (start < s - 1 && LEADING_NOISE.test(text[start])) start++;
  const name = text.slice(start, e);
  const specific = text.slice(start, s);
  if (suffix.length === 1 && specific.length === 1 && !isProper(tokens[idx.at[start]])) return null;
  // a name of two or more Chinese numerals before a multi-character suffix (e.g. 七六广场) is a name, not a count
  const numeralName = CHINESE_NUMERAL_NAME.test(specific) && suffix.length > 1;
  if (!specific || lex.genericModifiers.has(specific) || (!numeralName && !hasSpecificWord(specific, start, offset, tokens, idx, lex))) return null;
  if (lex.genericNames.has(name) || lex.genericNames.has(specific)) return null;
  if (COMMUNITY_SUFFIXES.has(suffix) && !namedCommunity(specific, start, offset, tokens, idx)) return null;
  const stretch = type === 'Place' ? STRETCH.exec(name) : null;
  if (stretch) return { type, name: stretch[1], start: offset + start, end: offset + start + stretch[1].length, kind: lex.placeKinds[stretch[2]], suffixLength: stretch[2].length };
  return { type, name, start: offset + start, end: offset + e, kind: type === 'Place' ? lex.placeKinds[suffix] : undefined, suffixLength: suffix.length };
}

const appointedFor = new WeakMap<Lexicon, RegExp>();
/** Length of a "title + person + 任" lead-in inside a name's specific part, or 0. */
function appointedPrefix(specific: string, lex: Lexicon): number {
  let re = appointedFor.get(lex);
  if (!re) {
    re = new RegExp(`^.*(?:${alternation(lex.titles)})[\\p{Script=Han}]{2,3}?(?:兼任|担任|任)`, 'u');
    appointedFor.set(lex, re);
  }
  return re.exec(specific)?.[0].length ?? 0;
}

/** 南门居民区, 古楼社区: the specific part is made of names and nouns, not a verb (建强居民区) or a designation (科普社区). */
function namedCommunity(specific: string, from: number, offset: number, tokens: Token[], idx: TokenIndex): boolean {
  if (specific.length < 2 || COMMUNITY_TITLES.test(specific)) return false;
  let proper = false;
  for (let k = from; k < from + specific.length; ) {
    const t = tokens[idx.at[k]];
    if (!COMMUNITY_TAGS.test(t.tag) && !isProper(t)) return false;
    if (DICTIONARY_PROPER.test(t.tag)) proper = true;
    k = Math.max(k + 1, t.end - offset);
  }
  // without a dictionary proper name, "社区" after a common word is usually generic (利用社区资源):
  // trust it only where a location or a list item is introduced
  const before = tokens[idx.at[from] - 1];
  return proper || (before !== undefined && LOCATIVE_LEAD.has(before.word));
}

/** A token continues a name leftwards when it is nominal and not a verb, number+measure or stop word. */
function extendsName(t: Token, right: Token | undefined, lex: Lexicon, type: NameHit['type']): boolean {
  if (lex.leadVerbs.has(t.word)) return false;
  if (type === 'Place' && t.tag === 'vn') return false; // 改建/管理 end a place name on the left
  if (t.tag === 'q' || (right && right.tag === 'q')) return false;
  if (t.tag.startsWith('v') && t.tag !== 'vn') return isProper(t);
  // jieba splits unknown names into single characters (single characters): keep them together
  if (t.word.length === 1 && /\p{Script=Han}/u.test(t.word) && !FUNCTION_TAGS.has(t.tag[0])) return true;
  return isNominal(t) || isProper(t);
}

function hasSpecificWord(specific: string, from: number, offset: number, tokens: Token[], idx: TokenIndex, lex: Lexicon): boolean {
  const to = from + specific.length;
  for (let k = from; k < to; ) {
    const t = tokens[idx.at[k]];
    const end = Math.min(to, t.end - offset);
    const piece = specific.slice(k - from, end - from);
    if (!lex.genericModifiers.has(piece) && !/^[\d.一二三四五六七八九十百]+$/.test(piece)) return true;
    k = Math.max(k + 1, end);
  }
  return false;
}
