/**
 * Programmes and policies in one sentence. A programme is a specific named initiative:
 * a quoted name with a kind word (“美丽家园”行动), a name anchored on something proper and
 * ending in a kind word (…提升工程), a named place plus project actions (…河北段贯通改造),
 * a numbered event (第十六届“…节”), or a term of the programme lexicon. Policies come from the
 * policy lexicon and from 《》 titles that are not the district's own.
 */
import { countedListWorks } from './counted-works.ts';
import { listedProjects } from './listed-projects.ts';
import { LISTED_AFTER, PHASE_SOURCE, PHASE_WORK, workAfterPhase } from './phases.ts';
import { BRACKETED_STRETCH, listStart, STRETCH_AFTER_PLACE } from './lists.ts';
import { findKindMentions } from './programme-kinds.ts';
import { facilityProjects, headquartersProjects } from './headquarters.ts';
import { EVENT_REGIONS as YEARLY_EVENT_REGIONS, RANGE_MARKS, yearlyEvents } from './yearly-events.ts';
import { quotedVenueAt } from './name-contexts.ts';
import { nameKey } from './normalise.ts';
import { alternation, type Lexicon } from './lexicon.ts';
import { districtShortForms } from './districts.ts';
import { scanTerms } from './term-scan.ts';
import { wholeTokens, type TokenIndex } from './token-index.ts';
import { commonWordsOnly, isNominal, isNumeric, isProper, isPunct, type Token } from './tokens.ts';

/** token index by the character it starts at (see token-index.ts) */
type TokenStarts = TokenIndex['startAt'];

export interface ProgrammeHit {
  type: 'Programme' | 'Policy';
  name: string;
  start: number;
  end: number;
  /** canonical policy this programme is named after (“一网统管”数据平台 → 一网统管) */
  policy?: string;
  /** 'quote' names are trusted over 'kind' and 'place' ones when they overlap */
  source: 'quote' | 'title' | 'kind' | 'place' | 'lexicon' | 'heading' | 'glossary' | 'list';
  /** a title that is no policy (a book, a periodical): it only keeps the names inside it from being read */
  publication?: true;
  /** a quoted policy's instrument (“一网统管”城运平台): a programme only when named with the places it is on */
  instrument?: true;
  /** a firm's headquarters named by its short name (headquarters.ts): the firm inside it is not mentioned on its own */
  headquarters?: true;
  /** a bare quote after an initiative verb (推行“某某”): it keeps the names inside it from being read, and names no programme */
  slogan?: true;
}

export interface ProgrammeContext {
  /** names and aliases of the covered district */
  ownNames: string[];
  /** a 街道's or 镇's own 《plans》 are its programmes; a 区's are policies like the city's (GUIDE.md) */
  ownPlansAreProgrammes: boolean;
  /** the document's own issuing body below the 区 government (a bureau, a centre): its own 《plans》 are its programmes too (8 of 11 in tuned documents) */
  ownBodies?: string[];
  places: { start: number; end: number; kind?: string }[];
  /** named bodies: a school's or a hospital's works are named by it (某小学新建工程) */
  bodies?: { start: number; end: number }[];
  /** the towns, 街道 and named bodies of the sentence, as items of a counted list (某镇、某镇2座泵站…改造) */
  units?: { start: number; end: number; body?: boolean }[];
}

/** (一期, 第二期; not 8期, the number of sessions a class runs) */
const PHASE_AFTER_KIND = new RegExp(`^${PHASE_SOURCE}`);
const QUOTE = /[“"「『]([^“”"「」『』\n]{1,24})[”"」』]/g;
const TITLE = /《([^《》]{2,90})》/g;
const ORDINAL_EDITION = String.raw`(?:第[\d一二三四五六七八九十百]+[届期]|首届)`;
/** 第N届 (or 首届) before a quote, a few words between at most (a platform's code too: 第三届G60“某某”峰会); and as a token of its own */
const EVENT_PREFIX = new RegExp(`${ORDINAL_EDITION}(?:[^，,。；;、：:“”（）()\\s\\d]|[A-Z]\\d{1,3}){0,10}$`, 'u');
const EVENT_ORDINAL = new RegExp(`^${ORDINAL_EDITION}$`);
const EVENT_IN_TEXT = new RegExp(ORDINAL_EDITION);
/** a year written as an event's edition, with no 年 after it: 2025某某滨江健康跑, 2024某区国际智能装备博览会 */
const YEAR_EDITION = /^20\d\d$/;
const YEAR_EDITION_IN_TEXT = new RegExp(`(?<![${RANGE_MARKS}])20\\d\\d(?=\\p{Script=Han})(?!年)`, 'u');
const RANGE_BEFORE = new RegExp(`[${RANGE_MARKS}]$`);
/** the last word of an event's name (交流会, 足球赛, 提升季, 书画展, 灯光秀, 系列讲座, 颁证仪式, 教学比武) */
const EVENT_WORD = /(?:赛|会|节|季|周|展|展演|展评|秀|讲座|仪式|比武|论坛|跑)$/;
/** a one-character event word jieba cut off after a noun (戏剧/n 周/nr); after an edition also 跑 (2025某某健康/a 跑/v) */
const EVENT_CHARACTER = /^[周会节赛展]$/;
const EDITED_EVENT_CHARACTER = /^[周会节赛展跑]$/;
/** regions whose name makes an event's name its own (全国击剑锦标赛, 上海市学生运动会) */
const EVENT_REGIONS = new Set([...YEARLY_EVENT_REGIONS, '全市']);
/** a region that names an event: one of EVENT_REGIONS or a place ending in 区/市/县 (城市/ns is no place) */
const namesRegion = (u: Token) => EVENT_REGIONS.has(u.word) || (u.tag === 'ns' && /[区市县]$/.test(u.word) && !/^(?:城市|都市|城区|市区)$/.test(u.word));
/** bodies and verbs that end like an event's name (马拉松组委会, 文化节|开展) */
const EVENT_BODY = /(?:代表大会|业主大会|委员会|委会|协会|学会|商会|工会|联会|理事会|开展|发展|拓展|进展|扩展|参赛|社会)$/;
const PILOT = /试点$/;
const HERITAGE_UPKEEP = /^(?:等\d+处(?:优秀)?历史(?:保护)?建筑)?(?:实施)?(?:保护性|保护)?(?:修缮|修复)$/;
/** A count of places or buildings: 5个, 14幢. */
const COUNT_MEASURES = '个幢处条栋座家所';
export const COUNT = String.raw`\d+[${COUNT_MEASURES}]`;
/** A name starting with a count's measure word (个村…) whose number jieba left outside it. */
const STARTS_WITH_MEASURE = new RegExp(`^[${COUNT_MEASURES}]`);
const COUNT_PREFIX = new RegExp(`${COUNT}$`);
/** The count of listed places, with or without 等: "A、B等5个小区…", "A、B和C3个小区…". */
const LISTED_COUNT = new RegExp(`^等?${COUNT}`);
/** The same before a programme, with the counted noun: "…等5个小区", "…沿线3个小区". */
/** (with the households they hold: 8个村1260户) */
const COUNTED_PLACES = new RegExp(`(等|沿线|沿岸|两侧|周边)?${COUNT}\\p{Script=Han}{0,3}(?:\\d+户)?$`, 'u');
/** Nouns that follow a project name without being an action's object (…改造工作). */
const WORK_NOUNS = new Set(['工作', '任务', '进度', '方案', '计划', '项目', '工程']);
/** jieba's compounds of a kind word and the work on it (…新建工程建设/l, …改建工程项目/n) */
const KIND_AND_WORK = /^(?:工程|项目)(?:建设|项目)$/;
/** the kind words of a building work, which a body housed in its own building names (某小学新建工程) */
const BUILDING_WORK = /(?:工程|项目)$/;
const COST_WORDS = /^(?:总|总投资|投资|计划投资|资金)$/;
/** A phase of a project: 一期, 二期工程. */
const PHASE = /^(?:[一二三四五六七八九十]|\d+)期$/;
// (and the enumerations 一是, 二是 … that open a point)
const STOP = new Set(['等', '和', '与', '的', '在', '对', '为', '向', '将', '由', '把', '以', '从', '到', '及其', '以及', '并', '或', '中', '上', '期间', ...[...'一二三四五六七八九十'].map((n) => `${n}是`)]);
/** the kinds after a list of quoted names (…等系列活动) that make each name a programme of its own */
const LISTED_WORK_KINDS = /(?:活动|行动|项目|经验|做法|服务|品牌|事项)$/;
const CHAIN_GLUE = /^(?:等|[两二三四五六七八九十\d]+大|等[两二三四五六七八九十\d]+大|系列)/;
const FUNCTION_TAGS = new Set(['p', 'c', 'u', 'd', 'r', 'q', 'y', 'e', 'o']);
/** the work of a campaign or a city brand written right after its quoted name: “平安某某”建设, “美丽街区”创建 */
const CAMPAIGN_WORK = '(?:建设|创建)';
const OWN_CAMPAIGN_WORK = new RegExp(`^${CAMPAIGN_WORK}$`);
/** (not the start of a longer word: 建设工作, 建设项目) */
const BRAND_WORK = new RegExp(`^${CAMPAIGN_WORK}(?![工项计方])`);
const DOC_TITLE_END = /(?:工作计划|规划计划|工作报告)$/;
const DOC_TYPES = /^(?:政府工作报告|工作计划|工作报告|规划计划)$/;
/** 《某局2025年工作要点》: a whole body's general plan or report, named by the body (GUIDE.md: not a programme) */
const GENERAL_PLAN = /^(.+?)(?:\d{4}年度?)?(?:重点|主要)?(?:工作要点|工作计划|工作总结|工作报告|工作思路|工作安排)$/;
/** A word that ends a body's name: the programme's name starts after it. */
/** "某路(甲路至乙路段)": the stretch of the road the work is on, in brackets */
const REGISTERED_END = /^(?:有限公司|有限责任公司|股份有限公司|集团)$/;
const BODY_END = /(?:有限公司|公司|集团|合作社|联合社|委员会|办事处|人民政府)$/;
/** a plan (not rules): 某局2024年某某工作方案, 某中心某某三年工作方案（2024—2026年） */
const OWN_PLAN_END = /(?:方案|计划|要点)(?:[(（][^()（）]*[)）])?$/;
/** Titles of rules rather than plans: 办法, 规定, 细则, 条例, 意见 (optionally 试行). */
const RULES_TITLE = /(?:办法|规定|细则|条例|意见|规则|守则|导则|指引)(?:[(（](?:试行|暂行)[)）])?$/;

interface Compiled {
  kindEnd: RegExp;
  kinds: Set<string>;
  /** ends in a kind word that names a programme by itself (行动, 工程, 平台 …) */
  strongEnd: RegExp;
  /** last characters of the strong kind words: a cheap test before strongEnd */
  strongLast: Set<string>;
  actionRegex: RegExp;
  actions: Set<string>;
  /** the project actions jieba may cut into several words (three or more characters), longest first */
  multiWordActions: string[];
  placePlan: RegExp;
  /** after a quoted policy, the kind words of a campaign, mechanism or event of its own */
  policyProgrammeKind: RegExp;
  /** a firm's yearly capacity after its registered or short name (names.json firmIndustryWords) */
  firmCapacity: RegExp;
}
const compiledFor = new WeakMap<Lexicon, Compiled>();
function compile(lex: Lexicon): Compiled {
  let c = compiledFor.get(lex);
  if (!c) {
    c = {
      kindEnd: new RegExp(`(?:${alternation(lex.programmeKinds)})$`),
      kinds: new Set(lex.programmeKinds),
      strongEnd: new RegExp(`(?:${alternation(lex.strongKinds)})$`),
      strongLast: new Set([...lex.strongKinds].map((k) => k[k.length - 1])),
      actionRegex: new RegExp(`(?:${alternation(lex.projectActions)})$`),
      actions: new Set(lex.projectActions),
      multiWordActions: lex.projectActions.filter((a) => a.length >= 3).sort((a, b) => b.length - a.length),
      // "某片区控制性详细规划", "某路以东街坊控制性详细规划局部调整": a plan of the place, a few descriptive characters after it
      placePlan: new RegExp(`^\\p{Script=Han}{0,6}?(?:${alternation(lex.placePlans)})(?:局部调整)?`, 'u'),
      policyProgrammeKind: new RegExp(`(?:${alternation(lex.policyProgrammeKinds)})$`),
      firmCapacity: new RegExp(`(?<=有限公司|有限责任公司|集团|${alternation([...lex.firmIndustryWords, '业'])})${CAPACITY}`, 'gu'),
    };
    compiledFor.set(lex, c);
  }
  return c;
}

export function findProgrammes(text: string, offset: number, tokens: Token[], ctx: ProgrammeContext, lex: Lexicon, idx: TokenIndex): ProgrammeHit[] {
  const c = compile(lex);
  const hits: ProgrammeHit[] = [];
  const tokenFrom = idx.startAt;
  quoted(text, offset, tokens, tokenFrom, c, lex, hits, ctx.ownNames);
  titled(text, offset, ctx, lex, hits);
  if (ctx.ownPlansAreProgrammes) ownPlansUnquoted(text, offset, ctx, lex, hits);
  kindNamed(text, offset, tokens, idx, c, lex, ctx, hits);
  placeProjects(text, offset, tokens, tokenFrom, c, lex, ctx, hits);
  hits.push(...headquartersProjects(text, offset, tokens, idx, lex));
  hits.push(...facilityProjects(text, offset, tokens, idx, lex));
  hits.push(...yearlyEvents(text, offset, tokens, idx, ctx.places, lex));
  hits.push(...countedListWorks(text, offset, ctx.units ? [...ctx.places, ...ctx.units] : ctx.places, lex, hits));
  hits.push(...listedProjects(text, offset, lex, ctx.units ?? [], hits));
  lexiconTerms(text, offset, lex, hits);
  for (const hit of hits) if (hit.type === 'Programme') takeCountedPlaces(hit, text, offset, ctx.places);
  // (named by the batch alone, not by the villages counted before it: 6个村开展第七批…)
  batchesOfModels(text, offset, hits);
  for (const hit of hits) if (hit.type === 'Programme') withBracketedPhase(hit, text, offset);
  // (a project's land or housing acquisition is a stage of it: 某村城中村改造项目|土地征收)
  // (and the activities an event holds are no part of its name: 某某文化节|举办活动)
  for (const hit of hits) {
    const stage = hit.type === 'Programme' ? STAGE_AFTER_PROJECT.exec(hit.name) ?? ACTIVITIES_OF_EVENT.exec(hit.name) : null;
    if (stage) [hit.name, hit.end] = [hit.name.slice(0, stage.index + 2), hit.end - (stage[0].length - 2)];
  }
  for (const hit of hits) if (hit.type === 'Programme' && hit.source === 'quote') takePlaceBeforeQuote(hit, text, offset, ctx.places);
  if (STRETCH_JOIN.test(text)) {
    const ends = ctx.units ? [...ctx.places, ...ctx.units.filter((u) => !u.body)] : ctx.places;
    for (const hit of hits) if (hit.type === 'Programme') takeStretchStart(hit, text, offset, ends);
  }
  const unplaced = (h: ProgrammeHit) => h.instrument && text[h.start - offset] === '“';
  // generic work named without its places (a bare 旧住房综合修缮) is no programme (programme-kinds.json needsPlace)
  return hits.filter((h) => !unplaced(h) && !namesNoProgramme(h, lex) && !(h.type === 'Programme' && h.source !== 'quote' && ((BARE_KIND.test(h.name) && !ctx.places.some((p) => p.start < h.start && p.end >= h.start)) || COLLECTIVE_PROJECTS.test(h.name))) && !(h.source === 'lexicon' && h.type === 'Programme' && h.name === lex.programmeTerms.get(text.slice(h.start - offset, h.end - offset)) && findKindMentions(h.name, 0).some((m) => m.needsPlace)));
}

const SYSTEM_END = /系统$/;
/** a national or central name: a system, plan or mechanism so named is a policy the district takes up (see sentence.ts) */
export const NATIONAL = /^(?:国家|中央)/;

/**
 * Unquoted phrases that read as programmes but name none: a whole sector (上海市水务系统; a system named by
 * common words only), the development of a whole area (某某新城建设, 临港新片区建设: lexicon.json developmentAreas),
 * an honour, a kind of facility or venue (垃圾分类示范小区, 共享中试平台: lexicon.json notProgrammeEnds).
 */
export function namesNoProgramme(h: ProgrammeHit, lex: Lexicon): boolean {
  if (h.type !== 'Programme') return false;
  if (h.source === 'quote') return lex.bareQuoteNoProgramme.test(h.name) || lex.unplacedQuotedKind.test(h.name);
  if (lex.developmentOfArea.test(h.name)) return true;
  if (h.name.includes('“')) return false;
  return lex.notProgrammeEnd.test(h.name) || (SYSTEM_END.test(h.name) && (h.name.startsWith('上海市') || commonWordsOnly(h.name.slice(0, -2))));
}
/** the stage of a project written after it (项目土地征收, 项目房屋征收, 项目动迁), or its building (某村城中村改造项目|建设: the sentence's work) */
const STAGE_AFTER_PROJECT = /项目(?:土地征收|房屋征收|征收|动迁|建设)$/;
/** the activities an event holds, written after it (…文化节举办活动, …艺术节开展活动); the match keeps the event's last two characters */
const ACTIVITIES_OF_EVENT = /(?:化节|术节|收节|游节|峰会|论坛)(?:举办|举行|开展)(?:系列)?活动$/;
/** a kind word after a word or two of no name (加梯项目, 中试项目), unless a place is written right before it (某路北侧某地块|项目) */
const BARE_KIND = /^\p{Script=Han}{1,2}(?:项目|工程)$/u;
/** a body's practical projects for the year taken together (镇政府年度实事项目, 为民办实事项目): none labelled */
const COLLECTIVE_PROJECTS = /实事项目$/;

const AREA_UNITS = '(?:平方米|平米|亩)';
/** the area of the places a work is on, written between them and the work: …共41万平方米(的), …共3650亩 */
const AREA_TAIL = new RegExp(`(?:共|合计|总计)?约?\\d+(?:\\.\\d+)?万?${AREA_UNITS}的?$`);
/** an area's unit however jieba tagged it (万平方米/m) */
const AREA_UNIT = new RegExp(`${AREA_UNITS}$`);
/** a count of places before that area: 9个住宅小区, 四个老旧小区 */
const PLACE_COUNT_TAIL = /[\d一二两三四五六七八九十]+个\p{Script=Han}{1,4}$/u;

/**
 * "A、B等6个小区共24万平方米的雨污混接改造工程", "某村、某村共3650亩高标准农田建设项目": where a
 * programme's name starts when the area of the places it is on stands between them and the work
 * (22 such labels, most in real reports): at the count of places or the first place listed.
 * Undefined when no area is written there, or no places or count before it.
 */
function startOverArea(s: number, text: string, offset: number, places: ProgrammeContext['places']): number | undefined {
  const area = AREA_TAIL.exec(text.slice(Math.max(0, s - 16), s));
  if (!area) return undefined;
  const a = s - area[0].length;
  const count = PLACE_COUNT_TAIL.exec(text.slice(Math.max(0, a - 8), a));
  const from = count ? a - count[0].length : a;
  const place = places.find((p) => p.end - offset === from && p.start - offset < from);
  if (text[from - 1] === '等' || place) {
    const listed = listStart(place ? place.start - offset : from, text, offset, places);
    if (listed < from) return listed;
  }
  return count ? from : undefined;
}

/** "某某河滨水空间贯通工程（二期）": a phase in brackets right after a project names a project of its own. */
const BRACKETED_PHASE = new RegExp(`^[（(]${PHASE_SOURCE}[）)]`);
function withBracketedPhase(hit: ProgrammeHit, text: string, offset: number): void {
  const phase = BRACKETED_PHASE.exec(text.slice(hit.end - offset));
  if (phase) [hit.end, hit.name] = [hit.end + phase[0].length, hit.name + phase[0]];
}

/** kinds of place whose own quoted project is named with them (某村“某某”农文旅项目, 某苑“美丽家园”改造, 某路“美丽街区”提升工程) */
const HOLDS_QUOTED_PROJECTS = new Set(['village', 'residential', 'road', 'park-zone']);
/** (a practice, a residents' area's above all, is named alone: 某某居民区“某某”议事机制, 某村“某某”运营模式) */
const PRACTICE = /(?:模式|机制|制度|工作法|经验|做法|服务)$/;
const RESIDENTS_AREA = /(?:居民区|社区|居委会?)$/;

/** "某村“某某”农文旅融合项目": a quoted project written right after its village, estate or road is named with it (and with the rest of a list of them). */
function takePlaceBeforeQuote(hit: ProgrammeHit, text: string, offset: number, places: ProgrammeContext['places']): void {
  if (text[hit.start - offset] !== '“' || PRACTICE.test(hit.name)) return;
  // (or after the list's 等: A、B、C等“美丽家园”旧住房修缮项目)
  const afterList = text[hit.start - offset - 1] === '等' ? 1 : 0;
  const place = places.find((p) => p.end === hit.start - afterList && HOLDS_QUOTED_PROJECTS.has(p.kind ?? ''));
  if (!place || RESIDENTS_AREA.test(text.slice(place.start - offset, place.end - offset))) return;
  const listed = listStart(place.start - offset, text, offset, places);
  if (afterList && listed === place.start - offset) return;
  hit.start = offset + listed;
  hit.name = text.slice(listed, hit.end - offset);
}

/** between the two ends of a stretch a work runs along: 某公园至某路站, 某河—某港 */
const STRETCH_JOIN = /[至到—－\-~～]/;
/** "某公园至某路站慢行通道建设工程": a work named from the far end of the stretch it runs along starts at the near end. */
function takeStretchStart(hit: ProgrammeHit, text: string, offset: number, places: { start: number; end: number }[]): void {
  const s = hit.start - offset;
  if (!STRETCH_JOIN.test(text[s - 1] ?? '')) return;
  const near = places.find((p) => p.end - offset === s - 1 && p.start - offset < s - 1);
  if (!near) return;
  hit.start = near.start;
  hit.name = text.slice(near.start - offset, hit.end - offset);
}

/**
 * "A、B和C(等)3个小区旧住房修缮", "某路沿线3个小区雨污分流改造": a programme written right after a
 * count of places (or a lexicon term right after places) is that work on those places; the
 * places belong to its name, as they distinguish it from the same kind of work elsewhere.
 */
const BARE_COUNT = new RegExp(`^${COUNT}$`);
const COUNTED_ESTATES = /^\d+个(?:小区|村|居民区|社区|村居|居委)(?:\d+户)?$/;
function takeCountedPlaces(hit: ProgrammeHit, text: string, offset: number, places: ProgrammeContext['places']): void {
  const overArea = startOverArea(hit.start - offset, text, offset, places);
  if (overArea !== undefined) {
    hit.start = offset + overArea;
    hit.name = text.slice(overArea, hit.end - offset);
    return;
  }
  // "2/x 个村/x 高标准农田建设项目": a name that starts with the measure word of a count starts at the count
  const digits = STARTS_WITH_MEASURE.test(hit.name) ? /\d+$/.exec(text.slice(0, hit.start - offset)) : null;
  if (digits) {
    const place = places.find((p) => p.end - offset === digits.index);
    const listed = place ? listStart(place.start - offset, text, offset, places) : -1;
    // a count after one place is no list ("某小区3个…"): the name starts at the count
    const from = place && listed < place.start - offset ? listed : digits.index;
    hit.start = offset + from;
    hit.name = text.slice(from, hit.end - offset);
    return;
  }
  const s = hit.start - offset;
  const counted = COUNTED_PLACES.exec(text.slice(Math.max(0, s - 12), s));
  // "A和B旧住房综合修缮": a lexicon term (a kind of work) right after places is that work on them
  const placeEnd = counted ? s - counted[0].length : hit.source === 'lexicon' ? s : -1;
  const place = places.find((p) => p.end - offset === placeEnd && p.start - offset < placeEnd);
  // "完成3个小区“美丽家园”改造": a quoted project on counted places, none named, starts at the count
  // (30 of 31 such names labelled so: GUIDE.md's 2个小区“美丽家园”改造)
  // (counted estates or villages only, and not a practice on each of them: 46个居民区“三会”制度)
  // ("完成16个住宅小区雨污混接改造": unquoted work right after a bare count is named from the count too)
  const fromCount = counted !== null && (hit.source === 'quote' ? COUNTED_ESTATES.test(counted[0]) && !PRACTICE.test(hit.name) : BARE_COUNT.test(counted[0]));
  if (!place && counted && fromCount) {
    hit.start -= counted[0].length;
    hit.name = text.slice(hit.start - offset, hit.end - offset);
  }
  if (!place) return;
  const listed = listStart(place.start - offset, text, offset, places);
  // a count after one place needs 等 or a word for its surroundings: "某小区3个…" is not a list
  if (counted && !counted[1] && listed === place.start - offset) return;
  hit.start = offset + listed;
  hit.name = text.slice(listed, hit.end - offset);
}

/** a phase (二期) or a phase's work (二期|建设) ends at token `j` */
const endsPhase = (tokens: Token[], j: number) => PHASE.test(tokens[j].word) || (j > 0 && PHASE_WORK.test(tokens[j].word) && PHASE.test(tokens[j - 1].word));

/** Tokens after `from` that still belong to the name: nominal words, project actions, kind words. */
function nominalRun(from: number, tokens: Token[], tokenFrom: TokenStarts, offset: number, lex: Lexicon, c: Compiled, maxLen: number, verbs = false): number[] {
  const ends: number[] = [];
  let i = tokenFrom[from];
  if (i === undefined) return ends;
  for (; i < tokens.length; i++) {
    const t = tokens[i];
    // after a quoted name, a verb compound (阅读推广活动) or a kind verb (“某某”创建) still belongs to it
    const compoundVerb = verbs && i > 0 && ends.length > 0 && tokens[i - 1].tag.startsWith('v') && !lex.leadVerbs.has(tokens[i - 1].word);
    const kindVerb = verbs && c.kindEnd.test(t.word);
    // “某某”生态提升专项行动, “某某”打造精品城区专项行动: a leading verb inside an umbrella campaign's name
    // (not the sentence's own verb of holding: “某某书场”开展活动 is the venue holding events)
    const umbrellaVerb = verbs && !CLAUSE_VERB.test(t.word) && strongKindAhead(tokens, i, offset, lex, c);
    // “某某”推进机制, “某某”同步改造: a verb or adverb that makes the kind word's compound
    // (居家护理|指导/n|工作室: a lead verb right before the kind word is what the programme does)
    const beforeKind = verbs && ends.length > 0 && i + 1 < tokens.length && c.kindEnd.test(tokens[i + 1].word) && tokens[i + 1].word.length >= 2;
    // ("快速/d 响应/v 机制": an adverb and its verb before the kind word likewise)
    const kindAt = (k: number) => k < tokens.length && c.kindEnd.test(tokens[k].word) && tokens[k].word.length >= 2;
    const verbOfKind = verbs && /^[vd]/.test(t.tag) && !(ends.length === 0 && CLAUSE_VERB.test(t.word)) && (kindAt(i + 1) || (t.tag === 'd' && tokens[i + 1]?.tag === 'v' && kindAt(i + 2)));
    // "…机制 覆盖/v …", "…机制 全年/t 形成…": after a kind word, a verb or a time word starts the clause
    // “某某”线上服务平台: 上/下 glued to a one-character noun is its compound (线上, 网上), not "on"
    const locativeCompound = ends.length > 0 && t.tag === 'f' && t.word.length === 1 && tokens[i - 1].word.length === 1 && tokens[i - 1].tag === 'n' && tokens[i - 1].end === t.start;
    // (but "“某某”慢行系统 提升/v 行动": a project's action between a kind word and a campaign's kind word makes one name)
    const towardsCampaign = verbs && t.tag === 'v' && (c.actions.has(t.word) || !lex.leadVerbs.has(t.word)) && i + 1 < tokens.length && c.strongEnd.test(tokens[i + 1].word) && tokens[i + 1].word.length >= 2;
    // (“某某”服务日活动, 消费帮扶月活动: a day or month named after the work, not a date, when a kind word follows)
    const themedPeriod = /^[日月周]$/.test(t.word) && i + 1 < tokens.length && c.kindEnd.test(tokens[i + 1].word) && tokens[i + 1].word.length >= 2;
    const afterKind = ends.length > 0 && c.kindEnd.test(tokens[i - 1].word) && ((t.tag.startsWith('v') && t.tag !== 'vn' && !kindVerb && !towardsCampaign) || t.tag === 't' || (t.tag === 'm' && !themedPeriod));
    // (an award verb ends it: “某某”侨之家获评…系统; so does a count after it: “某某”体验课|36节)
    if ((verbs && ends.length > 0 && /^\d/.test(t.word)) || afterKind || isPunct(t) || lex.awardVerbs.has(t.word) || (STOP.has(t.word) && !locativeCompound) || (lex.leadVerbs.has(t.word) && !compoundVerb && !kindVerb && !umbrellaVerb && !verbOfKind && !beforeKind) || /[“"「『《]/.test(t.word)) break;
    const single = t.word.length === 1 && /\p{Script=Han}/u.test(t.word) && !FUNCTION_TAGS.has(t.tag[0]);
    // after a quote, adjectives and time words describe the programme too: “某某”精细治理行动, 老年助餐服务
    const ok = isNominal(t) || isProper(t) || single || locativeCompound || verbOfKind || c.actions.has(t.word) || c.kindEnd.test(t.word) || (verbs && (t.tag.startsWith('v') || t.tag === 'a' || t.tag === 't'));
    if (!ok || t.end - offset - from > maxLen) break;
    ends.push(t.end - offset);
  }
  return ends;
}

/** A campaign kind word (行动, 计划, 工程 …) within a few nominal tokens after token i, before any other verb. */
function strongKindAhead(tokens: Token[], i: number, offset: number, lex: Lexicon, c: Compiled): boolean {
  const from = tokens[i].end;
  for (let j = i + 1; j < tokens.length && tokens[j].end - from <= 10; j++) {
    const t = tokens[j];
    if (c.strongEnd.test(t.word)) return true;
    // (a verb of the work on the way is part of it: “某某”燃气安全联合/执法/行动)
    if (isPunct(t) || STOP.has(t.word) || lex.leadVerbs.has(t.word) || !(isNominal(t) || isProper(t) || t.tag === 'v')) return false;
  }
  return false;
}

/**
 * A weak kind word (服务, 培训, 课堂 …) names the programme unless a noun that makes the phrase
 * something else follows: “某某”志愿服务团队 is a team, “某某”回收服务点 a facility.
 */
function headOfPhrase(e: number, text: string, from: number, tokens: Token[], tokenFrom: TokenStarts, c: Compiled, lex: Lexicon): boolean {
  if (c.strongEnd.test(text.slice(from, e))) return true;
  const next = tokens[tokenFrom[e] ?? -1];
  return next === undefined || !lex.notProgrammeHeads.has(next.word);
}

/** the verbs of a sentence saying what a team or body does (开展讲座, 深入社区), not part of a programme's name */
const CLAUSE_VERB = /开展|举办|举行|组织|深入|走进|开设|推出/;
/** verbs by which a body offers, sends or requires something (上线, 提供): what follows is its work, no name */
const OFFERING_VERB = /上线|推送|提供|要求/;

/** After a numbered event's quoted name, the end of the last word naming an event within a clause's words (“某某”特奥融合足球赛). */
function eventRunEnd(text: string, from: number, tokens: Token[], tokenFrom: TokenStarts, offset: number, lex: Lexicon): number | undefined {
  let end: number | undefined;
  for (let i = tokenFrom[from]; i !== undefined && i < tokens.length; i++) {
    const t = tokens[i];
    if (isPunct(t) || STOP.has(t.word) || lex.awardVerbs.has(t.word) || /^\d/.test(t.word) || t.end - offset - from > 16) break;
    const names = EVENT_WORD.test(text.slice(from, t.end - offset)) && !EVENT_BODY.test(t.word);
    // (after the event's word, a verb is the sentence's: …文化节|开展, …联赛|吸引参赛)
    if (end !== undefined && t.tag.startsWith('v') && !names) break;
    if (names) end = t.end - offset;
  }
  return end;
}

function quoted(text: string, offset: number, tokens: Token[], tokenFrom: TokenStarts, c: Compiled, lex: Lexicon, hits: ProgrammeHit[], ownNames: string[]) {
  const quotes: { s: number; e: number; inner: string }[] = [];
  QUOTE.lastIndex = 0;
  for (let m = QUOTE.exec(text); m; m = QUOTE.exec(text)) quotes.push({ s: m.index, e: m.index + m[0].length, inner: m[1] });
  for (let a = 0; a < quotes.length; ) {
    let b = a;
    while (b + 1 < quotes.length && /^、?$/.test(text.slice(quotes[b].e, quotes[b + 1].s))) b++;
    const chain = quotes.slice(a, b + 1);
    a = b + 1;
    // 避免“碎片化”改造: what the work must avoid
    const verb = tokens.findLast((t) => t.end - offset <= chain[0].s);
    if (verb && verb.end - offset === chain[0].s && lex.avoidVerbs.has(verb.word)) continue;
    const last = chain[chain.length - 1];
    const glue = chain.length > 1 ? CHAIN_GLUE.exec(text.slice(last.e))?.[0].length ?? 0 : 0;
    const ends = nominalRun(last.e + glue, tokens, tokenFrom, offset, lex, c, 16, true);
    // (管理, 帮扶: only after a quoted name long enough that is not a procedure; lexicon quotedOnlyKinds)
    // (the kind word itself: 文化节 is a kind of its own, 节 alone is quoted-only)
    // (nor across the sentence's verb: “某某讲师团”深入社区开展讲座 is what the team does)
    const quotedOnlyOk = (kind: string) => {
      const word = c.kindEnd.exec(kind)?.[0] ?? '';
      const min = lex.quotedOnlyKinds.get(word);
      return min === undefined || (last.inner.length >= min && !/[—–-]/.test(last.inner) && !CLAUSE_VERB.test(kind.slice(0, kind.length - word.length)));
    };
    // (“某某节”按计划举办: 按计划 is "as planned", not a plan)
    // (“某某”建设工作方案: the work's plan is a document about the programme “某某”建设, not one of its own)
    // (nor across a verb that offers, sends or requires: “随申办”某旗舰店上线高频服务, “某某帮帮团”提供全程协调服务)
    // (nor the activities a quoted event holds: “某某邻里节”举办活动)
    const kindOk = (kind: string) => quotedOnlyOk(kind) && !/^(?:按|按照|依照|根据|举办|举行|开展)/.test(kind) && !/工作方案$/.test(kind) && !OFFERING_VERB.test(kind.slice(0, kind.length - (c.kindEnd.exec(kind)?.[0].length ?? 0)));
    // “某某”志愿服务队开展志愿服务: a quote that names a team names no programme after it
    const team = ends.find((e) => lex.quotedTeamSuffixes.some((x) => text.endsWith(x, e)));
    // (“某某”行动|规划: the kind word before a plan's word names the plan, not the work)
    const kindEnds = ends.filter((e) => (team === undefined || e < team) && c.kindEnd.test(text.slice(last.e, e)) && kindOk(text.slice(last.e, e)) && !PLAN_AFTER.test(text.slice(e, e + 2)) && headOfPhrase(e, text, last.e, tokens, tokenFrom, c, lex));
    // “某某”女性议事会试点: a pilot of a programme already named is that programme
    const kindEndOfWords = kindEnds.length > 1 && PILOT.test(text.slice(last.e, kindEnds[kindEnds.length - 1])) ? kindEnds[kindEnds.length - 2] : kindEnds[kindEnds.length - 1];
    // "第三届“某某”航运企业交流会": a numbered event runs to the last word naming an event
    // (its number may stand a few words before the quote: 第四届某区青少年“某某”挑战赛)
    const eventStart = editionBefore(text, chain[0].s, tokens, tokenFrom, offset, lex);
    const edition = chain.length === 1 && eventStart !== undefined;
    const eventEnd = edition ? eventRunEnd(text, last.e, tokens, tokenFrom, offset, lex) : undefined;
    const kindEnd = eventEnd !== undefined && (kindEndOfWords === undefined || eventEnd > kindEndOfWords) ? eventEnd : kindEndOfWords;
    // a policy written in quotes, possibly with its kind word: “十四五”规划, “一网统管”
    for (const q of chain) {
      const combinedEnd = q === last && !glue ? [...ends].reverse().find((e) => lex.policies.has(nameKey(text.slice(q.s, e)))) : undefined;
      const combined = combinedEnd !== undefined ? lex.policies.get(nameKey(text.slice(q.s, combinedEnd))) : undefined;
      const bare = lex.policies.get(nameKey(q.inner));
      if (combined && combinedEnd !== undefined) {
        hits.push({ type: 'Policy', name: combined, start: offset + q.s, end: offset + combinedEnd, source: 'quote' });
      } else if (bare) hits.push({ type: 'Policy', name: bare, start: offset + q.s, end: offset + q.e, source: 'quote' });
    }
    if (chain.length === 1 && ends.some((e) => lex.policies.has(nameKey(text.slice(last.s, e))))) continue;
    // 某路、某路“美丽街区”建设: a city brand's 建设 right after the places it is on is a project on them
    // (24 of 34 such labels); standing alone it is the policy (kept only once places are taken, as an instrument)
    const brandWork = chain.length === 1 && kindEnd === undefined && lex.policies.has(nameKey(last.inner)) ? BRAND_WORK.exec(text.slice(last.e)) : null;
    if (brandWork) {
      const end = last.e + brandWork[0].length;
      hits.push({ type: 'Programme', name: text.slice(last.s, end), start: offset + last.s, end: offset + end, source: 'quote', policy: lex.policies.get(nameKey(last.inner)), instrument: true });
      continue;
    }
    // a quoted policy on its own (“春风行动”) is the policy, not a programme of the district
    if (chain.length === 1 && kindEnd === undefined && lex.policies.has(nameKey(last.inner))) continue;
    if (/[，,。；]/.test(chain.map((q) => q.inner).join('')) || chain.some((q) => q.inner.length > 16)) continue; // slogans
    // “一站式”服务, “一对一”联系服务: a quoted manner (…式, lexicon.json quotedManners) says how the work is done, it names none
    // (an event named by it is a programme: “家门口”服务日活动)
    if (chain.length === 1 && (MANNER.test(last.inner) || (lex.quotedManners.has(last.inner) && !(kindEnd !== undefined && /活动$/.test(text.slice(last.e, kindEnd)))))) continue;
    // “某某”方式实施村内项目, “某某”模式带动农户: the quote and 方式 say how the work after them is done
    if (kindEnd !== undefined && WAY_THEN_WORK.test(text.slice(last.e, kindEnd))) continue;
    // “兜底线、织密网、建机制”: parallel phrases in one quote are a slogan unless they name a policy (“双随机、一公开”)
    if (chain.length === 1 && kindEnd === undefined && last.inner.includes('、') && !lex.policies.has(nameKey(last.inner))) continue;
    // “一网统管”城运平台, “一网通办”涉企服务: the policy's own instrument or service is the policy; so is a
    // city brand's 改造 standing alone (推进“两旧一村”改造), while counted places or a place named
    // before it make it a project (2个小区“美丽家园”改造: GUIDE.md; 某新村“美丽家园”改造). Only a campaign,
    // a mechanism or an event of the policy (lexicon.json policyProgrammeKinds) is a programme of its own:
    // over the tuned documents' misses, 70 such programmes were not labelled against 1 that was.
    const counted = COUNTED_PLACES.test(text.slice(Math.max(0, chain[0].s - 12), chain[0].s));
    const instrument = chain.length === 1 && kindEnd !== undefined && !counted && lex.policies.has(nameKey(last.inner)) && !c.policyProgrammeKind.test(text.slice(last.e, kindEnd));
    // “某某”宝宝屋全年服务, “某某”睦邻中心试点: the quote names a place; only an event or a project named after it
    // (“某某”民宿集群, “某某”睦邻中心建设项目) is a programme
    const venue = chain.length === 1 && kindEnd !== undefined ? quotedVenueAt(text, last.e, lex, tokenFrom) : undefined;
    if (venue && (venue.end >= kindEnd! || (!PLACE_EVENT.test(text.slice(venue.end, kindEnd)) && !c.strongEnd.test(text.slice(venue.end, kindEnd))))) continue;
    if (chain.length === 1 && kindEnd !== undefined) {
      const s = eventStart ?? last.s;
      // “某某”平台二期: a phase after the kind word is a programme of its own
      const end = kindEnd + (PHASE_AFTER_KIND.exec(text.slice(kindEnd))?.[0].length ?? 0);
      hits.push({ type: 'Programme', name: text.slice(s, end), start: offset + s, end: offset + end, source: 'quote', policy: lex.policies.get(nameKey(last.inner)), ...(instrument && { instrument }) });
      continue;
    }
    // (“一件事”: a kind word alone names nothing)
    // (“单向管理”: a quote whose own kind word is one of the quoted-only kinds is not named by it; “五五购物节” is)
    // (“互联网+护理服务”, “物质+服务”: a combination names a way of joining two things, and its kind word is the second's)
    const innerKind = chain.some((q) => { const kind = c.kindEnd.exec(q.inner)?.[0]; return kind !== undefined && kind !== q.inner && !lex.quotedOnlyKinds.has(kind) && !q.inner.includes('+'); });
    // (“百日千万招聘专项行动”: a quoted policy whose own name ends in a kind word is the policy alone)
    // (a quote without a kind word is a numbered event only right after its number: 第二届“某某”, not 第五届某区“最美某某”)
    const adjacentEdition = eventStart !== undefined && EVENT_ORDINAL.test(text.slice(eventStart, chain[0].s));
    if (chain.length === 1 && (innerKind || adjacentEdition) && !lex.policies.has(nameKey(last.inner))) {
      const s = eventStart ?? last.s;
      hits.push({ type: 'Programme', name: text.slice(s, last.e), start: offset + s, end: offset + last.e, source: 'quote' });
    } else if (chain.length > 1 && !listed(text, chain) && kindEnd !== undefined && !glue && !innerKind) {
      // “A”“B”“C”在职党员服务项目: quotes written back to back qualify one name; the kind
      // word belongs to the last, the others are its features, not programmes of their own
      hits.push({ type: 'Programme', name: text.slice(last.s, kindEnd), start: offset + last.s, end: offset + kindEnd, source: 'quote' });
    } else if (chain.length > 1 && (kindEnd !== undefined || innerKind || (listed(text, chain) && glue))) {
      // “A”、“B”、“C”等…: a list of parallel names, each its own programme
      // (when the kind after 等 is one of works, events or brands: “A”“B”等系列活动, 等公益项目, 等经验做法;
      // not 等应用场景, 等精品线路, 等改革举措, 等协商机制; in the tuned documents 22 of 29 lists before the first kinds
      // are labelled, 1 of 48 before the others)
      if (glue && kindEnd !== undefined && !innerKind && !LISTED_WORK_KINDS.test(text.slice(last.e, kindEnd))) continue;
      for (const q of chain) {
        if (lex.policies.has(nameKey(q.inner)) || q.inner.length > 10 || q.inner.includes('+')) continue;
        hits.push({ type: 'Programme', name: text.slice(q.s, q.e), start: offset + q.s, end: offset + q.e, source: 'quote' });
      }
    } else if (chain.length === 1 && kindEnd === undefined && OWN_CAMPAIGN_WORK.test(text.slice(last.e, last.e + 2)) && ownCampaign(last.inner, ownNames, lex)) {
      // “平安某某”建设/创建: the district's own campaign, named after it
      hits.push({ type: 'Programme', name: text.slice(last.s, last.e + 2), start: offset + last.s, end: offset + last.e + 2, source: 'quote' });
    } else if (chain.length === 1 && kindEnd === undefined && PHASE_AFTER_KIND.test(text.slice(last.e))) {
      // “某某佳苑”一期, “某某”二期建设: a phase of a named project is a project
      const phase = PHASE_AFTER_KIND.exec(text.slice(last.e))![0];
      const end = last.e + phase.length + (PHASE_WORK.exec(text.slice(last.e + phase.length))?.[0].length ?? 0);
      hits.push({ type: 'Programme', name: text.slice(last.s, end), start: offset + last.s, end: offset + end, source: 'quote' });
    } else if (chain.length === 1) {
      const bare = bareQuote(text, last, tokens, offset, lex);
      if (bare) hits.push({ type: 'Programme', name: text.slice(last.s, last.e), start: offset + last.s, end: offset + last.e, source: 'quote', ...(bare === 'slogan' && { slogan: true as const }) });
    }
  }
}

/**
 * The first token of a firm's short name ending right before token k (澄/ns 霏/z 生物/n|年产…): the words
 * of a brand, however jieba tagged them, up to six characters, back to punctuation, a stop word or a verb.
 */
function shortFirmStart(tokens: Token[], k: number, lex: Lexicon): number {
  let start = k;
  for (let j = k - 1, length = 0; j >= 0; j--) {
    const u = tokens[j];
    length += u.word.length;
    if (length > 6 || isPunct(u) || !/^\p{Script=Han}+$/u.test(u.word) || STOP.has(u.word) || lex.leadVerbs.has(u.word) || (u.tag.startsWith('v') && u.tag !== 'vn' && u.word.length > 1)) break;
    start = j;
  }
  return start;
}

/**
 * a firm's yearly capacity written between its name and its project (某某有限公司|年产2万吨|某某项目), also
 * after the short name real reports give firms (某某生物|年产1.2万吨|护肤品扩产项目, 某某米业|年产3万吨…):
 * 6 of 7 such projects after a short name in the tuned documents are labelled with the firm and its capacity
 */
const CAPACITY = '年产[\\d.]+万?(?:吨|台|套|件|辆|片|只|瓶|支|平方米|立方米)';

/** Where the edition (第N届, 首届) of the event named by the quote at `quote` starts, or undefined: right before it or a few words before, with no verb or stop word between. */
function editionBefore(text: string, quote: number, tokens: Token[], tokenFrom: TokenStarts, offset: number, lex: Lexicon): number | undefined {
  const m = EVENT_PREFIX.exec(text.slice(Math.max(0, quote - 16), quote));
  if (!m) return undefined;
  const start = quote - m[0].length;
  const gap = EVENT_ORDINAL_AT.exec(m[0])![0].length + start;
  for (let i = tokenFrom[gap]; i !== undefined && i < tokens.length && tokens[i].end - offset <= quote; i++) {
    const t = tokens[i];
    if (STOP.has(t.word) || lex.leadVerbs.has(t.word) || (t.tag.startsWith('v') && t.tag !== 'vn')) return undefined;
  }
  if (gap !== quote && tokenFrom[gap] === undefined) return undefined;
  const edition = tokenFrom[start];
  return edition === undefined ? start : tokens[withHostBefore(tokens, edition)].start - offset;
}
const EVENT_ORDINAL_AT = new RegExp(`^${ORDINAL_EDITION}`);

/** the word of a plan written after a programme's kind word (行动规划, 行动计划) */
const PLAN_AFTER = /^(?:规划|计划)/;

/** a manner of working written in quotes: 一站式, 蹲点式, 套餐式 */
const MANNER = /式$/;
/** 方式, 模式 right after a quote with more words after them: a manner of doing the work they go on to name */
const WAY_THEN_WORK = /^(?:方式|模式|形式|途径)./u;

/** events named after a place (“某某”口袋公园设计大赛) */
const PLACE_EVENT = /(?:赛|节|活动|展|会|评选|集群)$/;

const listed = (text: string, chain: { s: number; e: number }[]) => chain.slice(1).every((q, k) => text.slice(chain[k].e, q.s) === '、');

/** Verbs that introduce a quoted name without a kind word (试点“某某”), unlike 按照/聚焦 which introduce slogans. */
const INITIATIVE_VERBS = new Set(['试点', '推广', '推行', '丰富', '打造', '深化', '开展', '实施', '启动', '建立', '创建', '推出', '培育', '建设', '用好', '拓展', '升级', '完善']);
/** What may follow a bare quoted initiative: punctuation, or a word about its practice. */
const BARE_FOLLOWERS = /^(?:[，,。；;、:：)）]|$|等|形式|为核心|为主题|为载体|为抓手|\p{Script=Han}{0,4}(?:经验|做法|模式))/u;

/** “平安某某”: a campaign word and the district’s name or a short form of it or its aliases (某某路街道 → 某某) */
function ownCampaign(inner: string, ownNames: string[], lex: Lexicon): boolean {
  const campaign = lex.ownCampaigns.find((w) => inner.startsWith(w));
  return campaign !== undefined && inner.length - campaign.length >= 2 && districtShortForms(ownNames).has(inner.slice(campaign.length));
}

/**
 * A quoted name without a kind word. 以“某某”为核心 names a programme. After an initiative verb
 * (试点“某某”, 推行“某某”) it is as often a slogan, a method or a product as an initiative: over the
 * tuned documents 78 such quotes are unlabelled against 23 labelled, and in real reports more so.
 * It then names no programme, but the names inside it are its own (“数字孪生小区” is no estate).
 */
function bareQuote(text: string, q: { s: number; e: number; inner: string }, tokens: Token[], offset: number, lex: Lexicon): 'programme' | 'slogan' | undefined {
  // (“回头看”: a review of work already done is a step, no initiative)
  if (q.inner.length < 2 || q.inner.length > 8 || /[、\s]/.test(q.inner) || lex.policies.has(nameKey(q.inner)) || lex.genericNames.has(q.inner)) return undefined;
  if (!BARE_FOLLOWERS.test(text.slice(q.e, q.e + 6))) return undefined;
  // 以“某某”为核心: the name is what the work is built around
  if (text[q.s - 1] === '以' && /^为(?:核心|载体|抓手)/.test(text.slice(q.e, q.e + 3))) return 'programme';
  const before = tokens.findLast((t) => t.end - offset <= q.s);
  return before && before.end - offset === q.s && INITIATIVE_VERBS.has(before.word) ? 'slogan' : undefined;
}

/** the body a title opens with, after its 区 (区人社局, 某区卫健委, 某区工商联): 某区人社局2025年某某工作方案 */
const TITLE_BODY = /^(?:上海市)?(?:\p{Script=Han}{0,3}?区)?(\p{Script=Han}{1,5}?(?:局|委|办|中心|联|协|支队))/u;

/**
 * Whether a title opens with the short form of the issuing body (人社局 for 上海市某区人力资源和社会保障局,
 * 卫健委 for 某区卫生健康委员会): the short form's characters stand in order in the body's own name,
 * from its first. Titles name their issuer by the short form as often as by the full one.
 */
function issuedByShortForm(inner: string, issuer: string): boolean {
  const word = TITLE_BODY.exec(inner)?.[1];
  // (the 区's congress and consultative conference are no bodies below its government: GUIDE.md)
  if (word && /人大|政协|区委|党委/.test(word)) return false;
  const own = issuer.replace(/^上海市/, '').replace(/^\p{Script=Han}{1,3}?区/u, '');
  if (!word || own.length < 2 || own[0] !== word[0]) return false;
  let at = 0;
  for (const ch of word) {
    at = own.indexOf(ch, at);
    if (at < 0) return false;
    at += 1;
  }
  return true;
}

function wholeBodyPlan(inner: string, lex: Lexicon): boolean {
  const head = GENERAL_PLAN.exec(inner)?.[1];
  return head !== undefined && (/(?:街道|镇|区|市)$/.test(head) || lex.orgSuffixes.some((s) => head.endsWith(s)));
}

function titled(text: string, offset: number, ctx: ProgrammeContext, lex: Lexicon, hits: ProgrammeHit[]) {
  TITLE.lastIndex = 0;
  for (let m = TITLE.exec(text); m; m = TITLE.exec(text)) {
    const inner = m[1].replace(/\s+/g, '');
    if (DOC_TYPES.test(inner) || wholeBodyPlan(inner, lex)) continue;
    const before = text.slice(Math.max(0, m.index - 4), m.index);
    // the district's own plan is its programme; its own rules (…管理办法(试行)) are a policy like any other
    const own = ctx.ownPlansAreProgrammes && ctx.ownNames.some((n) => n && inner.includes(n)) && !RULES_TITLE.test(inner);
    const art = lex.workOfArtCues.some((w) => before.endsWith(w));
    // (a book, a yearbook or a pamphlet in 《》 is neither, though the names in it are still its own: 《某某路上的光》)
    const publication = !own && !art && !lex.policyTitleEnd.test(inner);
    const ownBody = !own && OWN_PLAN_END.test(inner) && (ctx.ownBodies ?? []).some((b) => inner.startsWith(b) || issuedByShortForm(inner, b));
    const type = own || ownBody || art ? 'Programme' : 'Policy';
    hits.push({ type, name: type === 'Policy' ? `《${inner}》` : inner, start: offset + m.index, end: offset + m.index + m[0].length, source: 'title', ...(publication && { publication }) });
  }
}

/** The kinds of a plan on one field, longest first: 某镇环保三年行动计划, 某街道2025年防汛防台工作方案 */
const PLAN_KIND = '(?:三年行动计划|专项行动计划|专项行动方案|行动计划|行动方案|工作方案|实施方案|工作计划|工作要点)';
/** its years, in brackets after it: （2025—2027年） */
const PLAN_YEARS = '(?:[(（]\\d{4}\\s*[—–\\-－~～至到]\\s*\\d{4}年?[)）])?';
let planPattern: { names: string; re: RegExp } | undefined;

/**
 * The district's own plan on a named field, written without 《》: 某镇2025年防汛防台工作方案,
 * 某街道平安建设三年行动计划（2024—2026年）, and 镇环保三年行动计划 after the verb that takes it up.
 * GUIDE.md: such plans are the district's programmes, with or without 《》 (19 of 20). With its year
 * the field may join two (某镇2025年就业和社会保障工作计划: 71 of 76 such titles labelled in tuned documents).
 */
function ownPlansUnquoted(text: string, offset: number, ctx: ProgrammeContext, lex: Lexicon, hits: ProgrammeHit[]) {
  if (!/计划|方案|要点/.test(text)) return;
  const own = ctx.ownNames.filter((n) => n.length >= 2);
  const key = own.join('|');
  if (planPattern?.names !== key) {
    planPattern = { names: key, re: new RegExp(`(${alternation([...own, '镇', '街道'])})(\\d{4}年度?)?([\\u4e00-\\u9fa5“”]{2,16}?)${PLAN_KIND}${PLAN_YEARS}`, 'g') };
  }
  const re = planPattern.re;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const [whole, name, year, field] = m;
    const s = m.index;
    // inside 《》 the title rule reads it; a bare 镇/街道 opens the name only right after the verb taking the plan up
    if (text.lastIndexOf('《', s) > text.lastIndexOf('》', s)) continue;
    if ((name === '镇' || name === '街道') && !lex.leadVerbs.has(leadVerbBefore(text, s, lex))) continue;
    if ((year ? /[的与及]/ : /[的和与及、]/).test(field) || lex.genericModifiers.has(field) || wholeBodyPlan(whole, lex)) continue;
    hits.push({ type: 'Programme', name: whole, start: offset + s, end: offset + s + whole.length, source: 'title' });
  }
}

/** The lead verb (lexicon leadVerbs) that ends right before `at`, or ''. */
function leadVerbBefore(text: string, at: number, lex: Lexicon): string {
  for (let len = 4; len >= 2; len--) if (at >= len && lex.leadVerbs.has(text.slice(at - len, at))) return text.slice(at - len, at);
  return '';
}

/** Unquoted names ending in a kind word, kept only when something in them is specific. */
function kindNamed(text: string, offset: number, tokens: Token[], idx: TokenIndex, c: Compiled, lex: Lexicon, ctx: ProgrammeContext, hits: ProgrammeHit[]) {
  const tokenFrom = idx.startAt;
  // "第六届某镇职业技能竞赛": after 第N届 any kind word names the event, not only a strong one
  const numbered = EVENT_IN_TEXT.test(text) || YEAR_EDITION_IN_TEXT.test(text);
  const capacities = !text.includes('年产') ? [] : [...text.matchAll(c.firmCapacity)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    // (an event's kind word of three or more characters ending a longer word counts too: 全国运动会)
    // (or a word naming an event however jieba tagged it: 马拉松赛/nr, 戏剧/n 周/nr)
    // (健身运动/l 会/v: the event's last character cut off by jieba)
    // (or after an edition, a year written as one too, whatever the word before: 2025某某健康/a 跑/v)
    const before = tokens[k - 1];
    /** an event is named by the region that holds it: 全国击剑锦标赛, 上海市青少年科技创新大赛, 某区残疾人运动会 */
    const regionNamesEvent = EVENT_WORD.test(t.word) && !EVENT_BODY.test(t.word);
    const eventWord = t.word.length > 1
      ? regionNamesEvent
      : before !== undefined && before.word.length > 1 && ((EVENT_CHARACTER.test(t.word) && (isNominal(before) || before.tag === 'l')) || (EDITED_EVENT_CHARACTER.test(t.word) && numbered && numberedEventStart(tokens, k, c) >= 0));
    const numberedEvent = numbered && (t.word.length > 1 || eventWord) && (c.kinds.has(t.word) || eventWord || (isNominal(t) && (c.kindEnd.exec(t.word)?.[0].length ?? 0) >= 3)) && numberedEventStart(tokens, k, c) >= 0;
    // (an event's strong kind jieba read into the words before it: 残疾人运动会/l)
    const gluedEvent = t.word.length >= 4 && eventWord && c.strongEnd.test(t.word) && isNominal(t);
    // (so a kind that alone names no event does with a region before it: 上海市残疾人职业技能竞赛, 全国青少年击剑冠军赛)
    // (not a city-wide one, 全市…技能竞赛, which is a scope, nor a stage of an event named before it: 某联赛分站赛)
    const eventRegion = regionNamesEvent ? regionBefore(tokens, k) : -1;
    const regionalContest = regionNamesEvent && !lex.strongKinds.has(t.word) && (c.kinds.has(t.word) || /..赛$/.test(t.word)) && !/(?:分站|预选|选拔)赛$/.test(t.word)
      && eventRegion >= 0;
    if (!lex.strongKinds.has(t.word) && !numberedEvent && !gluedEvent && !regionalContest && !(t.word.length > 2 && actionWithKind(t.word, lex, c))) continue;
    // "第五届某区卫生健康系统|职业技能竞赛": a kind word inside a numbered event's name does not end it
    if (numberedEvent && !EVENT_WORD.test(t.word) && eventRunEnd(text, t.end - offset, tokens, tokenFrom, offset, lex) !== undefined) continue;
    if (k + 1 < tokens.length && lex.strongKinds.has(tokens[k + 1].word)) continue; // 品牌|项目: use the longer
    let i = k - 1;
    let anchored = false;
    let honour = false;
    /** the bodies a building work may be named by (某小学新建工程) */
    const builders = BUILDING_WORK.test(t.word) ? (ctx.bodies ?? []).filter((b) => b.end <= t.start) : [];
    /** a body's own project is named with the body's whole name, which may be long */
    let bodySeen = false;
    /** where a preposition glued to a firm's short name stands, if one does */
    let gluedPreposition = -1;
    /** the region token an event is named by, if any */
    let regionAt = -1;
    // "第二届长三角基础教育协同发展/vn 论坛": a numbered event runs from its number, verbs included
    const ordinal = numberedEventStart(tokens, k, c);
    if (ordinal >= 0) [i, anchored] = [ordinal - 1, true];
    else for (; i >= 0; i--) {
      const u = tokens[i];
      // 和/及 joins words inside one name; after a kind word (…项目和…工程) it joins two programmes
      // (nor after a phase or its work: 某园二期(建设)|和|某公园三期工程)
      const joiner = (u.word === '和' || u.word === '及') && i > 0 && (isNominal(tokens[i - 1]) || isProper(tokens[i - 1])) && !c.strongEnd.test(tokens[i - 1].word) && !endsPhase(tokens, i - 1);
      // 品质|提升: a leading verb that ends a project action (品质提升工程) belongs to the name
      const inAction = i > 0 && c.actions.has(tokens[i - 1].word + u.word);
      // "…办主任某某负责项目": a post holder's title is the sentence's subject, not the programme's name
      // "某某有限公司参与/v 某项目": a body doing the work is the sentence's subject, not the programme's name
      // (a body's own project, 某某有限公司储能电池项目, keeps it)
      // (a verb right after the body makes the body the subject; a verb inside the project's name does not: 某公司航材维修基地项目)
      // (沉浸/v 式/k: a verb made an adjective by its suffix does nothing)
      // (a registered firm's own project may start with a verb that is no sentence's: 某某有限公司增资/v 扩产/v 项目, 创新/v 药 中试基地项目)
      const bodyActs = BODY_END.test(u.word) && tokens[i + 1] !== undefined && tokens[i + 1].tag.startsWith('v') && tokens[i + 1].tag !== 'vn' && tokens[i + 2]?.tag !== 'k'
        && !(REGISTERED_END.test(u.word) && !lex.leadVerbs.has(tokens[i + 1].word) && !lex.bodyActingVerbs.has(tokens[i + 1].word));
      // (新建/改建 right before the kind word is the project's action: 某小学新建工程)
      const ownAction = i === k - 1 && c.actions.has(u.word);
      // "入选某某扶持项目", "获评某某示范项目": what is conferred is an honour or a list, not a programme
      // ("获得/v 全国青年击剑锦标赛冠军": an event already named by its region is where the award was won)
      // (what one is selected into, 入选全国…展演, stays a list or an honour)
      if (lex.awardVerbs.has(u.word)) {
        honour = regionAt < 0 || u.word === '入选';
        break;
      }
      // "恒远智能装备（上海）有限公司二期扩产项目": a registered name's bracketed region is inside it
      if (/^[)）]$/.test(u.word) && i >= 2 && tokens[i - 1].tag === 'ns' && /^[(（]$/.test(tokens[i - 2].word) && REGISTERED_END.test(tokens[i + 1]?.word ?? '')) {
        i -= 2;
        continue;
      }
      // "某某有限公司航空钛合金/nz 精密/a 部件/n 项目": an adjective between two nouns is inside a registered body's project
      const innerAdjective = u.tag === 'a' && i > 0 && isNominal(tokens[i - 1]) && !isPunct(tokens[i - 1]) && isNominal(tokens[i + 1])
        && tokens.slice(Math.max(0, i - 4), i).some((x) => REGISTERED_END.test(x.word));
      // "某某有限公司年产5000吨某某项目": the yearly capacity after a firm's name is inside its project's name
      const capacity = capacities.find((cp) => cp.start <= u.start - offset && u.end - offset <= cp.end);
      if (capacity && tokenFrom[capacity.start] !== undefined) {
        // (after a registered name, 某某有限公司, the walk reads the name on from there)
        const first = tokenFrom[capacity.start]!;
        i = REGISTERED_END.test(tokens[first - 1]?.word ?? '') ? first : shortFirmStart(tokens, first, lex);
        // (对汐/x 盛新材: a preposition jieba glued to the brand's first character is the sentence's)
        if (tokens[i].tag === 'x' && tokens[i].word.length >= 2 && STOP.has(tokens[i].word[0])) gluedPreposition = tokens[i].start;
        anchored = true;
        continue;
      }
      // (another programme's kind word, a few words back, ends this one: 某河建设工程/n 和某村/x 提升工程)
      const otherKind = i < k - 1 && u.word.length >= 2 && /(?:工程|项目)$/.test(u.word) && /^[和与及]/.test(tokens[i + 1]?.word ?? '');
      // (a role after the region that names an event is the contest's trade: 上海市养老护理员职业技能竞赛)
      const tradeOfEvent = eventRegion >= 0 && i > eventRegion;
      if (otherKind || isPunct(u) || (STOP.has(u.word) && !joiner) || (lex.leadVerbs.has(u.word) && !inAction && !ownAction) || (lex.titleRegex.test(u.word) && !tradeOfEvent) || t.end - u.start > (bodySeen ? 32 : 20) || bodyActs) break;
      if (BODY_END.test(u.word)) bodySeen = true;
      // a registered body's own project is named by the body
      if (REGISTERED_END.test(u.word)) anchored = true;
      // (a token of a known place is part of the name whatever its tag: 泾阳/ns 村/zg)
      const within = (p: { start: number; end: number }) => p.start <= u.start && u.end <= p.end;
      const inPlace = ctx.places.some(within) || builders.some(within);
      if (inPlace) anchored = true;
      // (an abbreviation inside an event's name: 上海市中小学生/j 足球联赛)
      const eventAbbreviation = u.tag === 'j' && regionNamesEvent;
      // (樾/g 溪/n 亲水平台…, 曜/zg 岚/nr 新能源…, 湄/zg 塘桥/ns…: a bound morpheme before a one-character noun or a short proper name is a name jieba could not read)
      const boundName = BOUND_MORPHEME.test(u.tag) && u.word.length === 1 && i + 1 < k && ((tokens[i + 1].word.length === 1 && /^(?:n|ng|nr|ns|nz)$/.test(tokens[i + 1].tag)) || (tokens[i + 1].word.length === 2 && /^(?:nr|ns|nz)$/.test(tokens[i + 1].tag)));
      if (boundName) anchored = true;
      if (!(joiner || inPlace || innerAdjective || eventAbbreviation || boundName || isNominal(u) || isProper(u) || u.tag.startsWith('v') || c.actions.has(u.word) || /^[\d.]+$/.test(u.word))) break;
      // (a stretch of a named place is inside the name: 杭州湾北岸某某/ns 段/q 海塘…工程)
      const stretch = u.word === '段' && i > 0 && isProper(tokens[i - 1]);
      if ((u.tag === 'q' && !stretch) || (tokens[i + 1]?.tag === 'q' && isNumeric(u)) || AREA_UNIT.test(u.word)) break;
      // ("学生公寓3号楼改造工程": a building's number is inside the name, and makes it specific)
      const buildingNumber = /^\d+$/.test(u.word) && /^号楼?$|^号楼/.test(tokens[i + 1]?.word ?? '');
      if (buildingNumber) anchored = true;
      else if (/^\d/.test(u.word) && i < k - 1) break; // a quantity before the name ("2万平方米二期项目")
      if (isAnchor(u, lex) || /^(?:\d+\.\d+|\d{3,}|[A-Za-z]+)$/.test(u.word) || splitProperName(u, tokens[i - 1]) || ctx.ownNames.includes(u.word)) anchored = true;
      if (regionNamesEvent && namesRegion(u)) [anchored, regionAt] = [true, i];
      // "圆满完成/l 第七届/m 某博览会": a numbered event's name starts at its number
      if (EVENT_ORDINAL.test(u.word)) {
        anchored = true;
        i--;
        break;
      }
    }
    // ("承办/v 全国击剑锦标赛", "某中学击剑队/n 获/v 上海市…锦标赛": what comes before the region is the sentence's,
    // unless it is the event's year or edition: 2024年上海市青少年体育锦标赛)
    if (regionAt > i + 1 && !tokens.slice(i + 1, regionAt).every((x) => /^(?:\d{4}年?|年|[A-Za-z\d]+)$/.test(x.word) || EVENT_ORDINAL.test(x.word))) i = regionAt - 1;
    // ("举办/v 2024/m 年/m 某区食品安全宣传周": the year of an event named by its region is in its name)
    // (not a range's second year: 2024—2025年上海市…联赛)
    if (regionAt >= 0 && /^\d{4}$/.test(tokens[i]?.word ?? '') && tokens[i + 1].word === '年' && !RANGE_BEFORE.test(text.slice(0, tokens[i].start - offset))) i -= 1;
    if (regionalContest && regionAt < 0 && ordinal < 0) continue;
    let s = tokens[i + 1]?.start - offset;
    let e = t.end - offset;
    if (honour || s === undefined || s >= t.start - offset) continue;
    // (an edition and a bare kind, 首届大赛, names no event)
    if (ordinal >= 0 && t.end - tokens[ordinal].end <= 2) continue;
    // "…整治/v 和/c 店招店牌提升工程": the walk stopped at a verb the 和 joins; the name's first half is lost
    if (/^[和及与]$/.test(tokens[i + 1].word)) continue;
    // ("…工程/n 和某村/x 提升工程": jieba glued the 和 to the place the second programme starts with)
    if (/^[和及与]/.test(text[s]) && [...ctx.places, ...builders].some((p) => p.start - offset === s + 1)) s += 1;
    if (gluedPreposition - offset === s) s += 1;
    // "某某安置项目二期(建设)": a phase after the kind word is part of the name, and the work on it
    const phase = tokens[k + 1];
    if (phase && PHASE.test(phase.word)) {
      e = phase.end - offset;
      const work = tokens[k + 2];
      if (work && c.actions.has(work.word) && !isPunct(work)) e = work.end - offset;
    }
    // "视察团重点察看/v 某某湾滨江贯通工程": a verb right before the place the work is on is the sentence's, not the name's
    const place = ctx.places.filter((p) => p.start - offset > s && p.end <= t.start).sort((a, b) => a.start - b.start)[0];
    const verbBefore = place && tokens[tokenFrom[place.start - offset]! - 1];
    if (verbBefore && verbBefore.tag === 'v' && verbBefore.word.length >= 2 && !c.actions.has(verbBefore.word) && !ctx.places.some((p) => p.start <= verbBefore.start && verbBefore.end <= p.end)) s = place.start - offset;
    // ("商业/n 载体/n 某某天地太阳宫项目": generic words before the place describe it; the name starts at the place)
    else if (place && wholeTokens(idx, s, place.start - offset)?.every((w) => lex.genericModifiers.has(w.word))) s = place.start - offset;
    const overArea = startOverArea(s, text, offset, ctx.places);
    if (overArea !== undefined) [s, anchored] = [overArea, true];
    const count = COUNT_PREFIX.exec(text.slice(Math.max(0, s - 6), s));
    if (count && c.actionRegex.test(text.slice(s, t.start - offset))) {
      s -= count[0].length;
      anchored = true;
    }
    if (ctx.places.some((p) => p.start - offset >= s && p.end - offset <= e)) anchored = true;
    // "A、B等5个小区…改造": the places listed before the count belong to the name
    if (count || ctx.places.some((p) => p.start - offset === s)) {
      const listed = listStart(s, text, offset, ctx.places);
      if (listed < s) [s, anchored] = [listed, true];
    }
    // "2024年华/… 漕镇重点建设项目": the year's 年 glued to the name by jieba is not part of it
    if (text[s] === '年' && /\d$/.test(text.slice(0, s))) s++;
    const name = text.slice(s, e);
    if (!anchored || lex.genericNames.has(nameKey(name)) || lex.genericNames.has(nameKey(withoutOwnDistrict(name, ctx.ownNames))) || DOC_TITLE_END.test(name)) continue;
    if (projectsOfGovernmentBody(name, s + offset, ctx) || unquotedBrand(name, text[s - 1], t.word, lex)) continue;
    hits.push({ type: 'Programme', name, start: offset + s, end: offset + e, source: 'kind' });
  }
}

/**
 * 打响某某文旅品牌, 引进首店和品牌, 企业建设开放式创新平台: a brand, platform or system named without quotes,
 * in them or right before it, is no programme; its phases or its building are (某区医保智能监管平台二期, …平台建设),
 * and a national one is kept for the policy it becomes (国家医保信息平台: see sentence.ts)
 */
function unquotedBrand(name: string, before: string | undefined, kind: string, lex: Lexicon): boolean {
  return lex.unquotedNoProgrammeKinds.has(kind) && name.endsWith(kind) && !NATIONAL.test(name) && !/[“”"]/.test(name) && !/[”"]/.test(before ?? '');
}

/**
 * "某区妇女联合会项目", "某区规划和自然资源局优先保障产业项目": a government body's projects in general,
 * named by the body and a few common words, are no programme (a registered firm's own project is).
 */
function projectsOfGovernmentBody(name: string, start: number, ctx: ProgrammeContext): boolean {
  const body = GOVERNMENT_BODIES.exec(name);
  if (!body) return false;
  const rest = name.slice(body[0].length);
  return rest.length <= 10 && !/[“”\d]/.test(rest) && !ctx.places.some((p) => p.start >= start + body[0].length && p.end <= start + name.length);
}
const GOVERNMENT_BODIES = /^\p{Script=Han}{2,16}?(?:局|委员会|人民政府|联合会|工商联|办事处)(?:[和与及]\p{Script=Han}{2,16}?(?:局|委员会|人民政府|联合会|办事处))?(?=\p{Script=Han}{0,10}项目$)/u;

/** Index of the region (namesRegion) a few words before token k within its clause, or -1; 全市 is a scope, not a region. */
function regionBefore(tokens: Token[], k: number): number {
  for (let j = k - 1; j >= 0 && tokens[k].end - tokens[j].start <= 20; j--) {
    const u = tokens[j];
    if (isPunct(u) || /^[和及与等]$/.test(u.word) || u.word === '全市') return -1;
    if (namesRegion(u)) return j;
  }
  return -1;
}

/** Index of the 第N届 token that starts the name ending at token k, within a clause and 24 characters, or -1. */
function numberedEventStart(tokens: Token[], k: number, c: Compiled): number {
  for (let j = k - 1; j >= 0 && tokens[k].end - tokens[j].start <= 24; j--) {
    // (the event's name ended at an earlier kind word: 第二届某运动会设比赛项目)
    // (or at a known event of the lexicon, tagged nz: 第七届进博会/nz 服务保障)
    const eventEnds = tokens[j].word.length > 1 && isNominal(tokens[j]) && (c.kindEnd.test(tokens[j].word) || tokens[j].tag === 'nz') && EVENT_WORD.test(tokens[j].word);
    // (or at an event word right before the sentence's verb: 第五届某某邻里节/t|举办/v 各类活动)
    const heldAfterEvent = tokens[j].tag === 'v' && j > 0 && EVENT_WORD.test(tokens[j - 1].word) && !EVENT_BODY.test(tokens[j - 1].word);
    if (isPunct(tokens[j]) || /^[和及与等]$/.test(tokens[j].word) || eventEnds || heldAfterEvent) return -1;
    if (EVENT_ORDINAL.test(tokens[j].word)) return withHostBefore(tokens, j);
    if (isYearEdition(tokens, j)) return j;
    // (jieba cuts an edition written in digits: 第/m 36/m 期/n)
    if (/^[届期]$/.test(tokens[j].word) && j >= 2 && /^\d+$/.test(tokens[j - 1].word) && tokens[j - 2].word === '第') return withHostBefore(tokens, j - 2);
  }
  return -1;
}

/** A year token written right before a name, with no 年 and no range before it (2025某某定向赛, not 2024—2025年度). */
function isYearEdition(tokens: Token[], j: number): boolean {
  const next = tokens[j + 1];
  const before = tokens[j - 1]?.word ?? '';
  return YEAR_EDITION.test(tokens[j].word) && next !== undefined && next.start === tokens[j].end && /^\p{Script=Han}/u.test(next.word) && !/^年/.test(next.word) && !RANGE_BEFORE.test(before);
}

/** a district, town or city right before an edition */
const HOST = /^(?:上海|\p{Script=Han}{1,6}(?:区|市|镇|县|街道)|[镇区])$/u;
/**
 * "普陀区第三届职工运动会", "镇第十届运动会": the district, town or city that holds a numbered event
 * is named with it (24 of 24 in the labels).
 */
function withHostBefore(tokens: Token[], j: number): number {
  const host = tokens[j - 1];
  return host !== undefined && (host.tag === 'ns' || host.word.length === 1) && HOST.test(host.word) && host.end === tokens[j].start ? j - 1 : j;
}

/** "某镇重点建设项目", "镇政府实事项目": the name without the document's own district or government before it. */
function withoutOwnDistrict(name: string, ownNames: string[]): string {
  const own = ownNames.find((n) => name.startsWith(n));
  return (own ? name.slice(own.length) : name).replace(/^(?:镇|街道|区)?(?:人民政府|政府|办事处)?/, '');
}

/** tags of bound morphemes, which stand alone only inside a name jieba did not know */
const BOUND_MORPHEME = /^(?:g|zg)$/;

/** "淞/g 南/ns": a proper name jieba cut into single characters. */
function splitProperName(u: Token, left: Token | undefined): boolean {
  return u.word.length === 1 && isProper(u) && left !== undefined && left.word.length === 1 && /\p{Script=Han}/u.test(left.word) && !FUNCTION_TAGS.has(left.tag[0]) && !left.tag.startsWith('v');
}

/** One token made of a project action and a kind word: 扩建工程, 改造项目. */
function actionWithKind(word: string, lex: Lexicon, c: Compiled): boolean {
  if (!c.strongLast.has(word[word.length - 1])) return false;
  const kind = word.match(c.strongEnd)?.[0];
  // (二期工程/l: a phase and the kind word read as one word)
  return kind !== undefined && kind.length < word.length && (c.actions.has(word.slice(0, -kind.length)) || PHASE.test(word.slice(0, -kind.length)));
}

/** A token that makes a name specific: a proper noun that is not itself domain vocabulary. */
function isAnchor(u: Token, lex: Lexicon): boolean {
  if (!isProper(u) || u.word.length < 2 || lex.genericModifiers.has(u.word) || /^[一二两三四五六七八九十百]+大?$/.test(u.word)) return false;
  return !lex.policies.has(nameKey(u.word)) && !lex.themeByKeyword.has(u.word) && !lex.leadVerbs.has(u.word);
}

/** A named place followed by project actions: 某河北段贯通改造及景观提升. */
function placeProjects(text: string, offset: number, tokens: Token[], tokenFrom: TokenStarts, c: Compiled, lex: Lexicon, ctx: ProgrammeContext, hits: ProgrammeHit[]) {
  for (const p of ctx.places) {
    let from = p.end - offset;
    if (from < 0 || from > text.length) continue;
    // (a bank and its stretch: 某河北岸（甲路至乙路段）滨河步道贯通工程)
    const side = STRETCH_AFTER_PLACE.exec(text.slice(from));
    if (side) from += side[0].length;
    const bracketed = BRACKETED_STRETCH.exec(text.slice(from));
    if (bracketed) from += bracketed[0].length;
    const stretch = side ?? bracketed;
    // "A、B等14幢非成套住宅改造": the count of the listed places is part of the name
    const counted = LISTED_COUNT.exec(text.slice(from));
    if (counted) from += counted[0].length;
    // the count must follow a list ("A、B和C3个小区"), not a single place
    if (counted && !counted[0].startsWith('等') && !stretch && listStart(p.start - offset, text, offset, ctx.places) === p.start - offset) continue;
    // "某村“城中村”改造项目", "某新村“美丽家园”精品小区建设": a city policy quoted between the place and the work is part of its name
    if (!counted && !stretch) from += quotedPolicyAt(text, from, lex);
    let end = -1;
    let actions = 0;
    let lastAction = -1;
    let closed = '';
    let k = -1;
    // a place may end inside a token ("某河|北段" segmented 河北/段): continue from that token's remainder
    let i = tokenFrom[from] ?? tokens.findIndex((t) => t.end - offset > from) + 1;
    if (i <= 0) continue;
    const plan = c.placePlan.exec(text.slice(from));
    if (plan) {
      const s = withFormer(listStart(p.start - offset, text, offset, ctx.places), text, tokenFrom);
      hits.push({ type: 'Programme', name: text.slice(s, from + plan[0].length), start: offset + s, end: offset + from + plan[0].length, source: 'place' });
      continue;
    }
    // "某苑动迁/v 安置/v 房/n 一期/d": a phase a few words after a place closes a project on it, verbs included
    const phase = phaseAfter(tokens, i, p.start, lex);
    if (phase >= 0) {
      const s = withFormer(listStart(p.start - offset, text, offset, ctx.places), text, tokenFrom);
      hits.push({ type: 'Programme', name: text.slice(s, phase - offset), start: offset + s, end: phase, source: 'place' });
      continue;
    }
    for (; i < tokens.length; i++) {
      const t = tokens[i];
      // "某某坊11至17号成套改造", "某某新村3号至9号…": a range of building numbers names which of the place's buildings
      if (t.word === '至' && end < 0 && i > 0 && /^(?:\d+|号)$/.test(tokens[i - 1].word) && /^\d+$/.test(tokens[i + 1]?.word ?? '') && tokens[i + 2]?.word === '号') continue;
      // 及 joins actions (贯通改造及景观提升); 和 joins objects before the first action (架空线入地和杆箱整治)
      // (or after one, before a second action on a short common object: 架空线入地和合杆整治)
      if (isPunct(t) || (STOP.has(t.word) && t.word !== '及' && !(t.word === '和' && (end < 0 || secondActionAfter(tokens, i, c)))) || t.end - p.start > (stretch ? 36 : 26)) break;
      if (t.word === '及' || t.word === '和') continue;
      // a kind word closes the name: only 项目 may follow 工程 (某路改造工程项目), no action after it
      // (某路整治工程/入地/架空线…: the work done, 二期工程/工程/可行性研究: the next phrase)
      // (a phase still may: 某河综合整治工程一期)
      if (closed && !(t.word === '项目' && closed === '工程') && !PHASE.test(t.word)) break;
      // "…建设和某/x 中路…": an unknown word starting with 和 after the project joins the next project
      if (end > 0 && t.word.length > 1 && /^[和与]/.test(t.word) && t.tag === 'x') break;
      if ((t.tag === 'q' && i > 0 && isNumeric(tokens[i - 1])) || t.word === '工作') break;
      if (PHASE.test(t.word)) {
        // 某产业园一期, 某公园改造二期(项目): a phase closes the name, a following 项目/工程 may still join it
        end = t.end;
        lastAction = -1;
        continue;
      }
      if (c.actions.has(t.word)) [end, actions, lastAction] = [t.end, actions + 1, i];
      // "提/v 档/n 升级/vn": an action jieba cut into several words
      else if ((k = actionAcrossTokens(text, t.start - offset, tokenFrom, tokens.length, c)) > i) [i, end, actions, lastAction] = [k, tokens[k].end, actions + 1, k];
      // 建设项目, 改造工程: an action and a kind word in one token close the name
      else if (t.word.length > 2 && actionWithKind(t.word, lex, c)) [end, actions, lastAction] = [t.end, actions + 1, -1];
      else if (end > 0 && (t.word === '项目' || t.word === '工程')) [end, lastAction, closed] = [t.end, -1, t.word];
      // (jieba's 工程建设/l, 工程项目/n: the kind word closes the name, the work after it is the sentence's)
      else if (end > 0 && KIND_AND_WORK.test(t.word)) {
        [end, lastAction] = [t.start + 2, -1];
        break;
      }
      // 示范 (tagged a verb) and adjectives (生态清洁) describe the object: 某路美丽街区示范段建设
      // (健身/v 步道: after a stretch, a verb describing the object it comes before: 某路（甲路至乙路段）健身步道建设工程)
      else if (t.tag === 'v' && stretch && end < 0 && !lex.leadVerbs.has(t.word) && i + 1 < tokens.length && isNominal(tokens[i + 1]) && !isPunct(tokens[i + 1]) && !c.actions.has(tokens[i + 1].word)) continue;
      // "不/d 成套/a 旧住房": housing without its own kitchen and bathroom (不成套) is the work's object
      else if (t.word === '不' && tokens[i + 1]?.word.startsWith('成套')) continue;
      else if (!(isNominal(t) || isNumeric(t) || lex.genericModifiers.has(t.word) || t.tag === 'a')) break;
    }
    if (end < 0) continue;
    // (a compound's later phase listed among compounds is the compound: 某某华庭二期、某某湾2个小区)
    if (p.kind === 'residential' && /期$/.test(text.slice(p.start - offset, end - offset)) && LISTED_AFTER.test(text.slice(end - offset, end - offset + 8))) continue;
    // "某某故居修缮": upkeep of a heritage building is its care, not a programme (7 of 8 labelled documents)
    const object = ctx.places.reduce((last, q) => (q.start >= p.start && q.end <= end && q.end > last.end ? q : last), p);
    if (object.kind === 'heritage' && HERITAGE_UPKEEP.test(text.slice(object.end - offset, end - offset))) continue;
    // "在某社区新建睦邻中心": a single action taking an object is the verb of the sentence
    const taken = lastAction >= 0 ? tokens[lastAction + 1] : undefined;
    // (so does an action taking a quoted venue: 在某路口新建“某某园”口袋公园, 某村利用闲置仓库改建“某某”村史馆)
    if (taken?.word === '“') continue;
    // "某村创建成为/为示范村", "某村创建第六批示范村": what the place became, no work on it
    if (taken && (/^(?:成为|为)$/.test(taken.word) || (taken.tag === 'm' && /^第/.test(taken.word)))) continue;
    // (what the work costs is no object of it: 某村示范村建设总投资…)
    if (actions === 1 && taken && !isPunct(taken) && !STOP.has(taken.word) && !/^[和与及]/.test(taken.word) && isNominal(taken) && !isNumeric(taken) && taken.tag !== 'f' && !WORK_NOUNS.has(taken.word) && !COST_WORDS.test(taken.word)) continue;
    const s = withFormer(listStart(p.start - offset, text, offset, ctx.places), text, tokenFrom);
    hits.push({ type: 'Programme', name: text.slice(s, end - offset), start: offset + s, end, source: 'place' });
  }
}

const QUOTED_TERM = /^“([^“”]{2,8})”/;
/** Length of a quoted city policy at `at` (“美丽家园”, or “城中村” of 城中村改造 read on past the quote), or 0. */
function quotedPolicyAt(text: string, at: number, lex: Lexicon): number {
  const quoted = QUOTED_TERM.exec(text.slice(at, at + 12));
  if (!quoted) return 0;
  const after = text.slice(at + quoted[0].length, at + quoted[0].length + 4);
  for (let k = 0; k <= after.length; k++) if (lex.policies.has(nameKey(quoted[1] + after.slice(0, k)))) return quoted[0].length;
  return 0;
}

/** "推进原/x 某某厂地块城市更新": the 原 of a former facility opens the work's name, as it opens the words jieba read */
function withFormer(s: number, text: string, tokenFrom: TokenStarts): number {
  return text[s - 1] === '原' && tokenFrom[s - 1] !== undefined ? s - 1 : s;
}

/** Index of the last token of a project action that starts at `at` and spans several tokens, or -1. */
function actionAcrossTokens(text: string, at: number, tokenFrom: TokenStarts, tokenCount: number, c: Compiled): number {
  for (const action of c.multiWordActions) {
    const next = at + action.length;
    if (!text.startsWith(action, at)) continue;
    const following = next === text.length ? tokenCount : tokenFrom[next];
    if (following !== undefined && following - 1 > (tokenFrom[at] ?? Infinity)) return following - 1;
  }
  return -1;
}

/** 和 at token i is followed by a short common object (not a name) and a project action: 和合杆整治, 和杆箱整治. */
function secondActionAfter(tokens: Token[], i: number, c: Compiled): boolean {
  const object = tokens[i + 1];
  const action = tokens[i + 2];
  return object !== undefined && action !== undefined && object.word.length <= 2 && !isPunct(object) && !/^(?:ns|nr|nt|nz)/.test(object.tag) && !c.actions.has(object.word) && c.actions.has(action.word);
}

/** End of "… 一期 (建设/工程/项目)" when a phase follows within a short run of words from token i, else -1. */
function phaseAfter(tokens: Token[], i: number, placeStart: number, lex: Lexicon): number {
  for (let k = i; k < tokens.length && tokens[k].end - placeStart <= 20; k++) {
    const t = tokens[k];
    // (not across the sentence's next verb: 某河生态治理完成/v 一期工程)
    if (isPunct(t) || STOP.has(t.word) || (isNumeric(t) && !PHASE.test(t.word)) || lex.leadVerbs.has(t.word)) return -1;
    if (!PHASE.test(t.word)) continue;
    if (k === i) return -1; // the place's own phase (某园区一期) names a place, not a project on it
    return workAfterPhase(tokens, k + 1, lex) ?? t.end;
  }
  return -1;
}


/**
 * "第七批市级乡村振兴示范村创建": a numbered batch of model villages (towns, communities) being made is a
 * programme of its own; other numbered batches (第三批学员, 第八批非遗项目) are lists (of 43 numbered
 * batches in the labelled texts, the 10 labelled as programmes are all such creations).
 */
const MODEL_BATCH = /第[一二三四五六七八九十\d]+批[^，,。；;、“”\s]{0,10}?示范(?:村|镇|街道|社区|区)(?:创建|建设)/gu;
function batchesOfModels(text: string, offset: number, hits: ProgrammeHit[]): void {
  // (a plain search first: the u-flag regex costs more on the many sentences without a batch)
  if (!text.includes('批')) return;
  for (const m of text.matchAll(MODEL_BATCH)) {
    const [start, end] = [offset + m.index, offset + m.index + m[0].length];
    for (let k = hits.length - 1; k >= 0; k--) if (hits[k].type === 'Programme' && hits[k].start < end && start < hits[k].end) hits.splice(k, 1);
    hits.push({ type: 'Programme', name: m[0], start, end, source: 'kind' });
  }
}

const FACILITY_AFTER_POLICY = /^(?:站|所|中心|分中心)/;

function lexiconTerms(text: string, offset: number, lex: Lexicon, hits: ProgrammeHit[]) {
  for (const [scanner, type] of [[lex.programmeTermScanner, 'Programme'], [lex.policyScanner, 'Policy']] as const) {
    scanTerms(scanner, text, (word, at) => {
      const name = type === 'Programme' ? lex.programmeTerms.get(word)! : lex.policies.get(nameKey(word))!;
      // "创建美丽庭院示范户": a policy's name before 示范户 is the households' title, no mention of the policy
      if (type === 'Policy' && text.startsWith('示范户', at + word.length)) return;
      // (nor before 站/所/中心, where it names a facility: 新时代文明实践站, 某居民区新时代文明实践站)
      if (type === 'Policy' && FACILITY_AFTER_POLICY.test(text.slice(at + word.length, at + word.length + 3))) return;
      // "长期护理保险制度": the system written out with 制度 is the policy's name there (labels 27 of 28)
      if (type === 'Policy' && text.startsWith('制度', at + word.length) && !/制度?$/.test(name)) {
        hits.push({ type, name: name + '制度', start: offset + at, end: offset + at + word.length + 2, source: 'lexicon' });
        return;
      }
      hits.push({ type, name, start: offset + at, end: offset + at + word.length, source: 'lexicon' });
    });
  }
}
