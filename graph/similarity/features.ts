/** What similarity knows about one programme, read from the graph (input) and prepared for scoring (features). */
import { clauseAround, nameGrams, normaliseText, variantsUsed, wordTokens } from './text.ts';

export interface Labelled {
  id: string;
  name: string;
}

/** One programme as stored: its names, who runs it, what it implements, where it is talked about. */
export interface ProgrammeInput {
  id: string;
  name: string;
  aliases: string[];
  /** ids of the districts that run it (RUNS), or of the documents' districts when no RUNS exists */
  districtIds: string[];
  /** the sentences of its relationships (RUNS, IMPLEMENTS, IN_THEME, HAS_TARGET …) */
  sentences: string[];
  definition?: string | null;
  /** programme kinds the extractor recognised (垃圾分类, 加装电梯): the same kind of work by definition */
  kinds?: string[];
  policies: Labelled[];
  themes: (Labelled & { nameEn?: string | null })[];
  targets: { unit: string; metric: string }[];
}

export interface NameVariant {
  text: string;
  grams: string[];
}

export interface ProgrammeFeatures {
  id: string;
  name: string;
  districtIds: string[];
  /** the name and up to MAX_ALIASES aliases, each with its bigrams */
  names: NameVariant[];
  /** normalised names, joined: what policy names are looked up in */
  nameKey: string;
  /** normalised names of its policies */
  policyKeys: string[];
  /** normalised policy names (its own, or any in the corpus) that are part of its name (“一网统管”平台 → 一网统管) */
  namePolicyKeys: string[];
  /** variant → canonical rewrites found in the names, for readable reasons */
  rewrites: { variant: string; canonical: string }[];
  /** term frequencies of the clauses that mention the programme */
  context: Map<string, number>;
  definition: Map<string, number>;
  kinds: string[];
  policies: Labelled[];
  themes: (Labelled & { nameEn?: string | null })[];
  units: string[];
  metrics: NameVariant[];
}

/** Aliases beyond a handful add cost, not evidence. */
const MAX_ALIASES = 4;
const MAX_SENTENCES = 6;

function termFrequencies(texts: string[]): Map<string, number> {
  const tf = new Map<string, number>();
  for (const text of texts) for (const token of wordTokens(normaliseText(text))) tf.set(token, (tf.get(token) ?? 0) + 1);
  return tf;
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const compact = (text: string) => normaliseText(text).replace(/\s/g, '');

export function buildFeatures(input: ProgrammeInput): ProgrammeFeatures {
  const nameTexts = uniqueBy([input.name, ...input.aliases.slice(0, MAX_ALIASES)].filter((n) => n && n.trim()), (n) => n);
  const nameKey = nameTexts.map(compact).join('|');
  const names = nameTexts.map((text) => ({ text, grams: nameGrams(text) })).filter((n) => n.grams.length > 0);
  const sentences = [...new Set(input.sentences.filter(Boolean))].slice(0, MAX_SENTENCES);
  const clauses = sentences.map((s) => clauseAround(s, nameTexts));
  const targets = input.targets.filter((t) => t.unit || t.metric);
  return {
    id: input.id,
    name: input.name,
    districtIds: [...new Set(input.districtIds)].sort(),
    names: names.length ? names : [{ text: input.name, grams: [] }],
    nameKey,
    policyKeys: input.policies.map((p) => compact(p.name)).filter((key) => key.length >= 2),
    namePolicyKeys: input.policies.map((p) => compact(p.name)).filter((key) => key.length >= 2 && nameKey.includes(key)),
    rewrites: uniqueBy(nameTexts.flatMap(variantsUsed), (r) => r.variant),
    context: termFrequencies(clauses),
    definition: termFrequencies(input.definition ? [input.definition] : []),
    kinds: [...new Set(input.kinds ?? [])].sort(),
    policies: uniqueBy(input.policies, (p) => p.id),
    themes: uniqueBy(input.themes, (t) => t.id),
    units: [...new Set(targets.map((t) => t.unit).filter(Boolean))],
    metrics: uniqueBy(
      targets.filter((t) => t.metric).map((t) => ({ text: t.metric, grams: nameGrams(t.metric) })),
      (m) => m.text,
    ).filter((m) => m.grams.length > 0),
  };
}

/** Programmes of different districts only: a district's own programmes are not "similar programmes elsewhere". */
export function differentDistricts(a: ProgrammeFeatures, b: ProgrammeFeatures): boolean {
  if (a.id === b.id) return false;
  if (!a.districtIds.length || !b.districtIds.length) return false;
  return !a.districtIds.some((d) => b.districtIds.includes(d));
}
