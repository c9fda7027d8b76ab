/** Idempotent schema bootstrap: one uniqueness constraint on `id` per label, Document.sourcePath, a cjk full-text index. */
import type { Driver } from 'neo4j-driver';
import { ENTITY_TYPES } from '../ingest/index.ts';

export const FULLTEXT_INDEX = 'entityNames';

export async function ensureSchema(driver: Driver, database?: string): Promise<void> {
  // Every node also carries :Entity, so writes can find either end of a relationship by id alone.
  for (const label of [...ENTITY_TYPES, 'Entity']) {
    await driver.executeQuery(
      `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
      {},
      { database },
    );
  }
  // A changed file is found by its path: without an index every write would scan all documents.
  await driver.executeQuery('CREATE INDEX document_source_path IF NOT EXISTS FOR (d:Document) ON (d.sourcePath)', {}, { database });
  // aliasText holds the aliases joined by spaces: full-text indexes take string properties.
  // Eventually consistent: updating Lucene inside every ingest transaction tripled its cost;
  // ingest waits for the refresh once per batch instead (awaitFullTextIndex).
  await driver.executeQuery(
    `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS
     FOR (n:${ENTITY_TYPES.join('|')}) ON EACH [n.name, n.aliasText]
     OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'cjk', \`fulltext.eventually_consistent\`: false } }`,
    {},
    { database },
  );
  await driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database });
}

/** Makes recent writes visible to full-text search (the index is eventually consistent). */
export async function awaitFullTextIndex(driver: Driver, database?: string): Promise<void> {
  await driver.executeQuery('CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()', {}, { database });
}
