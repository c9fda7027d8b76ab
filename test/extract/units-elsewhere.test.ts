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

describe('hamlets of a village', () => {
  it('a family’s hamlet is a Place (沈/nr 家宅/n, 北/ns 潘宅/x)', () => {
    const ex = plan('1.在沈家宅、陆家宅和北潘宅建设睦邻点。');
    expect(names(ex, 'Place')).toEqual(expect.arrayContaining(['沈家宅', '陆家宅', '北潘宅']));
  });

  it('no hamlet in a farmhouse, a home, or where the hamlet names a river, village or group', () => {
    const ex = plan('1.利用闲置农宅改建睦邻点，整治陶家宅河，创建陶宅村示范村，改造姚家宅村民小组农房。');
    expect(names(ex, 'Place').filter((n) => /宅$/.test(n))).toEqual([]);
  });
});

describe('rare surnames', () => {
  it('regional surnames in use (植, 展, 茆, 普, 税) start names after a title', () => {
    expect(names(plan('1.村委会副主任植文华获评优秀村干部。合作社理事长茆永华带领社员增收。'), 'Person')).toEqual(expect.arrayContaining(['植文华', '茆永华']));
  });

  it('a surname inside a word before 同志 is no name (发展的同志们)', () => {
    expect(names(plan('1.感谢关心支持华新发展的同志们。'), 'Person')).toEqual([]);
  });
});

describe('no village from words around 村', () => {
  it('a function word or the town’s level glued to 村 names no village (经村, 内村, 镇/n 联村/n, 群到/x 村, 地区村, 平安村)', () => {
    const ex = plan('1.重大事项决策全部经村党总支会议研究。示范带内村集体经济收入均超过15万元。镇联村领导到村指导工作11次。镇党委委员靳立群到村指导。协作地区村集体经济收入增长。深化平安村创建。');
    expect(names(ex, 'Place')).toEqual([]);
  });
});
