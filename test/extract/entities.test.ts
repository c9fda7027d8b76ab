import { describe, expect, it } from 'vitest';
import { extract } from '../../ingest/extract/index.ts';
import { nameKey } from '../../ingest/extract/normalise.ts';
import type { Extraction } from '../../ingest/types.ts';
import { byRules, docFrom } from './helpers.ts';

const TEXT = [
  '万里街道2024年工作计划',
  '一、重点工作',
  '(一)城市更新行动',
  '1、推进住房改造。完成丰和苑、月浦新村等3个小区旧住宅综合修缮项目,涉及建筑面积4.2万平方米;持续开展“美丽家园”行动,配合区房管局推进长江西路沿线整治。',
  '2、加强日常巡查,做好各项工作,各部门、企业、居民共同参与。',
  '3、深化“一网统管”应用,开发“安心办”社区治理小程序,依托街道城运中心实现全覆盖。',
  '4、办好第五届“万里读书节”,推进淞沪河北段贯通改造及景观提升。',
  '附件:领导小组名单',
  '成立万里街道城市更新工作领导小组:',
  '组 长:钱 明 党工委书记',
  '成 员:赵卫国 城建中心主任',
].join('\n');

const names = (ex: Extraction, type: string) => ex.entities.filter((e) => e.type === type).map((e) => nameKey(e.name));

describe('extract', () => {
  const ex = extract(docFrom(TEXT));

  // The rules' boundaries, without the confidence model: on a document this short the model's
  // score for a name sits near its threshold and moves with each retraining (helpers.ts: byRules).
  it('finds programmes with their boundaries, not generic activities', () => {
    const programmes = names(byRules(docFrom(TEXT)), 'Programme');
    expect(programmes).toContain(nameKey('“美丽家园”行动'));
    expect(programmes).toContain(nameKey('“安心办”社区治理小程序'));
    expect(programmes).toContain(nameKey('第五届“万里读书节”'));
    expect(programmes).toContain(nameKey('淞沪河北段贯通改造及景观提升'));
    expect(programmes.some((p) => p.includes('日常巡查') || p.includes('各项工作'))).toBe(false);
  });

  it('never makes generic words entities', () => {
    const all = ex.entities.map((e) => nameKey(e.name));
    for (const generic of ['各部门', '企业', '居民', '街道', '社区', '小区']) expect(all).not.toContain(generic);
  });

  it('finds places, organisations, people and policies', () => {
    expect(names(ex, 'Place')).toEqual(expect.arrayContaining(['丰和苑', '月浦新村', '淞沪河']));
    expect(names(ex, 'Organisation')).toEqual(expect.arrayContaining(['区房管局', '党工委', '城建中心']));
    expect(names(ex, 'Person')).toEqual(expect.arrayContaining(['钱明', '赵卫国']));
    expect(names(ex, 'Policy')).toEqual(expect.arrayContaining(['一网统管', '美丽家园']));
  });

  it('gives every relation evidence that indexes the document text', () => {
    const text = ex.document.text ?? TEXT;
    for (const r of ex.relations) {
      for (const span of r.evidence) {
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.end).toBeLessThanOrEqual(text.length);
        if (r.sentence) expect(r.sentence).toContain(text.slice(span.start, span.end));
      }
    }
    const located = ex.relations.find((r) => r.type === 'LOCATED_AT' && r.to.endsWith('丰和苑'))!;
    expect(TEXT.slice(located.evidence[0].start, located.evidence[0].end)).toBe('丰和苑');
    for (const e of ex.entities) for (const m of e.mentions) expect(TEXT.slice(m.start, m.end).replace(/\s/g, '').length).toBeGreaterThan(0);
  });

  it('links targets, policies, themes and roster posts', () => {
    const target = ex.entities.find((e) => e.type === 'Target' && e.name.includes('4.2万平方米'))!;
    expect(target).toMatchObject({ value: 42000, unit: '平方米' });
    const has = ex.relations.find((r) => r.type === 'HAS_TARGET' && r.to === target.id)!;
    expect(has.from).toContain('旧住宅综合修缮项目');
    expect(ex.relations.some((r) => r.type === 'IMPLEMENTS' && r.to === 'policy:一网统管')).toBe(true);
    expect(ex.relations.some((r) => r.type === 'IN_THEME' && r.to === 'theme:digital-governance')).toBe(true);
    const holds = ex.relations.filter((r) => r.type === 'HOLDS' && r.from === 'person:钱明');
    expect(holds.map((h) => h.title)).toEqual(expect.arrayContaining(['书记', '组长']));
  });

  it('scopes programme ids by district and keeps ids stable', () => {
    const again = extract(docFrom(TEXT));
    expect(again.entities.map((e) => e.id).sort()).toEqual(ex.entities.map((e) => e.id).sort());
    const p = ex.entities.find((e) => e.type === 'Programme' && e.name.includes('美丽家园'))!;
    expect(p.id).toMatch(/^programme:万里街道:/);
  });
});
