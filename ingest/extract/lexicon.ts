/**
 * Loads the versioned data files of ingest/data and compiles them once: sets for lookups,
 * longest-first regexes, and words registered with nodejieba so that domain terms survive
 * segmentation. Domain knowledge lives in the data files; this module only compiles it.
 */
import { readFileSync } from 'node:fs';
import nodejieba from 'nodejieba';
import { districtWords } from './districts.ts';
import { insertWord, keepWhole, retag, splitGluedFunctionWords, splitGluedTitles } from './tokens.ts';
import type { Comparator } from '../types.ts';
import { nameKey } from './normalise.ts';
import { alternation, termScanner, type TermScanner } from './term-scan.ts';

export { alternation };

const DATA_DIR = new URL('../data/', import.meta.url);

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(new URL(file, DATA_DIR), 'utf8')) as T;
}

export interface Theme {
  id: string;
  zh: string;
  en: string;
  keywords: string[];
}

interface LexiconFile {
  /** canonical policy name → other surface forms */
  policies: Record<string, string[]>;
  programmeTerms: Record<string, string[]>;
  programmeKinds: string[];
  strongProgrammeKinds: string[];
  projectActions: string[];
  placePlans: string[];
  projectEnds: string[];
  leadVerbs: string[];
  genericNames: string[];
  genericModifiers: string[];
  workOfArtCues: string[];
  policyTitleEnds: string[];
  longOrgSuffixes: string[];
  notProgrammeHeads: string[];
  developmentAreas: string[];
  notProgrammeEnds: string[];
  bareQuoteNoProgrammeEnds: string[];
  unplacedQuotedKinds: string[];
  policyProgrammeKinds: string[];
  wholeNouns: string[];
  ownCampaigns: string[];
  avoidVerbs: string[];
  tagCorrections: Record<string, string>;
  quotedOnlyKinds: Record<string, number>;
  quotedManners: string[];
  bodyActingVerbs: string[];
  unquotedNoProgrammeKinds: string[];
  titledKinds: string[];
}
/** Organisation and Place: every item must look like a name; Institution: most (short forms such as 复旦 are dictionary words) */
/** (Firm: a list of projects typed as firms when most of its items are brands: 某某教育、某某科技等一批产业项目) */
export type ListKind = 'Organisation' | 'Institution' | 'Person' | 'Place' | 'Firm';

interface NamesFile {
  placeSuffixes: string[];
  placeKinds: Record<string, string>;
  orgSuffixes: string[];
  standaloneOrgs: Record<string, 'city' | 'district' | 'local' | 'national'>;
  standalonePlaces: Record<string, string>;
  orgContextOnly: string[];
  listKinds: Record<string, ListKind>;
  headquarters: { firmWords: string[]; kinds: string[]; regions: string[]; facilityKinds: string[] };
  orgFunctionWords: string[];
  placeFunctionWords: string[];
  facilityCentreWords: string[];
  verbsBeforeNames: string[];
  routeWords: string[];
  quotedPlaceKinds: Record<string, string>;
  quotedVenueOnlyKinds: Record<string, string>;
  quotedVenueExcludedKinds: string[];
  quotedVenueExcludedSuffixes: string[];
  placeBodySuffixes: string[];
  builtBodySuffixes: string[];
  firmIndustryWords: string[];
  brandCues: string[];
  descriptiveTails: string[];
  hostedStations: string[];
  locativeSuffixes: string[];
  pluralKinds: string[];
  pluralMarkers: string[];
  personColumns: string[];
  subdistrictBodies: string[];
  districtInstitutions: string[];
  bodyShortForms: string[];
  notOrgEndings: string[];
  notPlaceEndings: string[];
  namedOnlyPlaceSuffixes: string[];
  quotedTeamSuffixes: string[];
  activitySiteSuffixes: string[];
  registeredBodySuffixes: string[];
  contactLabels: string[];
  awardVerbs: string[];
  honourWords: string[];
  surroundingWords: string[];
  titles: string[];
  rosterRoles: string[];
  surnames: string;
  compoundSurnames: string[];
  notPersonNames: string[];
}
interface QuantitiesFile {
  units: Record<string, [string, number]>;
  multipliers: Record<string, number>;
  approxSuffixes: string[];
  comparatorsBefore: [string, Comparator][];
  comparatorsAfter: [string, Comparator][];
  notAfterUnit: string[];
  pastCues: string[];
  planCues: string[];
  printRunCue: string;
  /** number-and-unit phrases that describe a service rather than count anything (24小时值守) */
  descriptiveQuantities: string[];
}

export interface Lexicon {
  themes: Theme[];
  /** policy key → canonical policy name */
  policies: Map<string, string>;
  policyScanner: TermScanner;
  /** surface form → canonical programme name */
  programmeTerms: Map<string, string>;
  /** the canonical names of the programme terms */
  programmeTermNames: Set<string>;
  programmeTermScanner: TermScanner;
  programmeKinds: string[];
  strongKinds: Set<string>;
  projectActions: string[];
  /** statutory plans of a named place (某片区控制性详细规划) */
  placePlans: string[];
  projectEnds: string[];
  leadVerbs: Set<string>;
  leadVerbsLongestFirst: string[];
  /** a lead verb of two or more characters anywhere in a phrase: the phrase is a clause, no name (某某河道实施轮疏) */
  sentenceVerb: RegExp;
  avoidVerbs: Set<string>;
  /** kind word → the fewest characters the quoted name before it must have */
  quotedOnlyKinds: Map<string, number>;
  /** quoted words saying how or where work is done (“一对一”, “家门口”): they name no programme */
  quotedManners: Set<string>;
  /** verbs of a firm taking part in work it does not own (某某有限公司承建某工程) */
  bodyActingVerbs: Set<string>;
  /** kind words that name a programme only after a quoted name (“某某”品牌, not 打响某某文旅品牌) */
  unquotedNoProgrammeKinds: Set<string>;
  /** kinds of work done on a law or plan named in 《》 right before them (《某某条例》执法检查) */
  titledKinds: string[];
  genericNames: Set<string>;
  genericModifiers: Set<string>;
  workOfArtCues: string[];
  /** a 《》 title is a policy only when it ends with one of these */
  policyTitleEnd: RegExp;
  longOrgSuffixes: string[];
  /** suffixes of teams named by a quoted phrase (“某某”志愿服务队) */
  quotedTeamSuffixes: string[];
  /** suffixes of sites named by the activity done there, after the place they are at (某村蔬菜保供基地) */
  activitySiteSuffixes: string[];
  /** suffixes of registered bodies whose names start with their region (上海某某有限公司) */
  registeredBodySuffixes: string[];
  /** labels of a document's contact line (联系人:某办公室 某某) */
  contactLabels: string[];
  /** nouns after a weak kind word that make the phrase a team, site or feature (服务|团队, 服务|点) */
  notProgrammeHeads: Set<string>;
  /** the development of a whole area ends in one of these and 建设 (lexicon.json developmentAreas) */
  developmentOfArea: RegExp;
  /** unquoted phrases ending so are no programme (lexicon.json notProgrammeEnds) */
  notProgrammeEnd: RegExp;
  /** a bare quote whose last word is one of these is a kind of service or an honour, no programme (lexicon.json bareQuoteNoProgrammeEnds) */
  bareQuoteNoProgramme: RegExp;
  /** a quote and one of these kind words, with no place before the quote, names a kind of work, no programme (lexicon.json unplacedQuotedKinds) */
  unplacedQuotedKind: RegExp;
  /** after a quoted policy, the kind words of a programme of its own (“某某”提质行动); any other names the policy's instrument */
  policyProgrammeKinds: string[];
  /** campaigns a district runs under its own name (“平安某某”建设) */
  ownCampaigns: string[];
  placeSuffixes: string[];
  placeKinds: Record<string, string>;
  orgSuffixes: string[];
  standaloneOrgs: Map<string, 'city' | 'district' | 'local' | 'national'>;
  standaloneOrgScanner: TermScanner;
  /** well-known functional areas named without a suffix the scan could use (name → place kind) */
  standalonePlaces: Map<string, string>;
  standalonePlaceScanner: TermScanner;
  orgContextOnly: Set<string>;
  /** the kinds named after 等 that type a list's items (names.json listKinds), longest first */
  listKinds: [string, ListKind][];
  /** a firm's headquarters named as a project (names.json headquarters): the words of a firm's name, its kinds and the regions before them */
  headquarters: { firmWords: string[]; kinds: string[]; regions: string[]; facilityKinds: string[] };
  /** verbs naming what a body does, part of its name (就业促进中心) */
  orgFunctionWords: Set<string>;
  /** what a facility is for, part of its name (体育公园) */
  placeFunctionWords: Set<string>;
  /** what is handled at a centre that is a facility (集配, 烘干): with placeFunctionWords, such a centre is no body */
  facilityCentreWords: Set<string>;
  /** one-character verbs that commonly precede a place (到, 进, 建): not the start of its name */
  verbsBeforeNames: Set<string>;
  /** the ends and course of a road or river being described (西起, 东至, 跨): a place's name starts after them */
  routeWords: Set<string>;
  quotedPlaceKinds: [string, string][];
  /**
   * kinds of venue a quoted name before them names, with their kind of place (quotedPlaceKinds, quotedVenueOnlyKinds
   * and the venues' place suffixes): by first character, longest first, so a scan looks up only the kinds that can start there
   */
  quotedVenueKindsByFirst: Map<string, [string, string][]>;
  /** the same kinds by the kind word */
  quotedVenueKindOf: Map<string, string>;
  placeBodySuffixes: string[];
  /** bodies whose building works are named by them (names.json builtBodySuffixes) */
  builtBody: RegExp;
  /** words a firm's brand ends in (names.json firmIndustryWords) */
  firmIndustryWords: Set<string>;
  /** a name ending in one of them (某某检测, 某某新能) */
  firmIndustryEnd: RegExp;
  /** words that bring a body into the work right before its brand (由, 委托, 联合: names.json brandCues) */
  brandCues: Set<string>;
  /** a place's describing kind after its name (names.json descriptiveTails), longest first */
  descriptiveTails: string[];
  /** what a named place hosts, named by it (names.json hostedStations: 某某大厦企业服务站) */
  hostedStations: string[];
  locativeSuffixes: Set<string>;
  pluralKinds: Set<string>;
  pluralMarkers: Set<string>;
  /** table headers whose cells name people (责任领导, 楼宇管家) */
  personColumns: Set<string>;
  /** centres a 街道 runs under its own name (某某街道社区文化活动中心): bodies, not venues */
  subdistrictBodies: Set<string>;
  districtInstitutions: Set<string>;
  /** 人社局, 规资局: the bureaus' short forms, as words jieba reads whole */
  bodyShortForms: string[];
  /** words ending in a body's suffix character that are not bodies (格局) */
  notOrgEndings: string[];
  notPlaceEndings: string[];
  /** place suffixes that make a place only after a proper or unknown word (某某驿站, not 游客驿站) */
  namedOnlyPlaceSuffixes: Set<string>;
  /** verbs that confer a title (获评, 争创): what follows is an honour, not a place */
  awardVerbs: Set<string>;
  honourWords: Set<string>;
  /** generic words for what surrounds a named place (某路美丽街区, 某村城中村): the named place is the place */
  surroundingWords: Set<string>;
  titles: string[];
  titleRegex: RegExp;
  rosterRoles: string[];
  surnames: Set<string>;
  compoundSurnames: string[];
  notPersonNames: Set<string>;
  quantities: QuantitiesFile;
  themeScanner: TermScanner;
  /** theme keyword → theme ids */
  themeByKeyword: Map<string, string[]>;
}

const byLengthDesc = (a: string, b: string) => b.length - a.length;

/** The longest lead verb a text starts with that leaves at least `minRest` characters after it. */
export function leadVerbAtStart(text: string, lex: Lexicon, minRest: number): string | undefined {
  return lex.leadVerbsLongestFirst.find((v) => text.startsWith(v) && text.length - v.length >= minRest);
}

let cached: Lexicon | null = null;

/** Compile the data files (once per process) and register their terms with nodejieba. */
export function loadLexicons(): Lexicon {
  if (cached) return cached;
  const lex = readJson<LexiconFile>('lexicon.json');
  const names = readJson<NamesFile>('names.json');
  const quantities = readJson<QuantitiesFile>('quantities.json');
  const themes = readJson<{ themes: Theme[] }>('themes.json').themes;

  const policies = new Map<string, string>();
  for (const [canonical, forms] of Object.entries(lex.policies))
    for (const f of [canonical, ...forms]) policies.set(nameKey(f), canonical);
  const programmeTerms = new Map<string, string>();
  for (const [canonical, forms] of Object.entries(lex.programmeTerms))
    for (const f of forms) programmeTerms.set(f, canonical);
  const themeByKeyword = new Map<string, string[]>();
  for (const t of themes)
    for (const k of t.keywords) themeByKeyword.set(k, [...(themeByKeyword.get(k) ?? []), t.id]);

  const surnames = new Set([...names.surnames]);
  const venueKinds = quotedVenueKinds(names);
  cached = {
    themes,
    policies,
    policyScanner: termScanner(Object.entries(lex.policies).flat(2)),
    programmeTerms,
    programmeTermNames: new Set(Object.keys(lex.programmeTerms)),
    programmeTermScanner: termScanner(programmeTerms.keys()),
    programmeKinds: [...lex.programmeKinds].sort(byLengthDesc),
    strongKinds: new Set(lex.strongProgrammeKinds),
    projectActions: [...lex.projectActions].sort(byLengthDesc),
    placePlans: lex.placePlans,
    projectEnds: lex.projectEnds,
    leadVerbs: new Set(lex.leadVerbs),
    leadVerbsLongestFirst: [...new Set(lex.leadVerbs)].sort(byLengthDesc),
    sentenceVerb: new RegExp(alternation(lex.leadVerbs.filter((v) => v.length >= 2))),
    avoidVerbs: new Set(lex.avoidVerbs),
    quotedOnlyKinds: new Map(Object.entries(lex.quotedOnlyKinds)),
    quotedManners: new Set(lex.quotedManners),
    bodyActingVerbs: new Set(lex.bodyActingVerbs),
    unquotedNoProgrammeKinds: new Set(lex.unquotedNoProgrammeKinds),
    titledKinds: [...lex.titledKinds].sort(byLengthDesc),
    genericNames: new Set(lex.genericNames.map(nameKey)),
    genericModifiers: new Set(lex.genericModifiers),
    workOfArtCues: lex.workOfArtCues,
    policyTitleEnd: new RegExp(`(?:${alternation(lex.policyTitleEnds)})(?:[(（][^()（）]*[)）])*$`),
    longOrgSuffixes: lex.longOrgSuffixes,
    quotedTeamSuffixes: names.quotedTeamSuffixes,
    activitySiteSuffixes: names.activitySiteSuffixes,
    registeredBodySuffixes: names.registeredBodySuffixes,
    contactLabels: names.contactLabels,
    notProgrammeHeads: new Set(lex.notProgrammeHeads),
    developmentOfArea: new RegExp(`(?:${alternation(lex.developmentAreas)})建设$`),
    notProgrammeEnd: new RegExp(`(?:${alternation(lex.notProgrammeEnds)})$`),
    bareQuoteNoProgramme: new RegExp(`^“[^“”]+(?:${alternation(lex.bareQuoteNoProgrammeEnds)})”$`),
    unplacedQuotedKind: new RegExp(`^“[^“”]+”(?:${alternation(lex.unplacedQuotedKinds)})$`),
    policyProgrammeKinds: lex.policyProgrammeKinds,
    ownCampaigns: lex.ownCampaigns,
    placeSuffixes: [...names.placeSuffixes].sort(byLengthDesc),
    placeKinds: names.placeKinds,
    orgSuffixes: [...names.orgSuffixes].sort(byLengthDesc),
    standaloneOrgs: new Map(Object.entries(names.standaloneOrgs)),
    standaloneOrgScanner: termScanner(Object.keys(names.standaloneOrgs)),
    standalonePlaces: new Map(Object.entries(names.standalonePlaces)),
    standalonePlaceScanner: termScanner(Object.keys(names.standalonePlaces)),
    orgContextOnly: new Set(names.orgContextOnly),
    listKinds: Object.entries(names.listKinds).sort(([a], [b]) => b.length - a.length),
    headquarters: names.headquarters,
    orgFunctionWords: new Set(names.orgFunctionWords),
    placeFunctionWords: new Set(names.placeFunctionWords),
    facilityCentreWords: new Set(names.facilityCentreWords),
    verbsBeforeNames: new Set(names.verbsBeforeNames),
    routeWords: new Set(names.routeWords),
    quotedPlaceKinds: Object.entries(names.quotedPlaceKinds).sort((a, b) => b[0].length - a[0].length),
    quotedVenueKindsByFirst: byFirstCharacter(venueKinds),
    quotedVenueKindOf: new Map(venueKinds),
    placeBodySuffixes: [...names.placeBodySuffixes].sort(byLengthDesc),
    firmIndustryWords: new Set(names.firmIndustryWords),
    firmIndustryEnd: new RegExp(`(?:${alternation(names.firmIndustryWords)})$`),
    brandCues: new Set(names.brandCues),
    descriptiveTails: [...names.descriptiveTails].sort(byLengthDesc),
    hostedStations: names.hostedStations,
    builtBody: new RegExp(`(?:${alternation(names.builtBodySuffixes)})$`),
    locativeSuffixes: new Set(names.locativeSuffixes),
    pluralKinds: new Set(names.pluralKinds),
    pluralMarkers: new Set(names.pluralMarkers),
    personColumns: new Set(names.personColumns),
    subdistrictBodies: new Set(names.subdistrictBodies),
    districtInstitutions: new Set(names.districtInstitutions),
    bodyShortForms: names.bodyShortForms,
    notOrgEndings: names.notOrgEndings,
    notPlaceEndings: names.notPlaceEndings,
    namedOnlyPlaceSuffixes: new Set(names.namedOnlyPlaceSuffixes),
    awardVerbs: new Set(names.awardVerbs),
    honourWords: new Set(names.honourWords),
    surroundingWords: new Set(names.surroundingWords),
    titles: [...names.titles].sort(byLengthDesc),
    titleRegex: new RegExp(`(?:${alternation(names.titles)})$`),
    rosterRoles: names.rosterRoles,
    surnames,
    compoundSurnames: names.compoundSurnames,
    notPersonNames: new Set(names.notPersonNames),
    quantities,
    themeScanner: termScanner(themeByKeyword.keys()),
    themeByKeyword,
  };
  registerWithJieba(cached, lex);
  return cached;
}

/**
 * The user dictionary built from the data files. nodejieba keeps one global dictionary,
 * so terms are inserted (insertWord) rather than reloading it under other modules' feet.
 */
export function userDictionary(lexicon: Lexicon, lex?: LexiconFile): [string, string][] {
  const entries: [string, string][] = [];
  for (const p of new Set(lexicon.policies.values())) entries.push([p, 'nz']);
  for (const f of lexicon.programmeTerms.keys()) entries.push([f, 'nz']);
  for (const k of lexicon.themeByKeyword.keys()) if (k.length > 1) entries.push([k, 'n']);
  for (const s of lexicon.placeSuffixes) if (s.length > 1) entries.push([s, 'n']);
  for (const s of lexicon.orgSuffixes) if (s.length > 1) entries.push([s, 'nt']);
  for (const o of lexicon.standaloneOrgs.keys()) entries.push([o, 'nt']);
  for (const o of lexicon.bodyShortForms) entries.push([o, 'nt']);
  for (const p of lexicon.standalonePlaces.keys()) entries.push([p, 'ns']);
  for (const t of lexicon.titles) entries.push([t, 'n']);
  for (const k of lexicon.programmeKinds) if (k.length > 1) entries.push([k, 'n']);
  for (const v of lex?.leadVerbs ?? []) if (v.length > 1) entries.push([v, 'v']);
  // "新/a 浜/nz 工业园区": a district's short form cut in two leaves its last character to be read as a suffix
  for (const w of districtWords()) entries.push([w, 'ns']);
  return entries;
}

/**
 * Only words jieba does not already know are inserted: re-inserting a known word lowers its
 * weight to the user-word default and degrades segmentation around it.
 */
function registerWithJieba(lexicon: Lexicon, lex: LexiconFile): void {
  for (const [word, tag] of userDictionary(lexicon, lex)) {
    if (nodejieba.cut(word, false).length > 1) insertWord(word, tag);
  }
  for (const word of lex.wholeNouns) insertWord(word, 'n');
  keepWhole([...districtWords().map((w) => [w, 'ns'] as const), ...lex.wholeNouns.map((w) => [w, 'n'] as const)]);
  for (const [word, tag] of Object.entries(lex.tagCorrections)) retag(word, tag);
  splitGluedTitles([...lexicon.orgSuffixes, ...lexicon.registeredBodySuffixes, ...lexicon.placeSuffixes].filter((s) => s.length > 1), lexicon.titles);
  splitGluedFunctionWords([...lexicon.orgSuffixes, ...lexicon.placeSuffixes, ...lexicon.programmeKinds]);
}

function byFirstCharacter(kinds: [string, string][]): Map<string, [string, string][]> {
  const out = new Map<string, [string, string][]>();
  for (const kind of kinds) {
    const list = out.get(kind[0][0]);
    if (list) list.push(kind);
    else out.set(kind[0][0], [kind]);
  }
  return out;
}

function quotedVenueKinds(names: NamesFile): [string, string][] {
  const kinds = new Map([...Object.entries(names.quotedPlaceKinds), ...Object.entries(names.quotedVenueOnlyKinds)]);
  const excludedKinds = new Set(names.quotedVenueExcludedKinds);
  const excluded = new Set(names.quotedVenueExcludedSuffixes);
  for (const suffix of names.placeSuffixes) {
    const kind = names.placeKinds[suffix] ?? '';
    if (suffix.length >= 2 && !excludedKinds.has(kind) && !excluded.has(suffix) && !kinds.has(suffix)) kinds.set(suffix, kind);
  }
  return [...kinds].sort((a, b) => b[0].length - a[0].length);
}
