/**
 * The HTTP server: GraphQL at /graphql (Apollo Server 5 over @neo4j/graphql; GraphiQL for
 * browsers), GET /health, and the viewer's static files at /. Safe by default: read-only for
 * anonymous users, query depth, cost and page-size limits, a Cypher timeout per request, a rate
 * limit, configurable CORS, and error responses without internals (see config.ts, limits.ts, errors.ts).
 * Anonymous reads are answered from a response cache while the graph has not changed (response-cache.ts).
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import type { Neo4jGraphQLContext } from '@neo4j/graphql';
import cors from 'cors';
import express from 'express';
import { rateLimit } from 'express-rate-limit';
import type { Driver } from 'neo4j-driver';
import { ping, readGraphVersion } from '../graph/index.ts';
import { settingsFromEnv, type ApiSettings } from './config.ts';
import { errorStatusPlugin, formatError, requestErrorHandler } from './errors.ts';
import { quickExecutionContext } from './execution.ts';
import { graphqlHandler } from './graphql-handler.ts';
import { depthRule, queryGuardPlugin } from './limits.ts';
import { ResponseCache } from './response-cache.ts';
import { buildSchema } from './schema.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const VIEWER_DIR = path.resolve(HERE, '../viz/dist');
const GRAPHIQL_DIR = path.resolve(HERE, 'graphiql-dist');

export interface ServerOptions {
  driver: Driver;
  database?: string;
  port: number;
  host?: string;
  /** overrides of the settings read from the environment (config.ts) */
  settings?: Partial<ApiSettings>;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Health must answer fast even when Neo4j hangs rather than refuses. */
async function neo4jUp(driver: Driver, database?: string): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), 3000)));
  try {
    return await Promise.race([ping(driver, database), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function graphiqlPage(app: express.Express): void {
  const index = path.join(GRAPHIQL_DIR, 'index.html');
  app.use('/graphiql', express.static(GRAPHIQL_DIR, { index: false, immutable: true, maxAge: '7d' }));
  // A browser opening /graphql gets GraphiQL; API clients (POST, or GET asking for JSON) get GraphQL.
  app.get('/graphql', (req, res, next) => {
    if (req.query.query || req.accepts(['application/json', 'text/html']) !== 'text/html') return next();
    if (!fs.existsSync(index)) {
      res.status(503).type('text/plain').send('GraphiQL is not built: run npm run build:graphiql');
      return;
    }
    res.type('html').sendFile(index);
  });
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { driver, database } = options;
  const settings: ApiSettings = { ...settingsFromEnv(), ...options.settings };
  const cache = settings.responseCache.enabled ? new ResponseCache(() => readGraphVersion(driver, database), settings.responseCache) : undefined;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  const httpServer = http.createServer(app);
  const schema = await buildSchema(driver, { database, settings });
  const apollo = new ApolloServer<Neo4jGraphQLContext>({
    schema,
    // Apollo would otherwise catch SIGINT/SIGTERM itself and re-raise them once stopped, killing
    // the process before `kg up` stops the Neo4j it started.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // The default landing page loads from a CDN (GraphiQL is served instead), cache hints wrap
      // every resolver for nothing here, and nothing is reported to Apollo even if APOLLO_KEY is set.
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      queryGuardPlugin(settings),
      errorStatusPlugin,
    ],
    validationRules: [depthRule(settings.maxDepth)],
    includeStacktraceInErrorResponses: false,
    formatError,
  });
  await apollo.start();

  app.get('/health', async (_req, res) => {
    const up = await neo4jUp(driver, database);
    res.status(up ? 200 : 503).json({ status: up ? 'ok' : 'degraded', neo4j: up ? 'up' : 'down' });
  });
  if (settings.rateLimitPerMinute > 0) {
    app.use(
      '/graphql',
      rateLimit({
        windowMs: 60_000,
        limit: settings.rateLimitPerMinute,
        standardHeaders: 'draft-7',
        legacyHeaders: false,
        // A GraphQL-shaped refusal, so clients parse it like any other error.
        handler: (_req, res) => {
          res.status(429).json({ errors: [{ message: 'Too many requests; try again in a minute', extensions: { code: 'RATE_LIMITED' } }] });
        },
      }),
    );
  }
  app.use('/graphql', cors({ origin: settings.corsOrigins === '*' ? '*' : settings.corsOrigins, maxAge: 600 }));
  graphiqlPage(app);
  const executionContext = quickExecutionContext(driver);
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    graphqlHandler(apollo, {
      cache,
      writable: !!schema.getMutationType(),
      context: async (req) => ({
        token: req.headers.authorization,
        executionContext,
        sessionConfig: { database },
        transaction: { timeout: settings.queryTimeoutMs, metadata: { app: 'kg-api' } },
      }),
    }),
    requestErrorHandler,
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
