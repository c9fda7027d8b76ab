/** The term scanner finds exactly what the global alternation regex it replaces finds. */
import { describe, expect, it } from 'vitest';
import { alternation, scanTerms, termScanner } from '../../ingest/extract/term-scan.ts';

const WORDS = ['中心', '中心村', '东中心村', '服务中心', '服务', '村', '𠀋村'];

function byRegex(text: string, overlapping: boolean): [string, number][] {
  const re = new RegExp(alternation(WORDS), 'g');
  const out: [string, number][] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push([m[0], m.index]);
    if (overlapping) re.lastIndex = m.index + 1;
  }
  return out;
}

function byScanner(text: string, overlapping: boolean, scanner = termScanner(WORDS)): [string, number][] {
  const out: [string, number][] = [];
  scanTerms(scanner, text, (word, at) => out.push([word, at]), overlapping);
  return out;
}

describe('scanTerms', () => {
  it('takes the longest word at each position, then goes on after it', () => {
    expect(byScanner('某东中心村服务中心旁', false)).toEqual([['东中心村', 1], ['服务中心', 5]]);
  });

  it('finds overlapping words from the next character when asked', () => {
    expect(byScanner('某东中心村', true)).toEqual([['东中心村', 1], ['中心村', 2], ['村', 4]]);
  });

  it('agrees with the regex on mixed text, astral characters included', () => {
    const alphabet = ['中', '心', '村', '东', '服', '务', '𠀋', '。', 'a', ' '];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % alphabet.length;
    for (let n = 0; n < 200; n++) {
      const text = Array.from({ length: 40 }, () => alphabet[next()]).join('');
      for (const overlapping of [false, true]) expect(byScanner(text, overlapping)).toEqual(byRegex(text, overlapping));
    }
  });

  it('requires the pattern that must follow, as part of the match', () => {
    const scanner = termScanner(['镇长', '副镇长'], '[ \\u3000]?(?=\\p{Script=Han})', true);
    expect(byScanner('副镇长 张某、镇长。', false, scanner)).toEqual([['副镇长 ', 0]]);
  });

  it('finds nothing with no words', () => {
    expect(byScanner('中心村', false, termScanner([]))).toEqual([]);
  });
});
