/**
 * Units outside Shanghai (GUIDE.md: administrative units elsewhere are Districts, their villages
 * Places): paired counties and their townships, neighbouring cities. Invented townships and villages.
 */
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../ingest/extract/normalise.ts';
import { names, plan } from './helpers.ts';

describe('units elsewhere in China', () => {
  it('cities, counties and the township written right after its county are Districts', () => {
    const ex = plan('1.镇党委书记带队赴深圳、苏州招商，在绿春县岚沟乡和西畴县汀溪镇开展结对帮扶。');
    expect(names(ex, 'District')).toEqual(expect.arrayContaining(['深圳市', '苏州市', '绿春县', '岚沟乡', '西畴县', '汀溪镇'].map(nameKey)));
    const township = ex.entities.find((e) => e.name === '岚沟乡')!;
    expect(ex.relations.some((r) => r.type === 'PART_OF' && r.from === township.id && r.to === 'district:绿春县')).toBe(true);
  });

  it('no township from a word for towns in general, or from what follows the county', () => {
    const ex = plan('1.推进泽普县城镇建设，助力元阳县的乡村振兴。');
    expect(names(ex, 'District').filter((n) => /[乡镇]$/.test(n) && n !== nameKey('华新镇'))).toEqual([]);
  });

  it('a province inside a body’s name, a city in a word and a person named like a city are no mentions', () => {
    const ex = plan('1.静安区浙江岚水商会成立，长江入海口生态修复。', '2.队长沈阳带领队员开展服务。');
    expect(names(ex, 'District')).not.toContain(nameKey('浙江省'));
    expect(names(ex, 'District')).not.toContain(nameKey('海口市'));
    expect(names(ex, 'District')).not.toContain(nameKey('沈阳市'));
    expect(names(ex, 'Person')).toContain(nameKey('沈阳'));
  });
});
