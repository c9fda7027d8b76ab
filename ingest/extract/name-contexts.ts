/**
 * What around a candidate name decides it: the characters before a name that jieba cut apart,
 * the quote it stands in, the locative 里, a district's schools. Helpers of names.ts.
 */
import type { Lexicon } from './lexicon.ts';
import { nameKey } from './normalise.ts';
import { FUNCTION_TAGS, STOP_WORDS, isRegion, isSingleHan, type SuffixLabels } from './name-starts.ts';
import type { NameHit } from './names.ts';
import type { TokenIndex } from './token-index.ts';
import { isProper, isPunct, type Token } from './tokens.ts';

/** Suffixes of a community (居民区/社区): named only by a proper or nominal specific part. */
export const COMMUNITY_SUFFIXES = new Set(['社区', '居民区', '居委', '居委会']);
/** Dictionary tags of proper names: one of them anchors a community name on its own. */
export const DICTIONARY_PROPER = /^(?:ns|nr|nrt|nrfg|nz|nt|j)$/;

const QUOTED_NAME = /“(\p{Script=Han}{2,6}(?:\d{2,4})?)”/gu;
/** a small park's own name (某某园, 某某角): it may follow its kind word (口袋公园“某某园”) */
const GARDEN_NAME = /[园角苑亭]$/u;
/** the rest of a list of quoted names, up to the kind word after 等 */
/** (or its count without 等 after two or more names: “甲园”“乙园”“丙园”3座口袋公园) */
const QUOTED_LIST_REST = /^(?:(?:[、，]?“\p{Script=Han}{2,6}”)*等(?:\d+[个座处])?|(?:[、，]?“\p{Script=Han}{2,6}”)+\d+[个座处])/u;
const LIST_COUNT = /^\d+[个座处]/u;

/** “某某园”口袋公园: a quoted name right before a kind of place names that place. */
export function quotedPlaces(text: string, offset: number, lex: Lexicon, startAt: TokenIndex['startAt'], hits: NameHit[]): void {
  if (!text.includes('”')) return;
  QUOTED_NAME.lastIndex = 0;
  for (let m = QUOTED_NAME.exec(text); m; m = QUOTED_NAME.exec(text)) {
    const after = m.index + m[0].length;
    // (or right after it: 口袋公园“某某园”; or at the end of a list of quoted names: “甲园”“乙园”等口袋公园)
    const rest = text.slice(after);
    const listEnd = after + (QUOTED_LIST_REST.exec(rest)?.[0].length ?? (/[”、]/.test(text[m.index - 1] ?? '') ? LIST_COUNT.exec(rest)?.[0].length ?? 0 : 0));
    const kind = lex.quotedPlaceKinds.find(([k]) => text.startsWith(k, after) || (GARDEN_NAME.test(m![1]) && text.endsWith(k, m!.index)) || (listEnd > after && text.startsWith(k, listEnd)));
    // 某路“某某剧场”, 位于某大厦的“某某书房”: a short quoted venue at a place is that venue
    // (unless another venue's kind follows: 某公寓“某某书屋”睦邻点)
    const ownWord = m[1].slice(2);
    const ownKind = lex.quotedVenueKindOf.has(ownWord) ? [ownWord, lex.quotedVenueKindOf.get(ownWord)!] as const : undefined;
    if (!kind && ownKind && atPlace(m.index, offset, text, hits) && !quotedVenueAt(text, after, lex, startAt)) {
      hits.push({ type: 'Place', name: m[0], start: offset + m.index, end: offset + after, kind: ownKind[1], suffixLength: ownKind[0].length, aliases: [m[1]] });
      continue;
    }
    if (!kind) {
      const venue = quotedVenueAt(text, after, lex, startAt);
      if (venue && !lex.genericNames.has(m[1]) && !lex.genericModifiers.has(m[1]) && !lex.policies.has(nameKey(m[1])))
        hits.push({ type: 'Place', name: text.slice(m.index, venue.end), start: offset + m.index, end: offset + venue.end, kind: venue.kind || undefined, suffixLength: venue.word.length, aliases: venue.end === after + venue.word.length ? [m[1]] : undefined, quotedVenue: true });
      continue;
    }
    if (lex.genericNames.has(m[1]) || lex.genericModifiers.has(m[1])) continue;
    // (written right before its kind, the place is named with both, the quoted name its alias: GUIDE.md)
    if (text.startsWith(kind[0], after)) hits.push({ type: 'Place', name: text.slice(m.index, after + kind[0].length), start: offset + m.index, end: offset + after + kind[0].length, kind: kind[1], suffixLength: kind[0].length, aliases: [m[1]] });
    else hits.push({ type: 'Place', name: m[1], start: offset + m.index + 1, end: offset + after - 1, kind: kind[1], suffixLength: kind[0].length });
  }
}


/**
 * A named place ends right before the quote, or before 的 and the quote (某路的“某某书房”), or an
 * address does (a road or building jieba glued to 的: 某光/x 路的/x); not 文化广场“某某剧场”.
 */
function atPlace(quote: number, offset: number, text: string, hits: NameHit[]): boolean {
  const end = text[quote - 1] === '的' ? quote - 1 : quote;
  return hits.some((h) => h.type === 'Place' && h.end === offset + end) || ADDRESS_END.test(text.slice(Math.max(0, end - 4), end));
}
const ADDRESS_END = /\p{Script=Han}{2}(?:路|大道|公路|弄|号|大厦|大楼)$/u;

/** characters that end a venue's description: function words, verbs of the sentence, punctuation */
const NOT_DESCRIPTION = /[^\p{Script=Han}]|[的在于和与及为到对将把向从等是有了并或已将均由]/u;
const MAX_DESCRIPTION = 4;
/** a description names what the venue is for; a brand, a service or a verb ends it (“某某”助餐品牌新增助餐点) */
const NOT_A_DESCRIPTION = /品牌|服务|项目|工程|行动|计划|新增|增设|新建|建成|获评|依托|落户|覆盖|开设|入驻|智慧|线上|共享|示范/;
/** what makes the venue's name a programme's: its building, an event held in it (“某某”科普馆建设, “某某”驿站开放日) */
const VENUE_WORK_AFTER = /^(?:建设|创建|改造|提升|项目|工程|行动|计划|活动|品牌|系列|体系|网络|开放日|节|赛|展|评选|集群)/;

/**
 * “某某”海洋科普馆, “某某”退役军人创业孵化基地: the kind of venue right after a quoted name, or after
 * words saying what it is for; the first kind word to end wins. Undefined when the venue is the
 * object of work or an event (“某某”科普馆建设).
 */
export function quotedVenueAt(text: string, after: number, lex: Lexicon, startAt: TokenIndex['startAt']): { word: string; kind: string; end: number } | undefined {
  for (let p = after; p <= after + MAX_DESCRIPTION && p < text.length; p++) {
    const kind = lex.quotedVenueKindsByFirst.get(text[p])?.find(([k]) => text.startsWith(k, p));
    if (kind) {
      const end = p + kind[0].length;
      // (a kind word inside a longer word names nothing: 停车|场景)
      if (NOT_A_DESCRIPTION.test(text.slice(after, p)) || (end < text.length && startAt[end] === undefined)) return undefined;
      return VENUE_WORK_AFTER.test(text.slice(end)) ? undefined : { word: kind[0], kind: kind[1], end };
    }
    if (NOT_DESCRIPTION.test(text[p])) return undefined;
  }
  return undefined;
}

/**
 * "、花/v 开/v 海上生态园": jieba reads the characters of an unknown name as one-character verbs.
 * A run of single characters right after a boundary (punctuation, a function word, a leading verb)
 * starts the name, unless the character is a verb that commonly precedes a place (到, 进, 建).
 */
export function singleCharactersStartName(tokens: Token[], i: number, lex: Lexicon): boolean {
  let k = i;
  for (; k >= 0 && i - k < 3; k--) {
    const t = tokens[k];
    if (t.word.length !== 1 || !/\p{Script=Han}/u.test(t.word) || lex.verbsBeforeNames.has(t.word) || STOP_WORDS.has(t.word)) break;
    if (FUNCTION_TAGS.has(t.tag[0]) && !/^[vd]/.test(t.tag)) return false; // 沪/j 太/d 公路: adverbs too
  }
  if (k === i) return false;
  const before = tokens[k];
  return before === undefined || isPunct(before) || STOP_WORDS.has(before.word) || lex.leadVerbs.has(before.word);
}

/** Single characters from token i on, then 居民区/社区/居委: a community whose name jieba cut into characters. */
export function communityAfterCharacters(tokens: Token[], i: number): boolean {
  let k = i + 1;
  // (or a two-character name after them: 蕴/v 德里/ns 居民区)
  while (k < tokens.length && k - i <= 2 && (isSingleHan(tokens[k]) || (k > i && tokens[k].word.length === 2 && isProper(tokens[k])))) k++;
  return k < tokens.length && COMMUNITY_SUFFIXES.has(tokens[k].word);
}

/** The tokens from start to s are a region (某镇, 某区) and plural markers (部分, 各) only. */
export function regionAndModifiersOnly(start: number, s: number, offset: number, tokens: Token[], idx: TokenIndex, labels: SuffixLabels, lex: Lexicon): boolean {
  let region = false;
  for (let k = idx.at[start]; k >= 0 && k < tokens.length && tokens[k].start - offset < s; k++) {
    const t = tokens[k];
    if (isRegion(t, labels)) region = true;
    else if (!lex.pluralMarkers.has(t.word)) return false;
  }
  return region;
}

/**
 * “医学园区里的温馨社区”, “石库门里的烟火气”, “滨海智造新城、宜居幸福卫城”: a quoted phrase with 的,
 * or two phrases in one quote, describes; what ends like a name in it is none.
 */
export function inDescriptiveQuote(text: string, at: number): boolean {
  const open = text.lastIndexOf('“', at);
  if (open < 0 || text.lastIndexOf('”', at) > open) return false;
  const close = text.indexOf('”', at);
  return close > 0 && /[的、，,]/.test(text.slice(open, close));
}

/**
 * 某某里 is a lane; 社区里, 家里, 某某小区里 are "in". Inside a token the suffix ends a name only in
 * an unknown word (来安里/x); as a token of its own, after a proper or unknown word that is not a
 * place's name (怡和/nz 里), or after single characters that start a name (、承/v 庆/vg 里).
 */
export function locativeNames(first: Token, tokens: Token[], i: number, s: number, offset: number, suffixAtEnd: RegExp, lex: Lexicon): boolean {
  if (first.start - offset !== s) return first.tag === 'x';
  const left = tokens[i - 1];
  if (left === undefined || suffixAtEnd.test(left.word)) return false;
  if (left.word.length >= 2) return (DICTIONARY_PROPER.test(left.tag) || left.tag === 'x') && !lex.genericModifiers.has(left.word) && !lex.genericNames.has(left.word);
  return isSingleHan(left) && (singleCharactersStartName(tokens, i - 1, lex) || /^[和与]$/.test(tokens[i - 2]?.word ?? ''));
}

const HE_BEFORE_COMMUNITY = /和(?:居民区|居委|社区|小区)/;

/** The one-character stem of a name read as a word of its own, or glued after a preposition (由瑞/x). */
function stemBefore(t: Token | undefined, lex: Lexicon, labels: SuffixLabels): string | undefined {
  if (!t || isPunct(t) || labels.has(t.word.slice(-1)) || lex.genericModifiers.has(t.word)) return undefined;
  if (isSingleHan(t)) return STOP_WORDS.has(t.word) || FUNCTION_TAGS.has(t.tag[0]) || t.tag === 'm' ? undefined : t.word;
  return t.word.length === 2 && /^\p{Script=Han}{2}$/u.test(t.word) && t.tag === 'x' && STOP_WORDS.has(t.word[0]) ? t.word[1] : undefined;
}

/**
 * "睦/ag 和/c 居民区", "由瑞/x 和/c 居民区": a community whose name ends in 和 (睦和, 瑞和), read by
 * jieba as a conjunction before the suffix. 和 joins nothing there: no name stands between it and
 * the suffix.
 */
export function communitiesEndingInHe(text: string, offset: number, tokens: Token[], lex: Lexicon, labels: SuffixLabels, hits: NameHit[]): void {
  if (!HE_BEFORE_COMMUNITY.test(text)) return;
  for (let k = 2; k < tokens.length; k++) {
    const suffix = tokens[k].word;
    if (!(COMMUNITY_SUFFIXES.has(suffix) || suffix === '小区') || tokens[k - 1].word !== '和') continue;
    const stem = stemBefore(tokens[k - 2], lex, labels);
    // (the stem starts after a boundary: punctuation, a verb or preposition, a district; not 某路8号和居民区)
    const before = tokens[k - 3];
    const bounded = stem !== undefined && (before === undefined || isPunct(before) || STOP_WORDS.has(before.word) || /^[vp]/.test(before.tag) || lex.leadVerbs.has(before.word) || isRegion(before, labels) || tokens[k - 2].word.length === 2);
    if (!stem || !bounded) continue;
    const end = tokens[k].end;
    const start = tokens[k - 1].start - 1;
    if (hits.some((h) => h.end === end && h.start <= start)) continue;
    hits.push({ type: 'Place', name: text.slice(start - offset, end - offset), start, end, kind: 'residential', suffixLength: suffix.length });
  }
}

/** tags of words that never begin a name: prepositions, conjunctions, particles, adverbs, pronouns, numbers */
const NEVER_LEADING_TAGS = /^(?:p|c|u|d|r|m|y|e|o)/;

/**
 * "、会/v 宾/nr 楼/n 饭店", "在/p 新/a 渔苑/x 居民区": jieba read a place's first character as a word of
 * its own, and the scan started the name after it. That character, standing alone between a
 * boundary and the place, belongs to its name.
 */
export function withLeftRemnant(tokens: Token[], startAt: TokenIndex['startAt'], offset: number, lex: Lexicon, labels: SuffixLabels, hits: NameHit[]): void {
  for (const h of hits) {
    if (h.type !== 'Place' || h.quotedVenue) continue;
    const i = startAt[h.start - offset];
    if (i === undefined || i < 1) continue;
    const [left, first, before] = [tokens[i - 1], tokens[i], tokens[i - 2]];
    if (!remnantBeforeName(left, first, before, lex, labels)) continue;
    // (no other name ends there: 某路新/a 某某苑 keeps the road)
    if (hits.some((o) => o !== h && o.end > left.start && o.start < h.start)) continue;
    [h.start, h.name] = [left.start, left.word + h.name];
  }
}

/**
 * A place's name that starts inside a word jieba read across a one-character place suffix and the
 * name's first character (罗泾/ns 港泓/x 物流园, 虹/ns 泾荟/x 国际广场): the scan ended a water's name
 * at the suffix (罗泾港, 虹泾) and began the venue after it, but the water and the rest are one
 * name, the venue's, named after the water (罗泾港泓物流园).
 */
export function withSplitWaterName(text: string, tokenAt: TokenIndex, offset: number, lex: Lexicon, labels: SuffixLabels, hits: NameHit[]): void {
  for (const h of hits) {
    if (h.type !== 'Place' || h.quotedVenue) continue;
    const s = h.start - offset;
    if (tokenAt.startAt[s] !== undefined) continue;
    const k = tokenAt.at[s];
    const [t, before] = [tokenAt.tokens[k], tokenAt.tokens[k - 1]];
    if (t === undefined || before === undefined || s - (t.start - offset) !== 1 || t.tag !== 'x' || before.end !== t.start || !isProper(before) || lex.leadVerbs.has(before.word) || lex.projectActions.includes(before.word)) continue;
    const suffix = text[t.start - offset];
    if (labels.get(suffix) !== 'Place' || STOP_WORDS.has(suffix) || /^[镇区市县乡村省路]$/.test(suffix)) continue;
    if (hits.some((o) => o !== h && o.end > before.start && o.start < h.start)) continue;
    [h.start, h.name] = [before.start, text.slice(before.start - offset, s) + h.name];
  }
}

function remnantBeforeName(left: Token, first: Token, before: Token | undefined, lex: Lexicon, labels: SuffixLabels): boolean {
  if (!isSingleHan(left) || NEVER_LEADING_TAGS.test(left.tag) || STOP_WORDS.has(left.word) || labels.has(left.word) || /^[镇区市县乡村]$/.test(left.word)) return false;
  // a list item begins with the character (、会/v 宾/nr 楼/n 饭店): no verb or measure word stands there
  if (before?.word === '、' && !lex.genericModifiers.has(left.word)) return true;
  // elsewhere only an adjective among the generic modifiers, before a proper word or a character
  // (在/p 新/a 渔苑/x, 察看/v 新/a 沙河/ns; not 原/n, the former use of a site)
  const boundary = before === undefined || (isPunct(before) && !/^[”」）)]$/.test(before.word)) || STOP_WORDS.has(before.word) || before.tag === 'p' || (before.tag === 'v' && before.word.length >= 2);
  return boundary && left.tag === 'a' && lex.genericModifiers.has(left.word) && (isProper(first) || first.tag === 'x' || isSingleHan(first));
}
