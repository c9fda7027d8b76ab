/**
 * For bench/api.ts: the exact Cypher the API runs for a GraphQL request, captured by executing it
 * once in-process through a driver that records every tx.run, then replayed directly through
 * neo4j-driver for the API/direct comparison.
 */
import { graphql, type GraphQLSchema } from 'graphql';
import neo4j, { type Driver } from 'neo4j-driver';
import { quickExecutionContext, withoutStackTrace } from '../api/execution.ts';

export interface Statement {
  cypher: string;
  params: Record<string, unknown>;
}

/** Wraps every function of an object so that `hook` sees (and may replace) the ones named. */
function intercept<T extends object>(target: T, hooks: Record<string, (original: (...args: any[]) => any) => (...args: any[]) => any>): T {
  return new Proxy(target, {
    get(obj, prop) {
      const value = Reflect.get(obj, prop);
      if (typeof value !== 'function') return value;
      const bound = value.bind(obj);
      return typeof prop === 'string' && hooks[prop] ? hooks[prop](bound) : bound;
    },
  });
}

/** A driver whose sessions and transactions log what they run into `log`. */
export function recordingDriver(driver: Driver, log: Statement[]): Driver {
  const record = (run: (...args: any[]) => any) => (cypher: string, params: Record<string, unknown> = {}, ...rest: unknown[]) => {
    log.push({ cypher, params });
    return run(cypher, params, ...rest);
  };
  return intercept(driver, {
    session: (open) => (config: unknown) =>
      intercept(open(config), {
        run: record,
        beginTransaction: (begin) => (txConfig: unknown) => intercept(begin(txConfig), { run: record }),
      }),
  });
}

/** Runs one GraphQL request in-process and returns the Cypher statements it ran. */
export async function captureCypher(schema: GraphQLSchema, recorder: Driver, log: Statement[], query: string, database?: string): Promise<Statement[]> {
  log.length = 0;
  const result = await graphql({
    schema,
    source: query,
    contextValue: { executionContext: quickExecutionContext(recorder), sessionConfig: { database } },
  });
  if (result.errors?.length) throw new Error(`capturing ${query}: ${result.errors.map((e) => e.message).join('; ')}`);
  // @neo4j/graphql checks the Neo4j version on its first request: not part of the query.
  return log.filter((s) => !s.cypher.includes('dbms.components'));
}

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  /** CPU time of the process serving the requests per request, when known: a figure a busy machine disturbs less than latency */
  cpuMs?: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
}

/**
 * One statement the cheapest way neo4j-driver offers, which is also how the API runs reads
 * (api/execution.ts): an auto-commit transaction, without the driver's stack-trace capture.
 */
async function runDirect(driver: Driver, statement: Statement, database?: string): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    await withoutStackTrace(() => session.run(statement.cypher, statement.params));
  } finally {
    await session.close();
  }
}

/** Closed-loop load like autocannon's: `concurrency` workers, each running the statements (in parallel, as resolvers do) back to back. */
export async function directLoad(driver: Driver, statements: Statement[], concurrency: number, seconds: number, database?: string): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      try {
        await Promise.all(statements.map((s) => runDirect(driver, s, database)));
        latencies.push(performance.now() - t0);
      } catch {
        errors++;
      }
    }
  };
  const started = performance.now();
  const cpu = process.cpuUsage();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (performance.now() - started) / 1000;
  const { user, system } = process.cpuUsage(cpu);
  latencies.sort((a, b) => a - b);
  return { rps: latencies.length / elapsed, p50: percentile(latencies, 50), p99: percentile(latencies, 99), errors, cpuMs: (user + system) / 1000 / Math.max(1, latencies.length) };
}
