/**
 * Text → comparable units. Names and sentences are normalised (width, quotes, counts), planning
 * variants are rewritten to one canonical term (synonyms.json), then segmented with nodejieba;
 * boilerplate (stopwords.json) is dropped. Two views come out: character bigrams of the content
 * runs (robust to jieba splitting new words such as 加梯 into single characters) and word tokens.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nodejieba from 'nodejieba';

const HERE = path.dirname(fileURLToPath(import.meta.url));

interface StopwordFile {
  boilerplateVerbs: string[];
  degreeAdverbs: string[];
  kindWords: string[];
  functionWords: string[];
}
interface SynonymFile {
  terms: Record<string, string[]>;
}

function readJson<T>(name: string): T {
  return JSON.parse(fs.readFileSync(path.join(HERE, name), 'utf8')) as T;
}

interface Vocabulary {
  stopwords: Set<string>;
  canonicalOf: Map<string, string>;
  variantRegex: RegExp;
}

let vocabulary: Vocabulary | null = null;

function loadVocabulary(): Vocabulary {
  if (vocabulary) return vocabulary;
  const stop = readJson<StopwordFile>('stopwords.json');
  const syn = readJson<SynonymFile>('synonyms.json');
  const canonicalOf = new Map<string, string>();
  for (const [canonical, variants] of Object.entries(syn.terms)) {
    // The canonical form maps to itself so that, longest first, it wins over its own abbreviations.
    canonicalOf.set(canonical, canonical);
    for (const v of variants) canonicalOf.set(v, canonical);
  }
  const escaped = [...canonicalOf.keys()].sort((a, b) => b.length - a.length).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  vocabulary = {
    stopwords: new Set([...stop.boilerplateVerbs, ...stop.degreeAdverbs, ...stop.kindWords, ...stop.functionWords]),
    canonicalOf,
    variantRegex: new RegExp(escaped.join('|'), 'g'),
  };
  return vocabulary;
}

const QUOTES = /[“”"'‘’《》〈〉「」『』【】]/g;
/** Counts and years say how much, not what: "5个小区", "2023年度", "第十六届", "(2022-2025)". */
const COUNTS = /第?[0-9.]+(?:\s*[-—~～至]\s*[0-9.]+)?\s*(?:万|千|百|亿)?\s*(?:个|家|处|条|幢|栋|台|套|组|名|户|所|座|间|张|项|类|批|届|期|年度|年|月|日|号|平方米|平米|公里|米|吨|人次|人|余)?/g;
const CJK_ORDINAL = /第[一二三四五六七八九十百]+(?:届|次|期|轮|批)/g;
const PUNCT = /^[\s\p{P}\p{S}]+$/u;

/** Width-folded, quote-free, count-free text with planning variants rewritten to canonical terms. */
export function normaliseText(text: string): string {
  const { canonicalOf, variantRegex } = loadVocabulary();
  return text
    .normalize('NFKC')
    .replace(QUOTES, '')
    .replace(variantRegex, (m) => canonicalOf.get(m) ?? m)
    .replace(CJK_ORDINAL, ' ')
    .replace(COUNTS, (m) => (/[0-9]/.test(m) ? ' ' : m));
}

/** The canonical terms (synonyms.json) a text mentions through a variant, e.g. 加梯 → 加装电梯. */
export function variantsUsed(text: string): { variant: string; canonical: string }[] {
  const { canonicalOf, variantRegex } = loadVocabulary();
  const found = new Map<string, string>();
  for (const m of text.normalize('NFKC').replace(QUOTES, '').matchAll(variantRegex)) {
    const canonical = canonicalOf.get(m[0]);
    if (canonical && canonical !== m[0]) found.set(m[0], canonical);
  }
  return [...found].map(([variant, canonical]) => ({ variant, canonical }));
}

export function isStopword(word: string): boolean {
  return loadVocabulary().stopwords.has(word);
}

/** Maximal runs of consecutive content tokens (jieba words); a stop word or punctuation ends a run. */
export function contentRuns(normalised: string): string[][] {
  const runs: string[][] = [];
  let current: string[] = [];
  for (const token of nodejieba.cut(normalised, true)) {
    const word = token.trim();
    if (!word || PUNCT.test(word) || isStopword(word)) {
      if (current.length) runs.push(current);
      current = [];
    } else current.push(word);
  }
  if (current.length) runs.push(current);
  return runs;
}

/**
 * Character bigrams inside each run. A bigram across the junction of two dictionary words
 * (住宅|加装 → 宅加) is dropped: it belongs to neither word and only dilutes the overlap. Across a
 * single character it is kept, because that is how jieba leaves new words (加|梯, 混|接).
 */
export function charBigrams(runs: string[][]): string[] {
  const grams = new Set<string>();
  for (const run of runs) {
    const chars: string[] = [];
    const token: number[] = [];
    const tokenLength: number[] = [];
    run.forEach((word, t) => {
      for (const ch of word) {
        chars.push(ch);
        token.push(t);
      }
      tokenLength.push([...word].length);
    });
    if (chars.length === 1) grams.add(chars[0]);
    for (let i = 0; i + 1 < chars.length; i++) {
      const junction = token[i] !== token[i + 1];
      if (junction && tokenLength[token[i]] > 1 && tokenLength[token[i + 1]] > 1) continue;
      grams.add(chars[i] + chars[i + 1]);
    }
  }
  return [...grams];
}

/** Word tokens of two characters or more (search mode adds the parts of long words). */
export function wordTokens(normalised: string): string[] {
  const out: string[] = [];
  for (const token of nodejieba.cutForSearch(normalised, true)) {
    const word = token.trim();
    if ([...word].length < 2 || PUNCT.test(word) || isStopword(word) || /^[0-9.%]+$/.test(word)) continue;
    out.push(word);
  }
  return out;
}

/** Bigrams of a name, ready for weighted overlap. */
export function nameGrams(name: string): string[] {
  return charBigrams(contentRuns(normaliseText(name)));
}

/**
 * The part of a sentence that speaks about one programme: the clauses (split at ；。！？ and
 * line breaks) that contain its name, or the whole sentence when the name is not found verbatim.
 * Long list sentences otherwise lend every programme in them the same context.
 */
export function clauseAround(sentence: string, names: string[]): string {
  const clauses = sentence.split(/[；;。！？!?\n]/).filter((c) => c.trim());
  const keys = names.map((n) => n.replace(QUOTES, '')).filter((n) => n.length >= 2);
  const hits = clauses.filter((c) => {
    const plain = c.replace(QUOTES, '');
    return keys.some((k) => plain.includes(k));
  });
  return (hits.length ? hits : clauses).join('；').slice(0, 400);
}
