/**
 * Neo4j going away and coming back while the API runs: a separate local Neo4j of this test's own
 * (own data folder, own free port) is stopped under a running server and started again on the
 * same folder and port. The server must say "down" cleanly, then recover without a restart.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { startServer, type RunningServer } from '../../api/index.ts';
import { createDriver, ensureSchema, startLocalNeo4j, type LocalNeo4j } from '../../graph/index.ts';
import { errorCode, freePort, gql, LEAK } from './http.ts';

const DATA_DIR = path.resolve('.data/test-api-outage');
const QUERY = '{ districts(where: { id: { eq: "district:outage" } }) { name } search(text: "停电测试") { id } }';

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

describe('Neo4j stops and starts again under a running server', () => {
  let neo4j: LocalNeo4j | undefined;
  let driver: Driver;
  let server: RunningServer;
  let port: number;

  beforeAll(async () => {
    fs.rmSync(DATA_DIR, { recursive: true, force: true });
    fs.mkdirSync(DATA_DIR, { recursive: true }); // startLocalNeo4j only creates it when it generates a password
    port = await freePort();
    neo4j = await startLocalNeo4j({ dataDir: DATA_DIR, port, heapMb: 512, pagecacheMb: 64 });
    driver = createDriver(neo4j.config);
    await ensureSchema(driver);
    await driver.executeQuery("CREATE (:District {id: 'district:outage', name: '停电测试街道', aliases: [], aliasText: ''})");
    server = await startServer({ driver, port: 0, host: '127.0.0.1', settings: { rateLimitPerMinute: 0 } });
  });
  afterAll(async () => {
    await server?.close();
    await driver?.close();
    await neo4j?.stop();
    fs.rmSync(DATA_DIR, { recursive: true, force: true });
  });

  it('serves, reports the outage cleanly, and recovers by itself', async () => {
    const health = async () => fetch(`${server.url}/health`).then(async (r) => ({ status: r.status, body: await r.json() }));
    expect(await health()).toEqual({ status: 200, body: { status: 'ok', neo4j: 'up' } });
    const before = await gql(server, QUERY);
    expect(before.body.data.districts).toEqual([{ name: '停电测试街道' }]);
    expect(before.body.data.search[0].id).toBe('district:outage');

    await neo4j!.stop();
    neo4j = undefined;
    expect(await health()).toEqual({ status: 503, body: { status: 'degraded', neo4j: 'down' } });
    const t0 = Date.now();
    const during = await gql(server, QUERY);
    expect(Date.now() - t0).toBeLessThan(10_000); // no 30-second driver retry loop
    expect(during.status).toBe(503);
    expect(errorCode(during)).toBe('SERVICE_UNAVAILABLE');
    for (const e of during.body.errors!) expect(e.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(during.text).not.toMatch(LEAK);

    neo4j = await startLocalNeo4j({ dataDir: DATA_DIR, port, heapMb: 512, pagecacheMb: 64 });
    expect(await waitFor(async () => (await health()).status === 200, 30_000)).toBe(true);
    const after = await gql(server, QUERY);
    expect(after.status).toBe(200);
    expect(after.body.errors).toBeUndefined();
    expect(after.body.data.districts).toEqual([{ name: '停电测试街道' }]);
    expect(after.body.data.search[0].id).toBe('district:outage');
  }, 300_000);
});
