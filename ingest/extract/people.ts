/**
 * People: rosters ("组 长:名 职务" lines), "名同志" in running text, and report authors.
 * A roster line's titles name the body the person holds a post in (党工委书记 → 党工委, 书记).
 */
import type { Lexicon } from './lexicon.ts';
import { alternation } from './lexicon.ts';
import { scanTerms, termScanner, type TermScanner } from './term-scan.ts';
import type { TokenIndex } from './token-index.ts';
import { isNominal, isProper, isPunct, tagOf, type Token } from './tokens.ts';

export interface Post {
  org: string | null;
  orgStart: number;
  orgEnd: number;
  title: string;
}
export interface PersonHit {
  name: string;
  start: number;
  end: number;
  role?: string;
  posts: Post[];
}

interface Compiled {
  rosterLine: RegExp;
  roleOnlyLine: RegExp;
  /** "党组成员、副 主 席：某某（兼某某主任）": posts ending in a title, a colon and a name (letter-spaced labels too) */
  postsLine: RegExp;
  unitRoster: RegExp;
  /** the same for one line, without the global flag */
  unitRosterLine: RegExp;
  unitEntry: RegExp;
  bracketList: RegExp;
  bracketEntry: RegExp;
  contactLine: RegExp;
  comrades: RegExp;
  /** a running-text title right before a surname: 镇长李某, 党委书记王某 */
  titled: TermScanner;
  surnameAhead: RegExp;
  compoundAhead: RegExp;
  rawName: RegExp;
  nameFollows: RegExp;
  /** a person after 由 and before what they do: "由某某牵头" */
  ledBy: RegExp;
  /** a person appointed to a post: "任命某某为某局局长" */
  appointed: RegExp;
  /** the holder of a post named after it: "办公室主任由某某兼任" */
  byWhom: RegExp;
  /** a second person joined to a titled one: "副主任甲某和乙某某任副组长" */
  joinedName: RegExp;
  /** "甲居民区某某、乙居民区某某某等5名": units, each with its person, before a count of people */
  unitListed: RegExp;
  unitListedItem: RegExp;
}
/** What a unit in a unit-by-unit roster ends with: a 街道/镇, a community, a village, a school or a hospital. */
const UNIT_ENDINGS = '街道|镇|乡|居民区|社区|村|中学|小学|幼儿园|学校|医院';
const BRACKETED_POST = '(?:[(（]([^()（）\\n]{1,48})[)）])';
const UNIT_SEPARATOR = '(?:[ \\t\\u3000]*[:：][ \\t\\u3000]*|[ \\t\\u3000]+)';
/** Roster-only words: in running text they precede members' lists, not one name. */
const NOT_RUNNING_TITLES = new Set(['成员', '委员', '组员']);
/** a name of two to four characters, padded to a column's width in rosters (齐　心) */
const PADDED_NAME = '[\\u4e00-\\u9fa5](?:[ \\t\\u3000]{0,3}[\\u4e00-\\u9fa5]){1,3}';
/** Words that may follow a name whose given part jieba split off (张/卫民 带队). */
const AFTER_NAME = new Set(['同志', '带队', '牵头', '主持', '负责', '出席', '任', '为', '等', '和', '及', '与', '分管', '兼任', '担任', '作', '代表', '率队', '领衔', '带领', '领办', '分别']);
/** ... and what a post holder does next (总结, 获评, 组织): these start a word after a name, never a given name */
const AFTER_NAME_WORDS = [...AFTER_NAME, '总结', '获评', '荣获', '组织', '指导', '表示', '介绍', '团队', '法师', '每', '先后', '多次', '亲自'];
/** What follows a name in the raw text after a title (任 but not 任务/任期) */
const RAW_FOLLOWERS = `(?:任(?![务期])|${[...AFTER_NAME_WORDS, '对', '召集', '专程', '参加', '指出', '强调', '说', '的'].filter((w) => w !== '任').join('|')})`;
/** Tags of a character that is a word of its own, never the last of a given name (的, 在, 和 …). */
const FUNCTION_TAGS_OF_NAME = /^(?:p|c|u\w*|d|r|m|q|f|y|e|o)$/;
/** jieba tags of tokens that may be pieces of a name it does not know */
const NAME_PIECE_TAGS = /^(?:x|nr\w*|nz|ng|g|zg|vg|ag)$/;
/** what a leader does, after 某某的 (在某某的带领下) */
const LEADING_AFTER_OF = /^(?:带领|领导|指导|带动|组织|倡议)/;
/** Characters common at the end of given names that jieba reads as conjunctions (沈玉和, 王永及). */
const NAME_ENDING_CHARS = new Set(['和', '与']);
const compiledFor = new WeakMap<Lexicon, Compiled>();
function compile(lex: Lexicon): Compiled {
  let c = compiledFor.get(lex);
  if (c) return c;
  const roles = lex.rosterRoles.map((r) => [...r].join('[ \\t\\u3000]*')).join('|');
  const compound = alternation(lex.compoundSurnames);
  const surname = `(?:${compound}|[${[...lex.surnames].join('')}])`;
  // a two-character name is often padded to three columns: 钱 玲, 钱  玲
  const name = `${surname}(?:[ \\t\\u3000]{0,3}[\\u4e00-\\u9fa5]){1,2}`;
  // (each name may be followed by its post in brackets: 某某居民区：某某（党总支书记）)
  const unitRoster = `^[ \\t\\u3000]*(?:[\\u4e00-\\u9fa5]{1,10}(?:${UNIT_ENDINGS})${UNIT_SEPARATOR}${name}${BRACKETED_POST}?(?:[ \\t\\u3000]+|$))+$`;
  c = {
    // the titles follow the name after spaces (名  职务) or in brackets (名(职务))
    rosterLine: new RegExp(`^[ \\t\\u3000]*(?:(${roles})[ \\t\\u3000]*[:：][ \\t\\u3000]*)?(${name})(?:[ \\t\\u3000]+(\\S[^\\n]{1,48}?)|[(（]([^()（）\\n]{1,48})[)）])[ \\t\\u3000]*$`, 'gm'),
    // "副组长：甲某（职务）、乙某（职务）": several people on one line, each with titles in brackets
    // (any two to four characters: the brackets and the title in them are the evidence, so rarer surnames count too)
    bracketList: new RegExp(`^[ \\t\\u3000]*(?:(${roles})[ \\t\\u3000]*[:：][ \\t\\u3000]*)?((?:${PADDED_NAME}[(（][^()（）\\n]{1,48}[)）][、，,；;]?[ \\t\\u3000]*){2,})$`, 'gm'),
    // "秘 书 长：平　安": a role and a name alone, the role the title (any two or three characters, or a compound surname and one or two)
    roleOnlyLine: new RegExp(`^[ \\t\\u3000]*(${roles})[ \\t\\u3000]*[:：][ \\t\\u3000]*((?:${compound})(?:[ \\t\\u3000]{0,3}[\\u4e00-\\u9fa5]){1,2}|[\\u4e00-\\u9fa5](?:[ \\t\\u3000]{0,3}[\\u4e00-\\u9fa5]){1,2})[ \\t\\u3000]*$`, 'gm'),
    postsLine: new RegExp(`^[ \\t\\u3000]*((?:[\\u4e00-\\u9fa5][ \\t\\u3000]*|、){2,24}?(?:[(（][\\u4e00-\\u9fa5、]{2,12}[)）])?)[:：][ \\t\\u3000]*(${name})[ \\t\\u3000]*(?:[(（][^\\n]{1,60}[)）])?[ \\t\\u3000]*$`, 'gm'),
    bracketEntry: new RegExp(`(${PADDED_NAME})[(（]([^()（）\\n]{1,48})[)）]`, 'g'),
    // "联系人:某办公室 某某  联系电话:…", "(执笔:某办公室 某某)": the office, if given, then the name
    // "长寿路街道：甄　婷　　曹杨新村街道：芮佳琪": a list of units, each with the one person who holds the
    // post the heading names (各街镇妇联主席); the units are districts, communities or villages
    // (or with spaces only: "欧阳路街道　钮丽华　　曲阳路街道　左丘明远")
    unitRoster: new RegExp(unitRoster, 'gm'),
    unitRosterLine: new RegExp(unitRoster),
    unitListed: /((?:[\u4e00-\u9fa5]{3,14}、)+[\u4e00-\u9fa5]{3,14}?)等?(?:\d+|[两三四五六七八九十]+)名/g,
    unitListedItem: new RegExp(`^[\u4e00-\u9fa5]{1,10}?(?:${UNIT_ENDINGS})((?:${compound})[\u4e00-\u9fa5]{1,2}|[${[...lex.surnames].join('')}][\u4e00-\u9fa5]{1,2})$`),
    unitEntry: new RegExp(`([\\u4e00-\\u9fa5]{1,10}(?:${UNIT_ENDINGS}))${UNIT_SEPARATOR}(${name})${BRACKETED_POST}?(?=[ \\t\\u3000]|$)`, 'g'),
    // (any two or three characters: the label is the evidence, so rarer surnames count too)
    // (the label may follow another field on the line: "联系地址：某路8号　联系人：某办公室　某某")
    contactLine: new RegExp(`(?:^|(?<=[ \\t\\u3000。；;]))[ \\t\\u3000]*(?:[(（][\\u4e00-\\u9fa5]{0,6}|[(（]?)(${alternation(lex.contactLabels)})[ \\t\\u3000]*[:：][ \\t\\u3000]*(?:([^\\s:：]{2,24})[ \\t\\u3000]+)?(${name}|[\\u4e00-\\u9fa5]{2,3})(?=[ \\t\\u3000,，;；)）(（]|$)`, 'gm'),
    // (某某、某某等同志: the 等 ends the list, it is no one's name)
    comrades: new RegExp(`((?:${surname}(?:(?!等)[\\u4e00-\\u9fa5]){1,2}、)*${surname}(?:(?!等)[\\u4e00-\\u9fa5]){1,2})等?同志`, 'g'),
    // a name starts with a listed surname, or jieba tags it a person's name (rarer surnames: 杭/nr 卫东/nr)
    // (a short note in brackets may stand between the title and the name: 副书记（挂职）某某)
    titled: termScanner(lex.titles.filter((t) => !NOT_RUNNING_TITLES.has(t)), '(?:[（(]\\p{Script=Han}{1,4}[）)])?[ \\t\\u3000]?(?=\\p{Script=Han})', true),
    surnameAhead: new RegExp(`^${surname}`),
    nameFollows: new RegExp(`^(?:[\\s、，。；：,;:（(）)]|$|${RAW_FOLLOWERS})`),
    compoundAhead: new RegExp(`^(?:${compound})`),
    // a name read from the characters after a title, up to punctuation or what follows a name
    // (the tokens may split it anywhere: 闾/nr 丘慧敏/x, 贲志/x 刚任/x, 凃/x 丽娜/x)
    rawName: new RegExp(`^(?:(?:${compound})[\\u4e00-\\u9fa5]{1,2}|[\\u4e00-\\u9fa5]{2,3}?)(?=[\\s、，。；：,;:（(）)]|$|${RAW_FOLLOWERS})`),
    ledBy: new RegExp(`由((?:${compound})[\\u4e00-\\u9fa5]{1,2}?|${surname}[\\u4e00-\\u9fa5]{1,2}?)(?=${LED_BY_VERBS})`, 'g'),
    appointed: new RegExp(`(?:${APPOINTING_VERBS}|、)((?:${compound})[\\u4e00-\\u9fa5]{1,2}?|${surname}[\\u4e00-\\u9fa5]{1,2}?)为([^，。；、,;:：\\s]{2,24})`, 'g'),
    byWhom: new RegExp(`^由((?:${compound})[\\u4e00-\\u9fa5]{1,2}?|${surname}[\\u4e00-\\u9fa5]{1,2}?)(?=兼任|担任)`),
    joinedName: new RegExp(`^[和与及、](${surname}[\\u4e00-\\u9fa5]{1,2}?)(?=兼任|担任|任|分别|等|同志|在|赴|[、，,。；;)）和与及])`),
  };
  compiledFor.set(lex, c);
  return c;
}

/** Roster lines anywhere in the document: a name, then titles ending in a known title word. */
export function findRoster(text: string, lex: Lexicon): PersonHit[] {
  const c = compile(lex);
  const hits: PersonHit[] = [];
  let lastRole: string | undefined;
  c.rosterLine.lastIndex = 0;
  for (let m = c.rosterLine.exec(text); m; m = c.rosterLine.exec(text)) {
    const [line, role, rawName, spaced, bracketed] = m;
    let titles = spaced ?? bracketed;
    // "某某　街道党工委书记　主持全面工作": a third column of duties follows the titles
    // (or after a comma: "某某　党组书记、局长，主持局全面工作")
    if (!lex.titleRegex.test(titles.replace(/\s+$/, '')) && spaced) titles = spaced.split(/[ \t\u3000]+/)[0].split(/[，,；;]/)[0];
    const titleText = titles.replace(/\s+$/, '');
    if (!lex.titleRegex.test(titleText)) continue;
    const nameStart = m.index + line.indexOf(rawName, role ? line.indexOf(role) + role.length : 0);
    const name = rawName.replace(/[\s\u3000]+/g, '');
    if (lex.notPersonNames.has(name)) continue;
    if (role) lastRole = role.replace(/[\s\u3000]+/g, '');
    const titlesStart = m.index + line.lastIndexOf(titles);
    hits.push({ name, start: nameStart, end: nameStart + rawName.length, role: lastRole, posts: parsePosts(titleText, titlesStart, lex) });
  }
  c.roleOnlyLine.lastIndex = 0;
  for (let m = c.roleOnlyLine.exec(text); m; m = c.roleOnlyLine.exec(text)) {
    const [line, rawRole, rawName] = m;
    const name = rawName.replace(/[\s\u3000]+/g, '');
    if (lex.notPersonNames.has(name) || lex.genericNames.has(name) || lex.titles.some((t) => name.endsWith(t))) continue;
    const role = rawRole.replace(/[\s\u3000]+/g, '');
    lastRole = role;
    const roleStart = m.index + line.indexOf(rawRole);
    const nameStart = m.index + line.lastIndexOf(rawName);
    hits.push({ name, start: nameStart, end: nameStart + rawName.length, role, posts: [{ org: null, orgStart: roleStart, orgEnd: roleStart, title: role }] });
  }
  c.postsLine.lastIndex = 0;
  for (let m = c.postsLine.exec(text); m; m = c.postsLine.exec(text)) {
    const [line, rawLabel, rawName] = m;
    // (a second post in brackets after the first: 副主席（副会长）)
    const label = rawLabel.replace(/[\s\u3000]+/g, '').replace(/[(（][^()（）]*[)）]$/, '');
    const title = lex.titles.find((t) => label.endsWith(t));
    const name = rawName.replace(/[\s\u3000]+/g, '');
    const nameStart = m.index + line.lastIndexOf(rawName);
    if (!title || hits.some((h) => h.start === nameStart) || lex.notPersonNames.has(name) || lex.genericNames.has(name) || lex.titles.some((t) => name.endsWith(t))) continue;
    const labelStart = m.index + line.indexOf(rawLabel);
    // (a letter-spaced label's posts are not cut into bodies: its offsets would not point at them)
    // (nor is a party group a body: 党组成员; parsePosts drops 兼职/挂职 itself)
    const posts = (label === rawLabel ? parsePosts(label, labelStart, lex) : [{ org: null, orgStart: labelStart, orgEnd: labelStart, title }])
      .map((p) => (p.org && p.org.length < 3 ? { ...p, org: null, orgEnd: p.orgStart } : p));
    hits.push({ name, start: nameStart, end: nameStart + rawName.length, posts });
  }
  c.bracketList.lastIndex = 0;
  for (let m = c.bracketList.exec(text); m; m = c.bracketList.exec(text)) {
    const [line, role, entries] = m;
    if (role) lastRole = role.replace(/[\s\u3000]+/g, '');
    const entriesStart = m.index + line.lastIndexOf(entries);
    c.bracketEntry.lastIndex = 0;
    for (let e = c.bracketEntry.exec(entries); e; e = c.bracketEntry.exec(entries)) {
      const [, rawName, titles] = e;
      const name = rawName.replace(/[\s\u3000]+/g, '');
      if (!lex.titleRegex.test(titles) || lex.notPersonNames.has(name)) continue;
      const nameStart = entriesStart + e.index;
      hits.push({ name, start: nameStart, end: nameStart + rawName.length, role: lastRole, posts: parsePosts(titles, nameStart + rawName.length + 1, lex) });
    }
  }
  c.unitRoster.lastIndex = 0;
  for (let m = c.unitRoster.exec(text); m; m = c.unitRoster.exec(text)) {
    const title = headingTitle(text, m.index, lex, c.unitRosterLine);
    c.unitEntry.lastIndex = 0;
    for (let e = c.unitEntry.exec(m[0]); e; e = c.unitEntry.exec(m[0])) {
      const [, unit, rawName, bracketed] = e;
      const name = rawName.replace(/[\s\u3000]+/g, '');
      // (the first post in brackets, or else the one the heading names; held in the unit: 村党总支书记 names no body of its own)
      const first = bracketed?.split(/[，,、；;]/)[0];
      const post = first !== undefined && lex.titleRegex.test(first) ? first : title;
      if (lex.notPersonNames.has(name) || !post) continue;
      const unitStart = m.index + e.index;
      const nameStart = m.index + e.index + e[0].indexOf(rawName, unit.length);
      hits.push({ name, start: nameStart, end: nameStart + rawName.length, posts: [{ org: null, orgStart: unitStart, orgEnd: unitStart + unit.length, title: post }] });
    }
  }
  c.contactLine.lastIndex = 0;
  for (let m = c.contactLine.exec(text); m; m = c.contactLine.exec(text)) {
    const [line, label, office, rawName] = m;
    const name = rawName.replace(/[\s\u3000]+/g, '');
    if (lex.notPersonNames.has(name)) continue;
    const nameStart = m.index + line.lastIndexOf(rawName);
    // (a bracket after the name holds the person's office, 联系人：某某（某办）; after an office's own short name it is no person's)
    if (/[(（]/.test(text[nameStart + rawName.length] ?? '') && ((!isSurname(name[0], lex) && !lex.compoundSurnames.some((x) => name.startsWith(x))) || lex.orgSuffixes.some((x) => name.endsWith(x)))) continue;
    const orgStart = office ? m.index + line.indexOf(office) : nameStart;
    hits.push({ name, start: nameStart, end: nameStart + rawName.length, posts: [{ org: office ?? null, orgStart, orgEnd: orgStart + (office?.length ?? 0), title: label }] });
  }
  return hits;
}

/** The title a unit-by-unit roster's heading names (二、各街镇妇联主席, 各村党组织书记名单), from the nearest heading above. */
function headingTitle(text: string, at: number, lex: Lexicon, rosterLine: RegExp): string | undefined {
  for (let end = at - 1, n = 0; end > 0 && n < 12; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const raw = text.slice(start, end);
    const line = raw.trim().replace(/(?:名单|分工)?[:：]?$/, '');
    end = start - 1;
    if (!line) continue;
    const title = lex.titles.find((t) => line.endsWith(t));
    if (title) return title;
    // the roster's earlier lines (with or without colons) lie between it and its heading
    if (!/[:：]/.test(line) && !rosterLine.test(raw)) return undefined;
  }
  return undefined;
}

/** "党工委书记、人大工委主任" → [党工委/书记, 人大工委/主任]; a bare "二级调研员" has no body. */
function parsePosts(titles: string, at: number, lex: Lexicon): Post[] {
  const posts: Post[] = [];
  let pos = 0;
  for (const part of titles.split(/[、,，]/)) {
    const title = lex.titles.find((t) => part.endsWith(t));
    if (title) {
      // (a secondment or a part-time post is no part of the body: 挂职某县委常委, 兼职副主席)
      const org = part.slice(0, part.length - title.length).replace(/^[\s\u3000]+/, '').replace(/^(?:挂职|兼职|专职|兼任|兼)/, '');
      const orgStart = at + pos + (part.length - title.length - org.length);
      posts.push({ org: org.length >= 2 ? org : null, orgStart, orgEnd: orgStart + org.length, title });
    }
    pos += part.length + 1;
  }
  return posts;
}

/** A word that is a surname on its own, single (王) or compound (欧阳). */
export const isSurname = (word: string, lex: Lexicon) => lex.surnames.has(word) || lex.compoundSurnames.includes(word);

/** the verbs that appoint a person to a post (任命某某为…) */
const APPOINTING_VERBS = '任命|聘任|选举|补选|提名';
const APPOINTING = new RegExp(APPOINTING_VERBS);
/** What a person named after 由 does: "由某某牵头" */
const LED_BY_VERBS = '牵头|负责|带队|领衔|主持';
/**
 * Whatever found it, a "name" ending like a place or a body is none (a table's cell 芦某村 beside a roster, 某某米业 of
 * a firm): no labelled person's name ends so. (里 and 园 do end given names: 4 each.)
 */
export const endsLikePlaceOrBody = (name: string) => /[镇区村市县局委办司院所站队会部处科组路街宅浜港泾苑]$|米业$/.test(name);
/** the last character of a body's or place's name, never of a person's led-by name (由某镇牵头); after 由, 园 and 里 too */
const notLedByName = (name: string) => endsLikePlaceOrBody(name) || /[园里]$/.test(name);

/** "由某某牵头", "由某某某负责": a person named after 由 and before what the person does, with no title. */
export function findLedBy(text: string, offset: number, tokens: Token[], lex: Lexicon, idx: TokenIndex): PersonHit[] {
  if (!text.includes('由')) return [];
  const c = compile(lex);
  const hits: PersonHit[] = [];
  c.ledBy.lastIndex = 0;
  for (let m = c.ledBy.exec(text); m; m = c.ledBy.exec(text)) {
    const name = m[1];
    const at = m.index + 1;
    if (lex.notPersonNames.has(name) || lex.genericNames.has(name) || notLedByName(name) || lex.titles.some((t) => name.endsWith(t))) continue;
    // the name's tokens are a person's or unknown (not a place, a body or a common word)
    const pieces = tokens.slice(idx.at[at], (idx.at[at + name.length - 1] ?? -2) + 1);
    if (!pieces.length || pieces[0].start - offset !== at || pieces[pieces.length - 1].end - offset !== at + name.length) continue;
    // (a surname read alone lets the given name be any word: 邬/nr 拥军/v)
    const surnameAlone = pieces.length > 1 && isSurname(pieces[0].word, lex);
    if (pieces.some((t) => (surnameAlone ? /^(?:ns|nt)$/ : /^(?:ns|nt|n|vn|v)$/).test(t.tag) && t.word.length >= 2)) continue;
    hits.push({ name, start: offset + at, end: offset + at + name.length, posts: [] });
  }
  return hits;
}

/** "任命某某为某区某局局长、某某为…": a person appointed to a post, which follows the name and ends in a title. */
export function findAppointed(text: string, offset: number, lex: Lexicon): PersonHit[] {
  if (!text.includes('为')) return [];
  const c = compile(lex);
  const hits: PersonHit[] = [];
  c.appointed.lastIndex = 0;
  for (let m = c.appointed.exec(text); m; m = c.appointed.exec(text)) {
    const [whole, name, post] = m;
    const title = lex.titles.find((t) => post.endsWith(t));
    // (、 joins a further appointment only after the verb: 任命甲为某局局长、乙为某局局长)
    if (whole.startsWith('、') && !APPOINTING.test(text.slice(0, m.index))) continue;
    if (!title || lex.notPersonNames.has(name) || lex.genericNames.has(name)) continue;
    const at = offset + m.index + whole.indexOf(name, 1);
    hits.push({ name, start: at, end: at + name.length, posts: [{ org: null, orgStart: at + name.length + 1, orgEnd: at + name.length + 1, title }] });
  }
  return hits;
}

/** "某某同志", "甲某、乙某同志": names jieba does not read as ordinary words. */
export function findComrades(text: string, offset: number, tokens: Token[], lex: Lexicon): PersonHit[] {
  if (!text.includes('同志')) return [];
  const c = compile(lex);
  const hits: PersonHit[] = [];
  c.comrades.lastIndex = 0;
  for (let m = c.comrades.exec(text); m; m = c.comrades.exec(text)) {
    let at = m.index;
    for (const written of m[1].split('、')) {
      // "某某同志和某某同志": a joiner before a surname is no name's first character
      const joined = written.length >= 3 && /^[和与及]/.test(written) && isSurname(written[1], lex) ? 1 : 0;
      const name = written.slice(joined);
      const start = offset + at + joined;
      at += written.length + 1;
      if (lex.notPersonNames.has(name)) continue;
      // (a name starts a word: not 发展/vn 的 同志)
      if (!tokens.some((t) => t.start === start)) continue;
      const covering = tokens.find((t) => t.start <= start && t.end >= start + name.length);
      if (covering && !covering.tag.startsWith('nr') && covering.tag !== 'x') continue; // 全体同志: a word
      hits.push({ name, start, end: start + name.length, posts: [] });
    }
  }
  return hits;
}

/**
 * "镇长李某", "党委书记王某某带队": a person named right after a title in running text. The
 * name is taken from jieba's tokens: one token of 2-3 characters tagged as a name or unknown
 * (jieba leaves most given names untagged), or a surname token plus a 1-2 character token
 * when a boundary follows (punctuation, a verb, 带队 …). Ordinary words are refused.
 */
export function findTitled(text: string, offset: number, tokens: Token[], lex: Lexicon, idx: TokenIndex): PersonHit[] {
  const c = compile(lex);
  const hits: PersonHit[] = [];
  const titled: { index: number; title: string; at: number }[] = [];
  scanTerms(c.titled, text, (word, index) => titled.push({ index, title: word.replace(/[（(].*$/, '').trimEnd(), at: index + word.length }));
  const startAt = idx.startAt;
  for (const m of titled) {
    const at = m.at;
    // the post every name found after this title holds (the title's span is its evidence)
    const held = (): Post[] => [{ org: null, orgStart: offset + m.index, orgEnd: offset + m.index, title: m.title }];
    const before = nameBeforeTitle(m.index, m.index + m.title.length, offset, tokens, idx, lex);
    if (before) hits.push({ ...before, posts: held() });
    const byWhom = text[at] === '由' ? c.byWhom.exec(text.slice(at, at + 12)) : null;
    if (byWhom && !lex.notPersonNames.has(byWhom[1])) {
      hits.push({ name: byWhom[1], start: offset + at + 1, end: offset + at + 1 + byWhom[1].length, posts: held() });
      continue;
    }
    const i = startAt[at];
    if (i === undefined) {
      // "河长顾/x 建华/nz": jieba glued the surname to the title; the given name is the next word
      const k = idx.at[at];
      const glued = k >= 0 ? tokens[k] : undefined;
      const given = tokens[k + 1];
      if (glued && glued.tag === 'x' && glued.end - offset === at + 1 && lex.surnames.has(text[at]) && given && /^\p{Script=Han}{1,2}$/u.test(given.word) && (isNominal(given) || isProper(given)) && !lex.genericNames.has(given.word))
        hits.push({ name: text[at] + given.word, start: offset + at, end: given.end, posts: held() });
      continue;
    }
    const t = tokens[i];
    // a surname too rare to list (衣, 冶, 公良 …): an unknown word of two or three characters right
    // after the title, then what follows a name, is the name
    // (two characters before punctuation are as often a compound of an occupation: 护理员实训；)
    const unlistedName = t.tag === 'x' && /^\p{Script=Han}{2,3}$/u.test(t.word) && tokens[i + 1] !== undefined && ((isPunct(tokens[i + 1]) && t.word.length === 3) || followsName(tokens[i + 1]) || (tokens[i + 1].tag.startsWith('v') && tokens[i + 1].tag !== 'vn'));
    if (unlistedName && !c.surnameAhead.test(t.word) && !lex.verbsBeforeNames.has(t.word[0]) && !lex.genericNames.has(t.word) && !lex.notPersonNames.has(t.word)) {
      hits.push({ name: t.word, start: t.start, end: t.end, posts: held() });
      continue;
    }
    let end = -1;
    if (c.surnameAhead.test(text.slice(at, at + 2)) || t.tag.startsWith('nr')) end = tokenNameEnd(text, offset, i, tokens, lex);
    end = rawNameEnd(text, at, offset, end, tokens, idx, lex, c);
    if (end < 0) continue;
    const name = text.slice(at, end - offset);
    // (a compound surname alone is no name: 主理人慕容/nr 晴经/x 营)
    if (lex.notPersonNames.has(name) || lex.titles.some((x) => name.endsWith(x)) || lex.compoundSurnames.includes(name)) continue;
    hits.push({ name, start: offset + at, end, posts: held() });
    // "副主任靳某和佟某某任副组长": the same title holds for a person joined to this one
    let next = end - offset;
    for (let joined = c.joinedName.exec(text.slice(next)); joined; joined = c.joinedName.exec(text.slice(next))) {
      const from = next + 1;
      const other = joined[1];
      if (lex.notPersonNames.has(other)) break;
      hits.push({ name: other, start: offset + from, end: offset + from + other.length, posts: held() });
      next = from + other.length;
    }
    // "讲师甲某、乙某某授课": the last of the joined names may be followed by the verb itself
    const last = joinedBeforeVerb(text, next, offset, tokens, idx, lex, c);
    if (last) hits.push({ name: last, start: offset + next + 1, end: offset + next + 1 + last.length, posts: held() });
  }
  return hits;
}

/**
 * "亓向阳副县长牵头", "冼国栋副主席带队": a name right before a title, after a boundary, where what
 * follows the title is what a post holder does. The name is a listed surname and a given name of
 * one or two characters, or one unknown word or person's name that starts with a listed surname.
 */
function nameBeforeTitle(at: number, titleEnd: number, offset: number, tokens: Token[], idx: TokenIndex, lex: Lexicon): { name: string; start: number; end: number } | null {
  const k = idx.startAt[at];
  const next = tokens[idx.startAt[titleEnd] ?? -1];
  if (k === undefined || k === 0 || next === undefined) return null;
  const last = tokens[k - 1];
  const surname = tokens[k - 2];
  let first = -1;
  // (a given name jieba reads as a verb when the title is followed by what follows names: 阙/nr 建新/v 副主任带队)
  if (surname !== undefined && isSurname(surname.word, lex) && /^\p{Script=Han}{1,2}$/u.test(last.word) && !/^(?:ns|nt|m|q|p|c|u|d|r|f|t)/.test(last.tag) && (!last.tag.startsWith('v') || followsName(next)) && surname.word.length + last.word.length <= 4) first = k - 2;
  else if (/^\p{Script=Han}{2,3}$/u.test(last.word) && /^(?:nr\w*|x)$/.test(last.tag) && (lex.surnames.has(last.word[0]) || lex.compoundSurnames.some((x) => last.word.startsWith(x) && last.word.length > x.length))) first = k - 1;
  if (first < 0) return null;
  const preceding = tokens[first - 1];
  // (after a boundary: punctuation, an item's number, 由 or a conjunction; or the body of the post: 区房管局/j 某某副局长带队)
  const body = preceding !== undefined && preceding.word.length >= 2 && (preceding.tag === 'nt' || lex.orgSuffixes.some((s) => preceding.word.endsWith(s)));
  if (preceding !== undefined && !isPunct(preceding) && !body && !/^(?:[由和与及]|\d{1,2}[.．、])$/.test(preceding.word)) return null;
  const compound = lex.compoundSurnames.some((x) => tokens[first].word.startsWith(x));
  const acts = followsName(next) || (next.tag.startsWith('v') && next.tag !== 'vn') || (compound && next.tag === 'x' && next.word.length === 2);
  const start = tokens[first].start;
  const name = joinedWords(tokens, first, k);
  if (!acts || lex.notPersonNames.has(name) || lex.genericNames.has(name) || lex.titles.some((x) => name.endsWith(x))) return null;
  return { name, start, end: last.end };
}

const joinedWords = (tokens: Token[], from: number, to: number) => tokens.slice(from, to).map((t) => t.word).join('');

/** A name joined by 、/和 at `at` that ends where a verb's token starts (乙某某/ 授课/v), or undefined. */
function joinedBeforeVerb(text: string, at: number, offset: number, tokens: Token[], idx: TokenIndex, lex: Lexicon, c: Compiled): string | undefined {
  if (!/^[、和与]$/.test(text[at] ?? '')) return undefined;
  const name = c.surnameAhead.exec(text.slice(at + 1)) ? /^\p{Script=Han}{2,3}/u.exec(text.slice(at + 1))?.[0] : undefined;
  if (!name) return undefined;
  for (const length of [name.length, name.length - 1]) {
    const k = idx.startAt[at + 1 + length];
    const after = k === undefined ? undefined : tokens[k];
    if (length >= 2 && after && /^v(?!n)/.test(after.tag) && after.word.length === 2 && !lex.notPersonNames.has(name.slice(0, length)) && !lex.genericNames.has(name.slice(0, length))) return name.slice(0, length);
  }
  return undefined;
}

/** The end of the name after a title read from jieba's tokens (i is the first token after it), or -1. */
function tokenNameEnd(text: string, offset: number, i: number, tokens: Token[], lex: Lexicon): number {
  const t = tokens[i];
  let end = -1;
  // "电工和/c 安全生产": a conjunction or adverb right after a title starts no name, whatever surname it is
  if (t.word.length === 1 && /^[cd]$/.test(t.tag)) return end;
  const nameLike = t.tag === 'x' || t.tag.startsWith('nr');
  const given = tokens[i + 1];
  // "镇长皇甫/nr 晨/ng 轮流": a compound surname read as a word of its own, whatever its tag
  // (a one-character given name may read as a verb morpheme: 上官/n 怡/vg)
  // (or a verb, when what follows ends a name: 东方/s 立/v 任组长/n)
  const afterGiven = tokens[i + 2];
  const nameEndsAfter = afterGiven !== undefined && (isPunct(afterGiven) || /^(?:任|为|兼任|担任)/.test(afterGiven.word) || followsName(afterGiven));
  // (a verb given name before another verb: 校长司马/nr 远航/v 获评/v)
  const verbAfterGiven = afterGiven !== undefined && afterGiven.tag.startsWith('v') && afterGiven.tag !== 'vn';
  const gluedAfterGiven = given !== undefined && given.tag === 'x' && /^\p{Script=Han}{1,2}[任为对在向说获作来到]$/u.test(given.word);
  // (or any one character before a word of its own, whatever jieba tagged it: 教师钟离/n 安/v 连续/a, 主理人慕容/nr 晴/v 经营/vn)
  const oneBeforeWord = given !== undefined && given.word.length === 1 && afterGiven !== undefined && afterGiven.word.length >= 2 && /^\p{Script=Han}+$/u.test(afterGiven.word) && afterGiven.tag !== 'm' && !FUNCTION_TAGS_OF_NAME.test(given.tag);
  if (lex.compoundSurnames.includes(t.word) && given && !gluedAfterGiven && /^\p{Script=Han}{1,2}$/u.test(given.word) && (!given.tag.startsWith('v') || given.tag === 'vg' || nameEndsAfter || verbAfterGiven || oneBeforeWord) && !AFTER_NAME.has(given.word)) end = given.end;
  // "书记司徒/n 晓军任/x 总指挥", "局长宇文/nr 清对/x 全年工作": and a verb or preposition glued to the given name
  else if (lex.compoundSurnames.includes(t.word) && gluedAfterGiven) end = given.end - 1;
  else if (nameLike && t.word.length >= 2 && t.word.length <= 4 && /^\p{Script=Han}+$/u.test(t.word)) {
    // "所长冼建伟任/x 副组长": the verb 任 glued to the name's end
    // (a four-character word is a three-character name and the verb, whatever follows: 储某某任/x 常务副总指挥)
    // (or a preposition glued to a three-character name: 郝静姝以/x 《某某》获奖; or 来/到 of a visit: 某某某来/x 街道调研)
    const gluedVerb = (/[任为]$/.test(t.word) && ((t.word.length === 4 && !lex.compoundSurnames.some((s) => t.word.startsWith(s))) || (t.word.length === 3 && lex.titles.some((x) => text.startsWith(x, t.end - offset)))))
      // (or the first character of the next word: 某某某带/x 教/v, 某某某名/x 校长/n 工作室)
      || (t.word.length === 4 && t.tag === 'x' && !lex.compoundSurnames.some((s) => t.word.startsWith(s)) && (/[以在对向将把从于作获来到受]$/.test(t.word) || startsNextWord(t.word[3], tokens[i + 1])))
      // (and a two-character name glued to the 来/到 of a visit before where it goes: 部长某某来/x 街道/n 调研)
      || (t.word.length === 3 && t.tag === 'x' && /[来到]$/.test(t.word) && lex.surnames.has(t.word[0]) && VISITED.test(tokens[i + 1]?.word ?? ''));
    end = gluedVerb ? t.end - 1 : t.end;
    // "主席沈玉/x 和/c 带领": a conjunction right before a verb joins nothing; it ends the given name
    const after = tokens[i + 1];
    const verb = tokens[i + 2];
    // (or before 等 or a count, which no conjunction joins: 主任某清和/c 等/u 班子成员, 书记某清和/c 两次/m 来)
    if (t.word.length === 2 && after && NAME_ENDING_CHARS.has(after.word) && verb !== undefined && joinsNothing(verb, lex)) end = after.end;
    // "书记严立/x 群/n 对/p": the given name's last character read as a word of its own
    else if (t.word.length === 2 && t.tag === 'x' && after && isLooseCharacter(after) && (!verb || boundary(verb))) end = after.end;
    // ("部长邝韵/x 之/u 出席": 之 read as the particle, though a verb follows it; it ends given names: 韵之, 敏之)
    else if (t.word.length === 2 && t.tag === 'x' && after?.word === '之' && verb !== undefined && verb.tag.startsWith('v') && verb.tag !== 'vn') end = after.end;
    // ("教授邬慕/x 平等/a 5名专家": the given name's last character read with the list's 等 before a count)
    else if (t.word.length === 2 && t.tag === 'x' && after?.word.length === 2 && after.word.endsWith('等') && verb !== undefined && /^\d/.test(verb.word)) end = after.start + 1;
    // ("副局长阚立/x 群来/x 静安调研": the given name's last character glued to the verb after it)
    else if (t.word.length === 2 && t.tag === 'x' && after?.tag === 'x' && /^\p{Script=Han}[任为对在向说获作来到受]$/u.test(after.word)) end = after.start + 1;
    // "教练员左丘明/nr 辉/nr 执教": a compound surname's name read as three characters and one
    else if (t.word.length === 3 && lex.compoundSurnames.some((x) => t.word.startsWith(x)) && after?.word.length === 1 && /^\p{Script=Han}$/u.test(after.word) && /^(?:nr\w*|x|ng)$/.test(after.tag) && verb !== undefined && (followsName(verb) || /^v(?!n)/.test(verb.tag))) end = after.end;
    // "副院长甘霖/nr 生/vn 分管": likewise after a name jieba knows, where what follows is what follows names
    else if (t.word.length === 2 && t.tag.startsWith('nr') && after?.word.length === 1 && /^\p{Script=Han}$/u.test(after.word) && !FUNCTION_TAGS_OF_NAME.test(after.tag) && !AFTER_NAME.has(after.word) && verb !== undefined && followsName(verb)) end = after.end;
    // "书记聂长/x 根/p 牵头": a character read as a preposition, though what follows it is what follows a name
    else if (t.word.length === 2 && t.tag === 'x' && after?.tag === 'p' && after.word.length === 1 && verb !== undefined && followsName(verb)) end = after.end;
  }
  // "书记安宁/ns 牵头": a two-character word that starts with a surname, right before what follows names
  // (or one that starts with a listed surname, tagged a name or a place, before a verb: 站长伊丹/ns 推出/v)
  // (or before 的 and a leader's verb: 在队长安宁/ns 的/uj 带领/v 下)
  else if (t.word.length === 2 && /^\p{Script=Han}{2}$/u.test(t.word) && i + 1 < tokens.length && (followsName(tokens[i + 1]) || (/^n[rs]/.test(t.tag) && lex.surnames.has(t.word[0]) && (/^v(?!n)/.test(tokens[i + 1].tag) || (tokens[i + 1].word === '的' && LEADING_AFTER_OF.test(tokens[i + 2]?.word ?? ''))))) && !lex.genericNames.has(t.word)) end = t.end;
  else if (t.word.length <= 2 && i + 1 < tokens.length) {
    const given = tokens[i + 1];
    const next = tokens[i + 2];
    const bounded = !next || boundary(next);
    const len = t.word.length + given.word.length;
    // "副主任贝/zg 建新/v 分管": a two-character given name that reads as a verb, when what follows
    // is punctuation or what follows names (not 王/nr 强调/v 要…)
    // (even a lead verb, 郜/nr 建设/vn 分管, when what follows is what follows names)
    // (not an adjective and its verb before punctuation: 河长全/a 覆盖/v。; 书记黄/a 丰收/v 牵头 is a name)
    const verbName = given.tag.startsWith('v') && t.word.length === 1 && (t.tag !== 'a' || (next !== undefined && followsName(next))) && given.word.length === 2 && !AFTER_NAME.has(given.word)
      && next !== undefined && ((isPunct(next) && !lex.leadVerbs.has(given.word)) || followsName(next) || (next.tag === 'p' && next.word.length === 1));
    // "退休教师冀/ns 长青/nr 连续/a": a listed surname and a given name jieba tags as a person's, whatever follows
    const namedGiven = t.word.length === 1 && lex.surnames.has(t.word) && /^nr/.test(given.tag) && given.word.length <= 2;
    // (化 after a word is its derivation, no given name: 队员常态/n 化/n 开展)
    const derived = t.word.length === 2 && given.word === '化';
    // (a particle is no given name: 队长安宁/ns 的/uj 带领)
    if ((bounded || namedGiven) && !derived && len >= 2 && len <= 3 && /^\p{Script=Han}+$/u.test(given.word) && !(given.word.length === 1 && FUNCTION_TAGS_OF_NAME.test(given.tag)) && (!given.tag.startsWith('v') || verbName)) end = given.end;
    // ("副区长笪/nr 元泓来/x 镇调研": a two-character given name glued to the verb after it)
    else if (t.word.length === 1 && (lex.surnames.has(t.word) || t.tag.startsWith('nr')) && given.tag === 'x' && /^\p{Script=Han}{2}[任为对在向说获作来到受]$/u.test(given.word)) end = given.end - 1;
    // "书记禤/x 海/n 澄/ns 、": a rare surname jieba could not join and two loose characters before a boundary
    else if (t.word.length === 1 && t.tag === 'x' && lex.surnames.has(t.word) && isLooseCharacter(given) && next !== undefined && isLooseCharacter(next) && tokens[i + 3] !== undefined && boundary(tokens[i + 3])) end = next.end;
  }
  return end;
}

/**
 * The end of the name after a title read from the characters, where the tokens gave none or a
 * shorter one that runs on into more characters (申屠建/nr 平/n。, 贲志/x 刚任/x): a compound surname
 * and one or two characters, or two or three characters that start with a listed surname or are
 * all pieces jieba could not place, before punctuation or what follows a name.
 */
function rawNameEnd(text: string, at: number, offset: number, end: number, tokens: Token[], idx: TokenIndex, lex: Lexicon, c: Compiled): number {
  const raw = c.rawName.exec(text.slice(at, at + 8))?.[0];
  if (!raw || lex.genericNames.has(raw) || lex.notPersonNames.has(raw) || lex.titles.some((x) => raw.endsWith(x))) return end;
  // "书记和主任": a conjunction and the next title, no name (a title that runs on past the name's end)
  if (/^[和与及或等的]/.test(raw) || lex.titles.some((x) => { for (let k = 1; k < raw.length; k++) if (x.length > raw.length - k && text.startsWith(x, at + k)) return true; return false; })) return end;
  // "主任颛孙/nr 伟任/x 常务副组长": the verb the tokens glued to the name is not part of it
  if (end >= 0 && end - offset === at + raw.length + 1 && /[任为]/.test(text[at + raw.length])) return offset + at + raw.length;
  if (end >= 0 && end - offset >= at + raw.length) return end;
  // a shorter name from the tokens stands where it is followed by what follows a name
  if (end >= 0 && c.nameFollows.test(text.slice(end - offset, end - offset + 4))) return end;
  // (nor where the characters beyond it are an adverb or preposition of their own: 白露/nr 将/d 带领)
  const beyond = end >= 0 ? tokens[idx.startAt[end - offset] ?? -1] : undefined;
  if (beyond && /^[dpcr]/.test(beyond.tag)) return end;
  const compound = c.compoundAhead.exec(raw)?.[0];
  if (compound && raw.length > compound.length) return offset + at + raw.length;
  const pieces: Token[] = [];
  for (let k = idx.at[at]; k !== undefined && k < tokens.length && tokens[k].start - offset < at + raw.length; k++) pieces.push(tokens[k]);
  const unknown = pieces.every((t) => NAME_PIECE_TAGS.test(t.tag) || (t.word.length === 1 && /^(?:n|a|v|d|m)$/.test(t.tag)));
  const listed = lex.surnames.has(raw[0]) && pieces[0]?.start - offset === at && pieces.length > 1;
  // (two characters of no listed surname before punctuation are as often an occupation's compound: 护理员实训；)
  if (raw.length === 2 && !lex.surnames.has(raw[0]) && /^[\s\p{P}]/u.test(text[at + 2] ?? '')) return end;
  return (unknown && pieces.some((t) => t.tag === 'x' || t.tag.startsWith('nr'))) || (listed && unknown) ? offset + at + raw.length : end;
}

/** Whether a character glued to a name's end makes a dictionary word with the next token, or with its first character. */
function startsNextWord(c: string, next: Token | undefined): boolean {
  return next !== undefined && /^\p{Script=Han}/u.test(next.word) && (tagOf(c + next.word) !== 'x' || tagOf(c + next.word[0]) !== 'x');
}

/** A word that follows a person's name: 带队, 牵头, 分管, 同志 … */
/** What no conjunction joins: a verb (not a title ending in one), 等, or a count written in words. */
function joinsNothing(t: Token, lex: Lexicon): boolean {
  return (t.tag.startsWith('v') && !lex.titles.some((x) => t.word.endsWith(x))) || t.word === '等' || (t.tag === 'm' && !/^\d/.test(t.word));
}

function followsName(t: Token): boolean {
  return AFTER_NAME_WORDS.some((w) => t.word.startsWith(w));
}

/** Where an official's visit goes, right after 来/到: the district, a unit, a community or a firm. */
const VISITED = /^(?:街道|镇|区|村|社区|居民区|园区|企业|公司|基层|现场|一线|我[镇区])/;

/** What may follow a person's name: punctuation, a verb, a preposition, 带队 … */
function boundary(next: Token): boolean {
  return /^[\s\p{P}\p{S}]+$/u.test(next.word) || next.tag.startsWith('v') || next.tag === 'p' || followsName(next);
}

/** A single Chinese character that is a noun or unknown word, not a function word (群/n, 颖/x). */
function isLooseCharacter(t: Token): boolean {
  return t.word.length === 1 && /\p{Script=Han}/u.test(t.word) && /^(?:n|ng|x|a|ag|nr|ns|g|zg|j)$/.test(t.tag) && !AFTER_NAME.has(t.word);
}

/**
 * "由甲居民区某某、乙居民区某某某…5名居民区党组织书记组成": in running text, a list of units, each
 * followed by its person, that ends in a count of people. Every item must be a unit and a name.
 */
export function findUnitListed(text: string, offset: number, lex: Lexicon): PersonHit[] {
  if (!text.includes('名')) return [];
  const c = compile(lex);
  const hits: PersonHit[] = [];
  c.unitListed.lastIndex = 0;
  for (let m = c.unitListed.exec(text); m; m = c.unitListed.exec(text)) {
    let at = m.index;
    const items = m[1].split('、');
    const found: PersonHit[] = [];
    for (const item of items) {
      const name = c.unitListedItem.exec(item)?.[1];
      if (!name || lex.notPersonNames.has(name) || lex.genericNames.has(name)) break;
      const start = offset + at + item.length - name.length;
      found.push({ name, start, end: start + name.length, posts: [] });
      at += item.length + 1;
    }
    if (found.length === items.length) hits.push(...found);
  }
  return hits;
}
