/**
 * The gazetteer (ingest/gazetteer, owned by the structure stage) behind a narrow interface,
 * so the extractor depends on a few functions only. Without a gazetteer match the covered
 * district and its aliases are still found.
 */
import * as gaz from '../gazetteer/index.ts';
import type { TokenIndex } from './token-index.ts';
import { tagOf, type Token } from './tokens.ts';
import type { DistrictRef, StructuredDocument } from '../types.ts';

export interface DistrictMention {
  id: string;
  name: string;
  level: DistrictRef['level'];
  start: number;
  end: number;
  /** the unit it is part of, where the gazetteer does not know it (a township written after its county) */
  partOf?: string;
  /** a unit the gazetteer does not list, named alone (赴温宿县): it needs its parent written elsewhere in the document */
  unlisted?: true;
}

const gazetteer = gaz;

export function ancestorsOf(ref: DistrictRef): DistrictRef[] {
  try {
    return gazetteer.ancestors(ref.id).filter((a) => a.id !== ref.id);
  } catch {
    return [];
  }
}

export function resolveDistrict(name: string): DistrictRef | null {
  return gazetteer.resolveDistrict(name) ?? null;
}

export function issuingBody(issuer: string): { district: DistrictRef; name: string } | null {
  return gazetteer.issuingBody(issuer);
}

/** District mentions in a piece of text; offsets are shifted by `offset`. */
export function districtMentions(text: string, offset: number, doc: StructuredDocument): DistrictMention[] {
  const found: DistrictMention[] = gazetteer.findDistrictMentions(text).flatMap((raw) => {
    const m = toMention(raw);
    return m ? [{ ...m, start: m.start + offset, end: m.end + offset }] : [];
  });
  const d = doc.district;
  if (!d) return found;
  for (const name of ownForms(d)) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      if (found.some((f) => at < f.end - offset && at + name.length > f.start - offset)) continue;
      found.push({ id: d.id, name: d.name, level: d.level, start: offset + at, end: offset + at + name.length });
    }
  }
  return found;
}

const formsOf = new WeakMap<DistrictRef, string[]>();
/** The covered district's name and aliases of two or more characters, longest first (once per document, not per sentence). */
function ownForms(d: DistrictRef): string[] {
  let forms = formsOf.get(d);
  if (!forms) {
    forms = [...new Set([d.name, ...d.aliases])].filter((n) => n.length >= 2).sort((a, b) => b.length - a.length);
    formsOf.set(d, forms);
  }
  return forms;
}

/** Accepts {id,name,level,start,end} or {district: DistrictRef, start, end}. */
function toMention(raw: unknown): DistrictMention | null {
  const r = raw as Record<string, unknown>;
  const ref = (r.district ?? r.ref ?? r) as Partial<DistrictRef>;
  const start = (r.start ?? (r.span as { start?: number })?.start) as number | undefined;
  const end = (r.end ?? (r.span as { end?: number })?.end) as number | undefined;
  if (typeof ref.id !== 'string' || typeof start !== 'number' || typeof end !== 'number') return null;
  return { id: ref.id, name: ref.name ?? '', level: ref.level ?? 'subdistrict', start, end };
}

/**
 * Every unit's name and short forms (潍坊新村街道, 潍坊): words the segmenter must keep whole. A
 * town's name without 镇 is kept whole too (书院镇 → 书院工业园区), even where the gazetteer lists
 * no alias because the short form alone is too ambiguous to count as a mention of the town.
 */
export function districtWords(): string[] {
  return gazetteer.allDistricts().flatMap((d) => {
    const short = d.name.slice(0, -1);
    // (not where the short form is a common verb or number: 建设镇 → 建设/vn)
    const town = d.level === 'town' && d.name.length >= 3 && !/^(?:v|vn|a|ad|d|m|p|c)$/.test(tagOf(short)) ? [short] : [];
    // (a unit elsewhere keeps only its full name whole: its short forms are read from the words jieba finds)
    return [d.name, ...(isElsewhere(d.level) ? [] : d.aliases), ...town];
  }).filter((w) => w.length >= 2);
}

/** Short forms of the district names (某某路街道 → 某某路, 某某); built only for community names and quoted campaigns, which are few. */
export function districtShortForms(districtNames: Iterable<string>): Set<string> {
  return new Set([...districtNames].flatMap((d) => [d, d.replace(/(?:街道|镇|乡)$/, ''), d.replace(/(?:路街道|街道|镇|乡)$/, '')]).filter((d) => d.length >= 2));
}

/** A level of the units outside Shanghai (gazetteer.json's elsewhere). */
export const isElsewhere = (level: DistrictRef['level']) => level === 'province' || level === 'prefecture' || level === 'county';

/** A unit's name written out with its level (某某镇, 某区, 某省), not a short form. */
export const endsWithLevel = (written: string) => LEVEL_END.test(written);
const LEVEL_END = /(?:区|镇|街道|乡|县|市|州|省|盟|旗)$/;

/** a province's short form that is also a body of water and a side */
const WATER_SIDE = /^[湖河江山海][东南西北]$/;

/** "鹭影/x 湖北/ns 堤", "某港/x 河北/ns 沿闸": after a name, 湖北, 河南, 江西 … are the side of that lake or river */
export function sideOfWater(text: string, offset: number, d: DistrictMention, tokens: Token[], idx: TokenIndex): boolean {
  if (!WATER_SIDE.test(text.slice(d.start - offset, d.end - offset))) return false;
  const before = tokens[idx.endAt[d.start - offset] ?? -1];
  // (a lake's or river's own name is short; a term of four or more characters is no water: 对口支援/nz 湖北)
  return before !== undefined && /^\p{Script=Han}{1,3}$/u.test(before.word) && (before.tag === 'x' || before.tag === 'nr' || before.tag === 'nz' || before.tag === 'ns');
}

/** a 乡 or 镇 written right after a county elsewhere (某某县某某乡); not a word for towns in general (城镇, 乡镇) */
const TOWNSHIP_AFTER = /^\p{Script=Han}{1,4}?[乡镇]/u;
const NOT_TOWNSHIP = /^(?:[的和与及等在内所属各全该本每]|(?:城|乡|村|集|小|重)[乡镇]$)/;

/** "红河县石头寨乡", "某某县兴街镇": the township of a county elsewhere, a District of its own (id with its county's name). */
export function townshipsOfCounties(text: string, offset: number, districts: DistrictMention[], idx: TokenIndex): DistrictMention[] {
  const found: DistrictMention[] = [];
  for (const county of districts) {
    if (county.level !== 'county') continue;
    const at = county.end - offset;
    const name = TOWNSHIP_AFTER.exec(text.slice(at, at + 5))?.[0];
    // (jieba may glue the suffix to the next word: 石头/寨乡车/x)
    if (!name || NOT_TOWNSHIP.test(name) || (idx.startAt[at] === undefined && idx.endAt[at] === undefined)) continue;
    found.push({ id: `district:${county.name}${name}`, name, level: 'town', start: county.end, end: county.end + name.length, partOf: county.id });
  }
  return found;
}

/** what a unit below a province or a prefecture is called (某某地区, 某某自治州; 某某县, 某某区, 某某旗) */
const UNIT_BELOW: Partial<Record<DistrictRef['level'], { level: DistrictRef['level']; end: RegExp }>> = {
  province: { level: 'prefecture', end: /(?:市|地区|州|盟)$/ },
  prefecture: { level: 'county', end: /(?:县|区|市|旗)$/ },
};
/** a county or prefecture that names itself whatever precedes it (温宿县, 阿克苏地区, 凉山彝族自治州) */
const SELF_EVIDENT_UNIT = /^\p{Script=Han}{2,}(?:县|地区|自治州|盟)$/u;

/**
 * Units elsewhere that the gazetteer does not list, which it lists only where Shanghai is paired
 * with them: a place-name word (jieba's ns) with a level's ending, written right after its
 * province or prefecture (浙江省嘉兴市秀洲区, 新疆维吾尔自治区阿克苏地区温宿县), and a county or
 * prefecture named alone by its own ending (赴温宿县).
 */
export function unlistedUnitsElsewhere(text: string, offset: number, districts: DistrictMention[], idx: TokenIndex): DistrictMention[] {
  const found: DistrictMention[] = [];
  const taken = (s: number, e: number) => districts.some((d) => d.start < e && s < d.end);
  // (jieba reads some counties as a person's name: 昭觉县/nrt; right after their prefecture they are units)
  const unitAt = (i: number, tags = /^ns$/): Token | undefined => {
    const t = idx.tokens[i];
    return t && tags.test(t.tag) && t.word.length >= 3 && !taken(t.start, t.end) ? t : undefined;
  };
  for (const parent of districts) {
    let above: DistrictMention = parent;
    for (let below = UNIT_BELOW[above.level]; below; below = UNIT_BELOW[above.level]) {
      const t = unitAt(idx.startAt[above.end - offset] ?? -1, /^(?:ns|nrt)$/);
      if (!t || !below.end.test(t.word)) break;
      const unit: DistrictMention = { id: `district:${t.word}`, name: t.word, level: below.level, start: t.start, end: t.end, partOf: above.id };
      found.push(unit);
      above = unit;
    }
  }
  for (const t of idx.tokens) {
    // (not a word jieba glued from listed units, 云南省楚雄彝族自治州: the gazetteer reads those)
    // (the tag first: this runs on every token of every sentence)
    if (t.tag !== 'ns' || !SELF_EVIDENT_UNIT.test(t.word) || taken(t.start, t.end) || found.some((f) => f.start === t.start) || gazetteer.findDistrictMentions(t.word).length) continue;
    found.push({ id: `district:${t.word}`, name: t.word, level: /县$/.test(t.word) ? 'county' : 'prefecture', start: t.start, end: t.end, unlisted: true });
  }
  return found;
}
