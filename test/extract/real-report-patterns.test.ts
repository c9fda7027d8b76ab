/**
 * Patterns read in real 街道/镇 reports (session 20), each tested on invented names.
 */
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../ingest/extract/normalise.ts';
import { names, plan } from './helpers.ts';

describe('a grade written with letters before a body or place', () => {
  it('leaves the grade and its 级 out of the name', () => {
    const ex = plan('澔泉路街道社区事务受理中心被评为“5A级社区事务受理中心”；钤溪社工服务社获评3A级社会组织。');
    const all = [...names(ex, 'Organisation'), ...names(ex, 'Place')];
    for (const n of all) expect(n).not.toMatch(/^级/);
    expect(all).not.toContain(nameKey('级社区事务受理中心'));
  });
});

describe('verbs before a kind of place', () => {
  it('a run of verbs is what the sentence does, not a place; one verb may be a village’s name', () => {
    const ex = plan('排摸入河排污口1191处；前进村、富强村完成村庄清洁。');
    const places = names(ex, 'Place');
    expect(places).not.toContain(nameKey('排摸入河'));
    expect(places).toEqual(expect.arrayContaining(['前进村', '富强村'].map(nameKey)));
  });
});

describe('numbered estates and counted kinds of place', () => {
  it('names an estate numbered after a common word with that word, and no place from a count', () => {
    const ex = plan('全年完成商业一村、澔光新村等“美丽家园”旧住房修缮项目；实施四个村公益事业项目，完成两座桥改造。');
    const places = names(ex, 'Place');
    expect(places).toContain(nameKey('商业一村'));
    for (const none of ['一村', '四个村', '两座桥']) expect(places).not.toContain(nameKey(none));
  });
});

describe('a body named by its short form ending in 管委', () => {
  it('is an organisation (区建管委, 某某管委), as 区科委 is', () => {
    const ex = plan('牵头区建管委、区规资局、消防支队等部门多次专题研究；澔川园区管委参加。');
    expect(names(ex, 'Organisation')).toEqual(expect.arrayContaining(['区建管委', '区规资局', '澔川园区管委'].map(nameKey)));
  });
});

describe('a visit to a project on a named place', () => {
  it('starts the project at the place, past 我区 and generic words', () => {
    const ex = plan('区政协副主席带队走访调研我区商业载体澔虹天地钤阳宫项目；推动我镇重点载体澜湾广场二期建设。');
    const programmes = names(ex, 'Programme');
    expect(programmes).toContain(nameKey('澔虹天地钤阳宫项目'));
    for (const p of [...programmes, ...names(ex, 'Place')]) expect(p).not.toMatch(/^(?:我区|我镇|商业|载体|走访)/);
  });
});

describe('a city brand’s work on named places', () => {
  it('is a project named with the places, with or without 等 between them and the brand', () => {
    const ex = plan('完成澔园路、钤楫路“美丽街区”建设；完成棠澜新苑、椿萱小区等“美丽家园”旧住房修缮项目；持续推进“美丽街区”建设。');
    const programmes = names(ex, 'Programme');
    expect(programmes).toEqual(expect.arrayContaining(['澔园路、钤楫路“美丽街区”建设', '棠澜新苑、椿萱小区等“美丽家园”旧住房修缮项目'].map(nameKey)));
    expect(programmes).not.toContain(nameKey('“美丽街区”建设'));
    expect(names(ex, 'Policy')).toContain(nameKey('美丽街区'));
  });
});

describe('the area of the places inside a programme’s name', () => {
  it('joins the counted or listed places, their area and the work into one name', () => {
    const ex = plan('推进9个住宅小区共41万平方米雨污分流改造工程；实施沁和苑、澔川新村等4个小区共12.6万平方米“美丽家园”综合改造；完成澜塘村、芦溪村共3650亩高标准农田建设项目；完成澔东八村等四个老旧小区27.4万平方米综合修缮工程；改造面积共5万平方米。');
    expect(names(ex, 'Programme')).toEqual(expect.arrayContaining([
      '9个住宅小区共41万平方米雨污分流改造工程',
      '沁和苑、澔川新村等4个小区共12.6万平方米“美丽家园”综合改造',
      '澜塘村、芦溪村共3650亩高标准农田建设项目',
      '澔东八村等四个老旧小区27.4万平方米综合修缮工程',
    ].map(nameKey)));
  });
});

describe('people on a visit', () => {
  it('reads 来/到 after a name as the visit, a given name’s last character as the name’s, and 带队 as a verb', () => {
    const ex = plan('市商务委副主任宓澜阳来街道调研；副区长钟离衡来镇调研；街道办事处副主任郜予宁牵头建立机制；副区长蒯振邦带队赴澔景大厦调研。');
    const people = names(ex, 'Person');
    expect(people).toEqual(expect.arrayContaining(['宓澜阳', '钟离衡', '郜予宁', '蒯振邦'].map(nameKey)));
    for (const wrong of ['宓澜阳来', '钟离衡来', '郜予']) expect(people).not.toContain(nameKey(wrong));
    expect(names(ex, 'Place')).toContain(nameKey('澔景大厦'));
  });

  it('leaves a verb’s first character glued to a three-character name out of it (某某某带/x 教/v)', () => {
    const ex = plan('泾华中医医院主任医师竺澜华带教社区中医骨干。');
    expect(names(ex, 'Person')).toContain(nameKey('竺澜华'));
  });
});

describe('a firm’s headquarters named by its short name', () => {
  it('is a project, and the firm inside it is not a body mentioned there', () => {
    const ex = plan('推进澔巍集团上海总部、钤岭生物亚太运营中心、甄珀珠宝中国区总部等项目落户；新认定跨国公司地区总部5家；上海钤聚机器人有限公司总部落户；规划建设研发总部。');
    const programmes = names(ex, 'Programme');
    expect(programmes).toEqual(expect.arrayContaining(['澔巍集团上海总部', '钤岭生物亚太运营中心', '甄珀珠宝中国区总部'].map(nameKey)));
    for (const none of ['跨国公司地区总部', '研发总部', '上海钤聚机器人有限公司总部']) expect(programmes).not.toContain(nameKey(none));
    expect(names(ex, 'Organisation')).not.toContain(nameKey('澔巍集团'));
  });

  it('reads a short name jieba took for a place or a verb (中科/ns 电建, 某某/x 控股)', () => {
    const ex = plan('推进中科电建上海总部、澔钤控股上海总部、微盟总部等为代表的项目落地。');
    expect(names(ex, 'Programme')).toEqual(expect.arrayContaining(['中科电建上海总部', '澔钤控股上海总部', '微盟总部'].map(nameKey)));
  });

  it('reads an abbreviation’s character jieba left alone (藏/j 汀/ns 控股)', () => {
    const ex = plan('加快推进澄科电建上海总部、藏汀控股上海总部等项目落地。');
    expect(names(ex, 'Programme')).toContain(nameKey('藏汀控股上海总部'));
  });

  it('starts after a lead verb jieba tagged as a name (力争/nz 舸/g 远/a 集团)', () => {
    const found = names(plan('1.新能源电池包项目开工，力争舸远集团上海总部年内投入使用。'), 'Programme');
    expect(found).toContain(nameKey('舸远集团上海总部'));
    expect(found.some((n) => n.startsWith('力争'))).toBe(false);
  });
});

describe('an honour conferred in quotes', () => {
  it('names no place or body inside it', () => {
    const ex = plan('澄禾稻米专业合作社入选“全国农民合作社示范社”；钤记家庭农场被评为“上海市示范家庭农场”；街道退役军人服务站被评为“上海市示范型退役军人服务站”。');
    const all = [...names(ex, 'Organisation'), ...names(ex, 'Place')];
    for (const none of ['全国农民合作社', '上海市示范家庭农场', '上海市示范型退役军人服务站']) expect(all).not.toContain(nameKey(none));
    expect(all).toContain(nameKey('澄禾稻米专业合作社'));
  });
});

describe('words glued to a road’s name', () => {
  it('drops the 线 of a line number and the 年度 before it', () => {
    const ex = plan('推进21号线澔兰路、钤斯路等站建设；完成年度泓益路（创新河桥—钤江路）大修。');
    const places = names(ex, 'Place');
    expect(places).toEqual(expect.arrayContaining(['澔兰路', '泓益路'].map(nameKey)));
    for (const p of places) expect(p).not.toMatch(/^(?:线|年度)/);
  });
});

describe('a whole body’s general plan with a qualifier', () => {
  it('“某镇2025年重点工作安排” is no programme, as 工作安排 is not', () => {
    const ex = plan('1.对照《华新镇人民政府2025年重点工作安排》推进落实。');
    expect(names(ex, 'Programme')).toEqual([]);
  });
});

describe('a bare quote without a kind word', () => {
  it('names a programme when the work is built around it, and none after a verb, where the names inside it are its own', () => {
    const ex = plan('以“澔邻汇”为核心打造服务阵地；推行“数字孪生小区”，深化“园区事园区办”。');
    const programmes = names(ex, 'Programme');
    expect(programmes).toContain(nameKey('“澔邻汇”'));
    for (const none of ['“数字孪生小区”', '“园区事园区办”']) expect(programmes).not.toContain(nameKey(none));
    expect(names(ex, 'Place')).toEqual([]);
  });
});

describe('a town whose name starts like a preposition', () => {
  it('keeps its first character (向化镇 is no 向 + 化镇), and 市区 before a kind is context', () => {
    const ex = plan('新建向化镇澄塘长者照护之家；地产蔬菜直供市区社区食堂；发扬修桥铺路精神。');
    const places = names(ex, 'Place');
    expect(places).toContain(nameKey('向化镇澄塘长者照护之家'));
    for (const none of ['化镇澄塘长者照护之家', '市区社区食堂', '修桥铺路']) expect(places).not.toContain(nameKey(none));
  });
});

describe('a quoted venue holding events', () => {
  it('is no programme named with the sentence’s verb (“某某书场”开展活动)', () => {
    const ex = plan('在澜溪村“稻田书场”开展活动；依托“澔湾”打造精品城区专项行动。');
    const programmes = names(ex, 'Programme');
    for (const p of programmes) expect(p).not.toMatch(/开展活动/);
    expect(programmes).toContain(nameKey('“澔湾”打造精品城区专项行动'));
  });
});

describe('a department store', () => {
  it('is a building named with 商厦', () => {
    const ex = plan('推进澔岑大楼、沅澜商厦等3个存量转型项目。');
    expect(names(ex, 'Place')).toEqual(expect.arrayContaining(['澔岑大楼', '沅澜商厦'].map(nameKey)));
  });
});

describe('quoted events of kinds real reports use', () => {
  it('宣讲 and 对接会 are kinds after a quoted name (18 and 6 labels)', () => {
    const ex = plan('开展“税企直连”政策宣讲12场，举办“银企面对面”对接会3场。');
    expect(names(ex, 'Programme')).toEqual(expect.arrayContaining(['“税企直连”政策宣讲', '“银企面对面”对接会'].map(nameKey)));
  });
});

describe('a body housed in its own building names its building works', () => {
  it('anchors 新建工程 after a school or a hospital, in a list too; other bodies do not', () => {
    const ex = plan('完成澔源学校新建工程、鹤溪医院新建工程；落实区老年大学计划。');
    const programmes = names(ex, 'Programme');
    expect(programmes).toEqual(expect.arrayContaining(['澔源学校新建工程', '鹤溪医院新建工程'].map(nameKey)));
    expect(programmes).not.toContain(nameKey('区老年大学计划'));
  });
});

describe('a quote followed by 方式 or 模式 and the work done that way', () => {
  it('names no programme from the quote through the work', () => {
    const ex = plan('1.各村按照“一户一议”方式实施村内公益设施建设项目18个；推广“合作社+农户”模式带动茶农增收。');
    const programmes = names(ex, 'Programme');
    expect(programmes.some((n) => /方式.|模式./.test(n))).toBe(false);
  });

  it('still names a quoted model that ends there', () => {
    const ex = plan('2.推广“楼组长+志愿者”楼道自治模式。');
    expect(names(ex, 'Programme')).toContain(nameKey('“楼组长+志愿者”楼道自治模式'));
  });
});
