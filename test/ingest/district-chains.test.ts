import { describe, expect, it } from 'vitest';
import { extractFile } from '../../ingest/index.ts';

describe('district resolution', () => {
  it('every District in an extraction reaches 上海市, or a province elsewhere, through PART_OF', async () => {
    for (const seed of ['seeds/003_656eba83b3429dfe.txt', 'seeds/001_0966fad142695441.txt']) {
      const { entities, relations } = await extractFile(seed);
      const parent = new Map(relations.filter((r) => r.type === 'PART_OF' && r.from.startsWith('district:')).map((r) => [r.from, r.to]));
      const districts = entities.filter((e) => e.type === 'District');
      expect(districts.length).toBeGreaterThan(1);
      for (const d of districts) {
        let id = d.id;
        for (let hops = 0; parent.has(id) && hops < 5; hops++) id = parent.get(id)!;
        const root = entities.find((e) => e.id === id) as { level?: string } | undefined;
        expect(id === 'district:上海市' || root?.level === 'province', `${d.name} has no chain to 上海市 or a province`).toBe(true);
        expect(entities.some((e) => e.id === id)).toBe(true);
      }
    }
  });

  it('stamps the extractor fingerprint, so an improved extractor re-ingests unchanged files', async () => {
    const { document } = await extractFile('seeds/002_a21819862bf6781b.txt');
    expect(document.extractor).toMatch(/^[0-9a-f]{16}$/);
  });
});
