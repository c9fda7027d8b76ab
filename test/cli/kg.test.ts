import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '../../ingest/index.ts';

const kg = (...args: string[]) => spawnSync(process.execPath, ['bin/kg.js', ...args], { encoding: 'utf8', timeout: 60_000 });
const SEED = `seeds/${fs.readdirSync('seeds').sort()[1]}`;

describe('the kg command line', () => {
  it('answers an unknown subcommand or a bad flag with usage and exit code 2', () => {
    for (const args of [['frobnicate'], ['extract', SEED, '--no-such-flag'], ['serve', '--port', 'abc'], ['export', '--format', 'pdf']]) {
      const run = kg(...args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/usage|unknown|invalid|error/i);
    }
  });

  it('kg extract FILE --json prints the extraction contract of DESIGN.md', () => {
    const run = kg('extract', SEED, '--json');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(Object.keys(out.document)).toEqual(expect.arrayContaining(['id', 'title', 'district', 'docType', 'publishedAt', 'issuer', 'docNumber', 'period']));
    expect(out.document.docNumber).toBe('浦潍委〔2023〕5号');
    const text: string = out.document.text;
    for (const e of out.entities) {
      expect(ENTITY_TYPES).toContain(e.type);
      for (const m of e.mentions) expect(m.end).toBeGreaterThan(m.start);
    }
    const targets = out.entities.filter((e: { type: string }) => e.type === 'Target');
    for (const t of targets) expect(typeof t.value).toBe('number');
    for (const r of out.relations) for (const s of r.evidence) expect(text.slice(s.start, s.end).length).toBe(s.end - s.start);
  });

  it('names the file and the reason when it cannot read one', () => {
    const run = kg('extract', 'no/such/file.txt', '--json');
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('no/such/file.txt');
  });
});
