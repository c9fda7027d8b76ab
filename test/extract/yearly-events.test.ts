/**
 * A yearly event written after its year is named with it (GUIDE.md: 2024年上海市青少年体育锦标赛), also
 * where jieba cuts the event word off (健身运动/l 会/v) or tags the district a person. Invented names.
 */
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../ingest/extract/normalise.ts';
import { names, plan } from './helpers.ts';

describe('a yearly event', () => {
  it('is named from its year, its region or place and what it is', () => {
    const found = names(plan('1.举办2025年嘉定区全民健身运动会，开展2025年杨浦区科技活动周。', '2.组织2025年金山区防汛防台综合应急演练，举办2025年澄汀湖环湖骑行大会。'), 'Programme');
    expect(found).toEqual(expect.arrayContaining(['2025年嘉定区全民健身运动会', '2025年杨浦区科技活动周', '2025年金山区防汛防台综合应急演练', '2025年澄汀湖环湖骑行大会'].map(nameKey)));
  });

  it('keeps its year when another rule found it without', () => {
    expect(names(plan('1.参加2025年上海旅游节，承办分会场活动。'), 'Programme')).toContain(nameKey('2025年上海旅游节'));
  });

  it('but not a quoted name, a class of activities, a span of years or a year that starts the clause', () => {
    const found = names(plan('1.举办2025年“澄购”消费季，策划2025年杨浦区重点文旅活动。', '2.2024—2025年上海市青年篮球联赛圆满结束，2025年嘉定区完成道路大修12公里。'), 'Programme');
    expect(found.some((n) => n.startsWith('2025年“'))).toBe(false);
    expect(found).not.toContain(nameKey('2025年杨浦区重点文旅活动'));
    expect(found.some((n) => n.startsWith('2025年上海市青年'))).toBe(false);
    expect(found.some((n) => n.startsWith('2025年嘉定区完成'))).toBe(false);
  });
});
