/** The label lists of ingest/data/structure-keywords.json, loaded once. */
import { readFileSync } from 'node:fs';
import type { DocType } from '../types.ts';

interface KeywordsFile {
  version: string;
  docTypes: { type: DocType; keywords: string[] }[];
  wrapperVerbs: string[];
  siteSuffixWords: string[];
  fiveYearPlans: Record<string, string>;
  sectionModes: { review: string[]; plan: string[] };
  glossaryHeadings: string[];
  annexHeadings: string[];
  authorStopWords: string[];
}

export const keywords = JSON.parse(
  readFileSync(new URL('../data/structure-keywords.json', import.meta.url), 'utf8'),
) as KeywordsFile;

/** The surnames extraction reads people by (names.json), so an author line and running text agree on who is a person. */
export const personNames = JSON.parse(readFileSync(new URL('../data/names.json', import.meta.url), 'utf8')) as { surnames: string; compoundSurnames: string[] };

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
