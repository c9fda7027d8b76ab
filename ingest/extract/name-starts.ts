/**
 * Where a name starts. Words that end a name on its left (stop words, function-word tags), and
 * for bodies the start that segmentation or a conjunction would otherwise hide: 上海, 某区 or
 * the parent body begin the name, and 和/与 or single characters after them belong to it
 * (某区绿化和市容管理局, 上海某某有限公司, 某大学农业与生物学院). Also the token context names.ts
 * reads around a name: boundaries, lists of one kind, task forces, quoted teams.
 */
import { isProper, isPunct, type Token } from './tokens.ts';

/** The label of each known name suffix (路 → Place, 局 → Organisation). */
export type SuffixLabels = ReadonlyMap<string, 'Place' | 'Organisation'>;

/** Verbs that found or convene a body: they precede its name, never belong to it. */
export const FOUNDING_VERBS = new Set(['成立', '组建', '设立', '建立', '组织', '召开', '依托', '会同', '联合', '配合']);
/** Words that end a name on its left: particles, prepositions, conjunctions, locatives. */
export const STOP_WORDS = new Set(['沿', '经', '等', '和', '及', '与', '的', '在', '对', '为', '向', '将', '由', '把', '以', '从', '到', '至', '之', '并', '或', '共', '约', '所属', '所属单位', '及其', '以及', '其中', '其', '是', '有', '了', '后', '前', '内', '中', '上', '下', '里', '外', '期间', '之间', '以来', '以后', '之后', '以前', '之前', '期内', '之中', '当中', '这是', '这些', '这个', '那些', '一是', '二是', '三是', '四是', '五是', '六是', '七是', '八是', '九是', '十是']);
/** jieba tags of words that are not part of a name (prepositions, conjunctions, adverbs, verbs …). */
export const FUNCTION_TAGS = new Set(['p', 'c', 'u', 'd', 'r', 'q', 'y', 'e', 'o', 'v']);

/** The longest known suffix a word ends with ("" when none): 服务中心 → 服务中心. */
export function lastSuffixOf(word: string, labels: SuffixLabels): string {
  for (let k = 0; k < word.length; k++) if (labels.has(word.slice(k))) return word.slice(k);
  return '';
}

/** a unit's name with its level (某区, 某镇, 某省, 某某自治区) */
const REGION_WORD = /^\p{Script=Han}{1,7}[区市县镇省]$/u;

/** 上海, 某某区, 某某市: a region that begins the name of a body (上海某某有限公司, 某区某某局). */
export function isRegion(t: Token, labels: SuffixLabels): boolean {
  // 镇/区 alone: the document's own district, as in 镇规划建设和生态环境办公室
  if (/^(?:镇|区|市|县|街道)$/.test(t.word)) return true;
  return isProper(t) && (t.word === '上海' || (REGION_WORD.test(t.word) && !labels.has(t.word)));
}

export const isSingleHan = (t: Token) => t.word.length === 1 && /\p{Script=Han}/u.test(t.word);

/** Whether a region lies left of token i across single characters only (at most two more). */
export function regionAcrossSingles(tokens: Token[], i: number, labels: SuffixLabels): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 3; k--) {
    if (isRegion(tokens[k], labels)) return tokens[k].word.length > 1;
    if (!isSingleHan(tokens[k]) || STOP_WORDS.has(tokens[k].word)) return false;
  }
  return false;
}

/** Index of a region within the three nominal tokens left of token i (a conjunction), or -1. */
export function regionBefore(tokens: Token[], i: number, labels: SuffixLabels): number {
  for (let k = i - 1; k >= 0 && i - k <= 3; k--) {
    const t = tokens[k];
    const parentBody = isProper(t) && t.word.length >= 4 && labels.get(lastSuffixOf(t.word, labels)) === 'Organisation';
    if (isRegion(t, labels) || parentBody) return k < i - 1 ? k : -1;
    if (isPunct(t) || (t.tag.startsWith('v') ? t.tag !== 'vn' : FUNCTION_TAGS.has(t.tag[0])) || STOP_WORDS.has(t.word)) return -1;
  }
  return -1;
}

/** Stop words that registered names contain: 和/与 and locatives. */
const INSIDE_REGISTERED_NAMES = new Set(['和', '与', '到', '为', '里', '上', '下', '中', '内', '外', '前', '后']);

/** A region (某镇, 上海 and a place) two or three words before token k, with nothing but words of a name between. */
function regionWithin(tokens: Token[], k: number, labels: SuffixLabels): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    const u = tokens[j];
    if (isPunct(u) || STOP_WORDS.has(u.word)) return false;
    if (u.word.length > 1 && isRegion(u, labels) && j < k - 1) return true;
  }
  return false;
}

/**
 * Index of the region (上海, 某区) that starts a registered body's name ending at token i, or -1:
 * scanning left over anything but punctuation, a lead verb or a stop word other than 和/与 and
 * locatives, which registered names often contain (上海某和某科技有限公司, 上海邻与里某某服务社).
 */
export function registeredNameStart(tokens: Token[], i: number, labels: SuffixLabels, leadVerbs: ReadonlySet<string>): number {
  if (i >= 4 && /^[)）]$/.test(tokens[i - 1].word) && /^[(（]$/.test(tokens[i - 3].word) && ((isRegion(tokens[i - 2], labels) && tokens[i - 2].word.length > 1) || tokens[i - 2].word === '中国')) return bracketedEntityStart(tokens, i - 3, labels, leadVerbs);
  for (let k = i - 1; k >= 0 && i - k <= 8; k--) {
    const t = tokens[k];
    // "博锐克/x (/x 上海/ns )/x 汽车系统有限公司": a foreign brand and its Shanghai entity in brackets start the name
    // (the bracket right before the suffix, 某某（上海）有限公司, is read by the scan below)
    // (or its China entity: 某某（中国）投资有限公司)
    if (/^[)）]$/.test(t.word) && k >= 3 && k < i - 1 && (isRegion(tokens[k - 1], labels) || tokens[k - 1].word === '中国') && /^[(（]$/.test(tokens[k - 2].word)) {
      let b = k - 3;
      const brandPiece = (u: Token) => /^(?:\p{Script=Han}+|[A-Za-z]+)$/u.test(u.word) && !STOP_WORDS.has(u.word) && !leadVerbs.has(u.word) && !u.tag.startsWith('v') && !FUNCTION_TAGS.has(u.tag[0]);
      if (!brandPiece(tokens[b])) return -1;
      // (segmentation may cut the brand into pieces: 禾/x 锶/x, 维瑟/x 兰德/nrt, 博/nr 维/v 恩/nr; a transliteration
      // is unknown words, names and single characters, whatever their tags)
      const transliterated = (u: Token) => /^\p{Script=Han}+$/u.test(u.word) && !STOP_WORDS.has(u.word) && !leadVerbs.has(u.word) && (u.word.length === 1 ? !FUNCTION_TAGS.has(u.tag[0]) || u.tag[0] === 'v' : /^(?:x|nr|nrt|nz)$/.test(u.tag));
      while (b > 0 && tokens[k - 2].start - tokens[b - 1].start <= 6 && ((brandPiece(tokens[b - 1]) && (tokens[b - 1].word.length === 1 || tokens[b].word.length === 1)) || (transliterated(tokens[b - 1]) && transliterated(tokens[b])))) b--;
      return b;
    }
    // "上海某某投资控股（集团）有限公司": a bracketed 集团/控股 inside the name is passed over
    if (/^[)）]$/.test(t.word) && k >= 2 && /^(?:集团|控股)$/.test(tokens[k - 1].word) && /^[(（]$/.test(tokens[k - 2].word)) {
      k -= 2;
      continue;
    }
    // (城市/ns, 城镇/ns: a two-character word ending in a level is a common word, not a region)
    if ((t.word.length > 2 || t.word === '上海') && isRegion(t, labels)) {
      while (k > 0 && tokens[k - 1].word.length > 1 && isRegion(tokens[k - 1], labels)) k--;
      // "上海/ns 漕/v 宜城市/ns": a character jieba cut off the name before what it read as a city
      if (k >= 2 && tokens[k - 1].word.length === 1 && /^\p{Script=Han}$/u.test(tokens[k - 1].word) && !STOP_WORDS.has(tokens[k - 1].word) && tokens[k - 2].word === '上海') k -= 2;
      // "国网/x 上海/ns 某某供电公司": a parent group's short name before the region
      if (k > 0 && tokens[k - 1].word.length === 2 && /^(?:x|j|nz)$/.test(tokens[k - 1].tag) && /^\p{Script=Han}+$/u.test(tokens[k - 1].word)) k--;
      return k < i - 1 ? k : -1;
    }
    // a verb right after the region begins the name (上海/ns 某镇/ns 联合/v 发展有限公司)
    // (a verb with the place before it belongs to the name: 上海/ns 某桥/ns 园区/n 开发/v 运营有限公司)
    if (isPunct(t) || (leadVerbs.has(t.word) && !(k > 0 && isRegion(tokens[k - 1], labels)) && !regionWithin(tokens, k, labels)) || (STOP_WORDS.has(t.word) && !INSIDE_REGISTERED_NAMES.has(t.word)) || labels.get(lastSuffixOf(t.word, labels)) === 'Organisation') return -1;
  }
  return -1;
}

/**
 * "某某会展服务（上海）有限公司": a brand and its business before the bracketed region of its Shanghai or China
 * entity; the name starts after the sentence's verb, punctuation or another body, at most 12 characters back
 * (single characters of a transliterated brand may be read as verbs or measure words: 安/v 道/q 瑞/ns).
 */
function bracketedEntityStart(tokens: Token[], bracket: number, labels: SuffixLabels, leadVerbs: ReadonlySet<string>): number {
  let b = bracket;
  while (b > 0) {
    const u = tokens[b - 1];
    if (isPunct(u) || STOP_WORDS.has(u.word) || leadVerbs.has(u.word) || (u.tag === 'v' && u.word.length > 1) || (FUNCTION_TAGS.has(u.tag[0]) && u.tag !== 'vn' && !(u.word.length === 1 && /^[vq]/.test(u.tag)))) break;
    if (labels.get(lastSuffixOf(u.word, labels)) === 'Organisation' || tokens[bracket].start - u.start > 12) break;
    b--;
  }
  return b < bracket ? b : -1;
}

/** Token i follows a boundary: the start of the text, punctuation, a stop word or a preposition. */
export function afterBoundary(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  return before === undefined || isPunct(before) || STOP_WORDS.has(before.word) || before.tag === 'p';
}

/** The name made of tokens first..last is listed next to a word ending in the same suffix (甲村、乙村, 甲村与乙村). */
export function listedWithSameKind(tokens: Token[], first: number, last: number, suffix: string): boolean {
  const sameKind = (t: Token | undefined) => t !== undefined && t.word.endsWith(suffix) && t.word.length <= 4;
  if (first >= 2 && /^[和与及、]$/.test(tokens[first - 1].word) && sameKind(tokens[first - 2])) return true;
  if (!/^[和与及、]$/.test(tokens[last + 1]?.word ?? '')) return false;
  for (let k = last + 2; k < tokens.length && k <= last + 4; k++) {
    if (isPunct(tokens[k]) && tokens[k].word !== '、') return false;
    if (sameKind(tokens[k])) return true;
  }
  return false;
}

/** Index of the district token (某镇, 某街道) that starts a task force's name ending at token i, or -1. */
/** words ending in 区 that name a kind of area, not an administrative district (美丽街区/nz) */
const AREA_NOT_DISTRICT = /(?:街区|社区|园区|片区|小区|景区|校区|商区|辖区|厂区|城区)$/;

export function taskForceStart(tokens: Token[], i: number): number {
  for (let k = i - 1; k >= 0 && i - k <= 10; k--) {
    const t = tokens[k];
    if (isProper(t) && t.word.length >= 3 && /(?:镇|街道|区|市|县|乡)$/.test(t.word) && !AREA_NOT_DISTRICT.test(t.word)) return k < i - 1 ? k : -1;
    // "华新/nz 街道/n": a district jieba does not know, cut before its level
    if (/^(?:街道|镇|乡)$/.test(t.word) && k > 0 && isProper(tokens[k - 1]) && tokens[k - 1].word.length >= 2) return k - 1;
    if (isPunct(t) || FOUNDING_VERBS.has(t.word) || (STOP_WORDS.has(t.word) && t.word !== '和' && t.word !== '与')) return -1;
    // (和/与 after another body's whole name joins two bodies: 某区卫生健康委员会与某州卫生健康委员会)
    if ((t.word === '和' || t.word === '与') && k > 0 && tokens[k - 1].word === tokens[i].word) return -1;
  }
  return -1;
}

/** 和/与 at token i joins nothing when what precedes it is a joiner, a verb, a preposition or a boundary. */
export function conjunctionStartsName(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  // (an item number, 1./m, is a boundary too)
  return before === undefined || isPunct(before) || /^\d+[.．、]$/.test(before.word) || /^[和与及、]$/.test(before.word) || (before.tag.startsWith('v') && before.tag !== 'vn') || before.tag === 'p';
}

/** A team whose name starts with a region or a named body (某街道志愿服务队, 某村党总支宣讲团). */
export function teamOfNamedBody(tokens: Token[], i: number, labels: SuffixLabels): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 4; k--) {
    const t = tokens[k];
    if (isPunct(t) || STOP_WORDS.has(t.word)) return false;
    // (or by its community: 某某居民区腰鼓队, 某某村舞蹈队)
    // (or by a place jieba does not know: 某某路/x 商圈 商户自治联盟)
    const unknownPlace = t.tag === 'x' && t.word.length >= 3 && labels.get(lastSuffixOf(t.word, labels)) === 'Place';
    if ((isProper(t) && t.tag !== 'x') || unknownPlace || isRegion(t, labels) || /^(?:居民区|社区)$/.test(t.word) || (t.word.length >= 2 && t.word.endsWith('村') && !t.tag.startsWith('v'))) return true;
  }
  return false;
}

/** Index of the opening quote of “某某” followed by at most three words (no punctuation) before token i, or -1. */
export function quotedTeamStart(tokens: Token[], i: number): number {
  for (let k = i - 1; k >= 0 && i - k <= 4; k--) {
    if (tokens[k].word === '”') return openingQuote(tokens, k);
    // (nor across an event the quote names: “某某”学生合唱节吸引合唱团)
    if (isPunct(tokens[k]) || STOP_WORDS.has(tokens[k].word) || (tokens[k].word.length >= 2 && /[节赛展]$/.test(tokens[k].word))) return -1;
  }
  return -1;
}

/** Index of the “ that opens the quote closed at token i, when the quote is a short name. */
export function openingQuote(tokens: Token[], i: number): number {
  for (let k = i - 1; k >= 0 && i - k <= 8; k--) {
    if (tokens[k].word === '“') return k;
    if (isPunct(tokens[k])) return -1;
  }
  return -1;
}
