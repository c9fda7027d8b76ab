/** The viewer's only data source: POST /graphql. */
import { SCHEMA, propsSelection, summarySelection, type Label, type RelField } from './schema-map.ts';

export class ApiError extends Error {}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const operationName = /^\s*query\s+(\w+)/.exec(query)?.[1];
  const res = await fetch('graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables, operationName }),
  });
  const body = (await res.json().catch(() => ({}))) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new ApiError(body.errors?.map((e) => e.message).join('; ') ?? `HTTP ${res.status}`);
  return body.data;
}

export type NodeRecord = { id: string; name: string } & Record<string, unknown>;

export interface OverviewDistrict extends NodeRecord {
  level?: string;
  parents: { id: string }[];
  programmesConnection: { totalCount: number };
}

async function loadOverview(): Promise<OverviewDistrict[]> {
  const data = await gql<{ districts: OverviewDistrict[] }>(
    `query Overview { districts { id name level aliases parents { id } programmesConnection { totalCount } } }`,
  );
  return data.districts;
}

let early: Promise<OverviewDistrict[]> | undefined;

/** Sends the start view's request before the page is built; the next fetchOverview takes its answer. */
export function prefetchOverview(): void {
  early ??= loadOverview();
  early.catch(() => undefined); // a failure is reported by the fetchOverview that takes it
}

/** The start view: every district, its parent and how many programmes it runs. */
export function fetchOverview(): Promise<OverviewDistrict[]> {
  const answer = early ?? loadOverview();
  early = undefined;
  return answer;
}

export interface Neighbour {
  rel: RelField;
  node: NodeRecord;
  props: Record<string, unknown>;
}

export interface Neighbourhood {
  node: NodeRecord;
  neighbours: Neighbour[];
}

const PER_FIELD = 60;

const hoodCache = new Map<string, Promise<Neighbourhood | null>>();

/** A node with its scalars and every relationship (with provenance) up to PER_FIELD per kind; cached. */
export function fetchNeighbourhood(id: string, label: Label): Promise<Neighbourhood | null> {
  let pending = hoodCache.get(id);
  if (!pending) {
    pending = loadNeighbourhood(id, label);
    pending.catch(() => hoodCache.delete(id));
    hoodCache.set(id, pending);
  }
  return pending;
}

async function loadNeighbourhood(id: string, label: Label): Promise<Neighbourhood | null> {
  const info = SCHEMA[label];
  const rels = info.rels
    .map((rel) => `${rel.field}Connection(first: ${PER_FIELD}) { edges { properties { ${propsSelection(rel.props)} } node { ${summarySelection(rel.target)} } } }`)
    .join('\n');
  const query = `query Neighbourhood($id: ID!) { ${info.root}(where: { id: { eq: $id } }, limit: 1) { ${summarySelection(label)} ${info.detail.join(' ')} ${rels} } }`;
  const data = await gql<Record<string, Record<string, unknown>[]>>(query, { id });
  const raw = data[info.root]?.[0];
  if (!raw) return null;
  const neighbours: Neighbour[] = [];
  const node: NodeRecord = { id: String(raw.id), name: String(raw.name ?? raw.title ?? raw.id) };
  for (const [key, value] of Object.entries(raw)) {
    const rel = info.rels.find((r) => `${r.field}Connection` === key);
    if (!rel) {
      node[key] = value;
      continue;
    }
    const edges = (value as { edges: { properties: Record<string, unknown>; node: NodeRecord }[] }).edges;
    for (const e of edges) neighbours.push({ rel, node: e.node, props: e.properties ?? {} });
  }
  return { node, neighbours };
}

export async function fetchNode(id: string, label: Label): Promise<NodeRecord | null> {
  const info = SCHEMA[label];
  const data = await gql<Record<string, NodeRecord[]>>(
    `query Node($id: ID!) { ${info.root}(where: { id: { eq: $id } }, limit: 1) { ${summarySelection(label)} } }`,
    { id },
  );
  return data[info.root]?.[0] ?? null;
}

export interface SourceDocument {
  id: string;
  title: string;
  publishedAt?: string;
  text: string;
}

const documentCache = new Map<string, Promise<SourceDocument | null>>();

export function fetchDocument(id: string): Promise<SourceDocument | null> {
  let pending = documentCache.get(id);
  if (!pending) {
    pending = gql<{ documents: SourceDocument[] }>(
      `query Source($id: ID!) { documents(where: { id: { eq: $id } }, limit: 1) { id title publishedAt text } }`,
      { id },
    ).then((d) => d.documents[0] ?? null);
    documentCache.set(id, pending);
  }
  return pending;
}
