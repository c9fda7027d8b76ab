/**
 * Stage 2, structure: a decoded document → metadata, district, outline with section modes,
 * sentences and list items, glossary, authors. Pure and offset-exact: every span indexes
 * `decoded.text`.
 */
import type { DecodedDocument, DocumentMetadata, StructuredDocument } from '../types.ts';
import { findAuthors } from './authors.ts';
import { documentDistrict } from './district.ts';
import { findGlossary } from './glossary.ts';
import { splitLines } from './lines.ts';
import { scanMetadata } from './metadata.ts';
import { assignModes, neutralise } from './modes.ts';
import { buildSections, findHeadings } from './outline.ts';
import { splitSentences } from './sentences.ts';
import { findTitle } from './title.ts';

export { parseDate } from './metadata.ts';
export { docTypeOf, periodOf } from './title.ts';
export { sectionAt } from './outline.ts';

/** how far into a document its head (title, metadata, author) may reach */
const MAX_HEAD_LINES = 60;
/** metadata is also looked for in the last lines (some pages put 发布日期 at the bottom) */
const TAIL_LINES = 10;

export function structureDocument(decoded: DecodedDocument): StructuredDocument {
  const { text } = decoded;
  const warnings: string[] = [];
  const lines = splitLines(text);

  const glossary = findGlossary(lines, text);
  const glossaryHeading =
    glossary?.headingLine != null
      ? [{ line: glossary.headingLine, rank: 0, level: 1, heading: lines[glossary.headingLine].text, headingSpan: { start: lines[glossary.headingLine].trimStart, end: lines[glossary.headingLine].trimStart + lines[glossary.headingLine].text.length } }]
      : [];
  const headings = findHeadings(lines, glossary?.entryLines ?? new Set(), glossaryHeading);

  // the head: lines before the first heading, capped
  const firstHeadingLine = headings[0]?.line ?? lines.length;
  const headEnd = Math.min(firstHeadingLine, MAX_HEAD_LINES);
  const head = lines.slice(0, headEnd);
  const tail = lines.slice(Math.max(headEnd, lines.length - TAIL_LINES));
  const meta = scanMetadata([...head, ...tail]);
  const title = findTitle(head, meta.metaLines, decoded.path, meta.fields.publishedAt);

  const sections = buildSections(headings, text.length);
  const referenceYear = meta.fields.publishedAt ? Number(meta.fields.publishedAt.slice(0, 4)) : title.year;
  assignModes(sections, title.docType, referenceYear);
  if (glossary?.headingLine != null) {
    neutralise(sections, [headings.findIndex((h) => h.line === glossary.headingLine)]);
  }

  const metadata: DocumentMetadata = { ...meta.fields, ...title };
  if (Object.values(meta.fields).every((v) => v === null)) {
    warnings.push('no recognisable metadata (no 索引号/发布机构/发布时间 … fields found)');
  }
  if (!title.titleSpan) warnings.push('no title line found; using the file name');

  const district = documentDistrict(title.title, meta.fields.issuer, text);
  if (!district) warnings.push('district not resolved through the gazetteer');

  const titleLine = title.titleSpan ? lines.find((l) => l.trimStart === title.titleSpan!.start)?.index ?? null : null;
  const sentences = splitSentences(lines, text, sections, meta.metaLines);
  return {
    decoded,
    metadata,
    district,
    sections,
    sentences,
    glossary: glossary?.entries ?? [],
    authors: findAuthors(head.filter((l) => !meta.metaLines.has(l.index)), titleLine),
    warnings: [...decoded.warnings, ...warnings],
  };
}
