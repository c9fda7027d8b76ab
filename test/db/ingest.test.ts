import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { ingestPaths } from '../../cli/ingest.ts';
import { graphCounts, ingestSeeds, SEEDS, testDriver } from '../helpers/graph.ts';

const SEED_DISTRICTS = ['嘉定镇街道', '潍坊新村街道', '万里街道', '淞南镇', '张江镇'];

describe('kg ingest against a real Neo4j', () => {
  let driver: Driver;
  let tmp: string;

  beforeAll(async () => {
    driver = testDriver();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-ingest-'));
  });
  afterAll(async () => {
    await driver.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('ingests the five seeds: Documents that COVER their Districts', async () => {
    const summary = await ingestSeeds(driver);
    expect(summary.ok).toBe(5);
    const { records } = await driver.executeQuery(
      'MATCH (d:Document)-[:COVERS]->(x:District) RETURN x.name AS district, d.publishedAt AS date ORDER BY district',
    );
    expect(records.map((r) => r.get('district')).sort()).toEqual([...SEED_DISTRICTS].sort());
    for (const r of records) expect(r.get('date')).toMatch(/^20\d\d-\d\d-\d\d$/);
  });

  it('is idempotent: ingesting the same files again leaves identical counts', async () => {
    const before = await graphCounts(driver);
    const again = await ingestPaths(driver, [SEEDS]);
    expect(again.outcomes.unchanged).toBe(5);
    expect(await graphCounts(driver)).toEqual(before);
  });

  it('a changed file replaces its earlier contribution without duplicates', async () => {
    const file = path.join(tmp, 'plan.txt');
    // A marker line makes it a document of its own, not the seed it was copied from.
    const original = fs.readFileSync(path.join(SEEDS, fs.readdirSync(SEEDS)[1]), 'utf8') + '\n(本文件为测试副本)\n';
    fs.writeFileSync(file, original);
    await ingestPaths(driver, [file]);
    const once = await graphCounts(driver);
    // Drop the second half: whatever only that half said must disappear.
    fs.writeFileSync(file, original.slice(0, Math.floor(original.length / 2)));
    const changed = await ingestPaths(driver, [file]);
    expect(changed.outcomes.replaced).toBe(1);
    const shrunk = await graphCounts(driver);
    expect(shrunk.relationships).toBeLessThan(once.relationships);
    fs.writeFileSync(file, original);
    await ingestPaths(driver, [file]);
    expect(await graphCounts(driver)).toEqual(once);
  });

  it('bad files are reported by name and reason; the rest of the batch is stored', async () => {
    const dir = path.join(tmp, 'batch');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'a-empty.txt'), '');
    fs.writeFileSync(path.join(dir, 'b-binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7, 8, 0]));
    fs.copyFileSync(path.join(SEEDS, fs.readdirSync(SEEDS)[0]), path.join(dir, 'c-good.txt'));
    const summary = await ingestPaths(driver, [dir]);
    expect(summary.ok).toBe(1);
    expect(summary.failed.map((f) => path.basename(f.file))).toEqual(['a-empty.txt', 'b-binary.txt']);
    for (const f of summary.failed) expect(f.reason.length).toBeGreaterThan(5);
  });
});
