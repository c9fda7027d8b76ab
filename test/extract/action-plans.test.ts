/**
 * Rules from held-out round 44 (a 区's three-year urban renewal plan, a 区's elderly-care action
 * plan), each on invented names.
 */
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../ingest/extract/normalise.ts';
import { names, plan } from './helpers.ts';

describe('names in special action plans', () => {
  it("a name between the post's body and its title is the holder (区房管局/j 某某副局长带队)", () => {
    expect(names(plan('1.区房管局逄秋霖副局长带队赴外省市学习历史建筑活化利用经验。'), 'Person')).toContain('逄秋霖');
  });

  it('a time word before a name is no part of it (改造期间/f 某某养老院)', () => {
    const orgs = names(plan('1.改造期间鹤松苑养老院在院老年人由就近养老机构妥善安置。'), 'Organisation');
    expect(orgs).toContain(nameKey('鹤松苑养老院'));
    expect(orgs.some((n) => n.startsWith('期间'))).toBe(false);
  });

  it("a list's 等 and its kind glued to the last item end that item's name (某某村等村)", () => {
    const places = names(plan('1.在甲镇松荫村、乙镇芦汀村、丙镇春晖村等村新建睦邻点60个。'), 'Place');
    expect(places).toEqual(expect.arrayContaining(['松荫村', '芦汀村', '春晖村'].map(nameKey)));
    expect(places.some((n) => n.includes('等'))).toBe(false);
  });

  it('布局 after the places where firms settle is the verb, not part of a place (在某镇布局某某综合体)', () => {
    const places = names(plan('1.鼓励企业在张江镇、金桥镇布局智慧康养服务综合体。'), 'Place');
    expect(places.some((n) => n.includes('布局'))).toBe(false);
  });
});

describe('phases of quoted projects', () => {
  it('a phase right after a quoted name is a project, with the work on it (“某某佳苑”一期, “某某佳苑”二期建设)', () => {
    const ex = plan('1.动迁安置房“松岚佳苑”一期已交付使用，推进“松岚佳苑”二期建设。');
    expect(names(ex, 'Programme')).toEqual(expect.arrayContaining(['“松岚佳苑”一期', '“松岚佳苑”二期建设'].map(nameKey)));
  });

  it('the place written right before a quoted phase is part of its name (某小区“成片加梯”一期)', () => {
    const ex = plan('1.芷汀小区“成片加梯”一期完工28台，实施芷汀小区“成片加梯”二期。');
    expect(names(ex, 'Programme')).toEqual(expect.arrayContaining(['芷汀小区“成片加梯”一期', '芷汀小区“成片加梯”二期'].map(nameKey)));
    expect(names(ex, 'Place')).toContain(nameKey('芷汀小区'));
  });
});

describe('phases of named works', () => {
  const programmes = (line: string) => names(plan(line), 'Programme');

  it('a phase is a project named by what is built, where no place is recognised before it (某某水岸度假酒店二期, 某苑农民集中居住点一期)', () => {
    expect(programmes('1.推进葭汀水岸度假酒店二期。')).toContain(nameKey('葭汀水岸度假酒店二期'));
    expect(programmes('1.协汀苑农民集中居住点一期建成交付。')).toContain(nameKey('协汀苑农民集中居住点一期'));
  });

  it("a body's name before the phase, brackets and all, starts the project (某某（上海）有限公司某某基地二期)", () => {
    expect(programmes('1.推动曜汀生物医药（上海）有限公司抗体药物中试基地二期竣工。')).toContain(nameKey('曜汀生物医药（上海）有限公司抗体药物中试基地二期'));
    expect(programmes('1.增补闵行区明汀实验小学二期。')).toContain(nameKey('闵行区明汀实验小学二期'));
  });

  it('a generic work or a compound listed among compounds is no phased project', () => {
    expect(programmes('1.实现安置房一期交付。').some((n) => n.includes('一期'))).toBe(false);
    expect(programmes('1.指导筠汀华庭二期、鹭汀湾2个小区按照标准实施。').some((n) => n.includes('二期'))).toBe(false);
  });
});

describe('the town’s own plan on two fields, with its year', () => {
  it('is a programme; the town’s whole plan for the year is not', () => {
    const ex = plan('1.制定华新镇2025年就业和社会保障工作计划，落实华新镇2025年平安建设工作要点。', '2.完成华新镇2025年工作计划确定的目标。');
    const programmes = names(ex, 'Programme');
    expect(programmes).toEqual(expect.arrayContaining(['华新镇2025年就业和社会保障工作计划', '华新镇2025年平安建设工作要点'].map(nameKey)));
    expect(programmes).not.toContain(nameKey('华新镇2025年工作计划'));
  });
});

describe('two phases joined by 和', () => {
  it('are two programmes, and the 和 starts neither the second nor its place', () => {
    const ex = plan('推进澔川智造园二期建设和钤溪生态公园三期工程；完成钤北人才公寓一期建设和澔南公园二期。');
    expect(names(ex, 'Programme')).toEqual(expect.arrayContaining(['澔川智造园二期建设', '钤溪生态公园三期工程', '钤北人才公寓一期建设', '澔南公园二期'].map(nameKey)));
    expect(names(ex, 'Place')).toEqual(expect.arrayContaining(['钤溪生态公园', '澔南公园'].map(nameKey)));
  });
});
