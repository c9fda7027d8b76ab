/**
 * Rules from held-out rounds 60–65 (a 区 city-management bureau, a justice bureau and others),
 * each on invented names.
 */
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../ingest/extract/normalise.ts';
import { names, plan } from './helpers.ts';

describe('campaigns and projects', () => {
  it('verbs of the work between a quote and its campaign kind stay in the name (“某某”燃气安全联合执法行动)', () => {
    expect(names(plan('1.开展“平澜护航”燃气安全联合执法行动，检查餐饮场所。'), 'Programme')).toEqual([nameKey('“平澜护航”燃气安全联合执法行动')]);
  });

  it('a count after a quoted name is no part of it', () => {
    expect(names(plan('1.开设“小小泓管员”体验课36节。'), 'Programme').filter((n) => n.includes('36'))).toEqual([]);
  });

  it('a preposition jieba glued to a place’s first character is not the project’s', () => {
    expect(names(plan('（2）建筑工地。对翠泓街旧区改造地块项目等在建工地实施整治。'), 'Programme')).toContain(nameKey('翠泓街旧区改造地块项目'));
  });
});

describe('bodies named by communities and places', () => {
  it('a 居民区’s studio is its body, and the 居民区 a place', () => {
    const ex = plan('1.在翠泓居民区城管社区工作室、瑶澜居民区城管社区工作室开展服务。');
    expect(names(ex, 'Organisation')).toEqual(expect.arrayContaining(['翠泓居民区城管社区工作室', '瑶澜居民区城管社区工作室'].map(nameKey)));
    expect(names(ex, 'Place')).toEqual(expect.arrayContaining(['翠泓居民区', '瑶澜居民区'].map(nameKey)));
    expect(names(ex, 'Programme')).toEqual([]);
  });

  it('an alliance named by a place jieba does not know is a body', () => {
    expect(names(plan('1.指导成立汇泓路商圈商户自治联盟。'), 'Organisation')).toContain(nameKey('汇泓路商圈商户自治联盟'));
  });

  it('a compound-surname name joined to a titled one, before 在, is a person too', () => {
    expect(names(plan('1.中队长璩海岚带领队员笪解放、闻人静澜在景区值守。'), 'Person')).toEqual(expect.arrayContaining(['笪解放', '闻人静澜']));
  });
});

describe('bureaus’ bodies and neighbourhood venues', () => {
  it('a 推进专班 set up for the year is named with its year; a 技术转移服务中心 is a body', () => {
    const ex = plan('1.成立宝山区应急管理局2025年重点工作推进专班，组建宝山区技术转移服务中心。');
    expect(names(ex, 'Organisation')).toEqual(expect.arrayContaining(['宝山区应急管理局2025年重点工作推进专班', '宝山区技术转移服务中心'].map(nameKey)));
  });

  it('a 睦邻点 or 日间照料中心 named by its place is a place; a 长者 or 线下 one is a kind', () => {
    const places = names(plan('1.新建泖澜睦邻点、溪岚日间照料中心，推广长者睦邻点和线下睦邻点。'), 'Place');
    expect(places).toEqual(expect.arrayContaining(['泖澜睦邻点', '溪岚日间照料中心'].map(nameKey)));
    expect(places.some((n) => n.startsWith('长者') || n.startsWith('线下'))).toBe(false);
  });
});

describe('sections of federations and cultural centres', () => {
  it('康复服务部, 艺术创作部 … are a body’s sections', () => {
    const orgs = names(plan('1.区残联设康复服务部，文化馆设艺术创作部。'), 'Organisation');
    expect(orgs).toEqual(expect.arrayContaining(['康复服务部', '艺术创作部'].map(nameKey)));
  });
});

describe('generic places', () => {
  it('a 商业综合体 or a 闲置地块 is a kind of place, not a name', () => {
    expect(names(plan('1.推动商业综合体开展消防演练，盘活闲置地块3处。'), 'Place')).toEqual([]);
  });
});

describe('a village’s neighbours and roads', () => {
  it('东邻, 南北向 give the course; the place’s name starts after them', () => {
    const places = names(plan('1.本村东邻澄岚村，南北向主干道桐岚路贯穿全村，全村睦邻点8个。'), 'Place');
    expect(places).toEqual(expect.arrayContaining(['澄岚村', '桐岚路'].map(nameKey)));
    expect(places.some((n) => /^(?:东邻|南北向|主干道|全村)/.test(n))).toBe(false);
  });
});

describe('quoted manners and policies before 服务', () => {
  it('“一站式”服务 names no programme; “一网通办”服务 is the policy; “周末不打烊”服务 is a programme', () => {
    const ex = plan('1.提供“一站式”服务和“蹲点式”服务，深化“一网通办”服务，推出“周末不打烊”服务。');
    expect(names(ex, 'Programme')).toEqual([nameKey('“周末不打烊”服务')]);
    expect(names(ex, 'Policy')).toContain(nameKey('一网通办'));
  });

  it('a quoted name and a verb that offers or sends before 服务 is what a body does, no programme', () => {
    const ex = plan('1.“衡沣帮帮团”提供全程协调服务，“禾汀工会”公众号全年推送职工服务，“澜企通”平台上线特色服务。');
    expect(names(ex, 'Programme').some((p) => /(?:提供|推送|上线)/.test(p))).toBe(false);
  });
});

describe('quoted words of how or where work is done, and quoted combinations', () => {
  it('“一对一”联系服务 and “家门口”服务站点 name no programme (lexicon.json quotedManners)', () => {
    const ex = plan('1.对重点企业实行“一对一”联系服务，新建“家门口”服务站点5个，提供“一条龙”服务，推出“澜企通”帮办服务。');
    expect(names(ex, 'Programme')).toEqual([nameKey('“澜企通”帮办服务')]);
  });

  it('a combination (“甲+乙”) whose kind word is its second part’s names no programme; with a kind word after it, it does', () => {
    const ex = plan('1.推广“互联网+康养服务”，探索“基金+园区”“基金+项目”等模式，建立“河长+塘长”协作机制。');
    expect(names(ex, 'Programme')).toEqual([nameKey('“河长+塘长”协作机制')]);
  });
});

describe('kinds of work that need a place', () => {
  it('a bare 微型消防站建设 or 口袋公园建设 is generic work, no programme', () => {
    expect(names(plan('1.规范微型消防站建设，推进口袋公园建设。'), 'Programme')).toEqual([]);
  });
});

describe('quoted slogans and 三项制度', () => {
  it('parallel phrases in one quote are a slogan, not a programme; 行政执法“三项制度” is the policy', () => {
    const ex = plan('1.坚持“兜底线、织密网、建机制”，开展“村村有活动、月月有展演”，落实行政执法“三项制度”。');
    expect(names(ex, 'Programme')).toEqual([]);
    expect(names(ex, 'Policy')).toContain(nameKey('行政执法三项制度'));
  });
});
