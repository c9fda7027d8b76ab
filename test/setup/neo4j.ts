/**
 * The real Neo4j every database test uses: NEO4J_URI if set, else Testcontainers when a Docker
 * engine answers, else the project's local launcher on a free port and a data folder of its own.
 * Never a mock.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { configFromEnv, startLocalNeo4j, type Neo4jConfig } from '../../graph/index.ts';
import { freePort } from '../helpers/net.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jConfig & { source: string };
  }
}

function dockerAnswers(): boolean {
  if (process.env.KG_TEST_NO_DOCKER) return false;
  const result = spawnSync('docker', ['info', '--format', '{{.ServerVersion}}'], { timeout: 5000, stdio: 'pipe' });
  return result.status === 0;
}


export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const fromEnv = configFromEnv();
  if (fromEnv) {
    project.provide('neo4j', { ...fromEnv, source: 'NEO4J_URI' });
    return async () => undefined;
  }
  if (dockerAnswers()) {
    const { Neo4jContainer } = await import('@testcontainers/neo4j');
    const container = await new Neo4jContainer('neo4j:5.26-community').withApoc().withPassword('test-password').start();
    project.provide('neo4j', {
      uri: container.getBoltUri(),
      user: container.getUsername(),
      password: container.getPassword(),
      source: 'testcontainers',
    });
    return async () => {
      await container.stop();
    };
  }
  const t0 = Date.now();
  const local = await startLocalNeo4j({
    dataDir: path.resolve(process.env.KG_TEST_DATA_DIR ?? '.data/test-neo4j'),
    port: await freePort(),
  });
  console.log(`test Neo4j (local launcher) up in ${((Date.now() - t0) / 1000).toFixed(1)} s at ${local.config.uri}`);
  project.provide('neo4j', { ...local.config, source: 'local launcher' });
  return async () => {
    await local.stop();
  };
}
