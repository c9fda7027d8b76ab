/**
 * The /graphql route: Apollo Server behind express (what @as-integrations/express5 does), plus the
 * response cache for anonymous reads (response-cache.ts). A cached answer skips Apollo altogether:
 * the same request text and variables passed the depth, cost and page-size limits when the answer
 * was computed, and only error-free 200 answers are kept.
 */
import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLRequest } from '@apollo/server';
import type { Request, RequestHandler, Response } from 'express';
import { cacheKey, type CachedResponse, type ResponseCache, type Ticket } from './response-cache.ts';

export const CACHE_HEADER = 'x-kg-cache';

interface HandlerOptions<Context extends BaseContext> {
  context: (req: Request) => Promise<Context>;
  /** absent: no caching */
  cache?: ResponseCache;
  /** whether the schema has mutations (a writer's mutation then invalidates the cache) */
  writable: boolean;
}

type GraphQLBody = { query?: unknown; operationName?: unknown; variables?: unknown; extensions?: unknown };

function isSingleOperation(body: unknown): body is GraphQLBody {
  return !!body && typeof body === 'object' && !Array.isArray(body) && typeof (body as GraphQLBody).query === 'string';
}

function toApolloRequest(req: Request): HTTPGraphQLRequest {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const query = req.url.indexOf('?');
  return { method: req.method.toUpperCase(), headers, search: query < 0 ? '' : req.url.slice(query), body: req.body };
}

function send(res: Response, response: CachedResponse, cacheStatus: string): void {
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.setHeader(CACHE_HEADER, cacheStatus);
  res.statusCode = response.status;
  // res.end, not res.send: express would hash every body for an ETag no GraphQL client uses.
  res.end(response.body);
}

export function graphqlHandler<Context extends BaseContext>(apollo: ApolloServer<Context>, options: HandlerOptions<Context>): RequestHandler {
  const { cache } = options;
  return async (req, res) => {
    // express.json sets req.body (possibly to undefined) on every request it sees; Apollo handles the rest.
    if (!('body' in req)) throw new Error('express.json() must run before the GraphQL handler');
    // Only anonymous requests share answers. A token may carry a writer role: if the request names
    // a mutation (it cannot write without the keyword), everything cached so far may be stale.
    const authorized = !!req.headers.authorization;
    const writer = options.writable && authorized && /\bmutation\b/.test(JSON.stringify(req.body ?? ''));
    const cacheable = !!cache && !authorized && req.method === 'POST' && isSingleOperation(req.body);
    let ticket: Ticket | null = null;
    let key = '';
    if (cacheable) {
      ticket = await cache.begin();
      key = cacheKey(req.body);
      const hit = ticket && cache.get(ticket, key);
      if (hit) return send(res, hit, 'hit');
    }
    // Before: reads already running are not stored. After: nothing read meanwhile survives the write.
    if (writer) cache?.invalidate();
    const result = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: toApolloRequest(req), context: () => options.context(req) });
    if (writer) cache?.invalidate();
    const headers = [...result.headers];
    if (result.body.kind === 'complete') {
      const response = { status: result.status ?? 200, headers, body: result.body.string };
      // `"errors":` unescaped can only be the key of the errors list (or an alias named so: then simply not cached).
      if (ticket && response.status === 200 && !response.body.includes('"errors":')) cache!.set(ticket, key, response);
      return send(res, response, !cache ? 'off' : ticket ? 'miss' : 'bypass');
    }
    for (const [name, value] of headers) res.setHeader(name, value);
    res.statusCode = result.status ?? 200;
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
