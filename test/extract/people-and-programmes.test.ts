/**
 * Where a person's name and a programme's meet: a given name that is a work word (建设, 改造)
 * makes no programme of the title before it.
 */
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../ingest/extract/normalise.ts';
import { names, plan } from './helpers.ts';

describe('a titled person whose given name is a work word', () => {
  it('is a person, and the village and title before them name no programme', () => {
    const text = plan('1.澄浦村党总支书记隗建设、汀湾村党总支书记仉立秋分别牵头开展工作。');
    expect(names(text, 'Person')).toContain(nameKey('隗建设'));
    expect(names(text, 'Programme')).toEqual([]);
  });
});

describe('a studio named after its person', () => {
  it('written right after the body that hosts it names the person', () => {
    const text = plan('1.澄湾区汀海中心医院上官春燕护理创新工作室获评市级示范工作室。');
    expect(names(text, 'Person')).toContain(nameKey('上官春燕'));
  });

  it('not after another studio joined by 和', () => {
    expect(names(plan('1.培育区级劳模创新工作室和工匠创新工作室各5家。'), 'Person')).toEqual([]);
  });
});

describe('rare surnames (names.json surnames: 斛, 泮, 戢)', () => {
  it('begin a person’s name in a roster', () => {
    expect(names(plan('1.领导小组成员名单如下。\n　　　　戢晓澜　　区残联组织联络部部长'), 'Person')).toContain(nameKey('戢晓澜'));
  });
});

describe('a given name ending in 和 before 等 or a count', () => {
  it('keeps its 和 (no conjunction joins 等 or 两次); before another name it is a conjunction', () => {
    expect(names(plan('办事处主任阚清和等班子成员带头联系群众。'), 'Person')).toContain(nameKey('阚清和'));
    expect(names(plan('区委常委、政法委书记晏清和两次来街道调研。'), 'Person')).toContain(nameKey('晏清和'));
    expect(names(plan('主任沈玉和王刚参加会议。'), 'Person')).toEqual(expect.arrayContaining(['沈玉', '王刚'].map(nameKey)));
  });
});

describe('a rare surname jieba could not join and two loose characters', () => {
  it('are a three-character name before a boundary', () => {
    expect(names(plan('街道党工委书记禤海澄、办事处主任阚清和等班子成员带头联系群众。'), 'Person')).toContain(nameKey('禤海澄'));
  });
});
