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
