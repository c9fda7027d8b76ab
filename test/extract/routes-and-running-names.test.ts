/**
 * Extraction pass 13 (from the round-11 held-out misses): where a place's name starts after a
 * route word (西起, 东至, 跨), a lead verb jieba tags as a noun (规范整治) or a proper word that
 * begins with a function character (向阳村); people in running text whose given name reads as a
 * verb, carries a glued 任, or follows a rarer or compound surname or a profession.
 * Invented names, no seed or fixture sentences.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../ingest/extract/index.ts';
import { docFrom, names, plan } from './helpers.ts';

describe('where a place name starts', () => {
  it('starts after the route words of a road being described, glued or not', () => {
    const places = names(plan('1.新建纬三路,西起经一路,跨横泾河,联通红星村。'), 'Place');
    expect(places).toEqual(expect.arrayContaining(['纬三路', '经一路', '横泾河', '红星村']));
    expect(places.some((p) => /^(?:西起|跨|联通)/.test(p))).toBe(false);
  });

  it('does not take a lead verb tagged as a noun into the name', () => {
    const places = names(plan('1.规范整治长乐路沿街店招。'), 'Place');
    expect(places).toContain('长乐路');
    expect(places.some((p) => p.startsWith('规范'))).toBe(false);
  });

  it('does not take 确保 or 抓好 into a firm’s project named after them', () => {
    const found = names(plan('1.确保禾汀智能二期扩产项目年内投产，抓好衡沣医疗研发总部项目开工。'), 'Programme');
    expect(found).toContain('禾汀智能二期扩产项目');
    expect(found.some((p) => /^(?:确保|抓好)/.test(p))).toBe(false);
  });

  it('takes no estates “with conditions” for a place (有条件小区全覆盖)', () => {
    expect(names(plan('1.推进电动自行车集中充电设施建设，实现有条件小区全覆盖。'), 'Place')).not.toContain('条件小区');
  });

  it('keeps a village whose proper name begins with a preposition character', () => {
    const ex = plan('1.建成向阳村睦邻中心和向阳村股份经济合作社办公用房。');
    expect(names(ex, 'Place')).toContain('向阳村睦邻中心');
    expect(names(ex, 'Organisation')).toContain('向阳村股份经济合作社');
  });
});

describe('numbered, family-named and generic places', () => {
  it('names bridges and roads by a number after their place (二号桥, 1号路)', () => {
    const places = names(plan('1.改建枫泾塘二号桥,新建松旺2号路。'), 'Place');
    expect(places).toEqual(expect.arrayContaining(['枫泾塘二号桥', '松旺2号路']));
  });

  it('keeps a surname and 家 in a place name whatever jieba tags them', () => {
    expect(names(plan('1.改建丰乐桥、樊家港桥2座桥梁。'), 'Place')).toContain('樊家港桥');
  });

  it('names a community by characters jieba could not place or by an ordinary adjective', () => {
    const places = names(plan('1.在甪溪居委会试点微型消防站,在团结居民区设立咖啡馆,完成友爱新村综合修缮。'), 'Place');
    expect(places).toEqual(expect.arrayContaining(['甪溪居委会', '团结居民区', '友爱新村']));
  });

  it('does not read a designation or a description before a community word as its name', () => {
    const places = names(plan('1.创建平安小区,整治地势低洼小区。'), 'Place');
    expect(places.filter((p) => /^(?:平安|地势低洼)/.test(p))).toEqual([]);
  });

  it('names an expressway by its route code, and only then', () => {
    const ex = plan('1.推进S9沪枫高速枫林出入口改造,实现经济高速发展。');
    expect(names(ex, 'Place')).toContain('s9沪枫高速'); // names() compares keys, in lower case
    expect(names(ex, 'Place').filter((p) => p.endsWith('高速') && !p.startsWith('s9'))).toEqual([]);
  });

  it('knows parks named for making and creative work (智造园, 创意园)', () => {
    expect(names(plan('1.推进枫灶智造园一期和枫番创意园二期改造。'), 'Place')).toEqual(expect.arrayContaining(['枫灶智造园', '枫番创意园']));
  });

  it('keeps 中 at the start of a road after a verb or preposition, and a proper word before 新路', () => {
    const places = names(plan('1.在中山东五路建成驿站,完成共和新路沿线整治。'), 'Place');
    expect(places).toEqual(expect.arrayContaining(['中山东五路', '共和新路']));
  });

  it('keeps a first character read as a measure word when no number comes before it', () => {
    const places = names(plan('1.引进企业20家；泓泰中心新增企业5家。'), 'Place');
    expect(places).toContain('泓泰中心');
    expect(places).not.toContain('泰中心');
  });

  it('does not read a word-forming suffix (型, 式) or a settling verb (落户) into a place', () => {
    const places = names(plan('1.打造开放型街区和下沉式广场,推动企业落户枫泾智造园。'), 'Place');
    expect(places.filter((p) => /^(?:型|式|落户)/.test(p))).toEqual([]);
    expect(places).toContain('枫泾智造园');
  });

  it('takes every item of a list counted right after it as a place, whatever jieba made of the joiner', () => {
    const ex = plan('1.完成枫林新村、松旺小区和润和苑3个小区旧住房综合修缮,推进新丰苑、和园与清溪公寓3个小区消防通道整治。');
    expect(names(ex, 'Place')).toEqual(expect.arrayContaining(['枫林新村', '松旺小区', '润和苑', '新丰苑', '和园', '清溪公寓']));
    expect(names(ex, 'Programme')).toEqual(expect.arrayContaining(['枫林新村、松旺小区和润和苑3个小区旧住房综合修缮', '新丰苑、和园与清溪公寓3个小区消防通道整治']));
  });

  it('does not take a list whose count disagrees with it', () => {
    expect(names(plan('1.完成枫林新村、松旺小区和润和苑2个小区改造。'), 'Place')).not.toContain('润和苑');
  });

  it('does not take a bare generic facility word for a place', () => {
    const places = names(plan('1.建设葡萄园、机耕路和环湖步道,完善游客服务中心。'), 'Place');
    expect(places.filter((p) => ['葡萄园', '机耕路', '环湖步道', '游客服务中心'].includes(p))).toEqual([]);
  });
});

describe('people in running text', () => {
  it('reads a given name that jieba tags as a verb when punctuation or 分别/牵头 follows', () => {
    expect(names(plan('1.副镇长钮建新、副镇长庞启明分别牵头。'), 'Person')).toEqual(expect.arrayContaining(['钮建新', '庞启明']));
  });

  it('does not read a verb after a surname as a given name', () => {
    expect(names(plan('1.镇长王强调要抓好落实。'), 'Person')).toEqual([]);
  });

  it('drops the verb 任 glued to a name, after a compound surname too', () => {
    const people = names(plan('1.由镇党委书记宇文立华任总指挥,镇长柏文涛任常务副总指挥。'), 'Person');
    expect(people).toEqual(expect.arrayContaining(['宇文立华', '柏文涛']));
    expect(people.some((p) => p.endsWith('任'))).toBe(false);
  });

  it('knows rarer compound surnames and professions as titles', () => {
    expect(names(plan('1.由镇党委书记申屠明辉负总责。'), 'Person')).toContain('申屠明辉');
    expect(names(plan('1.支持退休律师谭志远开展调解。'), 'Person')).toContain('谭志远');
  });

  it('reads a one-character given name that jieba tags as a verb after a compound surname', () => {
    expect(names(plan('1.由街道党工委书记东方立任组长。'), 'Person')).toContain('东方立');
  });

  it('reads a given name whose last character jieba took for a preposition, and farm owners', () => {
    expect(names(plan('1.和丰村党总支书记聂长根牵头开展巡查。'), 'Person')).toContain('聂长根');
    expect(names(plan('1.农场主贲国宝获评全国种粮大户。'), 'Person')).toContain('贲国宝');
  });

  it('knows nurses and general practitioners as titles', () => {
    const people = names(plan('1.支持退休护士长阚秀芝领衔护理工作室,全科医生邝立团队获评优秀。'), 'Person');
    expect(people).toEqual(expect.arrayContaining(['阚秀芝', '邝立']));
  });
});

describe('rosters with titles in brackets', () => {
  it('reads several people on one line, each with titles in brackets', () => {
    const ex = extract(docFrom(['枫林路街道2025年工作计划', '一、组织保障', '1.成立领导小组。', '附件', '组长：欧阳立（街道党工委书记）', '副组长：帅明（街道党工委副书记）、漆文（街道办事处副主任）、揭宏亮（街道办事处副主任）', '成员：弓敏（社区管理办主任）、仉涛（枫林派出所副所长）'].join('\n')));
    expect(names(ex, 'Person')).toEqual(expect.arrayContaining(['欧阳立', '帅明', '漆文', '揭宏亮', '弓敏', '仉涛']));
    // a rarer surname than the list knows still counts in a bracket list
    const rare = extract(docFrom(['枫林路街道2025年工作计划', '一、组织保障', '1.成立领导小组。', '成员：鲜海峰（枫林消防救援站站长）、充雪莲（街道城运中心主任）'].join('\n')));
    expect(names(rare, 'Person')).toEqual(expect.arrayContaining(['鲜海峰', '充雪莲']));
    const p = ex.entities.find((e) => e.type === 'Person' && e.name === '揭宏亮') as { titles?: string[] };
    expect(p.titles?.some((t) => t.endsWith('副主任'))).toBe(true);
  });
});
