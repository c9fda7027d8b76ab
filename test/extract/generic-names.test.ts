/** Generic rules for place suffixes, project phases, listed counts and over-long organisation names. */
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../ingest/extract/normalise.ts';
import { byRules, docFrom, names, plan } from './helpers.ts';


describe('generic name rules', () => {
  const TEXT = [
    '华新镇2024年工作计划',
    '一、重点工作',
    '1、推动华新科技园区转型,支持华新印象城开展夜间消费活动,推进嘉松公路沿线商业街区提升。',
    '2、实施凤溪塘、小石泾综合整治;完成华星公园改造一期,启动北桥产业园一期建设。',
    '3、在北桥居民区试点“楼道议事”,在白鹤社区新建睦邻中心1家,统筹利用社区各方资源。',
    '4、依托华新图书馆开展“书香华新”阅读推广活动,开展“平安华新”创建。',
    '5、完成叶北小区、紫藤公寓和华星新苑3个小区旧住宅综合修缮。',
    '6、镇党委书记王建国任镇安全生产委员会主任。现在,我代表华新镇人民政府报告工作。',
    '7、完成凤溪河北岸步道贯通工程。',
  ].join('\n');
  const ex = byRules(docFrom(TEXT));
  const places = names(ex, 'Place');
  const programmes = names(ex, 'Programme');
  const orgs = names(ex, 'Organisation');

  it('keeps a name that starts with the town short name', () => {
    expect(places).toEqual(expect.arrayContaining(['华新科技园区', '华新印象城', '嘉松公路']));
  });

  it('knows 塘, 居民区, named 社区 and 图书馆 as place suffixes, but not generic 社区', () => {
    expect(places).toEqual(expect.arrayContaining(['凤溪塘', '北桥居民区', '白鹤社区', '华新图书馆']));
    expect(places).not.toContain('利用社区');
  });

  it('takes the river, not its stretch, as the place', () => {
    expect(places).toContain('凤溪河');
    expect(places).not.toContain('凤溪河北岸步道');
  });

  it('reads phases, listed counts without 等 and quoted names cut by a verb', () => {
    expect(programmes).toEqual(expect.arrayContaining([
      '华星公园改造一期',
      '北桥产业园一期建设',
      '叶北小区、紫藤公寓和华星新苑3个小区旧住宅综合修缮',
      nameKey('“书香华新”阅读推广活动'),
      nameKey('“平安华新”创建'),
      '凤溪塘、小石泾综合整治',
    ]));
    expect(programmes).not.toContain('白鹤社区新建');
  });

  it('does not let a post holder or the verb 代表 into an organisation name', () => {
    expect(orgs.some((o) => o.includes('王建国') || o.startsWith('代表'))).toBe(false);
    expect(orgs).toEqual(expect.arrayContaining(['华新镇人民政府']));
    expect(names(ex, 'Person')).toContain('王建国');
  });
});

describe('generic bodies of held-out rounds 26–29', () => {
  it('a bare party group, firm kind or service-centre tail is no body; 以下简称 and 紧紧围绕 start none', () => {
    const ex = plan('1.紧紧围绕区委部署，成立工作领导小组（以下简称领导小组），党组、村两委、会计师事务所、农民专业合作社、工会联合会配合，在法律援助工作站提供服务。');
    const orgs = names(ex, 'Organisation');
    for (const generic of ['党组', '村两委', '会计师事务所', '农民专业合作社', '工会联合会', '法律援助工作站']) expect(orgs, generic).not.toContain(generic);
    expect(orgs.some((n) => n.startsWith('紧紧围绕') || n.startsWith('下简称'))).toBe(false);
  });
});

describe('generic bodies and slogans that end like a body (session 20)', () => {
  it('are not organisations: 跨国公司, 婚事新办, 随申办, 建设人民满意政府', () => {
    const ex = plan('1.新认定跨国公司地区总部2家，倡导婚事新办，推广随申办移动端，建设人民满意政府。');
    const bodies = names(ex, 'Organisation');
    for (const none of ['跨国公司', '婚事新办', '随申办', '建设人民满意政府']) expect(bodies).not.toContain(nameKey(none));
  });

  it('nor are the kinds of a village’s or estate’s bodies named without the place: 村党总支书记某某, 业主委员会', () => {
    const ex = plan('1.村党总支书记仉澜国牵头，指导业主委员会规范运作，发展股份经济合作社。');
    const bodies = names(ex, 'Organisation');
    for (const none of ['村党总支', '业主委员会', '股份经济合作社']) expect(bodies).not.toContain(nameKey(none));
  });

  it('nor kinds of place named without a name: 滨江步道, 亲水步道, 冷链仓储中心, 大学科技园', () => {
    const ex = plan('1.贯通滨江步道和亲水步道，建设冷链仓储中心，对接大学科技园。');
    const places = names(ex, 'Place');
    for (const none of ['滨江', '滨江步道', '亲水步道', '冷链仓储中心', '大学科技园']) expect(places).not.toContain(nameKey(none));
  });
});

describe('common words of planning reports that jieba does not know', () => {
  it('name no place or programme by themselves (lexicon.json tagCorrections)', () => {
    const ex = plan('建成葡萄冷链集配中心；推进公共空间和农房风貌提升项目，完成民用建筑配建民防工程。');
    expect(names(ex, 'Place')).not.toContain(nameKey('葡萄冷链集配中心'));
    const programmes = names(ex, 'Programme');
    for (const none of ['公共空间和农房风貌提升项目', '民用建筑配建民防工程']) expect(programmes).not.toContain(nameKey(none));
  });

  it('name no person after a title (教师荣休: a retirement, not 荣 and a given name)', () => {
    expect(names(plan('1.开展从教30年教师荣休仪式，营造尊师重教氛围。'), 'Person')).toEqual([]);
  });
});

describe('designations and kinds of hospital (names.json notOrgEndings)', () => {
  it('are no bodies: 互联网医院, 驻镇医院, 二级甲等综合医院; a named hospital is one', () => {
    const ex = plan('1.澄汀医院互联网医院上线，充分调动驻镇医院力量，澄川医院通过二级甲等综合医院评审。');
    const bodies = names(ex, 'Organisation');
    expect(bodies.some((b) => /(?:互联网|驻镇|综合)医院$/.test(b))).toBe(false);
    expect(bodies).toContain(nameKey('澄川医院'));
  });
});

describe('designations and kinds of school (names.json notOrgEndings)', () => {
  it('are no bodies: 校园足球特色学校, 乡村学校, 民办学校; a named school is one', () => {
    const ex = plan('1.新增全国青少年校园足球特色学校3所，组织城区骨干教师赴乡村学校支教，检查民办学校办学行为，澄汀实验学校获评上海市绿色学校。');
    const bodies = names(ex, 'Organisation');
    expect(bodies.some((b) => /(?:特色|乡村|民办|绿色)学校$/.test(b))).toBe(false);
    expect(bodies).toContain(nameKey('澄汀实验学校'));
  });
});

describe('a kind of station named by its field alone (民防工作站, 退役军人法律援助工作站)', () => {
  it('is no body; one named by its 街道 or 区 is', () => {
    const ex = plan('1.设立退役军人法律援助工作站，建成民防工作站，澄汀街道公共法律服务工作站接待群众。');
    const bodies = names(ex, 'Organisation');
    expect(bodies).not.toContain(nameKey('退役军人法律援助工作站'));
    expect(bodies).not.toContain(nameKey('民防工作站'));
    expect(bodies).toContain(nameKey('澄汀街道公共法律服务工作站'));
  });
});
