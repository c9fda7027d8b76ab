/**
 * What is drawn: the overview, a focused neighbourhood, expansions and collapses.
 * Node ids are the graph's ids; edge ids are `REL:source->target`, so a relationship seen from
 * either end is drawn once.
 */
import cytoscape from 'cytoscape';
import { fetchNeighbourhood, fetchNode, fetchOverview, type Neighbour, type NodeRecord } from './api.ts';
import { lang, relName, t } from './i18n.ts';
import { runLayout, seedAround } from './layout.ts';
import { labelOfId, type Label } from './schema-map.ts';
import { LARGE_GRAPH, labelBox, NORMAL, stylesheet, type Theme } from './style.ts';
import { layoutRings, RING_THRESHOLD } from './rings.ts';

let theme: Theme = NORMAL;
let large = false;

/** Switches to the cheaper edge style when the drawing becomes large (and back). */
function fitStyleToSize(cy: cytoscape.Core): void {
  const nowLarge = cy.elements().length > LARGE_GRAPH;
  if (nowLarge !== large) {
    large = nowLarge;
    cy.style(stylesheet(theme, large));
    // while the user pans or zooms a large graph, move a cached bitmap instead of redrawing it
    const renderer = (cy as unknown as { renderer(): { textureOnViewport: boolean } }).renderer();
    renderer.textureOnViewport = large;
  }
}

/**
 * Runs a change with drawing held back (one open batch) until it is laid out: rendering
 * thousands of new nodes piled at the origin, before the layout has placed them, only costs time.
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
  return cytoscape({
    container,
    style: stylesheet(theme),
    minZoom: 0.05,
    maxZoom: 6,
    boxSelectionEnabled: false,
    // large graphs: draw a cached bitmap while panning and zooming
    textureOnViewport: false,
    hideEdgesOnViewport: false,
    pixelRatio: 'auto',
  });
}

/** The text drawn inside a node: its name, in English for themes when the interface is English. */
function caption(data: Record<string, unknown>): string {
  const name = lang() === 'en' && data.nameEn ? String(data.nameEn) : String(data.name ?? data.id);
  if (data.label === 'District' && typeof data.programmeCount === 'number' && data.programmeCount > 0) {
    return `${name}\n${data.programmeCount} ${t('programmes')}`;
  }
  return name.length > 60 ? name.slice(0, 60) + '…' : name;
}

function nodeData(label: Label, rec: NodeRecord, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const data: Record<string, unknown> = { ...rec, ...extra, label };
  if (label === 'Programme') {
    data.districts = ((rec.districts as { id: string }[] | undefined) ?? []).map((d) => d.id);
    data.themes = ((rec.themes as { id: string }[] | undefined) ?? []).map((d) => d.id);
  }
  return { ...data, ...labelBox(label, caption(data), theme, Number(data.scale ?? 1)) };
}

export function edgeId(rel: string, source: string, target: string): string {
  return `${rel}:${source}->${target}`;
}

function addNode(cy: cytoscape.Core, label: Label, rec: NodeRecord, extra?: Record<string, unknown>): cytoscape.NodeSingular | null {
  const existing = cy.getElementById(rec.id);
  if (existing.nonempty()) return null;
  return cy.add({ group: 'nodes', data: nodeData(label, rec, extra) });
}

function addEdge(cy: cytoscape.Core, self: string, n: Neighbour): void {
  const [source, target] = n.rel.dir === 'OUT' ? [self, n.node.id] : [n.node.id, self];
  const id = edgeId(n.rel.rel, source, target);
  if (cy.getElementById(id).nonempty()) return;
  cy.add({ group: 'edges', data: { id, source, target, rel: n.rel.rel, relLabel: relName(n.rel.rel), ...n.props } });
}

/** Overview: every district with the number of programmes it runs, joined to its parent. */
export async function showOverview(cy: cytoscape.Core): Promise<void> {
  const districts = await fetchOverview();
  performance.mark('kg:data');
  await held(cy, async () => {
    cy.elements().remove();
    // type grows with the number of programmes: the busy districts read first
    const most = Math.max(1, ...districts.map((d) => d.programmesConnection.totalCount));
    cy.batch(() => {
      for (const d of districts) {
        const count = d.programmesConnection.totalCount;
        addNode(cy, 'District', d, { programmeCount: count, scale: 1 + 0.5 * Math.sqrt(count / most) });
      }
      for (const d of districts) {
        for (const p of d.parents) {
          if (cy.getElementById(p.id).nonempty())
            cy.add({
              group: 'edges',
              data: { id: edgeId('PART_OF', d.id, p.id), source: d.id, target: p.id, rel: 'PART_OF', relLabel: relName('PART_OF') },
            });
        }
      }
    });
    performance.mark('kg:added');
    fitStyleToSize(cy);
    await runLayout(cy, true);
  });
  performance.mark('kg:laid-out');
}

/** Nodes each expansion added, so that a collapse removes exactly those (unless still needed). */
const addedBy = new Map<string, Set<string>>();

export function isExpanded(id: string): boolean {
  return addedBy.has(id);
}
export function expandedIds(): string[] {
  return [...addedBy.keys()];
}

/** Focus: one node and its neighbours, laid out afresh. */
export async function showFocus(cy: cytoscape.Core, id: string): Promise<boolean> {
  const label = labelOfId(id) ?? (cy.getElementById(id).data('label') as Label | undefined);
  if (!label) return false;
  const hood = await fetchNeighbourhood(id, label);
  if (!hood) return false;
  await held(cy, async () => {
    cy.elements().remove();
    addedBy.clear();
    cy.batch(() => {
      addNode(cy, label, hood.node, { scale: 1.35 });
      addNeighbours(cy, hood.node.id, hood.neighbours);
    });
    addedBy.set(id, new Set(hood.neighbours.map((n) => n.node.id)));
    cy.getElementById(id).addClass('focus');
    fitStyleToSize(cy);
    if (hood.neighbours.length > RING_THRESHOLD) layoutRings(cy, id);
    else await runLayout(cy, true);
  });
  return true;
}

function addNeighbours(cy: cytoscape.Core, self: string, neighbours: Neighbour[]): cytoscape.NodeCollection {
  let added: cytoscape.NodeCollection = cy.collection();
  for (const n of neighbours) {
    const node = addNode(cy, n.rel.target, n.node);
    if (node) added = added.union(node);
    addEdge(cy, self, n);
  }
  return added;
}

/** Adds a node's neighbours next to it; what was already drawn stays where it is. */
export async function expand(cy: cytoscape.Core, id: string): Promise<void> {
  const node = cy.getElementById(id);
  const label = node.data('label') as Label | undefined;
  if (!label || addedBy.has(id)) return;
  const hood = await fetchNeighbourhood(id, label);
  if (!hood) return;
  await held(cy, async () => {
    const added = addNeighbours(cy, id, hood.neighbours);
    seedAround(node, added);
    addedBy.set(id, new Set(added.map((n) => n.id())));
    fitStyleToSize(cy);
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
  theme = next;
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      n.data(labelBox(n.data('label') as Label, caption(n.data()), theme, Number(n.data('scale') ?? 1)));
    });
    cy.edges().forEach((e) => {
      e.data('relLabel', relName(String(e.data('rel'))));
    });
  });
  cy.style(stylesheet(theme, large));
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
}
export interface DrawEdge {
  rel: string;
  source: string;
  target: string;
}

/** Replaces the drawing with given nodes and edges (the comparison view). */
export async function showElements(cy: cytoscape.Core, nodes: DrawNode[], edges: DrawEdge[]): Promise<void> {
  await held(cy, async () => {
    cy.elements().remove();
    addedBy.clear();
    cy.batch(() => {
      for (const n of nodes) addNode(cy, n.label, n.rec);
      for (const e of edges) {
        const id = edgeId(e.rel, e.source, e.target);
        if (cy.getElementById(id).empty() && cy.getElementById(e.source).nonempty() && cy.getElementById(e.target).nonempty()) {
          cy.add({ group: 'edges', data: { id, source: e.source, target: e.target, rel: e.rel, relLabel: relName(e.rel) } });
        }
      }
    });
    fitStyleToSize(cy);
    await runLayout(cy, true);
  });
}
