/**
 * Corpus statistics (document frequencies for IDF) and the inverted index used for blocking:
 * a programme is only compared with programmes that share a name bigram, a context word or a
 * policy with it, and of those only the best-looking few hundred are scored exactly. This keeps
 * an update linear in the number of changed programmes instead of quadratic in the graph.
 */
import { differentDistricts, type ProgrammeFeatures } from './features.ts';

export interface BlockingOptions {
  /** postings longer than this are skipped: such keys are too common to single out a pair */
  maxPosting?: number;
  /** how many candidates per programme are scored exactly */
  maxCandidates?: number;
}

function countInto(df: Map<string, number>, keys: Iterable<string>): void {
  for (const k of new Set(keys)) df.set(k, (df.get(k) ?? 0) + 1);
}

export class SimilarityCorpus {
  readonly programmes: ProgrammeFeatures[];
  readonly indexOf = new Map<string, number>();
  private readonly gramDf = new Map<string, number>();
  private readonly wordDf = new Map<string, number>();
  private readonly unitDf = new Map<string, number>();
  private readonly themeDf = new Map<string, number>();
  /** programmes per district implementing a policy: how characteristic it is locally */
  private readonly localCount = new Map<string, number>();
  private readonly postings = new Map<string, number[]>();

  constructor(programmes: ProgrammeFeatures[]) {
    this.programmes = programmes;
    // Any policy name of the corpus inside a programme's name marks the name as built around it,
    // whether or not the extractor linked that programme to the policy.
    const policyKeys = new Set(programmes.flatMap((p) => p.namePolicyKeys.concat(p.policyKeys)));
    for (const p of programmes) p.namePolicyKeys = [...policyKeys].filter((k) => p.nameKey.includes(k)).sort();
    programmes.forEach((p, i) => {
      this.indexOf.set(p.id, i);
      const grams = p.names.flatMap((n) => n.grams);
      countInto(this.gramDf, grams);
      const words = [...p.context.keys(), ...p.definition.keys()];
      countInto(this.wordDf, words);
      countInto(this.unitDf, p.units);
      countInto(this.themeDf, p.themes.map((t) => t.id));
      for (const d of p.districtIds) {
        for (const pol of p.policies) this.bump(`p|${d}|${pol.id}`);
      }
      const keys = new Set([...grams.map((g) => `g:${g}`), ...words.map((w) => `w:${w}`), ...p.policies.map((x) => `p:${x.id}`), ...p.kinds.map((k) => `k:${k}`)]);
      for (const key of keys) {
        const list = this.postings.get(key);
        if (list) list.push(i);
        else this.postings.set(key, [i]);
      }
    });
  }

  private bump(key: string): void {
    this.localCount.set(key, (this.localCount.get(key) ?? 0) + 1);
  }

  get size(): number {
    return this.programmes.length;
  }

  private static idf(df: number | undefined, n: number): number {
    return Math.log(1 + n / Math.max(1, df ?? 0));
  }

  gramIdf(gram: string): number {
    return SimilarityCorpus.idf(this.gramDf.get(gram), this.size);
  }

  wordIdf(word: string): number {
    return SimilarityCorpus.idf(this.wordDf.get(word), this.size);
  }

  private static specificity(df: number | undefined, size: number): number {
    const n = Math.max(2, size);
    return Math.max(0, Math.min(1, Math.log(n / Math.max(1, df ?? 1)) / Math.log(n)));
  }

  /** 1 for a unit only one programme uses, towards 0 for a unit (个, 人) everyone uses. */
  unitSpecificity(unit: string): number {
    return SimilarityCorpus.specificity(this.unitDf.get(unit), this.size);
  }

  /** Same scale for themes: 加装电梯 singles out a few programmes, 党建 a great many. */
  themeSpecificity(themeId: string): number {
    return SimilarityCorpus.specificity(this.themeDf.get(themeId), this.size);
  }

  /**
   * How much a policy characterises a programme: 1 when it is the district's only programme
   * under it, 1/√n when n of the district's programmes share it (a plan that files everything
   * under 15分钟社区生活圈 says little about each item). An umbrella programme implementing
   * several policies is characterised by each of them less, by 1/√(its policy count).
   */
  policySpecificity(programme: ProgrammeFeatures, policyId: string): number {
    let best = 0;
    for (const d of programme.districtIds) best = Math.max(best, 1 / Math.sqrt(this.localCount.get(`p|${d}|${policyId}`) ?? 1));
    return best / Math.sqrt(Math.max(1, programme.policies.length));
  }

  /** Candidate indices for programme `i`, best first, from other districts only. */
  candidates(i: number, options: BlockingOptions = {}): number[] {
    const n = this.size;
    const maxPosting = options.maxPosting ?? Math.max(200, Math.ceil(n * 0.02));
    const maxCandidates = options.maxCandidates ?? 100;
    const p = this.programmes[i];
    // A dense accumulator and a touched list: far cheaper than a Map at 10⁴–10⁵ programmes.
    const weight = (this.accumulator ??= new Float64Array(n));
    const touched: number[] = [];
    const visit = (key: string, w: number, cap = maxPosting) => {
      const list = this.postings.get(key);
      if (!list || list.length > cap) return;
      for (const j of list) {
        if (j === i) continue;
        if (weight[j] === 0) touched.push(j);
        weight[j] += w;
      }
    };
    for (const g of new Set(p.names.flatMap((x) => x.grams))) visit(`g:${g}`, this.gramIdf(g));
    // Sentence words are many and weak: only the rarer ones nominate candidates.
    for (const w of new Set([...p.context.keys(), ...p.definition.keys()])) visit(`w:${w}`, 0.3 * this.wordIdf(w), maxPosting / 4);
    for (const pol of p.policies) visit(`p:${pol.id}`, 10);
    // one kind in every district is a few hundred programmes at most: never too common to follow
    for (const k of p.kinds) visit(`k:${k}`, 20, Infinity);
    let ranked: [number, number][] = [];
    for (const j of touched) {
      if (differentDistricts(p, this.programmes[j])) ranked.push([j, weight[j]]);
      weight[j] = 0;
    }
    if (ranked.length > maxCandidates) {
      // Cut at the k-th best weight with a native numeric sort before sorting the few survivors.
      const values = Float64Array.from(ranked, ([, w]) => w).sort();
      const cutoff = values[values.length - maxCandidates];
      ranked = ranked.filter(([, w]) => w >= cutoff);
    }
    ranked.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    return ranked.slice(0, maxCandidates).map(([j]) => j);
  }

  private accumulator: Float64Array | undefined;
  private readonly preparedCache = new Map<string, Prepared>();

  /** IDF-weighted vectors of one programme, computed once per corpus: scoring runs millions of times. */
  prepared(p: ProgrammeFeatures): Prepared {
    let cached = this.preparedCache.get(p.id);
    if (cached) return cached;
    const grams = (list: string[]) => {
      const weights = new Map(list.map((g) => [g, this.gramIdf(g)] as [string, number]));
      let total = 0;
      for (const w of weights.values()) total += w;
      return { weights, total, count: list.length };
    };
    const vector = (tf: Map<string, number>) => {
      const weights = new Map<string, number>();
      let norm = 0;
      for (const [w, f] of tf) {
        const x = (1 + Math.log(f)) * this.wordIdf(w);
        weights.set(w, x);
        norm += x * x;
      }
      return { weights, norm: Math.sqrt(norm) };
    };
    const merged = new Map(p.context);
    for (const [w, f] of p.definition) merged.set(w, (merged.get(w) ?? 0) + f);
    cached = {
      names: p.names.map((x) => grams(x.grams)),
      metrics: p.metrics.map((x) => grams(x.grams)),
      context: vector(p.context),
      definition: vector(p.definition),
      contextAndDefinition: vector(merged),
    };
    this.preparedCache.set(p.id, cached);
    return cached;
  }
}

export interface WeightedGrams {
  weights: Map<string, number>;
  total: number;
  count: number;
}

export interface WeightedVector {
  weights: Map<string, number>;
  norm: number;
}

export interface Prepared {
  names: WeightedGrams[];
  metrics: WeightedGrams[];
  context: WeightedVector;
  definition: WeightedVector;
  contextAndDefinition: WeightedVector;
}
