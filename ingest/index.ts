/** ingest/: documents in, typed entities and relations out. Pure: no database here. */
import path from 'node:path';
import { readDocument } from './read/index.ts';
import { structureDocument } from './structure/index.ts';
import { extract, segment } from './extract/index.ts';
import { completeDistrictChains } from './district-chains.ts';
import { extractorFingerprint } from './fingerprint.ts';
import type { Extraction } from './types.ts';

export * from './types.ts';
export { readDocument, structureDocument, extract };
export { createExtractionPool, EXTRACTION_BATCH, SEMI_SPACE_MB, type ExtractionPool } from './pool.ts';
export { allDistricts, resolveDistrict } from './gazetteer/index.ts';

/** file → decode → structure → extract. The absolute path identifies the source across runs. */
export async function extractFile(file: string, bytes?: Buffer): Promise<Extraction> {
  const decoded = await readDocument(path.resolve(file), bytes);
  return finish(extract(structureDocument(decoded)), decoded.text);
}

function finish(extraction: Extraction, text: string): Extraction {
  const complete = completeDistrictChains(extraction);
  complete.document.text ??= text;
  complete.document.extractor = extractorFingerprint();
  return complete;
}

/**
 * extractFile for several files, each settled on its own: a file that fails is its Error
 * (naming the file) and the others go on. All documents are segmented first, then analysed:
 * jieba's ~250 MB trie stays in the CPU cache for the run of cuts instead of being evicted by
 * the analysis between them, which saves ~15% CPU per document (scratch A/B in the #3 note).
 */
export async function extractFiles(files: string[]): Promise<(Extraction | Error)[]> {
  const structured = await Promise.all(
    files.map(async (file) => {
      try {
        return structureDocument(await readDocument(path.resolve(file)));
      } catch (err) {
        return asError(err);
      }
    }),
  );
  const tokens = structured.map((doc) => (doc instanceof Error ? null : segment(doc.decoded.text)));
  return structured.map((doc, k) => {
    if (doc instanceof Error) return doc;
    try {
      return finish(extract(doc, tokens[k]!), doc.decoded.text);
    } catch (err) {
      return asError(err);
    }
  });
}

const asError = (err: unknown) => (err instanceof Error ? err : new Error(String(err)));
