/** Test helpers: a StructuredDocument from plain text via the throwaway splitter. */
import { fallbackStructure } from '../eval/fallback-structure.ts';
import type { StructuredDocument } from '../../ingest/types.ts';

export function docFrom(text: string, path = 'test.txt'): StructuredDocument {
  return fallbackStructure(path, text);
}
