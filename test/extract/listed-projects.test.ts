/**
 * Projects listed by name before 等 and a count of projects that started or finished are each a
 * programme, whatever their last word (listed-projects.ts). Invented names throughout.
 */
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../ingest/extract/normalise.ts';
import { names, plan } from './helpers.ts';

describe('projects listed before 等N个项目 and the verb of their start or end', () => {
  it('are each a programme: a phase, a base, a tower', () => {
    const ex = plan('1.澔川半导体功率器件二期、钤禾生物研发制造基地等21个产业项目竣工投产。', '2.鎏汀中心、骊澔广场等项目竣工，钤浦中心主体结构封顶。');
    const programmes = names(ex, 'Programme');
    expect(programmes).toEqual(expect.arrayContaining(['澔川半导体功率器件二期', '钤禾生物研发制造基地', '鎏汀中心', '骊澔广场'].map(nameKey)));
    expect(names(ex, 'Place')).not.toContain(nameKey('鎏汀中心'));
  });

  it('are each a programme where the projects 完成 their acceptance', () => {
    const ex = plan('1.全年推进区级重大工程39项，鎏珩广场、岚屹大厦等项目完成竣工验收。');
    expect(names(ex, 'Programme')).toEqual(expect.arrayContaining(['鎏珩广场', '岚屹大厦'].map(nameKey)));
  });

  it('are each a programme before 等N项…工程 too, in a clause after a comma', () => {
    const ex = plan('1.澈汀公路改建工程建成通车，鹭澔大道北延伸段、蔺钤路跨澄汀河桥等12项道路桥梁工程开工建设。');
    expect(names(ex, 'Programme')).toEqual(expect.arrayContaining(['鹭澔大道北延伸段', '蔺钤路跨澄汀河桥'].map(nameKey)));
  });

  it('are firms when they are brands of an industry (半导体, 新能, 数科: names.json firmIndustryWords)', () => {
    const ex = plan('1.澔屹半导体、沐钤新能、岚澔数科等41个项目开工建设。');
    expect(names(ex, 'Programme').some((n) => /半导体|新能|数科/.test(n))).toBe(false);
    expect(names(ex, 'Organisation')).toEqual(expect.arrayContaining(['澔屹半导体', '沐钤新能', '岚澔数科'].map(nameKey)));
  });

  it('are no kind of building made of common words', () => {
    const ex = plan('1.淞澔养老院、市民服务中心、文化中心等一批民生工程竣工。');
    expect(names(ex, 'Programme').some((n) => n.endsWith('中心'))).toBe(false);
  });

  it('are each a programme with no 等 when one of them is a project already read', () => {
    const ex = plan('1.推动穹澔微特色工艺产线项目、启钤生物抗体药物中试基地落地，澄澔新能源电池模组二期扩产项目、曜钤机器人智能制造基地建成投产。');
    expect(names(ex, 'Programme')).toEqual(expect.arrayContaining(['启钤生物抗体药物中试基地', '曜钤机器人智能制造基地'].map(nameKey)));
    expect(names(ex, 'Programme').some((n) => n.endsWith('建成'))).toBe(false);
  });

  it('are not items of work on buildings, firms by brand, nor projects not said to start or end', () => {
    const ex = plan('1.推动澔岑大楼、钤汀商厦等3个存量转型项目开工。', '2.推进澔钤检测、汀澔新能源等项目落地。', '3.储备澔川中心、钤禾广场等项目。');
    const programmes = names(ex, 'Programme');
    for (const n of ['澔岑大楼', '钤汀商厦', '澔钤检测', '汀澔新能源', '澔川中心', '钤禾广场']) expect(programmes).not.toContain(nameKey(n));
  });
});

describe('a project followed by the stage it starts (启动, tagged a verbal noun by jieba)', () => {
  it('ends before 启动', () => {
    const ex = plan('1.澔湾村城中村改造项目启动土地征收，钤江绿地三期启动建设。');
    expect(names(ex, 'Programme')).toEqual(expect.arrayContaining(['澔湾村城中村改造项目', '钤江绿地三期'].map(nameKey)));
    expect(names(ex, 'Programme').some((n) => n.includes('启动'))).toBe(false);
  });
});

describe('a stage written after a project (土地征收, 房屋征收)', () => {
  it('is not part of its name', () => {
    const ex = plan('1.完成澔湾村城中村改造项目土地征收，启动钤浜弄地块城中村改造项目房屋征收。');
    expect(names(ex, 'Programme')).toEqual(expect.arrayContaining(['澔湾村城中村改造项目', '钤浜弄地块城中村改造项目'].map(nameKey)));
    expect(names(ex, 'Programme').some((n) => n.endsWith('征收'))).toBe(false);
  });
});

describe('a work named after the last of a list of towns', () => {
  it('is named with the list', () => {
    const ex = plan('1.实施月浦镇、罗泾镇区域供水管网互联互通工程，新敷设连通管4.6公里。');
    expect(names(ex, 'Programme')).toContain(nameKey('月浦镇、罗泾镇区域供水管网互联互通工程'));
    expect(names(ex, 'Programme')).not.toContain(nameKey('罗泾镇区域供水管网互联互通工程'));
  });
});

describe('a whole sector written with 系统', () => {
  it('is no programme; a named system is', () => {
    const ex = plan('1.2024年，我局先后获评“上海市水务系统先进单位”“澔钤区文明单位”。', '2.建成“澔眼”智能感知系统。');
    const programmes = names(ex, 'Programme');
    expect(programmes).not.toContain(nameKey('上海市水务系统'));
    expect(programmes).toContain(nameKey('“澔眼”智能感知系统'));
  });
});

describe('the development of a whole area (lexicon.json developmentAreas)', () => {
  it('is no programme', () => {
    const ex = plan('1.全力服务澔钤新城建设和临港新片区建设，助力张江科学城建设。');
    expect(names(ex, 'Programme').some((n) => n.endsWith('建设'))).toBe(false);
  });
});

describe('a bare quote whose last word is 服务 or 项目 (lexicon.json bareQuoteNoProgrammeEnds)', () => {
  it('names a kind of service or an honour, no programme; with a kind word after it, it is one', () => {
    const ex = plan('1.长者照护之家试点“喘息服务”，全年服务家庭86户；对新迁入企业开展“迁入即服务”；村书记交流“书记项目”；开展“澔岚暖心”服务行动。');
    expect(names(ex, 'Programme')).toEqual([nameKey('“澔岚暖心”服务行动')]);
  });
});

describe('an honour or a kind of facility (programme-kinds.json tails, lexicon.json notProgrammeEnds)', () => {
  it('is no programme', () => {
    const ex = plan('1.创建垃圾分类示范小区4个，建成澔钤产业园共享中试平台。');
    expect(names(ex, 'Programme').some((n) => /示范小区|中试平台/.test(n))).toBe(false);
  });

  it('keeps the 原 of a former facility in the name of the work on its parcel', () => {
    expect(names(plan('1.推进原澄华印染厂地块城市更新。'), 'Programme')).toContain('原澄华印染厂地块城市更新');
  });

  it('names a work from a name jieba cut into a bound morpheme and a noun (樾/g 溪/n)', () => {
    expect(names(plan('1.实施樾溪景观廊道提升工程，新增步道600米。'), 'Programme')).toContain('樾溪景观廊道提升工程');
  });

  it('and from a bound morpheme before a proper name (曜/zg 岚/nr, 湄/zg 塘桥/ns)', () => {
    const found = names(plan('1.推进曜岚新能源锂电池隔膜项目建设，湄塘桥新建工程完工。'), 'Programme');
    expect(found).toEqual(expect.arrayContaining(['曜岚新能源锂电池隔膜项目', '湄塘桥新建工程']));
  });

  it('takes no work along a place without 工程 or 项目 for a programme (…沿岸贯通, …生态修复, …地块收储)', () => {
    const ex = plan('2.完成芷溪港沿岸贯通、蘅湖岸线生态修复和澄浦仓库地块收储，实施芷溪港（澄川路至蘅湖路段）岸线贯通工程。');
    const found = names(ex, 'Programme');
    expect(found.filter((n) => /(?:贯通|修复|收储)$/.test(n))).toEqual([]);
    expect(found.some((n) => n.endsWith('岸线贯通工程'))).toBe(true);
  });

  it('names a work read after a short quote with the quote (“某某”公共空间微更新一期), not after a policy (“一网统管”平台)', () => {
    const found = names(plan('6.在外滩南段试点“芷澜客厅”公共空间微更新一期。'), 'Programme');
    expect(found).toContain(nameKey('“芷澜客厅”公共空间微更新一期'));
    expect(found).not.toContain(nameKey('公共空间微更新一期'));
  });

  it('takes a place and an action on a quoted venue for no programme (在某路口新建“某某园”口袋公园)', () => {
    const ex = plan('7.在蘅川路与澜汀路交叉口新建“芷影园”口袋公园，澄溪村利用闲置仓库改建“渔澜记忆”村史馆。');
    expect(names(ex, 'Programme').filter((n) => /(?:新建|改建)$/.test(n))).toEqual([]);
  });

  it('takes a bare quote ending in 工作室 for no programme (“书记工作室”)', () => {
    expect(names(plan('5.推广“蘅川书记工作室”经验。'), 'Programme')).toEqual([]);
  });

  it('takes a quoted kind of renovation for a programme only after its places (“白改黑”改造)', () => {
    const found = names(plan('4.推进“澜白改黑”改造，完成芷溪苑、澜汀小区2个小区“蘅绿家园”改造。'), 'Programme');
    expect(found).not.toContain(nameKey('“澜白改黑”改造'));
    expect(found.some((n) => n.startsWith('芷溪苑') && n.endsWith('改造'))).toBe(true);
  });

  it('takes no plan drawn up for a place, nor a place\'s memory, for a programme (…控制性详细规划, …老街记忆)', () => {
    const found = names(plan('3.完成蘅川片区控制性详细规划编制，推出澄溪老街记忆展陈。'), 'Programme');
    expect(found.filter((n) => /(?:规划|记忆)$/.test(n))).toEqual([]);
  });
});

describe('a numbered event', () => {
  it('keeps a platform code between its edition and its quoted name (第三届G60“某某”峰会)', () => {
    expect(names(plan('1.举办第三届G60“澔汉”卫星互联网峰会。'), 'Programme')).toContain(nameKey('第三届G60“澔汉”卫星互联网峰会'));
  });

  it('ends before the activities it holds (…文化节|举办活动)', () => {
    const ex = plan('1.第四届“澔畔弦歌”市民文化节举办活动320场。');
    expect(names(ex, 'Programme')).toContain(nameKey('第四届“澔畔弦歌”市民文化节'));
    expect(names(ex, 'Programme').some((n) => n.endsWith('活动'))).toBe(false);
  });

  it('ends before the activities it holds when the quote names the event itself (“某某邻里节”|举办活动)', () => {
    const ex = plan('1.第四届“棠溪邻里节”举办活动42场。');
    expect(names(ex, 'Programme')).toContain(nameKey('第四届“棠溪邻里节”'));
    expect(names(ex, 'Programme').some((n) => n.endsWith('活动'))).toBe(false);
  });

  it('ends before the activities it holds when no quote names it (第N届某某邻里节|开展各类活动)', () => {
    const ex = plan('1.第五届棠溪社区邻里节开展各类活动36场。');
    expect(names(ex, 'Programme')).toContain(nameKey('第五届棠溪社区邻里节'));
    expect(names(ex, 'Programme').some((n) => n.endsWith('活动'))).toBe(false);
  });

  it('reads 通道 and 慢行 inside a work’s name (通道/v, 慢行/d: lexicon.json tagCorrections)', () => {
    const ex = plan('1.推进澔溪河滨河慢行通道贯通工程，完成棠澔路（晴澔路至蕙澔路段）护学通道改造工程，新建慢行步道3公里。');
    expect(names(ex, 'Programme')).toEqual(expect.arrayContaining(['澔溪河滨河慢行通道贯通工程', '棠澔路(晴澔路至蕙澔路段)护学通道改造工程'].map(nameKey)));
    expect(names(ex, 'Place')).not.toContain(nameKey('慢行步道'));
  });

  it('reads 通车 as the verb before a road, not its first word (通车/n: lexicon.json tagCorrections)', () => {
    const ex = plan('1.年内建成通车湄岚公路（新泖路至荻溪路段）拓宽改建工程。');
    expect(names(ex, 'Programme')).toContain(nameKey('湄岚公路（新泖路至荻溪路段）拓宽改建工程'));
    expect(names(ex, 'Place')).toContain(nameKey('湄岚公路'));
    expect([...names(ex, 'Programme'), ...names(ex, 'Place')].some((n) => n.startsWith('通车'))).toBe(false);
  });

  it('reads 积分, 超市, 安防 and 老年 inside names (tagged ad, v, v and t: lexicon.json tagCorrections)', () => {
    const ex = plan('1.澔岚街道老年协会组织活动12场；推行“澔美积分”村民积分管理制度；完成澔湾村老年活动室改造项目。');
    expect(names(ex, 'Organisation')).toContain(nameKey('澔岚街道老年协会'));
    expect(names(plan('2.各居委开办老年学校，开设老年活动室。'), 'Organisation')).toEqual([]);
    expect(names(ex, 'Programme')).toEqual(expect.arrayContaining(['“澔美积分”村民积分管理制度', '澔湾村老年活动室改造项目'].map(nameKey)));
  });

  it('reads 孵化 as what a facility is for, not the start of its work (孵化/v: lexicon.json tagCorrections)', () => {
    expect(names(plan('1.支持泖澔科技企业孵化器扩建孵化用房1.2万平方米。'), 'Programme').some((n) => n.endsWith('扩建'))).toBe(false);
  });

  it('keeps a harvest festival whole (丰收/v 节/t: lexicon.json wholeNouns)', () => {
    expect(names(plan('1.在澔溪村举办第二届澔湾农民丰收节，现场销售农产品620万元。'), 'Programme')).toContain(nameKey('第二届澔湾农民丰收节'));
  });
});

describe('a sewage or storm-water pumping station (污水泵/n 站/v: lexicon.json wholeNouns)', () => {
  it('is one place, and the work on it one programme', () => {
    const ex = plan('1.推进荇澔污水泵站改造工程。');
    expect(names(ex, 'Place')).toContain(nameKey('荇澔污水泵站'));
    expect(names(ex, 'Programme')).toContain(nameKey('荇澔污水泵站改造工程'));
  });
});

describe('a list of projects opened by an enumeration (三是完成…)', () => {
  it('names its first project without the enumeration and the verb', () => {
    const ex = plan('三是完成澔潼绿地三期、澔岐路北侧E2-3地块保障性租赁住房项目等项目竣工决算审计。');
    expect(names(ex, 'Programme')).toContain(nameKey('澔潼绿地三期'));
    expect(names(ex, 'Programme').some((n) => n.startsWith(nameKey('三是')))).toBe(false);
  });
});

describe("a district's part of a national event", () => {
  it('is named with the event, its year and its venue', () => {
    const found = names(plan('1.承办2025年中国农民丰收节崇明区分会场活动，开展全国科普日杨浦主场活动。'), 'Programme');
    expect(found).toEqual(expect.arrayContaining(['2025年中国农民丰收节崇明区分会场活动', '全国科普日杨浦主场活动'].map(nameKey)));
  });

  it('the event celebrated without a venue stays the event', () => {
    expect(names(plan('1.举办中国农民丰收节庆祝活动。'), 'Programme')).toContain(nameKey('中国农民丰收节'));
  });
});
