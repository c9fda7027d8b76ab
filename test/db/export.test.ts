import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { dumpGraph, formatDump } from '../../graph/index.ts';
import { ingestSeeds, testDriver } from '../helpers/graph.ts';

describe('kg export', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await ingestSeeds(driver);
  });
  afterAll(async () => driver.close());

  it('writes every node and relationship in each format', async () => {
    const dump = await dumpGraph(driver);
    expect(dump.nodes.length).toBeGreaterThan(100);
    const cyjs = JSON.parse(formatDump(dump, 'cyjs'));
    expect(cyjs.elements.nodes).toHaveLength(dump.nodes.length);
    expect(cyjs.elements.edges).toHaveLength(dump.relationships.length);
    const ids = new Set(cyjs.elements.nodes.map((n: any) => n.data.id));
    for (const e of cyjs.elements.edges) expect(ids.has(e.data.source) && ids.has(e.data.target)).toBe(true);
    const graphml = formatDump(dump, 'graphml');
    expect(graphml.match(/<node /g)).toHaveLength(dump.nodes.length);
    expect(graphml.match(/<edge /g)).toHaveLength(dump.relationships.length);
    const csv = formatDump(dump, 'csv');
    expect(csv.startsWith('id,label,name,properties\n')).toBe(true);
    expect(JSON.parse(formatDump(dump, 'json')).nodes).toHaveLength(dump.nodes.length);
  });
});
