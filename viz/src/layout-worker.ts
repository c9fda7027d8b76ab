/**
 * Lays out off the main thread: the page keeps answering while thousands of nodes are placed.
 * The fast layout is built in; fcose (and with it a second Cytoscape) loads only when asked for.
 */
import { fastPositions } from './layout-fast.ts';
import { usesFcose, type LayoutRequest, type Positions } from './layout-types.ts';

async function positions(req: LayoutRequest): Promise<Positions> {
  if (!usesFcose(req)) return fastPositions(req);
  const { computePositions } = await import('./layout-core.ts');
  return computePositions(req);
}

const scope = self as unknown as { onmessage: (ev: MessageEvent<{ seq: number; req: LayoutRequest }>) => void; postMessage: (msg: unknown) => void };
scope.onmessage = (ev) => {
  const { seq, req } = ev.data;
  positions(req).then(
    (result) => scope.postMessage({ seq, positions: result }),
    (err: unknown) => scope.postMessage({ seq, error: String(err) }),
  );
};
