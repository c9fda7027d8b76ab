/**
 * Universities named by their short form after a word that brings a body into the work (与某大共建, 联合某大开展,
 * 深化与某大的合作, 支持某科大在…, 与某某医大签约): one or two characters jieba does not know and 大, 科大, 医大 or
 * 师大. Real reports name their partner universities this way (上海大学 → 上大); the tuned documents
 * label 17 such short forms as Organisations. The cue words are names.json brandCues.
 */
import type { Lexicon } from './lexicon.ts';
import type { NameHit } from './names.ts';
import { PARTNERING } from './cued-brands.ts';
import { isPunct, type Token } from './tokens.ts';

/** the short forms' last word: 大 (university), 科大, 医大, 师大, 农大, 理工, 工大, 财大 (of science, medicine, teaching, farming, technology, engineering, finance) */
const UNIVERSITY_WORDS = new Set(['大', '科大', '医大', '师大', '农大', '理工大', '理工', '工大', '财大']);
/** tags of the characters before it: unknown, abbreviations, morphemes, or a place jieba took them for */
const STEM_TAGS = /^(?:x|j|g|ns|ng|nr|zg|ag|tg|vg)$/;
/** what may follow: a list's 、 or 等, punctuation, 的, a verb (共建, 签约, 开展; 合作 too), a preposition (在), or 附属 */
const AFTER_SHORT_FORM = (t: Token | undefined) =>
  t === undefined || isPunct(t) || t.word === '等' || t.word === '的' || t.word === '附属' || (t.tag.startsWith('v') && (t.tag !== 'vn' || PARTNERING.has(t.word))) || t.tag === 'p';

/** Universities by their short form after a cue word; `taken` are spans already named. Offsets are absolute. */
export function cuedUniversities(tokens: Token[], taken: { start: number; end: number }[], lex: Lexicon): NameHit[] {
  const out: NameHit[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    // (jieba may glue a one-character cue to the short form or its stem: 与岚大/x, 与沅滨/x 大/a)
    const glued = t.tag === 'x' && (t.word.length === 2 || t.word.length === 3) && lex.brandCues.has(t.word[0]);
    if (!glued && !lex.brandCues.has(t.word)) continue;
    const end = glued ? (t.word.endsWith('大') ? i : t.word.length === 3 && UNIVERSITY_WORDS.has(tokens[i + 1]?.word) ? i + 1 : undefined) : shortFormEndingAt(tokens, i + 1);
    if (end === undefined || !AFTER_SHORT_FORM(tokens[end + 1])) continue;
    const first = shortForm(tokens, glued ? i : i + 1, end, glued ? 1 : 0, taken);
    if (!first) continue;
    out.push(first);
    // (and the short forms listed after it: 支持某某医大、某科大在…)
    for (let j = end + 1; tokens[j]?.word === '、'; ) {
      const last = shortFormEndingAt(tokens, j + 1, true);
      if (last === undefined || !AFTER_SHORT_FORM(tokens[last + 1])) break;
      const listed = shortForm(tokens, j + 1, last, 0, taken);
      if (listed) out.push(listed);
      j = last + 1;
    }
  }
  return out;
}

/** The short form over tokens `from`…`last`, less the `cut` characters of a cue glued to it; none over a name taken. */
function shortForm(tokens: Token[], from: number, last: number, cut: number, taken: { start: number; end: number }[]): NameHit | undefined {
  const [start, end] = [tokens[from].start + cut, tokens[last].end];
  if (taken.some((s) => s.start < end && start < s.end)) return undefined;
  const name = tokens.slice(from, last + 1).map((k) => k.word).join('').slice(cut);
  return { type: 'Organisation', name, start, end, suffixLength: 0 };
}

/**
 * The index of the last token of a short form starting at token `k`: one unknown word ending in 大 (澄大/x), or a stem
 * of one or two characters and a university word (溟/g 大/a; 沪/j 滨/ns 大/a; 澄/ns 科大/j; 沪滨/x 医大/j; 苕/n 川/j 医大/j).
 */
function shortFormEndingAt(tokens: Token[], k: number, listed = false): number | undefined {
  const first = tokens[k];
  if (!first || isPunct(first)) return undefined;
  if (first.tag === 'x' && (first.word.length === 2 || first.word.length === 3) && first.word.endsWith('大')) return k;
  if (first.word.length === 2) return /^(?:x|j|ns|nz)$/.test(first.tag) && UNIVERSITY_WORDS.has(tokens[k + 1]?.word) ? k + 1 : undefined;
  const second = tokens[k + 1];
  if (first.word.length !== 1 || !second) return undefined;
  // (listed after a short form, a one-character stem may be any noun: 某某医大、苕/n 科大)
  if (UNIVERSITY_WORDS.has(second.word)) return STEM_TAGS.test(first.tag) || (listed && first.tag === 'n') ? k + 1 : undefined;
  // (two single characters: a common noun may be the first, as the second is no word of its own)
  const stem = second.word.length === 1 && !isPunct(second) && (STEM_TAGS.test(first.tag) || first.tag === 'n') && STEM_TAGS.test(second.tag);
  return stem && UNIVERSITY_WORDS.has(tokens[k + 2]?.word) ? k + 2 : undefined;
}
