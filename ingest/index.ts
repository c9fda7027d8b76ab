/** ingest/: documents in, typed entities and relations out. Pure: no database here. */
import path from 'node:path';
import { readDocument } from './read/index.ts';
import { structureDocument } from './structure/index.ts';
import { extract } from './extract/index.ts';
import { completeDistrictChains } from './district-chains.ts';
import { extractorFingerprint } from './fingerprint.ts';
import type { Extraction } from './types.ts';

export * from './types.ts';
export { readDocument, structureDocument, extract };
export { createExtractionPool, type ExtractionPool } from './pool.ts';
export { allDistricts, resolveDistrict } from './gazetteer/index.ts';

/** file → decode → structure → extract. The absolute path identifies the source across runs. */
export async function extractFile(file: string, bytes?: Buffer): Promise<Extraction> {
  const decoded = await readDocument(path.resolve(file), bytes);
  const extraction = completeDistrictChains(extract(structureDocument(decoded)));
  extraction.document.text ??= decoded.text;
  extraction.document.extractor = extractorFingerprint();
  return extraction;
}
