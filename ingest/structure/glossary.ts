/**
 * A 名词解释 glossary and the footnote marks that point into it.
 * Two layouts: a heading (《政府工作报告》名词解释) followed by numbered entries
 * `12、一路三园:一路:张江路;…`, where entry 12 is the mark ⑫ in the body; or, with or
 * without a heading, entries that start with the mark itself: `①“四责协同”机制:…`.
 * markSpans are where the mark is used in the body; when the body uses no mark, where the
 * term (without its quotes) is used.
 */
import type { GlossaryEntry, Span } from '../types.ts';
import { escapeRegExp, keywords } from './keywords.ts';
import type { Line } from './lines.ts';

const HEADING = new RegExp(`(${keywords.glossaryHeadings.map(escapeRegExp).join('|')})\\s*:?\\s*$`);
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳㉑㉒㉓㉔㉕㉖㉗㉘㉙㉚㉛㉜㉝㉞㉟㊱㊲㊳㊴㊵㊶㊷㊸㊹㊺㊻㊼㊽㊾㊿';
const ENTRY = new RegExp(`^(?:([${CIRCLED}])|(\\d{1,2})\\s*[、.]|[(（](\\d{1,2})[)）])\\s*(.{1,40}?)\\s*[:：]\\s*(.+)$`);
const MARKED_ENTRY = new RegExp(`^[${CIRCLED}]\\s*.{1,40}?\\s*[:：]`);
const MAX_HEADING_LINE = 30;

export interface GlossaryBlock {
  entries: GlossaryEntry[];
  /** line of the glossary heading, if there is one */
  headingLine: number | null;
  /** lines holding entries (not to be read as outline headings) */
  entryLines: Set<number>;
  /** offset where the glossary starts; marks are looked for before it */
  start: number;
}

const circled = (n: number) => (n >= 1 && n <= CIRCLED.length ? [...CIRCLED][n - 1] : undefined);

function allSpans(text: string, needle: string, end: number): Span[] {
  const out: Span[] = [];
  if (!needle) return out;
  for (let at = text.indexOf(needle); at >= 0 && at < end; at = text.indexOf(needle, at + needle.length)) {
    if (at + needle.length <= end) out.push({ start: at, end: at + needle.length });
  }
  return out;
}

export function findGlossary(lines: Line[], text: string): GlossaryBlock | null {
  let headingLine: number | null = null;
  let first = -1;
  for (const l of lines) {
    if (l.text && l.text.length <= MAX_HEADING_LINE && HEADING.test(l.text)) {
      headingLine = l.index;
      first = l.index + 1;
      break;
    }
  }
  if (headingLine === null) {
    // no heading: a run of at least two lines that begin with ①② and a colon
    const run = lines.findIndex((l, i) => MARKED_ENTRY.test(l.text) && MARKED_ENTRY.test(lines[i + 1]?.text ?? ''));
    if (run < 0) return null;
    first = run;
  }
  const entries: GlossaryEntry[] = [];
  const entryLines = new Set<number>();
  for (let i = first; i < lines.length; i++) {
    const l = lines[i];
    if (!l.text) continue;
    const m = ENTRY.exec(l.text);
    if (!m) {
      if (entries.length) break; // the glossary ends at the first line that is not an entry
      if (i - first > 3) break;
      continue;
    }
    entryLines.add(l.index);
    const mark = m[1] ?? circled(Number(m[2] ?? m[3]));
    const term = m[4];
    const termAt = l.text.indexOf(term); // the term comes first after the (digit) mark
    const definition = m[5].trim();
    const defAt = l.text.indexOf(definition, termAt + term.length);
    entries.push({
      term,
      termSpan: { start: l.trimStart + termAt, end: l.trimStart + termAt + term.length },
      definition,
      definitionSpan: { start: l.trimStart + defAt, end: l.trimStart + defAt + definition.length },
      ...(mark ? { mark } : {}),
      markSpans: [],
    });
  }
  if (!entries.length) return null;
  const start = headingLine !== null ? lines[headingLine].trimStart : entries[0].termSpan.start;
  for (const e of entries) {
    e.markSpans = e.mark ? allSpans(text, e.mark, start) : [];
    if (!e.markSpans.length) {
      const bare = e.term.replace(/[“”"‘’'《》]/g, '');
      e.markSpans = allSpans(text, e.term, start);
      if (!e.markSpans.length && bare !== e.term) e.markSpans = allSpans(text, bare, start);
    }
  }
  return { entries, headingLine, entryLines, start };
}
