/**
 * Collects entities and relations of one document: one entity per id (mentions and aliases
 * merged), one relation per (type, from, to) with its evidence spans merged.
 */
import type { Entity, EntityType, Relation, RelationType, Span } from '../types.ts';
import { cleanName, idPart } from './normalise.ts';

type Extra = Record<string, unknown>;

/** A span as one number (documents are far shorter than 2^26 characters): cheaper to hash than a string. */
const spanKey = (start: number, end: number) => start * 67108864 + end;

export class DocumentGraph {
  readonly entities = new Map<string, Entity>();
  /** in the order first seen */
  readonly relations: Relation[] = [];
  /** the mention spans of each entity, by id */
  private readonly seen = new Map<string, Set<number>>();
  /** relations by from, then to, then type: ids are hashed once each, not concatenated per call */
  private readonly byEnds = new Map<string, Map<string, Map<RelationType, Relation>>>();

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
      let spans = this.seen.get(id);
      if (!spans) this.seen.set(id, (spans = new Set()));
      const key = spanKey(span.start, span.end);
      if (!spans.has(key)) {
        spans.add(key);
        e.mentions.push({ start: span.start, end: span.end });
      }
    }
    return id;
  }

  relation(type: RelationType, from: string, to: string, evidence: Span | null, extra: Partial<Relation> = {}): void {
    if (from === to) return;
    let byTo = this.byEnds.get(from);
    if (!byTo) this.byEnds.set(from, (byTo = new Map()));
    let byType = byTo.get(to);
    if (!byType) byTo.set(to, (byType = new Map()));
    let r = byType.get(type);
    if (!r) {
      r = { type, from, to, evidence: [], ...extra };
      byType.set(type, r);
      this.relations.push(r);
    }
    if (evidence && !r.evidence.some((s) => s.start === evidence.start && s.end === evidence.end)) r.evidence.push({ start: evidence.start, end: evidence.end });
  }

  /**
   * Merge entity `fromId` into `intoId`: its names become aliases, its mentions and relations move.
   * With `misread`, its name was a misreading of the other's (a character cut off): the name is
   * dropped and each mention becomes the span `misread` gives.
   */
  mergeInto(fromId: string, intoId: string, misread?: (mention: Span) => Span): void {
    const from = this.entities.get(fromId);
    const into = this.entities.get(intoId);
    if (!from || !into || fromId === intoId) return;
    if (!misread) for (const name of [from.name, ...(from.aliases ?? [])]) if (name !== into.name && !into.aliases?.includes(name)) into.aliases = [...(into.aliases ?? []), name];
    for (const m of from.mentions) this.entity(into.type, intoId, into.name, misread ? misread(m) : m);
    into.mentions.sort((a, b) => a.start - b.start);
    this.entities.delete(fromId);
    this.seen.delete(fromId);
    for (const { type, from: f, to: t, evidence, ...extra } of this.detachRelations(new Set([fromId]))) {
      const [a, b] = [f === fromId ? intoId : f, t === fromId ? intoId : t];
      if (!evidence.length) this.relation(type, a, b, null, extra);
      for (const span of evidence) this.relation(type, a, b, misread && from.mentions.some((m) => m.start === span.start && m.end === span.end) ? misread(span) : span, extra);
    }
  }

  /** Removes entities with every relation that starts or ends at one of them. */
  remove(ids: ReadonlySet<string>): void {
    for (const id of ids) {
      this.entities.delete(id);
      this.seen.delete(id);
    }
    this.detachRelations(ids);
  }

  /** Takes out every relation at one of the ids (and its index entries); returns them. */
  private detachRelations(ids: ReadonlySet<string>): Relation[] {
    const detached = this.relations.filter((r) => ids.has(r.from) || ids.has(r.to));
    if (!detached.length) return detached;
    const kept = this.relations.filter((r) => !ids.has(r.from) && !ids.has(r.to));
    this.relations.length = 0;
    this.relations.push(...kept);
    for (const id of ids) this.byEnds.delete(id);
    for (const byTo of this.byEnds.values()) for (const id of ids) byTo.delete(id);
    return detached;
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
