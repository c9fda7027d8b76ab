/**
 * "举办2025年某区全民健身运动会", "2025年某区防汛防台综合演练", "2025年某湖环湖骑行大会": a yearly event
 * written as its year, the region or place that holds it and what it is, up to its event word, is a
 * programme named with its year (GUIDE.md; real-style labels keep the year 273 times against 6). The kind
 * walk misses many of them, as jieba cuts their event word off (健身运动/l 会/v, 活动/vn 周/nr, 骑行/v 大会/n)
 * or tags the district a person (杨浦区/nr).
 */
import type { Lexicon } from './lexicon.ts';
import type { ProgrammeHit } from './programmes.ts';
import type { TokenIndex } from './token-index.ts';
import { isPunct, type Token } from './tokens.ts';

/** what ends a range's first half (2024—2025年度, 2024至2025年): a year after it is no edition */
export const RANGE_MARKS = '\\d—–\\-－~～至到';
/** a year that is an edition: not the second half of a range (2024—2025年) nor a span of it (2025年度, 2025年底) */
const YEAR = new RegExp(`(?<![${RANGE_MARKS}])20\\d\\d年(?![度底初末内前后起以上下])`, 'g');
const YEAR_AT_END = new RegExp(`(?<![${RANGE_MARKS}])20\\d\\d年$`);
/** regions whose name makes an event's name its own (上海市学生运动会, 全国科技活动周) */
export const EVENT_REGIONS = new Set(['全国', '中国', '上海', '上海市', '长三角']);
/** a district, county or city jieba knows, however it tagged it (杨浦区/nr) */
const ADMINISTRATIVE = /^\p{Script=Han}{1,4}[区市县]$/u;
/** the last words of a yearly event (旅游节, 宣传周, 运动会, 骑行大会, 综合演练, 分会场活动, 评选, 展评, 推介会) */
const EVENT_END = /(?:节|周|运动会|大会|赛|演练|活动|评选|评比|展评|展演|汇演|推介会|论坛|峰会|博览会|交易会|嘉年华)$/;
/** activities as a class (某区重点文旅活动, 全民健身重点赛事活动), not one event: 活动 names one only after an event's own word (宣传月活动, 分会场活动) */
const CLASS_OF_ACTIVITIES = /(?<!(?:[周月节日季]|会场|主场))活动$/;
const namesEvent = (name: string) => EVENT_END.test(name) && !CLASS_OF_ACTIVITIES.test(name);
/** an event's name runs at most this many tokens after its region */
const MAX_TOKENS = 10;

export function yearlyEvents(text: string, offset: number, tokens: Token[], idx: TokenIndex, places: { start: number; end: number }[], lex: Lexicon): ProgrammeHit[] {
  if (!text.includes('年')) return [];
  const hits: ProgrammeHit[] = [];
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m; m = YEAR.exec(text)) {
    const from = m.index + m[0].length;
    const k = idx.startAt[from];
    if (k === undefined || !namesRegion(tokens[k], offset + from, places)) continue;
    let end = -1;
    for (let i = k + 1; i < tokens.length && i <= k + MAX_TOKENS; i++) {
      const t = tokens[i];
      if (isPunct(t) || /^[等和及与]$/.test(t.word) || /^\d/.test(t.word) || lex.leadVerbs.has(t.word)) break;
      const name = text.slice(from, t.end - offset);
      if (namesEvent(name)) end = t.end - offset;
    }
    if (end > 0) hits.push({ type: 'Programme', name: text.slice(m.index, end), start: offset + m.index, end: offset + end, source: 'kind' });
  }
  return hits;
}

/**
 * "举办2025年上海旅游节": an event another rule found right after its year takes the year too; not a quoted
 * name (2025年“某某”购物节 is labelled “某某”购物节).
 */
export function withEventYear(programmes: ProgrammeHit[], text: string, offset: number): ProgrammeHit[] {
  if (!text.includes('年')) return programmes;
  return programmes.map((p) => {
    if (p.type !== 'Programme' || !namesEvent(p.name) || /^[\d“]/.test(p.name)) return p;
    const year = YEAR_AT_END.exec(text.slice(Math.max(0, p.start - offset - 6), p.start - offset))?.[0];
    return year ? { ...p, name: year + p.name, start: p.start - year.length } : p;
  });
}

function namesRegion(t: Token, at: number, places: { start: number; end: number }[]): boolean {
  return EVENT_REGIONS.has(t.word) || (ADMINISTRATIVE.test(t.word) && /^(?:ns|nr|x)/.test(t.tag)) || places.some((p) => p.start === at);
}
