/**
 * Everything found in one sentence (or list item, or heading), overlaps resolved:
 * a name inside a district name or a policy title is not a separate place; of two nested
 * names of one kind the longer wins; a person's name inside a place name is part of the place.
 */
import type { SectionMode, StructuredDocument } from '../types.ts';
import { yearNamedGroups } from './groups.ts';
import { PHASE_SOURCE, PHASE_WORK_SOURCE, phasedWorks } from './phases.ts';
import { districtMentions, districtShortForms, endsWithLevel, isElsewhere, sideOfWater, townshipsOfCounties, unlistedUnitsElsewhere, type DistrictMention } from './districts.ts';
import { alternation, type Lexicon } from './lexicon.ts';
import { scanTerms } from './term-scan.ts';
import { coordinatedPlaces, countedListPlaces } from './lists.ts';
import { typedListNames } from './typed-lists.ts';
import { cuedBrands } from './cued-brands.ts';
import { cuedUniversities } from './cued-universities.ts';
import { partyGroups } from './party-groups.ts';
import { COMMUNITY_SUFFIXES } from './name-contexts.ts';
import { GLUED_JOINER } from './cut-names.ts';
import { brandedExpertStations } from './expert-stations.ts';
import { branchStations } from './branch-stations.ts';
import { findNames, type NameHit } from './names.ts';
import { nameKey } from './normalise.ts';
import { endsLikePlaceOrBody, findAppointed, findComrades, findLedBy, findTitled, findUnitListed, isSurname, type PersonHit } from './people.ts';
import { studioPerson } from './person-studios.ts';
import { NATIONAL, findProgrammes, namesNoProgramme, type ProgrammeHit } from './programmes.ts';
import { findTargets, type TargetHit } from './targets.ts';
import { indexTokens, type TokenIndex } from './token-index.ts';
import { commonWordsOnly, isProper, isPunct, type Token } from './tokens.ts';
import { withEventYear } from './yearly-events.ts';

export interface SentenceHits {
  text: string;
  start: number;
  end: number;
  mode: SectionMode;
  section: number;
  districts: DistrictMention[];
  names: NameHit[];
  programmes: ProgrammeHit[];
  persons: PersonHit[];
  targets: TargetHit[];
  /** theme ids with the keyword span that evoked them */
  themes: { id: string; start: number; end: number }[];
}

type Span = { start: number; end: number };
/** A village, estate or venue at a project's start (某村…, 某某苑…, 某某幼儿园…), not a road or river. */
const SITE_AFTER_TOWN = /^\p{Script=Han}{1,6}?(?:村|小区|新村|苑|公寓|花园|家园|中学|小学|幼儿园|学校|医院|养老院|敬老院)(?!路|街|河|港|浜)/u;
/** actions that, as a verbal noun before a district's or body's name, are the sentence's verb */
const LEADING_ACTIONS = new Set(['建设', '实施', '推进', '开展', '启动', '完成', '推动']);
/** an event's edition at the start of its name: 第三届, 第36期 */
const NUMBERED_EVENT = /^第[\d一二三四五六七八九十百]+[届期]/;
/** a studio or an expert station run by its person (工作室, 院士专家工作站) */
const STUDIO = /(?:工作室|院士专家工作站)$/;
const inside = (a: Span, b: Span) => b.start <= a.start && a.end <= b.end && (a.start !== b.start || a.end !== b.end);
const same = (a: Span, b: Span) => a.start === b.start && a.end === b.end;

/** a short quoted name: no punctuation inside */
const SHORT_QUOTED_NAME = /^[\p{Script=Han}A-Za-z\d]{2,8}$/u;
const QUOTED_ALLIANCE = /^“[^“”]{2,}联盟”$/;

let honourPattern: { lex: Lexicon; pattern: RegExp } | undefined;
/** The quotes right after an award verb (获评“…”, 被评为“…”), in document offsets. */
function quotedHonours(text: string, offset: number, lex: Lexicon): Span[] {
  if (!text.includes('“')) return [];
  if (honourPattern?.lex !== lex) honourPattern = { lex, pattern: new RegExp(`(?:${alternation([...lex.awardVerbs])})(“[^“”]{2,40}”)`, 'g') };
  return [...text.matchAll(honourPattern.pattern)].map((m) => ({ start: offset + m.index + m[0].length - m[1].length, end: offset + m.index + m[0].length }));
}
/** prepositions jieba glues to the first character of the name after them (对翠/x 澜街) */
const GLUED_PREPOSITION = /^[对为向把将从在]$/;
/** a project on the place it names (“某某”口袋公园新建工程), unlike an event named after it (…设计大赛): the place stays */
const PROJECT_ON_PLACE = /(?:工程|项目)$/;
const EVENT_KIND = /(?:考试|活动|日|周|月|节|赛|会|展)$/;

/** What every phase of one sentence's analysis reads. */
interface SentenceScope {
  text: string;
  offset: number;
  doc: StructuredDocument;
  ownNames: string[];
  lex: Lexicon;
  tokens: Token[];
  idx: TokenIndex;
}

/**
 * The analysis runs in phases, each a function of its own: V8 optimises each apart, and when a rare
 * input deoptimises one it recompiles that phase alone (as one function, each such recompile of the
 * whole analysis cost about 0.6 s of compiler time, several times over a thousand documents).
 */
export function analyseSentence(
  text: string,
  offset: number,
  section: number,
  mode: SectionMode,
  doc: StructuredDocument,
  ownNames: string[],
  lex: Lexicon,
  tokens: Token[],
): SentenceHits {
  const scope: SentenceScope = { text, offset, doc, ownNames, lex, tokens, idx: indexTokens(tokens, offset, text.length) };
  const districtsFound = sentenceDistricts(scope);
  const named = sentenceNames(scope, districtsFound);
  const settled = settleProgrammesAndNames(scope, named.names, districtsFound);
  const reshaped = reshapeProgrammes(scope, settled.programmes, settled.names, districtsFound);
  const people = sentencePersons(scope, { ...settled, programmes: reshaped, typedPersons: named.typedPersons }, districtsFound);
  const { districts, persons, titles } = people;
  let { names, programmes } = people;
  // "全力服务某某新城", "重点推进某某集团上海总部": an adverb and the verb after it start no name
  names = withoutLeadingAdverb(names, tokens, scope.idx, offset);
  // "建设/vn 村民活动中心", "运营/vn 社区文化活动中心": a work verb starts no body's or place's name
  names = withoutLeadingWorkVerb(names, tokens, scope.idx, offset);
  programmes = withoutLeadingAdverb(programmes, tokens, scope.idx, offset);
  // "…提升和某某书房、…": a conjunction starts no name the document also writes without it
  names = names.map((n) => withoutJoinerNamedElsewhere(n, doc.decoded.text));
  programmes = programmes.map((p) => (p.type === 'Programme' && p.source !== 'quote' && p.source !== 'title' ? withoutJoinerNamedElsewhere(p, doc.decoded.text) : p));
  // "某某浜滨水步道贯通工程": a walkway the work makes is no place yet (read after the works, which start at it)
  names = withoutWalkwaysBeingMade(names, text, offset);
  const targets = findTargets(text, offset, { mode, year: doc.metadata.year }, lex).filter((t) => !titles.some((p) => inside(t, p)));
  const themes: SentenceHits['themes'] = [];
  scanTerms(lex.themeScanner, text, (word, at) => {
    for (const id of lex.themeByKeyword.get(word) ?? []) themes.push({ id, start: offset + at, end: offset + at + word.length });
  });
  return { text, start: offset, end: offset + text.length, mode, section, districts, names, programmes, persons, targets, themes };
}

/** The 区, 镇 or 街道 whose name starts at a position (某区某某名师工作室). */
function ownDistrictStartingAt(text: string, offset: number, districts: DistrictMention[], start: number): DistrictMention | undefined {
  return districts.find((d) => d.start === start && /(?:区|镇|街道|乡)$/.test(text.slice(d.start - offset, d.end - offset)));
}

function sentenceDistricts(scope: SentenceScope): DistrictMention[] {
  const { text, offset, doc, tokens, idx } = scope;
  // a unit elsewhere in China is named by whole words only: not 河北 in 苇浦河|北新泾段, 海口 in 入海口
  let districts = districtMentions(text, offset, doc).filter((d) => !isElsewhere(d.level) || (idx.startAt[d.start - offset] !== undefined && idx.endAt[d.end - offset] !== undefined && !sideOfWater(text, offset, d, tokens, idx)));
  districts.push(...unlistedUnitsElsewhere(text, offset, districts, idx));
  districts.push(...townshipsOfCounties(text, offset, districts, idx));
  return districts;
}

function sentenceNames(scope: SentenceScope, districts: DistrictMention[]): { names: NameHit[]; typedPersons: PersonHit[] } {
  const { text, offset, doc, ownNames, lex, tokens, idx } = scope;
  const districtNames = new Set(ownKeys(ownNames));
  for (const d of districts) districtNames.add(nameKey(d.name));
  // (nor a place that ends with a district's name: "书写/n 漕河泾/ns" is the district, 书写 the sentence's)
  let names = withoutTownPrefix(text, offset, findNames(text, offset, tokens, lex, idx), districts, lex).filter(
    (n) => !districts.some((d) => inside(n, d) || same(n, d) || (n.type === 'Place' && d.end === n.end && d.start > n.start)) && !districtNames.has(nameKey(n.name)),
  );
  // "某区委" (jieba: 某区/ns 委/zg or 某/ns 区委/n): a standalone body sharing its first character with
  // the district before it is that district's body; the shorter 区委 inside it is dropped as nested
  for (const d of districts) {
    const last = text[d.end - 1 - offset];
    if (!last || !/[区镇市县]/.test(last)) continue;
    const rest = standaloneByFirst(lex).get(last)?.find((k) => text.startsWith(k.slice(1), d.end - offset));
    if (!rest) continue;
    const end = d.end + rest.length - 1;
    if (names.some((n) => n.type === 'Organisation' && n.start <= d.start && n.end >= end)) continue;
    names.push({ type: 'Organisation', name: text.slice(d.start - offset, end - offset), start: d.start, end, suffixLength: rest.length });
  }
  // "某某社区" named after the district itself (or its short form) is the district's community, not a place in it
  names = names.filter((n) => !(n.type === 'Place' && /(?:社区|居民区)$/.test(n.name) && districtShortForms(districtNames).has(nameKey(n.name.replace(/(?:社区|居民区)$/, '')))));
  for (const n of names) {
    // "鹤鸣/nrt 村等村/x": a list's 等 and its kind glued to the last item end that item's name
    const listed = n.type === 'Place' ? LISTED_KIND_AFTER.exec(n.name) : null;
    if (listed && lex.placeSuffixes.some((x) => listed[1].endsWith(x) && listed[1].length > x.length)) [n.end, n.name] = [n.start + listed[1].length, listed[1]];
    // "大/a 场/q 镇/n 人民政府": a body's name cut inside the district's name starts with the district
    const cut = n.type === 'Organisation' ? districts.find((d) => d.start < n.start && n.start < d.end && d.end <= n.end) : undefined;
    if (cut) [n.start, n.name] = [cut.start, text.slice(cut.start - offset, n.end - offset)];
  }
  // "某镇老旧小区": the district's name before a generic place word is no place's name;
  // "某街道社区党群服务中心": before one of its standing bodies, it names that body
  // (and a body named only by the district and a kind of school or committee: 某镇乡村学校)
  names = names.filter((n) => {
    if (n.type === 'Organisation') {
      const rest = afterDistrictName(n.name, districtNames);
      return rest === null || !GENERIC_BODY_KINDS.test(rest) || !lex.genericNames.has(nameKey(rest));
    }
    const rest = n.type === 'Place' ? afterDistrictName(n.name, districtNames) : null;
    if (rest === null) return true;
    if (lex.genericNames.has(nameKey(rest)) && !lex.placeSuffixes.includes(rest)) return false;
    if (lex.standaloneOrgs.has(rest)) n.type = 'Organisation';
    const district = n.name.slice(0, n.name.length - rest.length);
    if (lex.subdistrictBodies.has(rest) && /(?:街道|镇)$/.test(district)) n.type = 'Organisation';
    if (lex.districtInstitutions.has(rest) && district.endsWith('区')) n.type = 'Organisation';
    return true;
  });
  names = longestOf(startsInsidePlaces(text, offset, names));
  names = venuesOfPlaces(names, idx);
  names = crossingsOfRoads(text, offset, names);
  names = roadsOfJunctions(names);
  names = withConsultativePrefix(text, offset, names);
  names = names.concat(riversidesOfDistricts(text, offset, districts, names, idx, tokens));
  names = names.concat(communitiesOfBodies(names, idx, lex));
  const bodies = bodiesOfPlaces(text, offset, names, lex);
  if (bodies.length) names = names.filter((n) => !(n.type === 'Organisation' && bodies.some((b) => inside(n, b) || same(n, b)))).concat(bodies);
  names = names.concat(coordinatedPlaces(text, offset, tokens, names, lex, idx));
  names = withoutTownPrefix(text, offset, names.concat(countedListPlaces(text, offset, names, lex)), districts, lex);
  // "A、B等一批重点企业", "A、B等红色人物": the kind after a list types its items
  const typedList = typedListNames(text, offset, tokens, idx, [...names, ...districts], lex);
  // (a firm listed by its brand replaces a place read inside it: 某桥资本)
  names = names.filter((n) => !(n.type === 'Place' && typedList.bodies.some((b) => b.start === n.start && n.end < b.end))).concat(typedList.bodies, typedList.places);
  // "委托某某检测完成", "由某某水务统一运维": a brand brought into the work by a cue word
  names = names.concat(cuedBrands(tokens, [...names, ...districts], lex));
  // "与某大共建", "联合某大开展": a university by its short form after a cue word
  names = names.concat(cuedUniversities(tokens, [...names, ...districts], lex));
  // "局党组全年召开…", "区残联党组认真落实…": a party group acting as a body
  names = names.concat(partyGroups(text, offset, names));
  names = quotedTeamsOfPlaces(text, offset, names, districts);
  names = quotedVenuesWithHolders(text, offset, names, districts);
  names = venuesAfterTheirTown(text, offset, names, districts, idx, lex);
  names = withoutRangeWord(names);
  names = withoutGluedPreposition(names, tokens, idx);
  names = names.flatMap((n) => bodiesTogether(n, lex));
  names = stationsOfRoads(text, offset, names);
  names = hostedStations(text, offset, names, idx, lex);
  names = branchStations(text, offset, names);
  // "带领村“两委”", "纳入村居", "改造村内道路": a verb before the villages in general names no village
  names = names.filter((n) => !(n.type === 'Place' && n.name.endsWith('村') && VILLAGES_IN_GENERAL.test(text.slice(n.end - offset)) && verbBeforeVillage(n, idx, lex)));
  // "某某村村/n 内河道", "某某村村级收入": jieba read the village's 村 and the next word's into 村村 ("every village")
  names = names.map((n) => (n.type === 'Place' && n.name.endsWith('村村') ? { ...n, name: n.name.slice(0, -1), end: n.end - 1 } : n));
  // "山阳、朱泾两个新城片区", "某某步行街两条商业街": a count inside a place's name is a list's, no name has one
  // (so is a count of bodies inside a body's name: 甲、乙两家社区卫生服务中心)
  names = names.filter((n) => !(n.type === 'Place' && COUNT_INSIDE.test(n.name)) && !(n.type === 'Organisation' && BODIES_COUNTED_INSIDE.test(n.name)));
  const groups = yearNamedGroups(text, offset, names);
  if (groups.length) names = names.filter((n) => !groups.some((g) => inside(n, g) && n.end === g.end)).concat(groups);
  // in a 区's or the city's document, 镇人民政府, 街道办事处 and 街道工会 are every town's: no one body
  if (doc.district?.level === 'district' || doc.district?.level === 'city') names = names.filter((n) => n.type !== 'Organisation' || !everyTownsBody(n.name, lex));
  return { names, typedPersons: typedList.persons };
}

function settleProgrammesAndNames(scope: SentenceScope, found: NameHit[], districts: DistrictMention[]) {
  const { text, offset, doc, ownNames, lex, tokens, idx } = scope;
  let names = found;
  // (for the works on them, a place keeps the 街道 or 镇 written right before it: 某某街道仓桥三村、某某街道文诚苑等8个小区…)
  const places = names.filter((n) => n.type === 'Place').map((n) => {
    // (only inside a list: a single place's work is named without its 街道, as the place is)
    const town = districts.find((d) => d.end === n.start && (d.level === 'subdistrict' || d.level === 'town'));
    const listed = town !== undefined && (text[n.end - offset] === '、' || text[town.start - offset - 1] === '、');
    return listed ? { ...n, start: town.start } : n;
  });
  let programmes = findProgrammes(text, offset, tokens, { ownNames, places, bodies: names.filter((n) => n.type === 'Organisation' && lex.builtBody.test(n.name)), units: [...districts.filter((d) => d.level === 'subdistrict' || d.level === 'town'), ...names.filter((n) => n.type === 'Organisation').map((n) => ({ ...n, body: true }))], ownPlansAreProgrammes: doc.district?.level === 'subdistrict' || doc.district?.level === 'town', ownBodies: ownBodiesOf(doc) }, lex, idx);
  programmes = withListedTowns(programmes, districts, text, offset);
  programmes = withLocalVenues(programmes, text, offset);
  programmes = withEventYear(programmes, text, offset);
  const titles = programmes.filter((p) => p.source === 'title');
  // (a tower or a mall listed among the projects that started or finished is a project there: 某某中心、某某广场等项目竣工)
  names = names.filter((n) => !(n.type === 'Place' && programmes.some((p) => p.source === 'list' && p.start === n.start && p.end === n.end)));
  // names inside a policy title or a quoted programme name ("“某某”党建工作站") belong to that name
  names = names.filter((n) => !titles.some((t) => inside(n, t)) && !programmes.some((p) => p.type === 'Programme' && p.source === 'quote' && inside(n, p) && (quotedOnly(text, offset, n) || (n.aliases !== undefined && n.end < p.end && !PROJECT_ON_PLACE.test(p.name)) || (n.start > p.start && !listedBeforeQuote(text, offset, n, p)))));
  programmes = programmes.filter((p) => !p.slogan);
  // "“楼组长联盟”": an alliance named in quotes alone is a body of members, not a programme (GUIDE.md: 11 of 12 联盟)
  const alliances = programmes.filter((p) => p.type === 'Programme' && p.source === 'quote' && QUOTED_ALLIANCE.test(p.name));
  if (alliances.length) {
    programmes = programmes.filter((p) => !alliances.includes(p));
    names = names.filter((n) => !alliances.some((a) => n.start < a.end && a.start < n.end)).concat(alliances.map((a) => ({ type: 'Organisation', name: a.name, start: a.start, end: a.end, suffixLength: 2 })));
  }
  // an honour conferred in quotes (获评“上海市示范某某”, 入选“全国某某示范社”) names no place or body (none in the labels)
  const honours = quotedHonours(text, offset, lex);
  if (honours.length) names = names.filter((n) => !honours.some((h) => inside(n, h) || same(n, h)));
  // a firm named only inside its headquarters' project (某某集团上海总部) is not mentioned as a body there (seed 003's convention)
  names = names.filter((n) => !(n.type === 'Organisation' && programmes.some((p) => p.headquarters && inside(n, p))));
  // (a policy named at the head of a title is that title's own document: 《某某三年行动方案（…）》 holds no second mention)
  programmes = programmes.filter((p) => (p.source === 'title' && !p.publication) || (p.source !== 'title' && !titles.some((t) => inside(p, t) && (p.type === 'Programme' || t.start + 1 === p.start || t.publication))));
  // a kind of work inside a body's name (上海某某水务工程有限公司, 某某项目推进工作领导小组) names the body
  // (and a policy's name inside a body's: 就业促进和失业保险科 is a section, not 失业保险)
  programmes = programmes.filter((p) => (p.type !== 'Programme' && p.source !== 'lexicon') || p.source === 'quote' || !names.some((n) => n.type === 'Organisation' && inside(p, n)));
  // a studio named after its person or field (某某技能大师工作室, 某某院士专家工作站) is a programme, not a body
  // (GUIDE.md: 10 of 13 unquoted 工作室 and 3 of 3 院士专家工作站 in the labelled documents)
  const ownDistrictAt = (start: number) => ownDistrictStartingAt(text, offset, districts, start);
  const studios = names.filter((n) => {
    // (a 区's or 街道's own 工作站 is its body; 上海 before a firm's name is no such district)
    if (n.type !== 'Organisation' || !STUDIO.test(n.name)) return false;
    // (but a person's studio of the 区 is named with it: 某区某某语文名师工作室)
    const own = ownDistrictAt(n.start);
    const first = tokens.find((t) => t.start === (own?.end ?? n.start));
    // (or by a person jieba cut into surname and given name: 茹/nr 建新/v)
    const second = first && tokens[tokens.indexOf(first) + 1];
    const surname = first !== undefined && (isSurname(first.word, lex) || lex.compoundSurnames.some((x) => first.word.startsWith(x) || (second !== undefined && x === first.word + second.word[0])));
    if (own) return surname && first!.tag.startsWith('nr');
    // named by a person or a firm: its first word is a name of two or more characters (书记工作室, 中医工作室 are kinds)
    // (not by a community: 某某居民区城管社区工作室 is the community's body)
    if (second !== undefined && (COMMUNITY_SUFFIXES.has(second.word) || second.word === '村')) return false;
    return first !== undefined && ((first.word.length >= 2 && (isProper(first) || first.tag === 'x')) || surname);
  });
  for (const n of studios) if (!programmes.some((p) => same(n, p))) programmes.push({ type: 'Programme', name: n.name, start: n.start, end: n.end, source: 'kind' });
  // any other studio (a community's, a kind's: 某某社区调解工作室, 某区名师工作室) is no body either: over the never-tuned
  // documents 2 of 24 such predictions were labelled Organisations, and as programmes they scored worse still
  // (a 居民区's 城管社区工作室 is the city-management bureau's post there, a body)
  names = names.filter((n) => !studios.includes(n) && !(n.type === 'Organisation' && /工作室$/.test(n.name) && !/城管社区工作室$/.test(n.name)));
  // "某某生物院士专家工作站": a station named by its host firm's brand is a programme too
  for (const station of brandedExpertStations(text, offset, tokens, lex)) {
    if (programmes.some((p) => p.start <= station.start && station.end <= p.end)) continue;
    names = names.filter((n) => !(n.start < station.end && station.start < n.end));
    programmes.push(station);
  }
  // the firm that hosts a station is a body of its own (上海某某有限公司|院士专家工作站)
  for (const n of studios) {
    const firm = /^.+?(?:股份有限公司|有限责任公司|有限公司)/.exec(n.name);
    if (firm && firm[0].length < n.name.length && !names.some((m) => m.start === n.start && m.end === n.start + firm[0].length)) names.push({ type: 'Organisation', name: firm[0], start: n.start, end: n.start + firm[0].length, suffixLength: firm[0].length });
  }
  return { programmes, names, titles, studios };
}

function reshapeProgrammes(scope: SentenceScope, found: ProgrammeHit[], names: NameHit[], districts: DistrictMention[]): ProgrammeHit[] {
  const { text, offset, lex, tokens } = scope;
  let programmes = found;
  // "上海某和某有限公司冷链中心项目": a programme that starts inside a registered body's name starts with it
  // (or inside a place's: 轨道交通25号|线东延伸工程)
  for (const p of programmes) {
    if (p.type !== 'Programme' || p.source !== 'kind') continue;
    const body = names.find((n) => n.start < p.start && p.start < n.end && n.end < p.end);
    if (body) [p.start, p.name] = [body.start, text.slice(body.start - offset, p.end - offset)];
  }
  // "保障/v 某区某学校新建工程", "重点/d 用于/v 某区…改扩建工程": a verb before the body or district the work
  // is named after is the sentence's, not the programme's
  for (const p of programmes) {
    if (p.type !== 'Programme' || p.source !== 'kind') continue;
    const named = [...districts, ...names].filter((n) => p.start < n.start && n.start < p.end).sort((a, b) => a.start - b.start)[0];
    if (!named) continue;
    // ("对翠/x 澜街…项目": a preposition jieba glued to the name's first character)
    if (named.start === p.start + 1 && GLUED_PREPOSITION.test(text[p.start - offset])) {
      [p.start, p.name] = [named.start, text.slice(named.start - offset, p.end - offset)];
      continue;
    }
    const lead = tokens.filter((t) => t.start >= p.start && t.end <= named.start);
    // (a verbal noun too when it is a project's action: 建设/vn 某区…平台二期)
    const verb = (t: Token) => /^[vdp]/.test(t.tag) && (t.tag !== 'vn' || LEADING_ACTIONS.has(t.word));
    if (lead.some(verb) && lead.every((t) => verb(t) || lex.genericModifiers.has(t.word)) && lead[lead.length - 1].end === named.start) [p.start, p.name] = [named.start, text.slice(named.start - offset, p.end - offset)];
  }
  programmes.push(...phasedWorks(text, offset, tokens, names, districts, programmes, lex));
  // "A园、B谷、C科技园一期": a phase is the last item's; no labelled phase spans a list
  for (const p of programmes) {
    const lastItem = p.name.lastIndexOf('、');
    if (p.type === 'Programme' && lastItem > 0 && PHASE_ENDING.test(p.name) && p.name.length - lastItem > 4) [p.start, p.name] = [p.start + lastItem + 1, p.name.slice(lastItem + 1)];
  }
  // a programme that is exactly a name is that body or place; a quoted one (“某某”党建联盟) is a body
  programmes = programmes.filter((p) => !((p.source === 'kind' || p.source === 'quote') && names.some((n) => same(n, p) && (p.source === 'kind' || n.type === 'Organisation'))));
  programmes = dedupeProgrammes(programmes.filter((p) => !namesNoProgramme(p, lex)));
  // "第四届某某系统|“某某”技能比武": a numbered event whose name runs on into a quoted one is one event
  for (let k = programmes.length - 1; k >= 0; k--) {
    const numbered = programmes[k];
    if (numbered.type !== 'Programme' || !NUMBERED_EVENT.test(numbered.name)) continue;
    const quoted = programmes.find((q) => q !== numbered && q.type === 'Programme' && q.source === 'quote' && q.start === numbered.end);
    if (!quoted) continue;
    [numbered.end, numbered.name] = [quoted.end, text.slice(numbered.start - offset, quoted.end - offset)];
    programmes.splice(programmes.indexOf(quoted), 1);
  }
  // "某小区“成片加梯”一期": a phase of a quoted project is built on the place written right before it
  for (const p of programmes) {
    if (p.type !== 'Programme' || p.source !== 'quote' || !QUOTED_PHASE.test(p.name)) continue;
    const place = names.find((n) => n.type === 'Place' && n.end === p.start);
    if (place) [p.start, p.name] = [place.start, text.slice(place.start - offset, p.end - offset)];
  }
  // "某镇某村…改造项目": a project on a village, estate or venue named right after its town or district starts
  // with it (labels: 42 of 65 keep a town, 126 of 128 a district); a road's project does not (某镇某路…工程)
  for (const p of programmes) {
    if (p.type !== 'Programme' || (p.source !== 'kind' && p.source !== 'place')) continue;
    const town = districts.find((d) => d.end === p.start && (d.level === 'town' || d.level === 'subdistrict' || d.level === 'district') && /(?:镇|街道|区)$/.test(text.slice(d.start - offset, d.end - offset)));
    if (town && SITE_AFTER_TOWN.test(p.name)) [p.start, p.name] = [town.start, text.slice(town.start - offset, p.end - offset)];
  }
  // "《某某条例》执法检查": the inspection of a law named in 《》 is a programme; the law stays a policy
  for (const title of programmes.filter((p) => p.source === 'title' && p.type === 'Policy')) {
    const rest = text.slice(title.end - offset, title.end - offset + 10);
    const kind = lex.titledKinds.find((k) => rest.startsWith(k));
    if (kind) programmes.push({ type: 'Programme', name: title.name + kind, start: title.start, end: title.end + kind.length, source: 'kind' });
  }
  // a national or central system, plan or mechanism named in the text is a policy the district takes
  // up, not its own work (国家…平台, 国家…机制); national events stay programmes (国家…考试, 全国…活动)
  for (const p of programmes) if (p.type === 'Programme' && NATIONAL.test(p.name) && !EVENT_KIND.test(p.name)) p.type = 'Policy';
  // "“某某”公共空间微更新一期", "“某某”商务区二期开发": a work read after a short quote is named with it (not a policy's:
  // “一网统管”平台 is the policy's instrument)
  for (const p of programmes) {
    if (p.type !== 'Programme' || p.source === 'quote' || text[p.start - offset - 1] !== '”') continue;
    const open = text.lastIndexOf('“', p.start - offset - 2);
    const inner = text.slice(open + 1, p.start - offset - 1);
    if (open < 0 || !SHORT_QUOTED_NAME.test(inner) || lex.policies.has(nameKey(inner)) || text[open - 1] === '”') continue;
    [p.start, p.name] = [offset + open, text.slice(open, p.end - offset)];
  }
  return programmes;
}

function sentencePersons(
  scope: SentenceScope,
  settled: { programmes: ProgrammeHit[]; names: NameHit[]; titles: ProgrammeHit[]; studios: NameHit[]; typedPersons: PersonHit[] },
  districtsFound: DistrictMention[],
) {
  const { text, offset, lex, tokens, idx } = scope;
  const { titles, studios, typedPersons } = settled;
  let { programmes, names } = settled;
  let districts = districtsFound;
  const titledPeople = [...findComrades(text, offset, tokens, lex), ...findTitled(text, offset, tokens, lex, idx)];
  const found = [...titledPeople, ...[...findAppointed(text, offset, lex), ...findLedBy(text, offset, tokens, lex, idx), ...findUnitListed(text, offset, lex)].filter((p) => !titledPeople.some((q) => q.start === p.start))];
  // "董事长某某牵头组建项目专班": a titled person and a verb start the sentence's clause, not a programme's name
  // (or a visit: 副区长某某某专程来/l 某村调研示范村建设)
  const verbAfter = (end: number) => { const t = tokens.find((u) => u.start === end); return t !== undefined && (t.tag.startsWith('v') || isVisit(t)); };
  programmes = programmes.filter((g) => !((g.source === 'kind' || g.source === 'place') && found.some((p) => p.start === g.start && verbAfter(p.end))));
  // "某村党总支书记阙建设": a titled person whose given name is a work word (建设, 改造) ends no programme
  programmes = programmes.filter((g) => !((g.source === 'kind' || g.source === 'place') && titledPeople.some((p) => p.end === g.end && p.start > g.start)));
  names = names.flatMap((n) => placeAfterVisitor(n, titledPeople, scope) ?? []);
  const persons = found.filter((p) => !names.some((n) => inside(p, n)) && !programmes.some((g) => inside(p, g)) && !endsLikePlaceOrBody(p.name));
  for (const p of typedPersons) if (!persons.some((q) => q.start < p.end && p.start < q.end) && !programmes.some((g) => inside(p, g))) persons.push(p);
  // a studio named after its person names that person too, even where the text names them nowhere else
  for (const studio of studios) {
    const person = studioPerson(ownDistrictStartingAt(text, offset, districts, studio.start)?.end ?? studio.start, tokens, lex);
    if (person && !persons.some((p) => p.start === person.start)) persons.push({ ...person, posts: [] });
  }
  // "主任逯长江": a person named after a title whose given name is a river's is the person
  if (persons.length) names = names.filter((n) => !(n.type === 'Place' && persons.some((p) => same(p, n))));
  // "队长沈阳带领": a person whose name is a city's
  if (persons.length) districts = districts.filter((d) => !(isElsewhere(d.level) && persons.some((p) => same(p, d))));
  // "某区浙江某某商会": a province or city inside a body's name, not at its start, is the body's, no mention
  districts = districts.filter((d) => !(isElsewhere(d.level) && names.some((n) => n.type === 'Organisation' && n.start < d.start && d.end <= n.end)));
  // "亭林市场监管所", "车墩新苑": a short form inside a body's or place's name is no mention (GUIDE.md)
  districts = districts.filter((d) => endsWithLevel(text.slice(d.start - offset, d.end - offset)) || !names.some((n) => n.start <= d.start && d.end <= n.end && n.end - n.start > d.end - d.start));
  return { persons, programmes, names, districts, titles };
}


/** a verb of a visit: 来, 到, 赴, 专程来/l */
const isVisit = (t: Token) => /^[vlp]/.test(t.tag) && /[来到赴]/.test(t.word);

/**
 * "副区长某某某专程来某某村调研": a person named right after a title starts no place's name, though
 * a village jieba does not know lets the place's name run back over the visit to them. The place
 * is what follows the last verb of the visit (专程来/l, 到/v); where there is none, or it is glued
 * into the place's first word (来卉/x), there is no place. A roster's cell after the title's cell
 * is left alone (某某某 镇人大主席 某某苑居委会).
 */
function placeAfterVisitor(n: NameHit, titledPeople: PersonHit[], scope: SentenceScope): NameHit | undefined {
  const { text, offset, tokens } = scope;
  const visitor = n.type === 'Place' ? titledPeople.find((p) => p.start === n.start && p.end < n.end) : undefined;
  if (!visitor || /\s/.test(text[visitor.start - offset - 1] ?? '')) return n;
  const within = tokens.filter((t) => t.start >= n.start && t.end <= n.end);
  const visit = within.findLastIndex(isVisit);
  if (visit < 0 || visit === within.length - 1) return undefined;
  const start = within[visit].end;
  return { ...n, start, name: n.name.slice(start - n.start), aliases: undefined };
}

/**
 * What follows a district's name at the start of a name (某镇|老旧小区 → 老旧小区), or null.
 * A bare suffix word after it (某镇公园) still makes a real name: the place is named after the district.
 */
function afterDistrictName(name: string, districtNames: Set<string>): string | null {
  let longest = 0;
  for (const d of districtNames) if (d.length > longest && name.length > d.length + 1 && name.startsWith(d)) longest = d.length;
  return longest ? name.slice(longest) : null;
}

/** A body named by a level word alone (镇人民政府, 街道总工会, 办事处, 镇党委): a 街道's or 镇's, not named. */
function everyTownsBody(name: string, lex: Lexicon): boolean {
  const rest = name.replace(/^(?:街镇|街道|乡镇|镇|乡)/, '');
  return lex.standaloneOrgs.get(name) === 'local' || (rest !== name && (lex.standaloneOrgs.get(rest) === 'local' || lex.orgSuffixes.includes(rest)));
}

/** a phase right after a quoted name: “某某”一期 */
const QUOTED_PHASE = new RegExp(`”${PHASE_SOURCE}`);
const PHASE_ENDING = new RegExp(`${PHASE_SOURCE}${PHASE_WORK_SOURCE}?$`);
/** what follows the last item of a list: 等村, 等小区 */
const LISTED_KIND_AFTER = /^(\p{Script=Han}{2,}?)等\p{Script=Han}{1,3}$/u;

const standaloneFirst = new WeakMap<Lexicon, Map<string, string[]>>();
/** Standalone bodies (区委, 镇党委 …) of two or more characters by first character, longest first. */
function standaloneByFirst(lex: Lexicon): Map<string, string[]> {
  let byFirst = standaloneFirst.get(lex);
  if (!byFirst) {
    byFirst = new Map();
    for (const k of [...lex.standaloneOrgs.keys()].filter((o) => o.length > 1).sort((a, b) => b.length - a.length)) byFirst.set(k[0], [...(byFirst.get(k[0]) ?? []), k]);
    standaloneFirst.set(lex, byFirst);
  }
  return byFirst;
}

/** Inside quotes a suffix word is part of a brand (“某某街”), not a place. */
/** "A、B2个小区“某某”改造": places listed before the quote are places of their own. */
function listedBeforeQuote(text: string, offset: number, n: Span, p: Span): boolean {
  const open = text.indexOf('“', p.start - offset);
  return open >= 0 && n.end - offset <= open;
}

function quotedOnly(text: string, offset: number, n: Span): boolean {
  const before = text.slice(0, n.start - offset);
  return before.lastIndexOf('“') > before.lastIndexOf('”');
}

function longerSuffix(m: NameHit, n: NameHit): boolean {
  return (m.suffixLength ?? 0) > (n.suffixLength ?? 0) || ((m.suffixLength ?? 0) === (n.suffixLength ?? 0) && m.type === 'Organisation');
}
/** "街道城运中心": the organisation suffix 城运中心 outweighs the place suffix 中心 it ends with */
function outweighed(n: NameHit, all: NameHit[]): boolean {
  return all.some((m) => m.type !== n.type && inside(m, n) && m.end === n.end && (m.suffixLength ?? 0) > (n.suffixLength ?? 0));
}

function longestOf(names: NameHit[]): NameHit[] {
  if (names.length < 2) return names;
  const unique = names.filter((n, i) => names.findIndex((m) => same(m, n) && m.type === n.type) === i);
  const kept = unique.filter((n) => !outweighed(n, unique));
  return kept.filter((n) => !kept.some((m) => m !== n && ((inside(n, m) && !namesOuterPlace(n, m)) || (same(n, m) && m.type !== n.type && longerSuffix(m, n)))));
}

/** "某某路1288号", "某某路318弄", "某某路北侧地块", "某某路地块": the road of an address, a lane or a plot is a place of its own */
function namesOuterPlace(n: NameHit, m: NameHit): boolean {
  return n.type === 'Place' && m.type === 'Place' && n.start === m.start && NAMING_PLACE.test(n.name) && ON_THE_ROAD.test(m.name.slice(n.name.length));
}
const NAMING_PLACE = /\p{Script=Han}{2}(?:路|公路|大道)$/u;
const ON_THE_ROAD = /^(?:\d+[号弄]|[东南西北]侧|[A-Z\d-]*地块)/;

/** Nested programme names: keep the outer one; same-span duplicates once. Policies are kept. */
function dedupeProgrammes(hits: ProgrammeHit[]): ProgrammeHit[] {
  const unique = hits.filter((h, i) => hits.findIndex((o) => same(o, h) && o.type === h.type && nameKey(o.name) === nameKey(h.name)) === i);
  return unique.filter(
    (h) => h.type === 'Policy' || !unique.some((o) => o !== h && o.type === 'Programme' && (inside(h, o) || (same(h, o) && rank(o) > rank(h)))),
  );
}
const RANK = { quote: 6, title: 5, heading: 4, glossary: 4, lexicon: 3, kind: 2, place: 1, list: 1 } as const;
const rank = (h: ProgrammeHit) => RANK[h.source];

/** bodies of one village or community, named by it */
const COMMUNITY_BODIES = '党总支|党支部|党委|村民委员会|居民委员会|经济合作社|股份经济合作社|腰鼓队|合唱团|舞蹈队|沪剧队|山歌队';
/** any body named by a 居民区 (某某居民区城管社区工作室): the word names no other kind of unit */
const RESIDENTS_AREA_BODY = /^(\p{Script=Han}{2,8}?(居民区))\p{Script=Han}{2,}$/u;
const COMMUNITY_BODY = new RegExp(`^(\\p{Script=Han}{2,8}?(居民区|村))(?:${COMMUNITY_BODIES})$`, 'u');

/**
 * "在来/v 福里/x 居民区党总支": a name that starts inside a place found before it and goes on past
 * it (福里居民区… inside 来福里) starts with that place (来福里居民区…).
 */
/** A village or community, or its own body, written after its 镇/街道 (某镇某村, 某街道某居民区党总支). */
const PLACES_NAMED_WITHOUT_TOWN = new Set(['residential', 'road', 'lane', 'park', 'river', 'bridge', 'village', 'block']);
const COMMUNITY_NAME = new RegExp(`^\\p{Script=Han}{1,8}?(?:村|居民区|社区|居委会?)(?:${COMMUNITY_BODIES})?$`, 'u');

/**
 * "金汇镇明星村" → 明星村, "西渡街道关港居民区党总支" → 关港居民区党总支: a village or community is
 * named without the 镇/街道 it belongs to (the district is a mention of its own), as every labelled
 * document names them. Other names keep their district (某镇社区卫生服务中心, 某镇某长者照护之家).
 */
function withoutTownPrefix(text: string, offset: number, names: NameHit[], districts: DistrictMention[], lex: Lexicon): NameHit[] {
  if (!districts.length && !names.some((n) => n.kind === 'village')) return names;
  let out: NameHit[] | null = null;
  names.forEach((n, k) => {
    // (the 镇/街道 written out: a short form, 车墩新苑 or 凉城三村, names the community itself)
    const d = districts.find((m) => m.start === n.start && m.end < n.end && /(?:镇|街道|乡)$/.test(text.slice(m.start - offset, m.end - offset)));
    const rest = d ? text.slice(d.end - offset, n.end - offset) : '';
    // (and a compound, road, lane, park or river after its 镇/街道: 某镇某某苑, 某街道某某小区; GUIDE.md)
    // (an area needs a name of its own after the town: 某镇北片区 is the town's north)
    const ownNamed = n.type === 'Place' && PLACES_NAMED_WITHOUT_TOWN.has(n.kind ?? '') && !lex.genericNames.has(nameKey(rest)) && (n.kind !== 'block' || rest.length - (n.suffixLength ?? 0) >= 2);
    if (d && rest.length >= 3 && (COMMUNITY_NAME.test(rest) || ownNamed)) (out ??= names.slice())[k] = { ...n, name: rest, start: d.end };
    // "某某县某某镇某某村" outside the gazetteer (a paired county far away): the village is named without them
    const chain = !d && n.type === 'Place' && n.kind === 'village' ? VILLAGE_AFTER_TOWN.exec(n.name) : null;
    if (chain && !lex.genericNames.has(chain[2])) (out ??= names.slice())[k] = { ...n, name: chain[2], start: n.end - chain[2].length };
  });
  return out ?? names;
}
const VILLAGE_AFTER_TOWN = /^(\p{Script=Han}{2,5}?[县市])?\p{Script=Han}{1,4}?[镇乡](\p{Script=Han}{2,5}村)$/u;

/** The keys of the document's own district names, computed once per document (the array is the document's). */
const ownKeysOf = new WeakMap<string[], string[]>();
function ownKeys(ownNames: string[]): string[] {
  let keys = ownKeysOf.get(ownNames);
  if (!keys) ownKeysOf.set(ownNames, (keys = ownNames.map(nameKey)));
  return keys;
}

function startsInsidePlaces(text: string, offset: number, names: NameHit[]): NameHit[] {
  if (names.length < 2) return names;
  let out: NameHit[] | null = null;
  names.forEach((n, k) => {
    const p = names.find((q) => q.type === 'Place' && q.start < n.start && n.start < q.end && q.end < n.end);
    if (p) (out ??= names.slice())[k] = { ...n, name: text.slice(p.start - offset, n.end - offset), start: p.start };
  });
  return out ?? names;
}

/** kinds of place that hold venues named by them (a lane's museum, a park's service station) */
const HOLDS_VENUES = new Set(['lane', 'residential', 'park', 'block', 'building', 'heritage', 'village', 'park-zone', 'square']);

/**
 * "某某里|红色史迹陈列馆", "某某广场|企业服务站": a venue whose own name is only common words,
 * written right after the place that holds it, is named by that place (GUIDE.md), as one Place.
 */
function venuesOfPlaces(names: NameHit[], idx: TokenIndex): NameHit[] {
  let out = names;
  for (const venue of names) {
    if (venue.type !== 'Place') continue;
    const holder = out.find((p) => p.type === 'Place' && p.end === venue.start && HOLDS_VENUES.has(p.kind ?? ''));
    if (!holder) continue;
    const specificEnd = venue.end - (venue.suffixLength ?? 0);
    const own = idx.tokens.filter((t) => t.start >= venue.start && t.end <= specificEnd);
    if (!own.length || own[own.length - 1].end !== specificEnd || own.some((t) => isProper(t) || t.tag === 'x' || t.tag === 'm')) continue;
    const merged: NameHit = { ...venue, name: holder.name + venue.name, start: holder.start };
    out = out.filter((n) => n !== holder && n !== venue).concat(merged);
  }
  return out;
}

/** a village, estate or township a team belongs to: 某村, 某居民区, 某乡 */
const TEAM_HOME = /(?:村|居民区|社区|乡|镇|街道)$/;

/**
 * "某村“护河卫士”志愿服务队", "某居民区“银发先锋”志愿服务队": a team named by a quote is named with the village,
 * estate or township written right before the quote (labelled so in the documents; the place stays a place too).
 */
function quotedTeamsOfPlaces(text: string, offset: number, names: NameHit[], districts: DistrictMention[]): NameHit[] {
  return names.map((n) => {
    if (n.type !== 'Organisation' || text[n.start - offset] !== '“') return n;
    const home = [...names, ...districts].find((h) => h.end === n.start && TEAM_HOME.test(h.name) && (!('type' in h) || h.type === 'Place'));
    return home ? { ...n, name: text.slice(home.start - offset, n.end - offset), start: home.start } : n;
  });
}

/**
 * "某镇“某某”慈善超市", "某村“某某”农家乐": a quoted venue written right after its 镇/街道, village or
 * community is named with it (GUIDE.md: the name as written); the holder stays a mention of its own.
 * So is a quoted team after its district (某区“某某”志愿服务队).
 */
function quotedVenuesWithHolders(text: string, offset: number, names: NameHit[], districts: DistrictMention[]): NameHit[] {
  const team = (n: NameHit) => n.type === 'Organisation' && n.name.startsWith('“');
  if (!names.some((n) => n.quotedVenue || team(n))) return names;
  return names.map((n) => {
    // (a quoted team, 某区“某某”志愿服务队, is named with any district written before it: 20 of 23 labelled)
    const holder = team(n)
      ? districts.find((d) => d.end === n.start)
      : n.quotedVenue
        ? districts.find((d) => d.end === n.start && LOCAL_UNIT.test(d.name)) ?? names.find((p) => p.type === 'Place' && p.end === n.start && HOLDS_QUOTED_VENUES.has(p.kind ?? ''))
        : undefined;
    return holder ? { ...n, name: text.slice(holder.start - offset, n.end - offset), start: holder.start, aliases: [...(n.aliases ?? []), n.name] } : n;
  });
}
const LOCAL_UNIT = /(?:镇|街道|乡)$/;
const HOLDS_QUOTED_VENUES = new Set(['village', 'residential']);

/**
 * "某镇某某社区卫生服务站", "某镇某某长者照护之家": a venue with a proper name of its own, written after its
 * 镇/街道, keeps the name without them as an alias (GUIDE.md: named as written; labels go both ways).
 */
function venuesAfterTheirTown(text: string, offset: number, names: NameHit[], districts: DistrictMention[], idx: TokenIndex, lex: Lexicon): NameHit[] {
  return names.map((n) => {
    if (n.type !== 'Place' || n.aliases?.length) return n;
    const town = districts.find((d) => d.start === n.start && d.end < n.end && LOCAL_UNIT.test(d.name));
    const k = town && idx.startAt[town.end - offset];
    const first = k !== undefined ? idx.tokens[k] : undefined;
    // (or a common noun that is no kind word, with two characters of its own before the kind: 某镇海韵/n 社区卫生服务站)
    const ownWord = first !== undefined && first.tag === 'n' && first.word.length === 2 && n.end - town!.end - (n.suffixLength ?? 0) >= 2 && !lex.genericModifiers.has(first.word) && !lex.placeFunctionWords.has(first.word) && !lex.genericNames.has(first.word);
    if (!first || !(isProper(first) || first.tag === 'x' || ownWord) || n.end - town!.end < 4) return n;
    return { ...n, aliases: [text.slice(town!.end - offset, n.end - offset)] };
  });
}

/** what names a district's own part of an event: 某区分会场活动, 某某主场活动 (not 系列活动, labelled both ways) */
const LOCAL_VENUE = /^\p{Script=Han}{0,6}?(?:分会场|主会场|主场)活动/u;
const YEAR_BEFORE = /(?:19|20)\d{2}年$/;

/**
 * "2025年中国农民丰收节某某镇分会场活动", "全国科普日某区主场活动": a district's part of a national event is
 * the programme, named with the event, its year and the venue (every such one in the tuned documents).
 */
function withLocalVenues(programmes: ProgrammeHit[], text: string, offset: number): ProgrammeHit[] {
  if (!text.includes('活动')) return programmes;
  return programmes.map((p) => {
    const local = p.type === 'Programme' ? LOCAL_VENUE.exec(text.slice(p.end - offset)) : null;
    if (!local) return p;
    const year = YEAR_BEFORE.exec(text.slice(Math.max(0, p.start - offset - 5), p.start - offset))?.[0] ?? '';
    const [start, end] = [p.start - year.length, p.end + local[0].length];
    return { ...p, name: text.slice(start - offset, end - offset), start, end };
  });
}

/** a number and a measure word after a name's first character (no labelled place has one) */
const COUNT_INSIDE = /^.+?(?:[两二三四五六七八九十]|\d+)(?:个|条|座|处)/u;
/** "甲、乙两家社区卫生服务中心": a count of bodies inside a body's name is a list's, no body has one */
const BODIES_COUNTED_INSIDE = /^\p{Script=Han}+?(?:[两二三四五六七八九十]|\d+)(?:家|所)\p{Script=Han}{2,}$/u;

/** kinds of school and committee that, named by a district alone, are every one of the kind there */
const GENERIC_BODY_KINDS = /(?:学校|委员会)$/;

/** what after 村 makes it the villages in general (村“两委”, 村居, 村内, 村民, 村级, 村任职, 村卫生室, 村党组织, 村集体) */
const VILLAGES_IN_GENERAL = /^(?:“?两委|居|内|民|级|任职|干部|卫生室|党组织|集体)/;
function verbBeforeVillage(village: NameHit, idx: TokenIndex, lex: Lexicon): boolean {
  const specific = village.name.slice(0, -1);
  const k = idx.startAt[village.start - idx.offset];
  const verb = k !== undefined && idx.tokens[k].word === specific && idx.tokens[k].tag.startsWith('v');
  return verb || lex.leadVerbs.has(specific) || lex.verbsBeforeNames.has(specific);
}

/**
 * "延伸至/v 祥筠路", "A公园至B郊野公园": 至 ("to") ends a range, it starts no place; a range written
 * without its stretch's brackets (某路（A至B段）) is its two ends.
 */
function withoutRangeWord(names: NameHit[]): NameHit[] {
  if (!names.some((n) => n.type === 'Place' && n.name.includes('至'))) return names;
  return names.flatMap((n) => {
    if (n.type !== 'Place' || !n.name.includes('至') || /[（(]/.test(n.name)) return [n];
    if (n.name.startsWith('至')) return n.name.length >= 4 ? [{ ...n, name: n.name.slice(1), start: n.start + 1 }] : [];
    const at = n.name.indexOf('至');
    const [left, right] = [n.name.slice(0, at), n.name.slice(at + 1)];
    if (left.length < 3 || right.length < 3 || right.endsWith('段')) return [n];
    return [{ ...n, name: left, end: n.start + at, kind: undefined, suffixLength: 0 }, { ...n, name: right, start: n.start + at + 1 }];
  });
}

/**
 * A work named after a town that is the last of a list of towns is named with the list
 * (某某镇、某某镇区域供水管网互联互通工程): the work is on all of them.
 */
function withListedTowns(programmes: ProgrammeHit[], districts: DistrictMention[], text: string, offset: number): ProgrammeHit[] {
  const towns = districts.filter((d) => d.level === 'town' || d.level === 'subdistrict');
  if (towns.length < 2) return programmes;
  return programmes.map((p) => {
    if (p.type !== 'Programme' || (p.source !== 'kind' && p.source !== 'place') || !towns.some((t) => t.start === p.start)) return p;
    let start = p.start;
    for (let before = towns.find((t) => t.end === start - 1 && text[start - 1 - offset] === '、'); before; before = towns.find((t) => t.end === start - 1 && text[start - 1 - offset] === '、')) start = before.start;
    return start === p.start ? p : { ...p, start, name: text.slice(start - offset, p.end - offset) };
  });
}

/** a preposition jieba glued to an unknown name (与蔚/x 大环境学院, 为晟/x 岚半导体, 对沃/x 岚资本) */
const GLUED_TO_NAME = /^[与为对]/;
/**
 * "区农业农村委会同区水务局": 会同 ("together with") after a commission's 委 joins two bodies, which jieba
 * read as one (农村委会 → 村委会); a village committee's 村委会 stays whole (某村村委会同步…).
 */
function bodiesTogether(n: NameHit, lex: Lexicon): NameHit[] {
  const m = n.type === 'Organisation' ? TOGETHER_WITH.exec(n.name) : null;
  if (!m || !lex.orgSuffixes.some((x) => m[2].endsWith(x))) return [n];
  const second = n.start + m[1].length + 2;
  return [
    { ...n, name: m[1], end: n.start + m[1].length, suffixLength: 1 },
    { ...n, name: m[2], start: second },
  ];
}
const TOGETHER_WITH = /^(\p{Script=Han}*?(?:农村委|[^村]委))会同(\p{Script=Han}{3,})$/u;

/** "区域/n 内蔚岚路/x": 内 after an area is the locative "within", not a name's first character */
const AREAS_BEFORE_WITHIN = new Set(['区域', '辖区', '园区', '镇域', '片区', '街区', '社区', '小区', '村域', '境']);

/**
 * A name that starts with a preposition (or 内 after an area) glued into jieba's unknown word starts after it; so does
 * one that starts with the preposition as a word of its own (与/p 澄湾/x 公园), or with a conjunction glued to it right
 * after another name (某某业委会|和葭园/x 小区业委会).
 */
function withoutGluedPreposition(names: NameHit[], tokens: Token[], idx: TokenIndex): NameHit[] {
  return names.map((n) => {
    if (n.name.length < 3) return n;
    const k = idx.at[n.start - idx.offset] ?? -1;
    const first = tokens[k];
    if (!first || first.start !== n.start) return n;
    const alone = first.word.length === 1 && first.tag === 'p' && GLUED_TO_NAME.test(first.word) && n.name.length >= 4;
    const glued = first.tag === 'x' && first.word.length >= 2 && (GLUED_TO_NAME.test(n.name) || (n.name[0] === '内' && AREAS_BEFORE_WITHIN.has(tokens[k - 1]?.word ?? '')) || (GLUED_JOINER.test(n.name) && names.some((m) => m.end === n.start)));
    return alone || glued ? { ...n, name: n.name.slice(1), start: n.start + 1 } : n;
  });
}

const HAN = /\p{Script=Han}/u;
/** "某某河滨水步道贯通工程": a walkway the work opens up end to end is what the work makes, not yet a place */
const WALKWAY = /步道$/;
const OPENED_UP = '贯通';
function withoutWalkwaysBeingMade(names: NameHit[], text: string, offset: number): NameHit[] {
  return names.filter((n) => !(n.type === 'Place' && WALKWAY.test(n.name) && text.startsWith(OPENED_UP, n.end - offset)));
}

/**
 * A name that starts with 和, 与 or 及 (jieba glued the conjunction to it or read it as the name's first character),
 * without it when the document writes the rest elsewhere at the start of a clause or item (…。某某故居周边环境整治 …
 * 提升和某某故居周边环境整治); after another character it may be another name's end (和庆居民区 … 吉庆居民区).
 * Names that really start so (和平路, 和庆坊) are written so everywhere.
 */
function withoutJoinerNamedElsewhere<T extends { name: string; start: number }>(n: T, docText: string): T {
  if (!GLUED_JOINER.test(n.name) || n.name.length < 4) return n;
  const rest = n.name.slice(1);
  for (let at = docText.indexOf(rest); at >= 0; at = docText.indexOf(rest, at + 1)) if (!HAN.test(docText[at - 1] ?? '')) return { ...n, name: rest, start: n.start + 1 };
  return n;
}

/** "湄某路杉某路": a junction written as its two roads' names one after the other */
const ownBodiesCache = new WeakMap<StructuredDocument, string[]>();
/** The document's issuing body below the 区 government, as written and without 上海市 (上海市某区某某局 → 某区某某局). */
function ownBodiesOf(doc: StructuredDocument): string[] {
  let bodies = ownBodiesCache.get(doc);
  if (bodies) return bodies;
  // (a body with a second name writes it in brackets: 某区市场监督管理局（某区知识产权局）)
  const issuers = (doc.metadata.issuer?.replace(/\s+/g, '') ?? '').split(/[(（)）]/).filter((b) => b.length >= 4 && !/人民政府(?:办公室)?$/.test(b));
  bodies = [...new Set(issuers.flatMap((b) => [b, b.replace(/^上海市/, '')]))];
  ownBodiesCache.set(doc, bodies);
  return bodies;
}

/** a 区's committee, of a numbered term or not (上海市某区第十五届委员会), and 政协 (in full or short) with its city written before it */
const TERM_COMMITTEE = /^\p{Script=Han}{1,4}[区县市](?:第[一二三四五六七八九十百]+届)?委员会/u;
const CONSULTATIVE_BEFORE = /(?:政协|中国人民政治协商会议)(?:上海市)?$/;

/** "政协上海市某区第十五届委员会常务委员会": the CPPCC's committee of a 区 is named from 政协 on. */
function withConsultativePrefix(text: string, offset: number, names: NameHit[]): NameHit[] {
  return names.map((n) => {
    if (n.type !== 'Organisation' || !TERM_COMMITTEE.test(n.name)) return n;
    const before = CONSULTATIVE_BEFORE.exec(text.slice(Math.max(0, n.start - offset - 13), n.start - offset));
    if (!before) return n;
    const start = n.start - before[0].length;
    return { ...n, start, name: text.slice(start - offset, n.end - offset) };
  });
}

/** adverbs of manner and scope that open a clause (jieba tags most of them nouns): 全力, 全面, 重点, 全年 */
const LEADING_ADVERBS = new Set(['全力', '全面', '全部', '全年', '重点', '深入', '高标准', '高质量', '持续', '积极', '主动', '加快', '着力', '大力']);

/**
 * A name that starts with such an adverb starts after it and the verb after it (全力服务|某某新城); what is left of
 * one with no verb after the adverb (全部|居民区) is the adverb's scope, no name.
 */
function withoutLeadingAdverb<T extends { name: string; start: number; end: number }>(hits: T[], tokens: Token[], idx: TokenIndex, offset: number): T[] {
  const out: T[] = [];
  for (const h of hits) {
    const k = idx.startAt[h.start - offset];
    if (k === undefined || !LEADING_ADVERBS.has(tokens[k].word)) {
      out.push(h);
      continue;
    }
    const verb = tokens[k + 1];
    if (!verb || !verb.tag.startsWith('v') || verb.tag === 'vn' || verb.end >= h.end - 1) continue;
    out.push({ ...h, start: verb.end, name: h.name.slice(verb.end - h.start) });
  }
  return out;
}

/** verbs of building or running something, read as nouns (建设/vn), that start no name after them */
const WORK_VERBS = new Set(['建设', '新建', '改造', '运营', '做优', '做强']);

/**
 * A name whose first word is a work verb and which runs on over two words or more: the verb is the
 * sentence's, and without it only a proper word starts a name (建设/vn 某溪菜市场 → 某溪菜市场; 建设/vn
 * 游客服务中心 names none). One word after it is the name's own (建设/vn 新村/n, 建设/vn 管理科/n).
 */
function withoutLeadingWorkVerb(hits: NameHit[], tokens: Token[], idx: TokenIndex, offset: number): NameHit[] {
  const out: NameHit[] = [];
  for (const h of hits) {
    const k = idx.startAt[h.start - offset];
    const next = k === undefined ? undefined : tokens[k + 1];
    // (jieba tags 新建 a place name at times: 新建/ns 宝山/ns 人才/n 驿站/n)
    if (k === undefined || !WORK_VERBS.has(tokens[k].word) || !(tokens[k].tag.startsWith('v') || tokens[k].tag === 'ns') || !next || next.end >= h.end || (h.type !== 'Organisation' && h.type !== 'Place')) {
      out.push(h);
      continue;
    }
    if (isProper(next)) out.push({ ...h, start: next.start, name: h.name.slice(next.start - h.start) });
  }
  return out;
}

/** what may follow a riverside named by its district: its surroundings, a list's next item, or the sentence's verb */
const AFTER_RIVERSIDE = new Set(['沿线', '岸线', '公共空间', '一带', '地区', '区域', '沿岸', '两岸', '等', '为', '和', '与', '及']);

/**
 * "徐汇滨江", "北外滩滨江": the riverside of a 区 or 街道 named by its short form is a place (the short form is
 * no mention inside it); not where 滨江 starts a longer name (某区滨江工业文明博物馆, 某区滨江国际马拉松赛).
 */
function riversidesOfDistricts(text: string, offset: number, districts: DistrictMention[], names: NameHit[], idx: TokenIndex, tokens: Token[]): NameHit[] {
  const found: NameHit[] = [];
  for (const d of districts) {
    if ((d.level !== 'district' && d.level !== 'subdistrict') || endsWithLevel(text.slice(d.start - offset, d.end - offset))) continue;
    const end = d.end + 2;
    if (!text.startsWith('滨江', d.end - offset) || names.some((n) => n.start < end && d.start < n.end)) continue;
    const k = idx.startAt[end - offset];
    if (k === undefined) continue;
    const next = tokens[k];
    if (!isPunct(next) && !next.tag.startsWith('v') && !AFTER_RIVERSIDE.has(next.word)) continue;
    found.push({ type: 'Place', name: text.slice(d.start - offset, end - offset), start: d.start, end, kind: 'area', suffixLength: 2 });
  }
  return found;
}

const JUNCTION = /^(\p{Script=Han}{2,4}?路)(\p{Script=Han}{2,4})路$/u;

/** A road's name that is two roads' names (a junction: 某某路某某路) is the two roads; 某某路步行街 is one street. */
function roadsOfJunctions(names: NameHit[]): NameHit[] {
  return names.flatMap((n) => {
    const m = n.type === 'Place' ? JUNCTION.exec(n.name) : null;
    if (!m || commonWordsOnly(m[2])) return [n];
    const split = n.start + m[1].length;
    return [{ ...n, name: m[1], end: split }, { ...n, name: n.name.slice(m[1].length), start: split }];
  });
}

/** "甲路与乙路交叉口东北侧地块": a site at a crossing is named by both roads; the first stays a place of its own. */
function crossingsOfRoads(text: string, offset: number, names: NameHit[]): NameHit[] {
  let out = names;
  for (const site of names) {
    if (site.type !== 'Place' || !CROSSING.test(site.name)) continue;
    const first = out.find((p) => p.type === 'Place' && p.kind === 'road' && p.end + 1 === site.start && ROAD_JOINS.has(text[p.end - offset]));
    if (!first) continue;
    const merged: NameHit = { ...site, name: text.slice(first.start - offset, site.end - offset), start: first.start };
    out = out.filter((n) => n !== site).concat(merged);
  }
  return out;
}
const CROSSING = /^[^与和]{2,12}?(?:路|街|大道|公路)(?:交叉口|路口|交口)/;
const ROAD_JOINS = new Set(['与', '和']);

/**
 * "轨道交通某某路站", "某某路站、某某路站完成主体结构": a road's name and 站 is the station named after it
 * (labels: 31 Place), not the road; 站点 and 站长 are words of their own. A station is a building, as 首末站 and
 * 汽车站 are (names.json placeKinds).
 */
function stationsOfRoads(text: string, offset: number, names: NameHit[]): NameHit[] {
  return names.map((n) => {
    if (n.type !== 'Place' || n.kind !== 'road' || text[n.end - offset] !== '站' || /^[点长内]/.test(text[n.end - offset + 1] ?? '')) return n;
    // (a body's post named by its road is the body's: 某某消防救援支队某某路站)
    if (names.some((o) => o.type === 'Organisation' && o.end === n.start)) return n;
    const name = n.name.replace(RAIL_PREFIX, '') + '站';
    return { ...n, name, start: n.end + 1 - name.length, end: n.end + 1, kind: 'building', suffixLength: 1 };
  });
}
const RAIL_PREFIX = /^(?:地铁|轨道交通)/;

/** what stands between a host and its station: what the station serves (人才, 公共法律, 楼宇党群, “家门口”), no verb */
const STATION_SERVICE = /^[\p{Script=Han}“”]{0,8}?$/u;

/**
 * "某某产业园人才服务站", "某某大厦公共法律服务站", "某某居民区便民服务站": a service station a named place
 * hosts is a place named by it (names.json hostedStations); the host stays a place of its own.
 */
function hostedStations(text: string, offset: number, names: NameHit[], idx: TokenIndex, lex: Lexicon): NameHit[] {
  if (!lex.hostedStations.some((s) => text.includes(s))) return names;
  const out: NameHit[] = [];
  for (const host of names) {
    if (host.type !== 'Place' || !HOLDS_VENUES.has(host.kind ?? '')) continue;
    const after = text.slice(host.end - offset, host.end - offset + 14);
    for (const station of lex.hostedStations) {
      const at = after.indexOf(station);
      if (at < 0 || !STATION_SERVICE.test(after.slice(0, at))) continue;
      const end = host.end + at + station.length;
      // (no verb of the sentence, second item or 的 in between: 某大厦设立服务点, 某园和某园服务站, 某广场的服务站)
      const between = idx.tokens.filter((t) => t.start >= host.end && t.end <= end - station.length);
      if (between.some((t) => lex.leadVerbs.has(t.word) || /^[和及与等的]$/.test(t.word) || (t.tag.startsWith('v') && t.word.length > 1 && !/服务|管理/.test(t.word)))) continue;
      if (names.some((n) => n.start <= host.start && n.end >= end)) continue;
      out.push({ type: 'Place', name: text.slice(host.start - offset, end - offset), start: host.start, end, kind: 'building', suffixLength: station.length });
      break;
    }
  }
  if (!out.length) return names;
  // (a body or place read from the host's end to the station is the station's: 某园|企业法律服务站)
  return names.filter((n) => !out.some((o) => n.start > o.start && n.end === o.end)).concat(out);
}

/**
 * "六一新村业委会", "晋/nr 和/c 苑/zg 业委会": a place's own body (owners' committee, party branch)
 * is named by the place, however jieba cut the place's name; the place stays a mention of its own.
 */
function bodiesOfPlaces(text: string, offset: number, names: NameHit[], lex: Lexicon): NameHit[] {
  const out: NameHit[] = [];
  for (const n of names) {
    if (n.type !== 'Place') continue;
    const rest = text.slice(n.end - offset, n.end - offset + 6);
    const suffix = lex.placeBodySuffixes.find((s) => rest.startsWith(s));
    if (suffix) out.push({ type: 'Organisation', name: n.name + suffix, start: n.start, end: n.end + suffix.length, suffixLength: suffix.length });
  }
  return out;
}

/**
 * "某某居民区党总支", "某某村经济合作社": the body of a 居民区 or village names that place too (the
 * guide makes 居民区 and 村 Places), so the community is mentioned where its body is; so does a
 * 居民区's venue (某某居民区妇女之家).
 */
function communitiesOfBodies(names: NameHit[], idx: TokenIndex, lex: Lexicon): NameHit[] {
  const out: NameHit[] = [];
  // (for any body, the 居民区's name must be a name: a proper or unknown word, or characters jieba could not join)
  const named = (start: number) => {
    const first = idx.tokens[idx.startAt[start - idx.offset] ?? -1];
    return first !== undefined && (isProper(first) || first.tag === 'j' || (first.word.length === 1 && !/^[vpcdu]/.test(first.tag)));
  };
  for (const n of names) {
    if (n.type !== 'Organisation' && n.type !== 'Place') continue;
    // (the labels keep a venue's 居民区 as a place of its own 342 times to 9)
    const m = (n.type === 'Organisation' ? COMMUNITY_BODY.exec(n.name) : null) ?? (named(n.start) ? RESIDENTS_AREA_BODY.exec(n.name) : null);
    if (!m || lex.genericNames.has(m[1])) continue;
    out.push({ type: 'Place', name: m[1], start: n.start, end: n.start + m[1].length, kind: lex.placeKinds[m[2]], suffixLength: m[2].length });
  }
  return out;
}
