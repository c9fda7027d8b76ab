/**
 * Groups a document sets up for the year (成立2025年重点工作推进领导小组, 成立某局2025年某某推进小组):
 * the year is part of the group's name, which the suffix scan, stopping at numbers, cannot read.
 */
import type { NameHit } from './names.ts';

const YEAR_GROUP = /(?:成立|组建|设立)((?:[\u4e00-\u9fa5]{2,12}?)?(?:19|20)\d{2}年(?:度)?[\u4e00-\u9fa5\d%]{2,24}?(?:领导小组|工作小组|推进小组|(?:工作|推进)?专班|指挥部))/g;

/** Offsets are absolute; the body named before the year keeps its own mention. */
export function yearNamedGroups(text: string, offset: number, names: NameHit[]): NameHit[] {
  if (!text.includes('年')) return [];
  const out: NameHit[] = [];
  YEAR_GROUP.lastIndex = 0;
  for (let m = YEAR_GROUP.exec(text); m; m = YEAR_GROUP.exec(text)) {
    const start = offset + m.index + m[0].length - m[1].length;
    const end = start + m[1].length;
    if (names.some((n) => n.start <= start && end <= n.end)) continue;
    out.push({ type: 'Organisation', name: m[1], start, end, suffixLength: 4 });
  }
  return out;
}
