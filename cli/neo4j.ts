/**
 * Where the CLI's Neo4j comes from: NEO4J_URI if set, else a local Neo4j already running on the
 * data folder, else one started for the duration of the command.
 */
import type { Driver } from 'neo4j-driver';
import {
  configFromEnv,
  createDriver,
  defaultDataDir,
  defaultPort,
  ensureSchema,
  localPassword,
  localStatus,
  startLocalNeo4j,
  type LocalNeo4j,
  type Neo4jConfig,
} from '../graph/index.ts';

export interface Neo4jHandle {
  driver: Driver;
  config: Neo4jConfig;
  /** the local Neo4j this command started, if any */
  started: LocalNeo4j | null;
  close(): Promise<void>;
}

export async function openNeo4j(log: (msg: string) => void = (m) => console.error(m)): Promise<Neo4jHandle> {
  let config = configFromEnv();
  let started: LocalNeo4j | null = null;
  if (!config) {
    const dataDir = defaultDataDir();
    const status = localStatus(dataDir);
    if (status.state === 'running') {
      config = { uri: `bolt://127.0.0.1:${status.port}`, user: 'neo4j', password: localPassword(dataDir) };
    } else {
      log(`starting the local Neo4j (data in ${dataDir}) …`);
      const t0 = Date.now();
      started = await startLocalNeo4j({ dataDir, port: defaultPort() });
      config = started.config;
      log(`Neo4j is up at ${config.uri} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    }
  }
  const driver = createDriver(config);
  await ensureSchema(driver, config.database);
  return {
    driver,
    config,
    started,
    close: async () => {
      await driver.close();
      if (started) await started.stop();
    },
  };
}
