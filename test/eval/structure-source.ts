/** The real structure stage when it exists, else the throwaway fallback (tests and eval only). */
import type { StructuredDocument } from '../../ingest/types.ts';
import { fallbackStructure } from './fallback-structure.ts';

type Real = { readDocument(path: string, bytes?: Uint8Array): Promise<unknown>; structureDocument(d: unknown): StructuredDocument };
async function tryImport(parts: string[]): Promise<Record<string, unknown> | null> {
  try {
    return (await import(parts.join('/'))) as Record<string, unknown>;
  } catch {
    return null;
  }
}
const readMod = await tryImport(['..', '..', 'ingest', 'read', 'index.ts']);
const structMod = await tryImport(['..', '..', 'ingest', 'structure', 'index.ts']);
export const usingFallback = !(readMod?.readDocument && structMod?.structureDocument);

export async function structuredFromFile(path: string, text: string): Promise<StructuredDocument> {
  if (usingFallback) return fallbackStructure(path, text);
  const real = { ...readMod, ...structMod } as unknown as Real;
  return real.structureDocument(await real.readDocument(path));
}
