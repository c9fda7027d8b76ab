/** Tunable knobs: threshold and top-k from options, else environment, else defaults. */

export interface SimilarityWeights {
  /** similar names (bigram overlap after variant rewriting) */
  name: number;
  /** the same programme kind (垃圾分类, 加装电梯), as recognised by the extractor */
  kind: number;
  /** a shared Policy */
  policy: number;
  /** a shared Theme */
  theme: number;
  /** similar clauses around the programme's mentions */
  context: number;
  /** a glossary definition that matches the other programme */
  definition: number;
  /** a shared, uncommon target unit (台, 平方米) */
  unit: number;
  /** similar target metrics */
  metric: number;
}

/**
 * Each weight is the most that one kind of evidence can contribute on its own; kinds combine
 * like independent witnesses (noisy-OR), so the score stays in [0, 1]. A shared theme alone
 * (at most 0.3) or a shared unit alone never reaches the default threshold: a researcher would not
 * accept "both are about elderly care" as proof of the same programme.
 */
export const DEFAULT_WEIGHTS: SimilarityWeights = {
  name: 0.8,
  kind: 0.7,
  policy: 0.45,
  theme: 0.3,
  context: 0.4,
  definition: 0.35,
  unit: 0.15,
  metric: 0.3,
};

export const DEFAULT_THRESHOLD = 0.45;
export const DEFAULT_TOP_K = 10;

export interface SimilarityOptions {
  /** keep pairs scoring at least this (env KG_SIMILARITY_THRESHOLD) */
  threshold?: number;
  /** keep a pair when it is among the best k of either programme (env KG_SIMILARITY_TOP_K) */
  topK?: number;
  weights?: Partial<SimilarityWeights>;
  maxCandidates?: number;
  maxPosting?: number;
}

export interface ResolvedOptions {
  threshold: number;
  topK: number;
  weights: SimilarityWeights;
  maxCandidates?: number;
  maxPosting?: number;
}

function envNumber(name: string, env: NodeJS.ProcessEnv): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value)) throw new Error(`${name} must be a number, got ${raw}`);
  return value;
}

export function resolveOptions(options: SimilarityOptions = {}, env: NodeJS.ProcessEnv = process.env): ResolvedOptions {
  const threshold = options.threshold ?? envNumber('KG_SIMILARITY_THRESHOLD', env) ?? DEFAULT_THRESHOLD;
  const topK = options.topK ?? envNumber('KG_SIMILARITY_TOP_K', env) ?? DEFAULT_TOP_K;
  if (threshold < 0 || threshold > 1) throw new Error(`similarity threshold must be in [0, 1], got ${threshold}`);
  if (!Number.isInteger(topK) || topK < 1) throw new Error(`similarity top-k must be a positive integer, got ${topK}`);
  return {
    threshold,
    topK,
    weights: { ...DEFAULT_WEIGHTS, ...options.weights },
    maxCandidates: options.maxCandidates,
    maxPosting: options.maxPosting,
  };
}
