/**
 * Title, document type, period and year.
 * The title is the document's own title as published: the first plausible line of the head
 * that is not metadata, with a page-title site suffix (`X_规划计划_某某区人民政府门户网站`)
 * cut off. A 关于印发《X》的通知 keeps that title, but its docType, period and year come from X,
 * because X is what the body is.
 */
import { basename, extname } from 'node:path';
import type { DocType, Span } from '../types.ts';
import { escapeRegExp, keywords } from './keywords.ts';
import type { Line } from './lines.ts';
import { parseDate } from './metadata.ts';

export interface TitleInfo {
  title: string;
  titleSpan: Span | null;
  docType: DocType;
  period: string | null;
  year: number | null;
}

const SUFFIX_SEPARATORS = /\s*[_|｜]\s*|\s+-\s+/;
const WRAPPER = new RegExp(`^关于(?:${keywords.wrapperVerbs.map(escapeRegExp).join('|')})(.*《(.+)》.*)的(?:通知|通告|公告|函)$`);
const PERIOD_RE = /(\d{4})\s*年?\s*[-—–~至到]\s*(\d{4})\s*年?/;
const MAX_TITLE = 80;

/** `2021年淞南镇人民政府工作报告_规划计划_上海市宝山区人民政府门户网站` → its first part */
function stripSiteSuffix(s: string): string {
  const parts = s.split(SUFFIX_SEPARATORS);
  if (parts.length < 2) return s;
  const tail = parts.slice(1).join(' ');
  return keywords.siteSuffixWords.some((w) => tail.includes(w)) ? parts[0] : s;
}

function looksLikeTitle(s: string): boolean {
  if (s.length < 4 || s.length > MAX_TITLE * 2) return false;
  if (/^[【\[]/.test(s) || /[。;]$/.test(s)) return false; // page furniture, a body sentence
  if (!/[\u4e00-\u9fff]{3}/.test(s)) return false;
  if (parseDate(s) && s.replace(/[\d\s年月日:\-/.]/g, '').length < 4) return false; // a date line
  return true;
}

const hasDocTypeWord = (s: string) => keywords.docTypes.some((d) => d.keywords.some((k) => s.includes(k)));

export function docTypeOf(title: string): DocType {
  for (const d of keywords.docTypes) if (d.keywords.some((k) => title.includes(k))) return d.type;
  return 'other';
}

export function periodOf(s: string): string | null {
  const m = PERIOD_RE.exec(s);
  if (m && Number(m[1]) < Number(m[2]) && Number(m[2]) - Number(m[1]) <= 15) return `${m[1]}-${m[2]}`;
  for (const [name, period] of Object.entries(keywords.fiveYearPlans)) if (s.includes(name)) return period;
  return null;
}

/** The head lines to consider are those before the first outline heading. */
export function findTitle(head: Line[], metaLines: Set<number>, path: string, publishedAt: string | null): TitleInfo {
  // the first dozen title-like lines are enough; the head can be the whole document
  const candidates: Line[] = [];
  for (const l of head) {
    if (!metaLines.has(l.index) && looksLikeTitle(l.text)) candidates.push(l);
    if (candidates.length === 12) break;
  }
  // prefer a line that names a kind of document (计划, 报告 …) over a leading site name
  const chosen = candidates.find((l) => hasDocTypeWord(l.text) && l.text.length <= MAX_TITLE * 2) ?? candidates[0];
  let title: string;
  let titleSpan: Span | null = null;
  if (chosen) {
    title = stripSiteSuffix(chosen.text);
    titleSpan = { start: chosen.trimStart, end: chosen.trimStart + title.length };
  } else {
    title = basename(path, extname(path));
  }
  const inner = WRAPPER.exec(title.replace(/\s+/g, ''))?.[2] ?? null;
  const subject = inner ?? title;
  const period = periodOf(subject);
  const titleYear = /(\d{4})\s*年/.exec(subject.replace(PERIOD_RE, ''))?.[1];
  const year = titleYear
    ? Number(titleYear)
    : period
      ? Number(period.slice(0, 4))
      : publishedAt
        ? Number(publishedAt.slice(0, 4))
        : null;
  return { title, titleSpan, docType: docTypeOf(subject), period, year };
}
