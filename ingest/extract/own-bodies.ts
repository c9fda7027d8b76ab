/**
 * A 街道's or 镇's own bodies written by their level alone (街道办事处, 办事处, 镇政府, 镇党委,
 * 街道党工委) or by its name and a short form (某某镇政府, 某某镇镇政府) in its own document are the
 * bodies the document names in full (某某街道办事处, 某某镇人民政府): one node, the short form an alias.
 */
import type { DistrictRef } from '../types.ts';
import type { DocumentGraph } from './graph.ts';

/** the short forms of the own bodies, by the suffix of their full names */
const SHORT_FORMS: [RegExp, string][] = [
  [/^(?:街道)?办事处$/, '办事处'],
  [/^[镇乡]?(?:人民)?政府$/, '人民政府'],
  [/^镇党委$/, '党委'],
  [/^街道党工委$/, '党工委'],
];

export function mergeOwnBodies(graph: DocumentGraph, own: DistrictRef | null): void {
  if (!own || (own.level !== 'subdistrict' && own.level !== 'town')) return;
  const bodies = [...graph.entities.values()].filter((e) => e.type === 'Organisation');
  for (const short of bodies) {
    // (某某镇政府: the short form after the district's own name)
    const rest = short.name.startsWith(own.name) ? short.name.slice(own.name.length) : short.name;
    if (rest === '人民政府') continue;
    const suffix = SHORT_FORMS.find(([form]) => form.test(rest))?.[1];
    if (!suffix) continue;
    const full = bodies.find((e) => e !== short && graph.entities.has(e.id) && [e.name, ...(e.aliases ?? [])].some((n) => n.endsWith(own.name + suffix)));
    if (full) graph.mergeInto(short.id, full.id);
  }
}
