/**
 * Writes one document's extraction: one transaction per document, batched UNWIND writes.
 * Every relationship a document contributes carries its docId, so a changed document can
 * replace exactly its own contribution and an unchanged one is skipped.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { ENTITY_TYPES, RELATION_TYPES, type Entity, type Extraction, type Relation } from '../ingest/index.ts';

export type WriteOutcome = 'created' | 'replaced' | 'unchanged';

export interface WriteResult {
  docId: string;
  outcome: WriteOutcome;
  nodes: number;
  relationships: number;
}

/** Labels whose nodes outlive the documents that mention them (reference data). */
const PERMANENT_LABELS = new Set(['District', 'Theme']);
const NODE_LABELS = ENTITY_TYPES.filter((l) => l !== 'Document');
const WRITTEN_RELATIONS = RELATION_TYPES.filter((t) => t !== 'MENTIONED_IN' && t !== 'SIMILAR_TO');

type Props = Record<string, string | number | boolean | string[] | number[]>;

/**
 * The whole document in one statement, a static sub-query per label and per relationship type:
 * Neo4j plans it once for every document, and a document costs one round trip, not dozens.
 * Aliases accumulate across documents: an entity named differently elsewhere keeps both names.
 */
const WRITE_DOCUMENT_CYPHER = [
  // MERGE on the entity's own label, then add :Entity: nodes written by other means may lack it.
  'MERGE (d:Document {id: $docId}) SET d = $document, d:Entity',
  'WITH d',
  ...NODE_LABELS.map(
    (label) => `CALL (d) {
  UNWIND $nodes.${label} AS row
  MERGE (n:${label} {id: row.id})
  SET n:Entity
  WITH d, n, row, coalesce(n.aliases, []) AS old
  SET n += row.props
  SET n.aliases = reduce(acc = old, a IN row.props.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END)
  SET n.aliasText = reduce(s = '', a IN n.aliases | s + ' ' + a)
  MERGE (n)-[m:MENTIONED_IN {docId: $docId}]->(d)
  SET m.spanStarts = row.starts, m.spanEnds = row.ends
}`,
  ),
  ...WRITTEN_RELATIONS.map(
    (type) => `CALL () {
  UNWIND $relations.${type} AS row
  MATCH (a:Entity {id: row.from})
  MATCH (b:Entity {id: row.to})
  MERGE (a)-[r:${type} {docId: $docId}]->(b)
  SET r += row.props
}`,
  ),
  'RETURN d.id AS id',
].join('\n');

function nodeProperties(entity: Entity): Props {
  const props: Props = {};
  for (const [key, value] of Object.entries(entity)) {
    if (key === 'type' || key === 'mentions' || value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      if (value.every((v) => typeof v === 'string') || value.every((v) => typeof v === 'number')) props[key] = value as string[];
    } else if (typeof value !== 'object') props[key] = value;
  }
  // aliasText is derived in Cypher from the aliases accumulated across documents.
  props.aliases = entity.aliases ?? [];
  return props;
}

function relationshipProperties(rel: Relation, docId: string): Props {
  const props: Props = {
    docId,
    spanStarts: rel.evidence.map((s) => s.start),
    spanEnds: rel.evidence.map((s) => s.end),
  };
  if (rel.sentence) props.sentence = rel.sentence;
  for (const key of ['role', 'title', 'status', 'year'] as const) {
    const value = (rel as unknown as Record<string, unknown>)[key];
    if (typeof value === 'string' || typeof value === 'number') props[key] = value;
  }
  return props;
}

function documentProperties(extraction: Extraction): Props {
  const props: Props = {};
  for (const [key, value] of Object.entries(extraction.document)) {
    if (value !== undefined && value !== null) props[key] = value as string;
  }
  props.name = extraction.document.title;
  props.text ??= '';
  return props;
}

/** Parameters for WRITE_DOCUMENT_CYPHER: one list per label and per relationship type, empty ones included. */
function writeParameters(extraction: Extraction) {
  const docId = extraction.document.id;
  const nodes: Record<string, unknown[]> = Object.fromEntries(NODE_LABELS.map((l) => [l, []]));
  for (const e of extraction.entities) {
    if (e.type === 'Document') continue;
    nodes[e.type].push({ id: e.id, props: nodeProperties(e), starts: e.mentions.map((m) => m.start), ends: e.mentions.map((m) => m.end) });
  }
  const known = new Set([docId, ...extraction.entities.map((e) => e.id)]);
  const relations: Record<string, unknown[]> = Object.fromEntries(WRITTEN_RELATIONS.map((t) => [t, []]));
  let relationCount = 0;
  for (const r of extraction.relations) {
    if (!(r.type in relations) || !known.has(r.from) || !known.has(r.to)) continue;
    relations[r.type].push({ from: r.from, to: r.to, props: relationshipProperties(r, docId) });
    relationCount += 1;
  }
  return { params: { docId, document: documentProperties(extraction), nodes, relations }, relationCount };
}

async function removeContribution(tx: ManagedTransaction, docId: string): Promise<void> {
  await tx.run('MATCH ()-[r {docId: $docId}]->() DELETE r', { docId });
  await tx.run('MATCH (t:Target {docId: $docId}) DETACH DELETE t', { docId });
}

/** Nodes no document mentions any more; reference data stays. */
async function removeOrphans(tx: ManagedTransaction): Promise<void> {
  const labels = NODE_LABELS.filter((l) => !PERMANENT_LABELS.has(l));
  await tx.run(`MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) AND NOT (n)-[:MENTIONED_IN]->() DETACH DELETE n`, { labels });
}

/**
 * The stored hash (with the extractor's fingerprint) of this document, and earlier versions stored from the same file whose
 * content has since changed (document ids follow content).
 */
async function previousState(tx: ManagedTransaction, docId: string, sourcePath: string | undefined) {
  const result = await tx.run(
    `OPTIONAL MATCH (same:Document {id: $docId})
     OPTIONAL MATCH (old:Document {sourcePath: $sourcePath}) WHERE old.id <> $docId
     RETURN same.contentHash + '|' + coalesce(same.extractor, '') AS hash, collect(old.id) AS earlier`,
    { docId, sourcePath: sourcePath ?? null },
  );
  const record = result.records[0];
  return { hash: record.get('hash') as string | null, earlier: record.get('earlier') as string[] };
}

/** Stores one document's extraction atomically; an unchanged document (same content hash) is skipped. */
export async function writeExtraction(driver: Driver, extraction: Extraction, database?: string): Promise<WriteResult> {
  const { document } = extraction;
  const session = driver.session({ database });
  try {
    return await session.executeWrite(async (tx) => {
      const previous = await previousState(tx, document.id, document.sourcePath);
      // Unchanged means the same bytes read by the same extractor.
      if (previous.hash === `${document.contentHash}|${document.extractor ?? ''}`) {
        return { docId: document.id, outcome: 'unchanged' as const, nodes: 0, relationships: 0 };
      }
      const replaced = [...previous.earlier, ...(previous.hash !== null ? [document.id] : [])];
      for (const id of replaced) await removeContribution(tx, id);
      for (const id of previous.earlier) await tx.run('MATCH (d:Document {id: $id}) DETACH DELETE d', { id });
      const { params, relationCount } = writeParameters(extraction);
      await tx.run(WRITE_DOCUMENT_CYPHER, params);
      if (replaced.length) await removeOrphans(tx);
      const nodes = extraction.entities.filter((e) => e.type !== 'Document').length + 1;
      return { docId: document.id, outcome: replaced.length ? ('replaced' as const) : ('created' as const), nodes, relationships: relationCount };
    });
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
      await removeContribution(tx, docId);
      await tx.run('MATCH (d:Document {id: $docId}) DETACH DELETE d', { docId });
      await removeOrphans(tx);
      return true;
    });
  } finally {
    await session.close();
  }
}
