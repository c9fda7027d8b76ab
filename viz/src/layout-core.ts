/**
 * fcose on a headless Cytoscape, for graphs up to FCOSE_MAX_NODES (larger ones: layout-fast.ts).
 * Runs on the main thread for a few dozen nodes and in the layout worker above that.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { LayoutRequest, Positions } from './layout-types.ts';

cytoscape.use(fcose);

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
  const fixed = req.fresh ? [] : req.nodes.filter((x) => x.fixed && x.x !== undefined).map((x) => ({ nodeId: x.id, position: { x: x.x!, y: x.y! } }));
  const options = {
    name: 'fcose',
    quality: 'default',
    randomize: req.fresh,
    animate: false,
    fit: false,
    nodeDimensionsIncludeLabels: false, // labels sit inside nodes already sized to them
    uniformNodeDimensions: false,
    // Moderate repulsion: fcose only sees small graphs (a crowded focus goes on rings, a large
    // graph to the fast layout), and a compact drawing is fitted larger, so its type reads bigger.
    nodeRepulsion: () => 45000,
    idealEdgeLength: (edge: cytoscape.EdgeSingular) => 40 + (Number(edge.source().data('w')) + Number(edge.target().data('w'))) / 8,
    edgeElasticity: () => 0.45,
    nestingFactor: 0.1,
    gravity: 0.1,
    // small graphs settle well before this; fcose's tree growing, not this cap, sets its time
    numIter: 1000,
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
