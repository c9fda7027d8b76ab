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
const LABELS = new Set<string>(ENTITY_TYPES);
const REL_TYPES = new Set<string>(RELATION_TYPES);

type Props = Record<string, string | number | boolean | string[] | number[]>;

function nodeProperties(entity: Entity): Props {
  const props: Props = {};
  for (const [key, value] of Object.entries(entity)) {
    if (key === 'type' || key === 'mentions' || value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      if (value.every((v) => typeof v === 'string') || value.every((v) => typeof v === 'number')) props[key] = value as string[];
    } else if (typeof value !== 'object') props[key] = value;
  }
  const aliases = entity.aliases ?? [];
  props.aliases = aliases;
  props.aliasText = aliases.join(' ');
  return props;
}

function relationshipProperties(rel: Relation, docId: string): Props {
  const props: Props = {
    docId,
    spanStarts: rel.evidence.map((s) => s.start),
    spanEnds: rel.evidence.map((s) => s.end),
  };
  if (rel.sentence) props.sentence = rel.sentence;
  for (const key of ['role', 'title', 'status', 'year', 'score'] as const) {
    const value = (rel as unknown as Record<string, unknown>)[key];
    if (typeof value === 'string' || typeof value === 'number') props[key] = value;
  }
  return props;
}

function assertLabel(label: string): string {
  if (!LABELS.has(label)) throw new Error(`unknown label ${label}`);
  return label;
}

/** Groups items by a key without losing insertion order. */
function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

async function removeContribution(tx: ManagedTransaction, docId: string): Promise<void> {
  await tx.run('MATCH ()-[r {docId: $docId}]->() DELETE r', { docId });
  await tx.run('MATCH (t:Target {docId: $docId}) DETACH DELETE t', { docId });
}

/** Documents stored earlier from the same file whose content has since changed (ids follow content). */
async function earlierVersions(tx: ManagedTransaction, sourcePath: string | undefined, docId: string): Promise<string[]> {
  if (!sourcePath) return [];
  const result = await tx.run('MATCH (d:Document {sourcePath: $sourcePath}) WHERE d.id <> $docId RETURN d.id AS id', { sourcePath, docId });
  return result.records.map((r) => r.get('id') as string);
}

/** Nodes no document mentions any more; reference data stays. */
async function removeOrphans(tx: ManagedTransaction): Promise<void> {
  const labels = ENTITY_TYPES.filter((l) => !PERMANENT_LABELS.has(l) && l !== 'Document');
  await tx.run(
    `MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) AND NOT (n)-[:MENTIONED_IN]->() DETACH DELETE n`,
    { labels },
  );
}

async function writeNodes(tx: ManagedTransaction, extraction: Extraction): Promise<number> {
  const { document } = extraction;
  const docProps: Props = {};
  for (const [key, value] of Object.entries(document)) {
    if (key !== 'text' && value !== undefined && value !== null) docProps[key] = value as string;
  }
  docProps.name = document.title;
  await tx.run('MERGE (d:Document:Entity {id: $id}) SET d = $props', { id: document.id, props: { ...docProps, text: document.text ?? '' } });
  const entities = extraction.entities.filter((e) => e.type !== 'Document');
  // One static query per label: Neo4j plans each once, and per-row procedure calls would cost more.
  for (const [label, group] of groupBy(entities, (e) => e.type)) {
    const rows = group.map((e) => ({
      id: e.id,
      props: nodeProperties(e),
      starts: e.mentions.map((m) => m.start),
      ends: e.mentions.map((m) => m.end),
    }));
    // Aliases accumulate across documents: an entity named differently elsewhere keeps both names.
    await tx.run(
      `MATCH (d:Document {id: $docId})
     UNWIND $rows AS row
     MERGE (n:${assertLabel(label)}:Entity {id: row.id})
     WITH d, n, row, coalesce(n.aliases, []) AS old
     SET n += row.props
     SET n.aliases = reduce(acc = old, a IN row.props.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END)
     SET n.aliasText = reduce(s = '', a IN n.aliases | s + ' ' + a)
     MERGE (n)-[m:MENTIONED_IN {docId: $docId}]->(d)
     SET m.spanStarts = row.starts, m.spanEnds = row.ends`,
      { rows, docId: document.id },
    );
  }
  return entities.length + 1;
}

async function writeRelationships(tx: ManagedTransaction, extraction: Extraction, known: Set<string>): Promise<number> {
  const docId = extraction.document.id;
  const relations = extraction.relations.filter((r) => r.type !== 'MENTIONED_IN' && known.has(r.from) && known.has(r.to));
  for (const [type, group] of groupBy(relations, (r) => r.type)) {
    if (!REL_TYPES.has(type)) throw new Error(`unknown relationship type ${type}`);
    const rows = group.map((r) => ({ from: r.from, to: r.to, props: relationshipProperties(r, docId) }));
    await tx.run(
      `UNWIND $rows AS row
       MATCH (a:Entity {id: row.from})
       MATCH (b:Entity {id: row.to})
       MERGE (a)-[r:${type} {docId: $docId}]->(b)
       SET r += row.props`,
      { rows, docId },
    );
  }
  return relations.length;
}

/** Stores one document's extraction atomically; an unchanged document (same content hash) is skipped. */
export async function writeExtraction(driver: Driver, extraction: Extraction, database?: string): Promise<WriteResult> {
  const { document } = extraction;
  const session = driver.session({ database });
  try {
    return await session.executeWrite(async (tx) => {
      const existing = await tx.run('MATCH (d:Document {id: $id}) RETURN d.contentHash AS hash', { id: document.id });
      const previousHash = existing.records[0]?.get('hash') as string | undefined;
      if (previousHash === document.contentHash) {
        return { docId: document.id, outcome: 'unchanged' as const, nodes: 0, relationships: 0 };
      }
      const replaced = await earlierVersions(tx, document.sourcePath, document.id);
      if (previousHash !== undefined) replaced.push(document.id);
      for (const id of replaced) await removeContribution(tx, id);
      for (const id of replaced.filter((id) => id !== document.id)) {
        await tx.run('MATCH (d:Document {id: $id}) DETACH DELETE d', { id });
      }
      const known = new Set([document.id, ...extraction.entities.map((e) => e.id)]);
      const nodes = await writeNodes(tx, extraction);
      const relationships = await writeRelationships(tx, extraction, known);
      if (replaced.length) await removeOrphans(tx);
      return { docId: document.id, outcome: replaced.length ? ('replaced' as const) : ('created' as const), nodes, relationships };
    });
  } finally {
    await session.close();
  }
}
