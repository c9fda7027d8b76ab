/**
 * Rules from held-out rounds 54–59 (a 区 transport commission, a 区 agriculture commission and
 * others), each on invented names.
 */
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../ingest/extract/normalise.ts';
import { names, plan } from './helpers.ts';

describe('road works', () => {
  it('大修 is the work, not a name: 道路大修工程 names no project, a road with its stretch before it does', () => {
    const progs = names(plan('1.完成泓汀路（沧溪路至琴岚路段）大修工程；实施雪汀路、澄岚公路等道路大修工程。'), 'Programme');
    expect(progs).toEqual([nameKey('泓汀路（沧溪路至琴岚路段）大修工程')]);
  });

  it('a character jieba reads as a measure word, before an unknown word with the suffix, starts the name', () => {
    expect(names(plan('1.完成泓桥路大修。'), 'Place')).toContain('泓桥路');
  });

  it('a project that starts inside a place’s name starts with the place (轨道交通某号线东延伸工程)', () => {
    expect(names(plan('1.推进轨道交通31号线东延伸工程，完成站点方案。'), 'Programme')).toEqual([nameKey('轨道交通31号线东延伸工程')]);
  });
});

describe('quoted campaigns', () => {
  it('a quoted name before 专项整治, 专项执法, 专项检查 or 专项督查 is a programme; unquoted they are work', () => {
    const progs = names(plan('1.开展“净川”专项整治和“清泓”专项执法，开展“暖岚”专项检查；开展违法建筑专项整治。'), 'Programme');
    expect(progs).toEqual(expect.arrayContaining(['“净川”专项整治', '“清泓”专项执法', '“暖岚”专项检查'].map(nameKey)));
    expect(progs.some((n) => n.startsWith('违法建筑'))).toBe(false);
  });

  it('a project action between a kind word and a campaign’s kind word, or an adverb and its verb before a kind word, stay in the name', () => {
    const progs = names(plan('1.持续推进“泓岸漫步”慢行系统提升行动，建立“即报即修”快速响应机制。'), 'Programme');
    expect(progs).toEqual(expect.arrayContaining(['“泓岸漫步”慢行系统提升行动', '“即报即修”快速响应机制'].map(nameKey)));
  });
});

describe('rural plans', () => {
  it('the national rural reforms are policies; a policy before 示范户 is the households’ title', () => {
    const ex = plan('1.深化农村集体产权制度改革，落实粮食作物完全成本保险，推行承诺达标合格证制度；创建美丽庭院示范户800户。');
    expect(names(ex, 'Policy')).toEqual(expect.arrayContaining(['农村集体产权制度改革', '粮食作物完全成本保险', '食用农产品承诺达标合格证制度'].map(nameKey)));
    expect(names(ex, 'Policy')).not.toContain(nameKey('美丽庭院'));
  });

  it('a policy before 站 or 所 names a facility of its kind, and the kind alone is neither a body nor a policy', () => {
    const ex = plan('1.深化新时代文明实践，建强新时代文明实践站，每个居民区新时代文明实践站每月开展活动不少于2场。');
    expect(names(ex, 'Policy')).toEqual([nameKey('新时代文明实践')]);
    expect(names(ex, 'Organisation')).not.toContain(nameKey('新时代文明实践站'));
    expect(names(ex, 'Organisation')).not.toContain(nameKey('居民区新时代文明实践站'));
  });

  it('an area after its town is named without the town, unless it has no name of its own (某镇北片区)', () => {
    const places = names(plan('1.涉及朱家角镇淀泓片区、练塘镇北片区。'), 'Place');
    expect(places).toContain(nameKey('淀泓片区'));
    expect(places).not.toContain(nameKey('北片区'));
  });

  it('a quoted name before 民宿 is a guesthouse; a cluster of them is a programme', () => {
    const ex = plan('1.打造“溇泓水舍”民宿，培育“泖岸人家”民宿集群，建成荻港书屋。');
    expect(names(ex, 'Place')).toEqual(expect.arrayContaining(['“溇泓水舍”民宿', '荻港书屋'].map(nameKey)));
    expect(names(ex, 'Programme')).toContain(nameKey('“泖岸人家”民宿集群'));
  });

  it('a quoted park inside the project that builds it stays a place', () => {
    const ex = plan('1.实施“云泓”口袋公园新建工程，举办“岚溪”口袋公园设计大赛。');
    expect(names(ex, 'Place')).toContain(nameKey('“云泓”口袋公园'));
    expect(names(ex, 'Place')).not.toContain(nameKey('“岚溪”口袋公园'));
  });
});

describe('a 街道’s people and communities', () => {
  it('units each followed by a person, before a count of people, name those people', () => {
    const people = names(plan('1.由澄岸居民区阙红叶、泠泓居民区亓玉岚、荻岸居民区高峰、栖泓居民区逄春岚4名居民区党组织书记组成讲师团。'), 'Person');
    expect(people).toEqual(expect.arrayContaining(['阙红叶', '亓玉岚', '高峰', '逄春岚']));
  });

  it('a name before 的 and a leader’s verb is the whole name (在队长安宁的带领下)', () => {
    expect(names(plan('1.志愿服务队在队长安宁的带领下开展巡访。'), 'Person')).toEqual(['安宁']);
  });

  it('a community whose first character jieba reads as a measure word is named', () => {
    expect(names(plan('1.结对泠泓居民区、番禾居民区开展活动。'), 'Place')).toContain(nameKey('番禾居民区'));
  });

  it('人民城市理念 is the 人民城市 policy', () => {
    expect(names(plan('1.深入践行人民城市理念。'), 'Policy')).toContain(nameKey('人民城市'));
  });
});
