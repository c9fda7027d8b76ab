/**
 * A work on listed places written with their count (某圩区、某圩区等4个圩区达标改造, 某书房、某书房2家城市书房建设,
 * 某路、某路等7处道路积水点改善工程): the list, the count, the kind of place and the work up to its action
 * or kind word name one programme (GUIDE.md: a work on listed places is named with its list; the form from
 * the count on is its alias, name-variants.ts). Over the tuned documents' names of this form 87% are labelled.
 * Works on counted places of the kinds programme-kinds.json lists are found there; this reads any kind.
 */
import { alternation, type Lexicon } from './lexicon.ts';
import { listStart } from './lists.ts';
import type { ProgrammeHit } from './programmes.ts';

/** 等4个, 2家, 7处, 5座: the count after the list */
const COUNT_AFTER_LIST = /等?\d{1,3}[个家处座条所幢](?=\p{Script=Han})/gu;
/** the kind of place and the work on it, up to the clause's end (no verb of the sentence inside: 完成, 实现) */
const WORK_RUN = /^[\p{Script=Han}“”]{2,18}(?=[，,。；;、：:）)]|$)/u;

let compiled: { lex: Lexicon; ending: RegExp; sentenceVerb: RegExp } | undefined;

export function countedListWorks(text: string, offset: number, places: { start: number; end: number }[], lex: Lexicon, taken: { start: number; end: number }[]): ProgrammeHit[] {
  if (!/\d[个家处座条所幢]/.test(text) || !text.includes('、')) return [];
  if (compiled?.lex !== lex) {
    compiled = {
      lex,
      ending: new RegExp(`(?:${alternation([...lex.projectActions, '工程', '项目'])})$`),
      // (the sentence's verb inside the run makes it a clause, no name: 18条河道实施轮疏, 2个小区完成改造)
      sentenceVerb: new RegExp(alternation([...lex.leadVerbs].filter((v) => v.length >= 2))),
    };
  }
  const out: ProgrammeHit[] = [];
  COUNT_AFTER_LIST.lastIndex = 0;
  for (let m = COUNT_AFTER_LIST.exec(text); m; m = COUNT_AFTER_LIST.exec(text)) {
    const last = places.find((p) => p.end - offset === m!.index);
    if (!last) continue;
    const start = listStart(last.start - offset, text, offset, places);
    if (start >= last.start - offset) continue; // one place and its count is no list
    const run = WORK_RUN.exec(text.slice(m.index + m[0].length))?.[0];
    // (nor a second work joined to it: …综合整治工程和某湖水系连通工程)
    if (!run || !compiled.ending.test(run) || compiled.sentenceVerb.test(run) || /[和及与]/.test(run)) continue;
    const end = m.index + m[0].length + run.length;
    if (taken.some((t) => t.start - offset <= start && end <= t.end - offset)) continue;
    out.push({ type: 'Programme', name: text.slice(start, end), start: offset + start, end: offset + end, source: 'place' });
  }
  return out;
}
