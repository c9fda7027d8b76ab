import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../ingest/extract/index.ts';
import { findTargets } from '../../ingest/extract/targets.ts';

const lex = loadLexicons();
const plan = (text: string) => findTargets(text, 0, { mode: 'plan', year: 2023 }, lex);

describe('target parser', () => {
  it('multiplies out 万 and 亿 and normalises units, keeping the raw text', () => {
    const [area, tax] = plan('涉及建筑面积21.6万平米,税收总额7.8亿元');
    expect(area).toMatchObject({ value: 216000, unit: '平方米', raw: '21.6万平米', metric: '建筑面积' });
    expect(tax).toMatchObject({ value: 780000000, unit: '元', raw: '7.8亿元', metric: '税收总额' });
    expect(plan('新增绿地3000㎡')[0]).toMatchObject({ value: 3000, unit: '平方米' });
    expect(plan('培训5000名居民')[0]).toMatchObject({ value: 5000, unit: '人' });
  });

  it('reads comparators before and after the number', () => {
    expect(plan('年内实现竣工不少于20台')[0]).toMatchObject({ value: 20, unit: '台', comparator: '>=', metric: '竣工' });
    expect(plan('登记失业人员严格控制在380人以内')[0]).toMatchObject({ comparator: '<=' });
    expect(plan('居民参与率达常住人口10%以上')[0]).toMatchObject({ value: 10, unit: '%', comparator: '>=' });
    expect(plan('加快罗宾森广场约3.1万平方米二期项目建设')[0]).toMatchObject({ value: 31000, comparator: '~' });
    expect(plan('劳动调解结案率达到100%')[0]).toMatchObject({ comparator: '=' });
    expect(plan('走访企业超过300家')[0]).toMatchObject({ comparator: '>' });
  });

  it('excludes dates, ordinals, codes, ranges, durations and print runs', () => {
    const none = [
      '2023年1月29日印发',
      '办好第十六届“上海孔子文化节”',
      '第10届“市民文化节”',
      '浦潍委〔2023〕5号',
      '轨交13号线东延伸',
      '实现24小时智能监督',
      '1-5月共计',
      '温宿路61弄',
      '(共印100份)',
      '提供1-2个月共享办公空间',
      '深入贯彻党的二十大精神,实施“十四五”规划',
      '联系电话021-58881234',
    ];
    for (const text of none) expect(plan(text), text).toEqual([]);
  });

  it('reads minutes, working days, pairs and the 次 of vehicles and cases as units, but not the reach of a service circle', () => {
    expect(plan('平均响应时间缩短至28分钟')[0]).toMatchObject({ value: 28, unit: '分钟' });
    expect(plan('审批时限压缩至7个工作日')[0]).toMatchObject({ value: 7, unit: '个工作日' });
    expect(plan('结对服务320对')[0]).toMatchObject({ value: 320, unit: '对' });
    expect(plan('劝离违停3.6万辆次')[0]).toMatchObject({ value: 36000, unit: '辆次' });
    expect(plan('调解纠纷460件次')[0]).toMatchObject({ value: 460, unit: '件次' });
    expect(plan('打造15分钟就业服务圈，完善15分钟“社区生活圈”')).toEqual([]);
  });

  it('keeps percentages and negative values, and takes a metric from what follows a bare count', () => {
    expect(plan('增速由最低时的-28.4%提升')[0]).toMatchObject({ value: -28.4, unit: '%' });
    const [count] = plan('实施5个小区旧住宅修缮改造项目');
    expect(count).toMatchObject({ value: 5, unit: '个' });
    expect(count.metric).toContain('小区');
  });

  it('marks results in review sections and with past-tense cues', () => {
    expect(findTargets('完成税收20.17亿元', 0, { mode: 'review', year: 2023 }, lex)[0].kind).toBe('result');
    expect(plan('1-5月,共计完成税收20.17亿元')[0].kind).toBe('result');
    expect(plan('力争完成税收20亿元')[0].kind).toBe('target');
  });

  it('shifts spans by the sentence offset', () => {
    const text = '新增养老床位37张';
    const [t] = findTargets(text, 100, { mode: 'plan', year: null }, lex);
    expect([t.start, t.end]).toEqual([106, 109]);
  });
});
