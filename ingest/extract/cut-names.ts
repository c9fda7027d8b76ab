/**
 * jieba sometimes glues a name's first character to the word before it (对联/n 星村, 带动/v 向荣村 →
 * 动向/n 荣村), so a sentence alone reads a shorter name. When the same document names the place in
 * full elsewhere and every mention of the short form is that full name with its first characters
 * cut off, the short form was a misreading: its mentions are the full name's.
 */
import type { DocumentGraph } from './graph.ts';

/** at most this many characters cut off the front */
const MAX_CUT = 2;
const MERGED_TYPES = new Set(['Place', 'Organisation']);

export function restoreCutNames(graph: DocumentGraph): void {
  const byName = idsByName(graph, true);
  for (const short of [...graph.entities.values()]) {
    if (!MERGED_TYPES.has(short.type) || !short.mentions.length || short.aliases?.length) continue;
    let target: { id: string; cut: number } | undefined;
    for (const m of short.mentions) {
      const full = fullNameBefore(graph, short.type, m.start, m.end, byName, short.id);
      if (!full || (target && (full.id !== target.id || full.cut !== target.cut))) {
        target = undefined;
        break;
      }
      target = full;
    }
    if (!target) continue;
    const cut = target.cut;
    graph.mergeInto(short.id, target.id, (m) => ({ start: m.start - cut, end: m.end }));
  }
}

function fullNameBefore(graph: DocumentGraph, type: string, start: number, end: number, byName: Map<string, string>, self: string) {
  for (let cut = 1; cut <= MAX_CUT && cut <= start; cut++) {
    const id = byName.get(`${type}|${graph.text.slice(start - cut, end)}`);
    if (id && id !== self && graph.entities.has(id)) return { id, cut };
  }
  return undefined;
}

/** a conjunction at a name's start (和, 与, 及), which jieba often glues to the name after it */
export const GLUED_JOINER = /^[和与及]/;

/**
 * "…建设和场/x 中路商业街": a conjunction jieba glued to the next name's first character starts no
 * name. When the same document names the place without it, the joined form is that place.
 */
export function dropGluedJoiners(graph: DocumentGraph): void {
  const byName = idsByName(graph, false);
  for (const joined of [...graph.entities.values()]) {
    if (!MERGED_TYPES.has(joined.type) || !GLUED_JOINER.test(joined.name) || joined.name.length < 4) continue;
    const own = byName.get(`${joined.type}|${joined.name.slice(1)}`);
    if (own && own !== joined.id && graph.entities.has(own)) graph.mergeInto(joined.id, own, (m) => ({ start: m.start + 1, end: m.end }));
  }
}

/** The ids of the places and bodies by "type|name" (and by their aliases too, with `aliases`). */
function idsByName(graph: DocumentGraph, aliases: boolean): Map<string, string> {
  const byName = new Map<string, string>();
  for (const e of graph.entities.values()) {
    if (!MERGED_TYPES.has(e.type)) continue;
    for (const n of aliases ? [e.name, ...(e.aliases ?? [])] : [e.name]) byName.set(`${e.type}|${n}`, e.id);
  }
  return byName;
}
