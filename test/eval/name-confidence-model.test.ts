import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { trainNameConfidence } from './name-confidence-training.ts';

describe('the shipped name-confidence model', () => {
  it('is what training on the current rules and fixtures gives (after a rule changes, run npm run train:confidence)', async () => {
    const shipped = JSON.parse(readFileSync(new URL('../../ingest/data/name-confidence.json', import.meta.url), 'utf8'));
    const { file } = await trainNameConfidence();
    expect(file).toEqual(shipped);
  }, 300_000);
});
