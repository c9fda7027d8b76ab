/**
 * Writes one document's extraction: one transaction per document, batched UNWIND writes.
 * Every relationship a document contributes carries its docId, so a changed document can
 * replace exactly its own contribution and an unchanged one is skipped.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { Extraction } from '../ingest/index.ts';
import { NODE_LABELS, writeParameters } from './write-parameters.ts';

export type WriteOutcome = 'created' | 'replaced' | 'unchanged';

export interface WriteResult {
  docId: string;
  outcome: WriteOutcome;
  nodes: number;
  relationships: number;
}

/** Labels whose nodes outlive the documents that mention them (reference data). */
const PERMANENT_LABELS = ['District', 'Theme'];

/**
 * MERGE takes the document's unique-index lock first, so two transactions writing the same
 * content serialise here and the second finds the first's document. A document created just
 * now has no contentHash yet.
 */
const LOCK_DOCUMENT_CYPHER = `
MERGE (d:Document {id: $docId})
WITH d, d.contentHash IS NULL AS fresh, d.contentHash + '|' + coalesce(d.extractor, '') AS hash
OPTIONAL MATCH (old:Document {sourcePath: $sourcePath}) WHERE old.id <> $docId
RETURN fresh, hash, collect(old.id) AS earlier`;

/**
 * The whole document in one statement: one sub-query per label (static labels keep MERGE
 * index-backed) that returns its nodes in parameter order, then every relationship by position
 * in that list, so no relationship end is looked up again. Neo4j plans it once for every
 * document, and a document costs one round trip.
 */
const WRITE_DOCUMENT_CYPHER = [
  'MATCH (d:Document {id: $docId})',
  'SET d = $document, d:Entity',
  'WITH d',
  ...NODE_LABELS.map(
    (label) => `CALL (d) {
  UNWIND $nodes.${label} AS row
  MERGE (n:${label} {id: row.id})
  WITH d, n, row
  CALL (n, row) {
    // Only a node that gains something is written: a write locks the node until commit, and the
    // shared nodes (districts, themes) would otherwise serialise every concurrent document.
    WITH n, row WHERE NOT n:Entity OR any(k IN keys(row.props) WHERE n[k] IS NULL OR n[k] <> row.props[k])
      OR any(a IN row.aliases WHERE n.aliases IS NULL OR NOT a IN n.aliases)
    // A property write locks the node until commit (adding a label it already has does not).
    // Aliases are read after it, through properties(n): Cypher would otherwise reuse the value it
    // read for the test above, before the lock, and a concurrent document's aliases would be lost.
    SET n:Entity, n._writeLock = true
    WITH n, row, reduce(acc = coalesce(properties(n).aliases, []), a IN row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END) AS aliases
    SET n += row.props, n.aliases = aliases, n.aliasText = reduce(s = '', a IN aliases | s + ' ' + a)
    REMOVE n._writeLock
  }
  CREATE (n)-[:MENTIONED_IN {docId: $docId, spanStarts: row.starts, spanEnds: row.ends}]->(d)
  RETURN collect(n) AS ${label}Nodes
}`,
  ),
  `WITH d, [d] + ${NODE_LABELS.map((l) => `${l}Nodes`).join(' + ')} AS nodes`,
  `CALL (nodes) {
  UNWIND $relations AS row
  WITH nodes[toInteger(row.from)] AS a, nodes[toInteger(row.to)] AS b, row
  CREATE (a)-[r:$(row.type) {docId: $docId, spanStarts: row.starts, spanEnds: row.ends, sentence: $sentences[toInteger(row.sentence)]}]->(b)
  SET r += row.extra
}`,
  'RETURN [n IN nodes | n.id] = $nodeIds AS aligned',
].join('\n');

/** Removes every relationship the document contributed; returns the ids of the nodes it mentioned. */
async function removeContribution(tx: ManagedTransaction, docId: string): Promise<string[]> {
  // Each such relationship starts at the document or at a node it mentions: a walk, not a scan of all relationships.
  const result = await tx.run(
    `MATCH (d:Document {id: $docId})
     OPTIONAL MATCH (d)<-[:MENTIONED_IN]-(n)
     WITH d, collect(n) AS mentioned
     CALL (d, mentioned) {
       UNWIND mentioned + d AS s
       MATCH (s)-[r]->() WHERE r.docId = $docId
       DELETE r
     }
     WITH mentioned, [n IN mentioned | n.id] AS ids
     CALL (mentioned) {
       UNWIND mentioned AS t
       WITH t WHERE t:Target AND t.docId = $docId
       DETACH DELETE t
     }
     RETURN ids`,
    { docId },
  );
  return (result.records[0]?.get('ids') as string[] | undefined) ?? [];
}

/** Of the nodes a removed contribution mentioned, those no document mentions any more; reference data stays. */
async function removeOrphans(tx: ManagedTransaction, candidateIds: string[]): Promise<void> {
  if (!candidateIds.length) return;
  await tx.run(
    `UNWIND $ids AS id
     MATCH (n:Entity {id: id})
     WHERE none(l IN labels(n) WHERE l IN $permanent) AND NOT (n)-[:MENTIONED_IN]->()
     DETACH DELETE n`,
    { ids: [...new Set(candidateIds)], permanent: PERMANENT_LABELS },
  );
}

/** Thrown inside the transaction so that it rolls back when the caller only wants new documents written. */
class ReplacementNeeded extends Error {}

/**
 * Stores one document's extraction atomically; an unchanged document (same content hash and
 * extractor) is skipped. With `newOnly`, a document that would replace an earlier version is
 * not written and null is returned (nothing is left behind).
 */
export async function writeExtraction(driver: Driver, extraction: Extraction, database?: string): Promise<WriteResult>;
export async function writeExtraction(driver: Driver, extraction: Extraction, database: string | undefined, newOnly: true): Promise<WriteResult | null>;
export async function writeExtraction(driver: Driver, extraction: Extraction, database?: string, newOnly = false): Promise<WriteResult | null> {
  const { document } = extraction;
  const session = driver.session({ database });
  try {
    return await session.executeWrite(async (tx) => {
      const state = (await tx.run(LOCK_DOCUMENT_CYPHER, { docId: document.id, sourcePath: document.sourcePath ?? null })).records[0];
      const fresh = state.get('fresh') as boolean;
      const earlier = state.get('earlier') as string[];
      // Unchanged means the same bytes read by the same extractor.
      if (!fresh && state.get('hash') === `${document.contentHash}|${document.extractor ?? ''}`) {
        return { docId: document.id, outcome: 'unchanged' as const, nodes: 0, relationships: 0 };
      }
      const replaced = [...earlier, ...(fresh ? [] : [document.id])];
      if (replaced.length && newOnly) throw new ReplacementNeeded();
      const candidates: string[] = [];
      for (const id of replaced) candidates.push(...(await removeContribution(tx, id)));
      for (const id of earlier) await tx.run('MATCH (d:Document {id: $id}) DETACH DELETE d', { id });
      const { params, nodeCount, relationCount } = writeParameters(extraction);
      const written = await tx.run(WRITE_DOCUMENT_CYPHER, params);
      if (written.records[0]?.get('aligned') !== true) throw new Error(`internal: nodes of ${document.id} came back out of order`);
      await removeOrphans(tx, candidates);
      return { docId: document.id, outcome: replaced.length ? ('replaced' as const) : ('created' as const), nodes: nodeCount, relationships: relationCount };
    });
  } catch (err) {
    if (err instanceof ReplacementNeeded) return null;
    throw err;
  } finally {
    await session.close();
  }
}

/** Removes one document and everything only it contributed. */
export async function deleteDocument(driver: Driver, docId: string, database?: string): Promise<boolean> {
  const session = driver.session({ database });
  try {
    return await session.executeWrite(async (tx) => {
      const found = await tx.run('MATCH (d:Document {id: $docId}) RETURN d.id', { docId });
      if (!found.records.length) return false;
      const candidates = await removeContribution(tx, docId);
      await tx.run('MATCH (d:Document {id: $docId}) DETACH DELETE d', { docId });
      await removeOrphans(tx, candidates);
      return true;
    });
  } finally {
    await session.close();
  }
}
