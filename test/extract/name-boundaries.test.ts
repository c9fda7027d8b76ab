/**
 * Rules from session 14's reading of tuned documents' boundary misses, each on invented names.
 */
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../ingest/extract/normalise.ts';
import { names, plan } from './helpers.ts';

describe('a place whose first character jieba read as a word of its own', () => {
  it('a list item begins with the character, even one jieba reads as a verb', () => {
    const found = names(plan('1.组织汇泉大酒店、会澜楼饭店等15家星级饭店开展培训。'), 'Place');
    expect(found).toContain(nameKey('会澜楼饭店'));
    expect(found).not.toContain(nameKey('澜楼饭店'));
  });

  it('the adjective 新 before a proper name after a verb belongs to the name', () => {
    const found = names(plan('1.察看新汾河绿道和体育公园。'), 'Place');
    expect(found).toContain(nameKey('新汾河绿道'));
  });

  it('原, the former use of a site, stays out of the name', () => {
    const found = names(plan('1.完成北侧地块、原普丰印染厂地块收储。'), 'Place');
    expect(found).toContain(nameKey('普丰印染厂'));
    expect(found).not.toContain(nameKey('原普丰印染厂'));
  });

  it('a firm’s works (厂区) name the parcel on them too', () => {
    const found = names(plan('1.完成沃澄化工东厂区地块土壤污染状况调查。'), 'Place');
    expect(found).toContain(nameKey('沃澄化工东厂区'));
    expect(found).not.toContain(nameKey('沃澄化工东厂区地块'));
  });
});

describe('a phase in brackets', () => {
  it('names a project of its own with the project it follows', () => {
    const found = names(plan('1.推进桂澜河滨水空间贯通工程（二期）建设。'), 'Programme');
    expect(found).toContain(nameKey('桂澜河滨水空间贯通工程（二期）'));
    expect(found).not.toContain(nameKey('桂澜河滨水空间贯通工程'));
  });
});

describe('a day or month named after the work', () => {
  it('belongs to the quoted programme when an event word follows', () => {
    expect(names(plan('1.开展“家门口”服务日活动。'), 'Programme')).toContain(nameKey('“家门口”服务日活动'));
    expect(names(plan('1.举办“云品入沪”消费帮扶月活动。'), 'Programme')).toContain(nameKey('“云品入沪”消费帮扶月活动'));
  });
});

describe('a verb right before the place a project is on', () => {
  it('is the sentence’s verb, not part of the project’s name', () => {
    const found = names(plan('1.视察团重点察看桂澜河滨江公共空间贯通工程，提出建议。'), 'Programme');
    expect(found).toContain(nameKey('桂澜河滨江公共空间贯通工程'));
    expect(found).not.toContain(nameKey('视察团重点察看桂澜河滨江公共空间贯通工程'));
  });
});

describe('a venue with a proper name written after its town', () => {
  it('keeps the name without the town as an alias', () => {
    const ex = plan('1.完成山阳镇海澜社区卫生服务站和亭林镇澄桂长者照护之家改造。');
    const venue = ex.entities.find((e) => e.type === 'Place' && e.name.includes('海澜社区卫生服务站'));
    expect([venue?.name, ...(venue?.aliases ?? [])]).toContain('海澜社区卫生服务站');
    const home = ex.entities.find((e) => e.type === 'Place' && e.name.includes('澄桂长者照护之家'));
    expect([home?.name, ...(home?.aliases ?? [])]).toContain('澄桂长者照护之家');
  });

  it('also when jieba reads its own name as a common noun (海韵/n)', () => {
    const ex = plan('1.完成山阳镇海韵社区卫生服务站标准化改造，山阳镇文化体育中心开放。');
    const venue = ex.entities.find((e) => e.type === 'Place' && e.name.includes('海韵社区卫生服务站'));
    expect([venue?.name, ...(venue?.aliases ?? [])]).toContain('海韵社区卫生服务站');
    for (const e of ex.entities) expect(e.aliases ?? []).not.toContain('文化体育中心');
  });

  it('a town’s own venue named by its kind alone keeps no bare kind as an alias', () => {
    const ex = plan('1.完成山阳镇社区卫生服务中心改造。');
    for (const e of ex.entities) expect(e.aliases ?? []).not.toContain('社区卫生服务中心');
  });
});

describe('a named fitness trail', () => {
  it('is named by what precedes 健康步道; the bare kind names none', () => {
    expect(names(plan('1.建成张堰镇桂溪健康步道。'), 'Place')).toContain(nameKey('桂溪健康步道'));
    expect(names(plan('1.新建健康步道5条。'), 'Place')).toEqual([]);
  });
});

describe('a short quoted venue written at its place', () => {
  it('is that venue, after a road or a building (with or without 的)', () => {
    expect(names(plan('1.建成开放桂梧路“云岚剧场”，新增座位。'), 'Place')).toContain(nameKey('“云岚剧场”'));
    expect(names(plan('1.位于桂光路的“桂光书房”实行全天开放。'), 'Place')).toContain(nameKey('“桂光书房”'));
  });

  it('is not, when another venue’s kind follows the quote', () => {
    expect(names(plan('1.桂关公寓“银桂书屋”睦邻点获评示范。'), 'Place')).not.toContain(nameKey('“银桂书屋”'));
  });

  it('a kind of venue named only after a quote (names.json quotedVenueOnlyKinds) makes a place there, not without it', () => {
    const found = names(plan('1.在桂园居民区建成“桂语”邻里客厅和“桂缘”颁证厅，推广楼道微客厅。'), 'Place');
    expect(found).toEqual(expect.arrayContaining([nameKey('“桂语”邻里客厅'), nameKey('“桂缘”颁证厅')]));
    expect(found).not.toContain(nameKey('楼道微客厅'));
  });

  it('a quoted venue name may end in a year (“某某1920”文创园)', () => {
    expect(names(plan('1.由老厂房改造的“桂舍1920”文创园入驻企业。'), 'Place')).toContain(nameKey('“桂舍1920”文创园'));
  });
});

describe('a place suffix jieba glued to what follows in an unknown word', () => {
  it('ends the name before 的 (位于某/x 溪路的/x) and before the first character of a dictionary word (委副/x 主任)', () => {
    expect(names(plan('1.位于澜溪路的“萱澜空间”创业基地开放。'), 'Place')).toContain(nameKey('澜溪路'));
    expect(names(plan('1.首秀活动58场。市商务委副主任宓澄阳来街道调研。'), 'Organisation')).toContain(nameKey('市商务委'));
  });
});

describe('和 jieba glued to a name after a work’s verb (建设/vn 和澈/x 中路)', () => {
  it('joins two works; it is not the name’s first character', () => {
    const ex = plan('2.开展澄川路示范路段建设和澈中路商业街焕新改造。');
    expect(names(ex, 'Place').some((n) => n.startsWith('和'))).toBe(false);
    expect(names(ex, 'Programme').some((n) => n.startsWith('和'))).toBe(false);
  });
});

describe('邨, the old spelling of 村 in Shanghai lane compounds, and 圩区, a polder', () => {
  it('ends a place’s name', () => {
    expect(names(plan('1.对澄岚邨、汀麟码头仓库开展建筑测绘。'), 'Place')).toContain(nameKey('澄岚邨'));
    const polders = names(plan('1.完成苇澄圩区、蓼汀圩区2个圩区达标改造。'), 'Place');
    expect(polders).toEqual(expect.arrayContaining(['苇澄圩区', '蓼汀圩区'].map(nameKey)));
    expect(polders).not.toContain(nameKey('圩区'));
  });
});

describe('a heritage designation before a building', () => {
  it('is not part of the building’s name', () => {
    const found = names(plan('1.完成市级文物保护单位桂州大楼外立面修缮。'), 'Place');
    expect(found).toContain(nameKey('桂州大楼'));
  });
});

describe('the work written after a phase', () => {
  it('belongs to the phase’s name when it is described work ending in an action', () => {
    expect(names(plan('1.推进桂港村老旧厂房二期转型提升。'), 'Programme')).toContain(nameKey('桂港村老旧厂房二期转型提升'));
  });

  it('stops at the stage of construction the sentence reports', () => {
    const found = names(plan('1.桂港村老旧厂房二期开工建设。'), 'Programme');
    expect(found).not.toContain(nameKey('桂港村老旧厂房二期开工建设'));
  });
});

describe('numbered events whatever jieba made of their last word', () => {
  it('a race read as a name and a week read as a name end the event', () => {
    expect(names(plan('1.举办第九届桂江滨江国际马拉松赛，参赛规模控制。'), 'Programme')).toContain(nameKey('第九届桂江滨江国际马拉松赛'));
    expect(names(plan('1.举办第二届桂江国际沉浸式戏剧周，引进剧目。'), 'Programme')).toContain(nameKey('第二届桂江国际沉浸式戏剧周'));
  });

  it('a numbered congress or committee is a body’s session, no event', () => {
    expect(names(plan('1.召开第十八届人民代表大会第三次会议，选举第十四届执行委员会。'), 'Programme')).toEqual([]);
  });
});

describe('a quoted name, a kind word and a plan’s word', () => {
  it('is a plan, not the work the kind word names', () => {
    expect(names(plan('1.完成桂林街道“桂香生活圈”行动规划编制。'), 'Programme')).not.toContain(nameKey('“桂香生活圈”行动'));
  });
});

describe('the edition of a quoted event', () => {
  it('may stand a few words before the quote, and 首届 is one', () => {
    expect(names(plan('1.举办第四届桂山区青少年“未来桂匠”挑战赛。'), 'Programme')).toContain(nameKey('第四届桂山区青少年“未来桂匠”挑战赛'));
    expect(names(plan('1.举办首届“桂彩滨江”城市艺术季。'), 'Programme')).toContain(nameKey('首届“桂彩滨江”城市艺术季'));
  });

  it('names no event for a bare kind, an owners’ assembly, or a quoted title a few words after it', () => {
    const found = names(plan('1.举办首届大赛，召开首届业主大会，评选第五届桂山区“最美桂师”。'), 'Programme');
    expect(found).not.toContain(nameKey('首届大赛'));
    expect(found).not.toContain(nameKey('首届业主大会'));
    expect(found).not.toContain(nameKey('第五届桂山区“最美桂师”'));
  });
});

describe('words that end like a place and name none', () => {
  it('产城 (of 产城融合), 开园 (opening), and a housing type’s 房小区', () => {
    expect(names(plan('1.着力建设产城融合、宜居宜业的新城。'), 'Place')).toEqual([]);
    expect(names(plan('1.桂庭幼儿园9月开园，新增学位。'), 'Place')).toEqual([]);
    expect(names(plan('1.在镇区集中居住安置房小区购买住房。'), 'Place')).toEqual([]);
  });

  it('为 glued to a name by jieba is not part of it', () => {
    expect(names(plan('1.为桂创城重点企业提供服务。'), 'Place')).not.toContain(nameKey('为桂创城'));
  });
});

describe('a quoted project written right after its village or estate', () => {
  it('is named with the place', () => {
    expect(names(plan('1.推进桂榭村“桂里田园”农文旅融合项目建设。'), 'Programme')).toContain(nameKey('桂榭村“桂里田园”农文旅融合项目'));
  });

  it('a practice is named alone, and so is anything after a residents’ area', () => {
    const found = names(plan('1.推广桂汀村“村集体+合作社”运营模式，总结桂影居民区“桂燕议事厅”建设经验。'), 'Programme');
    expect(found.some((n) => n.startsWith(nameKey('桂汀村')))).toBe(false);
    expect(found.some((n) => n.startsWith(nameKey('桂影居民区')))).toBe(false);
  });
});

describe('more words that name no place or body', () => {
  it('a superlative before 村 (最高村与最低村) and the yard gardens (小花园、小菜园、小果园)', () => {
    expect(names(plan('1.经营性收入最高村与最低村相差较大，建设小花园、小菜园、小果园。'), 'Place')).toEqual([]);
  });

  it('与 standing alone at a sentence’s start begins no name', () => {
    const found = names(plan('1.深化合作。与申桂师范大学合作举办活动。'), 'Organisation');
    expect(found).toContain(nameKey('申桂师范大学'));
    expect(found).not.toContain(nameKey('与申桂师范大学'));
  });
});

describe('projects named by no name', () => {
  it('a kind word after a word or two, and the year’s practical projects taken together, name no programme', () => {
    const found = names(plan('1.支持适老项目，落实镇政府年度实事项目10项，推进桂澄路北侧C3-2地块项目开工。'), 'Programme');
    expect(found).not.toContain(nameKey('适老项目'));
    expect(found.some((n) => n.endsWith('实事项目'))).toBe(false);
    expect(found).toContain(nameKey('桂澄路北侧C3-2地块项目'));
  });
});

describe('technical centres', () => {
  it('an extension centre is a body; a firm’s technical centre as a designation names none', () => {
    const ex = plan('1.奉桂区农业技术推广中心开展培训，区农技中心指导，新增市级企业技术中心3家。');
    expect(names(ex, 'Organisation')).toEqual(expect.arrayContaining([nameKey('奉桂区农业技术推广中心'), nameKey('区农技中心')]));
    expect(names(ex, 'Place')).toEqual([]);
  });
});

describe('numbered batches and yearly capacities', () => {
  it('a numbered batch of model villages being made is a programme, named by the batch', () => {
    const found = names(plan('1.桂甲村、桂乙村2个村开展第七批市级乡村振兴示范村建设，第三批学员60名结业。'), 'Programme');
    expect(found).toContain(nameKey('第七批市级乡村振兴示范村建设'));
    expect(found.some((n) => n.includes('学员'))).toBe(false);
  });

  it('a firm’s yearly capacity between its name and its project is inside the project’s name', () => {
    expect(names(plan('1.推进上海桂拓新材料科技有限公司年产5000吨高性能树脂扩产项目。'), 'Programme')).toContain(nameKey('上海桂拓新材料科技有限公司年产5000吨高性能树脂扩产项目'));
  });

  it('also after the firm’s short name, however jieba cut the brand, and without a preposition glued to it', () => {
    const found = names(plan('1.包材项目竣工验收；澄霏生物年产1.2万吨护肤品扩产项目投产，对汐盛新材年产3万吨特种树脂扩建项目加快审批。'), 'Programme');
    expect(found).toEqual(expect.arrayContaining(['澄霏生物年产1.2万吨护肤品扩产项目', '汐盛新材年产3万吨特种树脂扩建项目'].map(nameKey)));
    expect(found.some((n) => n.startsWith('生物') || n.startsWith('对'))).toBe(false);
  });
});

describe('a numbered event whose last character jieba cut off', () => {
  it('ends at that character (健身运动/l 会/v)', () => {
    expect(names(plan('1.举办第三届桂桥镇全民健身运动会。'), 'Programme')).toContain(nameKey('第三届桂桥镇全民健身运动会'));
  });
});

describe('two projects joined by a 和 jieba glued to the second one’s place', () => {
  it('are two programmes and the place is the village alone', () => {
    const ex = plan('1.同步实施桂泾河生态廊道建设工程和汐桂村滨海田园风貌提升工程。');
    expect(names(ex, 'Programme')).toEqual(expect.arrayContaining([nameKey('桂泾河生态廊道建设工程'), nameKey('汐桂村滨海田园风貌提升工程')]));
    expect(names(ex, 'Place')).toContain(nameKey('汐桂村'));
  });
});

describe('Shanghai’s islands and best-known waters (names.json standalonePlaces)', () => {
  it('are places though they end in no suffix the scan uses', () => {
    const found = names(plan('1.推进长兴岛、横沙岛海塘巡查，开展杭州湾沿岸和崇明东滩鸟类监测。'), 'Place');
    expect(found).toEqual(expect.arrayContaining(['长兴岛', '横沙岛', '杭州湾', '崇明东滩'].map(nameKey)));
  });
});

describe('a civil-defence shelter (民防工程) under a named building', () => {
  it('is a place, not a programme; a kind of shelter (结建, 公用, 地下) names none', () => {
    const ex = plan('1.完成澜瑞大厦民防工程防汛检查，督促结建民防工程和地下民防工程使用单位落实责任。');
    expect(names(ex, 'Place')).toContain(nameKey('澜瑞大厦民防工程'));
    expect(names(ex, 'Place').some((n) => /^(?:结建|地下)/.test(n))).toBe(false);
    expect(names(ex, 'Programme').some((n) => n.endsWith('民防工程'))).toBe(false);
  });
});

describe('a level of management, a kind of area or a rank before a kind of place (区管泵闸, 圩区水闸, 易涝片区, 世界级商圈)', () => {
  it('names no place', () => {
    const found = names(plan('1.完成区管泵闸和镇管泵闸养护考核，新建圩区水闸5座，排查易涝片区12处，打造世界级商圈和区域性特色商圈。'), 'Place');
    expect(found).toEqual([]);
  });
});

describe('a site a 区 runs, named by what is done there (某区残疾人创业孵化基地)', () => {
  it('is a place starting at the 区; an honour the 区 confers is none', () => {
    const found = names(plan('1.依托长宁区残疾人创业孵化基地开展培训，3家企业获评长宁区创业孵化示范基地。'), 'Place');
    expect(found).toContain(nameKey('长宁区残疾人创业孵化基地'));
    expect(found.some((n) => n.includes('示范基地'))).toBe(false);
  });
});

describe('新创建 and 新认定 before a kind of place', () => {
  it('are the sentence’s verbs, not the start of a name', () => {
    const found = names(plan('1.新创建节水型小区12个，新认定区级科普基地3家。'), 'Place');
    expect(found.some((n) => n.startsWith('新'))).toBe(false);
  });
});

describe('an adverb that opens a clause (全力, 全部, 重点 …; jieba tags most of them nouns)', () => {
  it('starts no name: the name starts after it and its verb, and the adverb’s scope alone is none', () => {
    const ex = plan('1.重点推进衡沣集团上海总部落地，将“澔伴银龄”居家养老服务项目推广至古美街道、江川路街道全部居民区。');
    expect(names(ex, 'Programme')).toContain(nameKey('衡沣集团上海总部'));
    expect([...names(ex, 'Programme'), ...names(ex, 'Place')].some((n) => /^(?:重点|全部)/.test(n))).toBe(false);
  });
});

describe('a venue named after a water whose suffix jieba read into the venue’s first word (某某/ns 港澜/x 物流园)', () => {
  it('is named from the water on, not from the character after the suffix', () => {
    const found = names(plan('1.推动罗店港澜物流园与长三角企业合作，虹泾汐商业广场开业。'), 'Place');
    expect(found).toContain(nameKey('罗店港澜物流园'));
    expect(found).toContain(nameKey('虹泾汐商业广场'));
    expect(found.some((n) => /^(?:澜|汐)/.test(n))).toBe(false);
  });
});
