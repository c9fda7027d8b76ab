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
/** common words of a firm's short name after the name itself (集团, 生物, 珠宝; 控股 whatever its tag: names.json firmWords), at most this many */
const FIRM_WORDS_MAX = 2;
/** a registered name's last word: its 总部 is the body itself */
const REGISTERED = /公司$/;
/** what makes the kind word part of something else: 总部经济, 总部基地, 总部项目 (named by the kind walk) */
const NOT_THE_HEADQUARTERS = /^(?:项目|经济|企业|基地|大楼|楼宇|园|集聚)/;

let compiled: { lex: Lexicon; pattern: RegExp } | undefined;

export function headquartersProjects(text: string, offset: number, tokens: Token[], idx: TokenIndex, lex: Lexicon): ProgrammeHit[] {
  const { kinds, regions } = lex.headquarters;
  if (!kinds.some((k) => text.includes(k))) return [];
  if (compiled?.lex !== lex) compiled = { lex, pattern: new RegExp(`(?:${alternation(regions)})?(?:${alternation(kinds)})`, 'g') };
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
    const nameLike = NAME_TAGS.test(t.tag) || (t.word.length === 1 && /^\p{Script=Han}$/u.test(t.word) && /^(?:n|ng|a|g|vg|j)$/.test(t.tag));
    if (nameLike && !REGISTERED.test(t.word)) {
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
