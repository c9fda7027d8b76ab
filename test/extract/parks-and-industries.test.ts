/**
 * Rules from session 10: industrial parks named by their place and the industries they host, and
 * names whose first character jieba reads as a number word. Invented names throughout.
 */
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../ingest/extract/normalise.ts';
import { names, plan } from './helpers.ts';

describe('industrial parks', () => {
  it('a park is named by its place and the industries it hosts (智能制造, 新能源汽车零部件, 城市工业)', () => {
    const ex = plan('1.依托岚泾智能制造产业园、金山城市工业园区和泖港新能源汽车零部件产业园招商。');
    expect(names(ex, 'Place')).toEqual(expect.arrayContaining(['岚泾智能制造产业园', '金山城市工业园区', '泖港新能源汽车零部件产业园'].map(nameKey)));
  });

  it('the verb that sets a park up is not part of its name (另设, 增设)', () => {
    const ex = plan('1.另设松江生物医药产业园服务点。');
    expect(names(ex, 'Place')).toContain(nameKey('松江生物医药产业园'));
    expect(names(ex, 'Place').filter((n) => n.includes('另设'))).toEqual([]);
  });

  it('an industry with no place before it names no park', () => {
    expect(names(plan('1.推进智能制造产业园和生物医药产业园建设。'), 'Place')).toEqual([]);
  });
});

describe('a first character read as a number word', () => {
  it('月 at the start of a name after a boundary or a preposition is the name’s (月/m 泾/zg 烈士陵园)', () => {
    const ex = plan('1.在月泾烈士陵园举行公祭，组织参观月塘纪念园。');
    expect(names(ex, 'Place')).toEqual(expect.arrayContaining(['月泾烈士陵园', '月塘纪念园']));
  });
});

describe('what precedes a name', () => {
  it('a definition’s 指由 is no part of the place after it', () => {
    const ex = plan('3.“园区安全员”制度：指由园区运营方指定1名管理人员担任。');
    expect(names(ex, 'Place').filter((n) => n.startsWith('指'))).toEqual([]);
  });

  it('跟踪服务 before a park is the sentence’s verb', () => {
    const ex = plan('1.跟踪服务岚汀精工产业园二期建设。');
    expect(names(ex, 'Place')).toContain(nameKey('岚汀精工产业园'));
  });
});

describe('heritage buildings and parcels', () => {
  it('a clan hall named by its family is a Place of its own after its village; its upkeep is no programme', () => {
    const ex = plan('1.实施岚塘村怀德堂、汀溪村眭氏宗祠等7处历史建筑保护性修缮。');
    expect(names(ex, 'Place')).toEqual(expect.arrayContaining(['汀溪村', '眭氏宗祠']));
    expect(names(ex, 'Programme')).toEqual([]);
  });

  it('a counted parcel (9幅地块, 3宗地块) names no parcel', () => {
    expect(names(plan('1.9幅地块全部实现“净地”入库，3宗地块完成出让。'), 'Place')).toEqual([]);
  });
});
