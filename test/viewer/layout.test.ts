/** The viewer's own layouts, as pure functions: no overlaps, stable results, fixed nodes kept. */
import { describe, expect, it } from 'vitest';
import { compareLayout } from '../../viz/src/compare-layout.ts';
import { fastPositions } from '../../viz/src/layout-fast.ts';
import type { LayoutRequest, Positions } from '../../viz/src/layout-types.ts';

/** A random tree like the bench's overview: each node hangs off an earlier one. */
function tree(n: number, seed = 42): LayoutRequest {
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  return {
    fresh: true,
    nodes: Array.from({ length: n }, (_, i) => ({ id: `n${i}`, w: 90 + (i % 4) * 20, h: 40 + (i % 3) * 10 })),
    edges: Array.from({ length: n - 1 }, (_, k) => ({ id: `e${k}`, source: `n${k + 1}`, target: `n${Math.floor(random() * Math.min(k + 1, 1 + (k + 1) / 3))}` })),
  };
}

function overlaps(nodes: { id: string; w: number; h: number }[], pos: Positions): string[] {
  const found: string[] = [];
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const a = nodes[i], b = nodes[j];
      const [p, q] = [pos[a.id], pos[b.id]];
      if (Math.abs(p.x - q.x) < (a.w + b.w) / 2 && Math.abs(p.y - q.y) < (a.h + b.h) / 2) found.push(`${a.id}/${b.id}`);
    }
  }
  return found;
}

describe('fast layout', () => {
  it('places a 1,500-node tree without overlapping boxes, the same way every time', () => {
    const req = tree(1500);
    const pos = fastPositions(req);
    expect(Object.keys(pos)).toHaveLength(1500);
    expect(overlaps(req.nodes, pos)).toEqual([]);
    expect(fastPositions(req)).toEqual(pos);
    // edges stay short: the drawing is a tree, not a scatter
    const lengths = req.edges.map((e) => Math.hypot(pos[e.source].x - pos[e.target].x, pos[e.source].y - pos[e.target].y)).sort((a, b) => a - b);
    expect(lengths[Math.floor(lengths.length * 0.9)]).toBeLessThan(800);
  });

  it('packs separate components side by side, and isolated nodes too', () => {
    const a = tree(40, 1), b = tree(30, 2);
    const rename = (req: LayoutRequest, p: string): LayoutRequest => ({
      fresh: true,
      nodes: req.nodes.map((n) => ({ ...n, id: p + n.id })),
      edges: req.edges.map((e) => ({ id: p + e.id, source: p + e.source, target: p + e.target })),
    });
    const ra = rename(a, 'a'), rb = rename(b, 'b');
    const req: LayoutRequest = { fresh: true, nodes: [...ra.nodes, ...rb.nodes, { id: 'alone', w: 100, h: 40 }], edges: [...ra.edges, ...rb.edges] };
    const pos = fastPositions(req);
    expect(overlaps(req.nodes, pos)).toEqual([]);
  });

  it('keeps fixed nodes exactly where they are and puts new ones beside them', () => {
    const base = tree(200);
    const placed = fastPositions(base);
    const req: LayoutRequest = {
      fresh: false,
      nodes: [
        ...base.nodes.map((n) => ({ ...n, ...placed[n.id], fixed: true })),
        ...Array.from({ length: 20 }, (_, i) => ({ id: `new${i}`, w: 100, h: 40, x: placed.n5.x + i, y: placed.n5.y })),
      ],
      edges: [...base.edges, ...Array.from({ length: 20 }, (_, i) => ({ id: `ne${i}`, source: 'n5', target: `new${i}` }))],
    };
    const pos = fastPositions(req);
    for (const n of base.nodes) expect(pos[n.id]).toEqual(placed[n.id]);
    expect(overlaps(req.nodes, pos)).toEqual([]);
  });
});

describe('comparison layout', () => {
  const sizes: Record<string, { w: number; h: number }> = {};
  const size = (id: string) => (sizes[id] ??= { w: 80 + (id.length % 5) * 25, h: 40 + (id.length % 3) * 12 });
  const shape = {
    districts: ['district:a', 'district:b'],
    shared: Array.from({ length: 19 }, (_, i) => `theme:${i}`),
    pairs: Array.from({ length: 6 }, (_, i) => ({ a: `programme:a${i}`, b: `programme:b${i % 5}`, aDistrict: 'district:a', bDistrict: 'district:b' })),
  };

  it('puts the two districts either side, what they share above and their programmes below, nothing overlapping', () => {
    const pos = compareLayout(shape, size, 1.3)!;
    const ids = [...shape.districts, ...shape.shared, ...shape.pairs.flatMap((p) => [p.a, p.b])];
    const nodes = [...new Set(ids)].map((id) => ({ id, ...size(id) }));
    expect(overlaps(nodes, pos)).toEqual([]);
    const [a, b] = shape.districts.map((id) => pos[id]);
    for (const id of shape.shared) expect(pos[id].y).toBeLessThan(a.y);
    for (const p of shape.pairs) {
      expect(pos[p.a].y).toBeGreaterThan(a.y);
      expect(pos[p.a].x).toBeLessThan(pos[p.b].x); // each side's programmes on its own side
      expect(a.x).toBeLessThan(pos[p.a].x);
      expect(b.x).toBeGreaterThan(pos[p.b].x);
    }
  });

  it('uses more columns for what is shared on a wider screen', () => {
    const rows = (pos: ReturnType<typeof compareLayout>) => new Set(shape.shared.map((id) => Math.round(pos![id].y))).size;
    expect(rows(compareLayout(shape, size, 2.4))).toBeLessThan(rows(compareLayout(shape, size, 0.8)));
  });

  it('leaves three or four districts to the general layout', () => {
    expect(compareLayout({ ...shape, districts: ['district:a', 'district:b', 'district:c'] }, size, 1.5)).toBeNull();
  });
});
