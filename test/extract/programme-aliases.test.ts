/**
 * Programme names the labels write two ways keep the other form as an alias (programme-aliases.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../ingest/types.ts';
import { plan } from './helpers.ts';

const programme = (ex: Extraction, name: string) => ex.entities.find((e) => e.type === 'Programme' && e.name === name);

describe('a work on listed places', () => {
  it('is named with its list, and from its count on as an alias', () => {
    const ex = plan('全年完成澔园新村、钤溪苑等3个小区“美丽家园”改造；钤东小区和澔西小区2个小区雨污混接改造完工。');
    expect(programme(ex, '澔园新村、钤溪苑等3个小区“美丽家园”改造')?.aliases).toContain('3个小区“美丽家园”改造');
    expect(programme(ex, '钤东小区和澔西小区2个小区雨污混接改造')?.aliases).toContain('2个小区雨污混接改造');
  });

  it('gives no alias to a work with no list before its count', () => {
    const ex = plan('完成5个小区旧住宅修缮改造项目。');
    expect(programme(ex, '5个小区旧住宅修缮改造项目')?.aliases ?? []).toEqual([]);
  });
});

describe('a phase and its building', () => {
  it('is named with 建设, and without it as an alias; other works keep their kind word', () => {
    const ex = plan('推进澔川智造园二期建设，加快钤溪生态公园三期工程。');
    expect(programme(ex, '澔川智造园二期建设')?.aliases).toContain('澔川智造园二期');
    expect(programme(ex, '钤溪生态公园三期工程')?.aliases ?? []).toEqual([]);
  });
});
