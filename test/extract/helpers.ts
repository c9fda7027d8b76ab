/**
 * Test helpers: a StructuredDocument from plain text through the real structure stage.
 * Plain text needs no async decoding, so the DecodedDocument is built here synchronously
 * with the same normalisation readDocument applies to text files.
 */
import { createHash } from 'node:crypto';
import { normaliseText } from '../../ingest/read/index.ts';
import { structureDocument } from '../../ingest/structure/index.ts';
import { extract, RULES_ONLY } from '../../ingest/extract/index.ts';
import { nameKey } from '../../ingest/extract/normalise.ts';
import type { Extraction, StructuredDocument, TargetEntity } from '../../ingest/types.ts';

export function docFrom(text: string, path = 'test.txt'): StructuredDocument {
  const contentHash = createHash('sha256').update(text).digest('hex');
  return structureDocument({ path, format: 'text', encoding: 'UTF-8', contentHash, text: normaliseText(text), warnings: [] });
}

/** Normalised names of the entities of one label that the text mentions. */
export const names = (ex: Extraction, type: string) => ex.entities.filter((e) => e.type === type && e.mentions.length).map((e) => nameKey(e.name));

/**
 * A document read by the rules alone, without the confidence model. Rule tests read these, because
 * a one-line document is nothing like the documents the model was trained on
 * (test/extract/name-confidence.test.ts tests the model, and npm run eval measures both together).
 */
export const byRules = (doc: StructuredDocument) => extract(doc, undefined, RULES_ONLY);

/** A 镇 work plan made of the given lines under one heading, read by the rules alone. */
export const plan = (...lines: string[]) => byRules(docFrom(['华新镇2025年工作计划', '一、重点工作', ...lines].join('\n')));

/** The targets of an extraction. */
export const targetsOf = (ex: Extraction) => ex.entities.filter((e): e is TargetEntity => e.type === 'Target');

/** Its targets as value and unit (12600000人次, 95%). */
export const quantities = (ex: Extraction) => targetsOf(ex).map((t) => `${t.value}${t.unit}`);
