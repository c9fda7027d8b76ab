/**
 * Studios named after a person whose name jieba cuts (茹/nr 建新/v, 禚/x 立新/d) or whose field has
 * verbs (劳模创新, 档案修复): each is one Programme (GUIDE.md), not a shorter body. Invented names.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../ingest/extract/index.ts';
import { docFrom } from './helpers.ts';

const report = (line: string) => extract(docFrom(['长宁区数据局2025年工作要点', '一、重点工作', line].join('\n')));
const of = (type: string, line: string) => report(line).entities.filter((e) => e.type === type).map((e) => e.name);

describe('a studio named after its person', () => {
  it('runs from the person’s name over the field’s verbs to 工作室', () => {
    const line = '1.依托茹建新老兵调解工作室、禚立新劳模创新工作室、郗美娟工匠创新工作室和赫连晴应急救护工作室开展服务。';
    expect(of('Programme', line)).toEqual(expect.arrayContaining(['茹建新老兵调解工作室', '禚立新劳模创新工作室', '郗美娟工匠创新工作室', '赫连晴应急救护工作室']));
    expect(of('Organisation', line).filter((n) => n.endsWith('工作室'))).toEqual([]);
  });

  it('a studio of a kind (书记工作室) names no person', () => {
    expect(of('Programme', '1.发挥书记工作室作用，开展调解。')).toEqual([]);
  });
});

describe('a given name jieba reads as a place (某/nr 建国/ns)', () => {
  it('still names the studio and its person', () => {
    const line = '1.（4）邬建国数控技术创新工作室（上海澄汀精密机械有限公司）完成技术攻关8项。';
    expect(of('Programme', line)).toContain('邬建国数控技术创新工作室');
    expect(of('Person', line)).toContain('邬建国');
  });
});
