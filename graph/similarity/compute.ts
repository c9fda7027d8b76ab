/**
 * Which SIMILAR_TO pairs to keep after some programmes changed (pure; no database).
 *
 * A pair is kept when its score reaches the threshold and it is among the top k of either
 * programme. Only pairs touching a changed programme are scored; for an unchanged neighbour the
 * top-k test uses the scores already stored on its other edges (`storedScores`), so a new pair
 * that beats a neighbour's k-th edge is kept even when the changed programme has better ones.
 * Edges that fall out of an unchanged neighbour's top k are left alone until it is recomputed.
 */
import type { ResolvedOptions } from './config.ts';
import type { SimilarityCorpus } from './corpus.ts';
import { scorePair } from './score.ts';

export interface ScoredPair {
  /** the lexicographically smaller programme id: one direction per pair, deterministic */
  from: string;
  to: string;
  score: number;
  reasons: string[];
}

export interface Neighbour {
  id: string;
  score: number;
  reasons: string[];
}

const byScore = (a: { score: number; id: string }, b: { score: number; id: string }) => b.score - a.score || (a.id < b.id ? -1 : 1);

/** Programmes of other districts scoring at least the threshold with programme `i`, best first. */
export function neighboursOf(corpus: SimilarityCorpus, i: number, options: ResolvedOptions): Neighbour[] {
  const self = corpus.programmes[i];
  const out: Neighbour[] = [];
  for (const j of corpus.candidates(i, { maxCandidates: options.maxCandidates, maxPosting: options.maxPosting })) {
    const other = corpus.programmes[j];
    // Score in id order so that both directions give the same numbers and reason texts.
    const [a, b] = self.id < other.id ? [self, other] : [other, self];
    const { score, reasons } = scorePair(a, b, corpus, options.weights, options.threshold);
    if (score >= options.threshold) out.push({ id: other.id, score, reasons });
  }
  return out.sort(byScore);
}

function kthBest(scores: number[], k: number): number {
  if (scores.length < k) return -Infinity;
  return [...scores].sort((a, b) => b - a)[k - 1];
}

export type NeighbourLists = Map<string, Neighbour[]>;

/** Phase 1 (the expensive one): scored neighbours of every changed programme present in the corpus. */
export function neighbourLists(corpus: SimilarityCorpus, changedIds: Iterable<string>, options: ResolvedOptions): NeighbourLists {
  const lists: NeighbourLists = new Map();
  for (const id of new Set(changedIds)) {
    const i = corpus.indexOf.get(id);
    if (i !== undefined) lists.set(id, neighboursOf(corpus, i, options));
  }
  return lists;
}

/** Unchanged programmes that appear in some list: their stored edge scores are needed by selectPairs. */
export function unchangedNeighbours(lists: NeighbourLists): string[] {
  const ids = new Set<string>();
  for (const list of lists.values()) for (const n of list) if (!lists.has(n.id)) ids.add(n.id);
  return [...ids].sort();
}

/** Phase 2: the pairs to store, given the stored scores of unchanged neighbours' other edges. */
export function selectPairs(lists: NeighbourLists, options: ResolvedOptions, storedScores: Map<string, number[]> = new Map()): ScoredPair[] {
  const topK = new Map<string, Set<string>>();
  for (const [id, list] of lists) topK.set(id, new Set(list.slice(0, options.topK).map((n) => n.id)));

  // For unchanged neighbours: their surviving stored scores plus every new score that reaches them.
  const pool = new Map<string, number[]>();
  for (const list of lists.values())
    for (const n of list) {
      if (lists.has(n.id)) continue;
      if (!pool.has(n.id)) pool.set(n.id, [...(storedScores.get(n.id) ?? [])]);
      pool.get(n.id)!.push(n.score);
    }
  const kth = new Map<string, number>();
  for (const [id, scores] of pool) kth.set(id, kthBest(scores, options.topK));

  const pairs = new Map<string, ScoredPair>();
  for (const [id, list] of lists)
    for (const n of list) {
      const other = topK.get(n.id);
      const keep = topK.get(id)!.has(n.id) || (other ? other.has(id) : n.score >= kth.get(n.id)!);
      if (!keep) continue;
      const [from, to] = id < n.id ? [id, n.id] : [n.id, id];
      pairs.set(`${from}\u0000${to}`, { from, to, score: n.score, reasons: n.reasons });
    }
  return [...pairs.values()].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : 1));
}

/** Both phases, for callers without stored edges (tests, the in-memory benchmark). */
export function computeSimilarities(
  corpus: SimilarityCorpus,
  changedIds: Iterable<string>,
  options: ResolvedOptions,
  storedScores: Map<string, number[]> = new Map(),
): ScoredPair[] {
  return selectPairs(neighbourLists(corpus, changedIds, options), options, storedScores);
}
