/**
 * District similarity (computed on the fly from stored SIMILAR_TO edges, policies and themes)
 * and the policy-uptake table. The Cypher is exported so the API can reuse it verbatim.
 */
import type { Driver } from 'neo4j-driver';
import { scoreDistricts, type DistrictProfile, type DistrictSimilarity, type ProgrammePairRow } from './district-score.ts';

/**
 * A programme belongs to the districts that RUN it; a programme nobody RUNS belongs to the
 * districts of the documents that mention it (same rule as updateSimilarity).
 */
const PROGRAMME_DISTRICT = `
CALL (p) {
  MATCH (d:District)-[:RUNS]->(p) RETURN d
  UNION
  MATCH (p)-[:MENTIONED_IN]->(doc:Document) MATCH (d:District {id: doc.district})
  WHERE NOT EXISTS { (:District)-[:RUNS]->(p) } RETURN d
}`;

/** One row per district: programme count, policy and theme counts over its programmes. */
export const DISTRICT_PROFILES_CYPHER = `
MATCH (p:Programme)
${PROGRAMME_DISTRICT}
WITH d, collect(DISTINCT p) AS ps
RETURN d.id AS id, coalesce(d.name, d.id) AS name, size(ps) AS programmes,
  COLLECT { UNWIND ps AS p MATCH (p)-[:IMPLEMENTS]->(x:Policy) RETURN {id: x.id, name: coalesce(x.name, x.id)} AS item } AS policies,
  COLLECT { UNWIND ps AS p MATCH (p)-[:IN_THEME]->(t:Theme) RETURN {id: t.id, name: coalesce(t.name, t.id)} AS item } AS themes
ORDER BY id`;

/** SIMILAR_TO pairs between one district's programmes and other districts' programmes. */
export const DISTRICT_PAIRS_CYPHER = `
MATCH (p:Programme)
WHERE EXISTS { (:District {id: $districtId})-[:RUNS]->(p) }
   OR (NOT EXISTS { (:District)-[:RUNS]->(p) } AND EXISTS { (p)-[:MENTIONED_IN]->(:Document {district: $districtId}) })
MATCH (p)-[s:SIMILAR_TO]-(q:Programme)
CALL (q) {
  MATCH (e:District)-[:RUNS]->(q) RETURN e
  UNION
  MATCH (q)-[:MENTIONED_IN]->(doc:Document) MATCH (e:District {id: doc.district})
  WHERE NOT EXISTS { (:District)-[:RUNS]->(q) } RETURN e
}
WITH p, q, s, e WHERE e.id <> $districtId
RETURN DISTINCT p.id AS fromId, p.name AS fromName, q.id AS toId, q.name AS toName, e.id AS otherDistrictId, s.score AS score`;

type Item = { id: string; name: string };

function counted(items: Item[]): Map<string, { name: string; count: number }> {
  const out = new Map<string, { name: string; count: number }>();
  for (const it of items) {
    const cur = out.get(it.id);
    if (cur) cur.count += 1;
    else out.set(it.id, { name: it.name, count: 1 });
  }
  return out;
}

export async function districtSimilarity(driver: Driver, districtId: string, limit = 10, database?: string): Promise<DistrictSimilarity[]> {
  const profiles = await driver.executeQuery(DISTRICT_PROFILES_CYPHER, {}, { database, routing: 'READ' });
  const all: DistrictProfile[] = profiles.records.map((r) => ({
    id: r.get('id') as string,
    name: r.get('name') as string,
    programmes: r.get('programmes') as number,
    policies: counted(r.get('policies') as Item[]),
    themes: counted(r.get('themes') as Item[]),
  }));
  const target = all.find((d) => d.id === districtId);
  if (!target) return [];
  const pairRows = await driver.executeQuery(DISTRICT_PAIRS_CYPHER, { districtId }, { database, routing: 'READ' });
  const pairs: ProgrammePairRow[] = pairRows.records.map((r) => ({
    from: { id: r.get('fromId') as string, name: r.get('fromName') as string },
    to: { id: r.get('toId') as string, name: r.get('toName') as string },
    otherDistrictId: r.get('otherDistrictId') as string,
    score: r.get('score') as number,
  }));
  return scoreDistricts(target, all, pairs).slice(0, limit);
}

export interface PolicyUptakeRow {
  districtId: string;
  districtName: string;
  programmes: { id: string; name: string; status: string | null; year: number | null; evidence: { docId: string; sentence: string | null }[] }[];
  /** documents of the district that name the policy, with or without a programme */
  mentionedIn: { docId: string; title: string | null }[];
}

export interface PolicyUptake {
  policy: { id: string; name: string } | null;
  rows: PolicyUptakeRow[];
}

/** The policy by id, name or alias; its programmes grouped by district; and the district documents naming it. */
export const POLICY_UPTAKE_CYPHER = `
MATCH (pol:Policy) WHERE pol.id = $policy OR pol.name = $policy OR $policy IN coalesce(pol.aliases, [])
WITH pol ORDER BY pol.id LIMIT 1
CALL (pol) {
  MATCH (p:Programme)-[i:IMPLEMENTS]->(pol)
  ${PROGRAMME_DISTRICT}
  WITH d, p, collect({docId: i.docId, sentence: i.sentence}) AS evidence
  RETURN d, collect({id: p.id, name: p.name, status: p.status, year: p.year, evidence: evidence}) AS programmes
  UNION
  MATCH (pol)-[:MENTIONED_IN]->(doc:Document) MATCH (d:District {id: doc.district})
  RETURN d, [] AS programmes
}
WITH pol, d, programmes
OPTIONAL MATCH (pol)-[:MENTIONED_IN]->(doc:Document {district: d.id})
WITH pol, d, programmes, collect(DISTINCT {docId: doc.id, title: doc.title}) AS mentionedIn
RETURN pol.id AS policyId, coalesce(pol.name, pol.id) AS policyName, d.id AS districtId, coalesce(d.name, d.id) AS districtName,
  programmes, [m IN mentionedIn WHERE m.docId IS NOT NULL] AS mentionedIn
ORDER BY size(programmes) DESC, districtId`;

export async function policyUptake(driver: Driver, policyId: string, database?: string): Promise<PolicyUptake> {
  const { records } = await driver.executeQuery(POLICY_UPTAKE_CYPHER, { policy: policyId }, { database, routing: 'READ' });
  if (!records.length) return { policy: null, rows: [] };
  const byDistrict = new Map<string, PolicyUptakeRow>();
  for (const r of records) {
    const id = r.get('districtId') as string;
    const row = byDistrict.get(id) ?? { districtId: id, districtName: r.get('districtName') as string, programmes: [], mentionedIn: [] };
    row.programmes.push(...(r.get('programmes') as PolicyUptakeRow['programmes']));
    for (const m of r.get('mentionedIn') as PolicyUptakeRow['mentionedIn'])
      if (!row.mentionedIn.some((x) => x.docId === m.docId)) row.mentionedIn.push(m);
    byDistrict.set(id, row);
  }
  const rows = [...byDistrict.values()].sort((a, b) => b.programmes.length - a.programmes.length || (a.districtId < b.districtId ? -1 : 1));
  return { policy: { id: records[0].get('policyId') as string, name: records[0].get('policyName') as string }, rows };
}
