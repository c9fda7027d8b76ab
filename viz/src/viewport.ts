/**
 * Fitting the view to the drawing from positions and node sizes alone. Cytoscape's fit asks
 * every element for its bounding box, which computes its style and measures its label first;
 * here labels sit inside their nodes, so the node boxes are all a fit needs.
 */
import type cytoscape from 'cytoscape';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
export interface View {
  zoom: number;
  pan: { x: number; y: number };
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const PADDING = 40;

/** Room around the drawing; below it also room for the legend and the briefing caption, which float over the canvas' bottom. */
export function padding(): Padding {
  const pad = { top: PADDING, right: PADDING, bottom: PADDING, left: PADDING };
  for (const id of ['legend', 'caption']) {
    const box = document.getElementById(id);
    const stage = box?.offsetParent as HTMLElement | null | undefined;
    if (!box || !stage || !box.offsetHeight) continue; // not shown
    const fromBottom = stage.clientHeight - box.offsetTop - box.offsetHeight;
    if (box.offsetTop < fromBottom) pad.top = Math.max(pad.top, box.offsetTop + box.offsetHeight + 12);
    else pad.bottom = Math.max(pad.bottom, fromBottom + box.offsetHeight + 12);
  }
  return pad;
}

/** The zoom and pan that show all boxes in a width × height view, centred in what the padding leaves. */
export function viewFor(boxes: Box[], width: number, height: number, limits: { min: number; max: number }, pad: Padding = padding()): View {
  let x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
  for (const b of boxes) {
    x1 = Math.min(x1, b.x - b.w / 2);
    x2 = Math.max(x2, b.x + b.w / 2);
    y1 = Math.min(y1, b.y - b.h / 2);
    y2 = Math.max(y2, b.y + b.h / 2);
  }
  const innerW = Math.max(1, width - pad.left - pad.right);
  const innerH = Math.max(1, height - pad.top - pad.bottom);
  const cx = pad.left + innerW / 2, cy = pad.top + innerH / 2;
  if (!boxes.length) return { zoom: 1, pan: { x: cx, y: cy } };
  const fit = Math.min(innerW / Math.max(1, x2 - x1), innerH / Math.max(1, y2 - y1));
  const zoom = Math.min(limits.max, Math.max(limits.min, fit));
  return { zoom, pan: { x: cx - (zoom * (x1 + x2)) / 2, y: cy - (zoom * (y1 + y2)) / 2 } };
}

export function limitsOf(cy: cytoscape.Core): { min: number; max: number } {
  return { min: cy.minZoom(), max: cy.maxZoom() };
}

/** Fits the view to these nodes, like cy.fit but without measuring labels. */
export function fitView(cy: cytoscape.Core, nodes: cytoscape.NodeCollection, pad: Padding = padding()): void {
  const boxes = nodes.map((n) => {
    if (n.isParent()) {
      // a box around other nodes: its size and title come from Cytoscape (one node, cheap)
      const bb = n.boundingBox();
      return { x: (bb.x1 + bb.x2) / 2, y: (bb.y1 + bb.y2) / 2, w: bb.w, h: bb.h };
    }
    const p = n.position();
    return { x: p.x, y: p.y, w: Number(n.data('w')) || 0, h: Number(n.data('h')) || 0 };
  });
  if (boxes.length) cy.viewport(viewFor(boxes, cy.width(), cy.height(), limitsOf(cy), pad));
}

/** Width over height of the part of the view a fit uses (what the padding leaves). */
export function innerAspect(cy: cytoscape.Core): number {
  const pad = padding();
  return Math.max(1, cy.width() - pad.left - pad.right) / Math.max(1, cy.height() - pad.top - pad.bottom);
}
