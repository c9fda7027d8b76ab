/** Shared set-up for tests against the real Neo4j of test/setup/neo4j.ts. */
import path from 'node:path';
import { inject } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { createDriver, ensureSchema } from '../../graph/index.ts';
import { ingestPaths } from '../../cli/ingest.ts';

export const SEEDS = path.resolve('seeds');

export function testDriver(): Driver {
  return createDriver(inject('neo4j'));
}

export async function resetGraph(driver: Driver): Promise<void> {
  await driver.executeQuery('MATCH (n) DETACH DELETE n');
  await ensureSchema(driver);
}

export async function ingestSeeds(driver: Driver) {
  const summary = await ingestPaths(driver, [SEEDS]);
  if (summary.failed.length) throw new Error(`seed ingest failed: ${JSON.stringify(summary.failed)}`);
  return summary;
}

export async function graphCounts(driver: Driver): Promise<{ nodes: number; relationships: number }> {
  const nodes = await driver.executeQuery('MATCH (n) RETURN count(n) AS c');
  const rels = await driver.executeQuery('MATCH ()-[r]->() RETURN count(r) AS c');
  return { nodes: nodes.records[0].get('c') as number, relationships: rels.records[0].get('c') as number };
}
