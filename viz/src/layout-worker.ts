/** Runs fcose off the main thread: the page keeps answering while thousands of nodes are placed. */
import { computePositions, type LayoutRequest } from './layout-core.ts';

const scope = self as unknown as { onmessage: (ev: MessageEvent<{ seq: number; req: LayoutRequest }>) => void; postMessage: (msg: unknown) => void };
scope.onmessage = (ev) => {
  const { seq, req } = ev.data;
  try {
    scope.postMessage({ seq, positions: computePositions(req) });
  } catch (err) {
    scope.postMessage({ seq, error: String(err) });
  }
};
