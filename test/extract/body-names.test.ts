/**
 * Bodies' names and kinds: a name that starts with its district or the city keeps a describing word
 * inside it (重大, 应用, 离休), as jieba tags them adjectives or verbs; and the rules added from tuned
 * documents' misses below (glued counts, kinds of body, centres, brands' entities, activity centres).
 */
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../ingest/extract/normalise.ts';
import { names, plan } from './helpers.ts';

describe('a describing word a word or two after a district or the city', () => {
  it('is inside the body named from there', () => {
    const text = plan('1.会同奉贤区重大工程建设推进中心开展检查，依托宝山区军队离休退休干部休养所开展活动，联合上海翔澜应用技术学院开展培训。');
    const found = names(text, 'Organisation');
    expect(found).toContain(nameKey('奉贤区重大工程建设推进中心'));
    expect(found).toContain(nameKey('宝山区军队离休退休干部休养所'));
    expect(found).toContain(nameKey('上海翔澜应用技术学院'));
  });

  it('however many follow each other (调处/v 化解/v), but not across another body’s name', () => {
    const found = names(plan('1.依托澄湾区矛盾纠纷调处化解服务中心开展调解，上海市汀澄中学共建家长学校。'), 'Organisation');
    expect(found).toContain(nameKey('澄湾区矛盾纠纷调处化解服务中心'));
    expect(found).not.toContain(nameKey('上海市汀澄中学共建家长学校'));
  });

  it('four words after it, a prefix (非/h) among them; but a centre handling goods is a facility', () => {
    const text = plan('1.依托澄湾区非物质文化遗产保护中心开展培训，建成澄湾区冷链物流集配中心。');
    const bodies = names(text, 'Organisation');
    expect(bodies).toContain(nameKey('澄湾区非物质文化遗产保护中心'));
    expect(bodies.some((b) => b.includes('集配中心'))).toBe(false);
  });

  it('unless it is an honour, or the sentence’s verb before the district', () => {
    const text = plan('1.获评上海市优秀工作室，保障长宁区虹澜实验学校建设。');
    const found = names(text, 'Organisation');
    expect(found).not.toContain(nameKey('上海市优秀工作室'));
    expect(found).not.toContain(nameKey('保障长宁区虹澜实验学校'));
  });
});

describe('赴, going to a body, glued by jieba to the count before it (6名赴/x)', () => {
  it('is not part of the body’s name', () => {
    const found = names(plan('1.选派骨干教师4名赴澄湄职业技术学校开展支教。'), 'Organisation');
    expect(found).toContain(nameKey('澄湄职业技术学校'));
    expect(found).not.toContain(nameKey('赴澄湄职业技术学校'));
  });
});

describe('a noun jieba cuts into a noun and a verb (社会/n 组织/v)', () => {
  it('is kept whole, so the body named with it is found whole', () => {
    const found = names(plan('1.依托澄湾区社会组织服务中心开展培训，培育社会组织12家。'), 'Organisation');
    expect(found).toContain(nameKey('澄湾区社会组织服务中心'));
  });
});

describe('a kind of body without a name of its own', () => {
  it('is no organisation (lexicon.json genericNames)', () => {
    const found = names(plan('1.新建技能大师工作室2个、法律服务工作站5个，培育农民合作社，落实工作小组办公室职责。'), 'Organisation');
    for (const generic of ['技能大师工作室', '法律服务工作站', '农民合作社', '工作小组办公室']) expect(found).not.toContain(nameKey(generic));
  });
});

describe('a district’s joint conference for a field of work (某区某某工作联席会议)', () => {
  it('is a body named by its district and field', () => {
    expect(names(plan('1.建立静安区全民健身工作联席会议制度，召开联席会议2次。'), 'Organisation')).toContain(nameKey('静安区全民健身工作联席会议'));
  });
});

describe('a centre named by its level and a short field (区投促中心, 镇城运中心)', () => {
  it('is that level’s body, not a building', () => {
    const text = plan('1.由区汇促中心牵头，镇网格中心、镇社区文化活动中心配合，区文化馆开展活动。');
    expect(names(text, 'Organisation')).toEqual(expect.arrayContaining([nameKey('区汇促中心'), nameKey('镇网格中心'), nameKey('镇社区文化活动中心')]));
    const places = names(text, 'Place');
    expect(places).not.toContain(nameKey('区汇促中心'));
    // (and so is its culture house, GUIDE.md: 某某区文化馆 is an Organisation)
    expect(places).not.toContain(nameKey('区文化馆'));
    expect(names(text, 'Organisation')).toContain(nameKey('区文化馆'));
  });
});

describe('verbs the dictionary does not know (对标, 获批)', () => {
  it('begin no name', () => {
    const text = plan('1.对标市级澄溪商业中心，推动澄湾商圈提质；上海澄汐科技有限公司获批金山区企业技术中心。');
    const found = [...names(text, 'Place'), ...names(text, 'Organisation')];
    expect(found.some((n) => n.startsWith(nameKey('标')) || n.startsWith(nameKey('获批')))).toBe(false);
  });
});

describe('泓, a measure word only in literary usage', () => {
  it('is read as part of the name it begins', () => {
    const text = plan('1.澄湾区泓汀医院门诊楼改造工程年内竣工投用。');
    expect(names(text, 'Organisation')).toContain(nameKey('澄湾区泓汀医院'));
    expect(names(text, 'Programme')).toContain(nameKey('澄湾区泓汀医院门诊楼改造工程'));
  });
});

describe('a party’s role before a body named from the city (运营方上海某某有限公司)', () => {
  it('is the sentence’s, not the body’s', () => {
    const text = plan('1.由管理方上海汇澜农业园区发展有限公司负责，园区运营方上海澄汐文化发展有限公司负责招商。');
    const found = names(text, 'Organisation');
    expect(found).toEqual(expect.arrayContaining([nameKey('上海汇澜农业园区发展有限公司'), nameKey('上海澄汐文化发展有限公司')]));
    expect(found.some((n) => n.includes(nameKey('方上海')))).toBe(false);
  });
});

describe('a foreign brand’s Shanghai or China entity', () => {
  it('starts at the brand, however jieba cuts the transliteration', () => {
    const found = names(plan('1.引进澜维瑟（上海）园艺科技有限公司、汀博恩（中国）投资有限公司等外资项目。'), 'Organisation');
    expect(found).toEqual(expect.arrayContaining([nameKey('澜维瑟（上海）园艺科技有限公司'), nameKey('汀博恩（中国）投资有限公司')]));
  });

  it('named with its business right before the bracketed region', () => {
    const found = names(plan('2.支持澄岚会展服务（上海）有限公司申报市级品牌展会，安道澜医疗器械（上海）有限公司增资。'), 'Organisation');
    expect(found).toEqual(expect.arrayContaining([nameKey('澄岚会展服务（上海）有限公司'), nameKey('安道澜医疗器械（上海）有限公司')]));
  });

  it('but a level in brackets is no region: 街道（镇）商会', () => {
    expect(names(plan('3.指导各街道（镇）商会开展活动。'), 'Organisation').some((n) => n.includes('商会'))).toBe(false);
  });
});

describe('kinds of body named by a policy or a level alone', () => {
  it('强村公司 and 国家级农民合作社 are kinds, not bodies; nor is 强村 a village', () => {
    const plain = plan('1.组建强村公司3家，培育国家级农民合作社2家。');
    expect(names(plain, 'Organisation')).toEqual([]);
    expect(names(plain, 'Place')).toEqual([]);
  });
});

describe('an activity centre (活动中心)', () => {
  it('is a body, as the labels have it (179 Organisation, 3 Place); the villagers’ one of every village is none', () => {
    const ex = plan('1.汀浦镇文体活动中心完成改造，澄溪区青少年科技活动中心举办比赛，新建村民活动中心3个。');
    expect(names(ex, 'Organisation')).toEqual(expect.arrayContaining(['汀浦镇文体活动中心', '澄溪区青少年科技活动中心'].map(nameKey)));
    expect(names(ex, 'Place')).not.toContain(nameKey('汀浦镇文体活动中心'));
    expect([...names(ex, 'Organisation'), ...names(ex, 'Place')]).not.toContain(nameKey('村民活动中心'));
  });
});

describe('a centre named from its district with words describing its work', () => {
  it('is that district’s body, not a building (labels: about 1,566 Organisation to 100 Place)', () => {
    const ex = plan('1.青浦区未成年人救助保护中心收治儿童，朱家角镇矛盾纠纷调处化解中心受理纠纷。');
    expect(names(ex, 'Organisation')).toEqual(expect.arrayContaining(['青浦区未成年人救助保护中心', '朱家角镇矛盾纠纷调处化解中心'].map(nameKey)));
    expect(names(ex, 'Place')).not.toContain(nameKey('青浦区未成年人救助保护中心'));
  });

  it('as are a district’s big-data centre and its animal disease control centre', () => {
    const ex = plan('1.依托青浦区大数据中心建设平台，青浦区动物疫病预防控制中心开展监测。');
    expect(names(ex, 'Organisation')).toEqual(expect.arrayContaining(['青浦区大数据中心', '青浦区动物疫病预防控制中心'].map(nameKey)));
  });
});

describe('a medical alliance (医联体, 医疗联合体)', () => {
  it('named by its district or members is a body; the kind alone is none', () => {
    const ex = plan('1.深化青浦区北部医联体和青浦区南部紧密型医联体建设，推广康复医联体模式。');
    const found = names(ex, 'Organisation');
    expect(found).toEqual(expect.arrayContaining(['青浦区北部医联体', '青浦区南部紧密型医联体'].map(nameKey)));
    expect(found).not.toContain(nameKey('康复医联体'));
  });
});

describe('a centre named by the work it does (a verb right before 中心)', () => {
  it('is a body; one named by what people go there for is a venue, and a quoted brand’s is no body', () => {
    const text = plan('1.依托汀澄镇社会治安综合治理中心开展巡查，推进澄川体育中心建设，启用“澜心”帮扶中心。');
    expect(names(text, 'Organisation')).toContain(nameKey('汀澄镇社会治安综合治理中心'));
    const places = names(text, 'Place');
    expect(places).not.toContain(nameKey('汀澄镇社会治安综合治理中心'));
    expect(places).toContain(nameKey('澄川体育中心'));
    expect(names(text, 'Organisation').some((o) => o.includes('帮扶中心'))).toBe(false);
  });
});

describe('two bodies of the same kind joined by 与 or 和', () => {
  it('are two bodies, not one name across the joiner', () => {
    const bodies = names(plan('1.长宁区卫生健康委员会与红河州卫生健康委员会签订对口帮扶协议。'), 'Organisation');
    expect(bodies).toContain(nameKey('长宁区卫生健康委员会'));
    expect(bodies.some((b) => b.includes('与'))).toBe(false);
  });
});

describe('a registered company named by its place and what it does (上海某某园区开发运营有限公司)', () => {
  it('keeps the verbs after the place and a character jieba cut off before a city-like word', () => {
    const bodies = names(plan('1.由上海新桥园区开发运营有限公司负责实施，推进上海泖宜城市更新发展有限公司组建。'), 'Organisation');
    expect(bodies).toEqual(expect.arrayContaining(['上海新桥园区开发运营有限公司', '上海泖宜城市更新发展有限公司'].map(nameKey)));
  });
});
