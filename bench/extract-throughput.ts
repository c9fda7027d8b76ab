/**
 * Extraction throughput against raw nodejieba.tag on the same text, one core, in a process of its
 * own (so its dictionaries do not count towards the ingest's memory). Prints one JSON line.
 */
import fs from 'node:fs';
import nodejieba from 'nodejieba';
import { extractFile } from '../ingest/index.ts';

const files = process.argv.slice(2);
const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
const chars = texts.reduce((n, t) => n + t.length, 0);
await extractFile(files[0]); // loads dictionaries and user words, as any real run does first
nodejieba.tag('预热');

const time = async (run: () => Promise<void> | void) => {
  const t = performance.now();
  await run();
  return (performance.now() - t) / 1000;
};
// Alternate the two so that machine load affects both alike; keep the best of three.
const tagRuns: number[] = [];
const extractRuns: number[] = [];
for (let round = 0; round < 3; round++) {
  tagRuns.push(await time(() => texts.forEach((t) => nodejieba.tag(t))));
  extractRuns.push(
    await time(async () => {
      for (const f of files) await extractFile(f);
    }),
  );
}
const tagRate = chars / Math.min(...tagRuns);
const extractRate = chars / Math.min(...extractRuns);
console.log(JSON.stringify({ docs: files.length, chars, tagRate, extractRate }));
