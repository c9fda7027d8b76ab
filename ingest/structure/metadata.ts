/**
 * The 政府信息公开 metadata block, in whatever layout the page export produced:
 * colon lines with several fields (`索引号: X 发布机构:`), `|` tables (`索引号 | X |`, or
 * `索引号 | 发布机构 | 张江镇 | |` where a label directly follows a label = empty value),
 * bullet lists (`• 发布日期: 2021-01-21`), space-separated (`信息来源: 淞南镇 发布时间 2021-01-21`)
 * a bare date before a label (`2021年02月26日 来源: 上海普陀`) and a label alone on its line with
 * the value on the next (a web table exported one cell per line).
 * Labels come from ingest/data/metadata-labels.json; a value runs to the next label.
 */
import { labelToField, metadataLabels, type MetadataField } from '../read/labels.ts';
import type { Line } from './lines.ts';

export interface MetadataFields {
  indexNumber: string | null;
  docNumber: string | null;
  issuer: string | null;
  publishedAt: string | null;
  topic: string | null;
  disclosure: string | null;
}

export interface MetadataScan {
  fields: MetadataFields;
  /** lines that are metadata, not title or body */
  metaLines: Set<number>;
}

const spaced = (label: string) => [...label.replace(/\s+/g, '')].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*');
const labels = [...labelToField.keys()].sort((a, b) => b.length - a.length);
// a label starts a line or follows a separator; "资金来源" in running text is not a label
const LABEL_RE = new RegExp(`(?<=^|[\\s|•·●▪■◆*:])(${labels.map(spaced).join('|')})(\\s*[:|]\\s*|\\s+|$)`, 'g');
const SHORT_LABEL = 3;

const DATE_RE = /(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})\s*日?/;
const DOC_NUMBER_RE = /^[\u4e00-\u9fff]{1,15}\s*[〔[(【]\s*\d{4}\s*[〕\])】]\s*(第\s*)?\d+\s*号$/;

/** 2023年01月04日, 2023-1-4, 2023/01/04 → 2023-01-04 (null when not a real date) */
export function parseDate(s: string): string | null {
  const m = DATE_RE.exec(s);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1949 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function fieldOfLabel(raw: string): { field: MetadataField | null; label: string } {
  const label = raw.replace(/\s+/g, '');
  const direct = labelToField.get(label);
  if (direct !== undefined) return { field: direct, label };
  for (const [l, f] of labelToField) if (l.replace(/\s+/g, '') === label) return { field: f, label: l };
  return { field: null, label };
}

const cleanValue = (v: string) => v.replace(/^[\s|:•·]+|[\s|:•·]+$/g, '').replace(/\s*\|\s*$/, '').trim();

/** Scans the given lines (the head of the document, plus its tail) for metadata fields. */
export function scanMetadata(lines: Line[]): MetadataScan {
  const candidates = new Map<MetadataField, { rank: number; value: string }[]>();
  const metaLines = new Set<number>();
  const offer = (field: MetadataField, rank: number, value: string) => {
    if (!candidates.has(field)) candidates.set(field, []);
    candidates.get(field)!.push({ rank, value });
  };
  /** a labelled value, ranked by the label's place in the data file's list for its field */
  const offerLabelled = (field: MetadataField, label: string, value: string) => {
    const rank = metadataLabels.fields[field].indexOf(label);
    if (field === 'publishedAt') {
      const date = parseDate(value);
      if (date) offer('publishedAt', rank, date);
    } else if (value) offer(field, rank, field === 'docNumber' ? value.replace(/\s+/g, '') : value);
  };
  // a label alone on its line takes the next line as its value (a web table exported one cell per line)
  let pending: { field: MetadataField; label: string } | null = null;
  for (const line of lines) {
    const s = line.text;
    if (!s || s.length > 300) continue;
    const alone = fieldOfLabel(s.trim());
    if (alone.field && labelToField.has(alone.label)) {
      pending = { field: alone.field, label: alone.label };
      metaLines.add(line.index);
      continue;
    }
    if (pending) {
      offerLabelled(pending.field, pending.label, cleanValue(s));
      pending = null;
      metaLines.add(line.index);
      continue;
    }
    const hits = [...s.matchAll(LABEL_RE)].map((m) => ({ ...fieldOfLabel(m[1]), at: m.index!, end: m.index! + m[0].length, sep: m[2] }));
    const strong = hits.some((h) => /[:|]/.test(h.sep) || h.label.length >= 4);
    const accepted = hits.filter((h) => /[:|]/.test(h.sep) || (strong && h.label.length >= SHORT_LABEL));
    if (!accepted.length) {
      if (DOC_NUMBER_RE.test(s)) offer('docNumber', 99, s.replace(/\s+/g, ''));
      continue;
    }
    metaLines.add(line.index);
    const before = s.slice(0, accepted[0].at);
    const dateBefore = parseDate(before);
    if (dateBefore) offer('publishedAt', 98, dateBefore);
    accepted.forEach((h, i) => {
      if (h.field) offerLabelled(h.field, h.label, cleanValue(s.slice(h.end, i + 1 < accepted.length ? accepted[i + 1].at : s.length)));
    });
  }
  const pick = (f: MetadataField) => candidates.get(f)?.sort((a, b) => a.rank - b.rank)[0]?.value ?? null;
  return {
    fields: {
      indexNumber: pick('indexNumber'),
      docNumber: pick('docNumber'),
      issuer: pick('issuer'),
      publishedAt: pick('publishedAt'),
      topic: pick('topic'),
      disclosure: pick('disclosure'),
    },
    metaLines,
  };
}
