/**
 * What is drawn: the overview, a focused neighbourhood, expansions and collapses.
 * Node ids are the graph's ids; edge ids are `REL:source->target`, so a relationship seen from
 * either end is drawn once.
 */
import cytoscape from 'cytoscape';
import { fetchNeighbourhood, fetchNode, fetchOverview, type Neighbour, type NodeRecord } from './api.ts';
import { currentTheme, prepareFor, setTheme, watchZoom } from './detail.ts';
import { lang, relName, t } from './i18n.ts';
import { layoutPositions, runLayout, seedAround } from './layout.ts';
import type { Positions } from './layout-types.ts';
import { labelOfId, type Label } from './schema-map.ts';
import { labelBox, stylesheet, type Theme } from './style.ts';
import { layoutRings, RING_THRESHOLD } from './rings.ts';
import { fitView, limitsOf, viewFor } from './viewport.ts';

type NodeJson = { group: 'nodes'; data: Record<string, unknown> & { id: string; w: number; h: number }; classes?: string };
/** Arranges a drawing itself from node sizes, or declines (null) and leaves it to the layout. */
export type Placer = (size: (id: string) => { w: number; h: number }) => Positions | null;
type EdgeJson = { group: 'edges'; data: Record<string, unknown> & { id: string; source: string; target: string }; classes: string };

/**
 * Runs a change with drawing held back (one open batch) until it is laid out: rendering
 * new nodes piled where they were added, before the layout has placed them, only costs time.
 */
async function held<T>(cy: cytoscape.Core, change: () => Promise<T>): Promise<T> {
  cy.startBatch();
  try {
    return await change();
  } finally {
    cy.endBatch();
  }
}

export function createCy(container: HTMLElement): cytoscape.Core {
  const cy = cytoscape({
    container,
    style: stylesheet(currentTheme()),
    minZoom: 0.05,
    maxZoom: 6,
    boxSelectionEnabled: false,
    // detail.ts turns this on for large graphs: a cached bitmap moves while they are panned
    textureOnViewport: false,
    hideEdgesOnViewport: false,
    pixelRatio: 'auto',
  });
  watchZoom(cy);
  return cy;
}

/** The text drawn inside a node: its name, in English for themes when the interface is English. */
function caption(data: Record<string, unknown>): string {
  const name = lang() === 'en' && data.nameEn ? String(data.nameEn) : String(data.name ?? data.id);
  if (data.label === 'District' && typeof data.programmeCount === 'number' && data.programmeCount > 0) {
    return `${name}\n${data.programmeCount} ${t('programmes')}`;
  }
  // programmes of the same kind in other districts often share a name: say whose each one is
  const runners = data.withDistrict ? (data.districtNames as string[] | undefined) ?? [] : [];
  if (runners.length) return `${name.length > 40 ? name.slice(0, 40) + '…' : name}\n${runners.join('、')}`;
  return name.length > 60 ? name.slice(0, 60) + '…' : name;
}

function nodeData(label: Label, rec: NodeRecord, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const data: Record<string, unknown> = { ...rec, ...extra, label };
  if (label === 'Programme') {
    const runners = (rec.districts as { id: string; name?: string }[] | undefined) ?? [];
    data.districts = runners.map((d) => d.id);
    data.districtNames = runners.map((d) => d.name ?? d.id);
    data.themes = ((rec.themes as { id: string }[] | undefined) ?? []).map((d) => d.id);
  }
  return { ...data, ...labelBox(label, caption(data), currentTheme(), Number(data.scale ?? 1)) };
}

export function edgeId(rel: string, source: string, target: string): string {
  return `${rel}:${source}->${target}`;
}

// The label (nodes) and the relationship (edges) are also classes: the stylesheet selects on
// classes, which Cytoscape matches much faster than data ([label = "…"]) when styling thousands.
function nodeJson(label: Label, rec: NodeRecord, extra?: Record<string, unknown>): NodeJson {
  return { group: 'nodes', data: nodeData(label, rec, extra) as NodeJson['data'], classes: label };
}

function edgeJson(rel: string, source: string, target: string, props: Record<string, unknown> = {}): EdgeJson {
  return { group: 'edges', data: { id: edgeId(rel, source, target), source, target, rel, relLabel: relName(rel), ...props }, classes: rel };
}

function neighbourEdge(self: string, n: Neighbour): EdgeJson {
  const [source, target] = n.rel.dir === 'OUT' ? [self, n.node.id] : [n.node.id, self];
  return edgeJson(n.rel.rel, source, target, n.props);
}

function addNode(cy: cytoscape.Core, label: Label, rec: NodeRecord, extra?: Record<string, unknown>): cytoscape.NodeSingular | null {
  if (cy.getElementById(rec.id).nonempty()) return null;
  return cy.add(nodeJson(label, rec, extra));
}

/** One node per id and one edge per id, and no edge whose ends are missing. */
function distinct(nodes: NodeJson[], edges: EdgeJson[]): { nodes: NodeJson[]; edges: EdgeJson[] } {
  const firstOf = <T extends { data: { id: string } }>(items: T[]) => {
    const byId = new Map<string, T>();
    for (const item of items) if (!byId.has(item.data.id)) byId.set(item.data.id, item);
    return byId;
  };
  const nodeById = firstOf(nodes);
  const drawable = edges.filter((e) => nodeById.has(e.data.source) && nodeById.has(e.data.target));
  return { nodes: [...nodeById.values()], edges: [...firstOf(drawable).values()] };
}

/**
 * Replaces the drawing. The new elements are laid out before they exist in Cytoscape and then
 * added at their places in one call: no element is styled, measured or moved twice.
 */
async function drawFresh(cy: cytoscape.Core, all: { nodes: NodeJson[]; edges: EdgeJson[] }, place?: Placer | { rings: string }): Promise<void> {
  const { nodes, edges } = distinct(all.nodes, all.edges);
  addedBy.clear();
  const count = nodes.length + edges.length;
  if (place && 'rings' in place) {
    cy.batch(() => {
      cy.elements().remove();
      cy.add([...nodes, ...edges]);
      layoutRings(cy, place.rings);
      fitView(cy, cy.nodes());
      prepareFor(cy, count, cy.zoom());
    });
    return;
  }
  const sizes = new Map(nodes.map((n) => [n.data.id, { w: n.data.w, h: n.data.h }]));
  const positions = (typeof place === 'function' && place((id) => sizes.get(id) ?? { w: 0, h: 0 })) || (await layoutPositions({
    fresh: true,
    nodes: nodes.map((n) => ({ id: n.data.id, w: n.data.w, h: n.data.h })),
    edges: edges.map((e) => ({ id: e.data.id, source: e.data.source, target: e.data.target })),
  }));
  performance.mark('kg:laid-out');
  const view = viewFor(nodes.map((n) => ({ ...positions[n.data.id], w: n.data.w, h: n.data.h })), cy.width(), cy.height(), limitsOf(cy));
  cy.batch(() => {
    cy.elements().remove();
    prepareFor(cy, count, view.zoom);
    cy.add([...nodes.map((n) => ({ ...n, position: positions[n.data.id], scratch: { placed: true } })), ...edges]);
    cy.viewport(view);
  });
}

/** Overview: every district with the number of programmes it runs, joined to its parent. */
export async function showOverview(cy: cytoscape.Core): Promise<void> {
  const districts = await fetchOverview();
  performance.mark('kg:data');
  // type grows with the number of programmes: the busy districts read first
  const most = Math.max(1, ...districts.map((d) => d.programmesConnection.totalCount));
  const nodes = districts.map((d) => {
    const count = d.programmesConnection.totalCount;
    return nodeJson('District', d, { programmeCount: count, scale: 1 + 0.5 * Math.sqrt(count / most) });
  });
  const edges = districts.flatMap((d) => d.parents.map((p) => edgeJson('PART_OF', d.id, p.id)));
  await drawFresh(cy, { nodes, edges });
  performance.mark('kg:drawn');
}

/** A programme reached by similarity is drawn without its district: its caption names it. */
function withoutItsDistrict(n: Neighbour): Record<string, unknown> | undefined {
  return n.rel.rel === 'SIMILAR_TO' ? { withDistrict: true } : undefined;
}

/** Nodes each expansion added, so that a collapse removes exactly those (unless still needed). */
const addedBy = new Map<string, Set<string>>();

export function isExpanded(id: string): boolean {
  return addedBy.has(id);
}

/** Focus: one node and its neighbours, laid out afresh (on rings when they are many). */
export async function showFocus(cy: cytoscape.Core, id: string): Promise<boolean> {
  const label = labelOfId(id) ?? (cy.getElementById(id).data('label') as Label | undefined);
  if (!label) return false;
  const hood = await fetchNeighbourhood(id, label);
  if (!hood) return false;
  const nodes = [
    { ...nodeJson(label, hood.node, { scale: 1.35 }), classes: `${label} focus` },
    ...hood.neighbours.map((n) => nodeJson(n.rel.target, n.node, withoutItsDistrict(n))),
  ];
  const edges = hood.neighbours.map((n) => neighbourEdge(hood.node.id, n));
  await drawFresh(cy, { nodes, edges }, hood.neighbours.length > RING_THRESHOLD ? { rings: id } : undefined);
  addedBy.set(id, new Set(hood.neighbours.map((n) => n.node.id)));
  return true;
}

/** Adds a node's neighbours next to it; what was already drawn stays where it is. */
export async function expand(cy: cytoscape.Core, id: string): Promise<void> {
  const node = cy.getElementById(id);
  const label = node.data('label') as Label | undefined;
  if (!label || addedBy.has(id)) return;
  const hood = await fetchNeighbourhood(id, label);
  if (!hood) return;
  await held(cy, async () => {
    let added: cytoscape.NodeCollection = cy.collection();
    for (const n of hood.neighbours) {
      const newNode = addNode(cy, n.rel.target, n.node, withoutItsDistrict(n));
      if (newNode) added = added.union(newNode);
      const edge = neighbourEdge(id, n);
      if (cy.getElementById(edge.data.id).empty()) cy.add(edge);
    }
    seedAround(node, added);
    addedBy.set(id, new Set(added.map((n) => n.id())));
    prepareFor(cy, cy.elements().length, cy.zoom());
    if (added.nonempty()) await runLayout(cy, false);
  });
}

/** Removes what expanding this node added, except nodes another drawn node still links to. */
export function collapse(cy: cytoscape.Core, id: string): void {
  const added = addedBy.get(id);
  addedBy.delete(id);
  if (!added) return;
  const keep = new Set<string>([id, ...addedBy.keys()]);
  cy.batch(() => {
    for (const other of added) {
      if (keep.has(other)) continue;
      const node = cy.getElementById(other);
      const linkedElsewhere = node
        .neighborhood()
        .nodes()
        .filter((n) => n.id() !== id && !added.has(n.id()))
        .nonempty();
      if (!linkedElsewhere) node.remove();
    }
  });
}

/** A node not drawn yet (e.g. a search hit), added on its own. */
export async function ensureNode(cy: cytoscape.Core, id: string, label: Label): Promise<void> {
  if (cy.getElementById(id).nonempty()) return;
  const rec = await fetchNode(id, label);
  if (rec) addNode(cy, label, rec);
}

/** Re-wraps and re-sizes every label: after a language or palette change. */
export function restyle(cy: cytoscape.Core, next: Theme): void {
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const groupCaption = groupCaptions.get(n.id());
      if (groupCaption) n.data({ name: groupCaption(), display: groupCaption() });
      else n.data(labelBox(n.data('label') as Label, caption(n.data()), next, Number(n.data('scale') ?? 1)));
    });
    cy.edges().forEach((e) => {
      e.data('relLabel', relName(String(e.data('rel'))));
    });
    setTheme(cy, next);
  });
}

/** Hovering a node fades everything but it and its neighbours. */
export function installHover(cy: cytoscape.Core): void {
  cy.on('mouseover', 'node', (ev) => {
    const hood = (ev.target as cytoscape.NodeSingular).closedNeighborhood();
    cy.batch(() => {
      cy.elements().not(hood).addClass('faded');
      hood.addClass('highlight');
    });
  });
  cy.on('mouseout', 'node', () => {
    cy.batch(() => cy.elements().removeClass('faded highlight'));
  });
}

export interface DrawNode {
  label: Label;
  rec: NodeRecord;
  /** the id of a DrawGroup that contains it */
  parent?: string;
}
/** a titled box around some nodes (a Cytoscape compound node); not an entity of the graph */
export interface DrawGroup {
  id: string;
  /** called again after a language change */
  caption: () => string;
}
const groupCaptions = new Map<string, () => string>();
export interface DrawEdge {
  rel: string;
  source: string;
  target: string;
}

/** Replaces the drawing with given nodes and edges (the comparison view); `place` may arrange them itself. */
export async function showElements(cy: cytoscape.Core, nodes: DrawNode[], edges: DrawEdge[], place?: Placer, groups: DrawGroup[] = []): Promise<void> {
  groupCaptions.clear();
  for (const g of groups) groupCaptions.set(g.id, g.caption);
  const boxes: NodeJson[] = groups.map((g) => ({ group: 'nodes', data: { id: g.id, name: g.caption(), display: g.caption(), w: 0, h: 0 }, classes: 'group' }));
  const members = nodes.map((n) => {
    const json = nodeJson(n.label, n.rec);
    if (n.parent) json.data.parent = n.parent;
    return json;
  });
  await drawFresh(cy, { nodes: [...boxes, ...members], edges: edges.map((e) => edgeJson(e.rel, e.source, e.target)) }, place);
}

/** A box drawn around other nodes (see DrawGroup), not an entity: no panel, no expansion, no tour stop. */
export const isGroup = (node: cytoscape.NodeSingular): boolean => node.hasClass('group');
