/**
 * Safe by default, over HTTP: read-only for anonymous users, writer JWTs when a secret is set,
 * depth, cost and page-size limits, Cypher timeouts, rate limit, CORS, and error responses that
 * never show internals.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import type { Driver } from 'neo4j-driver';
import { startServer, type RunningServer } from '../../api/index.ts';
import { resetGraph, testDriver } from '../helpers/graph.ts';
import { errorCode, gql, LEAK } from './http.ts';

const SECRET = 'test-secret-of-at-least-32-characters!';

function token(roles: string[]): Promise<string> {
  return new SignJWT({ roles }).setProtectedHeader({ alg: 'HS256' }).setIssuedAt().setExpirationTime('5m').sign(new TextEncoder().encode(SECRET));
}

const CREATE = 'mutation { createThemes(input: [{ id: "theme:test-write", name: "测试" }]) { themes { id name } } }';

describe('API safety', () => {
  let driver: Driver;
  let open: RunningServer;
  const servers: RunningServer[] = [];
  const serve = async (settings: Parameters<typeof startServer>[0]['settings']) => {
    const server = await startServer({ driver, port: 0, host: '127.0.0.1', settings });
    servers.push(server);
    return server;
  };

  beforeAll(async () => {
    driver = testDriver();
    await resetGraph(driver);
    await driver.executeQuery(
      `UNWIND range(1, 30) AS i
       MERGE (d:District {id: 'district:d' + i}) SET d.name = 'D' + i, d.aliases = [], d.aliasText = ''
       MERGE (p:Programme {id: 'programme:p' + i}) SET p.name = 'P' + i, p.aliases = [], p.aliasText = ''
       MERGE (d)-[:RUNS {docId: 'doc:x', sentence: 'D runs P', spanStarts: [0], spanEnds: [1]}]->(p)`,
    );
    open = await serve({ jwtSecret: undefined, rateLimitPerMinute: 0 });
  });
  afterAll(async () => {
    for (const s of servers) await s.close();
    await driver?.executeQuery("MATCH (t:Theme {id: 'theme:test-write'}) DETACH DELETE t");
    await driver?.close();
  });

  it('refuses mutations altogether without KG_JWT_SECRET', async () => {
    const res = await gql(open, CREATE);
    expect(res.status).toBe(403);
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(res.body.data).toBeUndefined();
    const schema = await gql(open, '{ __schema { mutationType { name } } }');
    expect(schema.body.data.__schema.mutationType).toBeNull();
  });

  it('with a secret, writes need a JWT with the writer role; reads stay anonymous', async () => {
    const guarded = await serve({ jwtSecret: SECRET, rateLimitPerMinute: 0 });
    const anonymous = await gql(guarded, CREATE);
    expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
    expect(anonymous.status).toBe(401);
    const reader = await gql(guarded, CREATE, {}, { authorization: `Bearer ${await token(['reader'])}` });
    expect(['UNAUTHENTICATED', 'FORBIDDEN']).toContain(errorCode(reader));
    const forged = await gql(guarded, CREATE, {}, { authorization: `Bearer ${await token(['writer'])}x` });
    expect(errorCode(forged)).toBe('UNAUTHENTICATED');
    const existing = await driver.executeQuery("MATCH (t:Theme {id: 'theme:test-write'}) RETURN count(t) AS n");
    expect(existing.records[0].get('n')).toBe(0);
    const writer = await gql(guarded, CREATE, {}, { authorization: `Bearer ${await token(['writer'])}` });
    expect(writer.body.errors).toBeUndefined();
    expect(writer.body.data.createThemes.themes).toEqual([{ id: 'theme:test-write', name: '测试' }]);
    const read = await gql(guarded, '{ districts(limit: 2) { id } }');
    expect(read.body.data.districts).toHaveLength(2);
  });

  it('refuses a too-deep query', async () => {
    let selection = '{ id }';
    for (let i = 0; i < 6; i++) selection = `{ programmes { districts ${selection} } }`;
    const res = await gql(open, `{ districts ${selection} }`);
    expect(res.status).toBe(400);
    expect(errorCode(res)).toBe('QUERY_TOO_DEEP');
  });

  it('refuses a too-complex query, also when the page sizes come in variables', async () => {
    const res = await gql(open, '{ districts(limit: 400) { programmes(limit: 400) { districts(limit: 10) { name } } } }');
    expect(res.status).toBe(400);
    expect(errorCode(res)).toBe('QUERY_TOO_COMPLEX');
    const viaVars = await gql(open, 'query($n: Int) { districts(limit: $n) { programmes(limit: $n) { name } } }', { n: 300 });
    expect(errorCode(viaVars)).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses page sizes above the cap, and lists default to a bounded page', async () => {
    for (const query of ['{ programmes(limit: 501) { id } }', '{ districtsConnection(first: 10000) { totalCount } }', '{ search(text: "P", limit: 1000) { id } }']) {
      const res = await gql(open, query);
      expect(res.status).toBe(400);
      expect(errorCode(res)).toBe('PAGE_SIZE_TOO_LARGE');
    }
    const viaVars = await gql(open, 'query($n: Int) { programmes(limit: $n) { id } }', { n: 501 });
    expect(errorCode(viaVars)).toBe('PAGE_SIZE_TOO_LARGE');
    const ok = await gql(open, '{ programmes(limit: 500) { id } }');
    expect(ok.body.data.programmes).toHaveLength(30);
  });

  it('stops a query at the Cypher timeout and says so without internals', async () => {
    // Neo4j checks timeouts every couple of seconds, so the query must run for longer than that:
    // 300 places all linked to 300 programmes, walked three levels deep (27 M rows).
    await driver.executeQuery(
      `UNWIND range(1, 300) AS i CREATE (:Place {id: 'place:t' + i, name: '地' + i, aliases: [], aliasText: ''})
       WITH count(*) AS _ UNWIND range(1, 300) AS j CREATE (:Programme {id: 'programme:t' + j, name: '项目' + j, aliases: [], aliasText: ''})`,
    );
    await driver.executeQuery(
      "MATCH (p:Programme) WHERE p.id STARTS WITH 'programme:t' MATCH (l:Place) WHERE l.id STARTS WITH 'place:t' CREATE (p)-[:LOCATED_AT {docId: 'doc:t'}]->(l)",
    );
    const slow = await serve({ queryTimeoutMs: 500, maxComplexity: 1e12, rateLimitPerMinute: 0 });
    const t0 = Date.now();
    const res = await gql(slow, '{ places(limit: 300) { programmes(limit: 300) { places(limit: 300) { programmes(limit: 300) { name } } } } }');
    expect(Date.now() - t0).toBeLessThan(60_000);
    expect(res.status).toBe(504);
    expect(res.body.errors?.map((e) => e.extensions?.code)).toEqual(['QUERY_TIMEOUT']);
    expect(res.text).not.toMatch(LEAK);
    expect(res.text).not.toMatch(/stacktrace|timed out|Transaction/);
    await driver.executeQuery("MATCH (n) WHERE n.id STARTS WITH 'place:t' OR n.id STARTS WITH 'programme:t' DETACH DELETE n");
  });

  it('error responses carry codes and never stack traces, Cypher or driver text', async () => {
    const responses = await Promise.all([
      gql(open, '{ districts { nope } }'),
      gql(open, '{ districts(where: { id: { eq: true } }) { id } }'),
      gql(open, 'query { districts { ... on Nope { id } } }'),
      gql(open, '{ compareDistricts(ids: []) { sharedThemes { entity { id } } } }'),
      gql(open, '{ search(text: "' + 'x'.repeat(300) + '") { id } }'),
      gql(open, '{'),
    ]);
    for (const res of responses) {
      expect(res.body.errors?.length, res.text).toBeGreaterThan(0);
      expect(res.body.errors![0].extensions?.code).toBeTruthy();
      expect(Object.keys(res.body.errors![0].extensions!)).toEqual(['code']);
      expect(res.text).not.toMatch(LEAK);
    }
    // A body that is not JSON never reaches GraphQL: express's own error page would show a stack trace.
    const malformed = await fetch(`${open.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    const text = await malformed.text();
    expect(malformed.status).toBe(400);
    expect(JSON.parse(text).errors[0].extensions).toEqual({ code: 'BAD_REQUEST' });
    expect(text).not.toMatch(LEAK);
  });

  it('rate-limits per client and applies the configured CORS origins', async () => {
    const limited = await serve({ rateLimitPerMinute: 3, corsOrigins: ['https://analyst.example'] });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await gql(limited, '{ __typename }')).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const cors = await serve({ rateLimitPerMinute: 0, corsOrigins: ['https://analyst.example'] });
    const preflight = (origin: string) =>
      fetch(`${cors.url}/graphql`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    expect((await preflight('https://analyst.example')).headers.get('access-control-allow-origin')).toBe('https://analyst.example');
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });
});
