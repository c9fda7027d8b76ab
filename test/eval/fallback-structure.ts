/**
 * THROWAWAY splitter for tests and evaluation only, used while ingest/structure is absent.
 * It is deliberately naive: lines, headings by numbering, sentences by 。；, modes by heading words.
 */
import { createHash } from 'node:crypto';
import type { DistrictRef, Section, Sentence, StructuredDocument } from '../../ingest/types.ts';

const HEADING = /^[\s\u3000]*(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d+[、.．](?!\d))/;
const REVIEW = /回顾|情况|成绩|过去/;
const PLAN = /安排|计划|目标|重点|任务|思路|工作/;

export function fallbackStructure(path: string, text: string): StructuredDocument {
  const sections: Section[] = [];
  const sentences: Sentence[] = [];
  const stack: number[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    const h = HEADING.exec(line);
    let bodyFrom = 0;
    if (h) {
      const mark = h[1];
      const level = mark.includes('部分') ? 0 : /^[一二三四五六七八九十]/.test(mark) ? 1 : /^[(（]/.test(mark) ? 2 : 3;
      const stop = line.search(/[。]/);
      const headEnd = line.length <= 40 || stop < 0 ? line.length : stop + 1;
      while (stack.length && sections[stack[stack.length - 1]].level >= level) stack.pop();
      const parent = stack.length ? stack[stack.length - 1] : -1;
      const heading = line.slice(0, headEnd);
      const mode = REVIEW.test(heading) ? 'review' : PLAN.test(heading) && level <= 1 ? 'plan' : parent >= 0 ? sections[parent].mode : 'neutral';
      sections.push({ heading, headingSpan: { start, end: start + headEnd }, level, parent, span: { start, end: text.length }, mode });
      stack.push(sections.length - 1);
      bodyFrom = line.length <= 40 ? line.length : 0;
    }
    const section = stack.length ? stack[stack.length - 1] : -1;
    const re = /[^。；;！？!?]+[。；;！？!?]?/g;
    const body = line.slice(bodyFrom);
    for (let m = re.exec(body); m; m = re.exec(body)) {
      if (!m[0].trim()) continue;
      const s = start + bodyFrom + m.index;
      sentences.push({ text: m[0], span: { start: s, end: s + m[0].length }, section, isListItem: !!h });
    }
  }
  const title = text.split('\n').find((l) => l.trim())?.trim() ?? '';
  const year = /(20\d\d)年/.exec(title) ?? /(20\d\d)/.exec(text);
  const districtName = /([\u4e00-\u9fa5]{2,6}?(?:街道|镇))/.exec(title.replace(/^(关于印发《|\d{4}年)/, ''))?.[1] ?? null;
  const district: DistrictRef | null = districtName
    ? { id: `district:${districtName}`, name: districtName, level: districtName.endsWith('镇') ? 'town' : 'subdistrict', aliases: districtName.endsWith('街道') ? [districtName.slice(0, -2)] : [], parent: null }
    : null;
  const glossary = [...text.matchAll(/^\d+、([^:：\n]{2,30})[:：]([^\n]+)$/gm)].filter((m) => m.index! > text.indexOf('名词解释') && text.includes('名词解释')).map((m) => ({
    term: m[1], termSpan: { start: m.index! + m[0].indexOf(m[1]), end: m.index! + m[0].indexOf(m[1]) + m[1].length },
    definition: m[2], definitionSpan: { start: m.index! + m[0].length - m[2].length, end: m.index! + m[0].length }, markSpans: [],
  }));
  const authorLine = /^([\u4e00-\u9fa5][ \u3000]?[\u4e00-\u9fa5](?:[ \u3000]?[\u4e00-\u9fa5])?)$/m.exec(text.slice(0, 400));
  return {
    decoded: { path, format: 'text', encoding: 'UTF-8', contentHash: createHash('sha256').update(text).digest('hex'), text, warnings: [] },
    metadata: {
      title, titleSpan: { start: text.indexOf(title), end: text.indexOf(title) + title.length }, indexNumber: null, docNumber: null,
      issuer: /发布机构[\s|:：]+([^\s|]+)/.exec(text)?.[1] ?? null, publishedAt: null, topic: null, disclosure: null,
      docType: /报告/.test(title) ? 'work-report' : /行动计划/.test(title) ? 'action-plan' : /计划/.test(title) ? 'work-plan' : 'other',
      period: null, year: year ? Number(year[1]) : null,
    },
    district, sections, sentences, glossary,
    authors: authorLine && !/报告|计划/.test(authorLine[1]) ? [{ name: authorLine[1].replace(/\s/g, ''), span: { start: authorLine.index, end: authorLine.index + authorLine[1].length } }] : [],
    warnings: [],
  };
}
