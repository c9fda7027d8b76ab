/** Worker thread body: extracts files for ingest/pool.ts. */
import { parentPort } from 'node:worker_threads';
import { extractFile } from './index.ts';

interface Job {
  id: number;
  path: string;
}

parentPort!.on('message', async (job: Job) => {
  try {
    const extraction = await extractFile(job.path);
    parentPort!.postMessage({ id: job.id, extraction });
  } catch (err) {
    parentPort!.postMessage({ id: job.id, error: err instanceof Error ? err.message : String(err) });
  }
});
