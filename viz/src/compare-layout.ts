/**
 * A fixed arrangement for comparing two districts, which a force layout turns into a hairball:
 *
 *              ┌ shared policies and themes ┐
 *              │ [p] [p] [t] [t]            │
 *              └ [t] [t] [t]                ┘
 *   District A                                 District B
 *          [programme a1] - - - - [programme b1]
 *          [programme a2] - - - - [programme b2]
 *
 * Each district links to the box of what both take up (above) and fans out to its programmes
 * (below); similar programmes face each other across the middle. The box's number of columns
 * is the one that lets the whole fit the view largest. Three or four districts: general layout.
 */
import type { Positions } from './layout-types.ts';

export interface CompareShape {
  districts: string[];
  /** shared policies and themes, in the order they are listed */
  shared: string[];
  /** similar programme pairs, each with the district that runs either side */
  pairs: { a: string; b: string; aDistrict: string; bDistrict: string }[];
}
export type Sizes = (id: string) => { w: number; h: number };

const GAP = 26;
/** horizontal room for the similar-programme edges between the two columns */
const MIDDLE = 130;
/** horizontal room for a district's fan of edges */
const FAN = 110;
/** what the shared box adds around its grid: padding, and its title above */
const BOX_PAD = 24;
const BOX_TITLE = 40;

/** Places `ids` in rows of `cols`, centred on x = 0, the last row's bottom at y = bottom. */
function grid(ids: string[], cols: number, bottom: number, size: Sizes, pos: Positions): void {
  const cellW = Math.max(...ids.map((id) => size(id).w)) + GAP;
  const rows = Math.ceil(ids.length / cols);
  const rowH = Math.max(...ids.map((id) => size(id).h)) + GAP;
  ids.forEach((id, i) => {
    const row = Math.floor(i / cols);
    const inRow = Math.min(cols, ids.length - row * cols);
    const col = i % cols;
    pos[id] = { x: (col - (inRow - 1) / 2) * cellW, y: bottom - (rows - row - 0.5) * rowH };
  });
}

/** Stacks `ids` in a column centred on x, from y = top down. */
function column(ids: string[], x: number, top: number, size: Sizes, pos: Positions): void {
  let y = top;
  for (const id of ids) {
    const { h } = size(id);
    pos[id] = { x, y: y + h / 2 };
    y += h + GAP;
  }
}

function sides(shape: CompareShape): [string[], string[]] {
  const right = shape.districts[1];
  const leftSide: string[] = [];
  const rightSide: string[] = [];
  const placed = new Set<string>();
  const put = (id: string, side: string[]) => {
    if (placed.has(id)) return;
    placed.add(id);
    side.push(id);
  };
  for (const p of shape.pairs) {
    const [l, r] = p.aDistrict === right && p.bDistrict !== right ? [p.b, p.a] : [p.a, p.b];
    put(l, leftSide);
    put(r, rightSide);
  }
  return [leftSide, rightSide];
}

function arrange(shape: CompareShape, size: Sizes, cols: number): Positions {
  const [left, right] = shape.districts;
  const [leftSide, rightSide] = sides(shape);
  const widest = (ids: string[]) => Math.max(0, ...ids.map((id) => size(id).w));
  const pos: Positions = {};
  column(leftSide, -(MIDDLE / 2 + widest(leftSide) / 2), GAP * 2, size, pos);
  column(rightSide, MIDDLE / 2 + widest(rightSide) / 2, GAP * 2, size, pos);
  if (shape.shared.length) grid(shape.shared, cols, -GAP * 2 - BOX_PAD, size, pos);
  const inner = [...leftSide, ...rightSide, ...shape.shared];
  const pad = (id: string) => (shape.shared.includes(id) ? BOX_PAD : 0);
  const leftmost = Math.min(-200, ...inner.map((id) => pos[id].x - size(id).w / 2 - pad(id)));
  const rightmost = Math.max(200, ...inner.map((id) => pos[id].x + size(id).w / 2 + pad(id)));
  pos[left] = { x: leftmost - FAN - size(left).w / 2, y: 0 };
  pos[right] = { x: rightmost + FAN + size(right).w / 2, y: 0 };
  return pos;
}

/** How large the arrangement can be drawn in a view of this aspect (width / height). */
function scaleIn(pos: Positions, shape: CompareShape, size: Sizes, aspect: number): number {
  let x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
  for (const [id, p] of Object.entries(pos)) {
    const { w, h } = size(id);
    x1 = Math.min(x1, p.x - w / 2); x2 = Math.max(x2, p.x + w / 2);
    y1 = Math.min(y1, p.y - h / 2); y2 = Math.max(y2, p.y + h / 2);
  }
  if (shape.shared.length) y1 -= BOX_PAD + BOX_TITLE;
  return Math.min(aspect / (x2 - x1), 1 / (y2 - y1));
}

export function compareLayout(shape: CompareShape, size: Sizes, aspect: number): Positions | null {
  if (shape.districts.length !== 2) return null;
  let best: Positions | null = null;
  let bestScale = 0;
  for (let cols = 1; cols <= Math.max(1, Math.min(8, shape.shared.length)); cols++) {
    const pos = arrange(shape, size, cols);
    const scale = scaleIn(pos, shape, size, aspect);
    if (scale > bestScale) {
      best = pos;
      bestScale = scale;
    }
  }
  return best;
}
