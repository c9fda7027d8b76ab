/**
 * Layout of what is drawn: fresh for a new view; stable when nodes are added — existing nodes
 * are fixed where they are and new ones start next to the node they came from. Small layouts run
 * right here (starting a worker would cost more than they do); large ones in a worker.
 */
import type cytoscape from 'cytoscape';
import { fastPositions } from './layout-fast.ts';
import { usesFcose, type LayoutRequest, type Positions } from './layout-types.ts';

/** Up to these many nodes a layout takes some tens of milliseconds: done on the main thread. */
const MAIN_THREAD_MAX = { fcose: 60, fast: 600 };

let worker: Worker | null | undefined;
let seq = 0;
const waiting = new Map<number, { resolve: (p: Positions) => void; reject: (e: Error) => void }>();

let fcoseModule: Promise<typeof import('./layout-core.ts')> | undefined;
const loadFcose = () => (fcoseModule ??= import('./layout-core.ts'));

/** Fetches fcose while the first data is on its way; the worker starts only when a graph needs it. */
export function prepareLayout(): void {
  void loadFcose();
}

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (ev: MessageEvent<{ seq: number; positions?: Positions; error?: string }>) => {
      const job = waiting.get(ev.data.seq);
      waiting.delete(ev.data.seq);
      if (ev.data.positions) job?.resolve(ev.data.positions);
      else job?.reject(new Error(ev.data.error ?? 'layout failed'));
    };
    worker.onerror = () => {
      for (const job of waiting.values()) job.reject(new Error('layout worker failed'));
      waiting.clear();
      worker = null;
    };
  } catch {
    worker = null;
  }
  return worker;
}

async function onMainThread(req: LayoutRequest): Promise<Positions> {
  if (!usesFcose(req)) return fastPositions(req);
  return (await loadFcose()).computePositions(req);
}

/** Positions for a layout request: here when it is small, in the worker otherwise. */
export async function layoutPositions(req: LayoutRequest): Promise<Positions> {
  const small = req.nodes.length <= (usesFcose(req) ? MAIN_THREAD_MAX.fcose : MAIN_THREAD_MAX.fast);
  const w = small ? null : getWorker();
  if (w) {
    try {
      return await new Promise<Positions>((resolve, reject) => {
        const id = ++seq;
        waiting.set(id, { resolve, reject });
        w.postMessage({ seq: id, req });
      });
    } catch {
      // fall through to the main thread
    }
  }
  return onMainThread(req);
}

/** Lays out the unfiltered graph. `fresh` ignores current positions; otherwise nodes with `placed` stay put. */
export async function runLayout(cy: cytoscape.Core, fresh: boolean): Promise<void> {
  // the filtered class, not ':visible': that selector computes every element's style first
  const nodes: cytoscape.NodeCollection = cy.nodes().filter((n) => !n.hasClass('filtered'));
  const edges: cytoscape.EdgeCollection = cy.edges().filter((e) => !e.hasClass('filtered') && !e.source().hasClass('filtered') && !e.target().hasClass('filtered'));
  if (nodes.empty()) return;
  const req: LayoutRequest = {
    fresh,
    nodes: nodes.map((n) => ({
      id: n.id(),
      w: Number(n.data('w')),
      h: Number(n.data('h')),
      x: n.position('x'),
      y: n.position('y'),
      fixed: Boolean(n.scratch('placed')),
    })),
    edges: edges.map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() })),
  };
  const positions = await layoutPositions(req);
  nodes.forEach((n) => {
    const p = positions[n.id()];
    if (p) n.position(p);
    n.scratch('placed', true);
  });
}

/** New nodes start on a small circle around the node they were expanded from, so fcose moves them little. */
export function seedAround(center: cytoscape.NodeSingular, added: cytoscape.NodeCollection): void {
  const c = center.position();
  const r = 80 + added.length * 4;
  added.forEach((n, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, added.length);
    n.position({ x: c.x + r * Math.cos(a), y: c.y + r * Math.sin(a) });
  });
}
