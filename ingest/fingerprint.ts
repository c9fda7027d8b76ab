/**
 * A fingerprint of the extractor itself (its code and data files). Stored with each document so
 * that re-ingesting an unchanged file after the extractor improved replaces the old extraction
 * instead of skipping it.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const INGEST_DIR = path.dirname(fileURLToPath(import.meta.url));
let cached: string | null = null;

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : /\.(ts|json|mjs)$/.test(e.name) ? [path.join(dir, e.name)] : []))
    .sort();
}

export function extractorFingerprint(): string {
  if (cached) return cached;
  const hash = createHash('sha256');
  for (const file of sourceFiles(INGEST_DIR)) hash.update(path.relative(INGEST_DIR, file)).update(fs.readFileSync(file));
  cached = hash.digest('hex').slice(0, 16);
  return cached;
}
