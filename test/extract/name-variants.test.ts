/**
 * Names written two ways keep the other form as an alias (name-variants.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../ingest/types.ts';
import { names, plan } from './helpers.ts';
import { nameKey } from '../../ingest/extract/normalise.ts';

const entity = (type: string) => (ex: Extraction, name: string) => ex.entities.find((e) => e.type === type && e.name === name);
const programme = entity('Programme');
const place = entity('Place');
const body = entity('Organisation');

describe('a work on listed places', () => {
  it('is named with its list, and from its count on as an alias', () => {
    const ex = plan('全年完成澔园新村、钤溪苑等3个小区“美丽家园”改造；钤东小区和澔西小区2个小区雨污混接改造完工。');
    expect(programme(ex, '澔园新村、钤溪苑等3个小区“美丽家园”改造')?.aliases).toContain('3个小区“美丽家园”改造');
    expect(programme(ex, '钤东小区和澔西小区2个小区雨污混接改造')?.aliases).toContain('2个小区雨污混接改造');
  });

  it('gives no alias to a work with no list before its count', () => {
    const ex = plan('完成5个小区旧住宅修缮改造项目。');
    expect(programme(ex, '5个小区旧住宅修缮改造项目')?.aliases ?? []).toEqual([]);
  });
});

describe('a phase and its building', () => {
  it('is named with 建设, and without it as an alias; other works keep their kind word', () => {
    const ex = plan('推进澔川智造园二期建设，加快钤溪生态公园三期工程。');
    expect(programme(ex, '澔川智造园二期建设')?.aliases).toContain('澔川智造园二期');
    expect(programme(ex, '钤溪生态公园三期工程')?.aliases ?? []).toEqual([]);
  });

  it('works named with 工程建设 are named without 建设 as an alias', () => {
    const ex = plan('推进澔川水厂二期工程建设，新增供水能力2万立方米/日。');
    expect(programme(ex, '澔川水厂二期工程建设')?.aliases).toContain('澔川水厂二期工程');
  });
});

describe('an area named with 片区', () => {
  it('is named by its own name too', () => {
    const ex = plan('推进澔川古城片区城市更新，完善钤溪湾片区配套。');
    expect(place(ex, '澔川古城片区')?.aliases).toContain('澔川古城');
    expect(place(ex, '钤溪湾片区')?.aliases).toContain('钤溪湾');
  });
});

describe('a quoted programme with its kind word', () => {
  it('is named by the quoted name alone too, but not a phase of it', () => {
    const ex = plan('深化“澔邻守望”为老服务行动；建设“钤安智管”平台二期。');
    expect(programme(ex, '“澔邻守望”为老服务行动')?.aliases).toContain('“澔邻守望”');
    expect(programme(ex, '“钤安智管”平台二期')?.aliases ?? []).not.toContain('“钤安智管”');
  });
});

describe('a section written after its body', () => {
  it('is named whole, and by the section alone as an alias', () => {
    const ex = plan('由区澔农委乡村建设科牵头，区钤残联康复服务部配合。');
    expect(body(ex, '区澔农委乡村建设科')?.aliases).toContain('乡村建设科');
    expect(body(ex, '区钤残联康复服务部')?.aliases).toContain('康复服务部');
  });
});

describe('a work on listed places written with their count, whatever the kind of place', () => {
  it('is one programme named with its list, the count on as an alias', () => {
    const ex = plan('1.完成苇澄圩区、蓼汀圩区、沙澜圩区3个圩区达标改造，推进澜溪书房、泓渡书房2家城市书房建设。');
    expect(programme(ex, '苇澄圩区、蓼汀圩区、沙澜圩区3个圩区达标改造')?.aliases).toContain('3个圩区达标改造');
    expect(programme(ex, '澜溪书房、泓渡书房2家城市书房建设')).toBeDefined();
  });

  it('is not a clause with the sentence’s verb in it, nor two works joined', () => {
    const ex = plan('1.澄川河、汀兰港等18条河道实施轮疏，姚澄浜、俞汀浜2条河道综合整治工程和翠澜湖水系连通工程开工。');
    expect(names(ex, 'Programme').some((n) => n.includes('实施') || n.includes('工程和'))).toBe(false);
  });
});

describe('a counted work on towns, firms or bare names', () => {
  it('takes towns and 街道 as its items', () => {
    const ex = plan('1.完成新桥镇、九亭镇2座泵站机电设备更新改造。');
    expect(names(ex, 'Programme')).toContain(nameKey('新桥镇、九亭镇2座泵站机电设备更新改造'));
  });

  it('takes firms as its items only when counted as firms (等N家企业)', () => {
    const ex = plan('1.推进澔岚半导体、钤沛新材、汀砺化工等43家企业挥发性有机物深度治理项目。');
    expect(names(ex, 'Programme')).toContain(nameKey('澔岚半导体、钤沛新材、汀砺化工等43家企业挥发性有机物深度治理项目'));
  });

  it('takes bare names no dictionary knows, counted in Chinese numerals too, and drops 建设 after 项目', () => {
    const ex = plan('1.推进澔湄、钤湾2座雨水泵站截流改造，完成蓼澄、汀泾两个生态清洁小流域建设，启动澔亭、钤泾2个保障性租赁住房项目建设。');
    expect(names(ex, 'Programme')).toEqual(expect.arrayContaining(['澔湄、钤湾2座雨水泵站截流改造', '蓼澄、汀泾两个生态清洁小流域建设', '澔亭、钤泾2个保障性租赁住房项目'].map(nameKey)));
  });

  it('ends in a compound action that holds a sentence verb (集中整治)', () => {
    const ex = plan('1.完成澔塘新村、钤泉小区等11个住宅小区违建集中整治。');
    expect(names(ex, 'Programme')).toContain(nameKey('澔塘新村、钤泉小区等11个住宅小区违建集中整治'));
  });

  it('takes no list of fields the dictionary knows word by word', () => {
    const ex = plan('1.举办叉车驾驶、西式面点、养老护理3个竞赛项目。');
    expect(names(ex, 'Programme').some((n) => n.includes('叉车驾驶'))).toBe(false);
  });
});

describe('a stretch of a named place (某某/ns 段/q) before a work', () => {
  it('is inside the work’s name', () => {
    expect(names(plan('1.杭州湾北岸漕泾段海塘达标提标工程完成2.3公里。'), 'Programme')).toContain('杭州湾北岸漕泾段海塘达标提标工程');
  });
});
