/**
 * Firms and social organisations named by their brand in running text, right after a word that
 * brings a body into the work (由某某水务统一运维, 委托某某检测完成, 联合某某公益开展, 督促某某物业等):
 * a word jieba does not know (or reads as a time word or adverb) and an industry word
 * (names.json firmIndustryWords). Real reports name firms this way far more than by registered
 * names. The cue words are data (names.json brandCues).
 */
import type { Lexicon } from './lexicon.ts';
import type { NameHit } from './names.ts';
import { isDictionaryWord, isPunct, type Token } from './tokens.ts';

/** tags of a brand's own word: unknown, proper, or an adverb or status word jieba took it for (time words are
 * too often common: 夜间/t 餐饮) */
const BRAND_WORD_TAGS = /^(?:x|nz|d|z|zg|ng|g|ag)$/;
/** tags of single characters that jieba left unjoined inside a brand: abbreviations, morphemes, unknown or proper */
const SPLIT_BRAND_TAGS = /^(?:j|g|x|ns|nz|ng|nr|zg|ag|tg|vg)$/;
/** industries of social organisations, whose brands are often common nouns */
const CHARITY_INDUSTRIES = new Set(['公益', '社工']);
/** verbs jieba reads as abbreviations (研发/j) */
const VERBS_READ_AS_ABBREVIATIONS = new Set(['研发']);
/** what may follow the brand: a list's 、 or 等, punctuation, a verb (not a verbal noun: 涉河公益|诉讼/vn, unless of partnering), a preposition */
const AFTER_BRAND = (t: Token | undefined) => t === undefined || isPunct(t) || t.word === '等' || (t.tag.startsWith('v') && (t.tag !== 'vn' || PARTNERING.has(t.word) || OPERATING.has(t.word))) || t.tag === 'p' || PARTNERING_WORD.test(t.word) || VERBS_READ_AS_ABBREVIATIONS.has(t.word);
/** a word that starts with partnering: 合作开发/l, 共建共享 */
const PARTNERING_WORD = /^(?:合作|共建|签约|联合)\p{Script=Han}{2}$/u;
/** verbal nouns of partnering that follow a partner directly (与某某科技合作建设) */
export const PARTNERING = new Set(['合作', '共建', '签约', '联合']);
/** verbal nouns of what a body contracted does (依托某某物业运营社区食堂) */
const OPERATING = new Set(['运营', '运维']);
/** 对 marks any object (对巡河数据进行分析); it brings a body in only before a list (对某某科技、某某集团…) */
const LIST_ONLY_CUES = new Set(['对']);

/** Bodies named by a brand after a cue word; `taken` are spans already named. Offsets are absolute. */
export function cuedBrands(tokens: Token[], taken: { start: number; end: number }[], lex: Lexicon): NameHit[] {
  const out: NameHit[] = [];
  const opening = brandAsSubject(tokens, 0, taken, lex);
  if (opening) out.push(opening);
  for (let i = 0; i + 2 < tokens.length; i++) {
    const subject = CLAUSE_END.test(tokens[i].word) ? brandAsSubject(tokens, i + 1, taken, lex) : undefined;
    if (subject) out.push(subject);
    const glued = gluedCueBrand(tokens, i, lex);
    if (glued && !taken.some((t) => t.start < glued.end && glued.start < t.end)) out.push(glued);
    if (!lex.brandCues.has(tokens[i].word)) continue;
    const industryAt = brandEndingAt(tokens, i + 1, false, lex);
    if (industryAt === undefined) continue;
    if (LIST_ONLY_CUES.has(tokens[i].word) && !/^[、等]$/.test(tokens[industryAt + 1]?.word ?? '')) continue;
    const [start, end] = [tokens[i + 1].start, tokens[industryAt].end];
    if (taken.some((t) => t.start < end && start < t.end)) continue;
    out.push({ type: 'Organisation', name: tokens.slice(i + 1, industryAt + 1).map((t) => t.word).join(''), start, end, suffixLength: 0 });
    out.push(...listedAfterCuedBrand(tokens, industryAt + 1, taken, lex));
  }
  return out;
}

/** punctuation after which a clause starts with its subject */
const CLAUSE_END = /^[,;:。]$/;
/** tags of a clause-opening brand's own word: unknown or proper only (an adverb or status word opens clauses: 持续/d) */
const SUBJECT_BRAND_TAGS = /^(?:x|nz|zg|ng|g)$/;
/** an item's number glued to what follows it (四是/x 科技, 4、) */
const NOT_A_BRAND = /[\d一二三四五六七八九十是、]/;

/**
 * A brand that opens a clause and acts in it (某某科技入选…, 某某医药研发的…): the clause's start is its cue, a verb
 * after the industry word confirms it. Real reports name a firm as the subject of its own result this way.
 */
function brandAsSubject(tokens: Token[], k: number, taken: { start: number; end: number }[], lex: Lexicon): NameHit | undefined {
  const a = tokens[k];
  if (!a || (a.word.length === 2 && !SUBJECT_BRAND_TAGS.test(a.tag)) || NOT_A_BRAND.test(a.word)) return undefined;
  const industryAt = brandEndingAt(tokens, k, false, lex);
  // (an industry word read as a verb names work at a clause's start: 某某建设/vn 推进)
  if (industryAt === undefined || tokens[industryAt].tag.startsWith('v')) return undefined;
  const after = tokens[industryAt + 1];
  if (!after || !((after.tag.startsWith('v') && after.tag !== 'vn') || VERBS_READ_AS_ABBREVIATIONS.has(after.word))) return undefined;
  const [start, end] = [a.start, tokens[industryAt].end];
  if (taken.some((t) => t.start < end && start < t.end)) return undefined;
  return { type: 'Organisation', name: tokens.slice(k, industryAt + 1).map((t) => t.word).join(''), start, end, suffixLength: 0 };
}

/**
 * The brands listed after a cued one (督促某某水务、某某水务完成…): each a brand word, or two single characters
 * whatever jieba tagged them (溯/vg 清/t 水务), and an industry word.
 */
function listedAfterCuedBrand(tokens: Token[], from: number, taken: { start: number; end: number }[], lex: Lexicon): NameHit[] {
  const out: NameHit[] = [];
  for (let j = from; tokens[j]?.word === '、'; ) {
    const industryAt = brandEndingAt(tokens, j + 1, true, lex);
    if (industryAt === undefined) break;
    const [start, end] = [tokens[j + 1].start, tokens[industryAt].end];
    if (!taken.some((t) => t.start < end && start < t.end)) out.push({ type: 'Organisation', name: tokens.slice(j + 1, industryAt + 1).map((t) => t.word).join(''), start, end, suffixLength: 0 });
    j = industryAt + 1;
  }
  return out;
}

/**
 * The index of the industry word of a brand starting at token `k` (a brand word, or two single characters jieba
 * could not join: 沪/j 泖/g 建设), when what follows may end a brand; undefined if there is none. In a list after a
 * cued brand (`listed`) the two characters may have any tags (溯/vg 清/t 水务) and the brand word may be read as a place.
 */
function brandEndingAt(tokens: Token[], k: number, listed: boolean, lex: Lexicon): number | undefined {
  const [a, b] = [tokens[k], tokens[k + 1]];
  if (!a || !b) return undefined;
  const split = a.word.length === 1 && b.word.length === 1 && (listed || (SPLIT_BRAND_TAGS.test(a.tag) && SPLIT_BRAND_TAGS.test(b.tag)));
  const industryAt = split ? k + 2 : k + 1;
  const [industry, after] = [tokens[industryAt], tokens[industryAt + 1]];
  // (a charity's brand is often a common noun: 萤火/n 公益, 书虫/n 公益)
  const charityNoun = a.tag === 'n' && CHARITY_INDUSTRIES.has(industry?.word ?? '') && !lex.genericNames.has(a.word);
  if (industry === undefined || !(split || (a.word.length === 2 && (BRAND_WORD_TAGS.test(a.tag) || charityNoun || (listed && a.tag === 'ns')))) || !lex.firmIndustryWords.has(industry.word)) return undefined;
  // (not a compound the industry word begins: 公益/n 诉讼, 智能/n 制造)
  if (!AFTER_BRAND(after) || (after !== undefined && isDictionaryWord(industry.word + after.word))) return undefined;
  return industryAt;
}

/** single-character cues jieba glues to the unknown brand after them (由泓涤/x 水务, 由浦/x 沣/zg 水务, 由衡/x 栩/i 集团) */
const GLUING_CUES = new Set(['由', '与']);

/** A brand whose cue jieba glued to it: the cue's token holds the brand's first one or two characters. */
function gluedCueBrand(tokens: Token[], i: number, lex: Lexicon): NameHit | undefined {
  const t = tokens[i];
  if (t.tag !== 'x' || (t.word.length !== 2 && t.word.length !== 3) || !GLUING_CUES.has(t.word[0]) || !lex.brandCues.has(t.word[0])) return undefined;
  // (a two-character token holds one character of the brand; the other is the single character after it)
  const rest = t.word.length === 2 ? tokens[i + 1] : undefined;
  if (rest && (rest.word.length !== 1 || !(SPLIT_BRAND_TAGS.test(rest.tag) || rest.tag === 'i'))) return undefined;
  const industryAt = rest ? i + 2 : i + 1;
  const [industry, after] = [tokens[industryAt], tokens[industryAt + 1]];
  if (industry === undefined || !lex.firmIndustryWords.has(industry.word)) return undefined;
  // (由 makes what follows the brand its work: 由某某水务统一/vn 运维, 由某某物业接管/c 服务)
  if (!(AFTER_BRAND(after) || (t.word[0] === '由' && !after?.tag.startsWith('n'))) || (after !== undefined && isDictionaryWord(industry.word + after.word))) return undefined;
  const start = t.start + 1;
  return { type: 'Organisation', name: tokens.slice(i, industryAt + 1).map((k) => k.word).join('').slice(1), start, end: industry.end, suffixLength: 0 };
}
