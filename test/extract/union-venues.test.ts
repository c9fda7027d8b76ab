/**
 * Venues of a 区 federation of trade unions (round 39, hongkougonghui; also hongkouzongshu):
 * outdoor rest stations and nursing rooms named by their place, and a firm's home for its staff.
 * Invented names throughout.
 */
import { describe, expect, it } from 'vitest';
import { names, plan } from './helpers.ts';

describe("a union's venues", () => {
  it('stations and rooms named by their road, park or building are Places', () => {
    const ex = plan('1.岚珂路爱心接力站投入使用，建成汀波公园户外职工驿站，霁岚大厦爱心妈咪小屋通过验收。');
    expect(names(ex, 'Place')).toEqual(expect.arrayContaining(['岚珂路爱心接力站', '汀波公园户外职工驿站', '霁岚大厦爱心妈咪小屋']));
  });

  it('the kinds alone are no Places', () => {
    const ex = plan('1.新建户外职工爱心接力站5个，推进爱心妈咪小屋规范化建设。');
    expect(names(ex, 'Place')).toEqual([]);
  });

  it("a firm's home for its staff is named with the firm", () => {
    const ex = plan('1.上海岚澜精密机械有限公司职工之家获评模范职工之家。');
    expect(names(ex, 'Place')).toContain('上海岚澜精密机械有限公司职工之家');
  });
});
