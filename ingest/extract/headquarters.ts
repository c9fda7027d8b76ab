/**
 * 某某集团上海总部, 某某生物亚太运营中心, 甄某珠宝中国区总部: a firm's headquarters named by the firm's
 * short name, a region and the kind is a project the district lands (names.json headquarters).
 * The short name must look like a name (an unknown or proper word, or characters jieba could not
 * join), so the kinds after common words (跨国公司地区总部, 引进企业区域总部) name none, and neither
 * does a registered name's 总部 (某某有限公司总部: the body itself).
 */
import { alternation, type Lexicon } from './lexicon.ts';
import type { ProgrammeHit } from './programmes.ts';
import type { TokenIndex } from './token-index.ts';
import { isPunct, type Token } from './tokens.ts';

/** tags of a word inside a short name jieba does not know */
const NAME_TAGS = /^(?:x|nz|nr\w*|ns|eng|zg)$/;
/** a word of a short name: one jieba does not know, or a single character it tagged as it could (珀/nrt 颜/nr, 琨/g 沃/nr) */
const nameLike = (t: Token) => NAME_TAGS.test(t.tag) || (t.word.length === 1 && /^\p{Script=Han}$/u.test(t.word) && /^(?:n|ng|a|g|vg|j)$/.test(t.tag));
/** common words of a firm's short name after the name itself (集团, 生物, 珠宝; 控股 whatever its tag: names.json firmWords), at most this many */
const FIRM_WORDS_MAX = 2;
/** a registered name's last word: its 总部 is the body itself */
const REGISTERED = /公司$/;
/** what makes the kind word part of something else: 总部经济, 总部基地, 总部项目 (named by the kind walk) */
const NOT_THE_HEADQUARTERS = /^(?:项目|经济|企业|基地|大楼|楼宇|园|集聚)/;

let compiled: { lex: Lexicon; pattern: RegExp; facilities: RegExp } | undefined;
const compile = (lex: Lexicon) => {
  const { kinds, regions, facilityKinds } = lex.headquarters;
  return {
    lex,
    pattern: new RegExp(`(?:${alternation(regions)})?(?:${alternation(kinds)})`, 'g'),
    facilities: new RegExp(`(?:${alternation(facilityKinds)})(?:[一二三四五]期)?(?:项目)?`, 'g'),
  };
};

export function headquartersProjects(text: string, offset: number, tokens: Token[], idx: TokenIndex, lex: Lexicon): ProgrammeHit[] {
  const { kinds } = lex.headquarters;
  if (!kinds.some((k) => text.includes(k))) return [];
  if (compiled?.lex !== lex) compiled = compile(lex);
  const hits: ProgrammeHit[] = [];
  const pattern = compiled.pattern;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const end = m.index + m[0].length;
    const k = idx.startAt[m.index];
    if (k === undefined || NOT_THE_HEADQUARTERS.test(text.slice(end))) continue;
    const start = shortNameStart(tokens, k, offset, lex);
    if (start === undefined || m.index - start < 2) continue;
    hits.push({ type: 'Programme', name: text.slice(start, end), start: offset + start, end: offset + end, source: 'kind', headquarters: true });
  }
  return hits;
}

/** Where the firm's short name ending right before token k starts, in sentence offsets, or undefined. */
function shortNameStart(tokens: Token[], k: number, offset: number, lex: Lexicon): number | undefined {
  let start: number | undefined;
  let named = false;
  let words = 0;
  for (let i = k - 1; i >= 0; i--) {
    const t = tokens[i];
    // (力争/nz 舸/g 远/a 集团: a lead verb jieba tagged as a name is the sentence's)
    if (isPunct(t) || lex.leadVerbs.has(t.word)) break;
    if (nameLike(t) && !REGISTERED.test(t.word)) {
      named = true;
      start = t.start - offset;
      continue;
    }
    if (named || !(t.tag.startsWith('n') || lex.headquarters.firmWords.includes(t.word)) || words >= FIRM_WORDS_MAX || REGISTERED.test(t.word)) break;
    words++;
    start = t.start - offset;
  }
  return named ? start : undefined;
}

/** words saying what a facility makes or where it serves, between the firm's industry word and the kind (华东, 创新药, 智能/n 传感器/n, 长宁/ns), at most this many */
const DESCRIPTORS_MAX = 3;
const DESCRIPTOR_TAGS = /^(?:n|nz|vn|j|b|ns|nr|x)$/;
/** a brand that is a place's name: the area's own base (某区生物医药产业基地, 某镇…), not a firm's */
const PLACE_BRAND_END = /[区市镇县乡村]$/;

/**
 * 某某生物华东生产基地, 某某科技智能传感器产业化项目, 某某医疗亚太研发中心二期: a firm's plant, base or
 * R&D centre named by its brand (name-like words and an industry word), what it makes or where, and
 * the kind (names.json headquarters.facilityKinds) is a project the district lands.
 */
export function facilityProjects(text: string, offset: number, tokens: Token[], idx: TokenIndex, lex: Lexicon): ProgrammeHit[] {
  if (!lex.headquarters.facilityKinds.some((k) => text.includes(k))) return [];
  if (compiled?.lex !== lex) compiled = compile(lex);
  const hits: ProgrammeHit[] = [];
  const pattern = compiled.facilities;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const k = idx.startAt[m.index];
    if (k === undefined) continue;
    const start = firmBefore(tokens, k, offset, lex);
    if (start !== undefined) hits.push({ type: 'Programme', name: text.slice(start, m.index + m[0].length), start: offset + start, end: offset + m.index + m[0].length, source: 'kind' });
  }
  return hits;
}

/** Where the brand of a firm named before token k starts (its industry word at most DESCRIPTORS_MAX words back), or undefined. */
function firmBefore(tokens: Token[], k: number, offset: number, lex: Lexicon): number | undefined {
  for (let i = k - 1, described = 0; i > 0 && described <= DESCRIPTORS_MAX; i--, described++) {
    const t = tokens[i];
    // (a registered name's facility, 某某科技有限公司研发中心, is the body's own)
    if (isPunct(t) || lex.leadVerbs.has(t.word) || REGISTERED.test(t.word)) return undefined;
    if (lex.firmIndustryWords.has(t.word) || lex.headquarters.firmWords.includes(t.word)) {
      const start = brandStart(tokens, i, offset, lex);
      if (start !== undefined) return start;
    }
    if (!DESCRIPTOR_TAGS.test(t.tag)) return undefined;
  }
  return undefined;
}

/** The start of the name-like words right before token i (two characters at least, not all a place's), or undefined. */
function brandStart(tokens: Token[], i: number, offset: number, lex: Lexicon): number | undefined {
  let start: number | undefined;
  let placeOnly = true;
  for (let j = i - 1; j >= 0; j--) {
    const t = tokens[j];
    if (isPunct(t) || lex.leadVerbs.has(t.word) || REGISTERED.test(t.word)) break;
    if (!nameLike(t)) break;
    if (t.tag !== 'ns') placeOnly = false;
    start = t.start - offset;
  }
  if (start === undefined || placeOnly || tokens[i].start - offset - start < 2) return undefined;
  return PLACE_BRAND_END.test(String(tokens[i - 1]?.word)) ? undefined : start;
}
