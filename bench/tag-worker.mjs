// A worker thread for bench/ingest.ts: raw nodejieba.tag over the texts it is sent, after the
// same warm-up as an extraction worker (the user dictionary loaded), so that tag on all cores
// is timed under the conditions extraction runs in.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { extractFile } = await import('../ingest/index.ts');
const nodejieba = (await import('nodejieba')).default;
await extractFile(workerData.warmUpFile);
nodejieba.tag('预热');
parentPort.on('message', (texts) => {
  for (const text of texts) nodejieba.tag(text);
  parentPort.postMessage('done');
});
parentPort.postMessage('ready');
