/**
 * A city brand's 改造 standing alone is the brand's policy (GUIDE.md: 推进“美丽家园”建设 is a Policy,
 * 4 of 4); counted places make it a concrete programme (2个小区“美丽家园”改造).
 */
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../ingest/extract/normalise.ts';
import { names, plan } from './helpers.ts';

describe("a city brand's 改造", () => {
  it('standing alone is the policy, not a programme', () => {
    const ex = plan('1.全力推进“两旧一村”改造，优化营商环境。');
    expect(names(ex, 'Programme')).toEqual([]);
    expect(names(ex, 'Policy')).toContain(nameKey('两旧一村'));
  });

  it('after counted places is a programme', () => {
    expect(names(plan('1.完成3个小区“美丽家园”改造。'), 'Programme').length).toBe(1);
  });

  it('after counted villages and the households they hold is a programme named from the count', () => {
    expect(names(plan('1.完成6个村820户“美丽庭院”创建。'), 'Programme')).toEqual([nameKey('6个村820户“美丽庭院”创建')]);
  });
});

describe('a list of quoted names before 等 and a kind', () => {
  it('names a programme each when the kind is one of works, events or brands', () => {
    const found = names(plan('1.举办“江畔夜读”“邻里乐跑”等系列活动，推广“楼道花园”“阳台菜园”等公益项目。'), 'Programme');
    expect(found).toEqual(expect.arrayContaining(['“江畔夜读”', '“邻里乐跑”', '“楼道花园”', '“阳台菜园”'].map(nameKey)));
  });

  it('names none when the kind is a scene, a route, a reform or a method', () => {
    const found = names(plan('1.上线“梯控助手”“独居守望”等应用场景8个，推出“湖畔慢行”“田野采风”等精品线路，推行“容缺受理”“并联审批”等改革举措。'), 'Programme');
    expect(found).toEqual([]);
  });
});
