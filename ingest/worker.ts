/** Worker thread body: extracts batches of files for ingest/pool.ts. */
import { parentPort } from 'node:worker_threads';
import { extractFiles } from './index.ts';
import type { Extraction } from './types.ts';

interface Job {
  id: number;
  paths: string[];
}

export type Outcome = { extraction: Extraction } | { error: string };

parentPort!.on('message', async (job: Job) => {
  let outcomes: Outcome[];
  try {
    outcomes = (await extractFiles(job.paths)).map((r) => (r instanceof Error ? { error: r.message } : { extraction: r }));
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err);
    outcomes = job.paths.map(() => ({ error }));
  }
  parentPort!.postMessage({ id: job.id, outcomes });
});
