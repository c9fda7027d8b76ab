/**
 * Projects listed by name before 等 and a count of projects that started, finished or opened
 * (某某半导体功率器件二期、某某生物研发制造基地等21个产业项目竣工投产; 某某中心、某某广场等项目竣工):
 * each item is a programme, whatever its last word (GUIDE.md: projects named in passing in lists).
 * Real reports list their major projects this way; a tower or a mall under construction is a project there,
 * not yet a place.
 */
import { leadVerbAtStart, type Lexicon } from './lexicon.ts';
import { nameKey } from './normalise.ts';
import type { ProgrammeHit } from './programmes.ts';
import { commonWordsOnly } from './tokens.ts';

/** verbs of a project's start or end, and the words that may come before them (年内开工, 相继建成) */
const START_OR_END = '竣工|开工|投产|落地|开业|封顶|建成|落户|完工';
const WHEN = '年内|全面|相继|先后|陆续|顺利|加快';
/** 等21个产业项目竣工投产, 等项目竣工验收, 等15个产业项目年内开工 (after 等, signing and acceptance count too) */
const LIST_TAIL = new RegExp(`等(?:\\d+|[一二三四五六七八九十两]+)?(?:个|项|批)?(\\p{Script=Han}{0,8}?)(?:项目|工程)(?=(?:${WHEN}|已|均|完成)?(?:${START_OR_END}|签约|验收))`, 'gu');
/** the end of a list with no 等, at the verb of its start or end: …、某某中试基地|落地, …扩产项目、某某制造基地|建成投产 */
const BARE_LIST_END = new RegExp(`(?<=\\p{Script=Han})(?=(?:${WHEN}|按期|如期)?(?:${START_OR_END}))`, 'gu');
/** (建成|投产: a position after such a word is inside the verbs, not the list's end) */
const AFTER_LIST_END = new RegExp(`(?:${START_OR_END}|${WHEN}|按期|如期)$`);
/** where the clause of the list starts (the text's punctuation is normalised to half-width) */
const CLAUSE_BREAKS = ['，', ',', '。', '；', ';', '：', ':', '\n', '“', '”', '（', '(', '）', ')'];
/** the number of a list item before the first project (1. / （2） / 三是) */
const ITEM_NUMBER = /^(?:\d{1,2}[.．]|[(（][\d一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]是)/;
/** an item: a name of Han characters, digits and a bracketed part (一期, （北区）) */
const ITEM = /^[\p{Script=Han}\dA-Za-z（）()]{4,24}$/u;
/** works on listed villages, estates and parks are named with their list (counted-works.ts) */
const PLACE_OF_WORK = /(?:村|小区|园|园区|地块|街道|镇)$/;
/** projects of work on the items, or on buildings that house firms: the items are places (某大楼、某商厦等3个存量转型项目, 某某智谷等载体项目) */
const WORK_ON_ITEMS = /转型|更新|改造|修缮|提升|整治|载体/;

export function listedProjects(text: string, offset: number, lex: Lexicon, units: Span[], taken: ProgrammeHit[]): ProgrammeHit[] {
  if (!text.includes('、') || !(text.includes('项目') || text.includes('工程') || text.includes('基地'))) return [];
  const out: ProgrammeHit[] = [];
  LIST_TAIL.lastIndex = 0;
  for (let m = LIST_TAIL.exec(text); m; m = LIST_TAIL.exec(text)) {
    if (WORK_ON_ITEMS.test(m[1])) continue;
    const items = listItems(text, m.index, lex);
    if (items.length >= 2) out.push(...projectsOf(items, text, offset, lex, units, taken));
  }
  // (and a list with no 等 whose items include a project already read: 推动某某产线项目、某某中试基地落地)
  for (const m of text.matchAll(BARE_LIST_END)) {
    if (AFTER_LIST_END.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    const items = listItems(text, m.index, lex);
    const isProject = (it: Span) => taken.some((t) => t.type === 'Programme' && t.source !== 'list' && t.start === offset + it.start && t.end === offset + it.end);
    // (a list with 等 is read above: 某某基地等21个项目|开工)
    // (nor a clause with a verb of its own in an item: 第一季度完成某某二期、…)
    if (items.length >= 2 && !items.some((it) => text.slice(it.start, it.end).includes('等') || lex.sentenceVerb.test(text.slice(it.start, it.end))) && items.some(isProject)) out.push(...projectsOf(items.filter((it) => !isProject(it)), text, offset, lex, units, taken));
  }
  return out;
}

type Span = { start: number; end: number };


/** The items of the list that ends at `end`, from the clause's start; the first without its number or verb. */
function listItems(text: string, end: number, lex: Lexicon): Span[] {
  const clauseStart = Math.max(...CLAUSE_BREAKS.map((p) => text.lastIndexOf(p, end - 1))) + 1;
  const pieces = text.slice(clauseStart, end).split('、');
  if (pieces.length < 2) return [];
  const items: Span[] = [];
  let at = clauseStart;
  for (const [i, piece] of pieces.entries()) {
    const numbered = i === 0 ? (ITEM_NUMBER.exec(piece)?.[0].length ?? 0) : 0;
    const verb = i === 0 ? leadVerbAtStart(piece.slice(numbered), lex, 4) : undefined;
    items.push({ start: at + numbered + (verb?.length ?? 0), end: at + piece.length });
    at += piece.length + 1;
  }
  return items;
}

/** The items that name projects, as programmes (sentence offsets in, absolute out). */
function projectsOf(items: Span[], text: string, offset: number, lex: Lexicon, units: Span[], taken: Span[]): ProgrammeHit[] {
  const out: ProgrammeHit[] = [];
  for (const it of items) {
    const name = text.slice(it.start, it.end);
    // (nor a firm by its brand and industry: 某某检测、某某新能源等项目落地)
    if (!ITEM.test(name) || PLACE_OF_WORK.test(name) || lex.firmIndustryEnd.test(name)) continue;
    // (nor a kind of building with no name: 市民服务中心、文化中心等一批民生工程竣工)
    if (commonWordsOnly(name) || lex.genericNames.has(nameKey(name))) continue;
    const [start, end] = [offset + it.start, offset + it.end];
    // (a firm or a town listed among the projects is that body, and a project already read keeps its reading)
    if (units.some((u) => u.start === start && u.end === end) || taken.some((t) => t.start <= start && end <= t.end)) continue;
    out.push({ type: 'Programme', name, start, end, source: 'list' });
  }
  return out;
}
