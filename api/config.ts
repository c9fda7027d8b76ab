/**
 * The API's safety and cache settings, from the environment unless startServer is given them.
 * Defaults are safe for a public, read-only deployment and generous enough for the viewer.
 */
import type { ResponseCacheSettings } from './response-cache.ts';

export interface ApiSettings {
  /** HS256 secret for writer JWTs (KG_JWT_SECRET); without one the schema has no mutations at all */
  jwtSecret?: string;
  /** allowed CORS origins (KG_CORS_ORIGINS, comma-separated; "*" for any) */
  corsOrigins: string[] | '*';
  /** requests per client IP per minute (KG_RATE_LIMIT); 0 turns the limit off */
  rateLimitPerMinute: number;
  /** Neo4j transaction timeout per request (KG_QUERY_TIMEOUT_MS) */
  queryTimeoutMs: number;
  /** deepest selection nesting a query may have (KG_MAX_DEPTH) */
  maxDepth: number;
  /** largest estimated cost of a query (KG_MAX_COMPLEXITY), see limits.ts */
  maxComplexity: number;
  /** largest `limit`/`first` argument (KG_MAX_PAGE_SIZE); must match @limit(max) in typeDefs.graphql */
  maxPageSize: number;
  /** whole-response cache of anonymous reads (response-cache.ts) */
  responseCache: ResponseCacheSettings;
}

function intFrom(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value !== undefined && value !== '' && Number.isFinite(n) && n >= 0 ? Math.floor(n) : fallback;
}

export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): ApiSettings {
  const origins = (env.KG_CORS_ORIGINS ?? '*').split(',').map((o) => o.trim()).filter(Boolean);
  return {
    jwtSecret: env.KG_JWT_SECRET || undefined,
    corsOrigins: origins.length === 0 || origins.includes('*') ? '*' : origins,
    rateLimitPerMinute: intFrom(env.KG_RATE_LIMIT, 1200),
    queryTimeoutMs: intFrom(env.KG_QUERY_TIMEOUT_MS, 10_000) || 10_000,
    maxDepth: intFrom(env.KG_MAX_DEPTH, 10) || 10,
    maxComplexity: intFrom(env.KG_MAX_COMPLEXITY, 50_000) || 50_000,
    maxPageSize: intFrom(env.KG_MAX_PAGE_SIZE, 500) || 500,
    responseCache: {
      enabled: env.KG_RESPONSE_CACHE !== '0',
      maxEntries: intFrom(env.KG_RESPONSE_CACHE_ENTRIES, 1000),
      maxBytes: intFrom(env.KG_RESPONSE_CACHE_MB, 64) * 1024 * 1024,
      maxStalenessMs: intFrom(env.KG_RESPONSE_CACHE_STALE_MS, 0),
    },
  };
}
