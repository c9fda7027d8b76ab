/**
 * Rules from session 13's reading of tuned documents' place misses, each on invented names.
 */
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../ingest/extract/normalise.ts';
import { DocumentGraph } from '../../ingest/extract/graph.ts';
import { dropGluedJoiners, restoreCutNames } from '../../ingest/extract/cut-names.ts';
import { names, plan } from './helpers.ts';

describe('names read across the document', () => {
  it('a short form that is always a full name with its first character glued to the word before is that name', () => {
    const ex = plan('1.在联澜村开展试点。2.对联澜村开展帮扶。');
    expect(names(ex, 'Place')).toContain(nameKey('联澜村'));
    expect(names(ex, 'Place')).not.toContain(nameKey('澜村'));
    const full = ex.entities.find((e) => e.type === 'Place' && e.name === '联澜村')!;
    expect(full.mentions).toHaveLength(2);
    expect(full.aliases ?? []).not.toContain('澜村');
  });

  it('a short form written on its own somewhere stays a name of its own', () => {
    const text = '在联澜村试点，对联澜村帮扶，澜村村民参与。';
    const graph = new DocumentGraph(text);
    const at = (name: string, from = 0) => ({ start: text.indexOf(name, from), end: text.indexOf(name, from) + name.length });
    graph.entity('Place', 'place:联澜村', '联澜村', at('联澜村'));
    graph.entity('Place', 'place:澜村', '澜村', at('澜村', text.indexOf('对联') + 2));
    graph.entity('Place', 'place:澜村', '澜村', at('澜村村民'));
    restoreCutNames(graph);
    expect([...graph.entities.keys()]).toEqual(['place:联澜村', 'place:澜村']);
  });
});

describe('kinds of housing estate and monitoring section are no places', () => {
  it('an estate named only by its housing type or its works is no place', () => {
    const ex = plan('1.完成商品房小区、售后公房小区、旧住房小区和混合型小区排查，推进加梯小区和易积水小区改造。');
    expect(names(ex, 'Place')).toEqual([]);
  });

  it('a section named only by who assesses it is no place', () => {
    expect(names(plan('1.市考断面和区考断面水质全部达标。'), 'Place')).toEqual([]);
  });
});

describe('quoted venues', () => {
  it('a quoted name before a venue’s kind is that venue, named with its 镇/街道 when written after it', () => {
    const ex = plan('1.泗泾镇“暖岚”慈善超市全年接收捐赠物资，仙霞新村街道“岚心”社区康复站全年服务。');
    expect(names(ex, 'Place')).toEqual(expect.arrayContaining(['泗泾镇“暖岚”慈善超市', '仙霞新村街道“岚心”社区康复站'].map(nameKey)));
    expect(names(ex, 'Programme')).toEqual([]);
  });

  it('words saying what the venue is for may stand between the quote and its kind', () => {
    expect(names(plan('1.建成“澜湾”海洋科普馆，全年接待学生。'), 'Place')).toContain(nameKey('“澜湾”海洋科普馆'));
  });

  it('a venue that is the object of work, or a brand’s new outlets, is no venue of the quote', () => {
    expect(names(plan('1.推进“澜湾”海洋科普馆建设。'), 'Place')).not.toContain(nameKey('“澜湾”海洋科普馆'));
    expect(names(plan('1.“泓邻食堂”社区助餐品牌新增长者食堂2家。'), 'Place')).not.toContain(nameKey('“泓邻食堂”社区助餐品牌新增长者食堂'));
  });

  it('a kind word inside a longer word names no venue (停车|场景)', () => {
    expect(names(plan('1.打造“错峰有澜”智慧停车场景。'), 'Place')).toEqual([]);
  });
});

describe('sites and canteens', () => {
  it('a site at a crossing is named by both roads', () => {
    const ex = plan('1.推进樾溪路与芦澜路交叉口东北侧地块建设。');
    expect(names(ex, 'Place')).toEqual(expect.arrayContaining(['樾溪路', '樾溪路与芦澜路交叉口东北侧地块'].map(nameKey)));
  });

  it('a community canteen is a place, and 新开设 before it is the sentence’s verb', () => {
    const ex = plan('1.兰泓居民区新开设兰泓社区食堂。');
    expect(names(ex, 'Place')).toEqual(expect.arrayContaining(['兰泓居民区', '兰泓社区食堂'].map(nameKey)));
    expect(names(ex, 'Place')).not.toContain(nameKey('兰泓居民区新开设兰泓社区食堂'));
  });
});

describe('numbered events and projects on roads', () => {
  it('a numbered event after its quoted name runs to the word naming the event', () => {
    const ex = plan('1.举办第三届“泓韵澜岸”航运企业交流会，第五届“澜爱杯”特奥融合足球赛。2.第二届“泓澜艺韵”委员书画展在区文化馆开幕。');
    expect(names(ex, 'Programme')).toEqual(expect.arrayContaining(['第三届“泓韵澜岸”航运企业交流会', '第五届“澜爱杯”特奥融合足球赛', '第二届“泓澜艺韵”委员书画展'].map(nameKey)));
  });

  it('after the event’s word, a verb of the sentence is not part of it', () => {
    expect(names(plan('1.第八届“鱼水泓澜”双拥文化节开展活动20场。'), 'Programme')).toEqual([nameKey('第八届“鱼水泓澜”双拥文化节')]);
  });

  it('a kind word inside a numbered event’s name does not end it (…卫生健康系统职业技能竞赛)', () => {
    expect(names(plan('1.举办第五届泓澜区卫生健康系统职业技能竞赛。'), 'Programme')).toEqual([nameKey('第五届泓澜区卫生健康系统职业技能竞赛')]);
  });

  it('a project action jieba cut into several words continues the project on a road', () => {
    expect(names(plan('1.实施荻泓路（鹤澜公路至樟泓路段）提档升级工程。'), 'Programme')).toContain(nameKey('荻泓路（鹤澜公路至樟泓路段）提档升级工程'));
  });

  it('a 大街 is a road', () => {
    expect(names(plan('1.推进澄泓大街（永澜桥至鹤泓桥段）风貌整治工程。'), 'Place')).toContain(nameKey('澄泓大街'));
  });
});

describe('studios named after a person', () => {
  it('a long field, a verb compounded with a noun and a leading verb before the name', () => {
    const ex = plan('1.培养青年中医师18名；令狐岚远全国名老中医药专家传承工作室完成带教，某中心新建冼泓东中西医结合肿瘤工作室。');
    expect(names(ex, 'Programme')).toEqual(expect.arrayContaining(['令狐岚远全国名老中医药专家传承工作室', '冼泓东中西医结合肿瘤工作室'].map(nameKey)));
    expect(names(ex, 'Person')).toEqual(expect.arrayContaining(['令狐岚远', '冼泓东']));
  });

  it('the field does not reach over a list’s 等 and another studio', () => {
    const ex = plan('1.建成植泓平体育名师工作室等区级名师工作室12个。');
    expect(names(ex, 'Programme')).not.toContain(nameKey('植泓平体育名师工作室等区级名师工作室'));
  });
});

describe('what is no programme', () => {
  it('a quote that names a volunteer team names no programme of the service it gives', () => {
    const ex = plan('1.“健康守澜”志愿服务队开展志愿服务120场，“泓心守护”红十字志愿服务队全年提供导医服务。');
    expect(names(ex, 'Programme')).toEqual([]);
    expect(names(ex, 'Organisation')).toEqual(expect.arrayContaining(['“健康守澜”志愿服务队', '“泓心守护”红十字志愿服务队'].map(nameKey)));
  });

  it('a government body’s projects in general are no programme; a firm’s own project is', () => {
    const ex = plan('1.浦东新区妇女联合会项目3个、奉贤区水务局和庄行镇人民政府项目全部完工，上海泓澜科技有限公司二期扩产项目开工。');
    expect(names(ex, 'Programme')).toEqual([nameKey('上海泓澜科技有限公司二期扩产项目')]);
  });
});

describe('quoted teams', () => {
  it('a quoted team after its district is named with it, and without it as an alias', () => {
    const ex = plan('1.长宁区“健康守澜”志愿服务队开展服务，泗泾镇“泾岚”志愿服务队参与。');
    expect(names(ex, 'Organisation')).toEqual(expect.arrayContaining(['长宁区“健康守澜”志愿服务队', '泗泾镇“泾岚”志愿服务队'].map(nameKey)));
    const team = ex.entities.find((e) => e.type === 'Organisation' && e.name === '长宁区“健康守澜”志愿服务队')!;
    expect(team.aliases).toContain('“健康守澜”志愿服务队');
  });
});

describe('bus routes', () => {
  it('a place and a number before 路, in a sentence about bus services, name a route', () => {
    const ex = plan('1.公交服务持续优化，新辟琴澜1路、云翎2路等线路，开通示范区3路。');
    expect(names(ex, 'Place')).toEqual(expect.arrayContaining(['琴澜1路', '云翎2路', '示范区3路'].map(nameKey)));
  });

  it('a community bus (社区巴士) or a route extended to a station is a bus service too; 巴士 is no part of the name', () => {
    const ex = plan('1.新开通社区巴士北澜1路、北澜2路，串联芦汀村。', '2.南汀2路延伸至轨道交通29号线槎澜路站。');
    const found = names(ex, 'Place');
    expect(found).toEqual(expect.arrayContaining(['北澜1路', '北澜2路', '南汀2路'].map(nameKey)));
    expect(found.some((n) => n.startsWith('巴士'))).toBe(false);
  });

  it('a number of channels is no route', () => {
    expect(names(plan('1.新增视频监控386路，公交线路优化2条。'), 'Place')).toEqual([]);
  });
});

describe('car parks and hamlet facilities', () => {
  it('a park-and-ride car park is named by the road, hub or place before it', () => {
    const ex = plan('1.建成泓桥路P+R停车场，淀澜P+R停车场投用，岚港公交枢纽P+R停车场开放。');
    expect(names(ex, 'Place')).toEqual(expect.arrayContaining(['泓桥路P+R停车场', '淀澜P+R停车场', '岚港公交枢纽P+R停车场'].map(nameKey)));
    expect(names(ex, 'Place')).not.toContain(nameKey('R停车场'));
  });

  it('a neighbourhood point on a hamlet is named by it', () => {
    expect(names(plan('1.沈家宅睦邻点、陆家宅睦邻点开放。'), 'Place')).toEqual(expect.arrayContaining(['沈家宅睦邻点', '陆家宅睦邻点'].map(nameKey)));
  });
});

describe('a conjunction glued to a name', () => {
  it('is dropped when the document names the place without it', () => {
    const text = '推进路段建设和芷岚广场改造，芷岚广场开放。';
    const graph = new DocumentGraph(text);
    const joined = text.indexOf('和芷岚广场');
    const own = text.lastIndexOf('芷岚广场');
    graph.entity('Place', 'place:和芷岚广场', '和芷岚广场', { start: joined, end: joined + 5 });
    graph.entity('Place', 'place:芷岚广场', '芷岚广场', { start: own, end: own + 4 });
    dropGluedJoiners(graph);
    expect([...graph.entities.keys()]).toEqual(['place:芷岚广场']);
    expect(graph.entities.get('place:芷岚广场')!.mentions).toEqual([{ start: joined + 1, end: joined + 5 }, { start: own, end: own + 4 }]);
  });

  it('stays when the document never names the place without it (和桥村)', () => {
    const graph = new DocumentGraph('在和桥村试点。');
    graph.entity('Place', 'place:和桥村', '和桥村', { start: 1, end: 4 });
    dropGluedJoiners(graph);
    expect([...graph.entities.keys()]).toEqual(['place:和桥村']);
  });

  it('is dropped from a work the document also names at the start of an item', () => {
    const ex = plan('1.完成瞿湄故居修缮和瞿湄故居周边环境整治。', '2.瞿湄故居周边环境整治惠及居民120户。');
    expect(names(ex, 'Programme')).toContain(nameKey('瞿湄故居周边环境整治'));
    expect(names(ex, 'Programme').some((n) => n.startsWith('和'))).toBe(false);
  });
});

describe('ranges', () => {
  it('至 starts no place, and a range without brackets is its two ends', () => {
    const ex = plan('1.公交线路延伸至祥岚路，贯通澄泓公园至沥岚港郊野公园的绿道。');
    expect(names(ex, 'Place')).toEqual(expect.arrayContaining(['祥岚路', '澄泓公园', '沥岚港郊野公园'].map(nameKey)));
    expect(names(ex, 'Place').filter((n) => n.includes('至'))).toEqual([]);
  });
});

describe('the villages in general', () => {
  it('a verb before 村“两委” or 村居 names no village', () => {
    expect(names(plan('1.书记蒯岚军是退伍老兵，带领村“两委”发展集体经济。'), 'Place')).toEqual([]);
  });
});

describe('quoted plans', () => {
  it('a quoted name before 方案 is a programme; a 工作方案 about a quoted programme is not', () => {
    const ex = plan('1.制定“一澜一策”治理方案。2.印发“美丽泓园”建设工作方案。3.编制年度工作方案。');
    expect(names(ex, 'Programme')).toContain(nameKey('“一澜一策”治理方案'));
    expect(names(ex, 'Programme')).not.toContain(nameKey('“美丽泓园”建设工作方案'));
  });
});

describe('quoted performances and talks', () => {
  it('a quoted name before 演出, 讲座 or 巡演 is a programme', () => {
    const ex = plan('1.举办“周末泓场”惠民演出36场、“法律进岚宅”普法讲座12场。');
    expect(names(ex, 'Programme')).toEqual(expect.arrayContaining(['“周末泓场”惠民演出', '“法律进岚宅”普法讲座'].map(nameKey)));
  });

  it('what a quoted team does in the sentence is no programme of it', () => {
    expect(names(plan('1.“银发科普澜师团”深入社区开展讲座20场。'), 'Programme')).toEqual([]);
  });
});

describe('kinds of school and committee', () => {
  it('a kind of school named by a district alone, or with 区内, is no body', () => {
    expect(names(plan('1.张堰镇乡村学校、区内乡村学校和初中学校开展结对。'), 'Organisation').filter((n) => n.endsWith('学校'))).toEqual([]);
  });

  it('a committee named only by its kind is no body', () => {
    expect(names(plan('1.组织专门委员会和执行委员会开展调研。'), 'Organisation')).toEqual([]);
  });
});
