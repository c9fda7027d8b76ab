/** SIMILAR_TO against the real Neo4j: full and incremental updates, the CLI text, districts, policy uptake. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { resetGraph, testDriver } from '../helpers/graph.ts';
import { districtSimilarity, policyUptake, updateSimilarity, type ProgrammeInput } from '../../graph/similarity/index.ts';
import { similarCommand } from '../../cli/similar.ts';
import { ALL } from '../similarity/fixtures.ts';

let driver: Driver;

/** The fixture programmes as graph: District RUNS Programme, IMPLEMENTS, IN_THEME, HAS_TARGET, MENTIONED_IN. */
async function writeProgrammes(programmes: ProgrammeInput[], docId: string): Promise<void> {
  const rows = programmes.map((p) => ({ ...p, district: p.districtIds[0], sentence: p.sentences[0] }));
  await driver.executeQuery(
    `MERGE (doc:Document {id: $docId}) SET doc.name = $docId, doc.title = $docId
     WITH doc UNWIND $rows AS row
     MERGE (d:District {id: row.district}) SET d.name = replace(row.district, 'd:', '') + '街道', d.aliases = []
     MERGE (p:Programme {id: row.id}) SET p.name = row.name, p.aliases = row.aliases
     MERGE (d)-[r:RUNS {docId: $docId}]->(p) SET r.sentence = row.sentence
     MERGE (p)-[:MENTIONED_IN {docId: $docId}]->(doc)
     FOREACH (x IN row.policies | MERGE (pol:Policy {id: x.id}) SET pol.name = x.name
       MERGE (p)-[i:IMPLEMENTS {docId: $docId}]->(pol) SET i.sentence = row.sentence)
     FOREACH (t IN row.themes | MERGE (th:Theme {id: t.id}) SET th.name = t.name MERGE (p)-[:IN_THEME {docId: $docId}]->(th))
     FOREACH (t IN row.targets | CREATE (tg:Target {id: row.id + t.metric, unit: t.unit, metric: t.metric, docId: $docId})
       MERGE (p)-[:HAS_TARGET {docId: $docId}]->(tg))`,
    { rows, docId },
  );
}

async function edges(): Promise<{ from: string; to: string; score: number; reasons: string[]; computedAt: string }[]> {
  const { records } = await driver.executeQuery(
    'MATCH (a:Programme)-[s:SIMILAR_TO]->(b:Programme) RETURN a.id AS from, b.id AS to, s.score AS score, s.reasons AS reasons, s.computedAt AS computedAt ORDER BY from, to',
  );
  return records.map((r) => r.toObject() as never);
}

beforeAll(async () => {
  driver = testDriver();
  await resetGraph(driver);
  await writeProgrammes(ALL, 'doc:one');
});

afterAll(async () => {
  await driver.close();
});

describe('updateSimilarity', () => {
  it('stores one SIMILAR_TO per pair, smaller id first, with score, reasons and computedAt', async () => {
    const result = await updateSimilarity(driver, { now: new Date('2024-01-01T00:00:00Z') });
    expect(result.programmes).toBe(ALL.length);
    const stored = await edges();
    expect(stored.length).toBe(result.written);
    expect(stored.some((e) => e.from === 'p:a-lift' && e.to === 'p:c-lift')).toBe(true);
    for (const e of stored) {
      expect(e.from < e.to).toBe(true);
      expect(e.score).toBeGreaterThanOrEqual(0.45);
      expect(e.reasons.length).toBeGreaterThan(0);
      expect(e.computedAt).toBe('2024-01-01T00:00:00.000Z');
    }
  });

  it('recomputes only the pairs touching the programmes of changed documents', async () => {
    const before = await edges();
    const newcomer: ProgrammeInput = {
      id: 'p:d-lift', name: '多层住宅加梯', aliases: [], districtIds: ['d:d'], sentences: ['推进多层住宅加梯，竣工10台。'],
      policies: [], themes: [{ id: 'theme:elevators', name: '加装电梯' }], targets: [{ unit: '台', metric: '竣工' }],
    };
    await writeProgrammes([newcomer], 'doc:two');
    const result = await updateSimilarity(driver, { docIds: ['doc:two'], now: new Date('2024-02-01T00:00:00Z') });
    expect(result.changed).toBe(1);
    const after = await edges();
    const touching = after.filter((e) => e.from === 'p:d-lift' || e.to === 'p:d-lift');
    expect(touching.length).toBeGreaterThanOrEqual(2);
    for (const e of touching) expect(e.computedAt).toBe('2024-02-01T00:00:00.000Z');
    const untouched = after.filter((e) => e.from !== 'p:d-lift' && e.to !== 'p:d-lift');
    expect(untouched).toEqual(before);
  });
});

describe('reading similarity back', () => {
  it('kg similar prints the ranked programmes with reasons, for a name or part of one', async () => {
    const text = await similarCommand(driver, '多层住宅加装电梯', { limit: 5 });
    expect(text).toMatch(/多层住宅加装电梯/);
    expect(text).toMatch(/既有住宅电梯加装/);
    expect(text).toMatch(/same theme: elevators 加装电梯/);
    expect(await similarCommand(driver, '加梯')).toMatch(/programmes match "加梯"/);
    expect(await similarCommand(driver, 'no such thing')).toMatch(/nothing named/);
  });

  it('ranks districts by shared programmes, policies and themes', async () => {
    const ranked = await districtSimilarity(driver, 'd:a', 5);
    expect(ranked.length).toBeGreaterThan(0);
    expect(ranked[0].reasons.join(' ')).toMatch(/similar programme pair/);
    const text = await similarCommand(driver, 'a街道');
    expect(text).toMatch(/Districts running programmes similar to a街道/);
  });

  it('tabulates policy uptake per district with programmes and evidence', async () => {
    const uptake = await policyUptake(driver, '一网统管');
    expect(uptake.policy?.id).toBe('policy:一网统管');
    const districts = uptake.rows.map((r) => r.districtId).sort();
    expect(districts).toEqual(['d:a', 'd:b']);
    expect(uptake.rows[0].programmes[0].evidence[0].sentence).toMatch(/一网统管/);
    expect((await policyUptake(driver, 'unknown policy')).policy).toBeNull();
  });
});
