/**
 * Query guards: a depth limit (validation rule), and one pass over the resolved operation that
 * refuses writes to a read-only schema, estimates the cost and checks page sizes against the
 * variables actually sent.
 *
 * Cost model: every field costs 1; a list field multiplies what it selects by its `limit`/`first`
 * argument, or by UNLIMITED_LIST_FACTOR when it has none (the typical fan-out in this graph;
 * @limit in typeDefs.graphql bounds the worst case). Introspection is free, so GraphiQL works.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import depthLimit from 'graphql-depth-limit';
import { getComplexity, type ComplexityEstimatorArgs } from 'graphql-query-complexity';
import type { DocumentNode, GraphQLSchema, ValidationContext } from 'graphql';
import { GraphQLError, getNamedType, getNullableType, isListType } from 'graphql';

export const UNLIMITED_LIST_FACTOR = 10;

function refuse(message: string, code: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
}

/** graphql-depth-limit, guarded: it recurses through fragments and would overflow on a fragment cycle (reported by graphql itself). */
export function depthRule(maxDepth: number) {
  const rule = depthLimit(maxDepth);
  return (context: ValidationContext) => {
    try {
      return rule(context);
    } catch {
      context.reportError(refuse('The query could not be analysed', 'GRAPHQL_VALIDATION_FAILED'));
      return {};
    }
  };
}

function pageArgument(args: Record<string, unknown>): number | undefined {
  const value = args.limit ?? args.first;
  return typeof value === 'number' ? value : undefined;
}

/** A list filtered by id (`where: { id: { eq | in } }`) holds at most that many nodes, whatever its limit. */
function idFilterSize(args: Record<string, unknown>): number | undefined {
  const id = (args.where as { id?: { eq?: unknown; in?: unknown } } | undefined)?.id;
  if (id?.eq !== undefined) return 1;
  return Array.isArray(id?.in) ? id.in.length : undefined;
}

function isList(field: ComplexityEstimatorArgs['field']): boolean {
  return isListType(getNullableType(field.type));
}

export interface GuardSettings {
  maxComplexity: number;
  maxPageSize: number;
}

type Measure = { cost: number; tooLarge?: number } | { failure: 'variables' | 'other' };

/** Variable sets remembered per document (past that its measures start over), and the longest remembered. */
const MEASURES_PER_DOCUMENT = 64;
const LONGEST_REMEMBERED_VARIABLES = 4096;

export function queryGuardPlugin(settings: GuardSettings): ApolloServerPlugin {
  // Apollo hands out one parsed document per distinct query text, so the same query sent again
  // is measured once per set of variables instead of walking its selections on every request.
  const measured = new WeakMap<DocumentNode, Map<string, Measure>>();

  const estimate = (schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName?: string): Measure => {
    let tooLarge: number | undefined;
    const estimator = ({ field, args, childComplexity }: ComplexityEstimatorArgs): number => {
      if (field.name.startsWith('__')) return 0;
      const page = pageArgument(args);
      if (page !== undefined && page > settings.maxPageSize) tooLarge = page;
      // Connections carry the page size; their `edges` list is that page, not a second fan-out.
      const connection = getNamedType(field.type).name.endsWith('Connection');
      if (connection) return 1 + childComplexity * (page ?? UNLIMITED_LIST_FACTOR);
      if (field.name === 'edges' || !isList(field)) return 1 + childComplexity;
      const items = Math.min(page ?? UNLIMITED_LIST_FACTOR, idFilterSize(args) ?? Infinity);
      return 1 + childComplexity * Math.max(1, items);
    };
    try {
      const cost = getComplexity({ schema, query: document, variables, operationName, estimators: [estimator] });
      return { cost, tooLarge };
    } catch (err) {
      return { failure: err instanceof Error && /Variable "\$/.test(err.message) ? 'variables' : 'other' };
    }
  };

  const measure = (schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName?: string): Measure => {
    const key = JSON.stringify([operationName ?? null, variables]);
    let byVariables = measured.get(document);
    const known = byVariables?.get(key);
    if (known) return known;
    const result = estimate(schema, document, variables, operationName);
    if (key.length > LONGEST_REMEMBERED_VARIABLES) return result;
    if (!byVariables || byVariables.size >= MEASURES_PER_DOCUMENT) measured.set(document, (byVariables = new Map()));
    byVariables.set(key, result);
    return result;
  };

  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operationName, operation }) {
          // Without KG_JWT_SECRET the schema has no Mutation type: say so plainly instead of an execution error.
          if (operation?.operation === 'mutation' && !schema.getMutationType()) {
            throw new GraphQLError('This API is read-only: writes are disabled', { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
          }
          const result = measure(schema, document, request.variables ?? {}, operationName ?? undefined);
          if ('failure' in result) {
            // Bad variable values are reported properly by execution; anything else fails closed.
            if (result.failure === 'variables') return;
            throw refuse('The query could not be analysed', 'GRAPHQL_VALIDATION_FAILED');
          }
          if (result.tooLarge !== undefined) {
            throw refuse(`A page size of ${result.tooLarge} is above the maximum of ${settings.maxPageSize}`, 'PAGE_SIZE_TOO_LARGE');
          }
          if (result.cost > settings.maxComplexity) {
            throw refuse(`The query is too complex (estimated cost ${result.cost}, maximum ${settings.maxComplexity}); narrow it or lower its limits`, 'QUERY_TOO_COMPLEX');
          }
        },
      };
    },
  };
}
