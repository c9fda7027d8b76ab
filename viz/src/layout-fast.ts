/**
 * A layout for thousands of nodes in a fraction of a second, in plain arrays (no Cytoscape):
 * pivot MDS for the overall shape (Brandes & Pich 2006: hop distances from a few pivot nodes,
 * two principal axes), a force-directed polish whose repulsion only looks at neighbouring grid
 * cells, then overlap removal, and the components packed side by side. Deterministic: the same
 * graph always gets the same picture, so a shared link shows everyone the same thing.
 */
import { Grid } from './layout-grid.ts';
import type { LayoutRequest, Positions } from './layout-types.ts';

/** space kept between two node boxes */
const GAP = 14;
/** added to the nodes' half sizes to give an edge's length */
const EDGE_SLACK = 55;
const PIVOTS = 24;
/** Enough rounds for the middle of the graph to spread: 80 for a few hundred nodes, 300 from 2,400 (fewer leave it crowded). */
const freshIterations = (nodes: number) => Math.round(Math.min(300, Math.max(80, nodes / 8)));
/** new nodes start next to the node they came from and need only settle */
const ADDED_ITERATIONS = 80;

interface Part {
  /** request indices of this part's nodes */
  ids: Int32Array;
  x: Float64Array;
  y: Float64Array;
  w: Float64Array;
  h: Float64Array;
  fixed: Uint8Array;
  /** adjacency in CSR form, local indices */
  start: Int32Array;
  adj: Int32Array;
  edgeA: Int32Array;
  edgeB: Int32Array;
}

/** A stable pseudo-random number in [0, 1) per string: jitter that does not change between runs. */
function hash01(text: string, salt: number): number {
  let h = 2166136261 ^ salt;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  h = Math.imul(h ^ (h >>> 15), 2246822507);
  h = Math.imul(h ^ (h >>> 13), 3266489909);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

const extent = (p: Part, i: number) => (p.w[i] + p.h[i]) / 2;

function buildPart(req: LayoutRequest, members: number[], local: Int32Array, edges: [number, number][]): Part {
  const m = members.length;
  const part: Part = {
    ids: Int32Array.from(members),
    x: new Float64Array(m), y: new Float64Array(m), w: new Float64Array(m), h: new Float64Array(m), fixed: new Uint8Array(m),
    start: new Int32Array(m + 1), adj: new Int32Array(edges.length * 2), edgeA: new Int32Array(edges.length), edgeB: new Int32Array(edges.length),
  };
  members.forEach((g, i) => {
    const node = req.nodes[g];
    part.w[i] = node.w || 40;
    part.h[i] = node.h || 30;
    part.x[i] = node.x ?? 0;
    part.y[i] = node.y ?? 0;
    part.fixed[i] = !req.fresh && node.fixed && node.x !== undefined ? 1 : 0;
  });
  edges.forEach(([a, b], e) => {
    part.edgeA[e] = local[a];
    part.edgeB[e] = local[b];
    part.start[local[a] + 1]++;
    part.start[local[b] + 1]++;
  });
  for (let i = 0; i < m; i++) part.start[i + 1] += part.start[i];
  const fill = part.start.slice(0, m);
  for (let e = 0; e < edges.length; e++) {
    const a = part.edgeA[e], b = part.edgeB[e];
    part.adj[fill[a]++] = b;
    part.adj[fill[b]++] = a;
  }
  return part;
}

function bfs(p: Part, from: number, dist: Int32Array): void {
  dist.fill(-1);
  const queue = new Int32Array(dist.length);
  let head = 0, tail = 0;
  queue[tail++] = from;
  dist[from] = 0;
  while (head < tail) {
    const u = queue[head++];
    for (let k = p.start[u]; k < p.start[u + 1]; k++) {
      const v = p.adj[k];
      if (dist[v] < 0) {
        dist[v] = dist[u] + 1;
        queue[tail++] = v;
      }
    }
  }
}

/** Top eigenvector of a small symmetric matrix by power iteration, after removing `against`. */
function principal(b: Float64Array, k: number, against?: Float64Array): Float64Array {
  let v = new Float64Array(k).map((_, i) => 1 + ((i * 7919) % 13) / 13);
  for (let iter = 0; iter < 100; iter++) {
    if (against) {
      let dot = 0;
      for (let i = 0; i < k; i++) dot += v[i] * against[i];
      for (let i = 0; i < k; i++) v[i] -= dot * against[i];
    }
    const next = new Float64Array(k);
    for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) next[i] += b[i * k + j] * v[j];
    const norm = Math.hypot(...next) || 1;
    for (let i = 0; i < k; i++) next[i] /= norm;
    v = next;
  }
  return v;
}

/** Pivot MDS: positions whose distances follow the hop distances in the graph. */
function pivotMds(p: Part, unit: number): void {
  const m = p.ids.length;
  const k = Math.min(PIVOTS, m);
  const c = new Float64Array(m * k); // squared distances, then double-centred
  const nearest = new Int32Array(m).fill(2 ** 30);
  const dist = new Int32Array(m);
  let pivot = 0;
  for (let i = 1; i < m; i++) if (p.start[i + 1] - p.start[i] > p.start[pivot + 1] - p.start[pivot]) pivot = i;
  for (let j = 0; j < k; j++) {
    bfs(p, pivot, dist);
    let far = 0;
    for (let i = 0; i < m; i++) {
      const d = dist[i] < 0 ? 0 : dist[i] * unit;
      c[i * k + j] = d * d;
      nearest[i] = Math.min(nearest[i], dist[i]);
      if (nearest[i] > nearest[far]) far = i;
    }
    pivot = far;
  }
  const rowMean = new Float64Array(m), colMean = new Float64Array(k);
  let all = 0;
  for (let i = 0; i < m; i++) for (let j = 0; j < k; j++) {
    const v = c[i * k + j];
    rowMean[i] += v / k;
    colMean[j] += v / m;
    all += v / (m * k);
  }
  for (let i = 0; i < m; i++) for (let j = 0; j < k; j++) c[i * k + j] = -0.5 * (c[i * k + j] - rowMean[i] - colMean[j] + all);
  const b = new Float64Array(k * k);
  for (let i = 0; i < m; i++) for (let a = 0; a < k; a++) {
    const ca = c[i * k + a];
    if (ca !== 0) for (let d = 0; d < k; d++) b[a * k + d] += ca * c[i * k + d];
  }
  const v1 = principal(b, k);
  const v2 = principal(b, k, v1);
  for (let i = 0; i < m; i++) {
    let x = 0, y = 0;
    for (let j = 0; j < k; j++) {
      x += c[i * k + j] * v1[j];
      y += c[i * k + j] * v2[j];
    }
    p.x[i] = x;
    p.y[i] = y;
  }
}

/** Scales positions so the mean edge is as long as wanted, and spreads nodes that coincide. */
function normalise(p: Part, ids: string[]): void {
  let sum = 0, want = 0;
  for (let e = 0; e < p.edgeA.length; e++) {
    const a = p.edgeA[e], b = p.edgeB[e];
    sum += Math.hypot(p.x[a] - p.x[b], p.y[a] - p.y[b]);
    want += (extent(p, a) + extent(p, b)) / 2 + EDGE_SLACK;
  }
  const scale = sum > 0 ? want / sum : 1;
  const unit = p.edgeA.length ? want / p.edgeA.length : 100;
  for (let i = 0; i < p.ids.length; i++) {
    const id = ids[p.ids[i]];
    p.x[i] = p.x[i] * scale + (hash01(id, 1) - 0.5) * unit * 0.3;
    p.y[i] = p.y[i] * scale + (hash01(id, 2) - 0.5) * unit * 0.3;
  }
}

/**
 * The leaves of one node have the same distances to everything, so MDS puts them on one spot:
 * fan them out around that node, facing away from the middle of the drawing.
 */
function fanLeaves(p: Part): void {
  const m = p.ids.length;
  const degree = (i: number) => p.start[i + 1] - p.start[i];
  let cx = 0, cy = 0;
  for (let i = 0; i < m; i++) {
    cx += p.x[i] / m;
    cy += p.y[i] / m;
  }
  const leavesOf = new Map<number, number[]>();
  for (let i = 0; i < m; i++) {
    if (degree(i) !== 1 || p.fixed[i]) continue;
    const hub = p.adj[p.start[i]];
    if (degree(hub) === 1) continue;
    leavesOf.set(hub, [...(leavesOf.get(hub) ?? []), i]);
  }
  for (const [hub, leaves] of leavesOf) {
    const alone = degree(hub) === leaves.length; // a star: nothing to face away from
    const away = Math.atan2(p.y[hub] - cy, p.x[hub] - cx);
    const fan = alone ? 2 * Math.PI : Math.min(2 * Math.PI, Math.max(Math.PI / 2, leaves.length * 0.5));
    let around = 0, widest = 0;
    for (const leaf of leaves) {
      around += extent(p, leaf) + GAP;
      widest = Math.max(widest, extent(p, leaf));
    }
    const radius = Math.max((extent(p, hub) + widest) / 2 + EDGE_SLACK, around / fan);
    leaves.forEach((leaf, k) => {
      const angle = away - fan / 2 + (fan * (k + 0.5)) / leaves.length;
      p.x[leaf] = p.x[hub] + radius * Math.cos(angle);
      p.y[leaf] = p.y[hub] + radius * Math.sin(angle);
    });
  }
}

/**
 * Fruchterman-Reingold style polish: springs along edges, repulsion between nearby nodes (each
 * pair once, through the grid), cooling. Hot loop: plain typed arrays, no calls, no allocation.
 */
function relax(p: Part, iterations: number, startStep: number): void {
  const m = p.ids.length;
  const { x, y, fixed, edgeA, edgeB } = p;
  // an edge's or a repelling pair's rest length is half[a] + half[b]
  const half = new Float64Array(m);
  let meanHalf = 0;
  for (let i = 0; i < m; i++) {
    half[i] = (extent(p, i) + EDGE_SLACK) / 2;
    meanHalf += half[i] / m;
  }
  const reach = 4 * meanHalf;
  const reach2 = reach * reach;
  const grid = new Grid(reach);
  const dx = new Float64Array(m), dy = new Float64Array(m);
  for (let it = 0; it < iterations; it++) {
    const step = startStep * Math.pow(1 - it / iterations, 1.5) + 2;
    dx.fill(0);
    dy.fill(0);
    grid.fill(x, y);
    const { cols, rows, cellStart, items, cellOf } = grid;
    for (let i = 0; i < m; i++) {
      const xi = x[i], yi = y[i], hi = half[i];
      const c = cellOf[i];
      const cx = c % cols, cy = (c - cx) / cols;
      // the cell itself and four of its neighbours (right, and the row below): each pair of cells once
      for (let n = 0; n < 5; n++) {
        const gx = cx + (n === 0 ? 0 : n === 1 ? 1 : n - 3);
        const gy = cy + (n < 2 ? 0 : 1);
        if (gx < 0 || gx >= cols || gy >= rows) continue;
        const cell = gy * cols + gx;
        for (let s = cellStart[cell]; s < cellStart[cell + 1]; s++) {
          const j = items[s];
          if (n === 0 && j <= i) continue;
          let ddx = xi - x[j], ddy = yi - y[j];
          let d2 = ddx * ddx + ddy * ddy;
          if (d2 > reach2) continue;
          if (d2 < 1e-6) {
            ddx = ((i * 37 + j * 11) % 17) - 8 || 1;
            ddy = ((i * 13 + j * 29) % 17) - 8 || 1;
            d2 = ddx * ddx + ddy * ddy;
          }
          const k = hi + half[j];
          const f = (k * k) / d2;
          dx[i] += ddx * f;
          dy[i] += ddy * f;
          dx[j] -= ddx * f;
          dy[j] -= ddy * f;
        }
      }
    }
    for (let e = 0; e < edgeA.length; e++) {
      const a = edgeA[e], b = edgeB[e];
      const ddx = x[b] - x[a], ddy = y[b] - y[a];
      const d = Math.sqrt(ddx * ddx + ddy * ddy) || 1;
      // a spring with a rest length: unlike FR's d²/k it does not squeeze the middle of a big graph
      const f = (d - half[a] - half[b]) / d;
      dx[a] += ddx * f;
      dy[a] += ddy * f;
      dx[b] -= ddx * f;
      dy[b] -= ddy * f;
    }
    for (let i = 0; i < m; i++) {
      if (fixed[i]) continue;
      const len = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
      if (len === 0) continue;
      const move = Math.min(len, step) / len;
      x[i] += dx[i] * move;
      y[i] += dy[i] * move;
    }
  }
}

/** Pushes overlapping boxes apart along the axis where they overlap least; fixed nodes stay. */
function removeOverlaps(p: Part, passes: number): void {
  const m = p.ids.length;
  let widest = 0;
  for (let i = 0; i < m; i++) widest = Math.max(widest, p.w[i], p.h[i]);
  const grid = new Grid(widest + GAP);
  for (let pass = 0; pass < passes; pass++) {
    let moved = false;
    grid.fill(p.x, p.y);
    for (let i = 0; i < m; i++) {
      const [gx1, gx2, gy1, gy2] = grid.block(i);
      for (let gy = gy1; gy <= gy2; gy++) {
        for (let gx = gx1; gx <= gx2; gx++) {
          const cell = gy * grid.cols + gx;
          for (let s = grid.cellStart[cell]; s < grid.cellStart[cell + 1]; s++) {
            const j = grid.items[s];
            if (j <= i || (p.fixed[i] && p.fixed[j])) continue;
            const ddx = p.x[j] - p.x[i], ddy = p.y[j] - p.y[i];
            const ox = (p.w[i] + p.w[j]) / 2 + GAP - Math.abs(ddx);
            const oy = (p.h[i] + p.h[j]) / 2 + GAP - Math.abs(ddy);
            if (ox <= 0 || oy <= 0) continue;
            moved = true;
            const shareI = p.fixed[i] ? 0 : p.fixed[j] ? 1 : 0.5;
            const shareJ = 1 - shareI;
            if (ox < oy) {
              const sign = ddx === 0 ? 1 : Math.sign(ddx);
              p.x[i] -= sign * ox * shareI;
              p.x[j] += sign * ox * shareJ;
            } else {
              const sign = ddy === 0 ? 1 : Math.sign(ddy);
              p.y[i] -= sign * oy * shareI;
              p.y[j] += sign * oy * shareJ;
            }
          }
        }
      }
    }
    if (!moved) return;
  }
}

/** Places laid-out components in rows, largest first, into a roughly 16:10 rectangle. */
function pack(parts: Part[]): void {
  const boxes = parts.map((p) => {
    let x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
    for (let i = 0; i < p.ids.length; i++) {
      x1 = Math.min(x1, p.x[i] - p.w[i] / 2); x2 = Math.max(x2, p.x[i] + p.w[i] / 2);
      y1 = Math.min(y1, p.y[i] - p.h[i] / 2); y2 = Math.max(y2, p.y[i] + p.h[i] / 2);
    }
    return { p, x1, y1, w: x2 - x1 + 4 * GAP, h: y2 - y1 + 4 * GAP };
  });
  const area = boxes.reduce((s, b) => s + b.w * b.h, 0);
  const rowWidth = Math.max(Math.sqrt(area * 1.6), ...boxes.map((b) => b.w));
  boxes.sort((a, b) => b.h - a.h || b.w - a.w);
  let x = 0, y = 0, rowHeight = 0;
  for (const b of boxes) {
    if (x > 0 && x + b.w > rowWidth) {
      x = 0;
      y += rowHeight;
      rowHeight = 0;
    }
    for (let i = 0; i < b.p.ids.length; i++) {
      b.p.x[i] += x - b.x1;
      b.p.y[i] += y - b.y1;
    }
    x += b.w;
    rowHeight = Math.max(rowHeight, b.h);
  }
}

/** Connected components as lists of request indices (all one part when positions are kept). */
function components(req: LayoutRequest, index: Map<string, number>): { members: number[][]; edges: [number, number][][] } {
  const n = req.nodes.length;
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const pairs: [number, number][] = [];
  for (const e of req.edges) {
    const a = index.get(e.source), b = index.get(e.target);
    if (a === undefined || b === undefined || a === b) continue;
    pairs.push([a, b]);
    if (req.fresh) parent[find(a)] = find(b);
  }
  const root = (i: number) => (req.fresh ? find(i) : 0);
  const byRoot = new Map<number, number>();
  const members: number[][] = [];
  const edges: [number, number][][] = [];
  for (let i = 0; i < n; i++) {
    const r = root(i);
    if (!byRoot.has(r)) {
      byRoot.set(r, members.length);
      members.push([]);
      edges.push([]);
    }
    members[byRoot.get(r)!].push(i);
  }
  for (const pair of pairs) edges[byRoot.get(root(pair[0]))!].push(pair);
  return { members, edges };
}

export function fastPositions(req: LayoutRequest): Positions {
  const ids = req.nodes.map((n) => n.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const local = new Int32Array(ids.length);
  const { members, edges } = components(req, index);
  const parts = members.map((list, c) => {
    list.forEach((g, i) => (local[g] = i));
    const part = buildPart(req, list, local, edges[c]);
    const m = list.length;
    if (req.fresh) {
      if (m > 2) pivotMds(part, 1);
      else for (let i = 0; i < m; i++) part.x[i] = i * (part.w[0] + GAP);
      if (m > 1) normalise(part, ids);
      if (m > 2) fanLeaves(part);
      if (m > 2) relax(part, freshIterations(m), 6 * EDGE_SLACK);
    } else if (m > 1) {
      relax(part, ADDED_ITERATIONS, 2 * EDGE_SLACK);
    }
    if (m > 1) removeOverlaps(part, 50);
    return part;
  });
  if (req.fresh && parts.length > 1) pack(parts);
  const positions: Positions = {};
  for (const p of parts) for (let i = 0; i < p.ids.length; i++) positions[ids[p.ids[i]]] = { x: p.x[i], y: p.y[i] };
  return positions;
}
