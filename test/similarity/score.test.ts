import { describe, expect, it } from 'vitest';
import {
  buildFeatures,
  computeSimilarities,
  resolveOptions,
  scorePair,
  SimilarityCorpus,
  type ScoredPair,
} from '../../graph/similarity/index.ts';
import { nameGrams, normaliseText } from '../../graph/similarity/text.ts';
import { ALL, DISTRACTORS, LIFTS, PLATFORMS, SEWAGE, WASTE } from './fixtures.ts';

const corpus = new SimilarityCorpus(ALL.map(buildFeatures));
const options = resolveOptions({}, {});
const features = (id: string) => corpus.programmes[corpus.indexOf.get(id)!];
const pairKey = (p: { from: string; to: string }) => `${p.from}~${p.to}`;

describe('text normalisation', () => {
  it('rewrites planning variants to one canonical term', () => {
    expect(normaliseText('老公房加梯')).toContain('加装电梯');
    expect(normaliseText('既有住宅电梯加装')).toContain('加装电梯');
    expect(normaliseText('雨污水混接改造')).toContain('雨污分流');
  });
  it('drops counts and boilerplate from names', () => {
    expect(nameGrams('推进5个小区加装电梯工作')).not.toContain('推进');
    expect(nameGrams('推进5个小区加装电梯工作').join()).not.toMatch(/5/);
    expect(nameGrams('加装电梯')).toEqual(expect.arrayContaining(['加装', '电梯']));
  });
});

describe('scorePair', () => {
  it('gives scores in [0, 1], the same both ways', () => {
    for (const a of corpus.programmes)
      for (const b of corpus.programmes) {
        const s = scorePair(a, b, corpus, options.weights).score;
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(scorePair(b, a, corpus, options.weights).score).toBeCloseTo(s, 6);
      }
  });
  it('explains itself with short readable reasons', () => {
    const lifts = scorePair(features('p:a-lift'), features('p:c-lift'), corpus, options.weights);
    expect(lifts.reasons).toContain('same theme: elevators 加装电梯');
    expect(lifts.reasons).toContain('same target unit: 台');
    expect(lifts.reasons.some((r) => r.startsWith('similar names: 多层住宅加装电梯 ~ 既有住宅电梯加装 ('))).toBe(true);
    const platforms = scorePair(features('p:a-platform'), features('p:b-platform'), corpus, options.weights);
    expect(platforms.reasons).toContain('same policy: 一网统管');
  });
});

describe('computeSimilarities', () => {
  const all = computeSimilarities(corpus, ALL.map((p) => p.id), options);
  const keys = new Set(all.map(pairKey));

  it('joins the variants of one programme kind across districts', () => {
    for (const group of [LIFTS, SEWAGE, WASTE, PLATFORMS])
      for (const a of group)
        for (const b of group) if (a.id < b.id) expect(keys.has(`${a.id}~${b.id}`), `${a.id} ~ ${b.id}`).toBe(true);
  });
  it('never pairs programmes of the same district', () => {
    const district = new Map(ALL.map((p) => [p.id, p.districtIds[0]]));
    for (const p of all) expect(district.get(p.from)).not.toBe(district.get(p.to));
  });
  it('does not join unrelated programmes that share generic words', () => {
    const distractors = new Set(DISTRACTORS.map((d) => d.id).filter((id) => id !== 'p:a-lift-same-district'));
    for (const p of all) expect(distractors.has(p.from) || distractors.has(p.to), pairKey(p)).toBe(false);
  });
  it('writes one direction per pair, smaller id first, scores at or above the threshold', () => {
    for (const p of all) {
      expect(p.from < p.to).toBe(true);
      expect(p.score).toBeGreaterThanOrEqual(options.threshold);
    }
  });
  it('keeps at most top-k per recomputed programme unless the neighbour ranks it', () => {
    const one = computeSimilarities(corpus, ALL.map((p) => p.id), { ...options, topK: 1 });
    expect(one.length).toBeLessThan(all.length);
    const best = new Map<string, ScoredPair>();
    for (const p of all) for (const id of [p.from, p.to]) if (!best.has(id) || best.get(id)!.score < p.score) best.set(id, p);
    for (const p of best.values()) expect(one.map(pairKey)).toContain(pairKey(p));
  });
  it('recomputes incrementally: only pairs touching the changed programme, same result', () => {
    const changed = 'p:b-lift';
    const stored = new Map<string, number[]>();
    for (const p of all)
      if (p.from !== changed && p.to !== changed)
        for (const id of [p.from, p.to]) stored.set(id, [...(stored.get(id) ?? []), p.score]);
    const partial = computeSimilarities(corpus, [changed], options, stored);
    expect(partial.every((p) => p.from === changed || p.to === changed)).toBe(true);
    expect(partial.map(pairKey).sort()).toEqual(all.filter((p) => p.from === changed || p.to === changed).map(pairKey).sort());
  });
});

describe('options', () => {
  it('reads the threshold and top-k from the environment, options first', () => {
    expect(resolveOptions({}, { KG_SIMILARITY_THRESHOLD: '0.6', KG_SIMILARITY_TOP_K: '3' })).toMatchObject({ threshold: 0.6, topK: 3 });
    expect(resolveOptions({ threshold: 0.2 }, { KG_SIMILARITY_THRESHOLD: '0.6' }).threshold).toBe(0.2);
    expect(() => resolveOptions({}, { KG_SIMILARITY_THRESHOLD: '2' })).toThrow();
    expect(() => resolveOptions({ topK: 0 }, {})).toThrow();
  });
});
