/** Bare numbers in a table column whose header gives the unit (总投资(万元)) are targets of the row's programme. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../ingest/extract/index.ts';
import { docFrom } from './helpers.ts';

const TABLE = [
  '枫溪镇2025年政府投资项目计划',
  '一、重点项目',
  '序号 | 项目名称 | 建设内容 | 总投资(万元) | 用地(亩) | 完成时间',
  '1 | 枫溪大道改建工程 | 改建道路2.1公里 | 12500 | 36.5 | 2025年12月',
  '2 | 枫溪中学扩建工程 | 新增学位300个 | 6400 | 待定 | 2025年8月',
  '',
  '序号\t项目名称\t总投资（亿元）',
  '1\t枫溪智造园二期项目\t3.2',
].join('\n');

describe('table columns with the unit in the header', () => {
  const ex = extract(docFrom(TABLE));
  const targets = ex.entities.filter((e) => e.type === 'Target') as unknown as { id: string; value: number; unit: string; metric: string }[];

  it('reads each bare number with its column unit and multiplier', () => {
    const values = targets.map((t) => `${t.value} ${t.unit}`);
    expect(values).toEqual(expect.arrayContaining(['125000000 元', '64000000 元', '36.5 亩', '320000000 元', '2.1 公里', '300 个']));
    expect(targets.find((t) => t.value === 125000000)?.metric).toBe('总投资');
  });

  it('skips cells that are not bare numbers and rows that are not under such a header', () => {
    expect(targets.filter((t) => t.unit === '亩')).toHaveLength(1);
    expect(targets.some((t) => t.value === 1 || t.value === 2)).toBe(false);
  });

  it('links the quantity to the programme named in its row', () => {
    const programme = ex.entities.find((e) => e.type === 'Programme' && e.name === '枫溪大道改建工程')!;
    const invest = targets.find((t) => t.value === 125000000)!;
    expect(ex.relations.some((r) => r.type === 'HAS_TARGET' && r.from === programme.id && r.to === invest.id)).toBe(true);
  });
});

describe('table columns that name people', () => {
  it('reads the names under a role header (楼宇管家, 责任领导) as people holding that title', () => {
    const ex = extract(docFrom([
      '枫林路街道2025年工作计划',
      '一、重点工作',
      '序号 | 楼宇名称 | 年度目标 | 楼宇管家',
      '1 | 枫林大厦 | 引进企业20家 | 邸文涛',
      '2 | 新丰中心 | 入驻率达到90% | 牟嘉、荆立伟',
      '3 | 松旺广场 | 完成改造 | 待定',
    ].join('\n')));
    const people = ex.entities.filter((e) => e.type === 'Person') as unknown as { name: string; titles?: string[] }[];
    expect(people.map((p) => p.name)).toEqual(expect.arrayContaining(['邸文涛', '牟嘉', '荆立伟']));
    expect(people.map((p) => p.name)).not.toContain('待定');
    expect(people.find((p) => p.name === '邸文涛')?.titles).toContain('楼宇管家');
  });
});


describe('person columns with a note in the header (session 10)', () => {
  it('a header whose role carries a bracketed note (村（居）级河长) names people', () => {
    const text = ['华新镇2025年工作计划', '一、河长制', '序号\t河道名称\t镇级河长\t村（居）级河长', '1\t岚宁港\t公冶明达\t龚一凡', '2\t汀泾浜\t公冶明达\t容晓岚'].join('\n');
    const people = extract(docFrom(text)).entities.filter((e) => e.type === 'Person').map((e) => e.name);
    expect(people).toEqual(expect.arrayContaining(['公冶明达', '龚一凡', '容晓岚']));
  });
});

describe('a reception schedule (session 35)', () => {
  it('reads the leaders under 接待领导 as people holding the post of their row (职务), not the header', () => {
    const text = [
      '枫溪区信访办2025年工作要点',
      '附件：区级领导接待群众来访安排表',
      '| 月份 | 接待领导 | 职务 | 联系街道 |',
      '| --- | --- | --- | --- |',
      '| 1月 | 冷岱川 | 区委常委、副区长 | 枫林路街道 |',
      '| 2月 | 柴映雪 | 区政协主席 | 新丰街道 |',
    ].join('\n');
    const people = extract(docFrom(text)).entities.filter((e) => e.type === 'Person') as unknown as { name: string; titles?: string[] }[];
    expect(people.map((p) => p.name)).toEqual(expect.arrayContaining(['冷岱川', '柴映雪']));
    expect(people.find((p) => p.name === '柴映雪')?.titles).toContain('区政协主席');
  });
});
