/** What 2-4 districts have in common, from the API's compareDistricts. */
import { gql } from './api.ts';

export interface Named {
  id: string;
  name: string;
  /** themes only: the English name from the taxonomy */
  nameEn?: string;
}
export interface SimilarPair {
  a: Named & { district: string };
  b: Named & { district: string };
  score: number;
  reasons: string[];
}
/** a policy or theme, with the compared districts that take it up (two or more) */
export interface Shared extends Named {
  districts: string[];
}
export interface Comparison {
  districts: (Named & { programmeCount: number })[];
  sharedPolicies: Shared[];
  sharedThemes: Shared[];
  similarPairs: SimilarPair[];
  /** district id → policies and themes only it has */
  unique: Record<string, { policies: Named[]; themes: Named[] }>;
}

interface ProgrammeRef extends Named {
  districts: { id: string }[];
}
interface ApiComparison {
  districts: { district: Named; programmeCount: number; uniquePolicies: Named[]; uniqueThemes: Named[] }[];
  sharedPolicies: { entity: Named; districts: { id: string }[] }[];
  sharedThemes: { entity: Named; districts: { id: string }[] }[];
  similarProgrammes: { a: ProgrammeRef; b: ProgrammeRef; score: number; reasons: string[] }[];
}

/**
 * compareDistricts answers EntityRefs, which carry no English name: the themes' nameEn comes from
 * the Theme type itself, in one query for all themes of the comparison.
 */
async function withEnglishThemeNames(c: ApiComparison): Promise<void> {
  const themes = [...c.sharedThemes.map((s) => s.entity), ...c.districts.flatMap((d) => d.uniqueThemes)];
  if (!themes.length) return;
  const ids = [...new Set(themes.map((x) => x.id))];
  const { themes: found } = await gql<{ themes: { id: string; nameEn: string | null }[] }>(
    `query ThemeNames($ids: [ID!]!) { themes(where: { id: { in: $ids } }, limit: ${Math.min(ids.length, 500)}) { id nameEn } }`,
    { ids },
  );
  const english = new Map(found.map((x) => [x.id, x.nameEn ?? undefined]));
  for (const x of themes) x.nameEn = english.get(x.id);
}

export async function compareDistricts(ids: string[]): Promise<Comparison> {
  const { compareDistricts: c } = await gql<{ compareDistricts: ApiComparison }>(
    `query Compare($ids: [ID!]!) { compareDistricts(ids: $ids) {
       districts { district { id name } programmeCount uniquePolicies { id name } uniqueThemes { id name } }
       sharedPolicies { entity { id name } districts { id } } sharedThemes { entity { id name } districts { id } }
       similarProgrammes { a { id name districts { id } } b { id name districts { id } } score reasons } } }`,
    { ids },
  );
  await withEnglishThemeNames(c);
  const chosen = new Set(ids);
  // a programme may be run by several districts: the pair is drawn between the compared ones
  const side = (p: ProgrammeRef) => ({ id: p.id, name: p.name, district: p.districts.find((d) => chosen.has(d.id))?.id ?? p.districts[0]?.id ?? '' });
  return {
    districts: c.districts.map((d) => ({ ...d.district, programmeCount: d.programmeCount })),
    sharedPolicies: c.sharedPolicies.map((s) => ({ ...s.entity, districts: s.districts.map((d) => d.id) })),
    sharedThemes: c.sharedThemes.map((s) => ({ ...s.entity, districts: s.districts.map((d) => d.id) })),
    similarPairs: c.similarProgrammes.map((p) => ({ a: side(p.a), b: side(p.b), score: p.score, reasons: p.reasons })),
    unique: Object.fromEntries(c.districts.map((d) => [d.district.id, { policies: d.uniquePolicies, themes: d.uniqueThemes }])),
  };
}
