/** Neo4j I/O for programme similarity: read programme inputs, replace SIMILAR_TO edges. */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { ProgrammeInput } from './features.ts';
import type { ScoredPair } from './compute.ts';

const WRITE_BATCH = 2000;

/**
 * Everything scoring needs, one row per programme. The district is the one that RUNS it, else the
 * district of the documents that mention it. Sentences come from the programme's relationships.
 */
export const LOAD_PROGRAMMES_CYPHER = `
MATCH (p:Programme)
RETURN p.id AS id, coalesce(p.name, p.id) AS name, coalesce(p.aliases, []) AS aliases, p.definition AS definition,
  coalesce(p.kinds, []) AS kinds,
  COLLECT { MATCH (d:District)-[:RUNS]->(p) RETURN DISTINCT d.id } AS runBy,
  COLLECT { MATCH (p)-[:MENTIONED_IN]->(doc:Document) WHERE doc.district IS NOT NULL RETURN DISTINCT doc.district } AS docDistricts,
  COLLECT { MATCH (p)-[r]-() WHERE r.sentence IS NOT NULL AND type(r) <> 'SIMILAR_TO' RETURN DISTINCT r.sentence } AS sentences,
  COLLECT { MATCH (p)-[:IMPLEMENTS]->(x:Policy) RETURN DISTINCT {id: x.id, name: coalesce(x.name, x.id)} } AS policies,
  COLLECT { MATCH (p)-[:IN_THEME]->(t:Theme) RETURN DISTINCT {id: t.id, name: coalesce(t.name, t.id), nameEn: t.nameEn} } AS themes,
  COLLECT { MATCH (p)-[:HAS_TARGET]->(t:Target) RETURN DISTINCT {unit: coalesce(t.unit, ''), metric: coalesce(t.metric, '')} } AS targets
ORDER BY id`;

export async function loadProgrammeInputs(driver: Driver, database?: string): Promise<ProgrammeInput[]> {
  const { records } = await driver.executeQuery(LOAD_PROGRAMMES_CYPHER, {}, { database, routing: 'READ' });
  return records.map((r) => {
    const runBy = r.get('runBy') as string[];
    return {
      id: r.get('id') as string,
      name: r.get('name') as string,
      aliases: (r.get('aliases') as string[]) ?? [],
      definition: (r.get('definition') as string | null) ?? null,
      kinds: r.get('kinds') as string[],
      districtIds: runBy.length ? runBy : (r.get('docDistricts') as string[]),
      sentences: r.get('sentences') as string[],
      policies: r.get('policies') as ProgrammeInput['policies'],
      themes: r.get('themes') as ProgrammeInput['themes'],
      targets: r.get('targets') as ProgrammeInput['targets'],
    };
  });
}

/** Programmes mentioned in the given documents: the ones an ingest of those documents may have changed. */
export async function programmeIdsOfDocuments(driver: Driver, docIds: string[], database?: string): Promise<string[]> {
  if (!docIds.length) return [];
  const { records } = await driver.executeQuery(
    'MATCH (p:Programme)-[:MENTIONED_IN]->(d:Document) WHERE d.id IN $docIds RETURN DISTINCT p.id AS id ORDER BY id',
    { docIds },
    { database, routing: 'READ' },
  );
  return records.map((r) => r.get('id') as string);
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export async function deleteEdgesOf(tx: ManagedTransaction, programmeIds: string[]): Promise<number> {
  let deleted = 0;
  for (const ids of chunks(programmeIds, WRITE_BATCH)) {
    const result = await tx.run(
      'UNWIND $ids AS id MATCH (:Programme {id: id})-[r:SIMILAR_TO]-(:Programme) DELETE r RETURN count(r) AS n',
      { ids },
    );
    deleted += (result.records[0]?.get('n') as number) ?? 0;
  }
  return deleted;
}

/** Scores of the edges the given programmes still have (each programme's full neighbour list). */
export async function storedScores(tx: ManagedTransaction, programmeIds: string[]): Promise<Map<string, number[]>> {
  const scores = new Map<string, number[]>();
  for (const ids of chunks(programmeIds, WRITE_BATCH)) {
    const result = await tx.run(
      `UNWIND $ids AS id MATCH (:Programme {id: id})-[r:SIMILAR_TO]-(:Programme)
       RETURN id, collect(r.score) AS scores`,
      { ids },
    );
    for (const r of result.records) scores.set(r.get('id') as string, r.get('scores') as number[]);
  }
  return scores;
}

/** One direction per pair, from the smaller id to the larger; readers treat it as undirected. */
export async function writePairs(tx: ManagedTransaction, pairs: ScoredPair[], computedAt: string): Promise<number> {
  let written = 0;
  for (const rows of chunks(pairs, WRITE_BATCH)) {
    const result = await tx.run(
      `UNWIND $rows AS row
       MATCH (a:Programme {id: row.from})
       MATCH (b:Programme {id: row.to})
       MERGE (a)-[r:SIMILAR_TO]->(b)
       SET r.score = row.score, r.reasons = row.reasons, r.computedAt = $computedAt
       RETURN count(r) AS n`,
      { rows, computedAt },
    );
    written += (result.records[0]?.get('n') as number) ?? 0;
  }
  return written;
}
