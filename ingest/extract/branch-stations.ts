/**
 * Branches of a named network of stations (某某人才驿站·某某站, 苏河驿站·某某站, 某某服务中心·某某站): the
 * network's name, a middle dot and the branch's own name with 站 name one place, the branch. The
 * network stays a name of its own; a name read across the dot or on past 站 (服务中心·某某站,
 * 某某驿站·某某站试点) gives way to the branch.
 */
import type { NameHit } from './names.ts';

/** the branch after the network's name: a dot, one to four characters and 站 (not 站点, 站长) */
const BRANCH = /^·(\p{Script=Han}{1,4}?站)(?![点长内])/u;

export function branchStations(text: string, offset: number, names: NameHit[]): NameHit[] {
  const branches: { branch: NameHit; dot: number }[] = [];
  for (let at = text.indexOf('·'); at >= 0; at = text.indexOf('·', at + 1)) {
    const m = BRANCH.exec(text.slice(at, at + 7));
    const dot = offset + at;
    // the network: a name that ends at the dot, or one read across it
    const network = m ? names.filter((n) => n.start < dot && n.end >= dot).sort((a, b) => a.start - b.start)[0] : undefined;
    if (!m || !network) continue;
    const end = dot + 1 + m[1].length;
    branches.push({ branch: { type: 'Place', name: text.slice(network.start - offset, end - offset), start: network.start, end, kind: 'building', suffixLength: 1 }, dot });
  }
  if (!branches.length) return names;
  // a name that ends by the dot (the network) or starts after the branch is left; any other overlapping one gives way
  const givesWay = (n: NameHit) => branches.some(({ branch: b, dot }) => n.start < b.end && b.start < n.end && n.end > dot);
  return names.filter((n) => !givesWay(n)).concat(branches.map((b) => b.branch));
}
