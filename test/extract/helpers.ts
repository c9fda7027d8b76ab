/**
 * Test helpers: a StructuredDocument from plain text through the real structure stage.
 * Plain text needs no async decoding, so the DecodedDocument is built here synchronously
 * with the same normalisation readDocument applies to text files.
 */
import { createHash } from 'node:crypto';
import { normaliseText } from '../../ingest/read/index.ts';
import { structureDocument } from '../../ingest/structure/index.ts';
import type { StructuredDocument } from '../../ingest/types.ts';

export function docFrom(text: string, path = 'test.txt'): StructuredDocument {
  const contentHash = createHash('sha256').update(text).digest('hex');
  return structureDocument({ path, format: 'text', encoding: 'UTF-8', contentHash, text: normaliseText(text), warnings: [] });
}
