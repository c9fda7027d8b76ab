/** Empties a bench's database in batches; CALL … IN TRANSACTIONS needs an implicit (auto-commit) transaction. */
import type { Driver } from 'neo4j-driver';

export async function emptyDatabase(driver: Driver, database: string | undefined, batch: number): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run(`MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF ${batch} ROWS`);
  } finally {
    await session.close();
  }
}
