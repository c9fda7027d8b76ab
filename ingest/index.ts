/** ingest/: documents in, typed entities and relations out. Pure: no database here. */
export * from './types.ts';
export async function extractFile(_path: string): Promise<import('./types.ts').Extraction> {
  throw new Error('TEMPORARY');
}
