/** An extraction as the parameters of graph/write.ts's document statement. */
import { ENTITY_TYPES, RELATION_TYPES, type Entity, type Extraction, type Relation } from '../ingest/index.ts';

export const NODE_LABELS = ENTITY_TYPES.filter((l) => l !== 'Document');
const WRITTEN_RELATIONS = new Set<string>(RELATION_TYPES.filter((t) => t !== 'MENTIONED_IN' && t !== 'SIMILAR_TO'));

type Props = Record<string, string | number | boolean | string[] | number[]>;

interface NodeRow {
  id: string;
  props: Props;
  aliases: string[];
  starts: number[];
  ends: number[];
}

interface RelationRow {
  type: string;
  /** positions in the statement's node list: the document first, then each label's rows in order */
  from: number;
  to: number;
  starts: number[];
  ends: number[];
  /** position in the document's list of distinct sentences: relations often share one */
  sentence?: number;
  extra: Props;
}

function nodeProperties(entity: Entity): Props {
  const props: Props = {};
  for (const [key, value] of Object.entries(entity)) {
    // aliases accumulate across documents in Cypher; aliasText is derived from them there.
    if (key === 'type' || key === 'mentions' || key === 'aliases' || value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      if (value.every((v) => typeof v === 'string') || value.every((v) => typeof v === 'number')) props[key] = value as string[];
    } else if (typeof value !== 'object') props[key] = value;
  }
  return props;
}

/** What only some relationships carry (docId, spans and sentence are set by the statement). */
function extraProperties(rel: Relation): Props {
  const props: Props = {};
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

/**
 * One list of rows per label, each sorted by id so that concurrent documents lock shared nodes
 * in the same order, and one list of relationships. An entity or relationship named twice is
 * written once, later properties winning, as MERGE did.
 */
export function writeParameters(extraction: Extraction) {
  const docId = extraction.document.id;
  const byId = new Map<string, { label: string; row: NodeRow }>();
  for (const e of extraction.entities) {
    if (e.type === 'Document') continue;
    byId.set(e.id, {
      label: e.type,
      row: { id: e.id, props: nodeProperties(e), aliases: e.aliases ?? [], starts: e.mentions.map((m) => m.start), ends: e.mentions.map((m) => m.end) },
    });
  }
  const nodes: Record<string, NodeRow[]> = Object.fromEntries(NODE_LABELS.map((l) => [l, []]));
  for (const { label, row } of byId.values()) nodes[label].push(row);
  const nodeIds = [docId];
  for (const label of NODE_LABELS) {
    nodes[label].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    nodeIds.push(...nodes[label].map((r) => r.id));
  }
  const position = new Map(nodeIds.map((id, i) => [id, i]));
  const sentences = new Map<string, number>();
  const relations = new Map<string, RelationRow>();
  for (const r of extraction.relations) {
    const from = position.get(r.from);
    const to = position.get(r.to);
    if (!WRITTEN_RELATIONS.has(r.type) || from === undefined || to === undefined) continue;
    const key = `${r.type}|${from}|${to}`;
    const earlier = relations.get(key);
    let sentence = r.sentence ? sentences.get(r.sentence) : undefined;
    if (r.sentence && sentence === undefined) sentences.set(r.sentence, (sentence = sentences.size));
    relations.set(key, {
      type: r.type,
      from,
      to,
      starts: r.evidence.map((s) => s.start),
      ends: r.evidence.map((s) => s.end),
      sentence: sentence ?? earlier?.sentence,
      extra: { ...earlier?.extra, ...extraProperties(r) },
    });
  }
  return {
    params: { docId, document: documentProperties(extraction), nodes, relations: [...relations.values()], sentences: [...sentences.keys()], nodeIds },
    nodeCount: nodeIds.length,
    relationCount: relations.size,
  };
}
