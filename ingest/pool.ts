/**
 * Extraction on worker threads, so a batch uses every core while the caller writes to Neo4j.
 * Errors keep their message (IngestError's "file: reason") and never stop the pool.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Extraction } from './types.ts';

interface Pending {
  resolve: (e: Extraction) => void;
  reject: (err: Error) => void;
}

export interface ExtractionPool {
  extract(path: string): Promise<Extraction>;
  close(): Promise<void>;
  size: number;
}

export function createExtractionPool(size = Math.max(1, os.availableParallelism())): ExtractionPool {
  const workerUrl = new URL('./worker-entry.mjs', import.meta.url);
  const workers = Array.from({ length: size }, () => new Worker(workerUrl));
  const idle = [...workers];
  const queue: { id: number; path: string }[] = [];
  const pending = new Map<number, Pending>();
  let nextId = 0;

  const dispatch = () => {
    while (idle.length && queue.length) idle.pop()!.postMessage(queue.shift());
  };
  for (const worker of workers) {
    worker.on('message', (msg: { id: number; extraction?: Extraction; error?: string }) => {
      const p = pending.get(msg.id)!;
      pending.delete(msg.id);
      if (msg.error !== undefined) p.reject(new Error(msg.error));
      else p.resolve(msg.extraction!);
      idle.push(worker);
      dispatch();
    });
    worker.on('error', (err) => {
      for (const p of pending.values()) p.reject(err);
      pending.clear();
    });
  }
  return {
    size,
    extract(path: string) {
      const id = nextId++;
      return new Promise<Extraction>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        queue.push({ id, path });
        dispatch();
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
