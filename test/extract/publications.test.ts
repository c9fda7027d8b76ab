/**
 * A title in 《》 is a policy only when it reads as one (lexicon.json policyTitleEnds): books,
 * yearbooks and pamphlets are labelled nothing 113 times in the fixtures, against 36 Policies.
 */
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../ingest/extract/normalise.ts';
import { names, plan } from './helpers.ts';

describe('a title in 《》', () => {
  it('that ends like a plan, a rule or a paper of record is a policy', () => {
    const text = plan('1.落实《澄湾区防汛防台专项应急预案》和《澄湾村村规民约》，编制《澄湾镇老旧小区改造实施方案（2025—2027年）》。');
    const found = names(text, 'Policy');
    expect(found).toContain(nameKey('《澄湾区防汛防台专项应急预案》'));
    expect(found).toContain(nameKey('《澄湾村村规民约》'));
    expect(found).toContain(nameKey('《澄湾镇老旧小区改造实施方案（2025—2027年）》'));
  });

  it('that names a book or a yearbook is no policy, and the names inside it stay its own', () => {
    const text = plan('1.出版《汀澜路上的光》和《澄湾统计年鉴2025》，编印《澄湾往事》。');
    expect(names(text, 'Policy')).toEqual([]);
    expect(names(text, 'Place')).not.toContain(nameKey('汀澜路'));
  });
});
