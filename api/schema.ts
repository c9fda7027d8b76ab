import fs from 'node:fs';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { Driver } from 'neo4j-driver';
import type { GraphQLSchema } from 'graphql';

const TYPE_DEFS = fs.readFileSync(new URL('./typeDefs.graphql', import.meta.url), 'utf8');

export async function buildSchema(driver: Driver): Promise<GraphQLSchema> {
  const neoSchema = new Neo4jGraphQL({ typeDefs: TYPE_DEFS, driver });
  return neoSchema.getSchema();
}
