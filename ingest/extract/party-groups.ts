/**
 * A party group (党组) acting as a body: 局党组全年召开…, 区城管执法局党组认真落实…, 向区残联党组报送…
 * Written before a post only (局党组书记、局长某某) it names the post, not a body. Over the tuned labels the
 * group is labelled in 17 of the 22 clauses where it acts, and almost never where it only heads a title.
 */
import type { NameHit } from './names.ts';

/** what follows a group that only heads a post or names its cells (党组书记, 党组成员, 党组织) */
const POST_AFTER = /^(?:书记|副书记|成员|组长|副组长|织|纪检|办公室|[、，,。；;）)\s]|$)/;
/** the bureau's or committee's own group at the start of a clause (2024年，局党组团结带领…) */
const OWN_GROUP = /(?<=^|[，,。；;：:\s）)])(?:局|委)党组/g;

export function partyGroups(text: string, offset: number, names: NameHit[]): NameHit[] {
  if (!text.includes('党组')) return [];
  const out: NameHit[] = [];
  const acting = (end: number) => text.startsWith('党组', end) && !POST_AFTER.test(text.slice(end + 2, end + 5));
  for (const n of names) {
    if (n.type !== 'Organisation' || !acting(n.end - offset)) continue;
    out.push({ type: 'Organisation', name: `${n.name}党组`, start: n.start, end: n.end + 2, suffixLength: 2 });
  }
  OWN_GROUP.lastIndex = 0;
  for (let m = OWN_GROUP.exec(text); m; m = OWN_GROUP.exec(text)) {
    if (!acting(m.index + 1) || out.some((o) => o.end - offset === m!.index + 3)) continue;
    out.push({ type: 'Organisation', name: m[0], start: offset + m.index, end: offset + m.index + 3, suffixLength: 2 });
  }
  return out;
}
