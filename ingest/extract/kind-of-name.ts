/**
 * Names that stand for a kind of place or body rather than one of them: counted (农事服务中心2个,
 * 16个街道社区事务受理服务中心), every one across an area (全市公共图书馆, 全区…幼儿园达到36所), or an honour
 * conferred in quotes (获评全国“枫桥式公安派出所”). Each test reads only the text around the name.
 */
import type { Lexicon } from './lexicon.ts';
import { commonWordsOnly } from './tokens.ts';

/** a count of units right after a name, or the count it reaches: 2个, 三家, 达到36所 */
const COUNT_AFTER = /^(?:达到|不少于|不低于|超过|增至|新增|累计)?[0-9一二两三四五六七八九十]+(?:个|处|家|座|所|条|支|间)/;
/** a count of units right before a name */
const COUNT_BEFORE = /[0-9一二两三四五六七八九十]+(?:个|处|家|座|所|条|支|间)$/;
/** a scope over a whole area written right before a name: 全区(…幼儿园达到36所) */
const WHOLE_AREA_BEFORE = /全(?:省|市|区|县|镇|街道)$/;
/** a scope over a whole area opening a name (全国, 全市, 全区, 全镇, 全街道): what follows is every one of a kind there */
const WHOLE_AREA = /^全(?:国|省|市|区|县|镇|街道)/;
/** the same below the nation: the nation's own bodies open with it (全国政协, 全国妇联) */
const WHOLE_AREA_BELOW_NATION = /^全(?:省|市|区|县|镇|街道)/;
/** the region that confers an honour, between the award verb and the quoted honour */
const CONFERRING_REGION = /(?:全国|全市|上海市|国家级|市级|区级)$/;

/**
 * Whether the name `name` (its own part `specific`, before the suffix) at [start, end) of `text` is a kind:
 * a body counted right before or after it (a place likewise, when common words name it, or counted before it),
 * or every one of a kind across an area, the area's scope written in or right before the name.
 */
export function namesAKind(type: 'Place' | 'Organisation', name: string, specific: string, text: string, start: number, end: number): boolean {
  // "设立农机社会化服务中心2个", "组建白领志愿服务队3支" (a place: 建成农事服务中心2个, not 建成某某公园2个…)
  if (COUNT_AFTER.test(text.slice(end, end + 6)) && (type === 'Organisation' || commonWordsOnly(specific))) return true;
  // "全区16个街道社区事务受理服务中心", "3个村农家书屋"
  if (COUNT_BEFORE.test(text.slice(Math.max(0, start - 6), start))) return true;
  // "全区托幼一体化幼儿园达到36所", "全区博爱家园"
  if (WHOLE_AREA_BEFORE.test(text.slice(Math.max(0, start - 3), start))) return true;
  // "全市公共图书馆", "全市基层法院"
  return type === 'Place' ? WHOLE_AREA.test(name) : WHOLE_AREA_BELOW_NATION.test(name);
}

/** Whether the name opens a quote right after an award verb and at most the region conferring it (获评全国“…”). */
export function awardedInQuotes(text: string, start: number, lex: Lexicon): boolean {
  if (!/[“"]$/.test(text.slice(0, start))) return false;
  const before = text.slice(Math.max(0, start - 9), start - 1).replace(CONFERRING_REGION, '');
  return [...lex.awardVerbs].some((v) => before.endsWith(v));
}
