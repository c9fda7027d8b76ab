import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { chosenThreshold, trainNameConfidence } from './name-confidence-training.ts';

describe('the shipped name-confidence model', () => {
  it('is what training on the current rules and fixtures gives (after a rule changes, run npm run train:confidence)', async () => {
    const shipped = JSON.parse(readFileSync(new URL('../../ingest/data/name-confidence.json', import.meta.url), 'utf8'));
    const { file } = await trainNameConfidence();
    expect(file).toEqual(shipped);
  }, 300_000);
});

describe('the threshold training ships', () => {
  const curve = (f1s: number[]) => new Map<number, [number, number, number]>(
    [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7].map((t, k) => {
      // 1,000 right names; the false positives that give F1 f at 900 found (2tp / (2tp + fp + fn) = f)
      const [tp, fn] = [900, 100];
      return [t, [tp, Math.round((2 * tp) / f1s[k] - 2 * tp - fn), fn]];
    }),
  );

  it('is 0.5 where the cross-validated curve is flat within its noise', () => {
    expect(chosenThreshold(curve([0.902, 0.903, 0.902, 0.901, 0.9, 0.899, 0.897, 0.894, 0.89]))).toBe(0.5);
  });

  it('is the best point where it stands clear of 0.5 by more than a standard error', () => {
    expect(chosenThreshold(curve([0.93, 0.92, 0.9, 0.89, 0.88, 0.87, 0.86, 0.85, 0.84]))).toBe(0.3);
  });
});
