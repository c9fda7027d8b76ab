/**
 * Resolvers of the analyst root queries (analysis.graphql): search, policyUptake, compareDistricts.
 * They run the Cypher of queries.ts through the driver; the set logic of a comparison is plain JS.
 */
import { GraphQLError } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { readRecords, type ReadOptions } from './execution.ts';
import { COMPARE_DISTRICTS, POLICY_UPTAKE, SEARCH_FULLTEXT, SEARCH_SUBSTRING, SEARCHABLE_LABELS } from './queries.ts';

const MAX_SEARCH_TEXT = 200;
const MAX_COMPARED = 10;

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** Lucene's query syntax characters, escaped so that user text is always searched literally. */
export function escapeLucene(text: string): string {
  return text.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&').replace(/\b(AND|OR|NOT)\b/g, (w) => w.toLowerCase());
}

/** The sentence (or clause) around a mention, cut at sentence ends so a snippet never starts mid-sentence. */
export function snippetAround(window: string, windowStart: number, start: number, end: number): string {
  const from = start - windowStart;
  const to = end - windowStart;
  const before = window.slice(0, from);
  const cut = Math.max(before.lastIndexOf('。'), before.lastIndexOf('！'), before.lastIndexOf('？'), before.lastIndexOf('；'), before.lastIndexOf('\n'));
  const afterMatch = /[。！？；\n]/.exec(window.slice(to));
  const stop = afterMatch ? to + afterMatch.index + 1 : window.length;
  return window.slice(cut + 1, stop).trim();
}

interface Mention {
  docId: string;
  start: number;
  end: number;
  window: string;
  windowStart: number;
}

export async function search(driver: Driver, options: ReadOptions, args: { text: string; types?: string[] | null; limit?: number | null }) {
  const text = args.text.trim();
  if (text.length > MAX_SEARCH_TEXT) throw badInput(`search text is longer than ${MAX_SEARCH_TEXT} characters`);
  if (!text) return [];
  const limit = Math.max(1, args.limit ?? 20);
  const labels = args.types?.length ? args.types : [...SEARCHABLE_LABELS];
  // Type filtering happens after the index lookup, so ask the index for more candidates than needed.
  const candidates = Math.min(1000, limit * (args.types?.length ? 10 : 3));
  const singleChar = [...text].length < 2;
  const rows = await readRecords(
    driver,
    singleChar ? SEARCH_SUBSTRING : SEARCH_FULLTEXT,
    { text, query: escapeLucene(text), labels, limit, candidates },
    options,
  );
  return rows.map(({ mention, stated, ...hit }) => {
    const m = mention as Mention | null;
    const s = stated as { docId: string; sentence: string } | null;
    const passage = m?.window ? snippetAround(m.window, m.windowStart, m.start, m.end) : '';
    // A relationship's sentence says what the entity does; the mention passage is the fallback.
    if (s?.sentence) return { ...hit, snippet: s.sentence, docId: s.docId };
    return { ...hit, snippet: passage || null, docId: passage ? m!.docId : null };
  });
}

export async function policyUptake(driver: Driver, options: ReadOptions, args: { policy: string }) {
  const rows = await readRecords(driver, POLICY_UPTAKE, { policy: args.policy }, options);
  return rows[0] ?? null;
}

interface Ref {
  id: string;
  name: string;
  type?: string;
  level?: string | null;
}
interface ProgrammeRow extends Ref {
  status?: string | null;
  year?: number | null;
}
interface ProfileRow {
  district: Ref;
  policies: Ref[];
  themes: Ref[];
  programmes: ProgrammeRow[];
  pairs: { a: string; b: string; score: number; reasons: string[] }[];
}

/** Entities taken up by two or more of the districts, each with which ones. */
function shared(profiles: ProfileRow[], pick: (p: ProfileRow) => Ref[]) {
  const byId = new Map<string, { entity: Ref; districts: Ref[] }>();
  for (const p of profiles) {
    for (const e of pick(p)) {
      const entry = byId.get(e.id) ?? { entity: e, districts: [] };
      entry.districts.push(p.district);
      byId.set(e.id, entry);
    }
  }
  return [...byId.values()].filter((e) => e.districts.length > 1).sort((a, b) => b.districts.length - a.districts.length || a.entity.name.localeCompare(b.entity.name));
}

export async function compareDistricts(driver: Driver, options: ReadOptions, args: { ids: string[] }) {
  const ids = [...new Set(args.ids)];
  if (ids.length < 2 || ids.length > MAX_COMPARED) throw badInput(`compareDistricts takes 2 to ${MAX_COMPARED} distinct district ids`);
  const profiles = (await readRecords(driver, COMPARE_DISTRICTS, { ids }, options)) as unknown as ProfileRow[];
  const programmes = new Map<string, ProgrammeRow>();
  const districtsOf = new Map<string, Ref[]>();
  for (const p of profiles) {
    for (const prog of p.programmes) {
      programmes.set(prog.id, prog);
      districtsOf.set(prog.id, [...(districtsOf.get(prog.id) ?? []), p.district]);
    }
  }
  const programmeRef = (id: string) => ({ ...programmes.get(id)!, districts: districtsOf.get(id) ?? [] });

  // Each pair shows up once from each side (and twice more if SIMILAR_TO is stored both ways): keep the best.
  const pairs = new Map<string, { a: string; b: string; score: number; reasons: string[] }>();
  const paired = new Set<string>();
  for (const p of profiles) {
    for (const pair of p.pairs) {
      const [a, b] = pair.a < pair.b ? [pair.a, pair.b] : [pair.b, pair.a];
      const key = `${a}|${b}`;
      if ((pairs.get(key)?.score ?? -1) < pair.score) pairs.set(key, { ...pair, a, b });
      paired.add(a).add(b);
    }
  }
  const sharedPolicies = shared(profiles, (p) => p.policies);
  const sharedThemes = shared(profiles, (p) => p.themes);
  const sharedIds = new Set([...sharedPolicies, ...sharedThemes].map((s) => s.entity.id));
  return {
    districts: profiles.map((p) => ({
      district: p.district,
      programmeCount: p.programmes.length,
      uniquePolicies: p.policies.filter((e) => !sharedIds.has(e.id)),
      uniqueThemes: p.themes.filter((e) => !sharedIds.has(e.id)),
      uniqueProgrammes: p.programmes.filter((prog) => !paired.has(prog.id) && (districtsOf.get(prog.id)?.length ?? 0) < 2).map((prog) => programmeRef(prog.id)),
    })),
    sharedPolicies,
    sharedThemes,
    similarProgrammes: [...pairs.values()]
      .sort((x, y) => y.score - x.score)
      .map((pair) => ({ a: programmeRef(pair.a), b: programmeRef(pair.b), score: Math.min(1, Math.max(0, pair.score)), reasons: pair.reasons })),
  };
}
