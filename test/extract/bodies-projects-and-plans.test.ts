/**
 * Extraction pass 13, continued (round-11 misses): a body's suffix glued to a preposition (某司法所在),
 * a registered body's own project named with the body's whole name, the document's own plan in
 * a heading, enumerations before a programme, generic project categories, national policy names
 * and village groups. Invented names, no seed or fixture sentences.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../ingest/extract/index.ts';
import { nameKey } from '../../ingest/extract/normalise.ts';
import { docFrom, names, plan } from './helpers.ts';

describe('bodies and places', () => {
  it('ends a body at its suffix when jieba reads the suffix with a preposition (所在)', () => {
    const ex = plan('1.会同新成司法所在新成路开展普法宣传。');
    expect(names(ex, 'Organisation')).toContain('新成司法所');
    expect(names(ex, 'Place')).toContain('新成路');
    expect(names(ex, 'Place').some((p) => p.includes('所在'))).toBe(false);
  });

  it('takes an embedded community service centre for a venue, and generic bodies for no body', () => {
    const ex = plan('1.推进枫林社区嵌入式服务中心建设,各村经济合作社和指挥部办公室做好配合。');
    expect(names(ex, 'Place')).toContain('枫林社区嵌入式服务中心');
    expect(names(ex, 'Organisation').filter((o) => ['村经济合作社', '指挥部办公室', '枫林社区嵌入式服务中心'].includes(o))).toEqual([]);
  });

  it('finds the 居民区 or village inside the name of its body', () => {
    const ex = plan('1.总结推广枫溪居民区党总支书记王某某的工作法,支持新丰村股份经济合作社发展。');
    expect(names(ex, 'Organisation')).toEqual(expect.arrayContaining(['枫溪居民区党总支', '新丰村股份经济合作社']));
    expect(names(ex, 'Place')).toEqual(expect.arrayContaining(['枫溪居民区', '新丰村']));
  });

  it('does not cut a generic body down to a name by stripping its first character (家庭医生工作室)', () => {
    const orgs = names(plan('1.在为老服务中心设置家庭医生工作室。'), 'Organisation');
    expect(orgs.filter((o) => o.endsWith('医生工作室'))).toEqual([]);
  });

  // (a community's, 某某社区文化活动中心, is the 街道's too: the labels make 文化活动中心 a body 159 times to 3)
  it('takes a 街道’s or a community’s cultural centre for a body', () => {
    const ex = extract(docFrom(['枫林路街道2025年工作计划', '一、重点工作', '1.枫林路街道社区文化活动中心全年举办活动200场,新丰社区文化活动中心完成改造。'].join('\n')));
    expect(names(ex, 'Organisation')).toEqual(expect.arrayContaining(['枫林路街道社区文化活动中心', '新丰社区文化活动中心']));
  });

  it('knows a village group (村民小组) as a place', () => {
    expect(names(plan('1.完成枫林村张家宅村民小组环境整治。'), 'Place').some((p) => p.endsWith('张家宅村民小组'))).toBe(true);
  });
});

describe('programmes', () => {
  it('names a registered body’s own project with the body’s whole name', () => {
    const ex = plan('1.上海远帆和睿机械有限公司智能装备生产基地项目完成签约。');
    expect(names(ex, 'Programme')).toContain('上海远帆和睿机械有限公司智能装备生产基地项目');
  });

  it('names a body’s project after it whatever is inside: 和 or 到 in the body, a verb in the project', () => {
    const ex = plan('1.上海远和精工器械有限公司高端器械产业化项目、上海翔展航空服务有限公司航材维修基地项目和上海随时到物流有限公司华东总部项目完成签约。');
    expect(names(ex, 'Programme')).toEqual(expect.arrayContaining(['上海远和精工器械有限公司高端器械产业化项目', '上海翔展航空服务有限公司航材维修基地项目', '上海随时到物流有限公司华东总部项目']));
    expect(names(ex, 'Organisation')).toContain('上海随时到物流有限公司');
  });

  it('takes a numbered exposition for a named event', () => {
    expect(names(plan('1.抓住第三届长三角国际农产品博览会契机,做好服务保障。'), 'Programme')).toContain('第三届长三角国际农产品博览会');
  });

  it('keeps a road’s stretch in brackets inside a project on the road', () => {
    const programmes = names(plan('1.实施枫泾路（枫林路至新丰路段）新建工程和松旺路(松林路至旺达路段)街区环境提升工程。'), 'Programme');
    expect(programmes).toEqual(expect.arrayContaining(['枫泾路(枫林路至新丰路段)新建工程', '松旺路(松林路至旺达路段)街区环境提升工程']));
  });

  it('does not take the document’s own plan, an enumeration or a category of projects for a programme', () => {
    const ex = extract(docFrom(['枫溪镇2024年工作总结和2025年工作计划', '一、2024年工作总结', '1.完成枫溪路改建。', '二、2025年工作计划', '三是推进续建项目和新开工项目,抓好农文旅项目落地。'].join('\n')));
    const programmes = names(ex, 'Programme');
    expect(programmes).not.toContain('2025年工作计划');
    expect(programmes.filter((p) => /^(?:三是|续建|新开工|农文旅)/.test(p))).toEqual([]);
  });

  it('reads national policy names from the lexicon as policies', () => {
    const ex = plan('1.学习运用“千万工程”经验,推进“四好农村路”建设和农村“厕所革命”。');
    expect(names(ex, 'Policy')).toEqual(expect.arrayContaining(['千万工程', '四好农村路', '厕所革命']));
    expect(names(ex, 'Programme')).not.toContain('“千万工程”');
  });

  it('reads a policy’s own instrument (“一网统管”平台) as the policy, not a programme', () => {
    const ex = plan('1.依托“一网统管”平台处置事件,上线“枫邻帮”服务平台。');
    expect(names(ex, 'Policy')).toContain('一网统管');
    expect(names(ex, 'Programme')).not.toContain('一网统管平台'); // names() compares keys, without quotes
    expect(names(ex, 'Programme')).toContain('枫邻帮服务平台');
  });

  it('takes quoted scenes and service points as programmes', () => {
    const programmes = names(plan('1.打造“枫林智治”社区治理场景,建设“骑手之家”新就业群体服务站点。'), 'Programme');
    expect(programmes).toEqual(expect.arrayContaining(['枫林智治社区治理场景', '骑手之家新就业群体服务站点']));
  });

  it('takes the district’s own campaign (“平安某某”建设) as its programme, not another slogan', () => {
    const ex = extract(docFrom(['枫林路街道2025年工作计划', '一、重点工作', '1.深化“平安枫林”建设,打造“美好枫林”建设样板。'].join('\n')));
    const programmes = names(ex, 'Programme');
    expect(programmes).toContain('平安枫林建设');
    expect(programmes).not.toContain('美好枫林建设');
  });

  it('names the campaign by the road a 街道 is named after, too (某某路街道 → “平安某某路”)', () => {
    const ex = extract(docFrom(['枫林路街道2025年工作计划', '一、重点工作', '1.深化“平安枫林路”建设。'].join('\n')));
    expect(names(ex, 'Programme')).toContain('平安枫林路建设');
  });
});

describe('units and words that contain a district’s form', () => {
  it('reads kilograms and US dollars', () => {
    const targets = plan('1.水稻亩产达到612公斤,实到外资1.35亿美元。').entities.filter((e) => e.type === 'Target') as unknown as { value: number; unit: string }[];
    expect(targets.map((t) => `${t.value} ${t.unit}`)).toEqual(expect.arrayContaining(['612 公斤', '135000000 美元']));
  });

  it('does not read 田林 inside 农田林网 as a district, nor a body after 这是', () => {
    const ex = plan('1.新建农田林网8.5公里。这是闵行区委的部署。');
    expect(ex.entities.filter((e) => e.type === 'District').map((e) => e.name)).not.toContain('田林街道');
    expect(names(ex, 'Organisation').some((o) => o.startsWith('这是'))).toBe(false);
  });
});

describe('district short forms', () => {
  it('does not read a town’s short form split across 沿线/沿岸 after a river as the town', () => {
    const ex = plan('1.完成某某港沿线和杨家港沿岸绿化。');
    expect(ex.entities.filter((e) => e.type === 'District').map((e) => e.name)).not.toContain('港沿镇');
  });
});

describe('listed works and numbered events (session 10)', () => {
  it('a listed place keeps the 街道 or 镇 written before it in the work on the list', () => {
    const ex = plan('1.实施永丰街道仓桥三村、方松街道文岚苑等8个小区二次供水设施改造。');
    expect(names(ex, 'Programme')).toContain(nameKey('永丰街道仓桥三村、方松街道文岚苑等8个小区二次供水设施改造'));
  });

  it('a listed work of optimising a resource is named with its list (lexicon.json projectActions 资源优化)', () => {
    const ex = plan('1.实施棠澔苑、沅澔新村、芮澔一村等6个小区停车资源优化项目，新增泊位320个。');
    expect(names(ex, 'Programme')).toContain(nameKey('棠澔苑、沅澔新村、芮澔一村等6个小区停车资源优化项目'));
  });

  it('a numbered event whose name runs on into a quoted one is one event', () => {
    const ex = plan('1.举办第四届城运系统“应急先锋”技能比武。');
    expect(names(ex, 'Programme')).toEqual([nameKey('第四届城运系统“应急先锋”技能比武')]);
  });
});

describe("a people's congress's work on laws", () => {
  it('the inspection of a law named in 《》 is a programme, the law a policy; a quoted inquiry is a programme', () => {
    const ex = plan('1.开展《上海市养老服务条例》执法检查，开展“交通拥堵治理”专题询问，全年开展执法检查4项。');
    expect(names(ex, 'Programme')).toEqual(expect.arrayContaining(['《上海市养老服务条例》执法检查', '“交通拥堵治理”专题询问'].map(nameKey)));
    expect(names(ex, 'Policy')).toContain(nameKey('《上海市养老服务条例》'));
    expect(names(ex, 'Programme')).not.toContain(nameKey('执法检查'));
  });
});

describe('events whose edition is the year written before the name (session 35)', () => {
  it('names the event from the year when no 年 follows it (2025某某滨江定向赛, 2024某某健康跑), not a year of a plan (2025年度)', () => {
    const ex = plan('1.举办2025蘅川滨江城市定向赛,参赛6000人。', '2.成功举办2024鹭汀滨江健康跑,参赛选手8000人。', '3.完成2025年度预算编制,开展2024—2025年度冬季专项行动。');
    expect(names(ex, 'Programme')).toEqual(expect.arrayContaining(['2025蘅川滨江城市定向赛', '2024鹭汀滨江健康跑'].map(nameKey)));
    expect(names(ex, 'Programme').some((n) => n.startsWith('2025年度'))).toBe(false);
  });

  it('reads a one-character event word after a verb as the event’s end after any edition (第七届某区老年学习成果展示/v 周)', () => {
    const ex = plan('1.举办第七届蘅川区老年学习成果展示周,参与市民1.2万人次。');
    expect(names(ex, 'Programme')).toContain(nameKey('第七届蘅川区老年学习成果展示周'));
  });
});
