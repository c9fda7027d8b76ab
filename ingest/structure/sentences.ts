/**
 * Sentences and list items. A sentence ends at 。!?; (the normalised forms of ！？；) or at a
 * line break, and never inside 《》 (a cited title is one unit). A list item is a line that
 * starts with a number (1. 1、 (1) (一) 一、 ①) or a bullet; each of its sentences is marked
 * isListItem. Lines that are only a heading, metadata lines and empty lines give no sentence:
 * headings are in `sections`, metadata in `metadata`.
 */
import type { Section, Sentence } from '../types.ts';
import type { Line } from './lines.ts';
import { sectionAt } from './outline.ts';

const ENDS = new Set(['。', '!', '?', ';', '！', '？', '；']);
/** the characters the scan stops at: sentence ends and 《》 (a stop inside a title does not end the sentence) */
const STOPS = /[。!?;！？；《》]/g;
const CLOSERS = /^[”’"')）\]】》」』]+/;
const LIST_START = /^(?:[•·●○▪■□◆◇*]\s*|-\s+|\d{1,3}\s*[.、．](?![\d.])|[(（]\s*[\d一二三四五六七八九十]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}\s*、|[①-⑳㉑-㉟㊱-㊿])/;
const HAS_WORD = /[\p{L}\p{N}]/u;

export function splitSentences(
  lines: Line[],
  text: string,
  sections: Section[],
  skipLines: Set<number>,
): Sentence[] {
  const headingOnly = new Set(sections.map((s) => `${s.headingSpan.start}:${s.headingSpan.end}`));
  const out: Sentence[] = [];
  for (const line of lines) {
    if (!line.text || skipLines.has(line.index)) continue;
    const lineEnd = line.trimStart + line.text.length;
    if (headingOnly.has(`${line.trimStart}:${lineEnd}`)) continue;
    const isListItem = LIST_START.test(line.text);
    let start = line.trimStart;
    let depth = 0; // inside 《》
    STOPS.lastIndex = line.trimStart;
    for (let m = STOPS.exec(text); m && m.index < lineEnd; m = STOPS.exec(text)) {
      const i = m.index;
      const ch = m[0];
      if (ch === '《') depth++;
      else if (ch === '》') depth = Math.max(0, depth - 1);
      else if (depth === 0 && ENDS.has(ch)) {
        // closing quotes/brackets right after the stop belong to this sentence
        const tail = CLOSERS.exec(text.slice(i + 1, Math.min(lineEnd, i + 4)))?.[0].length ?? 0;
        push(out, text, start, i + 1 + tail, sections, isListItem);
        start = i + 1 + tail;
        STOPS.lastIndex = start;
      }
    }
    push(out, text, start, lineEnd, sections, isListItem);
  }
  return out;
}

function push(out: Sentence[], text: string, start: number, end: number, sections: Section[], isListItem: boolean) {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end <= start) return;
  const s = text.slice(start, end);
  if (!HAS_WORD.test(s)) return;
  out.push({ text: s, span: { start, end }, section: sectionAt(sections, start), isListItem });
}
