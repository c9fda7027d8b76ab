/** What 2-4 districts have in common, from the API's compareDistricts. */
import { gql } from './api.ts';

export interface Named {
  id: string;
  name: string;
}
export interface SimilarPair {
  a: Named & { district: string };
  b: Named & { district: string };
  score: number;
  reasons: string[];
}
export interface Comparison {
  districts: (Named & { programmeCount: number })[];
  sharedPolicies: Named[];
  sharedThemes: Named[];
  similarPairs: SimilarPair[];
  /** district id → policies and themes only it has */
  unique: Record<string, { policies: Named[]; themes: Named[] }>;
}

interface ProgrammeRef extends Named {
  districts: { id: string }[];
}
interface ApiComparison {
  districts: { district: Named; programmeCount: number; uniquePolicies: Named[]; uniqueThemes: Named[] }[];
  sharedPolicies: { entity: Named }[];
  sharedThemes: { entity: Named }[];
  similarProgrammes: { a: ProgrammeRef; b: ProgrammeRef; score: number; reasons: string[] }[];
}

export async function compareDistricts(ids: string[]): Promise<Comparison> {
  const { compareDistricts: c } = await gql<{ compareDistricts: ApiComparison }>(
    `query Compare($ids: [ID!]!) { compareDistricts(ids: $ids) {
       districts { district { id name } programmeCount uniquePolicies { id name } uniqueThemes { id name } }
       sharedPolicies { entity { id name } } sharedThemes { entity { id name } }
       similarProgrammes { a { id name districts { id } } b { id name districts { id } } score reasons } } }`,
    { ids },
  );
  const chosen = new Set(ids);
  // a programme may be run by several districts: the pair is drawn between the compared ones
  const side = (p: ProgrammeRef) => ({ id: p.id, name: p.name, district: p.districts.find((d) => chosen.has(d.id))?.id ?? p.districts[0]?.id ?? '' });
  return {
    districts: c.districts.map((d) => ({ ...d.district, programmeCount: d.programmeCount })),
    sharedPolicies: c.sharedPolicies.map((s) => s.entity),
    sharedThemes: c.sharedThemes.map((s) => s.entity),
    similarPairs: c.similarProgrammes.map((p) => ({ a: side(p.a), b: side(p.b), score: p.score, reasons: p.reasons })),
    unique: Object.fromEntries(c.districts.map((d) => [d.district.id, { policies: d.uniquePolicies, themes: d.uniqueThemes }])),
  };
}
