/**
 * One document often names a quoted programme in full once and shorter elsewhere: “某某”企业服务品牌
 * and “某某”品牌, “某某”养老服务提升行动 and “某某”养老服务. The shorter form is an alias of the one
 * longer form whose kind words contain it, so the programme is one node, not two.
 */
import type { DocumentGraph } from './graph.ts';

const QUOTED = /^“([^“”]+)”(.*)$/;
/** what a longer form adds that makes it a programme of its own: a phase or an edition (某某平台二期) */
const OWN_PROGRAMME_PART = /[期届]/;

export function mergeQuotedVariants(graph: DocumentGraph): void {
  const byQuote = new Map<string, { id: string; tail: string }[]>();
  for (const e of graph.entities.values()) {
    if (e.type !== 'Programme') continue;
    const m = QUOTED.exec(e.name);
    if (!m) continue;
    const group = byQuote.get(m[1]) ?? [];
    group.push({ id: e.id, tail: m[2] });
    byQuote.set(m[1], group);
  }
  for (const group of byQuote.values()) {
    if (group.length < 2) continue;
    group.sort((a, b) => a.tail.length - b.tail.length);
    for (const short of group) {
      const longer = group.filter((g) => g.tail.length > short.tail.length && containsAtEdge(g.tail, short.tail) && !OWN_PROGRAMME_PART.test(extraPart(g.tail, short.tail)));
      // the longest of them, when the others are shorter forms of it too
      const longest = longer[longer.length - 1];
      if (!longest || !longer.every((g) => containsAtEdge(longest.tail, g.tail))) continue;
      if (!graph.entities.has(longest.id) || !graph.entities.has(short.id)) continue;
      graph.mergeInto(short.id, longest.id);
    }
  }
}

const containsAtEdge = (long: string, short: string) => long.startsWith(short) || long.endsWith(short);
const extraPart = (long: string, short: string) => (long.startsWith(short) ? long.slice(short.length) : long.slice(0, long.length - short.length));
