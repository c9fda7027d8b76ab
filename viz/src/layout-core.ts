/**
 * fcose on a headless Cytoscape: the same code runs in the layout worker (so the page stays
 * responsive while a large graph is laid out) and, if workers are unavailable, on the main thread.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

cytoscape.use(fcose);

export interface LayoutNode {
  id: string;
  w: number;
  h: number;
  /** current position; with `fixed` it is kept exactly */
  x?: number;
  y?: number;
  fixed?: boolean;
}
export interface LayoutRequest {
  nodes: LayoutNode[];
  edges: { id: string; source: string; target: string }[];
  /** true: lay out from scratch; false: keep what has a position near where it is */
  fresh: boolean;
}
export type Positions = Record<string, { x: number; y: number }>;

/** Above this many nodes fcose runs its spectral step only: seconds instead of minutes at 5,000 elements. */
export const DRAFT_ABOVE = 1200;
/** Above this many nodes the force-directed refinement gets fewer iterations. */
const FEWER_ITERATIONS_ABOVE = 300;

export function computePositions(req: LayoutRequest): Positions {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)', label: '' } }],
    elements: [
      ...req.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, w: n.w, h: n.h }, position: n.x === undefined ? undefined : { x: n.x, y: n.y ?? 0 } })),
      ...req.edges.map((e) => ({ group: 'edges' as const, data: e })),
    ],
  });
  const n = req.nodes.length;
  const fixed = req.fresh ? [] : req.nodes.filter((x) => x.fixed && x.x !== undefined).map((x) => ({ nodeId: x.id, position: { x: x.x!, y: x.y! } }));
  const options = {
    name: 'fcose',
    quality: req.fresh && n > DRAFT_ABOVE ? 'draft' : 'default',
    randomize: req.fresh,
    animate: false,
    fit: false,
    nodeDimensionsIncludeLabels: false, // labels sit inside nodes already sized to them
    uniformNodeDimensions: false,
    packComponents: true,
    // strong repulsion: label-sized nodes around a hub of 100+ neighbours must not pile up
    nodeRepulsion: () => 150000,
    idealEdgeLength: (edge: cytoscape.EdgeSingular) => 50 + (Number(edge.source().data('w')) + Number(edge.target().data('w'))) / 6,
    edgeElasticity: () => 0.45,
    nestingFactor: 0.1,
    gravity: 0.1,
    numIter: n > FEWER_ITERATIONS_ABOVE ? 1000 : 2500,
    tile: true,
    tilingPaddingVertical: 20,
    tilingPaddingHorizontal: 20,
    nodeSeparation: 90,
    fixedNodeConstraint: fixed.length ? fixed : undefined,
  };
  cy.layout(options as unknown as cytoscape.LayoutOptions).run();
  const positions: Positions = {};
  cy.nodes().forEach((node) => {
    const p = node.position();
    positions[node.id()] = { x: p.x, y: p.y };
  });
  cy.destroy();
  return positions;
}
