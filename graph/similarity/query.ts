/** Read side: find a programme or district by what a researcher types, and list similar programmes. */
import neo4j, { type Driver } from 'neo4j-driver';

export interface EntityMatch {
  label: 'Programme' | 'District';
  id: string;
  name: string;
  /** names of the districts that run the programme (programmes only) */
  districts: string[];
}

const RESOLVE_CYPHER = `
MATCH (n) WHERE (n:Programme OR n:District)
  AND ($exact AND (n.id = $q OR n.name = $q OR $q IN coalesce(n.aliases, []))
    OR NOT $exact AND (n.name CONTAINS $q OR any(a IN coalesce(n.aliases, []) WHERE a CONTAINS $q)))
RETURN CASE WHEN n:District THEN 'District' ELSE 'Programme' END AS label, n.id AS id, coalesce(n.name, n.id) AS name,
  COLLECT { MATCH (d:District)-[:RUNS]->(n) RETURN DISTINCT d.name } AS districts
ORDER BY label DESC, size(name), id
LIMIT $limit`;

/** Quotes and brackets differ between documents and what people type. */
export function cleanQuery(query: string): string {
  return query.normalize('NFKC').replace(/[“”"'‘’《》「」]/g, '').trim();
}

/**
 * Exact id/name/alias first (districts before programmes: 张江镇 is the town, not a programme
 * named after it), then names or aliases containing the query, shortest first.
 */
export async function resolveEntities(driver: Driver, query: string, database?: string, limit = 20): Promise<EntityMatch[]> {
  const q = cleanQuery(query);
  if (!q) return [];
  for (const exact of [true, false]) {
    const { records } = await driver.executeQuery(RESOLVE_CYPHER, { q, exact, limit: neo4j.int(limit) }, { database, routing: 'READ' });
    if (records.length)
      return records.map((r) => ({
        label: r.get('label') as EntityMatch['label'],
        id: r.get('id') as string,
        name: r.get('name') as string,
        districts: r.get('districts') as string[],
      }));
  }
  return [];
}

export interface SimilarProgramme {
  id: string;
  name: string;
  districts: string[];
  score: number;
  reasons: string[];
}

/** SIMILAR_TO read as undirected: either direction of the stored edge. */
export const SIMILAR_PROGRAMMES_CYPHER = `
MATCH (p:Programme {id: $id})-[s:SIMILAR_TO]-(q:Programme)
RETURN q.id AS id, coalesce(q.name, q.id) AS name, s.score AS score, coalesce(s.reasons, []) AS reasons,
  COLLECT { MATCH (d:District)-[:RUNS]->(q) RETURN DISTINCT d.name } AS districts
ORDER BY score DESC, id
LIMIT $limit`;

export async function similarProgrammes(driver: Driver, programmeId: string, limit = 10, database?: string): Promise<SimilarProgramme[]> {
  const { records } = await driver.executeQuery(SIMILAR_PROGRAMMES_CYPHER, { id: programmeId, limit: neo4j.int(limit) }, { database, routing: 'READ' });
  return records.map((r) => ({
    id: r.get('id') as string,
    name: r.get('name') as string,
    districts: r.get('districts') as string[],
    score: r.get('score') as number,
    reasons: r.get('reasons') as string[],
  }));
}
