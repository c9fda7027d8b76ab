/**
 * The executable schema: the model (typeDefs.graphql), the analyst types (analysis.graphql), the
 * @cypher fields of queries.ts, and the write policy. Anonymous users only read; with a
 * KG_JWT_SECRET, creating, updating and deleting need a JWT whose `roles` include "writer";
 * without one the schema has no mutations at all.
 */
import fs from 'node:fs';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { Driver } from 'neo4j-driver';
import type { GraphQLSchema } from 'graphql';
import { compareDistricts, policyUptake, search } from './analysis.ts';
import { settingsFromEnv, type ApiSettings } from './config.ts';
import { EVIDENCE, SIMILAR_DISTRICTS, SIMILAR_PROGRAMMES } from './queries.ts';

const read = (file: string) => fs.readFileSync(new URL(file, import.meta.url), 'utf8');
const MODEL = read('./typeDefs.graphql');
const ANALYSIS = read('./analysis.graphql');

export const WRITER_ROLE = 'writer';

const cypherField = (name: string, args: string, type: string, statement: string, column: string) =>
  `  ${name}${args}: ${type} @cypher(statement: """${statement}""", columnName: "${column}")`;

const EVIDENCE_FIELD = cypherField('evidence', '(limit: Int = 50)', '[Evidence!]!', EVIDENCE, 'evidence');
const WITH_EVIDENCE = ['District', 'Programme', 'Policy', 'Place', 'Organisation', 'Person', 'Target'];

function cypherFields(): string {
  const extensions = WITH_EVIDENCE.map((label) => {
    const extra: string[] = [];
    if (label === 'Programme') extra.push(cypherField('similar', '(limit: Int = 10)', '[SimilarProgramme!]!', SIMILAR_PROGRAMMES, 'similar'));
    if (label === 'District') extra.push(cypherField('similarDistricts', '(limit: Int = 10)', '[SimilarDistrict!]!', SIMILAR_DISTRICTS, 'similar'));
    return `extend type ${label} {\n${[EVIDENCE_FIELD, ...extra].join('\n')}\n}`;
  });
  return extensions.join('\n\n');
}

function writePolicy(settings: ApiSettings): string {
  if (!settings.jwtSecret) return 'extend schema @mutation(operations: [])';
  return `
type JWT @jwt {
  roles: [String!]
}
extend schema @authentication(
  operations: [CREATE, UPDATE, DELETE, CREATE_RELATIONSHIP, DELETE_RELATIONSHIP]
  jwt: { roles: { includes: "${WRITER_ROLE}" } }
)`;
}

export function typeDefs(settings: ApiSettings): string {
  return [MODEL, ANALYSIS, cypherFields(), writePolicy(settings)].join('\n\n');
}

export interface SchemaOptions {
  database?: string;
  settings?: ApiSettings;
}

export async function buildSchema(driver: Driver, options: SchemaOptions = {}): Promise<GraphQLSchema> {
  const settings = options.settings ?? settingsFromEnv();
  const readOptions = { database: options.database, timeoutMs: settings.queryTimeoutMs };
  const neoSchema = new Neo4jGraphQL({
    typeDefs: typeDefs(settings),
    driver,
    resolvers: {
      Query: {
        search: (_: unknown, args: Parameters<typeof search>[2]) => search(driver, readOptions, args),
        policyUptake: (_: unknown, args: { policy: string }) => policyUptake(driver, readOptions, args),
        compareDistricts: (_: unknown, args: { ids: string[] }) => compareDistricts(driver, readOptions, args),
      },
    },
    features: settings.jwtSecret ? { authorization: { key: settings.jwtSecret } } : undefined,
  });
  return neoSchema.getSchema();
}
