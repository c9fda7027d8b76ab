/** Lines of the decoded text with their offsets, the unit every structure rule starts from. */
import type { Span } from '../types.ts';

export interface Line {
  index: number;
  start: number;
  end: number;
  /** the line without surrounding whitespace; `trimStart` is its offset */
  text: string;
  trimStart: number;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      const raw = text.slice(start, i);
      const lead = raw.length - raw.trimStart().length;
      lines.push({ index: lines.length, start, end: i, text: raw.trim(), trimStart: start + lead });
      start = i + 1;
    }
  }
  return lines;
}

/** span of `part` found in `line` (at or after `from` within the line), trimmed */
export function spanIn(line: Line, offsetInTrimmed: number, length: number): Span {
  const start = line.trimStart + offsetInTrimmed;
  return { start, end: start + length };
}

export const CN_DIGITS = '一二三四五六七八九十百零〇两';

/** 一 → 1, 十二 → 12, 二十三 → 23 (enough for section numbers) */
export function chineseNumber(s: string): number | null {
  const d: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  if (/^\d+$/.test(s)) return Number(s);
  let total = 0;
  let cur = 0;
  for (const ch of s) {
    if (ch in d) cur = d[ch];
    else if (ch === '十') {
      total += (cur || 1) * 10;
      cur = 0;
    } else if (ch === '百') {
      total += (cur || 1) * 100;
      cur = 0;
    } else return null;
  }
  return total + cur;
}
