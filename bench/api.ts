/**
 * npm run bench:api — five representative analyst queries against real API servers on the seed
 * graph, autocannon at concurrency 32 for 20 s each: once with the response cache off (every
 * request translated and run on Neo4j) and once with it on (the default; every request after the
 * first is answered from it while the graph does not change), then the same query's Cypher run
 * directly through neo4j-driver at the same concurrency. Goals: zero errors, p99 < 100 ms,
 * API/direct ≤ 2; reported for both servers, because the cached figures say little about a
 * query nobody has asked before.
 *   BENCH_SECONDS=5 BENCH_CONNECTIONS=32 npm run bench:api
 * Uses NEO4J_URI, else the local Neo4j (cli/neo4j.ts); ingests seeds/ when the graph has no document.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import readline from 'node:readline';
import autocannon from 'autocannon';
import { buildSchema } from '../api/schema.ts';
import { settingsFromEnv } from '../api/config.ts';
import { ingestPaths } from '../cli/ingest.ts';
import { openNeo4j } from '../cli/neo4j.ts';
import { captureCypher, directLoad, recordingDriver, type LoadResult, type Statement } from './api-cypher.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);

const fmt = (n: number, digits = 1) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** Parameters taken from the graph itself, so the bench follows whatever the extractor produces. */
async function pickParameters(neo: Awaited<ReturnType<typeof openNeo4j>>) {
  const one = async (cypher: string) => (await neo.driver.executeQuery(cypher, {}, { database: neo.config.database })).records[0]?.toObject() ?? {};
  const busiest = await neo.driver.executeQuery(
    'MATCH (d:District)-[:RUNS]->(p:Programme) RETURN d.id AS id, count(p) AS n ORDER BY n DESC, id LIMIT 2',
    {},
    { database: neo.config.database },
  );
  const policy = await one('MATCH (d:District)-[:RUNS]->(:Programme)-[:IMPLEMENTS]->(p:Policy) RETURN p.id AS id, count(DISTINCT d) AS n ORDER BY n DESC, id LIMIT 1');
  const programme = await one("MATCH (p:Programme)-[r]-() WHERE p.name CONTAINS '电梯' RETURN p.id AS id, count(r) AS n ORDER BY n DESC, id LIMIT 1");
  return {
    districts: busiest.records.map((r) => r.get('id') as string),
    policy: (policy.id as string) ?? 'policy:一网统管',
    programme: (programme.id as string) ?? '',
  };
}

function queries(p: Awaited<ReturnType<typeof pickParameters>>): [string, string][] {
  const [a, b] = p.districts;
  return [
    ['search 电梯', '{ search(text: "电梯", limit: 20) { id type name score match districts { name } snippet } }'],
    ['policyUptake', `{ policyUptake(policy: ${JSON.stringify(p.policy)}) { policy { name } districts { district { name } programmes { programme { name } evidence { sentence docId } } } } }`],
    [
      'district profile',
      `{ districts(where: { id: { eq: ${JSON.stringify(a)} } }) { name level parents { name }
         programmes(limit: 50) { name status year themes { name } targets { raw value unit } }
         similarDistricts(limit: 5) { district { name } score reasons } } }`,
    ],
    [
      'programme detail',
      `{ programmes(where: { id: { eq: ${JSON.stringify(p.programme)} } }) { name status year districts { name } themes { name }
         places { name } targets { raw value unit } evidence(limit: 20) { relation other { name } sentence docId start end }
         similar(limit: 5) { programme { name districts { name } } score reasons } } }`,
    ],
    ['compareDistricts', `{ compareDistricts(ids: ${JSON.stringify([a, b])}) { sharedPolicies { entity { name } } sharedThemes { entity { name } } similarProgrammes { a { name } b { name } score } districts { district { name } programmeCount uniqueThemes { name } } } }`],
  ];
}

/** CPU milliseconds a process has used so far, from /proc (Linux); undefined elsewhere. */
function processCpuMs(pid: number): number | undefined {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}
const CLOCK_TICKS = 100;

async function apiLoad(server: { url: string; pid: number }, query: string): Promise<LoadResult> {
  let graphqlErrors = 0;
  const cpuBefore = processCpuMs(server.pid);
  const result = await autocannon({
    url: `${server.url}/graphql`,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
        onResponse: (status, body) => {
          if (status === 200 && body.includes('"errors"')) graphqlErrors++;
        },
      },
    ],
  });
  const cpuAfter = processCpuMs(server.pid);
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx + graphqlErrors,
    cpuMs: cpuBefore === undefined || cpuAfter === undefined ? undefined : (cpuAfter - cpuBefore) / Math.max(1, result.requests.total),
  };
}

/** Starts bench/api-server.ts in a child process and resolves with its URL. */
async function spawnServer(config: unknown, env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/api-server.ts', JSON.stringify(config)], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...env },
  });
  const firstLine = await new Promise<string>((resolve, reject) => {
    readline.createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the API server exited with code ${code}`)));
  });
  return {
    url: firstLine.trim(),
    pid: child.pid!,
    close: () => new Promise<void>((resolve) => (child.once('exit', () => resolve()), child.kill('SIGTERM'))),
  };
}

type Goals = { errors: number; p99: number; ratio: number };
const met = (g: Goals) => g.errors === 0 && g.p99 < 100 && g.ratio <= 2;
const figures = (r: LoadResult) =>
  `${fmt(r.rps).padStart(8)} req/s  p50 ${fmt(r.p50).padStart(6)} ms  p99 ${fmt(r.p99).padStart(6)} ms  errors ${r.errors}` +
  `  CPU ${r.cpuMs === undefined ? 'n/a' : fmt(r.cpuMs, 2)} ms/req`;

async function checkedQuery(url: string, name: string, query: string) {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await res.json()) as { errors?: { message: string }[] };
  if (body.errors) throw new Error(`${name}: ${body.errors.map((e) => e.message).join('; ')}`);
}

async function main() {
  const neo = await openNeo4j();
  const database = neo.config.database;
  const uncachedServer = await spawnServer(neo.config, { KG_RESPONSE_CACHE: '0' });
  const cachedServer = await spawnServer(neo.config, { KG_RESPONSE_CACHE: '1' });
  try {
    const docs = await neo.driver.executeQuery('MATCH (d:Document) RETURN count(d) AS n', {}, { database });
    if (Number(docs.records[0].get('n')) === 0) {
      console.log('the graph is empty: ingesting seeds/ …');
      await ingestPaths(neo.driver, ['seeds'], { database });
    }
    const log: Statement[] = [];
    const recorder = recordingDriver(neo.driver, log);
    const schema = await buildSchema(recorder, { database, settings: settingsFromEnv() });
    const list = queries(await pickParameters(neo));
    console.log(`${list.length} queries, ${CONNECTIONS} connections, ${SECONDS} s each; uncached API, cached API (default), direct Cypher`);
    console.log("CPU: the API server's, or for direct Cypher the driver client's, per request (Neo4j's own not included)");
    const summary = { uncached: [] as Goals[], cached: [] as Goals[] };
    for (const [name, query] of list) {
      await checkedQuery(uncachedServer.url, name, query);
      await checkedQuery(cachedServer.url, name, query);
      const statements = await captureCypher(schema, recorder, log, query, database);
      await directLoad(neo.driver, statements, CONNECTIONS, Math.min(2, SECONDS), database); // warm up plans and pool
      const uncached = await apiLoad(uncachedServer, query);
      const cached = await apiLoad(cachedServer, query);
      const direct = await directLoad(neo.driver, statements, CONNECTIONS, SECONDS, database);
      const uncachedRatio = direct.rps / uncached.rps;
      const cachedRatio = direct.rps / cached.rps;
      summary.uncached.push({ ...uncached, ratio: uncachedRatio });
      summary.cached.push({ ...cached, ratio: cachedRatio });
      console.log(`${name} (${statements.length} statement${statements.length === 1 ? '' : 's'})`);
      console.log(`  API, cache off ${figures(uncached)} | ratio API/direct ${fmt(uncachedRatio, 2)}`);
      console.log(`  API, cache on  ${figures(cached)} | ratio API/direct ${fmt(cachedRatio, 2)}`);
      console.log(`  direct Cypher  ${figures(direct)}`);
    }
    for (const [mode, rows] of Object.entries(summary)) {
      const missed = rows.filter((g) => !met(g)).length;
      console.log(`${mode}: ${missed === 0 ? 'all goals met' : `goals missed by ${missed} of ${rows.length} queries`} (0 errors, p99 < 100 ms, ratio ≤ 2)`);
    }
  } finally {
    await uncachedServer.close();
    await cachedServer.close();
    await neo.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
