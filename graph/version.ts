/**
 * A marker that changes whenever the graph does, for caches of read results (api/response-cache.ts).
 *
 * Neo4j answers every transaction, reads included, with a bookmark naming the database and the
 * last transaction committed to it. Any committed write (kg ingest, similarity, an API mutation,
 * a Cypher shell) therefore changes the bookmark of the next read, with no marker for writers to
 * remember to bump; a read-only or empty write does not. The bookmark is opaque: only compare it.
 */
import neo4j, { type Driver } from 'neo4j-driver';

/** The current graph version, or null when Neo4j does not answer or gives no bookmark. */
export async function readGraphVersion(driver: Driver, database?: string): Promise<string | null> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    await session.run('RETURN 1');
    const bookmarks = session.lastBookmarks();
    return bookmarks.length ? [...bookmarks].sort().join(',') : null;
  } catch {
    return null;
  } finally {
    await session.close().catch(() => undefined);
  }
}
