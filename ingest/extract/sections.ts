/**
 * A bureau's sections named by their fields: "群众/体育/科", "价格/监督/检查/科". Found apart from
 * the suffix scan because 科 alone is no suffix (科创园, 科技, 内科): only 科 as a word of its own.
 */
import type { Lexicon } from './lexicon.ts';
import type { NameHit } from './names.ts';
import { isNominal, isNumeric, isPunct, type Token } from './tokens.ts';

/** the body a section belongs to, or its headquarters (局机关): the section's name starts after it */
const BODY_WORD = /^(?:局|委|区|镇|街道|[局委]?机关|\p{Script=Han}+[局委办])$/u;
/** what follows 科 when it starts another word (科创园, 科技, 科普, 科研) */
const SECTION_NOT_AFTER = /[创技普研学室]/;

export function sectionNames(text: string, offset: number, tokens: Token[], lex: Lexicon, found: NameHit[]): NameHit[] {
  const hits: NameHit[] = [];
  if (!text.includes('科')) return hits;
  for (let k = 1; k < tokens.length; k++) {
    const word = tokens[k].word;
    // (or a field glued to it by jieba: 详细/ad 规划科/nt, 法治/n 调研科/nz; or its head's title: 审核/v 科科长/n)
    // (or an unknown word: 招采科/x; or a numbered section: 宗教事务/n 一科/x)
    const glued = (word.length === 3 && word.endsWith('科') && (lex.orgFunctionWords.has(word.slice(0, 2)) || /^(?:n[zt]|x)$/.test(tokens[k].tag))) || /^[一二三四五六七八九十]科$/.test(word);
    const titled = word.length > 1 && word[0] === '科' && lex.titles.includes(word.slice(1));
    const sectionEnd = titled ? tokens[k].start + 1 : tokens[k].end;
    if ((word !== '科' && !glued && !titled) || (!titled && SECTION_NOT_AFTER.test(text[tokens[k].end - offset] ?? ''))) continue;
    let i = k;
    while (i > 0) {
      const t = tokens[i - 1];
      // "、详细/ad 规划科", "、创新/v 创业服务科": an adjective or a verb may open a section's name
      // right after the list's separator
      if (/^(?:a|ad|v)$/.test(t.tag) && !lex.leadVerbs.has(t.word) && (i === 1 || isPunct(tokens[i - 2]))) {
        i--;
        break;
      }
      // (和 joins two fields of one section, not two sections: 青少年体育科和体育产业科)
      const joins = /^[和与]$/.test(t.word) && i - 1 > 0 && i < k && !tokens[i - 2].word.endsWith('科');
      // (a verb between fields: 合法性/n 审核/v 科, 行政复议/n 和/c 应诉/v 科)
      // (even a leading verb second after the list's separator: 、人民/n 参与/v 和/c 促进/v 法治/n 科)
      const verbField = t.tag === 'v' && t.word.length === 2 && i > 1 && (isNominal(tokens[i - 2]) || lex.orgFunctionWords.has(tokens[i - 2].word) || /^[和与]$/.test(tokens[i - 2].word))
        && (!lex.leadVerbs.has(t.word) || (isNominal(tokens[i - 2]) && (i === 2 || isPunct(tokens[i - 3]) || BODY_WORD.test(tokens[i - 2].word))));
      const field = lex.orgFunctionWords.has(t.word) || verbField;
      if (!joins && (isPunct(t) || isNumeric(t) || !(isNominal(t) || field) || (lex.leadVerbs.has(t.word) && !field) || t.tag === 'ns' || BODY_WORD.test(t.word))) break;
      i--;
    }
    // the name starts at a boundary (punctuation, a verb, a body); after an adverb or a bound
    // character (反/zg 不/d 正当竞争) the fields go on to the left and the name is unknown
    const before = tokens[i - 1];
    if (before && !(isPunct(before) || isNumeric(before) || before.tag.startsWith('v') || /^[和与及由]$/.test(before.word) || before.tag === 'ns' || BODY_WORD.test(before.word) || lex.leadVerbs.has(before.word))) continue;
    const start = tokens[i].start;
    const end = sectionEnd;
    if (i === k || /^[和与]$/.test(tokens[i].word) || end - start < 3 || end - start > 12 || found.some((h) => h.start === start && h.end === end)) continue;
    hits.push({ type: 'Organisation', name: text.slice(start - offset, end - offset), start, end, suffixLength: 1 });
  }
  return hits;
}
