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
import { isDictionaryWord, tagOf } from './tokens.ts';

/** 等21个产业项目竣工投产, 等项目竣工验收, 等15个产业项目年内开工 */
const LIST_TAIL = /等(?:\d+|[一二三四五六七八九十两]+)?(?:个|项|批)?(\p{Script=Han}{0,8}?)(?:项目|工程)(?=(?:年内|全面|相继|先后|陆续|已|均|顺利|加快)?(?:竣工|开工|投产|落地|签约|开业|验收|封顶|建成|落户|完工))/gu;
/** where the clause of the list starts (the text's punctuation is normalised to half-width) */
const CLAUSE_BREAKS = ['，', ',', '。', '；', ';', '：', ':', '\n', '“', '”', '（', '(', '）', ')'];
/** the number of a list item before the first project (1. / （2）) */
const ITEM_NUMBER = /^(?:\d{1,2}[.．]|[(（][\d一二三四五六七八九十]{1,3}[)）])/;
/** an item: a name of Han characters, digits and a bracketed part (一期, （北区）) */
const ITEM = /^[\p{Script=Han}\dA-Za-z（）()]{4,24}$/u;
/** works on listed villages, estates and parks are named with their list (counted-works.ts) */
const PLACE_OF_WORK = /(?:村|小区|园|园区|地块|街道|镇)$/;
/** projects of work on the items, or on buildings that house firms: the items are places (某大楼、某商厦等3个存量转型项目, 某某智谷等载体项目) */
const WORK_ON_ITEMS = /转型|更新|改造|修缮|提升|整治|载体/;

export function listedProjects(text: string, offset: number, lex: Lexicon, units: { start: number; end: number }[], taken: { start: number; end: number }[]): ProgrammeHit[] {
  if (!text.includes('、') || !(text.includes('项目') || text.includes('工程'))) return [];
  const out: ProgrammeHit[] = [];
  LIST_TAIL.lastIndex = 0;
  for (let m = LIST_TAIL.exec(text); m; m = LIST_TAIL.exec(text)) {
    const clauseStart = Math.max(...CLAUSE_BREAKS.map((p) => text.lastIndexOf(p, m!.index - 1))) + 1;
    const items = text.slice(clauseStart, m.index).split('、');
    if (items.length < 2 || WORK_ON_ITEMS.test(m[1])) continue;
    let at = clauseStart;
    for (const [i, item] of items.entries()) {
      const numbered = i === 0 ? (ITEM_NUMBER.exec(item)?.[0].length ?? 0) : 0;
      const raw = item.slice(numbered);
      const verb = i === 0 ? leadVerbAtStart(raw, lex, 4) : undefined;
      const [s, name] = verb ? [at + numbered + verb.length, raw.slice(verb.length)] : [at + numbered, raw];
      at += item.length + 1;
      // (nor a firm by its brand and industry: 某某检测、某某新能源等项目落地)
      if (!ITEM.test(name) || PLACE_OF_WORK.test(name) || [...lex.firmIndustryWords].some((w) => name.endsWith(w))) continue;
      // (nor a kind of building with no name: 市民服务中心、文化中心等一批民生工程竣工)
      if (commonWordsOnly(name) || lex.genericNames.has(nameKey(name))) continue;
      const [start, end] = [offset + s, offset + s + name.length];
      // (a firm or a town listed among the projects is that body, and a project already read keeps its reading)
      if (units.some((u) => u.start === start && u.end === end) || taken.some((t) => t.start <= start && end <= t.end)) continue;
      out.push({ type: 'Programme', name, start, end, source: 'list' });
    }
  }
  return out;
}

/** Whether the name is made of common words only (市民|服务中心, 文化中心): no proper or unknown word names it. */
function commonWordsOnly(name: string): boolean {
  const common = (w: string) => isDictionaryWord(w) && !/^(?:ns|nr|nz|nt|x)/.test(tagOf(w));
  // (split points reachable by common words of two or more characters, left to right)
  const reach = new Array<boolean>(name.length + 1).fill(false);
  reach[0] = true;
  for (let i = 0; i < name.length; i++) {
    if (!reach[i]) continue;
    for (let j = i + 2; j <= Math.min(name.length, i + 6); j++) if (common(name.slice(i, j))) reach[j] = true;
  }
  return reach[name.length];
}
