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
  surnames: string;
  compoundSurnames: string[];
}

export const keywords = JSON.parse(
  readFileSync(new URL('../data/structure-keywords.json', import.meta.url), 'utf8'),
) as KeywordsFile;

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
