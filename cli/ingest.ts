/** `kg ingest`: files → extraction → Neo4j, one transaction per document; bad files are reported, the batch goes on. */
import os from 'node:os';
import cliProgress from 'cli-progress';
import type { Driver } from 'neo4j-driver';
import { createExtractionPool, EXTRACTION_BATCH, extractFile, type Extraction } from '../ingest/index.ts';
import { awaitFullTextIndex, concurrentDocumentWriter, updateSimilarity, type WriteOutcome } from '../graph/index.ts';
import { collectFiles } from './files.ts';

const POOL_THRESHOLD = 8;

/**
 * Ingest is bound by the writes (measured: 85% of the time on 1,000 documents), which need a
 * core for this thread and Neo4j; extraction keeps up on the other cores. Each worker holds its
 * own jieba dictionaries (~250 MB), so one worker more than keeps up costs memory, not time.
 */
function extractionWorkers(): number {
  return Math.max(1, os.availableParallelism() - 1);
}
/** Two documents in flight keep Neo4j busy while the other one's round trips and commit are under way. */
const WRITE_LANES = 2;

export interface IngestSummary {
  ok: number;
  failed: { file: string; reason: string }[];
  outcomes: Record<WriteOutcome, number>;
  entitiesByLabel: Record<string, number>;
  relations: number;
  warnings: { file: string; warning: string }[];
  seconds: number;
  /** time with a Neo4j write in flight and time spent in the similarity update, within `seconds` */
  writeSeconds: number;
  similaritySeconds: number;
  /** peak resident memory of this process so far (worker threads included), in MB */
  peakRssMb: number;
}

export async function ingestPaths(
  driver: Driver,
  inputs: string[],
  options: {
    database?: string;
    progress?: boolean;
    /** worker threads for extraction; by default all cores but one, for batches of POOL_THRESHOLD files or more */
    workers?: number;
    /** documents written at once, each in its own transaction (default WRITE_LANES) */
    writers?: number;
    /** recompute SIMILAR_TO for the changed documents' programmes (default true) */
    similarity?: boolean;
  } = {},
): Promise<IngestSummary> {
  const t0 = performance.now();
  const { files, missing } = collectFiles(inputs);
  const summary: IngestSummary = {
    ok: 0,
    failed: missing.map((file) => ({ file, reason: 'no such file or folder' })),
    outcomes: { created: 0, replaced: 0, unchanged: 0 },
    entitiesByLabel: {},
    relations: 0,
    warnings: [],
    seconds: 0,
    writeSeconds: 0,
    similaritySeconds: 0,
    peakRssMb: 0,
  };
  const bar = options.progress
    ? new cliProgress.SingleBar({ format: 'ingest [{bar}] {value}/{total} {file}', hideCursor: true }, cliProgress.Presets.shades_classic)
    : null;
  bar?.start(files.length, 0, { file: '' });
  const useWorkers = options.workers !== undefined ? options.workers > 0 : files.length >= POOL_THRESHOLD;
  const pool = useWorkers ? createExtractionPool(options.workers ?? extractionWorkers()) : null;
  const extractOne = (file: string) => (pool ? pool.extract(file) : extractFile(file));
  const writer = concurrentDocumentWriter(driver, options.database);
  const lanes = Math.max(1, options.writers ?? WRITE_LANES);
  // Extraction runs ahead on the workers while the lanes write, each document in its own transaction.
  const ahead = (pool ? pool.size * EXTRACTION_BATCH : 1) + lanes;
  const extractions: Promise<Extraction | Error>[] = [];
  let taken = 0;
  const takeNext = () => {
    while (extractions.length < files.length && extractions.length < taken + ahead) {
      extractions.push(extractOne(files[extractions.length]).then((e) => e, (err: unknown) => err as Error));
    }
    return taken < files.length ? taken++ : null;
  };
  // Lanes finish in any order; reports keep the order of the files.
  const failedAt = new Map<number, string>();
  const warningsAt = new Map<number, string[]>();
  const changedDocIds: string[] = [];
  // Write time is the time with at least one write in flight, not the sum over the lanes.
  let writing = 0;
  let writingSince = 0;
  const timedWrite = async <T>(write: () => Promise<T>): Promise<T> => {
    if (writing++ === 0) writingSince = performance.now();
    try {
      return await write();
    } finally {
      if (--writing === 0) summary.writeSeconds += (performance.now() - writingSince) / 1000;
    }
  };
  const lane = async () => {
    for (let i = takeNext(); i !== null; i = takeNext()) {
      const file = files[i];
      const outcome = await extractions[i];
      delete extractions[i]; // the lane holds it; the queue need not
      try {
        if (outcome instanceof Error) throw outcome;
        const result = await timedWrite(() => writer.write(outcome));
        if (result.outcome !== 'unchanged') changedDocIds.push(result.docId);
        summary.ok += 1;
        summary.outcomes[result.outcome] += 1;
        for (const e of outcome.entities) summary.entitiesByLabel[e.type] = (summary.entitiesByLabel[e.type] ?? 0) + 1;
        summary.relations += outcome.relations.length;
        if (outcome.warnings.length) warningsAt.set(i, outcome.warnings);
      } catch (err) {
        failedAt.set(i, err instanceof Error ? err.message.replace(`${file}: `, '') : String(err));
      }
      bar?.increment({ file });
    }
  };
  try {
    await Promise.all(Array.from({ length: lanes }, lane));
  } finally {
    await pool?.close();
  }
  files.forEach((file, i) => {
    for (const warning of warningsAt.get(i) ?? []) summary.warnings.push({ file, warning });
    if (failedAt.has(i)) summary.failed.push({ file, reason: failedAt.get(i)! });
  });
  bar?.stop();
  if (changedDocIds.length) await awaitFullTextIndex(driver, options.database);
  // Once per batch: each update reads every programme for its IDF and blocking index.
  if (changedDocIds.length && options.similarity !== false) {
    const similarityStart = performance.now();
    await updateSimilarity(driver, { docIds: changedDocIds, database: options.database });
    summary.similaritySeconds = (performance.now() - similarityStart) / 1000;
  }
  summary.seconds = (performance.now() - t0) / 1000;
  summary.peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  return summary;
}

export function formatSummary(s: IngestSummary): string {
  const lines = [
    `documents: ${s.ok} ok (${s.outcomes.created} new, ${s.outcomes.replaced} replaced, ${s.outcomes.unchanged} unchanged), ${s.failed.length} failed, ` +
      `${s.seconds.toFixed(1)} s (writes ${s.writeSeconds.toFixed(1)} s, similarity ${s.similaritySeconds.toFixed(1)} s), peak memory ${s.peakRssMb} MB`,
  ];
  const labels = Object.entries(s.entitiesByLabel).sort((a, b) => b[1] - a[1]);
  if (labels.length) lines.push(`entities: ${labels.map(([l, n]) => `${l} ${n}`).join(', ')}; relations: ${s.relations}`);
  for (const w of s.warnings) lines.push(`warning: ${w.file}: ${w.warning}`);
  for (const f of s.failed) lines.push(`error: ${f.file}: ${f.reason}`);
  return lines.join('\n');
}
