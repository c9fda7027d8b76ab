/**
 * Places named by a form of their own rather than by a suffix scan alone: land parcels (by plot
 * code or lane) and metro lines with their stations. Helpers of names.ts, run over its hits.
 */
import { STOP_WORDS } from './name-starts.ts';
import type { NameHit } from './names.ts';
import type { TokenIndex } from './token-index.ts';
import type { Lexicon } from './lexicon.ts';
import { isNominal, isNumeric, isProper, isPunct, type Token } from './tokens.ts';

/** A land parcel named by its place and a plot code (某路北侧C2-1地块, 某片区XH-C3-05地块) or by a lane (某路187弄地块). */
/** (beside it, 北侧/以东, or in a planning unit of it: 某某城MHPO-1203单元09-02地块; after a 镇 alone, not yet) */
const PARCEL_CODE = /^(?:[东南西北]侧|以[东南西北])?(?:[A-Z]{0,4}[-－]?\d+单元)?[A-Z]{0,3}[-－]?[A-Z]?\d+(?:[-－]\d+)*号?地块/;

/** "原某某印染厂地块": a parcel named after the facility that stood on it names the facility (GUIDE.md: 4 of 4) */
const FORMER_FACILITY_PARCEL = /^(原)?(\p{Script=Han}{2,10}?(?:厂|厂区|仓库|粮库|码头|堆场|油库))地块$/u;

export function parcels(text: string, offset: number, hits: NameHit[]): void {
  for (let k = hits.length - 1; k >= 0; k--) {
    const h = hits[k];
    const former = h.type === 'Place' ? FORMER_FACILITY_PARCEL.exec(h.name) : null;
    if (former) {
      const start = h.start + (former[1]?.length ?? 0);
      hits[k] = { ...h, name: former[2], start, end: start + former[2].length, kind: 'building' };
      continue;
    }
    if (h.type !== 'Place') continue;
    const rest = text.slice(h.end - offset, h.end - offset + 20);
    const lane = /[弄号]$/.test(h.name) && rest.startsWith('地块');
    const code = lane ? null : PARCEL_CODE.exec(rest);
    if (!lane && !code) continue;
    const parcel = { ...h, name: h.name + (lane ? '地块' : code![0]), end: h.end + (lane ? 2 : code![0].length), kind: 'block' };
    // a lane's parcel is the lane's site; a road or an area keeps its own mention beside its plot
    if (lane) hits[k] = parcel;
    else hits.push(parcel);
  }
  if (!text.includes('地块')) return;
  // "97街坊地块", "位于E2-3地块": a parcel named by its block number or plot code alone (GUIDE.md)
  CODED_PARCEL.lastIndex = 0;
  for (let m = CODED_PARCEL.exec(text); m; m = CODED_PARCEL.exec(text)) {
    const [start, end] = [offset + m.index, offset + m.index + m[0].length];
    // (what the suffix scan read inside it, 街坊地块, gives way; a name reaching beyond it stays)
    if (hits.some((h) => h.start < end && start < h.end && (h.start < start || h.end > end) && h.type === 'Place')) continue;
    for (let k = hits.length - 1; k >= 0; k--) if (hits[k].type === 'Place' && start <= hits[k].start && hits[k].end <= end) hits.splice(k, 1);
    hits.push({ type: 'Place', name: m[0], start, end, kind: 'block', suffixLength: 2 });
  }
}
/** a block number (97街坊地块) or a lettered plot code (E2-3地块, not a bare number: 3地块 is a count) */
const CODED_PARCEL = /(?<![\dA-Za-z\-－])(?:\d{1,4}街坊|[A-Z]{1,4}\d+(?:[-－]\d+)+)地块/g;

/** A metro line by number or name (轨道交通17号线, 地铁某某线), an intercity line or tram (某某城际线, 某某有轨电车), and the stations named after a line (…17号线某某站、某某站). */
const RAIL_LINE = /(?:轨道交通|轨交|地铁)(?:\d{1,2}号线|\p{Script=Han}{2,3}?线)|\p{Script=Han}{2}(?:城际联络线|城际线|有轨电车)|(?<!\d)\d{1,2}号线(?=\p{Script=Han}{2,4}站)/gu;
const STATION = /^[、和]?(\p{Script=Han}{2,4}?站)(?![\p{Script=Han}](?:站|点))/u;

export function railNames(text: string, offset: number, hits: NameHit[]): void {
  if (!text.includes('线') && !text.includes('有轨电车')) return;
  const found: NameHit[] = [];
  RAIL_LINE.lastIndex = 0;
  for (let m = RAIL_LINE.exec(text); m; m = RAIL_LINE.exec(text)) {
    const lineEnd = m.index + m[0].length;
    // (a line's name inside a company's: 上海轨道交通某某线发展有限公司)
    if (hits.some((h) => h.type === 'Organisation' && h.start - offset <= m!.index && lineEnd <= h.end - offset)) continue;
    if (!/^\d/.test(m[0])) found.push({ type: 'Place', name: m[0], start: offset + m.index, end: offset + lineEnd, kind: 'road', suffixLength: 1 });
    for (let at = lineEnd, st = STATION.exec(text.slice(at)); st; st = STATION.exec(text.slice(at))) {
      const from = at + st[0].length - st[1].length;
      found.push({ type: 'Place', name: st[1], start: offset + from, end: offset + from + st[1].length, kind: 'building', suffixLength: 1 });
      at += st[0].length;
    }
  }
  if (!found.length) return;
  // what the suffix scan read across the line's and stations' names (轨道交通17号线汇/n 湾站) gives way to them
  giveWay(hits, found);
}

/** What the suffix scan read across found names gives way to them; a body's name that contains one stays. */
function giveWay(hits: NameHit[], found: NameHit[]): void {
  const contains = (h: NameHit, f: NameHit) => h.type === 'Organisation' && h.start <= f.start && f.end <= h.end;
  for (let k = hits.length - 1; k >= 0; k--) if (found.some((f) => hits[k].start < f.end && f.start < hits[k].end && (hits[k].start !== f.start || hits[k].end !== f.end) && !contains(hits[k], f))) hits.splice(k, 1);
  hits.push(...found);
}

/** Where a sentence speaks of a line or of stations, names ending in 站 listed together are stations (某某站、某某路站等6座车站, 某首末站—某某站). */
const STATION_CONTEXT = /轨道交通|地铁|号线|快线|车站|首末站|公交|站点/;
const AFTER_STATION = /^(?:[、和—－\-~～至等，。；,;|\s）)]|$)/;
const JOINER = /^[、和—－\-~～至]$/;
/** a kind of station, not one named: 服务站, 首末站, 泵站 … (read by the suffix scan where they are places) */
const GENERIC_STATION = /(?:服务|工作|实践|首末|公交|加油|泵|监测|供应|枢纽|驿|分|总|车|站)$/;

export function listedStations(text: string, offset: number, tokens: Token[], at: number[], hits: NameHit[]): void {
  if (!text.includes('站') || !STATION_CONTEXT.test(text)) return;
  const candidates: { start: number; end: number }[] = [];
  for (let p = text.indexOf('站'); p >= 0; p = text.indexOf('站', p + 1)) {
    if (!AFTER_STATION.test(text.slice(p + 1, p + 2))) continue;
    const k = at[p];
    if (k === undefined || k < 0) continue;
    let start = tokens[k].word === '站' ? p : tokens[k].start - offset;
    for (let j = k - 1; j >= 0; j--) {
      const t = tokens[j];
      if (isPunct(t) || JOINER.test(t.word) || t.word.length > 3 || (t.word.length >= 2 && (t.tag.startsWith('v') || /^[pcudrqmf]/.test(t.tag)))) break;
      if (p - (t.start - offset) > 4) break;
      start = t.start - offset;
    }
    const specific = text.slice(start, p);
    if (specific.length < 2 || !/^\p{Script=Han}+$/u.test(specific) || GENERIC_STATION.test(specific)) continue;
    candidates.push({ start, end: p + 1 });
  }
  const listed = (c: { start: number; end: number }) =>
    candidates.some((o) => o !== c && ((o.end + 1 === c.start && JOINER.test(text[o.end])) || (c.end + 1 === o.start && JOINER.test(text[c.end]))))
    || (JOINER.test(text[c.start - 1] ?? '') && /站$/.test(text.slice(Math.max(0, c.start - 4), c.start - 1)))
    || /^等\d+座(?:车站|站点|地铁站)/.test(text.slice(c.end));
  const found = candidates.filter(listed).map((c): NameHit => ({ type: 'Place', name: text.slice(c.start, c.end), start: offset + c.start, end: offset + c.end, kind: 'building', suffixLength: 1 }));
  if (found.length) giveWay(hits, found.filter((f) => !hits.some((h) => h.start === f.start && h.end === f.end)));
}

/** A network's facility and its local branch joined by a middle dot (某区青年驿站·某某站, 某某书房·某某馆). */
const BRANCH_AFTER_DOT = /^·(\p{Script=Han}{2,4}?(?:分站|站|店|馆|点))(?!\p{Script=Han}*[站店馆点])/u;
const NETWORK_FACILITY = /(?:驿站|之家|书房|客厅|空间|中心|家园)$/;

export function branchStations(text: string, offset: number, tokens: Token[], hits: NameHit[], lex: Lexicon): void {
  if (!text.includes('·')) return;
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i].word !== '·') continue;
    const at = tokens[i].start - offset;
    const branch = BRANCH_AFTER_DOT.exec(text.slice(at));
    if (!branch) continue;
    // the network's name: nominal and proper words back to a verb, a stop word, a number or punctuation
    // (a lead verb whatever jieba tagged it: 新建/ns 某区人才驿站·某某站; an item's number: 1./m)
    let k = i - 1;
    const inName = (t: Token) => !isPunct(t) && !isNumeric(t) && (isProper(t) || isNominal(t)) && !t.tag.startsWith('v') && !lex.leadVerbs.has(t.word);
    while (k >= 0 && inName(tokens[k]) && at - (tokens[k].start - offset) <= 12) k--;
    const from = tokens[k + 1].start - offset;
    const network = text.slice(from, at);
    if (k + 1 >= i || network.length < 4 || !NETWORK_FACILITY.test(network)) continue;
    const end = at + branch[0].length;
    // the branch's own station name read by the suffix scan (颛桥站) gives way to the whole name
    for (let h = hits.length - 1; h >= 0; h--) if (hits[h].start < offset + end && offset + from < hits[h].end) hits.splice(h, 1);
    hits.push({ type: 'Place', name: text.slice(from, end), start: offset + from, end: offset + end, kind: 'building', suffixLength: 1 });
  }
}

/** "普沁·云汇大厦": a brand and a middle dot before a building's name are part of it. */
export function dottedNames(text: string, offset: number, tokens: Token[], at: number[], hits: NameHit[]): void {
  if (!text.includes('·')) return;
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k];
    const dot = h.start - offset - 1;
    if (h.type !== 'Place' || text[dot] !== '·' || dot < 2) continue;
    const brand = tokens[at[dot - 1]];
    if (!brand || brand.end - offset !== dot || !/^\p{Script=Han}{2,4}$/u.test(brand.word) || !isProper(brand)) continue;
    const before = tokens[at[dot - 1] - 1];
    if (before && !isPunct(before) && !/^[vpcu]/.test(before.tag)) continue;
    hits[k] = { ...h, name: text.slice(brand.start - offset, h.end - offset), start: brand.start };
  }
}

/**
 * "某路（甲路至乙路段）", "某港（甲路至乙河段）": both ends of a road's or river's stretch are places,
 * the far one too where jieba reads its 路 or 河 into 路段/河段.
 */
const STRETCH_KINDS = '(?:路|街|公路|大道|河|港|浜|泾|塘)';
const STRETCH_ENDS = new RegExp(`[（(](\\p{Script=Han}{1,8}?${STRETCH_KINDS})(?:至|—|－|-|~|～)(\\p{Script=Han}{1,8}?${STRETCH_KINDS})段[)）]`, 'gu');
const RIVER_END = /[河港浜泾塘]$/;

export function stretchEnds(text: string, offset: number, tokens: Token[], at: TokenIndex, hits: NameHit[]): void {
  if (!text.includes('段')) return;
  STRETCH_ENDS.lastIndex = 0;
  for (let m = STRETCH_ENDS.exec(text); m; m = STRETCH_ENDS.exec(text)) {
    stretchOwner(text, offset, m.index, tokens, at, hits);
    const firstAt = m.index + 1;
    // (the match ends with the far road, 段 and the closing bracket)
    const secondAt = m.index + m[0].length - 2 - m[2].length;
    for (const [name, at] of [[m[1], firstAt], [m[2], secondAt]] as const) {
      const start = offset + at;
      if (hits.some((h) => h.start === start && h.end === start + name.length)) continue;
      // (a shorter or longer read of the same road gives way)
      for (let k = hits.length - 1; k >= 0; k--) if (hits[k].type === 'Place' && hits[k].start < start + name.length && start < hits[k].end) hits.splice(k, 1);
      hits.push({ type: 'Place', name, start, end: start + name.length, kind: RIVER_END.test(name) ? 'river' : 'road', suffixLength: 1 });
    }
  }
}

const ROAD_OR_RIVER = new RegExp(`${STRETCH_KINDS}$`);
const OWNER_MAX = 8;

/**
 * "实施/v 汇/n 康路/n （甲路至乙路段）": the road or river whose stretch is given in brackets is a
 * place, however jieba cut it: whole nominal words back from the bracket to the verb or punctuation.
 */
function stretchOwner(text: string, offset: number, bracket: number, tokens: Token[], at: TokenIndex, hits: NameHit[]): void {
  if (hits.some((h) => h.type === 'Place' && h.end - offset === bracket)) return;
  const last = at.endAt[bracket];
  if (last === undefined || !ROAD_OR_RIVER.test(tokens[last].word)) return;
  let start = -1;
  for (let i = last; i >= 0 && bracket - (tokens[i].start - offset) <= OWNER_MAX; i--) {
    const t = tokens[i];
    if (isPunct(t) || !/^\p{Script=Han}+$/u.test(t.word) || !(isNominal(t) || isProper(t) || t.tag === 'x')) break;
    start = t.start - offset;
  }
  // (a preposition jieba glued to the name is the sentence's: 对瑶/x 光路)
  if (start >= 0 && STOP_WORDS.has(text[start])) start++;
  if (start < 0 || bracket - start < 3) return;
  hits.push({ type: 'Place', name: text.slice(start, bracket), start: offset + start, end: offset + bracket, kind: RIVER_END.test(text.slice(start, bracket)) ? 'river' : 'road', suffixLength: 1 });
}

/** Rooms people go to, named by a quote and their field: “某某”检察听证室, “某某”档案史料陈列厅, “某某”安宁疗护病区. */
const QUOTED_ROOM = /“([^“”\s]{2,8})”(\p{Script=Han}{0,6}?(?:听证室|陈列厅|病区|调解室|接待室|阅览室))/gu;

export function quotedRooms(text: string, offset: number, hits: NameHit[]): void {
  if (!text.includes('”')) return;
  QUOTED_ROOM.lastIndex = 0;
  for (let m = QUOTED_ROOM.exec(text); m; m = QUOTED_ROOM.exec(text)) {
    const start = offset + m.index;
    const end = start + m[0].length;
    // the room's whole name stands for any shorter read of it
    for (let k = hits.length - 1; k >= 0; k--) if (hits[k].start >= start && hits[k].end <= end) hits.splice(k, 1);
    hits.push({ type: 'Place', name: m[0], start, end, kind: 'building', suffixLength: 3 });
  }
}

/**
 * Hamlets (宅) of the countryside named after a family: 沈/nr 家宅/n (家宅 is also the word for a
 * home, so only a listed surname before it names one), 北/ns 潘宅/x (a surname and 宅 read as one
 * unknown word, after a direction).
 */
export function hamlets(text: string, offset: number, tokens: Token[], isSurname: (word: string) => boolean, hits: NameHit[]): void {
  if (!text.includes('宅')) return;
  const found: NameHit[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    let start = -1;
    if (t.word === '家宅' && k > 0 && tokens[k - 1].word.length === 1 && isSurname(tokens[k - 1].word)) start = tokens[k - 1].start;
    else if (t.tag === 'x' && t.word.length === 2 && t.word[1] === '宅' && isSurname(t.word[0])) {
      // (after a direction or a boundary: not 闲置/v 农宅/x, a farmhouse)
      const left = tokens[k - 1];
      if (left !== undefined && /^[东南西北]$/.test(left.word)) start = left.start;
      else if (left === undefined || isPunct(left) || /^[和与及在]$/.test(left.word)) start = t.start;
    }
    if (start < 0) continue;
    const before = tokens[tokens.findIndex((u) => u.start === start) - 1];
    // (a family's home after a possessive is a home: 他的家宅)
    if (before !== undefined && /^uj?$/.test(before.tag)) continue;
    // (the hamlet's river, village or group is named after it: 陶家宅河, 陶宅村, 姚家宅村民小组)
    if (/^[村河浜港泾塘路桥街]/.test(text.slice(t.end - offset, t.end - offset + 1))) continue;
    found.push({ type: 'Place', name: text.slice(start - offset, t.end - offset), start, end: t.end, kind: 'village', suffixLength: 1 });
    // (and a neighbourhood facility on the hamlet is named by it: 某家宅睦邻点)
    const facility = HAMLET_FACILITIES.exec(text.slice(t.end - offset));
    if (facility) found.push({ type: 'Place', name: text.slice(start - offset, t.end - offset + facility[0].length), start, end: t.end + facility[0].length, kind: 'facility', suffixLength: facility[0].length });
  }
  if (found.length) giveWay(hits, found);
}

/** a sentence about bus services: its numbered 路 are routes, not counts (视频监控386路) */
const TRANSIT_CONTEXT = /公交|巴士|线路|班次|发车|首末站|专线|新辟|通勤|延伸至|[—至]\p{Script=Han}{1,8}站/u;
/** the words a route's name is made of: proper or unknown words, one-character nouns, a place word (示范区) */
const ROUTE_NAME_WORD = /^(?:ns|nr|nz|nt|x|j)$/;
const PLACE_WORD_END = /[区镇城港湾]$/;
/** what is done to a route, which jieba often leaves unknown (新辟/x) */
const ROUTE_VERBS = /^(?:新辟|新开|开通|开辟|优化|调整|延伸|撤销|撤并|恢复)$/;

/** A bus route named by a place and a number (某某1路, 某某36路), in a sentence about bus services. */
export function busRoutes(text: string, offset: number, tokens: Token[], hits: NameHit[]): void {
  if (!TRANSIT_CONTEXT.test(text)) return;
  const found: NameHit[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (!/^\d{1,3}$/.test(t.word) || tokens[k + 1]?.word !== '路' || tokens[k + 1].start !== t.end) continue;
    let i = k;
    while (i > 0 && t.start - tokens[i - 1].start <= 4 && tokens[i - 1].end === tokens[i].start && routeNameWord(tokens[i - 1])) i--;
    if (i === k || t.start - tokens[i].start < 2) continue;
    const end = tokens[k + 1].end;
    found.push({ type: 'Place', name: text.slice(tokens[i].start - offset, end - offset), start: tokens[i].start, end, kind: 'road', suffixLength: 1 });
  }
  if (found.length) giveWay(hits, found);
}

/** the kind of a route written before its name (社区巴士/ns 某某1路: jieba takes 巴士 for a place) */
const ROUTE_KINDS = /^(?:巴士|公交|社区巴士|专线|线路)$/;

function routeNameWord(t: Token): boolean {
  if (!/^\p{Script=Han}+$/u.test(t.word) || ROUTE_VERBS.test(t.word) || ROUTE_KINDS.test(t.word)) return false;
  return ROUTE_NAME_WORD.test(t.tag) || (t.word.length === 1 && t.tag === 'n') || (isNominal(t) && PLACE_WORD_END.test(t.word) && t.word.length >= 3);
}

/** facilities of a hamlet written right after its name */
const HAMLET_FACILITIES = /^(?:睦邻点|老年活动室|活动室|睦邻中心|宝宝屋)/;
const PARK_AND_RIDE = 'P+R停车场';
const HUB_WORDS = /^(?:站|车站|地铁站|公交|枢纽|公交枢纽|交通枢纽|首末站)$/;

/** A park-and-ride car park named by the road, station or place before it (某路P+R停车场, 某某公交枢纽P+R停车场). */
export function parkAndRide(text: string, offset: number, idx: TokenIndex, hits: NameHit[]): void {
  const found: NameHit[] = [];
  const endingAt = (at: number) => (idx.endAt[at] === undefined ? undefined : idx.tokens[idx.endAt[at]!]);
  for (let at = text.indexOf(PARK_AND_RIDE); at > 0; at = text.indexOf(PARK_AND_RIDE, at + 1)) {
    // (the place may be followed by its station or hub: 某路|站, 某某|公交枢纽)
    let hubStart = at;
    const ends = new Set([at]);
    for (let t = endingAt(hubStart); t && HUB_WORDS.test(t.word) && at - (t.start - offset) <= 6; t = endingAt(hubStart)) ends.add((hubStart = t.start - offset));
    const place = hits.find((h) => h.type === 'Place' && ends.has(h.end - offset));
    let start = place ? place.start - offset : at;
    if (!place) {
      // (or an unknown or proper word jieba left on its own: 淀滨/x)
      const before = endingAt(hubStart);
      if (before && /^\p{Script=Han}{2,4}$/u.test(before.word) && ROUTE_NAME_WORD.test(before.tag)) start = before.start - offset;
    }
    if (start === at) continue;
    found.push({ type: 'Place', name: text.slice(start, at + PARK_AND_RIDE.length), start: offset + start, end: offset + at + PARK_AND_RIDE.length, kind: 'building', suffixLength: 3 });
  }
  if (found.length) giveWay(hits, found);
}
