/**
 * Studios named after a person: 某某某劳模创新工作室, 某某人民调解工作室 (GUIDE.md: a studio named after
 * its person or field is a Programme; the person is a Person too). The suffix scan stops at the
 * field's verbs (创新, 调解, 修复) and at given names jieba reads as words (立新/d, 建新/v), so these
 * are read here: from 工作室 back over the field to a person's name right after a boundary.
 */
import type { Lexicon } from './lexicon.ts';
import type { NameHit } from './names.ts';
import { isSurname } from './people.ts';
import { isPunct, type Token } from './tokens.ts';

const STUDIO_WORD = '工作室';
/** the field between the name and 工作室 (劳模创新, 人民调解, 稻米专家) */
const MAX_FIELD = 12;
const HAN = /^\p{Script=Han}+$/u;
/** tags of words that are no part of a given name */
const FUNCTION_TAG = /^(?:p|c|u\w*|m|q|r|f)$/;
/** tags of the nouns a field's verb compounds with */
const FIELD_NOUN = /^(?:n|nz|nt|j)$/;
const FIELD_STOP = /^(?:等|的|领衔)$/;

/** The index just past a person's name starting at token i (surname and given name), or -1. */
function nameEndAt(tokens: Token[], i: number, lex: Lexicon): number {
  const t = tokens[i];
  if (!HAN.test(t.word)) return -1;
  const compound = lex.compoundSurnames.find((s) => t.word.startsWith(s));
  // 郗美娟/x, 赫连晴/x, 金秋/nr: the whole name in one token
  if ((t.tag === 'x' || t.tag.startsWith('nr')) && t.word.length >= 2 && t.word.length <= 4 && t.word !== compound && (compound !== undefined || lex.surnames.has(t.word[0]))) return i + 1;
  // 茹/nr 建新/v, 禚/x 立新/d, 赫连/nr 晴/x: the surname, then a given name of one or two characters
  // (or two characters read apart: 郗/x 美/ns 娟/zg)
  // 闾/nr 丘慧琳/x: a compound surname cut after its first character
  const next = tokens[i + 1];
  if (next !== undefined && HAN.test(next.word) && next.word.length >= 2 && next.word.length <= 3 && lex.compoundSurnames.includes(t.word + next.word[0])) return i + 2;
  const surname = isSurname(t.word, lex);
  const piece = (u: Token | undefined, length: number) => u !== undefined && HAN.test(u.word) && u.word.length <= length && !FUNCTION_TAG.test(u.tag);
  if (!surname || !piece(tokens[i + 1], 2)) return -1;
  if (tokens[i + 1].word.length === 1 && piece(tokens[i + 2], 1) && tokens[i + 3]?.word !== STUDIO_WORD) return i + 3;
  // (a given name jieba reads as a place only after a surname it tags as one: 邝/nr 建国/ns)
  return tokens[i + 1].tag === 'ns' && !(t.tag.startsWith('nr') && t.word.length === 1 && tokens[i + 1].word.length === 2) ? -1 : i + 2;
}

export function personStudios(text: string, offset: number, tokens: Token[], lex: Lexicon, hits: NameHit[]): void {
  if (!text.includes(STUDIO_WORD)) return;
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k].word !== STUDIO_WORD) continue;
    for (let i = k - 2; i >= 0 && tokens[k].start - tokens[i].start <= MAX_FIELD + 4; i--) {
      const u = tokens[i];
      // (a verb after a noun is the field's compound: 中西医/j 结合/v 肿瘤工作室)
      // (nor does the field reach over another studio, a list's 等, a count or an honour: 某某工作室等区级名师工作室)
      if (isPunct(u) || u.word === STUDIO_WORD || FIELD_STOP.test(u.word) || (u.tag === 'm' && !lex.compoundSurnames.some((c) => u.word.startsWith(c))) || lex.awardVerbs.has(u.word)) break;
      if (lex.leadVerbs.has(u.word) && !(i > 0 && FIELD_NOUN.test(tokens[i - 1].tag))) break;
      const before = tokens[i - 1];
      // the name follows a boundary: the sentence's start, punctuation, a verb, a preposition or 和
      // (新建/ns: a leading verb jieba tagged otherwise is a verb too)
      // (or the body that hosts the studio: 某某中心医院/某某 护理创新工作室)
      const host = before !== undefined && before.word.length >= 2 && !before.word.endsWith(STUDIO_WORD) && lex.orgSuffixes.some((s) => s.length >= 2 && before.word.endsWith(s));
      if (before !== undefined && !host && !isPunct(before) && !/^[vpc]/.test(before.tag) && before.word !== '的' && !lex.leadVerbs.has(before.word)) continue;
      const end = nameEndAt(tokens, i, lex);
      if (end < 0 || end >= k) continue;
      const start = u.start;
      const stop = tokens[k].end;
      // the scan's shorter reads of the same studio give way
      for (let h = hits.length - 1; h >= 0; h--) if (hits[h].type === 'Organisation' && hits[h].end === stop && hits[h].start >= start) hits.splice(h, 1);
      hits.push({ type: 'Organisation', name: text.slice(start - offset, stop - offset), start, end: stop, suffixLength: STUDIO_WORD.length });
      break;
    }
  }
}

/** The person a studio starting at `start` is named after (某某劳模创新工作室 → 某某), or null. */
export function studioPerson(start: number, tokens: Token[], lex: Lexicon): { name: string; start: number; end: number } | null {
  const i = tokens.findIndex((t) => t.start === start);
  let end = i < 0 ? -1 : nameEndAt(tokens, i, lex);
  // "祖望/x 舒/x 院士专家工作站": a two-character read and one character left before the field is a three-character name
  const rest = tokens[end];
  if (end > i && rest !== undefined && tokens[end - 1].end - start === 2 && rest.word.length === 1 && HAN.test(rest.word) && !FUNCTION_TAG.test(rest.tag)) end++;
  if (end < 0 || end >= tokens.length || tokens[end].word === STUDIO_WORD) return null;
  const name = tokens.slice(i, end).map((t) => t.word).join('');
  return lex.notPersonNames.has(name) || lex.genericNames.has(name) ? null : { name, start, end: tokens[end - 1].end };
}
