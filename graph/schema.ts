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
  // Kept transactional: an eventually consistent index measured no faster on two cores
  // (bench:ingest writes 52 s transactional against 60 s eventually consistent, 2026-12-05).
  // awaitFullTextIndex is a no-op here and keeps ingest correct if the option is changed.
  await driver.executeQuery(
    `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS
     FOR (n:${ENTITY_TYPES.join('|')}) ON EACH [n.name, n.aliasText]
     OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'cjk', \`fulltext.eventually_consistent\`: false } }`,
    {},
    { database },
  );
  await driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database });
}

/** Makes recent writes visible to full-text search, should the index be made eventually consistent. */
export async function awaitFullTextIndex(driver: Driver, database?: string): Promise<void> {
  await driver.executeQuery('CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()', {}, { database });
}
