/**
 * The Shanghai gazetteer: 上海市 › 16 区 › 街道/镇/乡, from ingest/data/gazetteer.json, and the
 * units elsewhere in China that Shanghai documents name (province › prefecture › county).
 * Ids are `district:<full name>`. Short forms are listed explicitly in the data file (only the
 * safe ones); this module only indexes them and scans text, longest match first.
 */
import { readFileSync } from 'node:fs';
import type { DistrictLevel, DistrictRef, Span } from '../types.ts';

interface UnitFile {
  name: string;
  level: DistrictLevel;
  aliases: string[];
  formerNames?: string[];
  /** units below this one (a province's prefectures, a prefecture's counties) */
  units?: UnitFile[];
}
interface GazetteerFile {
  version: string;
  sources: string[];
  city: { name: string; aliases: string[] };
  districts: { name: string; aliases: string[]; units: UnitFile[] }[];
  /** provinces outside Shanghai, each with the prefectures and counties listed under it */
  elsewhere: UnitFile[];
  /** longer words that contain a district name or alias but are not districts (黄浦江, 普陀山) */
  nonDistrictTerms: string[];
  /** a short alias followed by one of these is a road/river name (张江路, 吴淞江), not the unit */
  shortAliasNotBefore: string[];
}

const data = JSON.parse(
  readFileSync(new URL('../data/gazetteer.json', import.meta.url), 'utf8'),
) as GazetteerFile;

export const gazetteerVersion = data.version;
export const gazetteerSources: readonly string[] = data.sources;

export const districtId = (name: string) => `district:${name}`;

const byId = new Map<string, DistrictRef>();
/** surface form → ids; a form naming two units is ambiguous and resolves to nothing */
const formIndex = new Map<string, Set<string>>();
/** forms that are scanned in text: full names and aliases (not former names) */
const scanForms = new Map<string, { id: string; isFullName: boolean }>();

function addForm(form: string, id: string, scan: boolean, isFullName: boolean) {
  if (!formIndex.has(form)) formIndex.set(form, new Set());
  formIndex.get(form)!.add(id);
  if (scan && (!scanForms.has(form) || isFullName)) scanForms.set(form, { id, isFullName });
}

function addUnit(name: string, level: DistrictLevel, aliases: string[], parent: string | null, former: string[] = []) {
  const ref: DistrictRef = { id: districtId(name), name, level, aliases: [...aliases], parent };
  byId.set(ref.id, ref);
  addForm(name, ref.id, true, true);
  for (const a of aliases) addForm(a, ref.id, true, false);
  for (const f of former) addForm(f, ref.id, false, false);
  return ref;
}

const city = addUnit(data.city.name, 'city', data.city.aliases, null);
for (const d of data.districts) {
  const district = addUnit(d.name, 'district', d.aliases, city.id);
  for (const u of d.units) addUnit(u.name, u.level, u.aliases, district.id, u.formerNames);
}
const addTree = (u: UnitFile, parent: string | null): void => {
  const ref = addUnit(u.name, u.level, u.aliases, parent, u.formerNames);
  for (const child of u.units ?? []) addTree(child, ref.id);
};
for (const province of data.elsewhere) addTree(province, null);
// an alias shared by two units is not safe in either direction
for (const [form, ids] of formIndex) if (ids.size > 1) scanForms.delete(form);

/** scan table: first character → forms, longest first */
const byFirstChar = new Map<string, { form: string; id: string | null; isFullName: boolean }[]>();
function addScan(form: string, id: string | null, isFullName: boolean) {
  const list = byFirstChar.get(form[0]) ?? [];
  list.push({ form, id, isFullName });
  byFirstChar.set(form[0], list);
}
for (const [form, v] of scanForms) addScan(form, v.id, v.isFullName);
for (const term of data.nonDistrictTerms) addScan(term, null, true);
for (const list of byFirstChar.values()) list.sort((a, b) => b.form.length - a.form.length);
/** 1 where some form can start (by UTF-16 code unit): the scan skips other positions in a plain loop. */
const FORM_STARTS = new Uint8Array(65536);
for (const first of byFirstChar.keys()) FORM_STARTS[first.charCodeAt(0)] = 1;

const NUMERAL_MAGNITUDE = /^[万亿千百十]/;
const DIGIT_BEFORE = /[0-9０-９一二三四五六七八九十百千两几]/;

export function getDistrict(id: string): DistrictRef | null {
  return byId.get(id) ?? null;
}

export function allDistricts(): DistrictRef[] {
  return [...byId.values()];
}

/** Parents from the unit up to the city, nearest first; the unit itself is not included. */
export function ancestors(id: string): DistrictRef[] {
  const out: DistrictRef[] = [];
  for (let p = byId.get(id)?.parent; p; p = byId.get(p)?.parent) out.push(byId.get(p)!);
  return out;
}

// Organisational suffixes of issuers (张江镇人民政府, 潍坊新村街道办事处) — stripped before lookup.
const ORG_SUFFIX =
  /(人民政府|人民代表大会|政府|办事处|党工委|党委|工作委员会|委员会|管委会|人大|党政办公室|办公室)$/;
const CITY_PREFIX = /^(上海市|上海)/;

/** The name without the body suffixes at its end (某镇人民政府办公室 → 某镇). */
function withoutBodySuffixes(name: string): string {
  let s = name;
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s.replace(ORG_SUFFIX, '');
  }
  return s;
}

function exact(form: string): DistrictRef | null {
  const ids = formIndex.get(form);
  return ids && ids.size === 1 ? byId.get([...ids][0])! : null;
}

/**
 * A full name, alias, former name, or a chain of them (普陀区万里街道, 上海普陀,
 * 张江镇人民政府) → the most specific unit; null when unknown or ambiguous.
 */
export function resolveDistrict(name: string): DistrictRef | null {
  let s = name.replace(/\s+/g, '');
  if (!s) return null;
  const hit = exact(s);
  if (hit) return hit;
  s = withoutBodySuffixes(s);
  if (!s) return null;
  const direct = exact(s) ?? exact(s.replace(CITY_PREFIX, ''));
  if (direct) return direct;
  // a chain of units that covers the whole string, each inside the previous one
  const mentions = findDistrictMentions(s);
  let covered = 0;
  for (const m of mentions) if (m.span.start === covered) covered = m.span.end;
  if (!mentions.length || covered !== s.length) return null;
  const last = mentions[mentions.length - 1].ref;
  const chain = new Set([last.id, ...ancestors(last.id).map((a) => a.id)]);
  return mentions.every((m) => chain.has(m.ref.id)) ? last : null;
}

/**
 * An issuer that is a unit's own body (高境镇人民政府, 某某街道办事处, 某区人民政府某某街道办事处):
 * the unit and the body's name from the unit on, without the parents written before it.
 * Null for a bare unit (张江镇) or a body the gazetteer cannot place.
 */
export function issuingBody(issuer: string): { district: DistrictRef; name: string } | null {
  const s = issuer.replace(/\s+/g, '');
  const mentions = findDistrictMentions(s);
  const last = mentions[mentions.length - 1];
  if (!last) return null;
  const rest = s.slice(last.span.end);
  if (!rest || withoutBodySuffixes(rest)) return null;
  const parents = new Set(ancestors(last.ref.id).map((a) => a.id));
  if (!mentions.slice(0, -1).every((m) => parents.has(m.ref.id))) return null;
  return { district: last.ref, name: s.slice(last.span.start) };
}

export interface DistrictMention {
  ref: DistrictRef;
  span: Span;
}

/**
 * Every district mentioned in `text`, scanning left to right and taking the longest form
 * at each position. Short aliases are skipped where they are part of a road or river name
 * (张江路), follow a numeral (3万里), or sit inside a listed non-district term (黄浦江).
 */
export function findDistrictMentions(text: string): DistrictMention[] {
  const out: DistrictMention[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && FORM_STARTS[text.charCodeAt(i)] === 0) i++;
    if (i >= text.length) break;
    const candidates = byFirstChar.get(text[i]);
    let advanced = false;
    if (candidates) {
      for (const c of candidates) {
        if (!text.startsWith(c.form, i)) continue;
        const end = i + c.form.length;
        if (c.id === null) {
          i = end; // a non-district word: skip it entirely
          advanced = true;
          break;
        }
        if (!c.isFullName && !shortAliasFits(text, i, end, c.form)) continue;
        out.push({ ref: byId.get(c.id)!, span: { start: i, end } });
        i = end;
        advanced = true;
        break;
      }
    }
    if (!advanced) i++;
  }
  return out;
}

/**
 * A short alias followed by a road/river word or an organisation/landmark suffix names that
 * thing, not the unit: 陆家嘴管理局 is a bureau, not 陆家嘴街道; 某某派出所 is a police station.
 */
function shortAliasFits(text: string, start: number, end: number, form: string): boolean {
  const after = text.slice(end, end + 5);
  if (data.shortAliasNotBefore.some((w) => after.startsWith(w))) return false;
  if (NUMERAL_MAGNITUDE.test(form) && start > 0 && DIGIT_BEFORE.test(text[start - 1])) return false;
  return true;
}
