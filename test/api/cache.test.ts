/**
 * The response cache over HTTP against the real Neo4j: repeated reads are answered from it, and no
 * answer from before a change of the graph is served after it, whether the change comes from
 * another writer (as `kg ingest` does), from a writer's mutation through the API, or with the
 * staleness window allowed by KG_RESPONSE_CACHE_STALE_MS.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import type { Driver } from 'neo4j-driver';
import { startServer, type RunningServer } from '../../api/index.ts';
import type { ApiSettings } from '../../api/config.ts';
import { resetGraph, testDriver } from '../helpers/graph.ts';
import { gql } from './http.ts';

const SECRET = 'cache-test-secret-of-at-least-32-characters';
const ID = 'district:cache-test';
const NAME_QUERY = `{ districts(where: { id: { eq: "${ID}" } }) { name } }`;
const CACHE: ApiSettings['responseCache'] = { enabled: true, maxEntries: 100, maxBytes: 8 * 1024 * 1024, maxStalenessMs: 0 };

async function nameAndCache(server: RunningServer): Promise<[string | undefined, string | null]> {
  const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: NAME_QUERY }) });
  const body = (await res.json()) as { data: { districts: { name: string }[] } };
  return [body.data.districts[0]?.name, res.headers.get('x-kg-cache')];
}

describe('response cache', () => {
  let driver: Driver;
  const servers: RunningServer[] = [];
  const serve = async (settings: Partial<ApiSettings> = {}) => {
    const server = await startServer({ driver, port: 0, host: '127.0.0.1', settings: { rateLimitPerMinute: 0, responseCache: CACHE, ...settings } });
    servers.push(server);
    return server;
  };
  const rename = (name: string) => driver.executeQuery('MATCH (d:District {id: $id}) SET d.name = $name', { id: ID, name });

  beforeAll(async () => {
    driver = testDriver();
    await resetGraph(driver);
    await driver.executeQuery("CREATE (:District {id: $id, name: 'before', aliases: [], aliasText: ''})", { id: ID });
  });
  afterAll(async () => {
    for (const s of servers) await s.close();
    await driver?.executeQuery('MATCH (d:District {id: $id}) DETACH DELETE d', { id: ID });
    await driver?.close();
  });

  it('answers a repeated read from the cache, per query text and variables', async () => {
    await rename('before');
    const server = await serve();
    expect(await nameAndCache(server)).toEqual(['before', 'miss']);
    expect(await nameAndCache(server)).toEqual(['before', 'hit']);
    const byVariable = 'query($id: ID!) { districts(where: { id: { eq: $id } }) { id } }';
    expect((await gql(server, byVariable, { id: ID })).body.data.districts).toEqual([{ id: ID }]);
    expect((await gql(server, byVariable, { id: 'district:none' })).body.data.districts).toEqual([]);
    expect((await gql(server, byVariable, { id: ID })).body.data.districts).toEqual([{ id: ID }]);
  });

  it('never serves an answer from before a write by another client (as kg ingest writes)', async () => {
    await rename('before');
    const server = await serve();
    await nameAndCache(server);
    expect(await nameAndCache(server)).toEqual(['before', 'hit']);
    await rename('after');
    expect(await nameAndCache(server)).toEqual(['after', 'miss']);
    expect(await nameAndCache(server)).toEqual(['after', 'hit']);
  });

  it('with a staleness window, is fresh again once the window has passed', async () => {
    await rename('before');
    const server = await serve({ responseCache: { ...CACHE, maxStalenessMs: 300 } });
    await nameAndCache(server);
    await rename('after');
    await new Promise((r) => setTimeout(r, 400));
    expect((await nameAndCache(server))[0]).toBe('after');
  });

  it('forgets everything at once when a writer mutates through the API, whatever the window', async () => {
    await rename('before');
    const server = await serve({ jwtSecret: SECRET, responseCache: { ...CACHE, maxStalenessMs: 60_000 } });
    await nameAndCache(server);
    expect(await nameAndCache(server)).toEqual(['before', 'hit']);
    const token = await new SignJWT({ roles: ['writer'] }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('5m').sign(new TextEncoder().encode(SECRET));
    const update = await gql(
      server,
      'mutation($id: ID!) { updateDistricts(where: { id: { eq: $id } }, update: { name: { set: "written" } }) { districts { name } } }',
      { id: ID },
      { authorization: `Bearer ${token}` },
    );
    expect(update.body.errors).toBeUndefined();
    expect(await nameAndCache(server)).toEqual(['written', 'miss']);
  });

  it('keeps neither errors nor more entries than allowed, and is off with enabled: false', async () => {
    await rename('before');
    const small = await serve({ responseCache: { ...CACHE, maxEntries: 2 } });
    const status = async (query: string) => (await fetch(`${small.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })).headers.get('x-kg-cache');
    expect([await status('{ districts { nope } }'), await status('{ districts { nope } }')]).toEqual(['miss', 'miss']);
    for (const q of ['{ a: districts { id } }', '{ b: districts { id } }', '{ c: districts { id } }']) expect(await status(q)).toBe('miss');
    expect(await status('{ c: districts { id } }')).toBe('hit');
    expect(await status('{ a: districts { id } }')).toBe('miss');

    const off = await serve({ responseCache: { ...CACHE, enabled: false } });
    await nameAndCache(off);
    expect(await nameAndCache(off)).toEqual(['before', 'off']);
  });
});
