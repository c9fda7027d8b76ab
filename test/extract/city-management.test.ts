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
