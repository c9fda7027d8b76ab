/**
 * The outline: numbered headings at the start of a line, nested by numbering style.
 *   rank 0  第一部分 / 附件1 / a glossary heading   (level 1)
 *   rank 1  一、                                   (level 1)
 *   rank 2  (一) （一）                            (level 2)
 *   rank 3  1. 1、                                 (level 3)
 *   rank 4  (1) （1）                              (level 4)
 * `level` follows the contract in types.ts (第一部分 and 一、 are both 1); nesting uses the
 * rank, so 一、 under 第一部分 still gets it as parent. A numbered line that runs on into
 * body text ("(一)招商安商稳商氛围浓厚。成立…") is a heading up to its first full stop.
 */
import type { Section, Span } from '../types.ts';
import { escapeRegExp, keywords } from './keywords.ts';
import { CN_DIGITS, type Line } from './lines.ts';

const N = `[${CN_DIGITS}]+`;
const KINDS: { re: RegExp; rank: number; level: number }[] = [
  { re: new RegExp(`^第${N}部分`), rank: 0, level: 1 },
  { re: new RegExp(`^${N}\\s*、`), rank: 1, level: 1 },
  { re: new RegExp(`^[(（]\\s*${N}\\s*[)）]`), rank: 2, level: 2 },
  { re: /^\d{1,2}\s*[.、．](?![\d.])/, rank: 3, level: 3 },
  { re: /^[(（]\s*\d{1,2}\s*[)）]/, rank: 4, level: 4 },
];
/** 附件1 on its own, or the annex list line 附件:1、… */
const ANNEX = new RegExp(`^(?:${keywords.annexHeadings.map(escapeRegExp).join('|')})\\s*[\\d${CN_DIGITS}]*\\s*(?::.{0,60})?$`);
/** a heading phrase ends at a full stop, colon, semicolon, ! or ? */
const PHRASE_END = /[。:;!?：；！？]/;
const MAX_HEADING = 60;

export interface OutlineHeading {
  line: number;
  rank: number;
  level: number;
  heading: string;
  headingSpan: Span;
}

export function headingOf(line: Line): { rank: number; level: number } | null {
  if (ANNEX.test(line.text)) return { rank: 0, level: 1 };
  for (const k of KINDS) if (k.re.test(line.text)) return { rank: k.rank, level: k.level };
  return null;
}

function headingPhrase(text: string): string {
  const marker = KINDS.map((k) => k.re.exec(text)?.[0]).find(Boolean) ?? '';
  const rest = text.slice(marker.length);
  const stop = rest.search(PHRASE_END);
  let phrase = stop >= 0 ? rest.slice(0, stop) : rest;
  if (phrase.length > MAX_HEADING) {
    const comma = phrase.indexOf(',');
    phrase = comma > 0 && comma <= MAX_HEADING ? phrase.slice(0, comma) : phrase.slice(0, MAX_HEADING);
  }
  return (marker + phrase).trimEnd();
}

/**
 * Headings of the given lines; `skip` holds lines that must not be read as headings (glossary
 * entries), `extra` adds headings found by other rules (the glossary heading).
 */
export function findHeadings(lines: Line[], skip: Set<number>, extra: OutlineHeading[]): OutlineHeading[] {
  const found: OutlineHeading[] = [...extra];
  for (const line of lines) {
    if (!line.text || skip.has(line.index) || found.some((h) => h.line === line.index)) continue;
    const kind = headingOf(line);
    if (!kind) continue;
    const heading = headingPhrase(line.text);
    found.push({ line: line.index, ...kind, heading, headingSpan: { start: line.trimStart, end: line.trimStart + heading.length } });
  }
  return found.sort((a, b) => a.line - b.line);
}

/** Nests headings into sections; modes are filled in later (see modes.ts). */
export function buildSections(headings: OutlineHeading[], textLength: number): Section[] {
  const sections: Section[] = [];
  const ranks: number[] = [];
  const stack: number[] = [];
  headings.forEach((h, i) => {
    while (stack.length && ranks[stack[stack.length - 1]] >= h.rank) stack.pop();
    let end = textLength;
    for (let j = i + 1; j < headings.length; j++) {
      if (headings[j].rank <= h.rank) {
        end = headings[j].headingSpan.start;
        break;
      }
    }
    sections.push({
      heading: h.heading,
      headingSpan: h.headingSpan,
      level: h.level,
      parent: stack.length ? stack[stack.length - 1] : -1,
      span: { start: h.headingSpan.start, end },
      mode: 'neutral',
    });
    ranks.push(h.rank);
    stack.push(i);
  });
  return sections;
}

/** index of the innermost section containing `offset`, or -1 (binary search, then up the parents) */
export function sectionAt(sections: Section[], offset: number): number {
  let lo = 0;
  let hi = sections.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sections[mid].span.start <= offset) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  for (let i = last; i >= 0; i = sections[i].parent) if (offset < sections[i].span.end) return i;
  return -1;
}
