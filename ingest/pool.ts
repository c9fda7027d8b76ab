/**
 * Extraction on worker threads, so a batch uses every core while the caller writes to Neo4j.
 * Files queued together go to a worker in jobs of up to EXTRACTION_BATCH, which segments them
 * in a row (see extractFiles). Errors keep their message (IngestError's "file: reason") and never
 * stop the pool.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Extraction } from './types.ts';
import type { Outcome } from './worker.ts';

interface Pending {
  path: string;
  resolve: (e: Extraction) => void;
  reject: (err: Error) => void;
}

export interface ExtractionPool {
  extract(path: string): Promise<Extraction>;
  close(): Promise<void>;
  size: number;
}

/** How many documents a worker segments in a row before analysing them (see extractFiles). */
export const EXTRACTION_BATCH = 16;
/**
 * Extraction makes many short-lived objects (tokens, spans, candidate names). With V8's default
 * 16 MB semi-space most of a document's garbage outlives a scavenge and is promoted, and old-space
 * collections follow; with 64 MB it dies young. Measured on 200 bench documents: 15–20% less CPU.
 * V8 sizes the young generation at three semi-spaces. bench/extract-throughput.ts runs with the
 * same setting (--max-semi-space-size) so that its one-core figure is the workers' figure.
 */
export const SEMI_SPACE_MB = 64;

export function createExtractionPool(size = Math.max(1, os.availableParallelism()), batch = EXTRACTION_BATCH): ExtractionPool {
  const workerUrl = new URL('./worker-entry.mjs', import.meta.url);
  const workers = Array.from({ length: size }, () => new Worker(workerUrl, { resourceLimits: { maxYoungGenerationSizeMb: 3 * SEMI_SPACE_MB } }));
  const idle = [...workers];
  const queue: Pending[] = [];
  const running = new Map<number, Pending[]>();
  let nextId = 0;
  let dispatchQueued = false;

  const dispatch = () => {
    dispatchQueued = false;
    while (idle.length && queue.length) {
      // share what is queued among the idle workers rather than give one worker all of it
      const take = Math.min(batch, Math.ceil(queue.length / idle.length));
      const job = queue.splice(0, take);
      const id = nextId++;
      running.set(id, job);
      idle.pop()!.postMessage({ id, paths: job.map((p) => p.path) });
    }
  };
  // files queued in the same tick form one job
  const scheduleDispatch = () => {
    if (!dispatchQueued) {
      dispatchQueued = true;
      queueMicrotask(dispatch);
    }
  };
  for (const worker of workers) {
    worker.on('message', (msg: { id: number; outcomes: Outcome[] }) => {
      const job = running.get(msg.id)!;
      running.delete(msg.id);
      job.forEach((p, k) => {
        const outcome = msg.outcomes[k];
        if ('error' in outcome) p.reject(new Error(outcome.error));
        else p.resolve(outcome.extraction);
      });
      idle.push(worker);
      dispatch();
    });
    worker.on('error', (err) => {
      for (const job of running.values()) for (const p of job) p.reject(err);
      running.clear();
    });
  }
  return {
    size,
    extract(path: string) {
      return new Promise<Extraction>((resolve, reject) => {
        queue.push({ path, resolve, reject });
        scheduleDispatch();
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
