/**
 * The district a document is about, through the gazetteer: the title first (its most specific
 * unit: 普陀区万里街道 → 万里街道), then the issuer, then the unit the body names most often.
 * A title that only names a 区 gives way to an issuer inside that 区 (not to the body: a
 * 区-level document names its 街镇 often).
 */
import { ancestors, findDistrictMentions, resolveDistrict } from '../gazetteer/index.ts';
import type { DistrictLevel, DistrictRef } from '../types.ts';

const DEPTH: Record<DistrictLevel, number> = { city: 0, district: 1, subdistrict: 2, town: 2, province: 0, prefecture: 1, county: 2 };
/** the body must name a unit this often before it counts as the document's district */
const MIN_BODY_MENTIONS = 2;

function mostSpecific(text: string): DistrictRef | null {
  let best: DistrictRef | null = null;
  for (const { ref } of findDistrictMentions(text)) if (!best || DEPTH[ref.level] > DEPTH[best.level]) best = ref;
  return best;
}

function mostFrequent(text: string): DistrictRef | null {
  const counts = new Map<string, { ref: DistrictRef; n: number }>();
  for (const { ref } of findDistrictMentions(text)) {
    const c = counts.get(ref.id) ?? { ref, n: 0 };
    c.n++;
    counts.set(ref.id, c);
  }
  const ranked = [...counts.values()]
    .filter((c) => c.n >= MIN_BODY_MENTIONS && c.ref.level !== 'city')
    .sort((a, b) => b.n - a.n || DEPTH[b.ref.level] - DEPTH[a.ref.level]);
  return ranked[0]?.ref ?? null;
}

const isInside = (inner: DistrictRef, outer: DistrictRef) => ancestors(inner.id).some((a) => a.id === outer.id);

export function documentDistrict(title: string, issuer: string | null, body: string): DistrictRef | null {
  const fromTitle = mostSpecific(title);
  const fromIssuer = issuer ? (resolveDistrict(issuer) ?? mostSpecific(issuer)) : null;
  if (fromTitle && DEPTH[fromTitle.level] >= 2) return fromTitle;
  if (fromTitle) return fromIssuer && isInside(fromIssuer, fromTitle) ? fromIssuer : fromTitle;
  const fromBody = mostFrequent(body);
  if (fromIssuer && DEPTH[fromIssuer.level] >= 2) return fromIssuer;
  if (fromBody && fromIssuer && isInside(fromBody, fromIssuer)) return fromBody;
  return fromIssuer ?? fromBody;
}
