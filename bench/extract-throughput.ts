/**
 * Extraction throughput against raw nodejieba.tag on the same text, one core, in a process of its
 * own (so its dictionaries do not count towards the ingest's memory). Prints one JSON line.
 * Rates are characters per second of this process's CPU time (process.cpuUsage): on a shared
 * machine wall time also counts the time other processes held the core, CPU time does not.
 * The wall-clock rates are printed too. Extraction runs as a worker thread of `kg ingest` runs it:
 * extractFiles over jobs of EXTRACTION_BATCH files.
 */
import fs from 'node:fs';
import nodejieba from 'nodejieba';
import { EXTRACTION_BATCH, extractFile, extractFiles } from '../ingest/index.ts';

const files = process.argv.slice(2);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
const chars = texts.reduce((n, t) => n + t.length, 0);
await extractFile(files[0]); // loads dictionaries and user words, as any real run does first
nodejieba.tag('预热');

const time = async (run: () => Promise<void> | void) => {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  await run();
  const used = process.cpuUsage(cpu);
  return { cpu: (used.user + used.system) / 1e6, wall: (performance.now() - wall) / 1000 };
};
// Alternate the two so that machine load affects both alike; keep the best round of each.
const tagRuns: { cpu: number; wall: number }[] = [];
const extractRuns: { cpu: number; wall: number }[] = [];
for (let round = 0; round < ROUNDS; round++) {
  tagRuns.push(await time(() => texts.forEach((t) => nodejieba.tag(t))));
  extractRuns.push(
    await time(async () => {
      for (let i = 0; i < files.length; i += EXTRACTION_BATCH) {
        for (const r of await extractFiles(files.slice(i, i + EXTRACTION_BATCH))) if (r instanceof Error) throw r;
      }
    }),
  );
}
const best = (runs: { cpu: number; wall: number }[], k: 'cpu' | 'wall') => Math.min(...runs.map((r) => r[k]));
console.log(
  JSON.stringify({
    docs: files.length,
    chars,
    tagRate: chars / best(tagRuns, 'cpu'),
    extractRate: chars / best(extractRuns, 'cpu'),
    tagRateWall: chars / best(tagRuns, 'wall'),
    extractRateWall: chars / best(extractRuns, 'wall'),
  }),
);
