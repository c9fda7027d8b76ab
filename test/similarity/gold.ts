/**
 * The gold groups of test/fixtures/similarity-groups.json, mapped onto extracted Programme nodes,
 * and the metrics of stored SIMILAR_TO edges against them. Pure: the eval feeds it graph rows.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface GoldFile {
  groups: { id: string; label: string; items: { district: string; texts: string[] }[] }[];
}

export interface NodeRow {
  id: string;
  name: string;
  aliases: string[];
  /** district names and aliases (and ids) of the programme's districts */
  districtKeys: string[];
  /** where the extractor found it: offsets into the document text */
  mentions?: { docId: string; start: number; end: number }[];
}

export interface MappedItem {
  group: string;
  district: string;
  text: string;
  nodeId: string | null;
}

export function loadGold(file = path.resolve('test/fixtures/similarity-groups.json')): GoldFile {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as GoldFile;
}

/** NFKC, no quotes, brackets or whitespace: documents and extractors differ on exactly these. */
export function matchKey(text: string): string {
  return text.normalize('NFKC').replace(/[\s“”"'‘’《》「」()（）【】]/g, '');
}

function bigrams(s: string): Set<string> {
  const chars = [...s];
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i] + chars[i + 1]);
  return out;
}

export function dice(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (!x.size || !y.size) return a === b ? 1 : 0;
  let shared = 0;
  for (const g of x) if (y.has(g)) shared++;
  return (2 * shared) / (x.size + y.size);
}

/** Start offsets of every occurrence of `text` in `doc`. */
function occurrences(doc: string, text: string): number[] {
  const out: number[] = [];
  for (let at = doc.indexOf(text); at >= 0; at = doc.indexOf(text, at + 1)) out.push(at);
  return out;
}

/**
 * Rule 3: the extractor may rename what it found (既有多层住宅加装电梯 → 既有住宅加装电梯); a
 * node whose mention span covers at least half of an occurrence of the text (or the text covers
 * half of the mention) is that programme. Largest overlap wins.
 */
function mapBySpan(text: string, candidates: NodeRow[], documents: Map<string, string>): string | null {
  let best: { id: string; overlap: number } | null = null;
  for (const n of candidates)
    for (const m of n.mentions ?? []) {
      const doc = documents.get(m.docId);
      if (!doc) continue;
      for (const start of occurrences(doc, text)) {
        const overlap = Math.min(start + text.length, m.end) - Math.max(start, m.start);
        if (overlap <= 0 || overlap < 0.5 * Math.min(text.length, m.end - m.start)) continue;
        if (!best || overlap > best.overlap || (overlap === best.overlap && n.id < best.id)) best = { id: n.id, overlap };
      }
    }
  return best?.id ?? null;
}

/**
 * Rule 1: equal name or alias. Rule 2: a name or alias containing the text, or contained in it
 * with at least 4 characters; highest bigram Dice wins, ties to the shorter name, then the id.
 * Rule 3 (mapBySpan) only when 1 and 2 find nothing.
 */
export function mapText(text: string, candidates: NodeRow[], documents: Map<string, string> = new Map()): string | null {
  const key = matchKey(text);
  const names = (n: NodeRow) => [n.name, ...n.aliases].map(matchKey).filter(Boolean);
  const exact = candidates.filter((n) => names(n).includes(key)).sort((a, b) => (a.id < b.id ? -1 : 1));
  if (exact.length) return exact[0].id;
  let best: { id: string; score: number; length: number } | null = null;
  for (const n of candidates)
    for (const name of names(n)) {
      const contains = name.includes(key) || ([...name].length >= 4 && key.includes(name));
      if (!contains) continue;
      const score = dice(name, key);
      const better = !best || score > best.score || (score === best.score && (name.length < best.length || (name.length === best.length && n.id < best.id)));
      if (better) best = { id: n.id, score, length: name.length };
    }
  return best?.id ?? mapBySpan(text, candidates, documents);
}

export function mapGold(gold: GoldFile, nodes: NodeRow[], documents: Map<string, string> = new Map()): MappedItem[] {
  const out: MappedItem[] = [];
  for (const g of gold.groups)
    for (const item of g.items) {
      const candidates = nodes.filter((n) => n.districtKeys.includes(item.district));
      for (const text of item.texts) out.push({ group: g.id, district: item.district, text, nodeId: mapText(text, candidates, documents) });
    }
  return out;
}

export interface Edge {
  a: string;
  b: string;
  score: number;
}

export interface Metrics {
  precisionAt5: number;
  recall: number;
  judged: number;
  correct: number;
  goldPairs: number;
  foundPairs: number;
  nodesWithoutNeighbours: string[];
  wrong: { from: string; to: string; score: number }[];
  missed: { a: string; b: string; group: string }[];
  /** end to end: pairs of districts in a group joined by an edge between their items, unextracted items included */
  districtPairs: number;
  foundDistrictPairs: number;
}

/**
 * precision@5: over mapped gold nodes, their five best SIMILAR_TO neighbours (micro-averaged);
 * a neighbour is right when it is a mapped node of a group the node belongs to, wrong otherwise
 * (unlabelled programmes included). recall: cross-district pairs of one group's mapped nodes that
 * have an edge (any direction).
 */
export function evaluate(mapped: MappedItem[], districtOf: Map<string, string[]>, edges: Edge[]): Metrics {
  const groupsOf = new Map<string, Set<string>>();
  for (const m of mapped) if (m.nodeId) groupsOf.set(m.nodeId, (groupsOf.get(m.nodeId) ?? new Set()).add(m.group));
  const neighbours = new Map<string, { id: string; score: number }[]>();
  const edgeSet = new Set<string>();
  for (const e of edges) {
    edgeSet.add(`${e.a}|${e.b}`).add(`${e.b}|${e.a}`);
    for (const [x, y] of [[e.a, e.b], [e.b, e.a]]) neighbours.set(x, [...(neighbours.get(x) ?? []), { id: y, score: e.score }]);
  }
  let judged = 0;
  let correct = 0;
  const nodesWithoutNeighbours: string[] = [];
  const wrong: Metrics['wrong'] = [];
  for (const [node, groups] of groupsOf) {
    const top = (neighbours.get(node) ?? []).sort((p, q) => q.score - p.score || (p.id < q.id ? -1 : 1)).slice(0, 5);
    if (!top.length) nodesWithoutNeighbours.push(node);
    for (const n of top) {
      judged++;
      const shared = [...(groupsOf.get(n.id) ?? [])].some((g) => groups.has(g));
      if (shared) correct++;
      else wrong.push({ from: node, to: n.id, score: n.score });
    }
  }
  const missed: Metrics['missed'] = [];
  let goldPairs = 0;
  const seen = new Set<string>();
  const nodesByGroup = new Map<string, string[]>();
  for (const [node, groups] of groupsOf) for (const g of groups) nodesByGroup.set(g, [...(nodesByGroup.get(g) ?? []), node]);
  for (const [group, nodes] of nodesByGroup)
    for (const a of nodes)
      for (const b of nodes) {
        if (a >= b || seen.has(`${a}|${b}`)) continue;
        const da = districtOf.get(a) ?? [];
        if ((districtOf.get(b) ?? []).some((d) => da.includes(d))) continue;
        seen.add(`${a}|${b}`);
        goldPairs++;
        if (!edgeSet.has(`${a}|${b}`)) missed.push({ a, b, group });
      }
  const { districtPairs, foundDistrictPairs } = districtPairRecall(mapped, edgeSet);
  return {
    districtPairs,
    foundDistrictPairs,
    precisionAt5: judged ? correct / judged : 0,
    recall: goldPairs ? (goldPairs - missed.length) / goldPairs : 0,
    judged,
    correct,
    goldPairs,
    foundPairs: goldPairs - missed.length,
    nodesWithoutNeighbours,
    wrong,
    missed,
  };
}

/**
 * The researcher's question, end to end: for each group, every pair of districts with an item in it
 * counts, and is found when some SIMILAR_TO edge joins a node of one district's items to a node of
 * the other's. A district whose programme was never extracted makes its pairs missed.
 */
function districtPairRecall(mapped: MappedItem[], edgeSet: Set<string>): { districtPairs: number; foundDistrictPairs: number } {
  let districtPairs = 0;
  let foundDistrictPairs = 0;
  for (const group of new Set(mapped.map((m) => m.group))) {
    const nodesOf = new Map<string, string[]>();
    for (const m of mapped.filter((x) => x.group === group)) {
      const nodes = nodesOf.get(m.district) ?? [];
      if (m.nodeId) nodes.push(m.nodeId);
      nodesOf.set(m.district, nodes);
    }
    const districts = [...nodesOf.keys()];
    for (let i = 0; i < districts.length; i++)
      for (let j = i + 1; j < districts.length; j++) {
        districtPairs++;
        const joined = nodesOf.get(districts[i])!.some((a) => nodesOf.get(districts[j])!.some((b) => edgeSet.has(`${a}|${b}`)));
        if (joined) foundDistrictPairs++;
      }
  }
  return { districtPairs, foundDistrictPairs };
}
