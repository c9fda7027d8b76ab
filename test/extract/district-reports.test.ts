/**
 * Rules from held-out round 47 (a 区 government's work report, a 区's civil affairs bureau),
 * each on invented names.
 */
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../ingest/extract/normalise.ts';
import { names, plan } from './helpers.ts';

describe('round 47', () => {
  it('东西部协作 and 安全生产治本攻坚三年行动 are national policies', () => {
    const ex = plan('1.深化与云南省普洱市的东西部协作，深入开展安全生产治本攻坚三年行动。');
    expect(names(ex, 'Policy')).toEqual(expect.arrayContaining(['东西部协作', '安全生产治本攻坚三年行动'].map(nameKey)));
  });

  it("a policy at the head of a 《》 title is that title's own document, no second mention", () => {
    const ex = plan('1.落实《安全生产治本攻坚三年行动方案（2024—2026年）》。');
    expect(names(ex, 'Policy')).toEqual([nameKey('《安全生产治本攻坚三年行动方案（2024—2026年）》')]);
  });

  it('获 glued to a three-character name is the verb after it (植美华获/x 一等奖)', () => {
    const people = names(plan('1.养老院护理员植秀华获一等奖。'), 'Person');
    expect(people).toContain('植秀华');
    expect(people).not.toContain('植秀华获');
  });

  it('a contact label after a bracket and a few words still opens the contact line (（本报告解读联系人：…）)', () => {
    expect(names(plan('（本报告解读联系人：某区人民政府研究室　司马晓岚　联系电话：021-57420000）'), 'Person')).toContain('司马晓岚');
  });
});

describe('quoted places before their kind', () => {
  it('“某某”口袋公园 is named with its kind, the quoted name its alias', () => {
    const ex = plan('1.建成“青汀里”口袋公园、“芦汀荡”口袋公园等8座口袋公园。');
    expect(names(ex, 'Place')).toEqual(expect.arrayContaining(['“青汀里”口袋公园', '“芦汀荡”口袋公园'].map(nameKey)));
    const park = ex.entities.find((e) => e.type === 'Place' && e.name === '“青汀里”口袋公园');
    expect(park?.aliases).toContain('青汀里');
  });

  it('inside a quoted event named after it, the park is no place of its own (“某某”口袋公园设计大赛)', () => {
    const ex = plan('1.举办首届“疁汀微绿”口袋公园设计大赛。');
    expect(names(ex, 'Place')).toEqual([]);
  });
});

describe("a political consultative conference's venues", () => {
  it('a 街道 政协 委员之家 is a place named with its 街道, like a 人大 代表之家', () => {
    expect(names(plan('1.在殷汀街道委员之家、松汀路街道委员之家开展协商活动。'), 'Place')).toEqual(expect.arrayContaining(['殷汀街道委员之家', '松汀路街道委员之家'].map(nameKey)));
  });
});
