/**
 * A list followed by 等 and the kind of its items names each item as one of that kind:
 * 共落地A、B、C等一批重点企业 (firms), 加深与A、B等院校的合作 (universities), 挖掘A、B等红色人物
 * (people), 推进A、B、C等小区…改造 (estates). Real documents name firms and universities by their
 * short names (上大、复旦; a brand with no 有限公司) and estates by theirs (沪二、沪新), so no suffix
 * types them; the kind after the list does.
 * The kinds are data (names.json listKinds). A list of sectors (餐饮、零售等企业, 快递、外卖等平台企业)
 * names no one: its items are common words, where names are unknown words, proper nouns or
 * characters jieba could not join.
 */
import type { Lexicon, ListKind } from './lexicon.ts';
import type { NameHit } from './names.ts';
import { nameKey } from './normalise.ts';
import { isSurname, type PersonHit } from './people.ts';
import type { TokenIndex } from './token-index.ts';
import { isPunct, type Token } from './tokens.ts';

/** between 等 and the kind: a batch or count (一批, 3家), then at most a few describing characters (重点, 淞南红色, 航运及供应链) */
const BATCH = '(?:一批|一些|多家|多所|\\d+[家个所名位])?';
const DESCRIBING_MAX = 6;
const ITEM_MAX = 8;
/** tags of a token inside a name jieba does not know, or a proper noun it does (澄光/nz 生物); an institution's short form may also be an abbreviation (复旦, 宝武) */
const NAME_LIKE_TAGS = new Set(['x', 'nt', 'nr', 'nrt', 'nrfg', 'eng', 'nz']);
const SHORT_FORM_TAGS = new Set([...NAME_LIKE_TAGS, 'j']);
/** where the first item cannot start: a preposition, conjunction, particle, adverb or punctuation */
const BEFORE_FIRST_ITEM = /^(?:p|c|u|uj|ul|d|w)$/;
const CLAUSE_BREAK = /[，,。；;：:（）()“”《》\s]/;

let compiled: { lex: Lexicon; pattern: RegExp; typeOf: Map<string, ListKind> } | undefined;
function compileKinds(lex: Lexicon): { pattern: RegExp; typeOf: Map<string, ListKind> } {
  if (compiled?.lex !== lex) {
    const kinds = (place: boolean) => lex.listKinds.filter(([, t]) => (t === 'Place') === place).map(([k]) => k).join('|');
    // (企业家 are people, not firms: the kind must end its word)
    // (estates only right after 等 or its count: 停车难等问题在老旧小区, 某某等优秀居民区书记 list no estates)
    // (以A、B等为代表的某某企业: the list names the kind's leading examples)
    compiled = { lex, typeOf: new Map(lex.listKinds), pattern: new RegExp(`等(?:(?:为代表的)?${BATCH}([\\u4e00-\\u9fa5]{0,${DESCRIBING_MAX}}?)(${kinds(false)})(?![家长员])|(?:\\d+个)?(${kinds(true)})(?![书主干党居业委物楼]))`, 'g') };
  }
  return compiled;
}

export interface TypedListNames {
  bodies: NameHit[];
  places: NameHit[];
  persons: PersonHit[];
}

/** Bodies, estates and people named by a typed list. `taken` are spans already named; offsets are absolute. */
export function typedListNames(text: string, offset: number, tokens: Token[], idx: TokenIndex, taken: { start: number; end: number; type?: string }[], lex: Lexicon): TypedListNames {
  const out: TypedListNames = { bodies: [], places: [], persons: [] };
  if (!text.includes('等')) return out;
  const { pattern, typeOf } = compileKinds(lex);
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const type = typeOf.get(m[2] ?? m[3])!;
    const items = itemsBefore(text, m.index, tokens, idx, type === 'Person' ? 4 : ITEM_MAX, lex);
    if (items.length < 2) {
      // (one brand before the kind names a body too: 支持某某公益等社会组织参与…)
      const brand = type === 'Organisation' ? singleBrandBefore(m.index, tokens, idx, lex) : undefined;
      if (brand && !isTaken(brand, offset, taken)) out.bodies.push(bodyAt(brand, text, offset));
      continue;
    }
    // (an item of the kind itself makes the list one of sectors: 养老机构、学校卫生室等机构)
    if (type !== 'Place' && items.some((it) => text.slice(it.start, it.end).endsWith(m![2] ?? m![3]))) continue;
    // (a brand's word read as a place's name is the brand's: 某桥资本 in a list of firms names no 某桥)
    const takenBut = (i: Span) => type === 'Place' || type === 'Person' || !lex.firmIndustryEnd.test(text.slice(i.start, i.end)) ? taken
      : taken.filter((t) => !(t.type === 'Place' && t.start === offset + i.start && t.end < offset + i.end));
    if (type === 'Firm') {
      // (a list of projects names firms only when most of its items are brands: 某某教育、某某科技等一批产业项目)
      const brands = items.filter((it) => brandLike(it, tokens, idx, lex) || (nameLike(it, tokens, idx, NAME_LIKE_TAGS) && lex.firmIndustryEnd.test(text.slice(it.start, it.end))));
      if (brands.length < 2 || brands.length * 2 < items.length) continue;
      for (const it of items.filter((i) => !isTaken(i, offset, takenBut(i)) && (brands.includes(i) || nameLike(i, tokens, idx, NAME_LIKE_TAGS)))) out.bodies.push(bodyAt(it, text, offset));
      continue;
    }
    // (an item already named counts: 某某服务中心、甲公益、乙公益等社会组织)
    const named = items.filter((it) => isTaken(it, offset, takenBut(it)) || (type === 'Person' ? personLike(text.slice(it.start, it.end), lex) : nameLike(it, tokens, idx, type === 'Institution' ? SHORT_FORM_TAGS : NAME_LIKE_TAGS) || (type === 'Organisation' && brandLike(it, tokens, idx, lex))));
    // a list is of one kind: all its people and firms look like names, or most of its institutions do
    if (type === 'Institution' ? named.length * 2 < items.length : named.length !== items.length) continue;
    for (const it of items) {
      const name = text.slice(it.start, it.end);
      const [start, end] = [offset + it.start, offset + it.end];
      if (lex.genericNames.has(nameKey(name)) || lex.genericModifiers.has(name) || isTaken(it, offset, takenBut(it))) continue;
      if (type === 'Person') out.persons.push({ name, start, end, posts: [] });
      else if (type === 'Place') out.places.push({ type: 'Place', name, start, end, kind: 'residential', suffixLength: 0 });
      else out.bodies.push(bodyAt(it, text, offset));
    }
  }
  return out;
}

type Span = { start: number; end: number };

/** a body named by an item of the list (sentence offsets in, absolute out) */
const bodyAt = (it: Span, text: string, offset: number): NameHit => ({ type: 'Organisation', name: text.slice(it.start, it.end), start: offset + it.start, end: offset + it.end, suffixLength: 0 });

const isTaken = (it: Span, offset: number, taken: Span[]) => taken.some((t) => t.start < offset + it.end && offset + it.start < t.end);

/** The items between 、 ending at `listEnd` (the 等), in sentence offsets; the first runs left over tokens only. */
function itemsBefore(text: string, listEnd: number, tokens: Token[], idx: TokenIndex, itemMax: number, lex: Lexicon): Span[] {
  let from = listEnd;
  while (from > 0 && !CLAUSE_BREAK.test(text[from - 1])) from--;
  const pieces = text.slice(from, listEnd).split('、');
  if (pieces.length < 2) return [];
  const items: Span[] = [];
  let at = listEnd;
  for (let k = pieces.length - 1; k >= 1; k--) {
    const piece = pieces[k];
    if (piece.length < 2 || piece.length > itemMax || /\d/.test(piece)) return [];
    items.unshift({ start: at - piece.length, end: at });
    at -= piece.length + 1;
  }
  // the first item: whole tokens left of the first 、, no longer than the longest other item by more
  // than two, and not reaching back over the clause's verb once it has two characters (包括/v 某某, 落地/n 某某)
  const longest = Math.max(...items.map((it) => it.end - it.start));
  let start = at;
  for (let i = idx.endAt[at]; i !== undefined && i >= 0; i--) {
    const t = tokens[i];
    const s = t.start - idx.offset;
    // (a brand may begin with a word jieba reads as a verb where the clause starts: ，翕然/v 公益、…)
    const brandStart = s === from && i + 1 === idx.endAt[at] && BRAND_FIRST_TAGS.test(t.tag) && lex.firmIndustryWords.has(tokens[i + 1].word);
    // (nor an item's number: 1./m 某某环境、…)
    if (s < from || BEFORE_FIRST_ITEM.test(t.tag) || /^\d+[.．、]?$/.test(t.word) || at - s > Math.min(itemMax, longest + 2) || ((t.tag.startsWith('v') || lex.leadVerbs.has(t.word)) && t.word.length >= 2 && at - start >= 2 && !brandStart)) break;
    start = s;
  }
  if (at - start < 2) return [];
  items.unshift({ start, end: at });
  return items;
}

/** A name jieba does not know: an unknown or proper word in it, or a character it could not join to a word. */
function nameLike(it: Span, tokens: Token[], idx: TokenIndex, tags: Set<string>): boolean {
  for (let i = idx.at[it.start]; i !== undefined && i < tokens.length && tokens[i].start - idx.offset < it.end; i++) {
    const t = tokens[i];
    if (t.start - idx.offset < it.start || t.end - idx.offset > it.end) return false; // a token across the item's edge
    if (tags.has(t.tag) || t.word.length === 1) return true;
  }
  return false;
}

/** tags of what may stand before a lone brand: punctuation, a verb, a preposition or a conjunction */
const BEFORE_LONE_BRAND = /^(?:x|w|v|p|c)$/;

/**
 * A lone brand right before 等 (某某公益等社会组织): an industry word after a word jieba does not know or
 * two single characters, with a clause break, verb or preposition before it. Sentence offsets.
 */
function singleBrandBefore(listEnd: number, tokens: Token[], idx: TokenIndex, lex: Lexicon): Span | undefined {
  const i = idx.endAt[listEnd];
  const industry = i === undefined ? undefined : tokens[i];
  if (!industry || !lex.firmIndustryWords.has(industry.word)) return undefined;
  const [a, b] = [tokens[i! - 2], tokens[i! - 1]];
  if (!b) return undefined;
  const split = a !== undefined && a.word.length === 1 && b.word.length === 1;
  const first = split ? i! - 2 : i! - 1;
  if (!split && !(b.word.length === 2 && NAME_LIKE_TAGS.has(b.tag))) return undefined;
  const before = tokens[first - 1];
  if (before && !(BEFORE_LONE_BRAND.test(before.tag) && (before.tag !== 'x' || isPunct(before)))) return undefined;
  return { start: tokens[first].start - idx.offset, end: industry.end - idx.offset };
}

/** tags of a brand's first word that no sector starts with: a time word, a verb or an adverb (朔望/t 文化, 翕然/v 公益) */
const BRAND_FIRST_TAGS = /^(?:t|tg|v|vg|d|ad|z|zg)$/;
/** A brand: such a word and an industry word (names.json firmIndustryWords), where a sector joins two common nouns (金融科技). */
function brandLike(it: Span, tokens: Token[], idx: TokenIndex, lex: Lexicon): boolean {
  const first = idx.at[it.start];
  const [a, b] = first === undefined ? [] : [tokens[first], tokens[first + 1]];
  // (or a word jieba took for a place's name: 清溪/ns 公益 — in a list typed as bodies it is a brand)
  return a !== undefined && b !== undefined && b.end - idx.offset === it.end && (BRAND_FIRST_TAGS.test(a.tag) || a.tag === 'ns') && a.word.length >= 2 && lex.firmIndustryWords.has(b.word);
}

const personLike = (name: string, lex: Lexicon) => /^\p{Script=Han}{2,4}$/u.test(name) && (isSurname(name[0], lex) || isSurname(name.slice(0, 2), lex));
