/**
 * Report authors: the name printed on a line of its own under a report's title
 * (`王 明`, `镇长 王明`). Only the head of the document (after the title, before the first
 * heading) is searched; a name is 2–4 Chinese characters starting with a known surname, and
 * may be letter-spaced. The name drops the spaces; the span points at the original text.
 */
import type { Span } from '../types.ts';
import { resolveDistrict } from '../gazetteer/index.ts';
import { keywords, personNames } from './keywords.ts';
import type { Line } from './lines.ts';

const NAME_LINE = /^(?:([\u4e00-\u9fff]{1,8}(?:长|书记|主任|代表))\s+)?([\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3})$/;
const surnames = new Set([...personNames.surnames]);
const stop = new Set(keywords.authorStopWords);
/** a short line ending like a place or a body (张江镇, 党政办) is not a person */
const NOT_A_NAME_END = /[镇区市县村乡局委办处所部会院站街路]$/;

function isName(name: string): boolean {
  if (name.length < 2 || name.length > 4 || stop.has(name)) return false;
  if (NOT_A_NAME_END.test(name) || resolveDistrict(name)) return false;
  if (personNames.compoundSurnames.some((s) => name.startsWith(s))) return name.length >= 3;
  return surnames.has(name[0]);
}

export function findAuthors(head: Line[], titleLine: number | null): { name: string; span: Span }[] {
  const out: { name: string; span: Span }[] = [];
  for (const line of head) {
    if (titleLine !== null && line.index <= titleLine) continue;
    const m = NAME_LINE.exec(line.text);
    if (!m) continue;
    const name = m[2].replace(/\s+/g, '');
    if (!isName(name)) continue;
    const at = line.text.length - m[2].length;
    out.push({ name, span: { start: line.trimStart + at, end: line.trimStart + line.text.length } });
  }
  return out;
}
