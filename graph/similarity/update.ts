/**
 * updateSimilarity: recompute SIMILAR_TO for the programmes an ingest touched.
 *
 * Reads one compact row per programme (linear in the graph; needed for IDF and blocking), scores
 * only pairs that touch a changed programme (blocked through the inverted index), then deletes and
 * rewrites those programmes' edges in one transaction. Without programmeIds/docIds every
 * programme counts as changed (a full rebuild, still blocked, never all-pairs).
 */
import type { Driver } from 'neo4j-driver';
import { resolveOptions, type SimilarityOptions } from './config.ts';
import { SimilarityCorpus } from './corpus.ts';
import { buildFeatures } from './features.ts';
import { neighbourLists, selectPairs, unchangedNeighbours } from './compute.ts';
import { deleteEdgesOf, loadProgrammeInputs, programmeIdsOfDocuments, storedScores, writePairs } from './store.ts';

export interface UpdateSimilarityRequest extends SimilarityOptions {
  programmeIds?: string[];
  docIds?: string[];
  database?: string;
  /** timestamp stored as computedAt (ISO 8601); now by default */
  now?: Date;
}

export interface UpdateSimilarityResult {
  programmes: number;
  changed: number;
  deleted: number;
  written: number;
  seconds: { load: number; score: number; write: number };
}

export async function updateSimilarity(driver: Driver, request: UpdateSimilarityRequest = {}): Promise<UpdateSimilarityResult> {
  const options = resolveOptions(request);
  const t0 = performance.now();
  const inputs = await loadProgrammeInputs(driver, request.database);
  const corpus = new SimilarityCorpus(inputs.map(buildFeatures));
  const full = request.programmeIds === undefined && request.docIds === undefined;
  const changed = full
    ? inputs.map((p) => p.id)
    : [...new Set([...(request.programmeIds ?? []), ...(await programmeIdsOfDocuments(driver, request.docIds ?? [], request.database))])].sort();
  const t1 = performance.now();

  const lists = neighbourLists(corpus, changed, options);
  const t2 = performance.now();

  const session = driver.session({ database: request.database });
  try {
    const { deleted, written } = await session.executeWrite(async (tx) => {
      // Deleted programmes have lost their edges already (DETACH DELETE); stale ids are harmless here.
      const removed = await deleteEdgesOf(tx, changed);
      const stored = await storedScores(tx, unchangedNeighbours(lists));
      const pairs = selectPairs(lists, options, stored);
      const count = await writePairs(tx, pairs, (request.now ?? new Date()).toISOString());
      return { deleted: removed, written: count };
    });
    const t3 = performance.now();
    return {
      programmes: inputs.length,
      changed: changed.length,
      deleted,
      written,
      seconds: { load: (t1 - t0) / 1000, score: (t2 - t1) / 1000, write: (t3 - t2) / 1000 },
    };
  } finally {
    await session.close();
  }
}
