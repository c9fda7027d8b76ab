/**
 * Pure pair scoring: each kind of evidence gives a strength in [0, 1], weighted and combined by
 * noisy-OR (1 − Π(1 − wᵢsᵢ)), so the score is in [0, 1] and every contribution can be read
 * back as a short reason ("same policy: 一网统管", "similar names: 加装电梯 ~ 加梯 (0.72)").
 */
import type { SimilarityWeights } from './config.ts';
import type { SimilarityCorpus } from './corpus.ts';
import type { NameVariant, ProgrammeFeatures } from './features.ts';

export interface PairScore {
  score: number;
  reasons: string[];
}

interface Evidence {
  kind: keyof SimilarityWeights;
  strength: number;
  reason: string;
}

/** Reasons contributing less than this are noise to a reader. */
const MIN_REASON_CONTRIBUTION = 0.02;
const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * IDF-weighted bigram overlap. Containment (the shorter name inside the longer one: 垃圾分类 in
 * 生活垃圾分类拔点整治) is what makes variants one kind, but a name of one or two bigrams is
 * contained everywhere, so containment only counts fully from three bigrams up; Dice keeps
 * unrelated long names apart.
 */
export function gramSimilarity(a: string[], b: string[], idf: (gram: string) => number): number {
  if (!a.length || !b.length) return 0;
  const setB = new Set(b);
  let wa = 0;
  let wb = 0;
  let overlap = 0;
  for (const g of a) {
    const w = idf(g);
    wa += w;
    if (setB.has(g)) overlap += w;
  }
  for (const g of b) wb += idf(g);
  if (overlap === 0) return 0;
  const dice = (2 * overlap) / (wa + wb);
  const containment = overlap / Math.min(wa, wb);
  const confidence = Math.min(1, Math.min(a.length, b.length) / 3);
  const fairContainment = dice + (containment - dice) * confidence;
  return Math.min(1, 0.7 * fairContainment + 0.3 * dice);
}

function bestVariantPair(a: NameVariant[], b: NameVariant[], idf: (g: string) => number): { sim: number; a: string; b: string } {
  let best = { sim: 0, a: a[0]?.text ?? '', b: b[0]?.text ?? '' };
  for (const x of a) for (const y of b) {
    const sim = gramSimilarity(x.grams, y.grams, idf);
    if (sim > best.sim) best = { sim, a: x.text, b: y.text };
  }
  return best;
}

/** TF-IDF cosine (log tf) and the shared words that weigh most. */
export function cosine(a: Map<string, number>, b: Map<string, number>, idf: (w: string) => number): { sim: number; shared: string[] } {
  if (!a.size || !b.size) return { sim: 0, shared: [] };
  const weight = (tf: number, w: string) => (1 + Math.log(tf)) * idf(w);
  let na = 0;
  let nb = 0;
  let dot = 0;
  const shared: [string, number][] = [];
  for (const [w, tf] of a) {
    const x = weight(tf, w);
    na += x * x;
    const tfb = b.get(w);
    if (tfb !== undefined) {
      const y = weight(tfb, w);
      dot += x * y;
      shared.push([w, x * y]);
    }
  }
  for (const [w, tf] of b) nb += weight(tf, w) ** 2;
  if (dot === 0) return { sim: 0, shared: [] };
  shared.sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : 1));
  return { sim: dot / Math.sqrt(na * nb), shared: shared.slice(0, 3).map(([w]) => w) };
}

function merge(a: Map<string, number>, b: Map<string, number>): Map<string, number> {
  const out = new Map(a);
  for (const [w, tf] of b) out.set(w, (out.get(w) ?? 0) + tf);
  return out;
}

function themeLabel(t: { id: string; name: string; nameEn?: string | null }): string {
  const short = t.id.replace(/^theme:/, '');
  return `${short} ${t.name}`.trim();
}

function collectEvidence(a: ProgrammeFeatures, b: ProgrammeFeatures, corpus: SimilarityCorpus): Evidence[] {
  const evidence: Evidence[] = [];
  const gramIdf = (g: string) => corpus.gramIdf(g);
  const wordIdf = (w: string) => corpus.wordIdf(w);

  const names = bestVariantPair(a.names, b.names, gramIdf);
  if (names.sim > 0) {
    const rewrites = [...a.rewrites, ...b.rewrites].map((r) => `${r.variant} = ${r.canonical}`);
    const via = rewrites.length ? `; variants ${[...new Set(rewrites)].join(', ')}` : '';
    evidence.push({ kind: 'name', strength: names.sim, reason: `similar names: ${names.a} ~ ${names.b} (${round(names.sim)})${via}` });
  }

  let policy: Evidence | null = null;
  for (const p of a.policies) {
    if (!b.policies.some((q) => q.id === p.id)) continue;
    const strength = Math.sqrt(corpus.policySpecificity(a, p.id) * corpus.policySpecificity(b, p.id));
    if (!policy || strength > policy.strength) policy = { kind: 'policy', strength, reason: `same policy: ${p.name}` };
  }
  if (policy) evidence.push(policy);

  let theme: Evidence | null = null;
  for (const t of a.themes) {
    if (!b.themes.some((q) => q.id === t.id)) continue;
    const strength = 0.4 + 0.6 * corpus.themeSpecificity(t.id);
    if (!theme || strength > theme.strength) theme = { kind: 'theme', strength, reason: `same theme: ${themeLabel(t)}` };
  }
  if (theme) evidence.push(theme);

  const context = cosine(a.context, b.context, wordIdf);
  if (context.sim > 0) evidence.push({ kind: 'context', strength: context.sim, reason: `similar sentences (${round(context.sim)}): ${context.shared.join(', ')}` });

  if (a.definition.size || b.definition.size) {
    const ab = cosine(a.definition, merge(b.context, b.definition), wordIdf).sim;
    const ba = cosine(b.definition, merge(a.context, a.definition), wordIdf).sim;
    const sim = Math.max(ab, ba);
    if (sim > 0) evidence.push({ kind: 'definition', strength: sim, reason: `glossary definition matches (${round(sim)})` });
  }

  let unit: Evidence | null = null;
  for (const u of a.units) {
    if (!b.units.includes(u)) continue;
    const strength = corpus.unitSpecificity(u);
    if (!unit || strength > unit.strength) unit = { kind: 'unit', strength, reason: `same target unit: ${u}` };
  }
  if (unit) evidence.push(unit);

  if (a.metrics.length && b.metrics.length) {
    const metric = bestVariantPair(a.metrics, b.metrics, gramIdf);
    if (metric.sim > 0) evidence.push({ kind: 'metric', strength: metric.sim, reason: `similar target metrics: ${metric.a} ~ ${metric.b} (${round(metric.sim)})` });
  }
  return evidence;
}

export function scorePair(a: ProgrammeFeatures, b: ProgrammeFeatures, corpus: SimilarityCorpus, weights: SimilarityWeights): PairScore {
  const contributions = collectEvidence(a, b, corpus)
    .map((e) => ({ ...e, contribution: Math.min(1, Math.max(0, weights[e.kind] * e.strength)) }))
    .sort((x, y) => y.contribution - x.contribution || (x.reason < y.reason ? -1 : 1));
  let miss = 1;
  for (const c of contributions) miss *= 1 - c.contribution;
  return {
    score: round(1 - miss, 3),
    reasons: contributions.filter((c) => c.contribution >= MIN_REASON_CONTRIBUTION).map((c) => c.reason),
  };
}
