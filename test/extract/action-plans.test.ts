/**
 * Rules from held-out round 44 (a 区's three-year urban renewal plan, a 区's elderly-care action
 * plan), each on invented names.
 */
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../ingest/extract/normalise.ts';
import { names, plan } from './helpers.ts';

describe('names in special action plans', () => {
  it("a name between the post's body and its title is the holder (区房管局/j 某某副局长带队)", () => {
    expect(names(plan('1.区房管局逄秋霖副局长带队赴外省市学习历史建筑活化利用经验。'), 'Person')).toContain('逄秋霖');
  });

  it('a time word before a name is no part of it (改造期间/f 某某养老院)', () => {
    const orgs = names(plan('1.改造期间鹤松苑养老院在院老年人由就近养老机构妥善安置。'), 'Organisation');
    expect(orgs).toContain(nameKey('鹤松苑养老院'));
    expect(orgs.some((n) => n.startsWith('期间'))).toBe(false);
  });

  it("a list's 等 and its kind glued to the last item end that item's name (某某村等村)", () => {
    const places = names(plan('1.在甲镇松荫村、乙镇芦汀村、丙镇春晖村等村新建睦邻点60个。'), 'Place');
    expect(places).toEqual(expect.arrayContaining(['松荫村', '芦汀村', '春晖村'].map(nameKey)));
    expect(places.some((n) => n.includes('等'))).toBe(false);
  });

  it('布局 after the places where firms settle is the verb, not part of a place (在某镇布局某某综合体)', () => {
    const places = names(plan('1.鼓励企业在张江镇、金桥镇布局智慧康养服务综合体。'), 'Place');
    expect(places.some((n) => n.includes('布局'))).toBe(false);
  });
});
