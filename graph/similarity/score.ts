/**
 * Pure pair scoring: each kind of evidence gives a strength in [0, 1], weighted and combined by
 * noisy-OR (1 − Π(1 − wᵢsᵢ)), so the score is in [0, 1] and every contribution can be read
 * back as a short reason ("same policy: 一网统管", "similar names: 加装电梯 ~ 加梯 (0.72)").
 */
import type { SimilarityWeights } from './config.ts';
import type { SimilarityCorpus, WeightedGrams, WeightedVector } from './corpus.ts';
import type { ProgrammeFeatures } from './features.ts';

export interface PairScore {
  score: number;
  reasons: string[];
}

interface Evidence {
  kind: keyof SimilarityWeights;
  strength: number;
  /** built only when the pair is kept */
  reason: () => string;
}

/** Reasons contributing less than this are noise to a reader. */
const MIN_REASON_CONTRIBUTION = 0.02;
/** What is left of name similarity when only one name is built around a given policy. */
const DIFFERENT_POLICY_NAMES = 0.3;
const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * IDF-weighted bigram overlap. Containment (the shorter name inside the longer one: 垃圾分类 in
 * 生活垃圾分类拔点整治) is what makes variants one kind, but a name of one or two bigrams is
 * contained everywhere, so containment only counts fully from three bigrams up; Dice keeps
 * unrelated long names apart.
 */
export function gramSimilarity(a: WeightedGrams, b: WeightedGrams): number {
  if (!a.count || !b.count) return 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let overlap = 0;
  for (const [g, w] of small.weights) if (large.weights.has(g)) overlap += w;
  if (overlap === 0) return 0;
  const dice = (2 * overlap) / (a.total + b.total);
  const containment = overlap / Math.min(a.total, b.total);
  const confidence = Math.min(1, Math.min(a.count, b.count) / 3);
  const fairContainment = dice + (containment - dice) * confidence;
  return Math.min(1, 0.7 * fairContainment + 0.3 * dice);
}

function bestVariantPair(a: WeightedGrams[], b: WeightedGrams[]): { sim: number; a: number; b: number } {
  let best = { sim: 0, a: 0, b: 0 };
  for (let i = 0; i < a.length; i++)
    for (let j = 0; j < b.length; j++) {
      const sim = gramSimilarity(a[i], b[j]);
      if (sim > best.sim) best = { sim, a: i, b: j };
    }
  return best;
}

/** Cosine of prepared TF-IDF vectors. */
export function cosine(a: WeightedVector, b: WeightedVector): number {
  if (!a.norm || !b.norm) return 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [w, x] of small.weights) {
    const y = large.weights.get(w);
    if (y !== undefined) dot += x * y;
  }
  return dot / (a.norm * b.norm);
}

/** The shared words that weigh most, for the reason text only. */
function topShared(a: WeightedVector, b: WeightedVector): string[] {
  const shared: [string, number][] = [];
  for (const [w, x] of a.weights) {
    const y = b.weights.get(w);
    if (y !== undefined) shared.push([w, x * y]);
  }
  shared.sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : 1));
  return shared.slice(0, 3).map(([w]) => w);
}

function themeLabel(t: { id: string; name: string; nameEn?: string | null }): string {
  const short = t.id.replace(/^theme:/, '');
  return `${short} ${t.name}`.trim();
}

function collectEvidence(a: ProgrammeFeatures, b: ProgrammeFeatures, corpus: SimilarityCorpus): Evidence[] {
  const evidence: Evidence[] = [];
  const pa = corpus.prepared(a);
  const pb = corpus.prepared(b);

  const names = bestVariantPair(pa.names, pb.names);
  // A name built around a policy (“美丽家园”行动) shares characters, not a kind, with a name that
  // lacks that policy's name (阳光家园改建, 美丽街区建设).
  const policyInBoth =
    a.namePolicyKeys.some((k) => b.nameKey.includes(k)) || b.namePolicyKeys.some((k) => a.nameKey.includes(k));
  if ((a.namePolicyKeys.length || b.namePolicyKeys.length) && !policyInBoth) names.sim *= DIFFERENT_POLICY_NAMES;
  if (names.sim > 0)
    evidence.push({
      kind: 'name',
      strength: names.sim,
      reason: () => {
        const rewrites = [...new Set([...a.rewrites, ...b.rewrites].map((r) => `${r.variant} = ${r.canonical}`))];
        const via = rewrites.length ? `; variants ${rewrites.join(', ')}` : '';
        return `similar names: ${a.names[names.a].text} ~ ${b.names[names.b].text} (${round(names.sim)})${via}`;
      },
    });

  const kind = a.kinds.find((k) => b.kinds.includes(k));
  if (kind) evidence.push({ kind: 'kind', strength: 1, reason: () => `same programme kind: ${kind}` });

  let policy: Evidence | null = null;
  for (const p of a.policies) {
    if (!b.policies.some((q) => q.id === p.id)) continue;
    const strength = Math.sqrt(corpus.policySpecificity(a, p.id) * corpus.policySpecificity(b, p.id));
    if (!policy || strength > policy.strength) policy = { kind: 'policy', strength, reason: () => `same policy: ${p.name}` };
  }
  if (policy) evidence.push(policy);

  let theme: Evidence | null = null;
  for (const t of a.themes) {
    if (!b.themes.some((q) => q.id === t.id)) continue;
    const strength = 0.4 + 0.6 * corpus.themeSpecificity(t.id);
    if (!theme || strength > theme.strength) theme = { kind: 'theme', strength, reason: () => `same theme: ${themeLabel(t)}` };
  }
  if (theme) evidence.push(theme);

  const context = cosine(pa.context, pb.context);
  if (context > 0)
    evidence.push({ kind: 'context', strength: context, reason: () => `similar sentences (${round(context)}): ${topShared(pa.context, pb.context).join(', ')}` });

  if (pa.definition.norm || pb.definition.norm) {
    const sim = Math.max(cosine(pa.definition, pb.contextAndDefinition), cosine(pb.definition, pa.contextAndDefinition));
    if (sim > 0) evidence.push({ kind: 'definition', strength: sim, reason: () => `glossary definition matches (${round(sim)})` });
  }

  let unit: Evidence | null = null;
  for (const u of a.units) {
    if (!b.units.includes(u)) continue;
    const strength = corpus.unitSpecificity(u);
    if (!unit || strength > unit.strength) unit = { kind: 'unit', strength, reason: () => `same target unit: ${u}` };
  }
  if (unit) evidence.push(unit);

  if (pa.metrics.length && pb.metrics.length) {
    const metric = bestVariantPair(pa.metrics, pb.metrics);
    if (metric.sim > 0)
      evidence.push({
        kind: 'metric',
        strength: metric.sim,
        reason: () => `similar target metrics: ${a.metrics[metric.a].text} ~ ${b.metrics[metric.b].text} (${round(metric.sim)})`,
      });
  }
  return evidence;
}

/** Reasons are only written out for pairs scoring at least `explainFrom`: most candidates are dropped. */
export function scorePair(
  a: ProgrammeFeatures,
  b: ProgrammeFeatures,
  corpus: SimilarityCorpus,
  weights: SimilarityWeights,
  explainFrom = 0,
): PairScore {
  const contributions = collectEvidence(a, b, corpus).map((e) => ({ ...e, contribution: Math.min(1, Math.max(0, weights[e.kind] * e.strength)) }));
  let miss = 1;
  for (const c of contributions) miss *= 1 - c.contribution;
  const score = round(1 - miss, 3);
  if (score < explainFrom) return { score, reasons: [] };
  const explained = contributions
    .filter((c) => c.contribution >= MIN_REASON_CONTRIBUTION)
    .map((c) => ({ contribution: c.contribution, text: c.reason() }))
    .sort((x, y) => y.contribution - x.contribution || (x.text < y.text ? -1 : 1));
  return { score, reasons: explained.map((c) => c.text) };
}
