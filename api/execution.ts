/**
 * How the API runs Cypher. The driver's managed transactions retry retryable failures for up to
 * 30 s, so with Neo4j down every request would hang half a minute before failing. The API wants
 * a quick, clean "unavailable" instead, and recovery as soon as Neo4j is back: each transaction
 * is tried once, plus one immediate retry for the stale pooled connection a Neo4j restart leaves.
 * Nothing here remembers a failure, so the next request after Neo4j returns simply works.
 *
 * Reads run as auto-commit transactions: one statement needs no BEGIN and COMMIT, which saves a
 * round trip and about half the driver's and Neo4j's work per query (see bench/api.ts).
 */
import neo4j, { Neo4jError, type Driver, type ManagedTransaction, type Session, type SessionConfig } from 'neo4j-driver';

type TransactionConfig = Parameters<Session['beginTransaction']>[0];

type Work<T> = (tx: ManagedTransaction) => Promise<T> | T;

/**
 * The driver records a stack trace for every result it creates, only to decorate errors; under
 * tsx (source maps on) that trace costs a few hundred microseconds per query, and the API never
 * shows a stack anyway. The result is created synchronously inside `run`, so the limit is back
 * to normal before anything else runs.
 */
export function withoutStackTrace<T>(run: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return run();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** A transaction-shaped view of a session whose every `run` is its own auto-commit transaction. */
function autoCommit(session: Session, config?: TransactionConfig): ManagedTransaction {
  return { run: (cypher: string, params?: Record<string, unknown>) => withoutStackTrace(() => session.run(cypher, params, config)) } as unknown as ManagedTransaction;
}

async function attemptWrite<T>(session: Session, work: Work<T>, config?: TransactionConfig): Promise<T> {
  const tx = session.beginTransaction(config);
  try {
    const result = await work(tx as unknown as ManagedTransaction);
    await tx.commit();
    return result;
  } catch (error) {
    if (tx.isOpen()) await tx.rollback().catch(() => undefined);
    throw error;
  }
}

async function attemptRead<T>(session: Session, work: Work<T>, config?: TransactionConfig): Promise<T> {
  return work(autoCommit(session, config));
}

type Attempt = <T>(session: Session, work: Work<T>, config?: TransactionConfig) => Promise<T>;

async function runOnce<T>(attempt: Attempt, session: Session, work: Work<T>, config?: TransactionConfig): Promise<T> {
  try {
    return await attempt(session, work, config);
  } catch (error) {
    if (!Neo4jError.isRetryable(error)) throw error;
    return attempt(session, work, config);
  }
}

/** A session whose executeRead/executeWrite do not retry for long (what @neo4j/graphql calls). */
function quickSession(session: Session) {
  return {
    executeRead: <T>(work: Work<T>, config?: TransactionConfig) => runOnce(attemptRead, session, work, config),
    executeWrite: <T>(work: Work<T>, config?: TransactionConfig) => runOnce(attemptWrite, session, work, config),
    close: () => session.close(),
  };
}

/** Looks like a driver to @neo4j/graphql (it checks for `session`); pass it as the context's executionContext. */
export function quickExecutionContext(driver: Driver) {
  return {
    session: (config: SessionConfig) => quickSession(driver.session(config)),
    executeQueryBookmarkManager: driver.executeQueryBookmarkManager,
  } as unknown as Driver;
}

export interface ReadOptions {
  database?: string;
  timeoutMs: number;
}

/** Runs one read query for the analyst resolvers; records come back as plain objects with JS numbers. */
export async function readRecords(driver: Driver, cypher: string, params: Record<string, unknown>, options: ReadOptions) {
  const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await runOnce(attemptRead, session, (tx) => tx.run(cypher, params), {
      timeout: options.timeoutMs,
      metadata: { app: 'kg-api' },
    });
    return result.records.map((r) => toPlain(r.toObject()) as Record<string, unknown>);
  } finally {
    await session.close();
  }
}

/** Neo4j Integers to numbers, recursively (the server's driver may or may not use lossless integers). */
export function toPlain(value: unknown): unknown {
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(toPlain);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toPlain(v);
    return out;
  }
  return value;
}
