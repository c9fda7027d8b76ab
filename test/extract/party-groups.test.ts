/**
 * A party group (党组) is a body where it acts (局党组全年召开…), not where it only heads a post
 * (局党组书记、局长某某) (party-groups.ts).
 */
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../ingest/extract/normalise.ts';
import { docFrom, names, byRules } from './helpers.ts';

const bureauPlan = (...lines: string[]) => byRules(docFrom(['长宁区澔溪管理局2025年工作要点', '一、重点工作', ...lines].join('\n')));

describe('a party group acting as a body', () => {
  it('is the bureau’s own group at the start of a clause, or a named body’s group', () => {
    const ex = bureauPlan('1.2024年，局党组团结带领全局干部职工攻坚克难。', '2.区钤川管理局党组全年召开专题会议12次，每月向区残联党组报送进展。');
    expect(names(ex, 'Organisation')).toEqual(expect.arrayContaining(['局党组', '区钤川管理局党组', '区残联党组'].map(nameKey)));
  });

  it('is no body where it only heads a post, nor in 党组织', () => {
    const ex = bureauPlan('1.局党组书记、局长澹台明远主持会议。', '2.区政协党组成员、副主席公冶秋实调研，新建居民区党组织4个。');
    expect(names(ex, 'Organisation').some((n) => n.endsWith('党组') || n.includes('党组织'))).toBe(false);
  });
});
