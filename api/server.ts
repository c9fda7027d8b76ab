/**
 * The HTTP server: GraphQL at /graphql (Apollo Server 5 over @neo4j/graphql), GET /health,
 * and the viewer's static files at /.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import type { Driver } from 'neo4j-driver';
import { ping } from '../graph/index.ts';
import { buildSchema } from './schema.ts';

const VIEWER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../viz/dist');

export interface ServerOptions {
  driver: Driver;
  database?: string;
  port: number;
  host?: string;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { driver, database } = options;
  const app = express();
  const httpServer = http.createServer(app);
  const schema = await buildSchema(driver);
  const apollo = new ApolloServer({
    schema,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
    includeStacktraceInErrorResponses: false,
  });
  await apollo.start();

  app.get('/health', async (_req, res) => {
    const up = await ping(driver, database);
    res.status(up ? 200 : 503).json({ status: up ? 'ok' : 'degraded', neo4j: up ? 'up' : 'down' });
  });
  app.use(
    '/graphql',
    cors(),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({ token: req.headers.authorization?.replace(/^Bearer\s+/i, ''), sessionConfig: { database } }),
    }),
  );
  if (fs.existsSync(path.join(VIEWER_DIR, 'index.html'))) {
    app.use(express.static(VIEWER_DIR));
  } else {
    app.get('/', (_req, res) => {
      res.status(503).type('text/plain').send('The viewer is not built: run npm run build:viz');
    });
  }

  const host = options.host ?? '0.0.0.0';
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, host, () => resolve());
  });
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://localhost:${port}`,
    close: async () => {
      await apollo.stop();
      httpServer.closeAllConnections();
    },
  };
}
