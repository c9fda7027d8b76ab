/**
 * Universities named by their short form after a cue word (与某大共建, 联合某大开展): real reports name their
 * partner universities this way. Invented names throughout.
 */
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../ingest/extract/normalise.ts';
import { names, plan } from './helpers.ts';

describe('a university by its short form after a cue word', () => {
  it('is named however jieba cut it, glued to its cue or not', () => {
    const ex = plan('1.联合翮大开展“大学生进社区”活动；深化与泷大的产学研合作；与沅滨大签约共建附属学校；支持苕川医大、苕科大在园区设立实验室；与岫大共建智能网联实验室；与岑澔大合作开展居民出行调查。');
    expect(names(ex, 'Organisation')).toEqual(expect.arrayContaining(['翮大', '泷大', '沅滨大', '苕川医大', '苕科大', '岫大', '岑澔大'].map(nameKey)));
  });

  it('is not a word that grows or ranks (扩大, 更大, 重大)', () => {
    const ex = plan('2.推动扩大有效投资，与重大项目加强对接，在更大范围推广。');
    expect(names(ex, 'Organisation')).toEqual([]);
  });
});
