/**
 * For bench/api.ts: the exact Cypher the API runs for a GraphQL request, captured by executing it
 * once in-process through a driver that records every tx.run, then replayed directly through
 * neo4j-driver for the API/direct comparison.
 */
import { graphql, type GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { quickExecutionContext } from '../api/execution.ts';

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

/** A driver whose transactions log what they run into `log`. */
export function recordingDriver(driver: Driver, log: Statement[]): Driver {
  return intercept(driver, {
    session: (open) => (config: unknown) =>
      intercept(open(config), {
        beginTransaction: (begin) => (txConfig: unknown) =>
          intercept(begin(txConfig), {
            run: (run) => (cypher: string, params: Record<string, unknown> = {}) => {
              log.push({ cypher, params });
              return run(cypher, params);
            },
          }),
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
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
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
        await Promise.all(statements.map((s) => driver.executeQuery(s.cypher, s.params, { database, routing: 'READ' })));
        latencies.push(performance.now() - t0);
      } catch {
        errors++;
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { rps: latencies.length / elapsed, p50: percentile(latencies, 50), p99: percentile(latencies, 99), errors };
}
