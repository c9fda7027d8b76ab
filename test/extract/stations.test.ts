/**
 * Stations named in lists where a sentence speaks of a line or of stations, and a line's name
 * inside a company's (held-out round 26's construction bureau), on invented names.
 */
import { describe, expect, it } from 'vitest';
import { names, plan } from './helpers.ts';

describe('stations and lines', () => {
  it('names ending in 站 listed together beside a count of stations are stations; kinds of station are not', () => {
    const places = names(plan('1.完成槿澜站、鹭汀路站等6座车站周边道路配套，建成党群服务站、文明实践站。'), 'Place');
    expect(places).toEqual(expect.arrayContaining(['槿澜站', '鹭汀路站']));
    expect(places).not.toContain('鹭汀路');
    expect(places.some((n) => n.endsWith('实践站') || n === '党群服务站')).toBe(false);
  });

  it("a bus route's far end after a dash is a station", () => {
    expect(names(plan('1.新辟公交线路，自松岚公交首末站—芦汀湾站。'), 'Place')).toContain('芦汀湾站');
  });

  it("a line named by more than two characters is a line, and a line's name inside a company's stays the company's", () => {
    const ex = plan('1.轨道交通闵浦快线一期工程完成，上海轨道交通闵浦线发展有限公司负责运营。');
    expect(names(ex, 'Place')).toContain('轨道交通闵浦快线');
    expect(names(ex, 'Place')).not.toContain('轨道交通闵浦线');
    expect(names(ex, 'Organisation')).toContain('上海轨道交通闵浦线发展有限公司');
  });
});
