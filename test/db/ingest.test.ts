import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { ingestPaths } from '../../cli/ingest.ts';
import { concurrentDocumentWriter, deleteDocument } from '../../graph/index.ts';
import type { Extraction } from '../../ingest/index.ts';
import { graphCounts, ingestSeeds, SEEDS, testDriver } from '../helpers/graph.ts';

const SEED_DISTRICTS = ['嘉定镇街道', '潍坊新村街道', '万里街道', '淞南镇', '张江镇'];

/** A small document of its own that names the programme `sharedId` by its own alias, with a place of its own. */
function documentNaming(sharedId: string, i: number, dir: string): Extraction {
  const docId = `doc:concurrent-test-${i}`;
  const placeId = `place:并发测试地点${i}`;
  const text = `并发测试项目在并发测试地点${i}实施。`;
  return {
    document: {
      id: docId, title: `并发测试文件${i}`, district: null, docType: 'other', publishedAt: null, issuer: null, docNumber: null,
      indexNumber: null, period: null, contentHash: `concurrent-test-${i}`, sourcePath: path.join(dir, `concurrent-${i}.txt`), text,
    },
    entities: [
      { id: docId, type: 'Document', name: `并发测试文件${i}`, mentions: [] },
      { id: sharedId, type: 'Programme', name: '并发测试项目', aliases: [`并发测试别名${i}`], mentions: [{ start: 0, end: 6 }] },
      { id: placeId, type: 'Place', name: `并发测试地点${i}`, mentions: [{ start: 7, end: 13 + String(i).length }] },
    ],
    relations: [{ type: 'LOCATED_AT', from: sharedId, to: placeId, evidence: [{ start: 0, end: text.length }], sentence: text }],
    warnings: [],
  };
}

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

  it('documents naming one entity, written at once: one node that keeps every alias', async () => {
    const sharedId = 'programme:并发测试项目';
    const documents = Array.from({ length: 12 }, (_, i) => documentNaming(sharedId, i, tmp));
    const writer = concurrentDocumentWriter(driver);
    const results = await Promise.all(documents.map((d) => writer.write(d)));
    expect(results.map((r) => r.outcome)).toEqual(documents.map(() => 'created'));
    const { records } = await driver.executeQuery(
      `MATCH (p:Programme {id: $id})
       RETURN count(p) AS nodes, collect(p.aliases)[0] AS aliases, COUNT { (p)-[:MENTIONED_IN]->() } AS mentions,
              COUNT { (p)-[:LOCATED_AT]->() } AS places`,
      { id: sharedId },
    );
    expect(records[0].get('nodes')).toBe(1);
    expect([...(records[0].get('aliases') as string[])].sort()).toEqual(documents.map((_, i) => `并发测试别名${i}`).sort());
    expect(records[0].get('mentions')).toBe(documents.length);
    expect(records[0].get('places')).toBe(documents.length);
    // Written again at once: nothing changes.
    const again = await Promise.all(documents.map((d) => writer.write(d)));
    expect(again.map((r) => r.outcome)).toEqual(documents.map(() => 'unchanged'));
    for (const d of documents) await deleteDocument(driver, d.document.id);
    const left = await driver.executeQuery('MATCH (n) WHERE n.id = $id OR n.id STARTS WITH $places RETURN count(n) AS n', {
      id: sharedId,
      places: 'place:并发测试地点',
    });
    expect(left.records[0].get('n')).toBe(0);
  });

  it('a replacement written alongside new documents waits for them and leaves no duplicates', async () => {
    const sharedId = 'programme:并发替换测试项目';
    const documents = Array.from({ length: 6 }, (_, i) => documentNaming(sharedId, 100 + i, tmp));
    const writer = concurrentDocumentWriter(driver);
    await writer.write(documents[0]);
    // The same file with new content: its earlier version must go, while the others are being created.
    const changed = { ...documents[0], document: { ...documents[0].document, id: 'doc:concurrent-test-changed', contentHash: 'changed' } };
    changed.entities = [{ ...changed.entities[0], id: changed.document.id }, ...changed.entities.slice(1)];
    const results = await Promise.all([writer.write(changed), ...documents.slice(1).map((d) => writer.write(d))]);
    expect(results.map((r) => r.outcome)).toEqual(['replaced', ...documents.slice(1).map(() => 'created')]);
    const { records } = await driver.executeQuery(
      `MATCH (p:Programme {id: $id}) RETURN count(p) AS nodes, COUNT { (p)-[:MENTIONED_IN]->() } AS mentions,
              COUNT { (:Document {id: $old}) } AS old`,
      { id: sharedId, old: documents[0].document.id },
    );
    expect(records[0].get('nodes')).toBe(1);
    expect(records[0].get('mentions')).toBe(documents.length);
    expect(records[0].get('old')).toBe(0);
    for (const id of [changed.document.id, ...documents.slice(1).map((d) => d.document.id)]) await deleteDocument(driver, id);
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

  it('on worker threads too, where files go in jobs of several: bad files reported, the rest stored', async () => {
    const dir = path.join(tmp, 'pooled');
    fs.mkdirSync(dir);
    const seeds = fs.readdirSync(SEEDS).sort();
    fs.copyFileSync(path.join(SEEDS, seeds[1]), path.join(dir, 'a-good.txt'));
    fs.writeFileSync(path.join(dir, 'b-empty.txt'), '');
    fs.copyFileSync(path.join(SEEDS, seeds[2]), path.join(dir, 'c-good.txt'));
    fs.writeFileSync(path.join(dir, 'd-binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7, 8, 0]));
    const summary = await ingestPaths(driver, [dir], { workers: 1 });
    expect(summary.ok).toBe(2);
    expect(summary.failed.map((f) => path.basename(f.file))).toEqual(['b-empty.txt', 'd-binary.txt']);
    for (const f of summary.failed) expect(f.reason).not.toContain(dir);
  }, 120_000);
});
