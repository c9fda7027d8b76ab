/**
 * A work on listed places written with their count (某圩区、某圩区等4个圩区达标改造, 某书房、某书房2家城市书房建设,
 * 某路、某路等7处道路积水点改善工程): the list, the count, the kind of place and the work up to its action
 * or kind word name one programme (GUIDE.md: a work on listed places is named with its list; the form from
 * the count on is its alias, name-variants.ts). Over the tuned documents' names of this form 87% are labelled.
 * Works on counted places of the kinds programme-kinds.json lists are found there; this reads any kind.
 * One place before 等 and the count stands for its list (某产业园等2个存量转型项目), and a work the clause
 * goes on to say something of ends before it (某桥、某桥等5座危桥改造|全部完工).
 */
import { alternation, leadVerbAtStart, type Lexicon } from './lexicon.ts';
import { listStart } from './lists.ts';
import { isDictionaryWord } from './tokens.ts';
import type { ProgrammeHit } from './programmes.ts';

/** 等4个, 2家, 7处, 5座, 两个: the count after the list */
const COUNT_AFTER_LIST = /等?(?:\d{1,3}|[两二三四五六七八九十]{1,2})[个家处座条所幢](?=\p{Script=Han})/gu;
/** the kind of place and the work on it, up to the clause's end (no verb of the sentence inside: 完成, 实现); the
 * places' area may stand between them (3个小区共16.8万平方米“美丽家园”旧住房修缮) */
const AREA = '(?:\\p{Script=Han}{1,4}(?:共|合计|总计)?约?\\d+(?:\\.\\d+)?万?(?:平方米|平米|亩)的?)?';
const WORK_RUN = new RegExp(`^${AREA}[\\p{Script=Han}“”]{2,18}(?=[，,。；;、：:）)]|$)`, 'u');
/** what a clause says of a work it names (…改造全部完工, …项目纳入年度计划): the work ends before it */
const SAID_OF_WORK = '(?:全部|全面|均已|均|已|顺利|基本|陆续|相继|先后|正式|如期|按期)?(?:完工|竣工|开工|投用|投运|投产|交付|验收|封顶|建成|纳入|通过|完成)';

let compiled: { lex: Lexicon; ending: RegExp; workBeforePredicate: RegExp; sentenceVerbs: RegExp; bareItem: RegExp } | undefined;

/**
 * `items` are the named places, towns and bodies (`body`) of the sentence (新桥镇、九亭镇2座泵站…, 某科技、某新材等43家企业…);
 * a list of bare names no dictionary knows (某湄、某湾2座雨水泵站截流改造) counts too.
 */
export function countedListWorks(text: string, offset: number, items: { start: number; end: number; body?: boolean }[], lex: Lexicon, taken: { start: number; end: number }[]): ProgrammeHit[] {
  if (!/(?:\d|[两二三四五六七八九十])[个家处座条所幢]/.test(text) || (!text.includes('、') && !text.includes('等'))) return [];
  if (compiled?.lex !== lex) {
    const workEnding = alternation([...lex.projectActions, '工程', '项目']);
    compiled = {
      lex,
      ending: new RegExp(`(?:${workEnding})$`),
      sentenceVerbs: new RegExp(lex.sentenceVerb.source, 'g'),
      workBeforePredicate: new RegExp(`^${AREA}[\\p{Script=Han}“”]{1,16}?(?:${workEnding})(?=${SAID_OF_WORK})`, 'u'),
      // an item of a list of bare names (推进某湄、某湾2座雨水泵站…): two to four characters after a joiner or the verb
      bareItem: new RegExp(`(?:^|[、，,：:；;。“”（）()\\s]|${lex.sentenceVerb.source})(\\p{Script=Han}{2,4})$`, 'u'),
    };
  }
  const out: ProgrammeHit[] = [];
  COUNT_AFTER_LIST.lastIndex = 0;
  for (let m = COUNT_AFTER_LIST.exec(text); m; m = COUNT_AFTER_LIST.exec(text)) {
    // (bodies only as firms: 某科技、某新材等43家企业…治理项目; not 某局、某委等3家单位…)
    // (or the parcel of a former facility named by it: 原某某印染厂|地块等3个)
    const endsItem = (p: { end: number }) => p.end - offset === m!.index || (p.end - offset === m!.index - 2 && text.startsWith('地块', p.end - offset));
    const last = items.find((p) => endsItem(p) && (!p.body || text.startsWith('家企业', m!.index + m![0].length - 1)));
    let start = last ? listStart(last.start - offset, text, offset, items) : -1;
    // (one place and its count is no list, unless bare names go before it)
    if (!last || start >= last.start - offset) start = bareListStart(text, m.index, compiled.bareItem, lex);
    // (a place and 等 before its count stands for the list: 某新村等4个小区加装电梯)
    if (start < 0 && last && !last.body && m[0].startsWith('等')) start = last.start - offset;
    if (start < 0) continue;
    const after = text.slice(m.index + m[0].length);
    let run = WORK_RUN.exec(after)?.[0];
    if (!run || !compiled.ending.test(run)) run = compiled.workBeforePredicate.exec(after)?.[0] ?? run;
    // (nor a second work joined to it: …综合整治工程和某湖水系连通工程)
    const ending = run ? compiled.ending.exec(run)?.[0] : undefined;
    // (the sentence's verb inside the run makes it a clause, no name: 18条河道实施轮疏, 2个小区完成改造, 等41个项目开工建设;
    // the action that ends the work is none: 等11个住宅小区违建|集中整治, 等5个村宅基地违建|整治)
    if (!run || !ending || clauseVerbIn(run, ending, compiled.sentenceVerbs) || /[和及与]/.test(run)) continue;
    // (a project's 建设 after its kind word is no part of its name: 2个保障性租赁住房项目|建设)
    const end = m.index + m[0].length + run.replace(/(?<=项目|工程)建设$/, '').length;
    if (taken.some((t) => t.start - offset <= start && end <= t.end - offset)) continue;
    out.push({ type: 'Programme', name: text.slice(start, end), start: offset + start, end: offset + end, source: 'place' });
  }
  return out;
}

/** Whether a verb of the sentence starts in the run before the action that ends it (开工建设 does, 集中整治 does not). */
function clauseVerbIn(run: string, ending: string, sentenceVerbs: RegExp): boolean {
  sentenceVerbs.lastIndex = 0;
  for (let m = sentenceVerbs.exec(run); m; m = sentenceVerbs.exec(run)) {
    if (m.index < run.length - ending.length) return true;
  }
  return false;
}

/** The start of a list of two or more bare names ending at `end`, each unknown to the dictionaries; -1 if none. */
function bareListStart(text: string, end: number, bareItem: RegExp, lex: Lexicon): number {
  let start = end;
  let count = 0;
  for (;;) {
    let item = bareItem.exec(text.slice(Math.max(0, start - 8), start))?.[1];
    const verb = item && leadVerbAtStart(item, lex, 2);
    if (item && verb && verb.length >= 2) item = item.slice(verb.length);
    if (!item || isDictionaryWord(item) || twoWords(item)) break;
    start -= item.length;
    count++;
    if (text[start - 1] !== '、') break;
    start--;
  }
  if (text[start] === '、') start++;
  return count >= 2 ? start : -1;
}

/** 叉车驾驶, 孕产保健: two words the dictionaries know, a field rather than a name */
function twoWords(item: string): boolean {
  return item.length === 4 && isDictionaryWord(item.slice(0, 2)) && isDictionaryWord(item.slice(2));
}
