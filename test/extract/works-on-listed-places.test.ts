/**
 * Works named on one or more places: the actions that end such a name (入地, 治理) and a second
 * action joined by 和 (held-out rounds' 街道/镇 documents), each on invented names.
 */
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../ingest/extract/normalise.ts';
import { names, plan } from './helpers.ts';

describe('works on listed places', () => {
  it('burying overhead lines (架空线入地) on counted roads is a programme named with its roads', () => {
    expect(names(plan('1.完成松岚路、梓澜路2条道路架空线入地。'), 'Programme')).toContain(nameKey('松岚路、梓澜路2条道路架空线入地'));
  });

  it('a second action after 和 on a short common object belongs to the same work (架空线入地和合杆整治)', () => {
    expect(names(plan('1.实施梓澜路架空线入地和合杆整治，年内完工。'), 'Programme')).toContain(nameKey('梓澜路架空线入地和合杆整治'));
  });

  it('a kind word closes the name: the work it did after it, or the next phrase, is not part of it; a phase is', () => {
    const done = names(plan('1.梓澜路架空线入地和合杆整治工程入地架空线9.6公里。'), 'Programme');
    expect(done).toContain(nameKey('梓澜路架空线入地和合杆整治工程'));
    expect(done.some((n) => n.endsWith('工程入地'))).toBe(false);
    expect(names(plan('1.启动松岚河综合整治工程一期。'), 'Programme')).toContain(nameKey('松岚河综合整治工程一期'));
  });

  it("a river's ecological treatment (生态治理) on counted rivers is a programme", () => {
    expect(names(plan('1.实施松岚港、梓澜河2条河道生态治理。'), 'Programme')).toContain(nameKey('松岚港、梓澜河2条河道生态治理'));
  });

  it('农村公路 after a road names the road, not a new place', () => {
    const places = names(plan('1.推进松岚公路、梓澜路农村公路提档升级。'), 'Place');
    expect(places).toContain('梓澜路');
    expect(places).not.toContain('梓澜路农村公路');
  });
});

describe("a construction bureau's words that look like places", () => {
  it('a generic kind of bridge (危桥, 栈桥) is no place, after a common word or after the bridge it describes', () => {
    const places = names(plan('1.编制年度危桥改建计划，完成梓澜桥危桥改建，在松岚港河段搭设钢栈桥。'), 'Place');
    expect(places).toContain('梓澜桥');
    expect(places.some((n) => n.endsWith('危桥') || n.endsWith('栈桥'))).toBe(false);
  });

  it('words jieba reads as places or roads (惠及/ns, 掘路/x) and an idiom (全面落实/i) start no name', () => {
    const places = names(plan('1.工程惠及梓澜苑等小区居民，完成道路掘路计划审批，全面落实住宅工程质量潜在缺陷保险制度。'), 'Place');
    expect(places).toContain('梓澜苑');
    expect(places.some((n) => n.includes('惠及') || n.endsWith('掘路') || n.includes('全面落实'))).toBe(false);
  });

  it("a parcel named by a river's side and its plot code is a place", () => {
    expect(names(plan('1.在松岚港东侧C3-2地块设置临时材料堆场。'), 'Place')).toContain(nameKey('松岚港东侧C3-2地块'));
  });
});

describe("a road's stretch", () => {
  it('both ends of a stretch in brackets are roads, the far one too where jieba reads its 路 into 路段', () => {
    const places = names(plan('1.实施澜汀路（青澜路至梧汀路段）架空线入地，泾澜路（云汀路至芳澜路段）大修工程。'), 'Place');
    expect(places).toEqual(expect.arrayContaining(['澜汀路', '青澜路', '梧汀路', '泾澜路', '云汀路', '芳澜路']));
  });
});
