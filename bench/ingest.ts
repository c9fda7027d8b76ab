/**
 * npm run bench:ingest — extraction throughput against raw nodejieba.tag, on one core and on all
 * cores (worker threads), then end-to-end ingest of the corpus into Neo4j. Prints figures only.
 *   BENCH_DOCS=1000 BENCH_MB=10 npm run bench:ingest
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { createExtractionPool, SEMI_SPACE_MB } from '../ingest/index.ts';
import { openNeo4j } from '../cli/neo4j.ts';
import { buildCorpus } from './corpus.ts';
import { emptyDatabase } from './empty-database.ts';

const DOCS = Number(process.env.BENCH_DOCS ?? 1000);
const MB = Number(process.env.BENCH_MB ?? 10);
const CORES = os.availableParallelism();

function fmt(n: number, digits = 1): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

/**
 * Raw nodejieba.tag over the texts on `threads` worker threads at once, the best of three passes
 * (chars/s of wall time). Two cores do not give twice one core's rate even to tag alone (shared
 * caches and memory bus), so the pool's per-core ratio is also given against this.
 */
async function tagOnThreads(texts: string[], threads: number, warmUpFile: string): Promise<number> {
  const workerUrl = new URL('./tag-worker.mjs', import.meta.url);
  const workers = Array.from({ length: threads }, () => new Worker(workerUrl, { workerData: { warmUpFile }, resourceLimits: { maxYoungGenerationSizeMb: 3 * SEMI_SPACE_MB } }));
  const next = (w: Worker) => new Promise<void>((resolve, reject) => { w.once('message', () => resolve()); w.once('error', reject); });
  try {
    await Promise.all(workers.map(next));
    const shares = workers.map((_, i) => texts.filter((_, j) => j % threads === i));
    const chars = texts.reduce((n, t) => n + t.length, 0);
    let best = Infinity;
    for (let pass = 0; pass < 3; pass++) {
      const t = performance.now();
      await Promise.all(workers.map((w, i) => { const done = next(w); w.postMessage(shares[i]); return done; }));
      best = Math.min(best, (performance.now() - t) / 1000);
    }
    return chars / best;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

async function main() {
  const corpusDir = path.resolve('.data/bench-corpus');
  fs.rmSync(corpusDir, { recursive: true, force: true });
  const files = buildCorpus(path.resolve('seeds'), corpusDir, DOCS, MB * 1024 * 1024);
  const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
  const chars = texts.reduce((n, t) => n + t.length, 0);
  const bytes = files.reduce((n, f) => n + fs.statSync(f).size, 0);
  console.log(`corpus: ${files.length} documents, ${fmt(bytes / 1024 / 1024)} MB, ${chars.toLocaleString()} characters (${corpusDir})`);

  // End to end into Neo4j, as `kg ingest` in a process of its own (its own Neo4j unless NEO4J_URI is set).
  // It runs first, while this process is small: a child forked from a process holding the worker
  // threads' dictionaries (~1 GB) reports that parent's resident size as its own peak (Linux keeps
  // the larger of the two across exec).
  process.env.KG_DATA_DIR ??= path.resolve('.data/bench-neo4j');
  process.env.NEO4J_PORT ??= '7694';
  // Only the bench's own Neo4j starts empty; with NEO4J_URI the corpus is added to what is there.
  if (!process.env.NEO4J_URI) fs.rmSync(path.join(process.env.KG_DATA_DIR, 'data'), { recursive: true, force: true });
  const neo = await openNeo4j((m) => console.log(m));
  try {
    const ingestEnv = { ...process.env, NEO4J_URI: neo.config.uri, NEO4J_USER: neo.config.user, NEO4J_PASSWORD: neo.config.password };
    const ingestOnce = (label: string) => {
      const t = performance.now();
      const run = spawnSync(process.execPath, ['bin/kg.js', 'ingest', corpusDir], { env: ingestEnv, encoding: 'utf8' });
      const seconds = (performance.now() - t) / 1000;
      const summary = run.stdout.trim().split('\n')[0];
      const entities = Number(/entities: (.*); relations: (\d+)/.exec(run.stdout)?.[1].split(', ').reduce((n, part) => n + Number(part.split(' ')[1]), 0));
      const relations = Number(/relations: (\d+)/.exec(run.stdout)?.[1]);
      console.log(`kg ingest of the corpus, ${label}: ${fmt(seconds)} s wall (process start included); ${fmt(entities / seconds, 0)} entities/s, ${fmt(relations / seconds, 0)} relations/s`);
      console.log(`  ${summary}`);
    };
    ingestOnce(process.env.NEO4J_URI ? 'into the given Neo4j' : 'into a Neo4j started just now');
    // A freshly started JVM spends the first few hundred documents compiling Neo4j's write path
    // (measured: the first 100 writes take ~4× as long as later ones), so the same batch is run
    // again on the server, emptied, once it is warm: what a long-running server sees.
    if (!process.env.NEO4J_URI) {
      await emptyDatabase(neo.driver, neo.config.database, 1000);
      ingestOnce('again into the same Neo4j, emptied, now warm');
    }
  } finally {
    await neo.close();
  }

  // One core, in a child process: the same sample through raw nodejieba.tag and through the whole
  // extraction, with the young-generation size the extraction workers have.
  const sample = files.slice(0, Math.min(100, files.length));
  const childArgs = [`--max-semi-space-size=${SEMI_SPACE_MB}`, '--import', 'tsx', path.resolve('bench/extract-throughput.ts'), ...sample];
  const child = spawnSync(process.execPath, childArgs, { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`extract-throughput failed: ${child.stderr}`);
  const one = JSON.parse(child.stdout.trim().split('\n').pop()!) as { docs: number; tagRate: number; extractRate: number };
  const tagRate = one.tagRate;
  console.log(
    `one core, ${one.docs} docs: nodejieba.tag ${fmt(one.tagRate / 1e6, 2)} M chars/s; extraction ${fmt(one.extractRate / 1e6, 2)} M chars/s; ratio ${fmt(one.extractRate / one.tagRate, 2)}`,
  );

  // All cores: worker threads over the whole corpus, the better of two passes (the one-core
  // figure is the best of several rounds too). Each extraction is dropped once it arrives, as
  // kg ingest drops it once written.
  const pool = createExtractionPool(CORES);
  // the first ~100 documents a worker sees run at half speed while V8 compiles
  await Promise.all(sample.map((f) => pool.extract(f)));
  let poolSeconds = Infinity;
  let failed = 0;
  for (let pass = 0; pass < 2; pass++) {
    const t = performance.now();
    failed = 0;
    await Promise.all(files.map((f) => pool.extract(f).then(() => undefined, () => void failed++)));
    poolSeconds = Math.min(poolSeconds, (performance.now() - t) / 1000);
  }
  await pool.close();
  const poolRate = chars / poolSeconds;
  console.log(
    `${CORES} worker threads, ${files.length} docs: ${fmt(files.length / poolSeconds)} docs/s, ${fmt(poolRate / 1e6, 2)} M chars/s, ` +
      `ratio to one-core nodejieba.tag ${fmt(poolRate / tagRate, 2)} (${fmt(poolRate / tagRate / CORES, 2)} per core), ${failed} failed`,
  );
  const parallelTagRate = await tagOnThreads(texts, CORES, files[0]);
  console.log(
    `nodejieba.tag on ${CORES} worker threads: ${fmt(parallelTagRate / 1e6, 2)} M chars/s (${fmt(parallelTagRate / tagRate, 2)} × one core); ` +
      `extraction pool's ratio to it ${fmt(poolRate / parallelTagRate, 2)}`,
  );

  console.log(`peak RSS of the bench process (the throughput run's worker threads): ${fmt(process.resourceUsage().maxRSS / 1024, 0)} MB`);
}

await main();
