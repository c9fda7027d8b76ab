/**
 * npm run bench:ingest — extraction throughput against raw nodejieba.tag, on one core and on all
 * cores (worker threads), then end-to-end ingest of the corpus into Neo4j. Prints figures only.
 *   BENCH_DOCS=1000 BENCH_MB=10 npm run bench:ingest
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createExtractionPool } from '../ingest/index.ts';
import { ingestPaths } from '../cli/ingest.ts';
import { openNeo4j } from '../cli/neo4j.ts';
import { buildCorpus } from './corpus.ts';

const DOCS = Number(process.env.BENCH_DOCS ?? 1000);
const MB = Number(process.env.BENCH_MB ?? 10);
const CORES = os.availableParallelism();

function fmt(n: number, digits = 1): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

async function main() {
  const corpusDir = path.resolve('.data/bench-corpus');
  fs.rmSync(corpusDir, { recursive: true, force: true });
  const files = buildCorpus(path.resolve('seeds'), corpusDir, DOCS, MB * 1024 * 1024);
  const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
  const chars = texts.reduce((n, t) => n + t.length, 0);
  const bytes = files.reduce((n, f) => n + fs.statSync(f).size, 0);
  console.log(`corpus: ${files.length} documents, ${fmt(bytes / 1024 / 1024)} MB, ${chars.toLocaleString()} characters (${corpusDir})`);

  // One core, in a child process: the same sample through raw nodejieba.tag and through the whole extraction.
  const sample = files.slice(0, Math.min(100, files.length));
  const child = spawnSync(process.execPath, ['--import', 'tsx', path.resolve('bench/extract-throughput.ts'), ...sample], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`extract-throughput failed: ${child.stderr}`);
  const one = JSON.parse(child.stdout.trim().split('\n').pop()!) as { docs: number; tagRate: number; extractRate: number };
  const tagRate = one.tagRate;
  console.log(
    `one core, ${one.docs} docs: nodejieba.tag ${fmt(one.tagRate / 1e6, 2)} M chars/s; extraction ${fmt(one.extractRate / 1e6, 2)} M chars/s; ratio ${fmt(one.extractRate / one.tagRate, 2)}`,
  );

  // All cores: worker threads over the whole corpus.
  let t: number;
  const pool = createExtractionPool(CORES);
  await Promise.all(Array.from({ length: CORES }, (_, i) => pool.extract(files[i % files.length]))); // warm up workers
  t = performance.now();
  const results = await Promise.allSettled(files.map((f) => pool.extract(f)));
  const poolSeconds = (performance.now() - t) / 1000;
  await pool.close();
  const failed = results.filter((r) => r.status === 'rejected').length;
  const poolRate = chars / poolSeconds;
  console.log(
    `${CORES} worker threads, ${files.length} docs: ${fmt(files.length / poolSeconds)} docs/s, ${fmt(poolRate / 1e6, 2)} M chars/s, ` +
      `ratio to one-core nodejieba.tag ${fmt(poolRate / tagRate, 2)} (${fmt(poolRate / tagRate / CORES, 2)} per core), ${failed} failed`,
  );

  // End to end into Neo4j (its own local instance unless NEO4J_URI is set).
  process.env.KG_DATA_DIR ??= path.resolve('.data/bench-neo4j');
  process.env.NEO4J_PORT ??= '7694';
  const neo = await openNeo4j((m) => console.log(m));
  try {
    // Only the bench's own Neo4j is emptied; with NEO4J_URI the corpus is added to what is there.
    if (!process.env.NEO4J_URI) {
      const session = neo.driver.session(); // CALL … IN TRANSACTIONS needs an auto-commit transaction
      await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
      await session.close();
    }
    t = performance.now();
    const summary = await ingestPaths(neo.driver, [corpusDir], { database: neo.config.database, workers: CORES });
    const seconds = (performance.now() - t) / 1000;
    const entities = Object.values(summary.entitiesByLabel).reduce((a, b) => a + b, 0);
    console.log(
      `ingest into Neo4j: ${summary.ok} ok, ${summary.failed.length} failed in ${fmt(seconds)} s; ` +
        `${fmt(entities / seconds, 0)} entities/s, ${fmt(summary.relations / seconds, 0)} relations/s`,
    );
  } finally {
    await neo.close();
  }
  console.log(`peak RSS of this process (incl. worker threads): ${fmt(process.resourceUsage().maxRSS / 1024, 0)} MB`);
}

await main();
