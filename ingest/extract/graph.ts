/**
 * Collects entities and relations of one document: one entity per id (mentions and aliases
 * merged), one relation per (type, from, to) with its evidence spans merged.
 */
import type { Entity, EntityType, Relation, RelationType, Span } from '../types.ts';
import { cleanName, idPart } from './normalise.ts';

type Extra = Record<string, unknown>;

export class DocumentGraph {
  readonly entities = new Map<string, Entity>();
  readonly relations = new Map<string, Relation>();
  private readonly seen = new Set<string>();

  constructor(readonly text: string) {}

  /** Add (or merge into) an entity; returns its id. */
  entity(type: EntityType, id: string, name: string, span: Span | null, extra: Extra = {}): string {
    let e = this.entities.get(id);
    const surface = cleanName(name);
    if (!e) {
      e = { id, type, name: surface, mentions: [], ...extra } as Entity;
      this.entities.set(id, e);
    } else {
      for (const [k, v] of Object.entries(extra)) if ((e as unknown as Extra)[k] === undefined) (e as unknown as Extra)[k] = v;
    }
    if (surface !== e.name && !e.aliases?.includes(surface)) e.aliases = [...(e.aliases ?? []), surface];
    if (span) {
      const key = `${id}|${span.start}|${span.end}`;
      if (!this.seen.has(key)) {
        this.seen.add(key);
        e.mentions.push({ start: span.start, end: span.end });
      }
    }
    return id;
  }

  relation(type: RelationType, from: string, to: string, evidence: Span | null, extra: Partial<Relation> = {}): void {
    if (from === to) return;
    const key = `${type}|${from}|${to}`;
    let r = this.relations.get(key);
    if (!r) {
      r = { type, from, to, evidence: [], ...extra };
      this.relations.set(key, r);
    }
    if (evidence && !r.evidence.some((s) => s.start === evidence.start && s.end === evidence.end)) r.evidence.push({ start: evidence.start, end: evidence.end });
  }

  /** The sentence stored on a relation is the first one that gave evidence for it (binary search). */
  sentenceOf(span: Span, sentences: { span: Span; text: string }[]): string | undefined {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = sentences[mid].span;
      if (s.end <= span.start) lo = mid + 1;
      else if (s.start > span.start) hi = mid - 1;
      else return span.end <= s.end ? sentences[mid].text : undefined;
    }
    return undefined;
  }
}

/** Id helpers: ids come from the normalised canonical name, scoped where names are not unique. */
export const ids = {
  programme: (districtKey: string, name: string) => `programme:${districtKey}:${idPart(name)}`,
  policy: (name: string) => `policy:${idPart(name)}`,
  org: (name: string, scope?: string) => (scope ? `org:${scope}:${idPart(name)}` : `org:${idPart(name)}`),
  place: (name: string, scope?: string) => (scope ? `place:${scope}:${idPart(name)}` : `place:${idPart(name)}`),
  person: (name: string) => `person:${idPart(name)}`,
  theme: (id: string) => `theme:${id}`,
  target: (docId: string, n: number) => `target:${docId}:${n}`,
};

/** `district:江川路街道` → `江川路街道`: the scope part of programme and local ids. */
export const districtKey = (id: string | null | undefined) => (id ? id.replace(/^district:/, '') : 'unknown');
