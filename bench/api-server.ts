/**
 * The API server of bench/api.ts in a process of its own, as in production, so that the load
 * generator does not share its event loop. Reads the Neo4j config as JSON from argv[2] and
 * prints its URL on stdout once listening.
 */
import { startServer } from '../api/index.ts';
import { createDriver, type Neo4jConfig } from '../graph/connection.ts';

const config = JSON.parse(process.argv[2]) as Neo4jConfig;
const driver = createDriver(config);
const server = await startServer({ driver, database: config.database, port: 0, host: '127.0.0.1', settings: { rateLimitPerMinute: 0 } });
console.log(server.url.replace('localhost', '127.0.0.1'));
process.on('SIGTERM', async () => {
  await server.close();
  await driver.close();
  process.exit(0);
});
