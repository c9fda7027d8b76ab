/**
 * Firms named as the subject of their own result, and names whose first character jieba read as a verb morpheme
 * (session 27), each tested on invented names.
 */
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../ingest/extract/normalise.ts';
import { names, plan } from './helpers.ts';

describe('a brand that opens a clause and acts in it', () => {
  it('is a body, with no cue word before it', () => {
    const ex = plan('全年新增专利授权320件，瑷翀科技入选国家知识产权示范企业；泓翊医药获评市级专精特新企业。');
    expect(names(ex, 'Organisation')).toEqual(expect.arrayContaining(["瑷翀科技", "泓翊医药"].map(nameKey)));
  });

  it('is a body when jieba reads the verb after it as an abbreviation (研发/j)', () => {
    const ex = plan('全年新增专利120件，澈岚科技研发的稻田巡检无人机推广应用86台。');
    expect(names(ex, 'Organisation')).toContain(nameKey('澈岚科技'));
  });

  it('is no body where the clause opens with an item’s number or a work read as a verb', () => {
    const ex = plan('四是科技赋能，推进智慧社区建设；大居建设推进顺利。');
    const bodies = names(ex, 'Organisation');
    for (const none of ['四是科技', '大居建设']) expect(bodies).not.toContain(nameKey(none));
  });
});

describe('a verb morpheme read alone before a name', () => {
  it('is the name’s first character', () => {
    const ex = plan('组建霁虹大厦楼宇联合工会，吸纳楼内企业职工入会。');
    expect(names(ex, 'Organisation')).toContain(nameKey('霁虹大厦楼宇联合工会'));
    expect(names(ex, 'Organisation')).not.toContain(nameKey('虹大厦楼宇联合工会'));
  });
});

describe('a firm listed by its brand', () => {
  it('is the body, where jieba read the brand’s word as a place’s name', () => {
    const ex = plan('引进琮澄科技、睿桥资本、沐岫医疗等一批重点企业。');
    expect(names(ex, 'Organisation')).toContain(nameKey('睿桥资本'));
    expect(names(ex, 'Place')).not.toContain(nameKey('睿桥'));
  });
});

describe('the federations of industry and of literary circles', () => {
  it('are bodies by their short forms (区工商联, 某镇文联), as 区侨联 is', () => {
    const ex = plan('与区司法局、区工商联联合开展商会调解试点；澄蘅镇文联组织采风活动。');
    expect(names(ex, 'Organisation')).toEqual(expect.arrayContaining(['区工商联', '澄蘅镇文联'].map(nameKey)));
  });
});

describe('a kind of firm in common words', () => {
  it('names no body (消费金融公司), where a brand does (泾澜公司)', () => {
    const ex = plan('引进消费金融公司2家、供应链管理公司3家；泾澜公司承担城市更新项目。');
    const bodies = names(ex, 'Organisation');
    for (const none of ['消费金融公司', '供应链管理公司']) expect(bodies).not.toContain(nameKey(none));
    expect(bodies).toContain(nameKey('泾澜公司'));
  });
});

describe('a charity brought into the work by a cue', () => {
  it('is a body though its brand is a common noun (萤火/n 公益); a generic word is none', () => {
    const ex = plan('镇妇联联合萤火公益开展儿童关爱项目，联合社区公益组织开展活动。');
    const bodies = names(ex, 'Organisation');
    expect(bodies).toContain(nameKey('萤火公益'));
    expect(bodies).not.toContain(nameKey('社区公益'));
  });
});

describe('a brand cued by the word that brings it into the work (names.json brandCues)', () => {
  it('is a firm when it ends in an industry word such as 光能 or 体育 (names.json firmIndustryWords)', () => {
    const ex = plan('1.与沙屿光能合作建设屋顶电站，全年发电120万千瓦时。', '2.委托燧岳体育运营社区市民健身中心。');
    expect(names(ex, 'Organisation')).toEqual(expect.arrayContaining(['沙屿光能', '燧岳体育'].map(nameKey)));
  });
});
