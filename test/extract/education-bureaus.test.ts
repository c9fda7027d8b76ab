/**
 * Rules from held-out round 51 (a 区's education bureau, a 区's city-operation centre), each on
 * invented names.
 */
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../ingest/extract/normalise.ts';
import { names, plan } from './helpers.ts';

describe('round 51', () => {
  it('a 托育点 or 老年学习点 named by its town and compound is a place', () => {
    const places = names(plan('1.其中顾村镇馨汀社区托育点、大场镇乐汀里托育点统一配置保育人员，友谊路街道牡汀苑老年学习点开班。'), 'Place');
    expect(places).toEqual(expect.arrayContaining(['顾村镇馨汀社区托育点', '大场镇乐汀里托育点', '友谊路街道牡汀苑老年学习点'].map(nameKey)));
  });

  it('a kind of 托育点 (嵌入式, 普惠性) is no place, nor a verb glued after the compound before it (某苑新设/x)', () => {
    const places = names(plan('1.在康汀苑新设普惠性托育点1个，在汇汀大厦试点建设楼宇嵌入式托育点1个。'), 'Place');
    expect(places).toEqual(expect.arrayContaining(['康汀苑', '汇汀大厦'].map(nameKey)));
    expect(places.some((n) => n.endsWith('托育点'))).toBe(false);
  });
});

describe("a 区's studios named after a person", () => {
  it('某区某某语文名师工作室 is a programme named with the 区, and its person a Person (a compound surname cut or whole)', () => {
    const ex = plan('1.新增宝山区闾丘秀琳语文名师工作室、宝山区司马一川物理名师工作室，设立宝山区青少年工作室。');
    expect(names(ex, 'Programme')).toEqual(expect.arrayContaining(['宝山区闾丘秀琳语文名师工作室', '宝山区司马一川物理名师工作室'].map(nameKey)));
    expect(names(ex, 'Person')).toEqual(expect.arrayContaining(['闾丘秀琳', '司马一川']));
    expect(names(ex, 'Person')).not.toContain('司马');
    // (a studio of a kind, not of a person, is no body since session 27: 2 of 24 such labelled in never-tuned documents)
    expect(names(ex, 'Organisation')).not.toContain(nameKey('宝山区青少年工作室'));
  });
});

describe('a section head glued to the section (科科长)', () => {
  it('某某科科长某某: the section is the body and the head a Person, not a place ending in the name (溪, 江)', () => {
    const ex = plan('1.学前教育科科长仇梦汀牵头托育点建设，热线管理科科长芮长江带队开展回访。');
    expect(names(ex, 'Person')).toEqual(expect.arrayContaining(['仇梦汀', '芮长江']));
    expect(names(ex, 'Organisation')).toEqual(expect.arrayContaining(['学前教育科', '热线管理科']));
    expect(names(ex, 'Place')).toEqual([]);
  });
});
