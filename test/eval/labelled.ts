/** The hand-labelled documents of test/fixtures/labelled, read and structured as ingest reads them. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDocument } from '../../ingest/read/index.ts';
import { structureDocument } from '../../ingest/structure/index.ts';
import type { StructuredDocument } from '../../ingest/types.ts';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const LABELLED_DIR = join(ROOT, 'test/fixtures/labelled');
export const LABELS = ['District', 'Programme', 'Policy', 'Place', 'Organisation', 'Person'] as const;

export type Gold = Record<(typeof LABELS)[number], (string | string[])[]> & { text: string; Target: { value: number; unit: string }[] };
export interface Labelled { name: string; gold: Gold; doc: StructuredDocument }

/** Fixture names (without .json), sorted; `only` keeps those starting with one of its prefixes. */
export function labelledNames(only?: string[]): string[] {
  return readdirSync(LABELLED_DIR)
    .filter((n) => n.endsWith('.json') && (!only || only.some((prefix) => n.startsWith(prefix))))
    .map((n) => n.replace(/\.json$/, ''))
    .sort();
}

export async function readLabelled(name: string): Promise<Labelled> {
  const gold = JSON.parse(readFileSync(join(LABELLED_DIR, `${name}.json`), 'utf8')) as Gold;
  return { name, gold, doc: structureDocument(await readDocument(join(ROOT, gold.text))) };
}

/** The documents never used to tune extraction (held-out.txt lists them without their year). */
export function heldOutNames(): Set<string> {
  const lines = readFileSync(join(LABELLED_DIR, 'held-out.txt'), 'utf8').split('\n');
  return new Set(lines.map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));
}
export const isHeldOut = (name: string, heldOut: Set<string>) => heldOut.has(name) || heldOut.has(name.replace(/_20\d\d$/, ''));
