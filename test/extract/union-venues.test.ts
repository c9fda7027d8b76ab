/**
 * Venues of a 区 federation of trade unions (round 39, hongkougonghui; also hongkouzongshu):
 * outdoor rest stations and nursing rooms named by their place, and a firm's home for its staff.
 * Invented names throughout.
 */
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../ingest/extract/normalise.ts';
import { names, plan } from './helpers.ts';

describe("a union's venues", () => {
  it('stations and rooms named by their road, park or building are Places', () => {
    const ex = plan('1.岚珂路爱心接力站投入使用，建成汀波公园户外职工驿站，霁岚大厦爱心妈咪小屋通过验收。');
    expect(names(ex, 'Place')).toEqual(expect.arrayContaining(['岚珂路爱心接力站', '汀波公园户外职工驿站', '霁岚大厦爱心妈咪小屋']));
  });

  it('the kinds alone are no Places', () => {
    const ex = plan('1.新建户外职工爱心接力站5个，推进爱心妈咪小屋规范化建设。');
    expect(names(ex, 'Place')).toEqual([]);
  });

  it("a firm's home for its staff is named with the firm", () => {
    const ex = plan('1.上海岚澜精密机械有限公司职工之家获评模范职工之家。');
    expect(names(ex, 'Place')).toContain('上海岚澜精密机械有限公司职工之家');
  });
});

describe('unions', () => {
  it("unions named by their district, field, building or firm are bodies; a 区's workers' palace and staff centre are its institutions", () => {
    const ex = plan('1.岚虹大厦楼宇联合工会、虹口区教育工会和上海沁岚电梯工程有限公司工会成立，虹口区工人文化宫、虹口区职工文化中心开展服务。');
    expect(names(ex, 'Organisation')).toEqual(expect.arrayContaining(['虹口区教育工会', '上海沁岚电梯工程有限公司工会', '虹口区工人文化宫', '虹口区职工文化中心']));
  });

  it('unions of a kind are no bodies (企业工会, 基层工会, 行业工会联合会)', () => {
    const ex = plan('1.推动会员企业工会、基层工会、社会化工会和行业工会联合会规范化建设。');
    expect(names(ex, 'Organisation')).toEqual([]);
  });
});

describe("a culture centre's teams, branches and stages", () => {
  it('arts teams named by a quote or by their body are bodies; a community keeps its own mention', () => {
    const ex = plan('1.某区文化馆“岚韵”合唱团、“海之韵”青年管乐团、海湾镇“浪花”舞蹈队参演，江岚居民区腰鼓队获奖。');
    expect(names(ex, 'Organisation')).toEqual(expect.arrayContaining(['“岚韵”合唱团', '“海之韵”青年管乐团', '海湾镇“浪花”舞蹈队', '江岚居民区腰鼓队'].map(nameKey)));
    expect(names(ex, 'Place')).toContain('江岚居民区');
  });

  it("a centre's branches are bodies named with it; village stages are Places", () => {
    const ex = plan('1.建成奉贤区文化馆庄行分馆，在渡口广场百姓戏台和汀湾村百姓戏台演出，梅岚村竹马灯舞传承基地挂牌。');
    expect(names(ex, 'Organisation')).toContain('奉贤区文化馆庄行分馆');
    expect(names(ex, 'Place')).toEqual(expect.arrayContaining(['渡口广场百姓戏台', '汀湾村百姓戏台']));
  });

  it('no team from a quoted event before it', () => {
    expect(names(plan('1.“淀岚湖之声”学生合唱节吸引合唱团42支。'), 'Organisation')).toEqual([]);
  });
});

describe("a people's congress's venues", () => {
  it('contact stations and homes of deputies named by their community are Places; counted ones are none', () => {
    const ex = plan('1.依托墨岚社区代表联络站、金汀居民区代表联络站、南翔镇人大代表之家和葡岚村代表联系点开展接待，新建代表联系点12个。');
    expect(names(ex, 'Place')).toEqual(expect.arrayContaining(['墨岚社区代表联络站', '金汀居民区代表联络站', '南翔镇人大代表之家', '葡岚村代表联系点']));
    expect(names(ex, 'Place')).not.toContain('代表联系点');
  });
});
