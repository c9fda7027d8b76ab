/**
 * Writes ingest/data/name-confidence.json from the labelled fixtures (see name-confidence-training.ts).
 * Run it after changing a rule or the fixtures; test/eval/name-confidence-model.test.ts fails until then.
 *
 *   npm run train:confidence
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './labelled.ts';
import { trainNameConfidence } from './name-confidence-training.ts';

const { file, summary } = await trainNameConfidence();
writeFileSync(join(ROOT, 'ingest/data/name-confidence.json'), `${JSON.stringify(file, null, 1)}\n`);
for (const line of summary) console.log(line);
