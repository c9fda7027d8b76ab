/**
 * Projects named by where the work is: a bank and its bracketed stretch, a numbered building; and
 * the rules added from tuned documents' misses below (brands, events taken part in, the cost after the work).
 */
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../ingest/extract/normalise.ts';
import { names, plan } from './helpers.ts';

describe('a project on a place', () => {
  it('takes the bank and the bracketed stretch after the river', () => {
    const found = names(plan('1.推进澄溪河北岸（汀衡路至沁澜路段）滨河步道贯通工程，全长1.2公里。'), 'Programme');
    expect(found).toContain(nameKey('澄溪河北岸（汀衡路至沁澜路段）滨河步道贯通工程'));
  });

  it('takes a verb describing the object after a bracketed stretch', () => {
    const found = names(plan('1.建成汀荫路（望澜路至霁溪路段）健身步道建设工程，新增健身步道4公里。'), 'Programme');
    expect(found).toContain(nameKey('汀荫路（望澜路至霁溪路段）健身步道建设工程'));
  });

  it('ends with 集中整治, an action jieba reads as one word', () => {
    expect(names(plan('2、开展汀秀新村违法建筑集中整治。'), 'Programme')).toContain(nameKey('汀秀新村违法建筑集中整治'));
  });

  it('reads a sentence that ends with such a verb', () => {
    expect(() => names(plan('1.建成汀荫路（望澜路至霁溪路段）健身'), 'Place')).not.toThrow();
  });

  it('takes a building’s number inside its name', () => {
    expect(names(plan('2.改善办学条件。实施学生公寓3号楼改造工程，改造面积2600平方米。'), 'Programme')).toContain(nameKey('学生公寓3号楼改造工程'));
  });
});

describe('a quoted project on counted estates or villages, none named', () => {
  it('starts at the count (GUIDE.md: 2个小区“美丽家园”改造)', () => {
    expect(names(plan('1.持续推进城市更新，完成4个小区“美丽家园”改造，加装电梯。'), 'Programme')).toContain(nameKey('4个小区“美丽家园”改造'));
  });

  it('but a practice on each of them is named alone', () => {
    expect(names(plan('1.46个居民区“三会”制度落实率保持100%。'), 'Programme')).not.toContain(nameKey('46个居民区“三会”制度'));
  });
});

describe('a numbered event', () => {
  it('is named with the district, town or city that holds it', () => {
    const found = names(plan('1.举办静安区第三届职工运动会，组织镇第十届运动会。'), 'Programme');
    expect(found).toContain(nameKey('静安区第三届职工运动会'));
    expect(found).toContain(nameKey('镇第十届运动会'));
  });
});

describe('a project on a village, estate or venue named right after its town', () => {
  it('starts with the town; a road’s project does not', () => {
    const text = plan('1.完成奉城镇汀埭村农民集中居住平移项目一期，推进奉城镇汀川路（澄湾路至泓汀路段）大修工程。');
    const found = names(text, 'Programme');
    expect(found).toContain(nameKey('奉城镇汀埭村农民集中居住平移项目一期'));
    expect(found).not.toContain(nameKey('奉城镇汀川路（澄湾路至泓汀路段）大修工程'));
  });
});

describe('what a place became or a brand without quotes', () => {
  it('reads 某村创建成为/创建第N批 as what the village became, no project', () => {
    const found = names(plan('1.澄荫村创建成为市级乡村振兴示范村，汀泾村成功创建第五批市级美丽乡村示范村。'), 'Programme');
    expect(found).not.toContain(nameKey('澄荫村创建'));
    expect(found).not.toContain(nameKey('汀泾村成功创建'));
  });

  it('keeps the work on a place when its object follows elsewhere', () => {
    expect(names(plan('2.完成汀秀新村雨污分流改造。'), 'Programme')).toContain(nameKey('汀秀新村雨污分流改造'));
  });

  it('names no programme by an unquoted brand, and keeps a quoted one', () => {
    const found = names(plan('3.擦亮澄溪古镇品牌，引进首店和品牌12个，打造“汀澜优选”农产品品牌。'), 'Programme');
    expect(found.filter((n) => n.endsWith('品牌') && !n.includes('汀澜优选'))).toEqual([]);
    expect(found).toContain(nameKey('“汀澜优选”农产品品牌'));
  });

  it('names no programme by an unquoted platform or system, but by its phases and a quoted one', () => {
    const found = names(
      plan('2.澄浦科技公司共建芷岚产业协同创新平台，升级蔚川大厦空调系统，推进澄溪区医保智能监管平台二期，上线“澄心办”政务服务平台。'),
      'Programme',
    );
    expect(found.filter((n) => n.endsWith('平台') && !n.includes('澄心办'))).toEqual([]);
    expect(found.filter((n) => n.endsWith('系统'))).toEqual([]);
    expect(found.some((n) => n.endsWith('平台二期'))).toBe(true);
    expect(found).toContain(nameKey('“澄心办”政务服务平台'));
  });
});

describe('taking part in an event (参加, 带队参加)', () => {
  it('is the sentence’s verb: the event’s name starts after it, not at the person before it', () => {
    const ex = plan('1.副镇长欧阳澄带队参加上海市青少年体育锦标赛，汀浦足球队参加上海市中学生足球锦标赛。');
    const found = names(ex, 'Programme');
    expect(found).toEqual(expect.arrayContaining(['上海市青少年体育锦标赛', '上海市中学生足球锦标赛'].map(nameKey)));
    expect(found.some((n) => n.includes('参加'))).toBe(false);
  });
});

describe('the cost after a place’s work (某村示范村建设总投资…)', () => {
  it('is no object of the work: the work is a programme', () => {
    const found = names(plan('1.澄溪村示范村建设总投资约2600万元，完成年度计划。'), 'Programme');
    expect(found).toContain(nameKey('澄溪村示范村建设'));
  });
});

describe('the district’s own plan on a field, written without 《》', () => {
  it('is its programme, with its year or its years in brackets; a bare 镇 opens it only after the verb taking it up', () => {
    const ex = plan('1.印发华新镇2025年防汛防台工作方案，实施华新镇平安建设三年行动计划（2024—2026年），顺利完成镇环保三年行动计划收官，落实华新镇2025年工作计划，各镇工作方案报区备案。');
    const found = names(ex, 'Programme');
    expect(found).toEqual(expect.arrayContaining(['华新镇2025年防汛防台工作方案', '华新镇平安建设三年行动计划（2024—2026年）', '镇环保三年行动计划'].map(nameKey)));
    expect(found.some((n) => n.includes('工作计划') || n.startsWith(nameKey('各镇')) || n === nameKey('镇工作方案'))).toBe(false);
  });
});

describe('a phase after a list of places', () => {
  it('is the last place’s phase, not the whole list’s', () => {
    const found = names(plan('1.与澄川创园、汀溪智谷、霁澜科技园一期等园区开展联合招商。'), 'Programme');
    expect(found).toContain(nameKey('霁澜科技园一期'));
    expect(found.some((n) => n.includes('、'))).toBe(false);
  });
});

describe('an inspection or a focus verb before a project (real reports)', () => {
  it('a visit to a project is not part of its name, nor is the visitor', () => {
    const ex = plan('邬泓生一行实地查看澔川苑电梯加装工程开展情况；区领导察看钤溪路改建工程，了解施工进度。');
    const programmes = names(ex, 'Programme');
    for (const p of programmes) expect(p).not.toMatch(/邬泓生|查看|察看/);
    expect(programmes).toContain(nameKey('钤溪路改建工程'));
  });

  it('聚力 before a project is the sentence’s verb, not the start of the name', () => {
    const ex = plan('聚力霁寿坊项目招商，用足用好澜湾园区载体资源。');
    expect(names(ex, 'Programme')).toContain(nameKey('霁寿坊项目'));
    for (const p of [...names(ex, 'Place'), ...names(ex, 'Programme')]) expect(p).not.toMatch(/聚力|用足用好/);
  });
});
