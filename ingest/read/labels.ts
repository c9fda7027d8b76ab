/**
 * Metadata field labels (ingest/data/metadata-labels.json), shared by the HTML reader (to keep
 * metadata blocks while dropping boilerplate) and the structure stage (to parse them).
 */
import { readFileSync } from 'node:fs';

export type MetadataField = 'indexNumber' | 'docNumber' | 'issuer' | 'publishedAt' | 'topic' | 'disclosure';

interface LabelsFile {
  version: string;
  source: string;
  fields: Record<MetadataField, string[]>;
  otherLabels: string[];
}

export const metadataLabels = JSON.parse(
  readFileSync(new URL('../data/metadata-labels.json', import.meta.url), 'utf8'),
) as LabelsFile;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** label → field; labels that only delimit other fields map to null */
export const labelToField = new Map<string, MetadataField | null>();
for (const [field, labels] of Object.entries(metadataLabels.fields) as [MetadataField, string[]][]) {
  for (const l of labels) labelToField.set(l, field);
}
for (const l of metadataLabels.otherLabels) if (!labelToField.has(l)) labelToField.set(l, null);

/** every label, longest first, as one alternation (for scanning lines) */
export const labelAlternation = [...labelToField.keys()]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|');

/** does a piece of text look like it carries a metadata field (索引号, 发布机构 …)? */
export const metadataLabelPattern = new RegExp(
  `(${Object.values(metadataLabels.fields).flat().filter((l) => l.length >= 3).map(escape).join('|')})`,
);
