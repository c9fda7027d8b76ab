/**
 * The analyst queries over HTTP against the seed graph: search, policyUptake, compareDistricts,
 * Programme.similar, District.similarDistricts and evidence. SIMILAR_TO edges between the seeds'
 * elevator programmes are written here, so the similarity fields are checked whatever graph/
 * similarity computes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { startServer, type RunningServer } from '../../api/index.ts';
import { ingestSeeds, resetGraph, testDriver } from '../helpers/graph.ts';
import { gql } from './http.ts';

interface Elevator {
  id: string;
  district: string;
}

describe('analyst queries over HTTP on the seed graph', () => {
  let driver: Driver;
  let server: RunningServer;
  let elevators: Elevator[];
  let sameDistrictOther: string;

  beforeAll(async () => {
    driver = testDriver();
    await resetGraph(driver);
    await ingestSeeds(driver);
    const found = await driver.executeQuery(
      `MATCH (d:District)-[:RUNS]->(p:Programme) WHERE p.name CONTAINS '电梯'
       WITH d, p ORDER BY d.id, p.id WITH d, head(collect(p)) AS p
       RETURN p.id AS id, d.id AS district ORDER BY district`,
    );
    elevators = found.records.map((r) => ({ id: r.get('id'), district: r.get('district') }));
    expect(elevators.length).toBeGreaterThanOrEqual(2);
    const [a, b] = elevators;
    const other = await driver.executeQuery(
      `MATCH (d:District {id: $d})-[:RUNS]->(p:Programme) WHERE p.id <> $a RETURN p.id AS id ORDER BY id LIMIT 1`,
      { d: a.district, a: a.id },
    );
    sameDistrictOther = other.records[0].get('id');
    // Whatever graph/similarity stored between these three is replaced by known edges.
    await driver.executeQuery(
      `MATCH (a:Programme {id: $a}), (b:Programme {id: $b}), (c:Programme {id: $c})
       OPTIONAL MATCH (a)-[old:SIMILAR_TO]-(x) WHERE x IN [b, c] DELETE old
       WITH DISTINCT a, b, c
       CREATE (a)-[:SIMILAR_TO {score: 0.9, reasons: ['both add elevators to existing housing']}]->(b)
       CREATE (c)-[:SIMILAR_TO {score: 0.95, reasons: ['same district']}]->(a)`,
      { a: a.id, b: b.id, c: sameDistrictOther },
    );
    server = await startServer({ driver, port: 0, host: '127.0.0.1', settings: { rateLimitPerMinute: 0 } });
  });
  afterAll(async () => {
    await server?.close();
    await driver?.close();
  });

  it('search 电梯 finds elevator programmes of several districts, with snippets', async () => {
    const res = await gql(server, '{ search(text: "电梯", types: [Programme], limit: 20) { id type name score match districts { id } snippet docId } }');
    expect(res.body.errors).toBeUndefined();
    const hits = res.body.data.search;
    expect(hits.every((h: any) => h.type === 'Programme' && h.name.includes('电梯'))).toBe(true);
    const districts = new Set(hits.flatMap((h: any) => h.districts.map((d: any) => d.id)));
    expect(districts.size).toBeGreaterThanOrEqual(2);
    for (const e of elevators) expect(districts).toContain(e.district);
    expect(hits.some((h: any) => h.snippet?.includes('电梯') && h.docId?.startsWith('doc:'))).toBe(true);
  });

  it('search ranks an exact name first, treats Lucene syntax literally and finds single characters', async () => {
    const exact = await gql(server, '{ search(text: "一网统管", limit: 5) { name type match } }');
    expect(exact.body.data.search[0]).toMatchObject({ name: '一网统管', match: 'name' });
    const weird = await gql(server, '{ search(text: "电梯 AND (x:y) \\"*~", limit: 5) { id } }');
    expect(weird.body.errors).toBeUndefined();
    const single = await gql(server, '{ search(text: "梯", types: [Programme], limit: 5) { name } }');
    expect(single.body.data.search.length).toBeGreaterThan(0);
    expect(single.body.data.search.every((h: any) => h.name.includes('梯'))).toBe(true);
  });

  it('policyUptake lists the districts implementing 一网统管, through which programmes, with sentences', async () => {
    const res = await gql(
      server,
      `query($p: ID!) { policyUptake(policy: $p) { policy { id name }
         districts { district { id name } programmes { programme { id name } evidence { relation sentence docId } } } } }`,
      { p: '一网统管' },
    );
    expect(res.body.errors).toBeUndefined();
    const uptake = res.body.data.policyUptake;
    expect(uptake.policy.name).toBe('一网统管');
    expect(uptake.districts.length).toBeGreaterThanOrEqual(2);
    for (const d of uptake.districts) {
      expect(d.programmes.length).toBeGreaterThan(0);
      for (const p of d.programmes) {
        expect(p.evidence[0]).toMatchObject({ relation: 'IMPLEMENTS' });
        expect(p.evidence[0].sentence).toContain('一网统管');
      }
    }
    const byId = await gql(server, `{ policyUptake(policy: "${uptake.policy.id}") { policy { name } } }`);
    expect(byId.body.data.policyUptake.policy.name).toBe('一网统管');
    const none = await gql(server, '{ policyUptake(policy: "no such policy") { policy { id } } }');
    expect(none.body.data.policyUptake).toBeNull();
  });

  it('Programme.similar returns programmes of other districts only, with score and reasons', async () => {
    const [a, b] = elevators;
    const res = await gql(server, `{ programmes(where: { id: { eq: "${a.id}" } }) { similar(limit: 100) { programme { id districts { id } } score reasons } } }`);
    const similar = res.body.data.programmes[0].similar;
    expect(similar).toContainEqual({ programme: { id: b.id, districts: [{ id: b.district }] }, score: 0.9, reasons: ['both add elevators to existing housing'] });
    for (const s of similar) {
      expect(s.programme.districts.map((d: any) => d.id)).not.toContain(a.district);
      expect(s.score).toBeGreaterThanOrEqual(0);
      expect(s.score).toBeLessThanOrEqual(1);
      expect(s.reasons.length).toBeGreaterThan(0);
    }
    expect(similar.map((s: any) => s.programme.id)).not.toContain(sameDistrictOther);
    // undirected: the edge was stored a -> b, and b sees a too
    const back = await gql(server, `{ programmes(where: { id: { eq: "${b.id}" } }) { similar(limit: 100) { programme { id } } } }`);
    expect(back.body.data.programmes[0].similar.map((s: any) => s.programme.id)).toContain(a.id);
  });

  it('District.similarDistricts ranks districts with shared policies, themes and similar programmes', async () => {
    const [a, b] = elevators;
    const res = await gql(server, `{ districts(where: { id: { eq: "${a.district}" } }) { similarDistricts(limit: 10) { district { id } score reasons similarProgrammePairs sharedThemes { name } } } }`);
    expect(res.body.errors).toBeUndefined();
    const similar = res.body.data.districts[0].similarDistricts;
    expect(similar.length).toBeGreaterThan(0);
    expect(similar.map((s: any) => s.district.id)).not.toContain(a.district);
    for (const s of similar) expect(s.score).toBeGreaterThanOrEqual(0), expect(s.score).toBeLessThanOrEqual(1);
    const scores = similar.map((s: any) => s.score);
    expect([...scores].sort((x, y) => y - x)).toEqual(scores);
    const withB = similar.find((s: any) => s.district.id === b.district);
    expect(withB.similarProgrammePairs).toBeGreaterThanOrEqual(1);
    expect(withB.reasons.join(' ')).toMatch(/pairs? of similar programmes/);
  });

  it('compareDistricts gives shared themes, the similar pair, and what is unique to each', async () => {
    const [a, b] = elevators;
    const res = await gql(
      server,
      `query($ids: [ID!]!) { compareDistricts(ids: $ids) {
         districts { district { id } programmeCount uniqueThemes { id } uniquePolicies { id } uniqueProgrammes { id } }
         sharedPolicies { entity { id name } districts { id } }
         sharedThemes { entity { id name } districts { id } }
         similarProgrammes { a { id } b { id } score reasons } } }`,
      { ids: [a.district, b.district] },
    );
    expect(res.body.errors).toBeUndefined();
    const cmp = res.body.data.compareDistricts;
    expect(cmp.districts.map((d: any) => d.district.id).sort()).toEqual([a.district, b.district].sort());
    expect(cmp.sharedThemes.length).toBeGreaterThan(0);
    for (const s of cmp.sharedThemes) expect(s.districts).toHaveLength(2);
    const pairs = cmp.similarProgrammes.map((p: any) => [p.a.id, p.b.id].sort().join(' '));
    expect(pairs).toContain([a.id, b.id].sort().join(' '));
    expect(new Set(pairs).size).toBe(pairs.length); // each pair once, whichever way SIMILAR_TO points
    const shared = new Set(cmp.sharedThemes.map((s: any) => s.entity.id));
    for (const d of cmp.districts) {
      expect(d.programmeCount).toBeGreaterThan(0);
      for (const t of d.uniqueThemes) expect(shared.has(t.id)).toBe(false);
      const unique = d.uniqueProgrammes.map((p: any) => p.id);
      expect(unique).not.toContain(a.id);
      expect(unique).not.toContain(b.id);
    }
    const tooFew = await gql(server, `{ compareDistricts(ids: ["${a.district}"]) { districts { programmeCount } } }`);
    expect(tooFew.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('evidence lists an entity’s relationships with their sentences, and Document.text is served', async () => {
    const [a] = elevators;
    const res = await gql(server, `{ programmes(where: { id: { eq: "${a.id}" } }) { name evidence { relation direction other { id type } docId sentence start end } mentionedIn { id text } } }`);
    expect(res.body.errors).toBeUndefined();
    const programme = res.body.data.programmes[0];
    const runs = programme.evidence.find((e: any) => e.relation === 'RUNS');
    expect(runs).toMatchObject({ direction: 'IN', other: { id: a.district, type: 'District' } });
    expect(runs.sentence.length).toBeGreaterThan(0);
    expect(runs.start).toBeLessThanOrEqual(runs.end);
    expect(programme.evidence.some((e: any) => e.relation === 'SIMILAR_TO' || e.relation === 'MENTIONED_IN')).toBe(false);
    expect(typeof programme.mentionedIn[0].text).toBe('string');
  });
});
