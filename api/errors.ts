/**
 * What clients see when something goes wrong: a fixed message and a code, never a stack trace,
 * Cypher, or a driver's text. Errors about the client's own query (syntax, validation, limits,
 * bad arguments) keep their message, which only names parts of the public schema.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { ErrorRequestHandler } from 'express';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';

/** Codes whose messages describe the request itself and are safe to pass through. */
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PAGE_SIZE_TOO_LARGE',
  'QUERY_TOO_COMPLEX',
  // only ever set by the API itself (limits.ts); the library's forbidden errors carry no code and are mapped
  'FORBIDDEN',
]);

/** HTTP status for a response whose errors carry these codes (the first match wins). */
const STATUS_BY_CODE: Record<string, number> = {
  SERVICE_UNAVAILABLE: 503,
  QUERY_TIMEOUT: 504,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
};

const GENERIC: Record<string, string> = {
  SERVICE_UNAVAILABLE: 'The graph database is unavailable; try again shortly',
  QUERY_TIMEOUT: 'The query took too long and was stopped; narrow it or lower its limits',
  UNAUTHENTICATED: 'Authentication required: send a valid writer token',
  FORBIDDEN: 'Forbidden',
  BAD_USER_INPUT: 'Invalid input',
  INTERNAL_SERVER_ERROR: 'Internal server error',
};

function driverCode(error: unknown): string | undefined {
  if (!(error instanceof Neo4jError) && !(error instanceof Error && 'code' in error)) return undefined;
  const code = String((error as { code?: unknown }).code ?? '');
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || code.startsWith('Neo.TransientError.General.DatabaseUnavailable')) {
    return 'SERVICE_UNAVAILABLE';
  }
  if (code.includes('TransactionTimedOut') || code === 'Neo.TransientError.Transaction.LockClientStopped') return 'QUERY_TIMEOUT';
  if (code.includes('Security.Unauthorized')) return 'SERVICE_UNAVAILABLE'; // our own credentials: an outage to the client
  return undefined;
}

/** The code of an error raised while executing (not validating) a request. */
function executionCode(original: unknown): string {
  const fromDriver = driverCode(original);
  if (fromDriver) return fromDriver;
  const name = original instanceof Error ? original.name : '';
  const message = original instanceof Error ? original.message : '';
  // @neo4j/graphql raises its auth failures as Neo4jGraphQL…Error classes or as plain errors with these messages.
  if (name === 'Neo4jGraphQLForbiddenError' || message === 'Forbidden') return 'FORBIDDEN';
  if (name === 'Neo4jGraphQLAuthenticationError' || message === 'Unauthenticated') return 'UNAUTHENTICATED';
  if (name === 'Neo4jGraphQLConstraintValidationError' || name === 'Neo4jGraphQLRelationshipValidationError') return 'BAD_USER_INPUT';
  return 'INTERNAL_SERVER_ERROR';
}

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? '');
  const safe = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (/exceeds maximum operation depth/.test(formatted.message)) {
    return { ...safe, extensions: { code: 'QUERY_TOO_DEEP' } };
  }
  if (CLIENT_CODES.has(code)) return { ...safe, extensions: { code } };
  const original = unwrapResolverError(error);
  const mapped = executionCode(original);
  if (mapped === 'INTERNAL_SERVER_ERROR' && process.env.KG_API_LOG_ERRORS !== '0') {
    console.error(`[api] internal error: ${original instanceof Error ? `${original.name}: ${original.message}` : String(original)}`);
  }
  return { message: GENERIC[mapped], path: formatted.path, extensions: { code: mapped } };
}

/** Sets the HTTP status from the errors' codes, e.g. 503 while Neo4j is down. */
export const errorStatusPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const codes = (response.body.singleResult.errors ?? []).map((e) => String(e.extensions?.code ?? ''));
        for (const [code, status] of Object.entries(STATUS_BY_CODE)) {
          if (codes.includes(code)) {
            response.http.status = status;
            return;
          }
        }
      },
    };
  },
};

/**
 * Errors raised before GraphQL sees the request (a body that is not JSON, or too large): express
 * would answer with an HTML page carrying the stack trace outside production.
 */
export const requestErrorHandler: ErrorRequestHandler = (error, _req, res, _next) => {
  const status = Number((error as { status?: unknown }).status);
  const clientError = status >= 400 && status < 500;
  if (!clientError && process.env.KG_API_LOG_ERRORS !== '0') console.error(`[api] request error: ${error instanceof Error ? error.message : String(error)}`);
  const message = status === 413 ? 'The request body is too large' : clientError ? 'The request body could not be read as JSON' : GENERIC.INTERNAL_SERVER_ERROR;
  res.status(clientError ? status : 500).json({ errors: [{ message, extensions: { code: clientError ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' } }] });
};
