/** graph/: everything that touches Neo4j. */
export { configFromEnv, createDriver, ping, verifyConnection, type Neo4jConfig } from './connection.ts';
export {
  defaultDataDir,
  defaultPort,
  ensureLauncherBuilt,
  localPassword,
  localStatus,
  startLocalNeo4j,
  stopLocalNeo4j,
  LocalNeo4jError,
  type LocalNeo4j,
} from './local-neo4j.ts';
export { awaitFullTextIndex, ensureSchema, FULLTEXT_INDEX } from './schema.ts';
export { deleteDocument, writeExtraction, type WriteResult, type WriteOutcome } from './write.ts';
export { concurrentDocumentWriter, type DocumentWriter } from './concurrent-write.ts';
export { dumpGraph, formatDump, EXPORT_FORMATS, type ExportFormat, type GraphDump } from './export.ts';
export * from './similarity/index.ts';
export { readGraphVersion } from './version.ts';
