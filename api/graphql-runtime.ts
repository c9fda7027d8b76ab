/**
 * graphql's runtime values (classes and type predicates), always from its CommonJS build: the one
 * @neo4j/graphql and Apollo Server load. A plain `import … from 'graphql'` may resolve to graphql's
 * .mjs build instead (vitest does), a second instance whose instanceof checks fail against the
 * schema's types and whose errors Apollo does not recognise. Types can still come from 'graphql'.
 */
import { createRequire } from 'node:module';

const graphql = createRequire(import.meta.url)('graphql') as typeof import('graphql');

export const { GraphQLError, getNamedType, getNullableType, isListType } = graphql;
