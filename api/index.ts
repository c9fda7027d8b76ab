/** api/: GraphQL over @neo4j/graphql on Apollo Server, health, and the viewer's files. */
export { startServer, type RunningServer, type ServerOptions } from './server.ts';
export { buildSchema } from './schema.ts';
