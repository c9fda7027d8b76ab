/**
 * Places and organisations: a name ends in a suffix word (小区, 路, 派出所, 领导小组 …) and
 * extends left over name-like tokens until a verb, a function word or punctuation.
 * A name made only of generic words (特色街区, 老旧小区) is not a name.
 */
import { alternation, type Lexicon } from './lexicon.ts';
import { scanTerms, termScanner, type TermScanner } from './term-scan.ts';
import { branchStations, busRoutes, dottedNames, parkAndRide, hamlets, listedStations, parcels, quotedRooms, railNames, stretchEnds } from './place-forms.ts';
import { isSurname } from './people.ts';
import { personStudios } from './person-studios.ts';
import { sectionNames } from './sections.ts';
import { nameKey } from './normalise.ts';
import {
  FOUNDING_VERBS, FUNCTION_TAGS, STOP_WORDS, afterBoundary, conjunctionStartsName, isRegion, isSingleHan, lastSuffixOf, listedWithSameKind, openingQuote,
  quotedTeamStart, regionAcrossSingles, regionBefore, registeredNameStart, taskForceStart, teamOfNamedBody, type SuffixLabels,
} from './name-starts.ts';
import {
  COMMUNITY_SUFFIXES, DICTIONARY_PROPER, communitiesEndingInHe, communityAfterCharacters, inDescriptiveQuote, locativeNames, quotedPlaces, regionAndModifiersOnly, singleCharactersStartName, withLeftRemnant, withSplitWaterName,
} from './name-contexts.ts';
import { wholeTokens, type TokenIndex } from './token-index.ts';
import { awardedInQuotes, namesAKind } from './kind-of-name.ts';
import { commonWordsOnly, COUNT_MEASURE, isDictionaryWord, isNominal, isNumeric, isProper, isPunct, type Token } from './tokens.ts';

export interface NameHit {
  type: 'Place' | 'Organisation';
  name: string;
  start: number;
  end: number;
  kind?: string;
  /** length of the suffix that typed the name: on equal spans the longer suffix decides */
  suffixLength?: number;
  /** other names of the same thing written in the span (the quoted name of “某某”口袋公园; 某镇“某某”志愿服务队 without its 镇) */
  aliases?: string[];
  /** a quoted venue (“某某”慈善超市): written after its 镇/街道 or village, it is named with them */
  quotedVenue?: boolean;
}

const DIRECTION_ONLY = /^[东南西北中]{1,2}部?$/;
const DIRECTION_SPLIT = /^[东南西北][段侧岸部块片]/;
/** What may follow a road or river name inside one jieba token: 某公路|沿线, 某河|两岸. */
const ALONG_SPLIT = /^(?:沿线|沿岸|沿街|两侧|两岸|周边)/;
/** Honorific designations written like a community name (创建科普社区, 充分就业社区). */
const COMMUNITY_TITLES = /(?:科普|示范|文明|平安|绿色|智慧|健康|和谐|安全|减灾|低碳|书香|学习型|就业|无邪教|美丽|宜居|幸福)$/;
/** Tags of tokens that may make up the specific part of a community name. */
const COMMUNITY_TAGS = /^(?:n|nr|ns|nz|nt|nrt|nrfg|j|m|x|eng|s)$/;
/** Words that introduce a location or a list item: 在某某社区, 、某某居民区. */
const LOCATIVE_LEAD = new Set(['在', '于', '至', '到', '、', '和', '及', '与', '依托', '覆盖', '以', '对']);
/** A river or road followed by a direction names a stretch of it (某河北岸步道): the river is the place. */
const STRETCH = /^(.{2,}?(塘|江|河|浜|港|泾|公路|大道|路|街))[东南西北][段侧岸部块片]/;
const LOCAL_STRETCH = /^(.{2,}?(塘|江|河|浜|港|泾|公路|大道|路|街))\p{Script=Han}{2,3}$/u;
const CHINESE_NUMERAL_NAME = /^[一二三四五六七八九十〇零]{2,}$/;
const CHINESE_COUNT = /^[一二两三四五六七八九十百千几多]+[个座条处家所片]$/;
const NUMBER_ONLY = /^[一二三四五六七八九十\d]+$/;
const NUMBERED_AFTER_WORD = /^[\u4e00-\u9fa5]{2,4}[一二三四五六七八九十]$/;
/** Roads named by a number: 320国道, S224省道. */
const NUMBERED_ROAD_SUFFIX = /^(?:国道|省道|县道)$/;
/** an expressway is named by its route code (G50沪渝高速, S4沪金高速); without one, 高速 is an adverb (高速发展) */
const EXPRESSWAY_SUFFIX = /^高速(?:公路)?$/;
const ROUTE_CODE = /^[GS]\d{1,4}/;
/** A house number after a road: 某路36-38号, 某路61弄. */
const HOUSE_NUMBER = /^\d+(?:[-—~～]\d+)?[号弄]/;
/** What introduces an address: 地址：某区某镇, 新址位于 (a district or town may stand before the road). */
const ADDRESS_CUE = /(?:地址|位于)[:：]?\s*(?:\p{Script=Han}{1,6}?(?:市|区|县|镇|街道))*$/u;
const LEADING_NOISE = /[对以在把将向从由受沿为赴到原个条处家名项座栋幢]/;
const AFTER_VERB_YU = /[址位设建处落]$/;
/** An unknown word starting with a function word: the function word is not part of the name. */
const GLUED_FUNCTION_WORD = /^[和与及到在对为向将由把以从至并或沿经].+/;
/** An ordinal ("第一个工人新村") describes the thing; it is not part of its name. */
const ORDINAL = /^第[\d一二三四五六七八九十百]+[个届次批期]/;
/** 以东, 以西以南: a side of a place named before it; 以上, 以内: a bound of what precedes (四星级以上统计所) */
/** Kinds of area whose name may stand right before a road's (某某示范区某某路) */
const AREA_KINDS = new Set(['park-zone', 'area']);
const RELATIVE_DIRECTION = /^以[东西南北上下内外]+$/;
/** A bureau's section (某某科): its name may join two fields with 和. */
const SECTION_SUFFIX = /科$/;
/** What follows 村 where it is the village level of a word (村干部, 村民, 村内, 村“两委”), not the end of a name */
/** one-character place suffixes jieba commonly glues to the next name's start (村施/x 少梅) */
const COMMON_ONE_CHARACTER_SUFFIX = /^[村路街桥河浜港泾塘弄苑]$/;
const VILLAGE_LEVEL_WORD = /^(?:干部|民|内|委|集体|级|务|组|庄|规|居|“两委”)/;
/** Kinds of place that are one building (a 故居 is a heritage building). */
const BUILDING_KINDS = new Set(['building', 'heritage']);
/** Kinds of place whose generic surroundings are no place of their own (某路美丽街区, 某村城中村); 某中心绿地 is a park. */
const SURROUNDED_KINDS = new Set(['road', 'river', 'village', 'residential', 'lane', 'lake', 'bridge', 'block']);
/** A document number follows its issuer's short name: 某委〔2024〕5号 is no body's name. */
const DOC_NUMBER_AFTER = /^\s*[〔\[【]\s*\d{4}\s*[〕\]】]/;
/** An unknown word ending in a preposition: what follows it starts a phrase of its own (指以/x 村为). */
const GLUED_AFTER_PREPOSITION = /[以对在向把从将为于被由到]$/;
/** Function words jieba glues to the end of a name's last character (某局对/x). */
const GLUED_AFTER = /^[对在向把从将为于]/;
/** a closing bracket or quote: 和 after it joins what the bracket closed ("甲路（…）和交城路") */
const CLOSING = /^[）)”」】]$/;
const WORK_BEFORE_PLACE = /^.+?(?:工程|项目)[和与及]/;
const MAX_LEN = { Place: 14, Organisation: 20, long: 28 };

interface Compiled {
  suffixScanner: TermScanner;
  /** the place suffix a name ends with */
  suffixAtEnd: RegExp;
  surroundingsLongestFirst: string[];
  /** memo of genericWord */
  genericWords: Map<string, boolean>;
  labelOf: Map<string, 'Place' | 'Organisation'>;
  longOrg: Set<string>;
  /** suffixes of teams named by a quoted phrase (“某某”志愿服务队) */
  quotedTeams: Set<string>;
  /** suffixes of registered bodies named region first (上海某某有限公司) */
  registered: Set<string>;
  titleWords: Set<string>;
}
const compiledFor = new WeakMap<Lexicon, Compiled>();
function compile(lex: Lexicon): Compiled {
  let c = compiledFor.get(lex);
  if (c) return c;
  const labelOf = new Map<string, 'Place' | 'Organisation'>();
  for (const s of lex.placeSuffixes) labelOf.set(s, 'Place');
  for (const s of lex.orgSuffixes) labelOf.set(s, 'Organisation');
  for (const s of lex.longOrgSuffixes) labelOf.set(s, 'Organisation');
  c = {
    suffixScanner: termScanner(labelOf.keys()),
    suffixAtEnd: new RegExp(`(?:${alternation(lex.placeSuffixes)})$`),
    surroundingsLongestFirst: [...lex.surroundingWords].sort((a, b) => b.length - a.length),
    genericWords: new Map(),
    labelOf,
    longOrg: new Set(lex.longOrgSuffixes),
    quotedTeams: new Set(lex.quotedTeamSuffixes),
    registered: new Set(lex.registeredBodySuffixes),
    titleWords: new Set(lex.titles),
  };
  compiledFor.set(lex, c);
  return c;
}

/** Names ending in a known suffix, plus standalone organisation names (党工委, 区委 …). */
export function findNames(text: string, offset: number, tokens: Token[], lex: Lexicon, tokenAt: TokenIndex): NameHit[] {
  const c = compile(lex);
  const hits: NameHit[] = [];
  // overlapping suffixes ("中心村" inside "某东中心村") are found from the next character on
  scanTerms(c.suffixScanner, text, (suffix, at) => {
    const hit = nameEndingAt(at, at + suffix.length, suffix, c, text, offset, tokens, tokenAt, lex);
    if (hit) hits.push(hit);
  }, true);
  scanTerms(lex.standaloneOrgScanner, text, (word, s) => {
    const e = s + word.length;
    if (lex.orgContextOnly.has(word)) return;
    if (tokenAt.startAt[s] === undefined || tokenAt.endAt[e] === undefined) return;
    hits.push({ type: 'Organisation', name: word, start: offset + s, end: offset + e, suffixLength: word.length });
  });
  scanTerms(lex.standalonePlaceScanner, text, (word, s) => {
    const e = s + word.length;
    // (a whole word only, and not the start of a longer name: 北外滩街道, 外滩航运文化陈列馆)
    if (tokenAt.startAt[s] === undefined || tokenAt.endAt[e] === undefined) return;
    if (hits.some((h) => h.type === 'Place' && h.start === offset + s && h.end > offset + e)) return;
    // the area's own name, not a shorter one read across the scan's suffix hits: they give way below
    for (let k = hits.length - 1; k >= 0; k--) if (hits[k].type === 'Place' && hits[k].start < offset + e && offset + s < hits[k].end) hits.splice(k, 1);
    hits.push({ type: 'Place', name: word, start: offset + s, end: offset + e, kind: lex.standalonePlaces.get(word), suffixLength: word.length });
  });
  quotedPlaces(text, offset, lex, tokenAt.startAt, hits);
  hits.push(...sectionNames(text, offset, tokens, lex, hits));
  for (const h of hits.slice()) {
    const num = h.kind === 'road' ? HOUSE_NUMBER.exec(text.slice(h.end - offset)) : null;
    if (!num) continue;
    // (a contact or location address names the road, not a building: 地址：某区某路1588号, 位于某路388号;
    // but 位于某路358号的新院区 names a site that has no other name)
    const at = h.end + num[0].length;
    const unnamedSite = text[at - offset] === '的' && !hits.some((o) => o.type === 'Place' && o.start === at + 1);
    const addressed = num[0].endsWith('号') && !unnamedSite && ADDRESS_CUE.test(text.slice(0, h.start - offset));
    if (!addressed) hits.push({ ...h, name: h.name + num[0], end: at, kind: 'building' });
  }
  parcels(text, offset, hits);
  railNames(text, offset, hits);
  busRoutes(text, offset, tokens, hits);
  parkAndRide(text, offset, tokenAt, hits);
  branchStations(text, offset, tokens, hits, lex);
  listedStations(text, offset, tokens, tokenAt.at, hits);
  dottedNames(text, offset, tokens, tokenAt.at, hits);
  stretchEnds(text, offset, tokens, tokenAt, hits);
  quotedRooms(text, offset, hits);
  hamlets(text, offset, tokens, (w) => isSurname(w, lex), hits);
  communitiesEndingInHe(text, offset, tokens, lex, c.labelOf, hits);
  joinBranches(text, offset, hits);
  personStudios(text, offset, tokens, lex, hits);
  withoutWordsBeforeName(tokens, tokenAt, offset, hits);
  withLeftRemnant(tokens, tokenAt.startAt, offset, lex, c.labelOf, hits);
  withSplitWaterName(text, tokenAt, offset, lex, c.labelOf, hits);
  homesOfBodies(text, offset, hits);
  levelCentres(hits);
  withoutUnnamedStations(tokens, tokenAt, offset, hits);
  activitySites(text, offset, tokens, tokenAt, lex, hits);
  withoutPartyRole(hits);
  withoutDescriptiveTail(hits, lex);
  return hits.filter((h) => !departmentInTitle(h, text, offset));
}

/** "区委常委、政法委书记某某": a party committee's department written between 常委、 and its head's post is part of a person's title */
const STANDING_MEMBER_BEFORE = /常委[、，,]$/;
const HEAD_AFTER = /^(?:副?书记|副?部长|副?主任)/;
/** (a department's short name, not a firm or institution the member heads: 区政协常委、某某律师事务所主任) */
const DEPARTMENT = /^\p{Script=Han}{2,4}[委部]$/u;
const departmentInTitle = (h: NameHit, text: string, offset: number) =>
  h.type === 'Organisation' && DEPARTMENT.test(h.name) && STANDING_MEMBER_BEFORE.test(text.slice(Math.max(0, h.start - offset - 3), h.start - offset)) && HEAD_AFTER.test(text.slice(h.end - offset, h.end - offset + 3));

/** "某某里石库门里弄", "某某苑旧住宅": a kind describing a named place is not part of its name (names.json descriptiveTails). */
function withoutDescriptiveTail(hits: NameHit[], lex: Lexicon): void {
  for (const h of hits) {
    if (h.type !== 'Place') continue;
    const tail = lex.descriptiveTails.find((t) => h.name.endsWith(t));
    const bare = tail && h.name.slice(0, -tail.length);
    const suffix = bare && bare.length >= 2 && lex.placeSuffixes.find((s) => bare.endsWith(s));
    if (!suffix) continue;
    [h.name, h.end, h.suffixLength] = [bare, h.end - tail.length, suffix.length];
  }
}

/** "运营方上海某某有限公司": the party's role (运营方, 管理方) before a body or place named from the city is the sentence's. */
const PARTY_ROLE = /^\p{Script=Han}{0,3}方(?=上海)/u;
function withoutPartyRole(hits: NameHit[]): void {
  for (const h of hits) {
    const role = PARTY_ROLE.exec(h.name);
    if (role) [h.start, h.name] = [h.start + role[0].length, h.name.slice(role[0].length)];
  }
}

/**
 * "某村/ns 渔家/n 号子/n 传承/v 基地": a site named by what is done there starts at the place before the
 * activity, whose verbs (保供, 养殖, 传承) the suffix walk stops at.
 */
function activitySites(text: string, offset: number, tokens: Token[], tokenAt: TokenIndex, lex: Lexicon, hits: NameHit[]): void {
  for (const suffix of lex.activitySiteSuffixes) {
    for (let at = text.indexOf(suffix); at >= 0; at = text.indexOf(suffix, at + 1)) {
      const e = at + suffix.length;
      const last = tokenAt.endAt[e];
      // (宅基地 is a homestead plot, no site)
      if (last === undefined || text[at - 1] === '宅') continue;
      let start = -1;
      let verbs = false;
      for (let i = last - 1; i >= 0 && e - (tokens[i].start - offset) <= MAX_LEN.Place; i--) {
        const t = tokens[i];
        // (named after a place: a region or an unknown word before a kind of site mostly names none,
        // 上海市创业孵化示范基地, 产教融合/x 实训基地)
        const place = hits.find((h) => h.type === 'Place' && h.end === t.end && h.start <= t.start && h.start - offset >= 0);
        if (place) {
          if (e - (place.start - offset) <= MAX_LEN.Place) start = place.start - offset;
          break;
        }
        // (a 区 runs its own: 某区残疾人创业孵化基地; an honour it confers is no site, 某区创业孵化示范基地)
        if (t.tag === 'ns' && t.word.length >= 3 && t.word.endsWith('区') && verbs && ![...lex.honourWords].some((w) => text.slice(t.end - offset, e).includes(w))) {
          start = t.start - offset;
          break;
        }
        if (isPunct(t) || /\d/.test(t.word) || lex.leadVerbs.has(t.word) || lex.projectActions.includes(t.word) || STOP_WORDS.has(t.word) || !/^(?:n|nz|ng|v|vn|x)/.test(t.tag)) break;
        verbs ||= t.tag.startsWith('v');
      }
      if (start < 0) continue;
      const name = text.slice(start, e);
      // (without a verb, only where the walk found no site of its own: 某泾/x 绿色蔬菜/nz 基地)
      if (!verbs && hits.some((h) => h.end - offset === e)) continue;
      if (hits.some((h) => h.start - offset <= start && h.end - offset >= e && h.end - h.start > name.length)) continue;
      for (let k = hits.length - 1; k >= 0; k--) if (hits[k].end - offset === e && hits[k].start - offset > start) hits.splice(k, 1);
      hits.push({ type: 'Place', name, start: offset + start, end: offset + e, suffixLength: suffix.length });
    }
  }
}

/**
 * "退役军人法律援助工作站", "民防工作站": a kind of station named by its field alone, with no district,
 * place or proper word before it, is no body (the labelled ones are 某街道公共法律服务工作站, 某区林业工作站: 34 of 35).
 */
const STATION_KIND = /工作站$/;
function withoutUnnamedStations(tokens: Token[], tokenAt: TokenIndex, offset: number, hits: NameHit[]): void {
  for (let k = hits.length - 1; k >= 0; k--) {
    const h = hits[k];
    if (h.type !== 'Organisation' || !STATION_KIND.test(h.name)) continue;
    const first = tokenAt.at[h.start - offset];
    const last = tokenAt.at[h.end - offset - 1];
    if (first < 0 || last < 0) continue;
    // (not nr: jieba reads some common fields as names, 法律援助/nr)
    const named = tokens.slice(first, last + 1).some((t) => /^(?:ns|nz|nt|j|x|eng)$/.test(t.tag) || t.tag.startsWith('m') || /[区镇市县乡]$/.test(t.word));
    if (!named) hits.splice(k, 1);
  }
}

/**
 * 区投促中心, 镇城运中心, 街道社区文化活动中心: a centre named by its level alone and its field is that
 * level's body, not a building (labels: 257 Organisation, 3 Place); so is its cultural house or
 * library (区文化馆: 4 Organisation, 0 Place).
 */
const LEVEL_CENTRE = /^(?:[区镇]|街道|市(?!民))(?:\p{Script=Han}{1,8}中心|\p{Script=Han}{0,4}(?:文化馆|图书馆|档案馆|美术馆|少年宫))$/u;
function levelCentres(hits: NameHit[]): void {
  for (const h of hits) if (h.type === 'Place' && LEVEL_CENTRE.test(h.name)) h.type = 'Organisation';
}

/** Index of the district or city one or two words before a describing word at i (not a verb of the sentence), or -1. */
function describedAfterRegion(tokens: Token[], i: number, lex: Lexicon, labels: SuffixLabels): number {
  // (a verb before a region is the sentence's: 保障/v 某区某某学校; an honour's adjective begins its title: 某市优秀工作室)
  const describing = (u: Token) => u.word.length >= 2 && /^(?:a|v|vn|d)$/.test(u.tag) && !lex.leadVerbs.has(u.word) && !lex.awardVerbs.has(u.word) && !FOUNDING_VERBS.has(u.word) && !STOP_WORDS.has(u.word) && !lex.honourWords.has(u.word);
  if (!describing(tokens[i]) || (i + 1 < tokens.length && isRegion(tokens[i + 1], labels))) return -1;
  // (several describing words may follow each other: 某区矛盾纠纷调处/v 化解/v 中心; a prefix starts a word: 非/h 物质/n 文化遗产/n 保护/v)
  for (let r = i - 1; r >= Math.max(0, i - 4); r--) {
    const u = tokens[r];
    if (u.tag === 'ns' && isRegion(u, labels)) return r;
    if (!describing(u) && (isPunct(u) || STOP_WORDS.has(u.word) || FUNCTION_TAGS.has(u.tag[0]) || !(isNominal(u) || isProper(u) || u.tag === 'h'))) return -1;
    // (nor across another body's or place's whole name: 某某幼儿园/n 共建/v 家长学校)
    if (lastSuffixOf(u.word, labels).length >= 2) return -1;
  }
  return -1;
}

/** "上海某某有限公司职工之家": a body's home for its members starts where the body's whole name starts. */
function homesOfBodies(text: string, offset: number, hits: NameHit[]): void {
  for (const h of hits) {
    if (h.type !== 'Place' || !h.name.endsWith('之家')) continue;
    const body = hits.find((b) => b.type === 'Organisation' && b.start < h.start && h.start < b.end && b.end <= h.end);
    if (body) [h.start, h.name] = [body.start, text.slice(body.start - offset, h.end - offset)];
  }
}

/**
 * Words before a name that the scan took into it: a preposition jieba glued to the name's first
 * characters ("与蘅芷苑/x 居民区"), 与 standing alone at a sentence's start, a work named before a place.
 */
function withoutWordsBeforeName(tokens: Token[], tokenAt: TokenIndex, offset: number, hits: NameHit[]): void {
  for (const h of hits) {
    const first = tokens[tokenAt.at[h.start - offset]];
    const before = tokens[tokenAt.at[h.start - offset] - 1];
    // (和 too after a work's verb: 某路景观照明提升/v 和澈/x 浦 码头书房)
    const joinsWork = h.name[0] === '和' && before !== undefined && /^vn?$/.test(before.tag) && before.word.length >= 2;
    if ((/^[与及]/.test(h.name) || joinsWork) && h.name.length > 3 && first?.tag === 'x' && first.start === h.start && first.word.length >= 2) [h.start, h.name] = [h.start + 1, h.name.slice(1)];
    // "。与/p 某某/x 师范大学": a preposition of its own at a sentence's start begins no name
    // "某河生态廊道建设工程和某村": a place starts after a work named before it
    else if (h.type === 'Place' && WORK_BEFORE_PLACE.test(h.name)) {
      const cut = WORK_BEFORE_PLACE.exec(h.name)![0].length;
      if (h.name.length - cut >= 3) [h.start, h.name] = [h.start + cut, h.name.slice(cut)];
    }
    // (and a name may begin with 和 or 与 after a list's comma: 、和/c 乐家园, 与/p 邻园)
    else if (first?.word === '与' && first.start === h.start && first.tag === 'p' && h.name.length >= 3 && /^[。；;]?$/.test(tokens[tokenAt.at[h.start - offset] - 1]?.word ?? '')) [h.start, h.name] = [h.start + 1, h.name.slice(1)];
  }
}

/** "位于/v 聚/v 贤路/n": after a word that locates, a character and a two-character word ending in the suffix are a name. */
const LOCATING = /^(?:位于|在|沿|经|至|到|从|于)$/;
const afterLocating = (tokens: Token[], k: number, first: Token) => first.word.length === 2 && k > 0 && LOCATING.test(tokens[k - 1].word);

/** A registered body's name (…有限公司, …银行) or a command's (…指挥部) and a branch of it written right after (上海分公司, 某路支行, 某镇分指挥部). */
const REGISTERED_PARENT = /(?:有限公司|有限责任公司|银行|集团|总公司|指挥部)$/;
const BRANCH = /(?:分公司|支行|分行|营业部|分理处|营业所|分指挥部)$/;
/** public bodies whose units are named after them, and the units */
const PUBLIC_PARENT = /(?:局|分局|委|委员会|支队|总队)$/;
const PUBLIC_UNIT = /(?:科|所|派出所|分中心|中队|大队|支队|处|庭|室|部|站)$/;

/**
 * "某某股份有限公司上海某路支行": a branch is named with its parent (GUIDE.md: a centre's branch is
 * named with its parent); the parent alone inside the branch's name is not a mention of its own.
 */
function joinBranches(text: string, offset: number, hits: NameHit[]): void {
  for (const parent of hits.slice()) {
    if (parent.type !== 'Organisation') continue;
    const registered = REGISTERED_PARENT.test(parent.name);
    if (!registered && !PUBLIC_PARENT.test(parent.name)) continue;
    // (a public body's unit likewise: 某区教育局|基础教育科, 某分局|某镇派出所, 某区市场监督管理局|某路市场监督管理所,
    // where the unit may be read from inside the parent's name; labelled whole 533 times against 259 apart)
    const branch = hits.filter((h) => h.type === 'Organisation' && h !== parent && (registered ? h.start === parent.end && BRANCH.test(h.name) : h.start > parent.start && h.start <= parent.end && h.end > parent.end && PUBLIC_UNIT.test(h.name))).sort((a, b) => b.end - a.end)[0];
    if (!branch || branch.end - parent.start > MAX_LEN.long) continue;
    for (let k = hits.length - 1; k >= 0; k--) if (hits[k].type === 'Organisation' && hits[k].start >= parent.start && hits[k].end <= branch.end) hits.splice(k, 1);
    hits.push({ type: 'Organisation', name: text.slice(parent.start - offset, branch.end - offset), start: parent.start, end: branch.end, suffixLength: branch.suffixLength });
  }
}

/** 体育中心, 冷链集配中心: a centre named by what people go there for or what is handled there is a facility (names.json placeFunctionWords, facilityCentreWords) */
function facilityCentre(word: string | undefined, lex: Lexicon): boolean {
  return word !== undefined && (lex.placeFunctionWords.has(word) || lex.facilityCentreWords.has(word));
}

/**
 * "某镇矛盾纠纷调处化解/v 中心", "某区国民体质监测/vn 中心": a centre named by the work it does (a verb right
 * before the bare 中心) is a body, as the longer suffixes 管理中心 and 指挥中心 are; one named by what
 * people go there for (体育中心, 加工中心: placeFunctionWords) or by a quoted brand (“某某”帮扶中心) is a venue.
 */
function centreNamedByWork(s: number, suffix: string, text: string, tokens: Token[], idx: TokenIndex, lex: Lexicon): boolean {
  if (suffix !== '中心') return false;
  const k = idx.endAt[s];
  if (k === undefined) return false;
  const work = tokens[k];
  if (work.word.length < 2 || !/^(?:v|vn|l)$/.test(work.tag) || facilityCentre(work.word, lex)) return false;
  return text[work.start - idx.offset - 1] !== '”';
}

/** tags of the single characters of a name jieba cut apart: nouns, morphemes, abbreviations, unknown or proper */
const FRAGMENT_TAGS = /^(?:n|g|ng|zg|j|x|nz|ns|nr)$/;
const isFragment = (t: Token | undefined) => t !== undefined && t.word.length === 1 && /\p{Script=Han}/u.test(t.word) && FRAGMENT_TAGS.test(t.tag);
/** Token `k` and the one before it are single characters of one name (泓/nz 溪/n), the first possibly a proper word. */
function nameFragments(tokens: Token[], k: number): boolean {
  return isFragment(tokens[k]) && (isFragment(tokens[k - 1]) || (tokens[k - 1] !== undefined && isProper(tokens[k - 1]) && tokens[k - 1].word.length <= 2));
}

function nameEndingAt(
  s: number,
  e: number,
  suffix: string,
  c: Compiled,
  text: string,
  offset: number,
  tokens: Token[],
  idx: TokenIndex,
  lex: Lexicon,
): NameHit | null {
  // "路" inside "思路", "局" inside "格局" are not suffixes; "河" of "河北段" (jieba: 河北/段) is
  if (idx.endAt[e] === undefined) {
    const rest = text.slice(e, e + 2);
    // "某/n 浦和/ns 某塘", "某局对/x 某处": the suffix and the function word after it read as one word
    const gluedWord = tokens[idx.at[e]];
    const conjunction = /^[和及与]/.test(rest);
    // "某村和北/x": an unknown word made of the suffix, the conjunction and the next name's start
    const gluedConjunction = conjunction && gluedWord?.tag === 'x' && /^\p{Script=Han}+$/u.test(gluedWord.word);
    // "某市场监管所在/b 某菜场": the suffix's last character and a preposition read as a word
    const gluedPreposition = GLUED_AFTER.test(rest) && gluedWord !== undefined && (gluedWord.tag === 'x' || (gluedWord.word.length === 2 && gluedWord.start - offset === e - 1));
    // "位于某/x 溪路的/x", "市/n 商务/n 委副/x 主任/b": the suffix glued to 的, or to the first character of
    // the dictionary word that follows (副主任), in an unknown word
    const gluedNext = gluedWord?.tag === 'x' && gluedWord.end - offset === e + 1 && (rest[0] === '的' || startsDictionaryWord(rest[0], tokens[idx.at[e] + 1]));
    // (a suffix of three or more characters may start inside a word: 新时代文明实践/nz 所于/x)
    const beforeFunctionWord = (conjunction || gluedPreposition || gluedNext) && (idx.endAt[e + 1] !== undefined || gluedConjunction) && (idx.startAt[s] !== undefined || suffix.length >= 3 || (gluedNext && rest[0] === '的'));
    if (!beforeFunctionWord && !DIRECTION_SPLIT.test(rest) && !(ALONG_SPLIT.test(rest) && idx.startAt[s] !== undefined) && !gluedToUnknownWord(s, e, c.labelOf.get(suffix)!, offset, tokens, idx)) return null;
  }
  // "村级河长", "河湖/ns 长/a": a river chief is a post, not a river ("某江/x 长白/ns 段" is a stretch);
  // "河湖" is rivers and lakes in general
  const chief = text[e] === '长' ? tokens[idx.at[e]] : undefined;
  if (/^[河湖江]$/.test(suffix) && chief !== undefined && chief.end - offset === e + 1) return null;
  if (suffix === '河' && text[e] === '湖') return null;
  // "兴街镇", "各街镇": 街 before 镇 is part of a town's name or the word for 街道 and 镇, no street
  if (suffix === '街' && text[e] === '镇') return null;
  // "上海中心城区": the central urban area (中心城区, 中心城), no centre's name; "服务区委中心工作": the central task
  if (suffix === '中心' && (text[e] === '城' || /^(?:工作|任务)/.test(text.slice(e, e + 2)))) return null;
  // "救援队伍": a team's kind (队伍), not a team's name
  if (suffix.endsWith('队') && text[e] === '伍') return null;
  // "新开河/ns 道/q": a river channel dug (新开河道), not a river
  if (suffix === '河' && tokens[idx.at[e]]?.word === '道' && tokens[idx.at[e]].tag === 'q') return null;
  // a short name written alone in quotes (“金融城”) is a slogan or positioning, not a place
  // (nor is a designation of four characters or fewer: 创建“智安小区”)
  if (text[e] === '”' && (suffix.length === 1 ? /“[^“”]*$/ : /“[^“”]{1,2}$/).test(text.slice(Math.max(0, s - 12), s))) return null;
  const type = c.labelOf.get(suffix)!;
  let i = idx.at[s];
  const first = tokens[i];
  if (lex.locativeSuffixes.has(suffix) && !locativeNames(first, tokens, i, s, offset, c.suffixAtEnd, lex)) return null;
  if (inDescriptiveQuote(text, s)) return null;
  // "带领/v 村/n 干部", "改造/v 村/n 内道路": a verb before the village level of a word (村干部, 村内), no village's name
  if (suffix === '村' && first.word === '村' && VILLAGE_LEVEL_WORD.test(text.slice(e, e + 3)) && tokens[i - 1]?.tag.startsWith('v')) return null;
  // "纳入村(居)", "资金每村": villages and neighbourhoods at large, or each village, no village's name
  if (suffix === '村' && ((first.word === '村' && (/^[(（]居[)）]/.test(text.slice(e, e + 3)) || tokens[i - 1]?.word === '每')) || first.word === '每村')) return null;
  // "巡河/x", "护河": a verb and the river it acts on, no river's name
  if (suffix.length === 1 && first.tag === 'x' && first.word.length === 2 && first.end - offset === e && lex.verbsBeforeNames.has(first.word[0])) return null;
  // “美丽家园”, “美丽街区”: a policy or programme term that ends like a place names the work, not a place
  if (type === 'Place' && first.end - offset === e && (lex.policies.has(nameKey(first.word)) || lex.programmeTerms.has(first.word))) return null;
  // "危桥", "栈桥": a generic word of a kind of place (a modifier and the suffix in one token) names none
  // after a common word or another place (年度危桥, 某桥危桥); a proper name before it names one (某某/nrt 葡萄园),
  // and so do the single characters jieba cut a name into (泓/nz 溪/n 森林公园, 澄/ns 溆/g 示范园)
  const before = tokens[i - 1];
  const named = before !== undefined && (isProper(before) || nameFragments(tokens, i - 1)) && !c.labelOf.has(before.word.slice(-1));
  if (type === 'Place' && first.word.length > suffix.length && first.end - offset === e && lex.genericNames.has(first.word) && !named) return null;
  let start = first.start - offset;
  // "某公园/n 和某某苑/x": jieba glued the conjunction to the next place's name after a place; it starts after 和
  const gluedConjunction = type === 'Place' && first.tag === 'x' && first.word.length >= 3 && /^[和与及]/.test(first.word) && first.start - offset < s
    && i > 0 && c.labelOf.get(lastSuffixOf(tokens[i - 1].word, c.labelOf)) === 'Place';
  if (gluedConjunction) start += 1;
  /** where a common word was taken as the name (前进/v 村, 张/q 泾河): it is not trimmed as a lead verb */
  let namedByWord = -1;
  // a centre named from its district with words describing its work (labels: 1,566 Organisation, about 100 Place)
  let describedCentre = false;
  /** where a listed name starts with a stop word (联星村、向荣村): it is not trimmed as noise */
  let listedStopWordStart = -1;
  if (start !== s && !gluedConjunction) {
    // the suffix shares a token with what precedes it: trust that only for numbers (三村),
    // proper nouns with a multi-character suffix, or whole place tokens (a road name tagged ns)
    const prefix = text.slice(start, s);
    const left = tokens[i - 1];
    // (二号/桥, 1/x 号路/x: a numbered bridge or road after its place's name)
    const numeral = /^[\d一二三四五六七八九十]+号?$/.test(prefix) || (prefix === '号' && left !== undefined && /^\d{1,3}$/.test(left.word));
    const properOk = isProper(first) && (suffix.length > 1 || first.word.length >= 3);
    // "X/ns 山路/n": jieba split a road name across a proper first character
    // (a lone suffix character ends the name before it, unless nothing name-like precedes it: 在/p 浦/zg 建路)
    // (not the own district's level written alone: 镇/n 联村/n is the town's liaison for villages)
    const wordLike = left !== undefined && (isProper(left) || (/\p{Script=Han}/u.test(left.word) && !FUNCTION_TAGS.has(left.tag[0]) && !/^[镇区市县乡]$/.test(left.word))) && (!c.labelOf.has(left.word) || afterBoundary(tokens, i - 1));
    // "和某/x 某村/n": the character glued to a conjunction starts the name
    const gluedLeft = left !== undefined && prefix.length === 1 && left.word.length === 2 && /^[和与及]/.test(left.word) && (left.tag === 'x' || left.tag.startsWith('nr'));
    // (not inside a common word for the countryside: 和/c 美/ns 乡村/n)
    const splitName = !lex.genericNames.has(first.word) && (gluedLeft || (left !== undefined && prefix.length === 1 && left.word.length === 1 && (wordLike || (type === 'Place' && left.tag.startsWith('v') && (first.tag !== 'n' || afterLocating(tokens, i - 1, first)) && singleCharactersStartName(tokens, i - 1, lex)))));
    // "某某/n 河苑/x": an unknown two-character word ending in the suffix, continuing a nominal word
    // (镇村/x, 区县/x: two administrative levels, not a name)
    // (nor a function word glued to the suffix: 全部/n 经村/x, 示范带/n 内村/x)
    const unknownTail = type === 'Place' && first.tag === 'x' && first.word.length === 2 && !/^[镇乡区县市]$/.test(prefix) && !STOP_WORDS.has(prefix) && left !== undefined && /^\p{Script=Han}+$/u.test(left.word) && left.tag !== 'q' && (isNominal(left) || isProper(left)) && !STOP_WORDS.has(left.word);
    // "某某/x 科技园区/n": a compound ending in a multi-character suffix, after a proper name
    const compound = suffix.length > 1 && first.end - offset === e && left !== undefined && isProper(left) && !lex.genericModifiers.has(left.word);
    // "某区/ns 水务局/n", "区/n 交通委/nt": a word ending in a body's suffix right after a district
    // "某某/x 南路/ns": a direction and the suffix read as one word after the road's name
    // "浦/zg 北路/ns": or after a single character of the name
    const directional = /^[东南西北中]$/.test(prefix) && left !== undefined && type === 'Place'
      && (isProper(left) || (isSingleHan(left) && !STOP_WORDS.has(left.word) && !lex.verbsBeforeNames.has(left.word) && !FUNCTION_TAGS.has(left.tag[0])));
    const afterDistrict = type === 'Organisation' && left !== undefined && /(?:区|县|市|镇|乡|街道)$/.test(left.word) && (isProper(left) || left.word.length === 1);
    // "某弄/v 和/c 和/c 乐苑/x": after a conjunction, a second 和 is the first character of the name
    // "虬江/x 某某/ns 段": an unknown two-character name of a river or road, followed by its stretch
    const beforeStretch = type === 'Place' && first.tag === 'x' && first.word.length === 2 && first.end - offset === e && /^\p{Script=Han}{0,3}段/u.test(text.slice(e, e + 4)) && /[江河浜港泾塘路街]$/.test(suffix);
    // (or after any joiner, a verb or a preposition: "泉泾村与和桥村", "推动和桥村…": no left conjunct;
    // also where the rest is a common word: "甲路—和/c 顺路/n", "；和/c 顺路/n 以…")
    const doubledJoiner = type === 'Place' && prefix.length === 1 && left !== undefined && /^[和与]$/.test(left.word) && conjunctionStartsName(tokens, i - 1)
      && (first.tag === 'x' || (first.word.length === 2 && suffix.length === 1 && first.tag === 'n' && !lex.genericNames.has(first.word) && !CLOSING.test(tokens[i - 2]?.word ?? '')));
    // "镇融/x 媒体中心": the own district's abbreviation glued to the start of a body's name
    const ownDistrict = type === 'Organisation' && /^[镇区市县]$/.test(prefix);
    // "旅游局/n", "文化园/n": a dictionary word that is itself a kind of body or of place (not a
    // designation such as 示范村)
    const kindWord = first.word.slice(0, first.word.length - suffix.length);
    const bodyWord = first.end - offset === e && first.word.length >= 3 && isNominal(first) && !first.tag.startsWith('v')
      && (type === 'Organisation' || ((lex.placeFunctionWords.has(kindWord) || lex.genericModifiers.has(kindWord)) && !COMMUNITY_TITLES.test(kindWord)));
    // "康健路和漕宝路/n", "在漕宝路/n 沿线": a dictionary word for a road or village is a place where
    // it is listed with one of its kind or followed by its surroundings
    const dictionaryPlace = type === 'Place' && suffix.length === 1 && first.word.length === 3 && first.end - offset === e && /^(?:n|nz|l)$/.test(first.tag)
      && !lex.genericModifiers.has(prefix) && !lex.placeFunctionWords.has(prefix) && listedOrAlong(tokens, i, suffix, text.slice(e, e + 2));
    // "、张/q 泾河/ns": a surname read as a measure word after a boundary (no number before it) starts the name
    // (any character so read, before an unknown word with the suffix and no number before it: "完成/v 泓/q 桥路/x")
    const characterAsMeasure = type === 'Place' && left !== undefined && prefix.length === 1 && left.tag === 'q' && isSingleHan(left)
      && (lex.surnames.has(left.word) ? afterBoundary(tokens, i - 1) : first.tag === 'x' && (i < 2 || !isNumeric(tokens[i - 2])));
    // "塘桥/ns 新路/nz": a two-character proper word ending in the suffix after a place name
    // "新川/x 沙河/ns": likewise a river or a bridge after an unknown word (某某/x 石桥/ns; never-tuned Place FN -10, FP 0)
    const properPair = type === 'Place' && first.word.length === 2 && first.end - offset === e && isProper(first) && left !== undefined && (left.tag === 'ns' || (left.tag === 'nz' && /^[路街]$/.test(suffix)) ? /^[路街桥村苑]$/.test(suffix) : left.tag === 'x' && left.word.length === 2 && /^[河江湖港浜泾塘桥]$/.test(suffix) && !lex.genericNames.has(first.word));
    if (!numeral && !properOk && !splitName && !dictionaryPlace && !properPair && !characterAsMeasure && !unknownTail && !compound && !afterDistrict && !directional && !doubledJoiner && !beforeStretch && !ownDistrict && !bodyWord) return null;
    if (doubledJoiner || characterAsMeasure) start = tokens[--i].start - offset;
    if (characterAsMeasure) namedByWord = start;
  }
  const long = c.longOrg.has(suffix);
  const maxLen = long ? MAX_LEN.long : MAX_LEN[type];
  let joined = false;
  // "320/m 国道/n": national and provincial roads are named by their number
  const roadNumber = type === 'Place' && NUMBERED_ROAD_SUFFIX.test(suffix) && start === s ? tokens[i - 1] : undefined;
  if (roadNumber && /^[GS]?\d{1,4}$/.test(roadNumber.word)) {
    const from = roadNumber.start - offset;
    return { type, name: text.slice(from, e), start: offset + from, end: offset + e, kind: lex.placeKinds[suffix], suffixLength: suffix.length };
  }
  // "上海/ns 汇康/x 和/c 达/v 智能科技有限公司": a registered body's name runs from its region
  // "新浜镇/ns 农村人居环境整治提升/v 工作领导小组": a task force is named by its district and its task, verbs included
  const region = type !== 'Organisation' ? -1 : c.registered.has(suffix) ? registeredNameStart(tokens, i, c.labelOf, lex.leadVerbs) : long ? taskForceStart(tokens, i) : -1;
  if (region >= 0 && e - (tokens[region].start - offset) <= maxLen) {
    start = tokens[region].start - offset;
    i = 0;
  }
  // "“某某”平安志愿巡防队": a team named by a quote a few words before its suffix
  const quoted = region < 0 && c.quotedTeams.has(suffix) ? quotedTeamStart(tokens, i) : -1;
  if (quoted >= 0 && e - (tokens[quoted].start - offset) <= maxLen) {
    start = tokens[quoted].start - offset;
    i = 0;
  } else if (c.quotedTeams.has(suffix) && !teamOfNamedBody(tokens, i, c.labelOf)) {
    // "党员防汛志愿队", "社区志愿服务队": a team named neither by a quote nor by its body is no name
    return null;
  }
  const roadSuffix = type === 'Place' && lex.placeKinds[suffix] === 'road';
  // "事项/n 须报/n 镇政府/nt": a body whose word starts with the own district's level (镇政府, 区委) is named
  // from there; only a region or a proper name before it belongs to it
  const levelLed = type === 'Organisation' && /^(?:镇|区|街道)\p{Script=Han}/u.test(first.word) && first.start - offset === start && c.labelOf.get(lastSuffixOf(first.word, c.labelOf)) === 'Organisation';
  for (i = gluedConjunction ? -1 : i - 1; i >= 0; i--) {
    const t = tokens[i];
    if (levelLed && !isRegion(t, c.labelOf) && !isProper(t)) break;
    // "静安区/ns 委和/x 静安区/ns 文明办": a body's suffix glued to 和 ends the body before this one
    if (type === 'Organisation' && t.word.length === 2 && /[和与]$/.test(t.word) && t.tag === 'x' && c.labelOf.get(t.word[0]) === 'Organisation') break;
    // "某镇/ns 和/c 风/n 幼儿园": a one-character name after 和 and a region is 和 plus that character (和风幼儿园)
    if (type === 'Organisation' && /^[和与]$/.test(t.word) && s - start === 1 && i > 0 && isRegion(tokens[i - 1], c.labelOf)) {
      start = t.start - offset;
      continue;
    }
    if (type === 'Place' && innerConjunction(tokens, i, lex) && e - (tokens[i - 1].start - offset) <= maxLen) {
      start = tokens[--i].start - offset;
      joined = true;
      continue;
    }
    // "某街道“某某”建设工作领导小组", "“某某”志愿服务队": a quoted segment inside a body's name
    const open = (long || c.quotedTeams.has(suffix)) && t.word === '”' ? openingQuote(tokens, i) : -1;
    if (open > 0 && e - (tokens[open].start - offset) <= maxLen) {
      i = open;
      start = tokens[open].start - offset;
      // a long body's name goes on to its district; a team's ends with its quoted name
      if (long) continue;
      break;
    }
    // "劳动关系和调解仲裁管理科": a bureau's section is named by the two fields it covers
    // "委/zg 机关/n 综合规划科": a section's name starts after its body's headquarters
    if (type === 'Organisation' && SECTION_SUFFIX.test(suffix) && t.word === '机关') break;
    // (not two sections: 执法科和测绘管理科)
    // (and a committee by its two fields: 区政协社会和法制委员会, 区发展和改革委员会)
    if (type === 'Organisation' && (SECTION_SUFFIX.test(suffix) || (suffix === '委员会' && i > 0 && !tokens[i - 1].word.endsWith('会议'))) && /^[和与]$/.test(t.word) && i > 0 && (isNominal(tokens[i - 1]) || lex.orgFunctionWords.has(tokens[i - 1].word)) && !isPunct(tokens[i - 1]) && !c.labelOf.has(lastSuffixOf(tokens[i - 1].word, c.labelOf)) && !SECTION_SUFFIX.test(tokens[i - 1].word)) continue;
    // "某区绿化和市容管理局", "上海某和某科技有限公司", "某大学农业与生物学院": 和/与 inside a body's
    // name that begins with a region or with the body it belongs to
    if (type === 'Organisation' && /^[和与]$/.test(t.word) && i > 0 && !c.labelOf.has(lastSuffixOf(tokens[i - 1].word, c.labelOf))) {
      const region = regionBefore(tokens, i, c.labelOf);
      // (not across a post and its holder: "某中心/nt 主任/n 某某/x 与/p 医院": the person works with the body)
      const holder = region >= 0 && tokens.slice(region + 1, i).some((u) => c.titleWords.has(u.word));
      if (region >= 0 && !holder && e - (tokens[region].start - offset) <= maxLen) {
        i = region;
        start = tokens[i].start - offset;
        // (a verbal noun before the region is the sentence's: 核查/vn 某区/ns 人力资源和社会保障局)
        if (i > 0 && tokens[i - 1].tag === 'vn' && isRegion(tokens[i], c.labelOf)) break;
        continue;
      }
    }
    // "事项/n 须报/n 街道/n 党工委": a region starts the body's name; common words before it are the sentence's
    if (type === 'Organisation' && (t.tag === 'ns' || /^(?:镇|区|市|县|街道)$/.test(t.word)) && isRegion(t, c.labelOf) && i > 0 && !isRegion(tokens[i - 1], c.labelOf) && !isProper(tokens[i - 1]) && tokens[i - 1].tag !== 'x' && e - (t.start - offset) <= maxLen) {
      start = t.start - offset;
      break;
    }
    // "上海/ns 晟/g 凉/v 物业管理有限公司": single characters after a region are the body's own name
    if (type === 'Organisation' && isSingleHan(t) && !STOP_WORDS.has(t.word) && !isPunct(t) && regionAcrossSingles(tokens, i, c.labelOf) && e - (t.start - offset) <= maxLen) {
      start = t.start - offset;
      continue;
    }
    // "上海/ns 应用/v 技术大学": after a region, a verb is part of a body's name
    if (type === 'Organisation' && t.tag.startsWith('v') && i > 0 && isRegion(tokens[i - 1], c.labelOf) && !lex.leadVerbs.has(t.word) && !FOUNDING_VERBS.has(t.word)) {
      start = t.start - offset;
      continue;
    }
    // "推动/v 和/c 桥村股份经济合作社", "；和/c 兴村/x 股份经济合作社": 和 with nothing to join on its
    // left starts the name
    const nameAfter = tokens[i + 1];
    // (or a single character before the suffix, which is no name on its own: "、和/c 庄/nr 村")
    // (a place's one character before any suffix: "、和/c 逸/zg 家园"; after a verbal noun too: "建设/vn 和/c 源坊/x")
    // (not after a phase's work, which ends a programme's name: 某园二期建设/vn 和/c 某公园)
    const placeAfterVerbalNoun = type === 'Place' && tokens[i - 1]?.tag === 'vn' && !/期$/.test(tokens[i - 2]?.word ?? '');
    // (not before an unknown two-character name and a suffix of its own after a verb: 提升/v 和/c 钟湄/x 故居 joins two works)
    const wholeNameAfter = nameAfter !== undefined && nameAfter.word.length === 2 && nameAfter.end - offset === s && suffix.length >= 2;
    if (/^[和与]$/.test(t.word) && (conjunctionStartsName(tokens, i) || placeAfterVerbalNoun) && nameAfter !== undefined && ((nameAfter.tag === 'x' && nameAfter.word.length <= 2 && !(wholeNameAfter && !placeAfterVerbalNoun)) || (isSingleHan(nameAfter) && nameAfter.end - offset === s && (suffix.length === 1 || type === 'Place'))) && e - (t.start - offset) <= maxLen) {
      start = t.start - offset;
      break;
    }
    // "完成/v 中/f 山南/ns 一路", "在/p 中/f …": 中 right after a verb, a preposition or a boundary, before a proper word, is the name's first character
    // (or after a list's 、 before a single character: "、中/f 城/n 智能制造科技园")
    if (t.word === '中' && type === 'Place' && i > 0 && (isProper(tokens[i + 1]) || (tokens[i - 1].word === '、' && isSingleHan(tokens[i + 1]))) && (isPunct(tokens[i - 1]) || /^[vp]/.test(tokens[i - 1].tag)) && e - (t.start - offset) <= maxLen) {
      start = t.start - offset;
      break;
    }
    // "联星村、向/p 荣/nr 村": in a list of places of one kind, a stop word after the joiner is the
    // first character of the next name (not a preposition opening the list: "，向甲里、乙里推广")
    // (stop words that start names: 向荣村, 前进村, 中兴路; not particles: 的, 了)
    if (type === 'Place' && /^[向经共前后内中上下外里]$/.test(t.word) && i >= idx.at[s] - 2 && tokens.slice(i + 1, idx.at[s]).every(isSingleHan) && /^[和与及、]$/.test(tokens[i - 1]?.word ?? '') && listedWithSameKind(tokens, i, idx.at[s], suffix) && e - (t.start - offset) <= maxLen) {
      start = t.start - offset;
      namedByWord = listedStopWordStart = start;
      break;
    }
    // "某路1288号慈荫禅寺": an address before a venue's own name is not part of it
    if (type === 'Place' && (/^\d+[号弄]$/.test(t.word) || (/^[号弄]$/.test(t.word) && i > 0 && /^\d+$/.test(tokens[i - 1].word))) && e - (t.end - offset) >= suffix.length + 2) break;
    // (the same with 号 glued to the venue's first characters: 388/m 号德馨/x 大厦)
    if (type === 'Place' && t.tag === 'x' && /^[号弄]\p{Script=Han}+$/u.test(t.word) && i > 0 && /^\d+$/.test(tokens[i - 1].word)) {
      start = t.start + 1 - offset;
      break;
    }
    // "仓前/x 里/f 商业街": a lane's 里 after an unknown or proper word is inside the name, not "in"
    const laneLi = type === 'Place' && t.word === '里' && i > 0 && (tokens[i - 1].tag === 'x' || isProper(tokens[i - 1])) && tokens[i - 1].end === t.start && e - (tokens[i - 1].start - offset) <= maxLen;
    if (laneLi) {
      start = t.start - offset;
      continue;
    }
    // (nor a time word: 月底/t 前报/x 指挥部)
    if (isPunct(t) || STOP_WORDS.has(t.word) || lex.routeWords.has(t.word) || (t.tag === 't' && t.word.length >= 2)) break;
    // "某某示范区/n 某路/x": an area's kind word ends that area's name; the road is named after it, not with it
    if (roadSuffix && t.word.length >= 3 && AREA_KINDS.has(lex.placeKinds[t.word] ?? '')) break;
    // "地址：某区/ns 某路": a road is named without the district or town it runs through
    if (roadSuffix && t.word.length >= 3 && isRegion(t, c.labelOf) && t.word !== '上海') break;
    // "西起经/x 一路", "跨横/x 泾河": a route word glued to the name's first character
    const route = t.tag === 'x' ? routeWordStarting(t.word, lex) : '';
    if (route) {
      if (e - (t.start + route.length - offset) <= maxLen) start = t.start + route.length - offset;
      break;
    }
    // "社工到区/x 信访办", "某路和某山/nr 路": jieba glued a function word to the start of a name
    // "某浦和/ns 某塘": a word ending in a place suffix and a conjunction ends the previous name
    // "某局对/x 某旧居": the same, ending the body's name before this one
    if (t.word.length > 1 && (/[和及与]$/.test(t.word) ? c.labelOf.get(t.word.slice(-2, -1)) === 'Place' : t.tag === 'x' && GLUED_AFTER.test(t.word.slice(-1)) && c.labelOf.has(t.word.slice(-2, -1)))) {
      if (t.end - offset < s) start = t.end - offset;
      break;
    }
    if (type === 'Place' && t.tag === 'x' && t.word.length >= 2) {
      // "指以/x 村为/x": an unknown word ending in a preposition ends before the name
      if (GLUED_AFTER_PREPOSITION.test(t.word)) break;
      // "蔡桥/x 村施/x 少梅/x 故居": the previous place's suffix glued to the start of this name
      // (not after a 镇/街道 written out: 某镇/ns 港东/x 长者照护之家 is 港东's)
      // (nor after a known place: 嘉定/ns 汇龙/x 数据中心, 江桥/ns 汇金/x 广场 name no 嘉定汇)
      // (and the rest a leading verb: "康乐/nr 苑新设/x 普惠性托育点": no name of its own after the verb)
      if (c.labelOf.get(t.word[0]) === 'Place' && lex.leadVerbs.has(t.word.slice(1))) {
        start = t.end - offset;
        break;
      }
      if (c.labelOf.get(t.word[0]) === 'Place' && !/[和及与]/.test(t.word) && i > 0 && (isProper(tokens[i - 1]) || tokens[i - 1].tag === 'x') && !(tokens[i - 1].tag === 'ns' && !COMMON_ONE_CHARACTER_SUFFIX.test(t.word[0])) && /^\p{Script=Han}+$/u.test(tokens[i - 1].word) && !/(?:镇|街道|乡|区|县)$/.test(tokens[i - 1].word)) {
        if (e - (t.start + 1 - offset) <= maxLen) start = t.start + 1 - offset;
        break;
      }
    }
    // "某司法所在/b 某路": a body's suffix whose last character jieba read with a preposition ends
    // that body; this name starts after it
    if (t.word.length === 2 && GLUED_AFTER.test(t.word[1]) && c.labelOf.get(lastSuffixOf(text.slice(Math.max(0, t.start - offset - 7), t.start - offset + 1), c.labelOf)) === 'Organisation') {
      if (t.end - offset < s) start = t.end - offset;
      break;
    }
    // "金山区/ns 交通委/nt 新开通/nz 镇村": a body's name is not part of a place after it
    // (but a body's own home for its members is named by the body: 上海某某有限公司职工之家)
    if (type === 'Place' && (t.tag === 'nt' || t.word.length >= 3) && c.labelOf.get(lastSuffixOf(t.word, c.labelOf)) === 'Organisation' && !suffix.endsWith('之家')) break;
    // "某村和北/x 唐村": the previous name, the conjunction and this name's first character
    const inner = t.tag === 'x' ? t.word.search(/[和及与]/) : -1;
    if (type === 'Place' && inner > 0 && inner < t.word.length - 1 && c.labelOf.get(t.word[inner - 1]) === 'Place') {
      if (e - (t.start + inner + 1 - offset) <= maxLen) start = t.start + inner + 1 - offset;
      break;
    }
    // (after a boundary the character is no function word: "在/p 和睦/nr 村")
    const leftConjunct = i > 0 && !isPunct(tokens[i - 1]) && !STOP_WORDS.has(tokens[i - 1].word) && !FUNCTION_TAGS.has(tokens[i - 1].tag[0]);
    // (a preposition opens a clause even after punctuation: "，为衡/x 嘉/nr 大厦": 为 serves the building)
    const clausePreposition = /^[为对向把将从]/.test(t.word) && t.tag === 'x' && i > 0 && isPunct(tokens[i - 1]);
    if (GLUED_FUNCTION_WORD.test(t.word) && (t.tag === 'x' || t.tag.startsWith('nr')) && (leftConjunct || clausePreposition)) {
      if (e - (t.start + 1 - offset) <= maxLen) start = t.start + 1 - offset;
      break;
    }
    // "用/p 好/a 区/n 图书馆", "用/p 好川融/x 中心": the complement 好 of a one-character verb (用好, 管好) ends the
    // clause's verb; "涉及/v 的翊虹/x 花园": so does a 的 jieba glued to the name
    if (t.word[0] === '的' || (t.word[0] === '好' && i > 0 && /^[用管建抓办做守护看]$/.test(tokens[i - 1].word))) {
      if (t.word.length > 1 && t.tag === 'x' && e - (t.start + 1 - offset) <= maxLen) start = t.start + 1 - offset;
      break;
    }
    // "用/p 好/a 康健/nr 新村…": a one-character complement of the verb before a proper name (用好, 建强)
    if (isSingleHan(t) && /^[ad]/.test(t.tag) && i > 0 && /^[vp]/.test(tokens[i - 1].tag) && i + 1 < tokens.length && isProper(tokens[i + 1])) break;
    // "代表某某人民政府": on behalf of a named body, the verb is not part of its name
    if (t.word === '代表' && tokens[i + 1] && (isProper(tokens[i + 1]) || isRegion(tokens[i + 1], c.labelOf))) break;
    // "某镇优化营商环境工作专班": a verb right after the district's name is part of the body's name
    // (and the verb of the task right before the suffix, after a common word: 重大产业项目推进/v 专班;
    // not a person's leading it: 主任某某某/x 带领/v 专班)
    const taskVerb = i > 0 && i === idx.at[s] - 1 && start === s && isNominal(tokens[i - 1]) && !/^(?:x|nr)/.test(tokens[i - 1].tag);
    const ownVerb = long && lex.leadVerbs.has(t.word) && !FOUNDING_VERBS.has(t.word) && i > 0 && (isProper(tokens[i - 1]) && /(?:镇|街道|区|市|县)$/.test(tokens[i - 1].word) || taskVerb);
    // (so for a team or alliance named by what it does: 某某文体共建/v 联盟, 某某产业创新/v 联盟)
    // (after a noun of the field, not a time word: 书记某某每季度/l 召集/v 联盟)
    const teamVerb = c.quotedTeams.has(suffix) && t.tag.startsWith('v') && !FOUNDING_VERBS.has(t.word) && taskVerb && /^(?:n|nz|vn|ns|nt|j)$/.test(tokens[i - 1].tag);
    // "丰收/v 路 88弄": a word of any kind right before a road with a house number names the road
    const numberedRoad = type === 'Place' && i === idx.at[s] - 1 && /^[路街]$/.test(suffix) && HOUSE_NUMBER.test(text.slice(e)) && t.word.length === 2 && /^\p{Script=Han}+$/u.test(t.word) && !lex.leadVerbs.has(t.word) && !STOP_WORDS.has(t.word);
    // "某村/zg 某某/x 旧宅", "胜利村/n 某某/x 旧宅": a word ending in a place suffix before a person's
    // name ends the previous place, when this one is a building named after the person
    if (type === 'Place' && BUILDING_KINDS.has(lex.placeKinds[suffix] ?? '') && c.labelOf.get(t.word.slice(-1)) === 'Place' && i + 1 < idx.at[s] && ((/^(?:x|nr)/.test(tokens[i + 1].tag) && tokens[i + 1].word.length >= 2) || (tokens[i + 1].tag.startsWith('nr') && tokens[i + 2]?.word === '氏'))) break;
    // "、前进/v 村", "在胜利/v 村", "修缮前进/v 村": a common word names a village or road after a
    // list, a locative or a verb
    // (even a lead verb, "胜利村与联合/v 村", when listed next to a place of the same kind)
    // (the word and the suffix, not a word and a longer name: 辖区/n 榆泾浜/x)
    const commonWordName = type === 'Place' && i === idx.at[s] - 1 && suffix.length === 1 && /^[村路街桥浜港河泾塘]$/.test(suffix) && t.word.length === 2 && /^\p{Script=Han}+$/u.test(t.word)
      && tokens[idx.at[s]].start - offset === s && !lex.genericModifiers.has(t.word)
      && !FUNCTION_TAGS.has(t.tag[0] === 'v' ? 'x' : t.tag[0]) && (!lex.leadVerbs.has(t.word) || (tokens[idx.at[s]].start - offset === s && listedWithSameKind(tokens, i, idx.at[s], suffix))) && !STOP_WORDS.has(t.word) && !COMMUNITY_TITLES.test(t.word) && (i === 0 || isPunct(tokens[i - 1]) || LOCATIVE_LEAD.has(tokens[i - 1].word) || tokens[i - 1].tag.startsWith('v'));
    if (numberedRoad || commonWordName) {
      start = t.start - offset;
      namedByWord = start;
      continue;
    }
    // "某区/ns 重大/a 工程建设推进中心", "上海/ns 某某/x 应用/v 技术学院": a describing word a word or two after
    // a district's or the city's name is inside the body's name that starts there
    // (so does a centre's: 某区非物质文化遗产保护/v 中心, 某镇矛盾纠纷调处/v 化解/v 中心, which is that district's body)
    // (not a facility named by what is handled there: 某区冷链物流集配/vn 中心)
    const centre = type === 'Place' && suffix === '中心' && !facilityCentre(tokens[idx.endAt[s] ?? -1]?.word, lex);
    const region = (type === 'Organisation' || centre) && !long ? describedAfterRegion(tokens, i, lex, c.labelOf) : -1;
    if (region >= 0 && e - (tokens[region].start - offset) <= MAX_LEN.Organisation) {
      i = region;
      start = tokens[region].start - offset;
      describedCentre ||= centre;
      continue;
    }
    if (long ? !ownVerb && (FOUNDING_VERBS.has(t.word) || lex.leadVerbs.has(t.word) && t.word !== '打造') : !teamVerb && !extendsName(t, tokens[i + 1], lex, type, tokens[i - 1]) && !(type === 'Place' && singleCharactersStartName(tokens, i, lex))) {
      // "、承/v 庆/vg 居民区新时代文明实践站": a body named by its community, whose name jieba cut into characters
      if (type !== 'Place' && communityAfterCharacters(tokens, i) && singleCharactersStartName(tokens, i, lex)) {
        for (let n = 0; n < 2 && i > 0 && isSingleHan(tokens[i - 1]) && !STOP_WORDS.has(tokens[i - 1].word); n++) i--;
        // "、和/c 庆/x 居民区…": 和 with nothing to join on its left starts the name
        if (i > 0 && /^[和与]$/.test(tokens[i - 1].word) && conjunctionStartsName(tokens, i - 1)) i--;
        start = tokens[i].start - offset;
      }
      break;
    }
    if (e - (t.start - offset) > maxLen) break;
    start = t.start - offset;
  }
  // leading generic words ("推进重点", "各类") are context, not name
  while (start < s && start !== namedByWord) {
    const ti = idx.startAt[start];
    if (ti === undefined) break;
    const w = tokens[ti].word;
    // (a measure word only after a number, or the 段 of a stretch: "；泓/q 岳/nr 中心" starts with the name)
    // (jieba may tag the measure a noun: 2/x 条/n 里弄)
    // (or after a grade written with letters: “5A级社区事务受理中心”, AAAA级景区)
    const afterNumber = ti > 0 && (isNumeric(tokens[ti - 1]) || isGradeLetters(tokens, ti - 1));
    const measure = (tokens[ti].tag === 'q' && (afterNumber || w === '段')) || (afterNumber && w.length === 1 && COUNT_MEASURE.test(w));
    if (characterReadAsNumber(tokens[ti]) && !afterNumber) break;
    // "辖区内有/x 三级医院": an unknown word ending in 有/是 is the sentence's verb glued to what precedes it
    const gluedVerb = tokens[ti].tag === 'x' && w.length === 2 && /[有是]$/.test(w);
    // "用/p 好/a 辖区/n 剧场": a verb's one-character complement before generic words
    const complement = w.length === 1 && tokens[ti].tag === 'a' && ti > 0 && /^[vp]/.test(tokens[ti - 1].tag) && lex.genericModifiers.has(tokens[ti + 1]?.word ?? '');
    // "辖区内/x 老旧": a locative glued to a generic word ("内老旧/x 住宅小区") is context too
    const gluedLocative = tokens[ti].tag === 'x' && /^[内外]/.test(w) && lex.genericModifiers.has(w.slice(1));
    // ("文物保护/n 单位/n 某某大楼": a generic modifier jieba cut in two)
    const pair = tokens[ti + 1] !== undefined && tokens[ti + 1].end - offset <= s && lex.genericModifiers.has(w + tokens[ti + 1].word) ? tokens[ti + 1] : undefined;
    if (pair) {
      start = pair.end - offset;
      continue;
    }
    if (!lex.genericModifiers.has(w) && !lex.leadVerbs.has(w) && !isNumeric(tokens[ti]) && !measure && !gluedVerb && !gluedLocative && !complement) break;
    // "商业/n 一村/n", "工农/n 三村": a numbered estate is named by the word before its number
    if (lex.genericModifiers.has(w) && NUMBER_ONLY.test(text.slice(tokens[ti].end - offset, s))) break;
    // "新/a 汇联/x 百货", "新/a 汇隆/nz 百货": 新/老 before a proper or unknown word is the name's own first character
    if ((w === '新' || w === '老') && tokens[ti + 1] !== undefined && isProper(tokens[ti + 1]) && tokens[ti + 1].end - offset <= s && /^\p{Script=Han}{2,}$/u.test(tokens[ti + 1].word)) break;
    // "千/m 某村/n": a numeral character glued to the name's next word is part of the name
    const next = tokens[ti + 1];
    if (/^[一二两三四五六七八九十百千万]$/.test(w) && next && next.start - offset < s && next.tag !== 'q' && /^\p{Script=Han}+$/u.test(next.word)) break;
    if (CHINESE_NUMERAL_NAME.test(w) && tokens[ti].end - offset === s && suffix.length > 1) break; // 七六|广场: a numeral name
    start = tokens[ti].end - offset;
  }
  // "书记某某任某委员会主任": a post holder and the verb 任 precede the body's name
  if (type === 'Organisation') {
    const appointed = appointedPrefix(text.slice(start, s), lex);
    if (appointed > 0) start += appointed;
  }
  // a function word or measure word glued to the name by jieba ("以X", "个X") is not part of it
  // (a dictionary word that starts with one is the name: 向阳/nr 村, 家庭医生/n 工作室)
  // (将 as in 将某湖打造成…; 于 only after the verb it completes, 选址于某路: it is also a surname, 于家宅)
  // (nor a unit's name that starts with one: 向化镇)
  while (start < s - 1 && start !== listedStopWordStart && (LEADING_NOISE.test(text[start]) || (text[start] === '于' && AFTER_VERB_YU.test(text.slice(Math.max(0, start - 1), start)))) && !dictionaryWordAt(start, tokens, idx) && !unitNameAt(start, tokens, idx)) start++;
  // "21号线/x 某路站": the 线 of a line's number glued to the name
  if (start < s - 1 && text[start] === '线' && text[start - 1] === '号') start++;
  // "2025/m 年青/n 村镇/n": the date's 年 glued to the name
  if (start < s - 1 && /[年月日]/.test(text[start]) && /\d/.test(text[start - 1] ?? '')) start++;
  const name = text.slice(start, e);
  const specific = text.slice(start, s);
  if (EXPRESSWAY_SUFFIX.test(suffix) && !ROUTE_CODE.test(name)) return null;
  if (DOC_NUMBER_AFTER.test(text.slice(e, e + 12))) return null;
  // 大格局, 网办: the suffix is the end of another word
  // (a word, not the end of one: 某村委 is not a body, 农业农村/委 is)
  // (or the end of one token: 新格局/nt)
  if (type === 'Place' && lex.notPlaceEndings.some((w) => name.endsWith(w))) return null;
  if (type === 'Organisation' && lex.notOrgEndings.some((w) => name.endsWith(w) && (idx.startAt[e - w.length] !== undefined || tokens[idx.at[e - 1]].word.endsWith(w)))) return null;
  // "城管社区工作室", "婚姻家庭调解工作室": a kind of studio named by common words only is no one body
  // (so is a kind of firm, 消费金融公司, 供应链管理公司: none of 10 such labelled in the never-tuned documents)
  if (type === 'Organisation' && (name.endsWith('工作室') || (suffix === '公司' && !/(?:有限|责任)$/.test(specific))) && commonWordsOnly(specific)) return null;
  // "游客驿站", "政务服务驿站": a kind of service point named by common words only is none (names.json namedOnlyPlaceSuffixes)
  if (type === 'Place' && lex.namedOnlyPlaceSuffixes.has(suffix) && commonWordsOnly(specific)) return null;
  // "各居民区人民调解委员会", "每一个小区": a body or place of each of a kind is no name
  if (/[各每]$/.test(text.slice(0, start)) || /^[各每]/.test(name)) return null;
  // "在某某路街道试点": a place read from the head of a subdistrict's name is that subdistrict, not the place
  if (type === 'Place' && text.startsWith('街道', e)) return null;
  // "农机服务中心2个", "16个街道…服务中心", "全市公共图书馆": a kind of body or place, counted or across an area
  if (namesAKind(type, name, specific, text, start, e)) return null;
  // "获评上海市健康村", "获评全国模范司法所": an honour conferred on a place or body is a title, not a place or body
  // (the bodies that confer it may be listed right after the verb: 获评国家某某局、某某委…联合命名的…)
  if (idx.at[start] > 0 && lex.awardVerbs.has(tokens[idx.at[start] - 1].word) && (type === 'Place' || text[e] !== '、')) return null;
  // (an honour quoted after the region that confers it: 获评全国“枫桥式公安派出所”)
  if (awardedInQuotes(text, start, lex)) return null;
  // one character left of a word jieba glued it into ("个入/x 河") is not a name
  if (suffix.length === 1 && specific.length === 1 && tokens[idx.at[start]].start - offset !== start && idx.at[start] !== idx.at[s]) return null;
  // "新时代文明实践园区": a policy's facility, named by the policy, is not a place of its own
  if (type === 'Place' && lex.policies.has(nameKey(specific))) return null;
  if (suffix.length === 1 && specific.length === 1 && !isProper(tokens[idx.at[start]])) return null;
  // "进/v 社区", "涉/v 河": a verb of one character before a kind of place is the sentence's, no name
  // (立/v 新村/n is 立新村: 新 starts the suffix and may end the name)
  if (type === 'Place' && specific.length === 1 && suffix[0] !== '新' && tokens[idx.at[start]]?.word === specific && /^[vpcd]$/.test(tokens[idx.at[start]].tag) && listedStopWordStart !== start) return null;
  // "四个村", "两座桥": a count of a kind of place names none
  if (type === 'Place' && CHINESE_COUNT.test(specific)) return null;
  // "排/v 摸入/v 河": a run of verbs before a kind of place is what the sentence does (排摸入河排污口), no name
  if (type === 'Place' && listedStopWordStart !== start && onlyVerbs(wholeTokens(idx, start, s))) return null;
  // "混合”型/k 街区", "下沉式/k 广场": a word-forming suffix (型, 式) ends the word before it, it names nothing
  // ("紧密/a 型/k 教育集团": nor does a name start with one)
  // (after a boundary the character is the name's own: 。者/k 那村/x)
  const kAt = idx.at[start];
  if (tokens[kAt]?.tag === 'k' && tokens[kAt].start - offset === start && kAt > 0 && (!isPunct(tokens[kAt - 1]) || /^[”）)》]$/.test(tokens[kAt - 1].word))) return null;
  // a name of two or more Chinese numerals before a multi-character suffix (e.g. 七六广场) is a name, not a count
  const numeralName = CHINESE_NUMERAL_NAME.test(specific) && suffix.length > 1;
  // a body of the document's own district (镇某某中心) is named by its kind
  // (a level's own institution too, read as a place until levelCentres makes it its body: 区图书馆)
  const ownBody = /^(?:镇|区|市|县|街道)$/.test(specific) && (type === 'Organisation' || LEVEL_CENTRE.test(name));
  // "西南片区", "东北部片区": an area named by its direction alone is part of the district described, not a place
  if (type === 'Place' && DIRECTION_ONLY.test(specific) && /^(?:片区|区域)$/.test(suffix)) return null;
  // "商业一村", "工农三村": an estate numbered after a common word is named by both
  const numberedEstate = type === 'Place' && suffix === '村' && NUMBERED_AFTER_WORD.test(specific);
  if (!ownBody && (!specific || lex.genericModifiers.has(specific) || (!numeralName && !numberedEstate && !hasSpecificWord(specific, start, offset, tokens, idx, lex)))) return null;
  // 律师事务所 on its own is a kind of body (its suffix 事务所 after 律师), not one body
  // (社区卫生服务中心 alone is every community's centre: only the district's name before it names one)
  if (lex.genericNames.has(name) || (lex.genericNames.has(specific) && !ownBody && !SECTION_SUFFIX.test(suffix)) || (c.labelOf.has(name) && !SECTION_SUFFIX.test(name)) || lex.orgContextOnly.has(name) || lex.standaloneOrgs.has(name)) return null;
  // "某镇学校", "某镇部分中小学": the schools of a district, not one school
  // (大中小学, 中小学 end in the suffix 小学, so the kind is read off the name's end)
  const plural = type === 'Organisation' ? pluralKindAtEnd(name, lex) : undefined;
  if (plural && (name === plural || regionAndModifiersOnly(start, e - plural.length, offset, tokens, idx, c.labelOf, lex))) return null;
  if (COMMUNITY_SUFFIXES.has(suffix) && !namedCommunity(specific, start, offset, tokens, idx, joined, suffix, lex)) return null;
  const road = type === 'Place' ? placeBeforeSurroundings(name, c) || roadBeforeGenericTail(name, lex) : 0;
  if (road > 0) return { type, name: name.slice(0, road), start: offset + start, end: offset + start + road, kind: lex.placeKinds[name.slice(0, road).match(c.suffixAtEnd)?.[0] ?? ''], suffixLength: 0 };
  // "某公路某村段": the stretch of a road or river named after a place it passes
  const stretch = type === 'Place' ? STRETCH.exec(name) ?? (text[e] === '段' ? LOCAL_STRETCH.exec(name) : null) : null;
  if (stretch) return { type, name: stretch[1], start: offset + start, end: offset + start + stretch[1].length, kind: lex.placeKinds[stretch[2]], suffixLength: stretch[2].length };
  if (describedCentre || centreNamedByWork(s, suffix, text, tokens, idx, lex)) return { type: 'Organisation', name, start: offset + start, end: offset + e, suffixLength: suffix.length };
  return { type, name, start: offset + start, end: offset + e, kind: type === 'Place' ? lex.placeKinds[suffix] : undefined, suffixLength: suffix.length };
}

/** Two or more tokens, all verbs (v), one of them of two or more characters. (One verb alone is often a village's name: 前进/v 村, 富强/v 村.) */
function onlyVerbs(run: Token[] | undefined): boolean {
  return run !== undefined && run.length >= 2 && run.every((t) => t.tag === 'v') && run.some((t) => t.word.length >= 2);
}

const appointedFor = new WeakMap<Lexicon, RegExp>();
/** Length of a "title + person + 任" lead-in inside a name's specific part, or 0. */
function appointedPrefix(specific: string, lex: Lexicon): number {
  let re = appointedFor.get(lex);
  if (!re) {
    re = new RegExp(`^.*(?:${alternation(lex.titles)})[\\p{Script=Han}]{2,3}?(?:兼任|担任|任)`, 'u');
    appointedFor.set(lex, re);
  }
  return re.exec(specific)?.[0].length ?? 0;
}

/**
 * "、承/v 庆/vg 居民区", "和/c 庆/vg 居民区": a community name jieba does not know, cut into two or three
 * characters of any kind but a function word's (各/r 个/q 居民区 is "each"), 和 only first.
 */
function cutIntoCharacters(specific: string, from: number, tokens: Token[], idx: TokenIndex, lex: Lexicon): boolean {
  if (specific.length > 3) return false;
  for (let k = from; k < from + specific.length; k++) {
    const t = tokens[idx.at[k]];
    if (!isSingleHan(t) || lex.verbsBeforeNames.has(t.word) && !(k === from && /^[和与]$/.test(t.word))) return false;
    // (a first character read as a measure word with no number before it is the name's: 、番/q 禾/n 居民区)
    const measureFirst = t.tag === 'q' && k === from && !(idx.at[k] > 0 && isNumeric(tokens[idx.at[k] - 1]));
    if ((/^[rqmpudyeof]/.test(t.tag) && !measureFirst) || (t.tag === 'c' && k !== from) || (STOP_WORDS.has(t.word) && k !== from)) return false;
  }
  return true;
}

/**
 * "荻花苑居委会", "某某新苑居委会": a 居委会 or 居民区 named by its estate (苑, 花园, 新村…) is named, whatever
 * words the estate's name is made of, unless that is a verb's or a kind's (老旧小区居委会).
 */
function namedEstate(specific: string, from: number, offset: number, tokens: Token[], idx: TokenIndex, lex: Lexicon): boolean {
  const estate = lex.placeSuffixes.find((s) => specific.endsWith(s) && lex.placeKinds[s] === 'residential' && !COMMUNITY_SUFFIXES.has(s) && s.length < specific.length - 1);
  if (!estate) return false;
  const stem = specific.slice(0, -estate.length);
  if (lex.genericNames.has(stem) || lex.genericModifiers.has(stem) || lex.genericNames.has(specific)) return false;
  for (let k = from; k < from + stem.length; ) {
    const t = tokens[idx.at[k]];
    if (/^[vpcdmuqr]/.test(t.tag) || isPunct(t)) return false;
    k = Math.max(k + 1, t.end - offset);
  }
  return true;
}

/** 南门居民区, 古楼社区: the specific part is made of names and nouns, not a verb (建强居民区) or a designation (科普社区). */
function namedCommunity(specific: string, from: number, offset: number, tokens: Token[], idx: TokenIndex, joined: boolean, suffix: string, lex: Lexicon): boolean {
  if (specific.length < 2 || COMMUNITY_TITLES.test(specific)) return false;
  if (cutIntoCharacters(specific, from, tokens, idx, lex)) return true;
  if (suffix !== '社区' && namedEstate(specific, from, offset, tokens, idx, lex)) return true;
  let proper = false;
  let loose = 0;
  for (let k = from; k < from + specific.length; ) {
    const t = tokens[idx.at[k]];
    // "甪/zg 浦/zg 居委会": characters jieba could not place are a name it does not know;
    // "团结/a 居民区": so is a two-character adjective that is not a generic modifier
    const looseCharacter = t.word.length === 1 && /\p{Script=Han}/u.test(t.word) && /g$/.test(t.tag);
    const namingAdjective = t.tag === 'a' && t.word.length === 2 && !lex.genericModifiers.has(t.word) && !COMMUNITY_TITLES.test(t.word);
    // 和 inside the name (see innerConjunction)
    if (!COMMUNITY_TAGS.test(t.tag) && !isProper(t) && !looseCharacter && !namingAdjective && !(joined && t.word === '和')) return false;
    if (DICTIONARY_PROPER.test(t.tag)) proper = true;
    if (looseCharacter && ++loose >= 2 && suffix !== '社区') proper = true;
    // 居民区/居委 are not used generically the way 社区 is: an unknown word before them is a name
    if (suffix !== '社区' && t.tag === 'x' && /^\p{Script=Han}{2,}$/u.test(t.word) && !lex.leadVerbs.has(t.word)) proper = true;
    k = Math.max(k + 1, t.end - offset);
  }
  // (a name of numerals, 五四居民区, as a dictionary name would be)
  if (suffix !== '社区' && CHINESE_NUMERAL_NAME.test(specific)) proper = true;
  // without a dictionary proper name, "社区" after a common word is usually generic (利用社区资源):
  // trust it only where a location or a list item is introduced, or where a table cell starts with it
  let b = idx.at[from] - 1;
  while (b >= 0 && /^\s+$/.test(tokens[b].word)) b--;
  const before = tokens[b];
  return proper || (before !== undefined && (LOCATIVE_LEAD.has(before.word) || before.word === '|'));
}

/**
 * "推进某和一村…" (jieba: 某/n 和/c 一村/n): 和 read as a conjunction would leave a single character
 * as the whole left conjunct, right after a verb or a boundary; coordination joins words, so the
 * character and 和 are the start of the name. Characters that are words of their own in such
 * phrases (镇和村, 路和桥) are suffixes or generic words and keep 和 a conjunction.
 */
function innerConjunction(tokens: Token[], i: number, lex: Lexicon): boolean {
  if (tokens[i].word !== '和' || i < 1) return false;
  const single = tokens[i - 1];
  if (single.word.length !== 1 || !/\p{Script=Han}/u.test(single.word) || FUNCTION_TAGS.has(single.tag[0])) return false;
  if (compile(lex).labelOf.has(single.word) || lex.genericModifiers.has(single.word) || STOP_WORDS.has(single.word) || /[\d一二三四五六七八九十区镇市县乡党]/.test(single.word)) return false;
  const before = tokens[i - 2];
  return before === undefined || isPunct(before) || STOP_WORDS.has(before.word) || lex.leadVerbs.has(before.word) || before.tag.startsWith('v') || FUNCTION_TAGS.has(before.tag[0]);
}

/** 副 + 主任 (副主任): a glued character and the next word read as a word */
function startsDictionaryWord(glued: string, next: Token | undefined): boolean {
  return next !== undefined && /^\p{Script=Han}/u.test(next.word) && isDictionaryWord(glued + next.word);
}

/**
 * "…东某某塘滨水…" (jieba: 某某/n 塘滨水/x): segmentation glued the suffix to the next word as an
 * unknown word (tag x, not in the dictionary). Trusted for places only, after a name-like word.
 */
function gluedToUnknownWord(s: number, e: number, type: NameHit['type'], offset: number, tokens: Token[], idx: TokenIndex): boolean {
  const i = idx.startAt[s];
  if (type !== 'Place' || i === undefined || i < 1) return false;
  const t = tokens[i];
  const left = tokens[i - 1];
  // a two-character unknown word (街镇, 河长) is a domain word jieba lacks, not a glued suffix
  return t.tag === 'x' && t.word.length >= 3 && t.end - offset >= e + 2 && /^\p{Script=Han}+$/u.test(t.word) && (isProper(left) || isNominal(left)) && !isPunct(left) && !STOP_WORDS.has(left.word);
}

/** "某旧居周边里弄" → length of 某旧居: what lies around a named place is not a place of its own name. */
function placeBeforeSurroundings(name: string, c: Compiled): number {
  for (let k = name.length - 3; k >= 3; k--) {
    if (ALONG_SPLIT.test(name.slice(k)) && c.suffixAtEnd.test(name.slice(0, k))) return k;
  }
  return 0;
}

const RIVERSIDE = /滨(?:江|河|湖|海)$/;

/** "某路美丽街区" → length of 某路: a place followed only by a word for its generic surroundings (美丽街区, 绿地, 城中村). */
function roadBeforeGenericTail(name: string, lex: Lexicon): number {
  const c = compile(lex);
  for (const tail of c.surroundingsLongestFirst) {
    if (name.length < tail.length + 3 || !name.endsWith(tail)) continue;
    const k = name.length - tail.length;
    const suffix = name.slice(0, k).match(c.suffixAtEnd)?.[0];
    // ("某某湾滨江片区": a riverside is itself a place's surroundings; the area along it is named with it)
    if (RIVERSIDE.test(name.slice(0, k))) continue;
    if (suffix && k - suffix.length >= 2 && SURROUNDED_KINDS.has(lex.placeKinds[suffix] ?? '')) return k;
  }
  return 0;
}

/** Token i is listed with a word of the same suffix (某路和某路) or followed by its surroundings (沿线, 段). */
function listedOrAlong(tokens: Token[], i: number, suffix: string, after: string): boolean {
  return ALONG_SPLIT.test(after) || /^[段侧]/.test(after) || HOUSE_NUMBER.test(after) || listedWithSameKind(tokens, i, i, suffix);
}

/** tags of a proper name's first word, or of a rare character jieba reads as a morpheme (蓼/zg) */
const NAME_START_TAGS = /^(?:x|ns|nr\w*|nz|zg|g)$/;
/** a village, road or river named in one token (某某村/x): nothing before it describes what it is for */
const NAMED_SETTLEMENT = /^\p{Script=Han}{2,}(?:村|路|河|浜|港|泾)$/u;

/** A token continues a name leftwards when it is nominal and not a verb, number+measure or stop word. */
function extendsName(t: Token, right: Token | undefined, lex: Lexicon, type: NameHit['type'], left?: Token): boolean {
  // an idiom (全面落实/i) is the sentence's phrase, not a name's start
  if (lex.leadVerbs.has(t.word) || t.tag === 'i') return false;
  // "某路以西片区": the area beyond a road is described by it, not named after it
  if (RELATIVE_DIRECTION.test(t.word)) return false;
  // "主任/b 逯/nr 长江/ns": a post holder's title is not part of a place after it (the person is)
  if (type === 'Place' && compile(lex).titleWords.has(t.word)) return false;
  // 就业促进中心, 事务受理服务中心: what a body does is part of its name
  // (not as a verb before a proper name's first word: 延伸审计/v 蓼/zg 溪/n 幼儿园, 指导/v 某沛/x 新材)
  if (type === 'Organisation' && lex.orgFunctionWords.has(t.word)) return !(t.tag === 'v' && right !== undefined && NAME_START_TAGS.test(right.tag));
  // 体育公园, 养老院: what a facility is for is part of its name
  // (not before a whole proper name: 集中展示/v 某某村/x is the sentence's verb)
  // (nor as the verb opening a clause before a proper name: ，服务/vn 鹭岸/x 花园、…)
  // (also when jieba cut it in two: 生命/vn 健康/a 产业园)
  if (type === 'Place' && ((right && lex.placeFunctionWords.has(t.word + right.word)) || (left && lex.placeFunctionWords.has(left.word + t.word)))) return true;
  if (type === 'Place' && lex.placeFunctionWords.has(t.word)) return !(right && /^(?:x|ns|nr|nz)$/.test(right.tag) && (NAMED_SETTLEMENT.test(right.word) || (t.tag.startsWith('v') && right.word.length >= 2 && (!left || isPunct(left)))));
  if (ORDINAL.test(t.word)) return false;
  // "轨交21号线|某路": a number inside a name is a house number (某路8号); otherwise it ends the name
  if (/^\d+$/.test(t.word) && !(right && /^[号弄](?!线)/.test(right.word))) return false;
  // "健康/a 路": an adjective right before a one-character road or village suffix names it
  if (type === 'Place' && t.tag.startsWith('a') && t.word.length >= 2 && right && right.word.length === 1 && compile(lex).labelOf.get(right.word) === 'Place' && !(left && (left.tag === 'q' || left.word in lex.quantities.units))) return true;
  // "团结/a 新村", "幸福/a 居民区": likewise before a residential suffix, unless the adjective is generic (老旧小区)
  if (type === 'Place' && t.tag === 'a' && t.word.length === 2 && right && lex.placeKinds[right.word] === 'residential' && right.word.length >= 2 && !lex.genericModifiers.has(t.word) && !COMMUNITY_TITLES.test(t.word) && !(left && left.tag === 'q')) return true;
  // (after the 区 that names the place, a verbal noun is part of its name: 某区/ns 生命/vn 礼赞/n 纪念园)
  if (type === 'Place' && t.tag === 'vn' && !lex.genericModifiers.has(t.word) && !(left && left.tag === 'ns' && /区$/.test(left.word) && right !== undefined && isNominal(right))) return false; // 改建/管理 end a place name on the left; 综合 does not
  // "樊/nr 家/q 港桥": a surname and 家 name a place (王家宅, 张家浜), however jieba tags them
  if (type === 'Place' && (surnameHome(left, t, lex) || surnameHome(t, right, lex))) return true;
  // "；泓/q 岳/nr 中心": a character read as a measure word with no number before it starts a name
  // (or a one-character noun after it, at a boundary: "、泓/q 岸/n 广场")
  const nounAfterBoundary = right !== undefined && type === 'Place' && isSingleHan(right) && /^ng?$/.test(right.tag) && (!left || isPunct(left) || STOP_WORDS.has(left.word) || left.tag === 'p');
  if (t.tag === 'q' && t.word.length === 1 && right !== undefined && (isProper(right) || nounAfterBoundary) && !(left && isNumeric(left))) return true;
  // "、月/m 溪/n 烈士陵园": a character jieba reads as a number word (月) but no numeral, at a boundary, likewise
  if (characterReadAsNumber(t) && nounAfterBoundary) return true;
  if (t.tag === 'q' || (right && right.tag === 'q')) return false;
  // (a verb morpheme alone is no verb of the sentence: 组建/v 霁/vg 虹/ns 大厦 is one building)
  if (t.tag === 'vg' && isSingleHan(t) && right !== undefined && (isSingleHan(right) || isProper(right)) && !STOP_WORDS.has(t.word)) return true;
  // (潮/n 鸣/v 蜜/n 梨/n 合作社, 蚬/nz 墩/v 幼儿园: a character read as a verb between characters of an unknown name)
  if (t.tag === 'v' && isSingleHan(t) && left !== undefined && isSingleHan(left) && /^(?:n|ng|nr|ns|nz|x)$/.test(left.tag) && !STOP_WORDS.has(left.word) && right !== undefined && (isSingleHan(right) || compile(lex).labelOf.has(right.word)) && !STOP_WORDS.has(t.word)) return true;
  if (t.tag.startsWith('v') && t.tag !== 'vn') return isProper(t);
  // jieba splits unknown names into single characters (single characters): keep them together
  if (t.word.length === 1 && /\p{Script=Han}/u.test(t.word) && !FUNCTION_TAGS.has(t.tag[0])) return true;
  return isNominal(t) || isProper(t);
}

/** A single character tagged as a number word that is no numeral (月, 时): it may be a name's first character. */
const characterReadAsNumber = (t: Token) => t.tag === 'm' && isSingleHan(t) && !/[〇零一二两三四五六七八九十百千万亿几半数多余第每]/.test(t.word);

function surnameHome(surname: Token | undefined, home: Token | undefined, lex: Lexicon): boolean {
  return surname !== undefined && home !== undefined && home.word === '家' && surname.word.length === 1 && lex.surnames.has(surname.word);
}

/** The route word (西起, 跨) an unknown word starts with, leaving at least one character. */
function routeWordStarting(word: string, lex: Lexicon): string {
  for (let n = Math.min(2, word.length - 1); n >= 1; n--) if (lex.routeWords.has(word.slice(0, n))) return word.slice(0, n);
  return '';
}

/**
 * A dictionary noun or proper word of two or more characters starts at this character (向阳/nr 村,
 * 家庭医生/n 工作室: its first character is no glued function or measure word), and the next word
 * is a dictionary word too: after a misread (向东/nr 庄村/x) the next word is an unknown one that
 * took the name's last character.
 */
function dictionaryWordAt(at: number, tokens: Token[], idx: TokenIndex): boolean {
  const k = idx.at[at];
  const t = tokens[k];
  return t !== undefined && t.start - idx.offset === at && t.word.length >= 2 && /^(?:n|nr|ns|nt|nz|nrt|nrfg|nl|l|j)$/.test(t.tag) && (tokens[k + 1] === undefined || tokens[k + 1].tag !== 'x' || isPunct(tokens[k + 1]));
}

/** 5A, 3A, AAAA: a grade's capital letters, right after a digit or three or more on their own. */
function isGradeLetters(tokens: Token[], k: number): boolean {
  if (!/^[A-Z]+$/.test(tokens[k].word)) return false;
  const before = tokens[k - 1];
  return tokens[k].word.length >= 3 || (before !== undefined && /^\d$/.test(before.word) && before.end === tokens[k].start);
}

/** A town's or district's name as one token starting at `at` (向化镇/ns, 将乐县/ns). */
function unitNameAt(at: number, tokens: Token[], idx: TokenIndex): boolean {
  const t = tokens[idx.at[at]];
  return t !== undefined && t.start - idx.offset === at && t.tag === 'ns' && t.word.length >= 3 && UNIT_LEVEL_END.test(t.word);
}
const UNIT_LEVEL_END = /(?:[镇乡区县]|街道)$/;

/** A generic modifier, or two written as one word (特色产业). */
function genericWord(piece: string, lex: Lexicon): boolean {
  if (lex.genericModifiers.has(piece)) return true;
  const memo = compile(lex).genericWords;
  let generic = memo.get(piece);
  if (generic === undefined) {
    generic = false;
    for (let k = 1; k < piece.length && !generic; k++) generic = lex.genericModifiers.has(piece.slice(0, k)) && lex.genericModifiers.has(piece.slice(k));
    if (memo.size > 20000) memo.clear();
    memo.set(piece, generic);
  }
  return generic;
}

function hasSpecificWord(specific: string, from: number, offset: number, tokens: Token[], idx: TokenIndex, lex: Lexicon): boolean {
  const to = from + specific.length;
  for (let k = from; k < to; ) {
    const t = tokens[idx.at[k]];
    const end = Math.min(to, t.end - offset);
    const piece = specific.slice(k - from, end - from);
    // (a function word jieba cut in two, 生命/vn 健康/a, is one piece)
    const next = tokens[idx.at[end]];
    if (next && end < to && next.end - offset <= to && lex.placeFunctionWords.has(piece + next.word)) {
      k = next.end - offset;
      continue;
    }
    if (!genericWord(piece, lex) && !lex.placeFunctionWords.has(piece) && !lex.orgFunctionWords.has(piece) && !/^[\d.一二三四五六七八九十百]+$/.test(piece)) return true;
    k = Math.max(k + 1, end);
  }
  return false;
}

/** the longest plural kind the name ends with (大中小学, not 中小学) */
function pluralKindAtEnd(name: string, lex: Lexicon): string | undefined {
  let found: string | undefined;
  for (const kind of lex.pluralKinds) if (name.endsWith(kind) && kind.length > (found?.length ?? 0)) found = kind;
  return found;
}
