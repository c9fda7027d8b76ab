/**
 * Rules from held-out round 48 (a 区's tax bureau, a 区's ecology and environment bureau), each on
 * invented names.
 */
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../ingest/extract/normalise.ts';
import { names, plan } from './helpers.ts';

describe('round 48', () => {
  it("a squad's 大队长 is the title, not part of the body's name (某执法大队大队长)", () => {
    const ex = plan('　　　　东方长汀　区生态环境执法大队大队长');
    expect(names(ex, 'Organisation')).toContain(nameKey('区生态环境执法大队'));
    expect(names(ex, 'Organisation').some((n) => n.endsWith('大队大'))).toBe(false);
  });

  it('a preposition glued to a name after punctuation opens the clause (，为衡/x 嘉/nr 大厦)', () => {
    const places = names(plan('1.组织专场辅导86场，为衡嘉大厦、徐汀科创中心等楼宇提供服务。'), 'Place');
    expect(places).toEqual(expect.arrayContaining(['衡嘉大厦', '徐汀科创中心'].map(nameKey)));
    expect(places.some((n) => n.startsWith('为'))).toBe(false);
  });

  it('湖北, 河北 … after a name are the side of that lake or river, not provinces; standing alone they are', () => {
    const districts = names(plan('1.聚焦鹭港河北沿闸断面，鹭影湖北堤水质稳定，对口支援湖北、河南两省。'), 'District');
    expect(districts).not.toContain('河北省');
    expect(districts).toEqual(expect.arrayContaining(['湖北省', '河南省']));
  });
});

describe('procedures in quotes', () => {
  it('a quoted “回头看” (a review of work done) is no programme', () => {
    expect(names(plan('1.对整改情况开展“回头看”，推广“楼宇管家”。'), 'Programme')).not.toContain(nameKey('“回头看”'));
  });
});

describe('groups set up for the year', () => {
  it('成立2025年…领导小组 names the group with its year; a body before the year keeps its own mention', () => {
    const ex = plan('1.成立2025年生态环境保护重点工作推进领导小组，成立区民政局2025年重点工作推进小组。');
    const orgs = names(ex, 'Organisation');
    expect(orgs).toEqual(expect.arrayContaining(['2025年生态环境保护重点工作推进领导小组', '区民政局2025年重点工作推进小组', '区民政局'].map(nameKey)));
  });
});
