import { describe, expect, it } from 'vitest';
import { scoreDistricts } from '../../graph/similarity/index.ts';
import { evaluate, loadGold, mapText, type NodeRow } from './gold.ts';

const node = (id: string, name: string, aliases: string[] = [], mentions: NodeRow['mentions'] = []): NodeRow => ({
  id,
  name,
  aliases,
  districtKeys: ['d'],
  mentions,
});

describe('gold file', () => {
  it('has at least 12 groups, each over two or more districts', () => {
    const gold = loadGold();
    expect(gold.groups.length).toBeGreaterThanOrEqual(12);
    for (const g of gold.groups) expect(new Set(g.items.map((i) => i.district)).size).toBeGreaterThanOrEqual(2);
  });
});

describe('mapText', () => {
  it('prefers an equal name, then containment with the best bigram Dice, then mention spans', () => {
    const nodes = [node('a', '既有住宅加装电梯'), node('b', '“四责协同”机制'), node('c', '加装电梯指导服务中心')];
    expect(mapText('既有住宅加装电梯', nodes)).toBe('a');
    expect(mapText('“四责协同”机制建设', nodes)).toBe('b');
    expect(mapText('电梯', nodes)).toBe('a');
    expect(mapText('河长制', nodes)).toBeNull();
    const doc = '推进既有多层住宅加装电梯工作';
    const renamed = [node('x', '既有住宅加装电梯', [], [{ docId: 'doc', start: 2, end: 12 }])];
    expect(mapText('既有多层住宅加装电梯', renamed, new Map([['doc', doc]]))).toBe('x');
  });
});

describe('evaluate', () => {
  it('computes precision@5 over gold nodes and recall over cross-district gold pairs', () => {
    const mapped = [
      { group: 'g', district: 'A', text: 't', nodeId: 'a' },
      { group: 'g', district: 'B', text: 't', nodeId: 'b' },
      { group: 'g', district: 'C', text: 't', nodeId: 'c' },
    ];
    const districts = new Map([['a', ['A']], ['b', ['B']], ['c', ['C']], ['x', ['B']]]);
    const m = evaluate(mapped, districts, [{ a: 'a', b: 'b', score: 0.9 }, { a: 'a', b: 'x', score: 0.5 }]);
    expect(m.goldPairs).toBe(3);
    expect(m.foundPairs).toBe(1);
    expect(m.correct).toBe(2);
    expect(m.judged).toBe(3);
  });
});

describe('scoreDistricts', () => {
  const profile = (id: string, programmes: number, policies: string[], themes: string[]) => ({
    id,
    name: id,
    programmes,
    policies: new Map(policies.map((p) => [p, { name: p, count: 1 }])),
    themes: new Map(themes.map((t) => [t, { name: t, count: 1 }])),
  });
  it('ranks the district sharing programmes, policies and themes first, with reasons', () => {
    const a = profile('A', 4, ['一网统管', '河长制'], ['elevators', 'waste']);
    const b = profile('B', 5, ['一网统管', '河长制'], ['elevators', 'waste']);
    const c = profile('C', 5, ['双减'], ['culture']);
    const pairs = [{ from: { id: 'a1', name: '加装电梯' }, to: { id: 'b1', name: '既有住宅加梯' }, otherDistrictId: 'B', score: 0.8 }];
    const ranked = scoreDistricts(a, [a, b, c], pairs);
    expect(ranked.map((r) => r.id)).toEqual(['B']);
    expect(ranked[0].score).toBeGreaterThan(0);
    expect(ranked[0].score).toBeLessThanOrEqual(1);
    expect(ranked[0].reasons.join('\n')).toMatch(/1 similar programme pair, e.g. 加装电梯 ~ 既有住宅加梯 \(0.8\)/);
    expect(ranked[0].reasons.join('\n')).toMatch(/shared policies \(2\): 一网统管, 河长制/);
  });
});
