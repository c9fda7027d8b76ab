/** Small HTTP helpers for the API tests: every request goes over the wire to a real server. */
import type { RunningServer } from '../../api/index.ts';
import { freePort } from '../helpers/net.ts';

export { freePort };

export interface GqlResponse<T = any> {
  status: number;
  body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  text: string;
}

export async function gql<T = any>(
  server: RunningServer,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GqlResponse<T>> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  return { status: res.status, body: JSON.parse(text), text };
}

/** The first error's code, for terse assertions. */
export function errorCode(response: GqlResponse): string | undefined {
  return response.body.errors?.[0]?.extensions?.code;
}

/** What an error response must never contain: stack frames, Cypher, driver or Java text. */
export const LEAK = /\bat .+:\d+|Neo4jError|neo4j-driver|Cypher|MATCH \(|RETURN |java\.|Exception|ECONNREFUSED|bolt:\/\//;

