/** A section heading that is itself a programme name: "(一)某某专项行动", "实施…城市更新行动". */
import { leadVerbAtStart, type Lexicon } from './lexicon.ts';
import { nameKey } from './normalise.ts';

const NUMBERING = /^[\s\u3000]*(?:第[一二三四五六七八九十]+部分|[(（]?[一二三四五六七八九十\d]+[)）、.．]?)[\s\u3000]*/;
const HEADING_KINDS = /(?:行动|计划|工程)$/;
/** "2025年工作计划": the part of the document that plans the year, not a programme */
const OWN_PLAN = /^(?:\d{4}年度?|下一步|今后)?(?:重点)?工作(?:计划|安排|要点|打算)$/;

export function headingProgramme(heading: string, at: number, lex: Lexicon): { name: string; start: number; end: number } | null {
  const numbering = NUMBERING.exec(heading);
  let start = numbering ? numbering[0].length : 0;
  let body = heading.slice(start).replace(/[。.；;,，\s]+$/, '');
  if (/[“”"《》]/.test(body)) return null; // quoted names are found in the heading text itself
  // (one verb or two: 建议新增某某工程)
  for (let verb = leadVerbAtStart(body, lex, 4), n = 0; verb && n < 2; verb = leadVerbAtStart(body, lex, 4), n++) {
    body = body.slice(verb.length);
    start += verb.length;
  }
  if (!HEADING_KINDS.test(body) || OWN_PLAN.test(body) || body.length > 14 || body.length < 4 || lex.genericNames.has(nameKey(body))) return null;
  return { name: body, start: at + start, end: at + start + body.length };
}
