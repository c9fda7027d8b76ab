/**
 * District-to-district similarity (pure): how many of their programmes are SIMILAR_TO each other,
 * which policies both take up, and how alike their theme profiles are.
 */

export interface DistrictProfile {
  id: string;
  name: string;
  programmes: number;
  /** policy id → { name, programmes implementing it } */
  policies: Map<string, { name: string; count: number }>;
  /** theme id → { name, programmes in it } */
  themes: Map<string, { name: string; count: number }>;
}

export interface ProgrammePairRow {
  /** programme of the district asked about */
  from: { id: string; name: string };
  /** programme of the other district */
  to: { id: string; name: string };
  otherDistrictId: string;
  score: number;
}

export interface DistrictSimilarity {
  id: string;
  name: string;
  score: number;
  reasons: string[];
  pairs: { from: string; to: string; score: number }[];
}

/** Programme evidence counts most: it is the researchers' question; policies and themes add context. */
export const DISTRICT_WEIGHTS = { programmes: 0.5, policies: 0.25, themes: 0.25 };

const round = (x: number) => Math.round(x * 100) / 100;

/**
 * The smaller district's programmes, each credited with its best match in the other district:
 * a district with 20 programmes, 8 of them matched at 0.7, scores 0.28. Measured on the smaller
 * side so that one long work report does not dilute a short plan's matches.
 */
function programmeOverlap(a: DistrictProfile, b: DistrictProfile, pairs: ProgrammePairRow[]): number {
  const bestA = new Map<string, number>();
  const bestB = new Map<string, number>();
  for (const p of pairs) {
    bestA.set(p.from.id, Math.max(bestA.get(p.from.id) ?? 0, p.score));
    bestB.set(p.to.id, Math.max(bestB.get(p.to.id) ?? 0, p.score));
  }
  const sum = (m: Map<string, number>) => [...m.values()].reduce((s, x) => s + x, 0);
  const fa = a.programmes ? sum(bestA) / a.programmes : 0;
  const fb = b.programmes ? sum(bestB) / b.programmes : 0;
  if (!a.programmes || !b.programmes) return 0;
  return Math.min(1, a.programmes <= b.programmes ? fa : fb);
}

function jaccard<T>(a: Set<T>, b: Set<T>): { value: number; shared: T[] } {
  const shared = [...a].filter((x) => b.has(x));
  const union = new Set([...a, ...b]).size;
  return { value: union ? shared.length / union : 0, shared };
}

function themeCosine(a: DistrictProfile, b: DistrictProfile): { value: number; top: string[] } {
  let dot = 0;
  let na = 0;
  let nb = 0;
  const shared: [string, number][] = [];
  for (const [id, x] of a.themes) {
    na += x.count ** 2;
    const y = b.themes.get(id);
    if (y) {
      dot += x.count * y.count;
      shared.push([x.name, x.count * y.count]);
    }
  }
  for (const y of b.themes.values()) nb += y.count ** 2;
  shared.sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : 1));
  return { value: dot ? dot / Math.sqrt(na * nb) : 0, top: shared.slice(0, 3).map(([n]) => n) };
}

export function scoreDistricts(target: DistrictProfile, others: DistrictProfile[], pairs: ProgrammePairRow[]): DistrictSimilarity[] {
  const results: DistrictSimilarity[] = [];
  for (const other of others) {
    if (other.id === target.id) continue;
    const own = pairs.filter((p) => p.otherDistrictId === other.id).sort((x, y) => y.score - x.score || (x.from.name < y.from.name ? -1 : 1));
    const programmes = programmeOverlap(target, other, own);
    const policies = jaccard(new Set(target.policies.keys()), new Set(other.policies.keys()));
    const themes = themeCosine(target, other);
    const score =
      DISTRICT_WEIGHTS.programmes * programmes + DISTRICT_WEIGHTS.policies * policies.value + DISTRICT_WEIGHTS.themes * themes.value;
    if (score <= 0) continue;
    const reasons: string[] = [];
    if (own.length) {
      const examples = own.slice(0, 3).map((p) => `${p.from.name} ~ ${p.to.name} (${round(p.score)})`);
      reasons.push(`${own.length} similar programme pair${own.length > 1 ? 's' : ''}, e.g. ${examples.join('; ')}`);
    }
    if (policies.shared.length) {
      const names = policies.shared.map((id) => target.policies.get(id)!.name).sort();
      reasons.push(`shared policies (${policies.shared.length}): ${names.slice(0, 6).join(', ')}${names.length > 6 ? ' …' : ''}`);
    }
    if (themes.value > 0) reasons.push(`theme profile alike (${round(themes.value)}): ${themes.top.join(', ')}`);
    results.push({
      id: other.id,
      name: other.name,
      score: Math.round(score * 1000) / 1000,
      reasons,
      pairs: own.map((p) => ({ from: p.from.id, to: p.to.id, score: p.score })),
    });
  }
  return results.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
}
