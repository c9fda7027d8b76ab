import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExtractionPool, extractFile, extractFiles, type Extraction } from '../../ingest/index.ts';

const SEEDS = 'seeds';
let dir: string;
let files: string[];

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-batch-'));
  const seeds = fs.readdirSync(SEEDS).sort().slice(0, 3);
  fs.copyFileSync(path.join(SEEDS, seeds[0]), path.join(dir, 'a-good.txt'));
  fs.writeFileSync(path.join(dir, 'b-empty.txt'), '');
  fs.copyFileSync(path.join(SEEDS, seeds[1]), path.join(dir, 'c-good.txt'));
  fs.writeFileSync(path.join(dir, 'd-binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7, 8, 0]));
  fs.copyFileSync(path.join(SEEDS, seeds[2]), path.join(dir, 'e-good.txt'));
  files = ['a-good', 'b-empty', 'c-good', 'd-binary', 'e-good'].map((b) => path.join(dir, `${b}.txt`));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const summary = (e: Extraction) => ({ doc: e.document.id, entities: e.entities.map((x) => x.id).sort(), relations: e.relations.length });

describe('batch extraction (segment several documents, then analyse them)', () => {
  it('extractFiles gives each file what extractFile gives it, and an Error naming each bad file', async () => {
    const results = await extractFiles(files);
    expect(results).toHaveLength(files.length);
    for (const [k, file] of files.entries()) {
      const result = results[k];
      if (file.includes('good')) {
        expect(result).not.toBeInstanceOf(Error);
        expect(summary(result as Extraction)).toEqual(summary(await extractFile(file)));
      } else {
        expect(result).toBeInstanceOf(Error);
        expect((result as Error).message).toContain(path.basename(file));
      }
    }
  });

  it('the worker pool sends files in jobs and settles each file on its own', async () => {
    const pool = createExtractionPool(1, 2);
    try {
      const settled = await Promise.allSettled(files.map((f) => pool.extract(f)));
      expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'rejected', 'fulfilled']);
      const good = settled[2] as PromiseFulfilledResult<Extraction>;
      expect(summary(good.value)).toEqual(summary(await extractFile(files[2])));
      expect(((settled[3] as PromiseRejectedResult).reason as Error).message).toContain('d-binary.txt');
    } finally {
      await pool.close();
    }
  }, 60_000);
});
