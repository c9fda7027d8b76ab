import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { startServer, type RunningServer } from '../../api/index.ts';
import { ingestSeeds, testDriver } from '../helpers/graph.ts';

async function gql(server: RunningServer, query: string) {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as { data?: any; errors?: unknown[] };
}

describe('ingest, then query over HTTP', () => {
  let driver: Driver;
  let server: RunningServer;

  beforeAll(async () => {
    driver = testDriver();
    await ingestSeeds(driver);
    server = await startServer({ driver, port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await server?.close();
    await driver?.close();
  });

  it('GET /health says Neo4j is up', async () => {
    const res = await fetch(`${server.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ neo4j: 'up' });
  });

  it('lists the five seed districts among the districts the documents cover', async () => {
    const body = await gql(server, '{ documents { title publishedAt covers { name } } }');
    expect(body.errors).toBeUndefined();
    const covered = body.data.documents.flatMap((d: any) => d.covers.map((c: any) => c.name)).sort();
    expect(covered).toEqual(['万里街道', '嘉定镇街道', '张江镇', '淞南镇', '潍坊新村街道']);
    const dates = body.data.documents.map((d: any) => d.publishedAt).sort();
    expect(dates).toEqual(['2021-01-21', '2021-02-26', '2023-01-04', '2023-02-21', '2023-08-03']);
    const districts = await gql(server, '{ districts { name } }');
    const names = districts.data.districts.map((d: any) => d.name);
    for (const n of covered) expect(names).toContain(n);
  });
});
