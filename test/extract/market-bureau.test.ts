/**
 * Rules from held-out round 42 (a 区's market regulation bureau, a 区's political consultative
 * conference), each on invented names.
 */
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../ingest/extract/normalise.ts';
import { names, plan } from './helpers.ts';

describe('people and places of round 42', () => {
  it('作 glued to a compound-surname name is the verb after it (董事长公孙文作/x 经验交流)', () => {
    const people = names(plan('1.董事长东郭立作质量管理经验交流，局长郝静姝作工作报告。'), 'Person');
    expect(people).toEqual(expect.arrayContaining(['东郭立', '郝静姝']));
    expect(people).not.toContain('东郭立作');
  });

  it('a place jieba cut inside an item of a list is the whole item (、新/a 枫/nr 菜场、)', () => {
    const places = names(plan('1.完成万松菜场、新枫菜场、亭安农贸市场3家农贸市场标准化改造。'), 'Place');
    expect(places).toEqual(expect.arrayContaining(['万松菜场', '新枫菜场', '亭安农贸市场'].map(nameKey)));
    expect(places).not.toContain('枫菜场');
  });
});

describe('programmes of round 42', () => {
  it('a quoted 一件事 is a service the district runs under 高效办成一件事; the kind word alone names none', () => {
    const ex = plan('1.落实“高效办成一件事”，新增“茶馆开办一件事”“书店开办一件事”2个集成服务场景，推动“一件事”线上办理。');
    expect(names(ex, 'Programme')).toEqual(expect.arrayContaining(['“茶馆开办一件事”', '“书店开办一件事”'].map(nameKey)));
    expect(names(ex, 'Programme')).not.toContain(nameKey('“一件事”'));
    expect(names(ex, 'Policy')).toContain(nameKey('高效办成一件事'));
  });
});
