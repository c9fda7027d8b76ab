/** Shared set-up for tests against the real Neo4j of test/setup/neo4j.ts. */
import path from 'node:path';
import { inject } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { createDriver, deleteDocument, ensureSchema } from '../../graph/index.ts';
import { ingestPaths } from '../../cli/ingest.ts';

export const SEEDS = path.resolve('seeds');

export function testDriver(): Driver {
  return createDriver(inject('neo4j'));
}

export async function resetGraph(driver: Driver): Promise<void> {
  await driver.executeQuery('MATCH (n) DETACH DELETE n');
  await ensureSchema(driver);
}

/**
 * Makes the graph hold exactly the seed documents. Cheap when it already does: ingest skips
 * unchanged documents, so the test files share one seeding instead of paying for it each.
 */
export async function ingestSeeds(driver: Driver) {
  await ensureSchema(driver);
  const summary = await ingestPaths(driver, [SEEDS]);
  if (summary.failed.length) throw new Error(`seed ingest failed: ${JSON.stringify(summary.failed)}`);
  const seedIds = new Set(await seedDocumentIds(driver));
  const { records } = await driver.executeQuery('MATCH (d:Document) RETURN d.id AS id');
  for (const r of records) {
    const id = r.get('id') as string;
    if (!seedIds.has(id)) await deleteDocument(driver, id);
  }
  return summary;
}

async function seedDocumentIds(driver: Driver): Promise<string[]> {
  const { records } = await driver.executeQuery('MATCH (d:Document) WHERE d.sourcePath STARTS WITH $dir RETURN d.id AS id', {
    dir: SEEDS + path.sep,
  });
  return records.map((r) => r.get('id') as string);
}

export async function graphCounts(driver: Driver): Promise<{ nodes: number; relationships: number }> {
  const nodes = await driver.executeQuery('MATCH (n) RETURN count(n) AS c');
  const rels = await driver.executeQuery('MATCH ()-[r]->() RETURN count(r) AS c');
  return { nodes: nodes.records[0].get('c') as number, relationships: rels.records[0].get('c') as number };
}
