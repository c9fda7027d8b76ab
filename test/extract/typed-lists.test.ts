/**
 * A list followed by 等 and its kind names each item as one of that kind (names.json listKinds):
 * real documents name firms, universities and people in such lists by short names with no suffix.
 * Invented names throughout.
 */
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../ingest/extract/normalise.ts';
import { names, plan } from './helpers.ts';

describe('a list typed by the kind after 等', () => {
  it('names the firms of a batch by their brands, whatever jieba cut them into', () => {
    const ex = plan('全年共落地钤澜数智、霁川教育、澔宇机器人等一批重点企业。');
    expect(names(ex, 'Organisation')).toEqual(expect.arrayContaining(['钤澜数智', '霁川教育', '澔宇机器人'].map(nameKey)));
  });

  it('names universities and state firms by their short forms, most of which look like names', () => {
    const ex = plan('加深与沪大、复旦、同济等院校的产学研合作，建立与澔钢、申能等央企国企的合作机制。');
    expect(names(ex, 'Organisation')).toEqual(expect.arrayContaining(['沪大', '复旦', '同济', '澔钢', '申能'].map(nameKey)));
  });

  it('names the people of a list of figures or comrades', () => {
    const ex = plan('深入挖掘包括钱澜生、竺志常、阙秀英等红色人物的历史资源；走访慰问邬建国、柏红等同志。');
    expect(names(ex, 'Person')).toEqual(expect.arrayContaining(['钱澜生', '竺志常', '阙秀英', '邬建国', '柏红'].map(nameKey)));
    expect(names(ex, 'Person')).not.toContain(nameKey('柏红等'));
  });

  it('names estates listed by their short names right before 等小区, and none after other words', () => {
    const ex = plan('多路径推进泓二、泓新、钤家宅等小区不成套房屋改造；停车难、充电难等问题在老旧小区仍较集中；发挥邬红梅、柏秋等优秀居民区书记作用。');
    const found = names(ex, 'Place');
    expect(found).toEqual(expect.arrayContaining(['泓二', '泓新', '钤家宅'].map(nameKey)));
    for (const none of ['停车难', '充电难', '邬红梅', '柏秋']) expect(found).not.toContain(nameKey(none));
  });

  it('names the social organisations of a list by their brands, counting an item already named', () => {
    const ex = plan('泓溪社工服务中心、钤禾公益、澔屿公益等4家社会组织获评优秀；引入霁光微笑、澜悦读等多家社会组织参与服务；培育助老、助残等社会组织。');
    const bodies = names(ex, 'Organisation');
    expect(bodies).toEqual(expect.arrayContaining(['钤禾公益', '澔屿公益', '霁光微笑', '澜悦读'].map(nameKey)));
    for (const field of ['助老', '助残']) expect(bodies).not.toContain(nameKey(field));
  });

  it('names the shops of a list of merchants or stores by their brands, but not trades', () => {
    const ex = plan('引导衡沣咖啡、禾汀咖啡等品牌商户延长营业时间；推动郗记汤团、翀丰酱铺等老字号门店完成形象升级；引进特色餐饮、文创零售等商户。');
    const bodies = names(ex, 'Organisation');
    expect(bodies).toEqual(expect.arrayContaining(['衡沣咖啡', '禾汀咖啡', '郗记汤团', '翀丰酱铺'].map(nameKey)));
    for (const trade of ['特色餐饮', '文创零售']) expect(bodies).not.toContain(nameKey(trade));
  });

  it('names no one in a list of sectors or trades', () => {
    const ex = plan('走访餐饮、零售、建筑等企业；对全区绿化养护、环卫作业等企业开展检查；引进集成电路设计、智能传感等企业。');
    const bodies = names(ex, 'Organisation');
    for (const sector of ['餐饮', '零售', '建筑', '环卫作业', '集成电路设计', '智能传感']) expect(bodies).not.toContain(nameKey(sector));
  });

  it('takes no joiner before a comrade for a surname', () => {
    expect(names(plan('看望邬建国同志和柏红同志。'), 'Person')).toEqual(expect.arrayContaining(['邬建国', '柏红'].map(nameKey)));
  });
});

describe('a list of estates or committees with its count', () => {
  it('names each item before 等N个居委会 or 等N个小区', () => {
    const ex = plan('完成澔科、钤薇、泓益、孙澜路等4个居委会补选。');
    expect(names(ex, 'Place')).toEqual(expect.arrayContaining(['澔科', '钤薇', '泓益'].map(nameKey)));
  });
});

describe('brands jieba knows as proper nouns', () => {
  it('are firms in a typed list too (澄光/nz 生物)', () => {
    const ex = plan('引进鹭澜农业、澄光生物等一批重点企业。');
    expect(names(ex, 'Organisation')).toEqual(expect.arrayContaining(['鹭澜农业', '澄光生物'].map(nameKey)));
  });
});

describe('brands made of a rare word and an industry word', () => {
  it('are firms in a firm list; sectors of common nouns are not', () => {
    const brands = plan('引进钤合科技、衍舟医药、朔望文化等一批重点企业。');
    expect(names(brands, 'Organisation')).toEqual(expect.arrayContaining(['钤合科技', '衍舟医药', '朔望文化'].map(nameKey)));
    const sectors = plan('引进金融科技、现代物流、数字文化等企业。');
    expect(names(sectors, 'Organisation')).toEqual([]);
  });

  it('may open the clause with a word jieba reads as a verb (守望/v 公益)', () => {
    const ex = plan('培育社区社会组织9家，守望公益、澄棠社工等社会组织承接助老项目。');
    expect(names(ex, 'Organisation')).toContain(nameKey('守望公益'));
    expect(names(ex, 'Organisation')).not.toContain(nameKey('公益'));
  });
});

describe('a brand brought into the work by a cue word (由, 委托, 联合, 督促: names.json brandCues)', () => {
  it('is a body: an unknown word and an industry word', () => {
    const ex = plan('1.桑澜泵站新建工程由沪泖建设承建，委托盾澜检测完成43处检测，联合碧汀公益开展“护河少年”活动。');
    expect(names(ex, 'Organisation')).toEqual(expect.arrayContaining(['沪泖建设', '盾澜检测', '碧汀公益'].map(nameKey)));
  });

  it('is a bus, taxi, care or charging operator too, and a partner before 合作', () => {
    const ex = plan('1.配合凌澔巴士完成纯电动公交车更新，联合蓝澔出租开展“满意出租”创建，由颐澔养老负责运营，与泓驰科技合作建设区域信号系统。');
    expect(names(ex, 'Organisation')).toEqual(expect.arrayContaining(['凌澔巴士', '蓝澔出租', '颐澔养老', '泓驰科技'].map(nameKey)));
  });

  it('is not a common word and an industry word, nor the start of a compound (公益诉讼), nor any object of 对', () => {
    const ex = plan('1.推动平安建设，对巡河数据进行分析，引入夜间餐饮，开展涉河公益诉讼。');
    expect(names(ex, 'Organisation')).toEqual([]);
  });
});

describe('a brand whose cue jieba glued to it (由某某/x 水务)', () => {
  it('is the body without the cue', () => {
    const ex = plan('1.全区农污设施由泓涤水务统一运维。', '2.地块成功出让，由衡栩集团建设研发总部。', '3.由霁澄物业接管服务。');
    expect(names(ex, 'Organisation')).toEqual(expect.arrayContaining(['泓涤水务', '衡栩集团', '霁澄物业'].map(nameKey)));
    expect(names(ex, 'Organisation').some((n) => n.startsWith('由'))).toBe(false);
  });
});

describe('brands listed after a cued one, typed lists with longer descriptions, brands read as places', () => {
  it('takes every brand of a list after the cue (督促/配合某某水务、某某水务…)', () => {
    const ex = plan('1.督促澄汇水务、溯湄水务完成供水管网更新改造15公里。');
    expect(names(ex, 'Organisation')).toEqual(expect.arrayContaining(['澄汇水务', '溯湄水务'].map(nameKey)));
  });

  it('types a list by a kind with up to six describing characters (等航运及供应链企业)', () => {
    const ex = plan('1.新引进骊澔海事、邕钤物流等航运及供应链企业168家。');
    expect(names(ex, 'Organisation')).toEqual(expect.arrayContaining(['骊澔海事', '邕钤物流'].map(nameKey)));
  });

  it('takes a brand whose first word jieba read as a place (清溪/ns 公益) in a list typed as bodies', () => {
    const ex = plan('1.联合蔚澔、清溪公益等单位开展河道生态监测。');
    expect(names(ex, 'Organisation')).toContain(nameKey('清溪公益'));
  });
});

describe('a list of projects whose items are mostly brands (某某教育、某某科技等一批产业项目)', () => {
  it('names firms', () => {
    const ex = plan('1.共落地澔顿教育、微钤科技、大澔机器人等一批重要产业项目。');
    expect(names(ex, 'Organisation')).toEqual(expect.arrayContaining(['澔顿教育', '微钤科技', '大澔机器人'].map(nameKey)));
  });

  it('names no firm when its items are projects', () => {
    const ex = plan('1.澔光半导体功率器件三期、璞钤机器人智能制造基地等15个产业项目年内开工。');
    expect(names(ex, 'Organisation')).toEqual([]);
  });
});

describe('one brand before 等 and a kind of body (某某公益等社会组织)', () => {
  it('is a body', () => {
    const ex = plan('1.支持暖澔公益等社会组织参与社区服务。');
    expect(names(ex, 'Organisation')).toContain(nameKey('暖澔公益'));
  });

  it('is not a sector word before the kind', () => {
    const ex = plan('1.支持公益等社会组织参与社区服务。');
    expect(names(ex, 'Organisation')).toEqual([]);
  });
});

describe('a preposition jieba glued into an unknown name (为澄岚/x 半导体)', () => {
  it('is not part of the name', () => {
    const ex = plan('1.推进为澄岚半导体、湄沛新材等企业扩产。');
    expect(names(ex, 'Organisation')).toContain(nameKey('澄岚半导体'));
    expect(names(ex, 'Organisation').some((n) => n.startsWith('为'))).toBe(false);
  });
});

describe('units, agencies and travel agencies listed by brand (names.json listKinds 单位, 机构, 旅行社)', () => {
  it('are bodies; a list with an item of the kind itself is one of sectors', () => {
    const ex = plan('1.汀屿环境、瀚澄科技等12家养护单位承担日常养护，接入养老机构、学校卫生室等机构不少于50家。');
    const bodies = names(ex, 'Organisation');
    expect(bodies).toEqual(expect.arrayContaining(['汀屿环境', '瀚澄科技'].map(nameKey)));
    expect(bodies).not.toContain(nameKey('养老机构'));
  });
});
