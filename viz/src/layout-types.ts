/** What a layout is asked and answers; no imports, so the layout worker can stay free of Cytoscape. */
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

/**
 * Up to this many nodes fcose places them; above it layout-fast.ts does. fcose spends about
 * 2 ms per node (its tree growing dominates, whatever numIter says), so 250 nodes alone would
 * cost half a second; the fast layout places 2,500 in about that time, and its draft mode piled
 * leaves on top of each other.
 */
export const FCOSE_MAX_NODES = 150;

export const usesFcose = (req: LayoutRequest): boolean => req.nodes.length <= FCOSE_MAX_NODES;
