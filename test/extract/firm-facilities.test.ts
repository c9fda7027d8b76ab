/**
 * A firm's plant, base or R&D headquarters named by its brand (headquarters.ts facilityProjects):
 * real-style reports list them as the projects a district lands. Invented names.
 */
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../ingest/extract/normalise.ts';
import { names, plan } from './helpers.ts';

describe('a firm facility named by its brand', () => {
  it('is a programme with what it makes, its region and its phase', () => {
    const found = names(plan('1.推动澄芮生物华东生产基地、栎垣集团华东智造基地二期竣工验收，汀沐科技智能传感器产业化项目实现投产。'), 'Programme');
    expect(found).toEqual(expect.arrayContaining(['澄芮生物华东生产基地', '栎垣集团华东智造基地二期', '汀沐科技智能传感器产业化项目'].map(nameKey)));
  });

  it('names an R&D headquarters or a headquarters base', () => {
    const found = names(plan('1.引进沅岫集团区域总部、璞屿科技研发总部等重点项目，促成擘岚智能总部基地落地。'), 'Programme');
    expect(found).toEqual(expect.arrayContaining(['璞屿科技研发总部', '擘岚智能总部基地'].map(nameKey)));
  });

  it('but not a registered name’s facility, a kind alone or an area’s own base', () => {
    const found = names(plan('1.上海澄屿半导体科技有限公司研发中心落地，启动新材料中试基地建设，推进闵行区生物医药制造基地规划。'), 'Programme');
    expect(found.some((n) => n.includes('有限公司研发'))).toBe(false);
    expect(found).not.toContain(nameKey('新材料中试基地'));
    expect(found).not.toContain(nameKey('闵行区生物医药制造基地'));
  });
});
