import neo4j, { type Driver } from 'neo4j-driver';

export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

/** NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD, or null when the project should run its own Neo4j. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Neo4jConfig | null {
  if (!env.NEO4J_URI) return null;
  return {
    uri: env.NEO4J_URI,
    user: env.NEO4J_USER ?? 'neo4j',
    password: env.NEO4J_PASSWORD ?? '',
    database: env.NEO4J_DATABASE || undefined,
  };
}

export function createDriver(config: Neo4jConfig): Driver {
  return neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxConnectionPoolSize: 64,
    logging: { level: 'error', logger: () => undefined },
  });
}

/** True when a query answers. */
export async function verifyConnection(config: Neo4jConfig): Promise<boolean> {
  const driver = createDriver(config);
  try {
    await driver.executeQuery('RETURN 1', {}, { database: config.database });
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

export async function ping(driver: Driver, database?: string): Promise<boolean> {
  try {
    await driver.executeQuery('RETURN 1', {}, { database });
    return true;
  } catch {
    return false;
  }
}
