/**
 * Works on counted places and events named by their region (session 27), each tested on invented names.
 */
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../ingest/extract/normalise.ts';
import { names, plan } from './helpers.ts';

const programmes = (text: string) => names(plan(text), 'Programme');

describe('a work on listed places with their area between the count and the work', () => {
  it('is named from the first place to the work', () => {
    const found = programmes('完成璩园一村、璩园二村、馨蘅苑等3个小区共16.8万平方米“美丽家园”旧住房修缮，受益居民2900余户。');
    expect(found).toContain(nameKey('璩园一村、璩园二村、馨蘅苑等3个小区共16.8万平方米“美丽家园”旧住房修缮'));
  });
});

describe('a work on counted institutions', () => {
  it('keeps the count of 家 and 所 with the work', () => {
    const found = programmes('完成2家社区护理中心功能提升项目；推进3所公办幼儿园托班扩容项目。');
    expect(found).toEqual(expect.arrayContaining(['2家社区护理中心功能提升项目', '3所公办幼儿园托班扩容项目'].map(nameKey)));
  });
});

describe('an event named by its region', () => {
  it('keeps the trade it is held for, a role word', () => {
    const found = programmes('护理员邝晓蘅在2024年上海市养老护理员职业技能竞赛中获得一等奖。');
    expect(found).toContain(nameKey('2024年上海市养老护理员职业技能竞赛'));
  });
});

describe('a work on listed parcels of former facilities', () => {
  it('is named from the first 原…地块 to the work', () => {
    const found = programmes('推进原楸澧化纤厂地块、原沣蘅仓储基地地块等4个存量工业用地转型项目，盘活土地。');
    expect(found).toContain(nameKey('原楸澧化纤厂地块、原沣蘅仓储基地地块等4个存量工业用地转型项目'));
  });
});

describe('a quote that ends in a council’s or plan’s word', () => {
  it('names no programme alone (“楼组议事会”, “一点一预案”), but does with the kind after the quote', () => {
    const found = programmes('推广“楼组议事会”；落实“一点一预案”要求；深化“琮溪”议事会。');
    for (const none of ['“楼组议事会”', '“一点一预案”']) expect(found).not.toContain(nameKey(none));
    expect(found).toContain(nameKey('“琮溪”议事会'));
  });
});

describe('a quote before 应用 or 监管', () => {
  it('names a way of using or supervising, no programme', () => {
    const found = programmes('推进“医保码”全流程应用，落实“互联网+”智慧监管。');
    expect(found.some((n) => n.endsWith('应用') || n.endsWith('监管'))).toBe(false);
  });
});

describe('a work on listed places written with 等 and their count', () => {
  it('is named from a single place when 等 stands for the rest of the list', () => {
    const found = programmes('推进朴岚数字产业园等2个存量转型项目，盘活低效厂房3.2万平方米。');
    expect(found).toContain(nameKey('朴岚数字产业园等2个存量转型项目'));
  });

  it('names no list from a single place and its count without 等', () => {
    const found = programmes('推进棠林公寓3个门栋外墙修缮。');
    expect(found).not.toContain(nameKey('棠林公寓3个门栋外墙修缮'));
  });

  it('ends at an action that is also a verb of sentences (整治, 提升)', () => {
    const found = programmes('实施芦塘村、鹭沙村等5个村宅基地违建整治，拆除违建1.2万平方米。');
    expect(found).toContain(nameKey('芦塘村、鹭沙村等5个村宅基地违建整治'));
  });

  it('ends at a compound action holding a verb of sentences (集中整治), but not after one (开工建设)', () => {
    expect(programmes('推进翠湖苑、杉岭名邸等11个住宅小区违建集中整治。')).toContain(nameKey('翠湖苑、杉岭名邸等11个住宅小区违建集中整治'));
    expect(programmes('湄岚生物、澔屹半导体等12个项目开工建设。').some((n) => n.includes('开工'))).toBe(false);
  });

  it('still names no work where the verb of the sentence follows the kind of place', () => {
    const found = programmes('芦塘村、鹭沙村等5个村完成整治，拆除违建1.2万平方米。');
    expect(found.some((n) => n.includes('芦塘村、鹭沙村'))).toBe(false);
  });

  it('ends before what the clause says of the work (全部完工, 纳入计划)', () => {
    const found = programmes('鹤影桥、澄溪桥等5座危桥改造全部完工；翠湖苑、杉岭名邸等4个小区屋面修缮工程纳入年度计划。');
    expect(found).toEqual(expect.arrayContaining(['鹤影桥、澄溪桥等5座危桥改造', '翠湖苑、杉岭名邸等4个小区屋面修缮工程'].map(nameKey)));
  });
});
