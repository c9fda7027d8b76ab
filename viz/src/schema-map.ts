/**
 * What the viewer knows of api/typeDefs.graphql: per label, its root query field, the scalar
 * fields worth showing, and its relationship fields. Queries are built from this table so that
 * expanding any kind of node is one generic request.
 */
export const LABELS = ['District', 'Programme', 'Policy', 'Theme', 'Place', 'Organisation', 'Person', 'Target', 'Document'] as const;
export type Label = (typeof LABELS)[number];

export interface RelField {
  field: string;
  target: Label;
  rel: string;
  /** OUT: this node is the relationship's start */
  dir: 'OUT' | 'IN';
  props: 'Provenance' | 'Similarity';
}

interface LabelInfo {
  root: string;
  /** scalars fetched whenever the node is drawn */
  summary: string[];
  /** extra scalars fetched for the side panel */
  detail: string[];
  rels: RelField[];
}

const r = (field: string, target: Label, rel: string, dir: 'OUT' | 'IN', props: RelField['props'] = 'Provenance'): RelField => ({ field, target, rel, dir, props });

export const SCHEMA: Record<Label, LabelInfo> = {
  District: {
    root: 'districts',
    summary: ['level', 'aliases'],
    detail: [],
    rels: [
      r('parents', 'District', 'PART_OF', 'OUT'), r('children', 'District', 'PART_OF', 'IN'),
      r('programmes', 'Programme', 'RUNS', 'OUT'), r('targets', 'Target', 'SETS', 'OUT'),
      r('places', 'Place', 'IN', 'IN'), r('organisations', 'Organisation', 'PART_OF', 'IN'),
      r('documents', 'Document', 'COVERS', 'IN'),
    ],
  },
  Programme: {
    root: 'programmes',
    summary: ['status', 'year', 'aliases'],
    detail: ['definition'],
    rels: [
      r('districts', 'District', 'RUNS', 'IN'), r('policies', 'Policy', 'IMPLEMENTS', 'OUT'),
      r('themes', 'Theme', 'IN_THEME', 'OUT'), r('places', 'Place', 'LOCATED_AT', 'OUT'),
      r('organisations', 'Organisation', 'INVOLVES', 'OUT'), r('targets', 'Target', 'HAS_TARGET', 'OUT'),
      // one SIMILAR_TO per pair, stored in either direction: both are the programme's similar ones
      r('similarTo', 'Programme', 'SIMILAR_TO', 'OUT', 'Similarity'), r('similarFrom', 'Programme', 'SIMILAR_TO', 'IN', 'Similarity'),
      r('mentionedIn', 'Document', 'MENTIONED_IN', 'OUT'),
    ],
  },
  Policy: {
    root: 'policies',
    summary: ['aliases'],
    detail: ['definition'],
    rels: [r('programmes', 'Programme', 'IMPLEMENTS', 'IN'), r('mentionedIn', 'Document', 'MENTIONED_IN', 'OUT')],
  },
  Theme: {
    root: 'themes',
    summary: ['nameEn'],
    detail: ['aliases'],
    rels: [r('programmes', 'Programme', 'IN_THEME', 'IN')],
  },
  Place: {
    root: 'places',
    summary: ['kind'],
    detail: ['aliases'],
    rels: [
      r('districts', 'District', 'IN', 'OUT'), r('programmes', 'Programme', 'LOCATED_AT', 'IN'),
      r('mentionedIn', 'Document', 'MENTIONED_IN', 'OUT'),
    ],
  },
  Organisation: {
    root: 'organisations',
    summary: ['kind'],
    detail: ['aliases', 'definition'],
    rels: [
      r('parentDistricts', 'District', 'PART_OF', 'OUT'), r('parentOrganisations', 'Organisation', 'PART_OF', 'OUT'),
      r('programmes', 'Programme', 'INVOLVES', 'IN'), r('people', 'Person', 'HOLDS', 'IN'),
      r('mentionedIn', 'Document', 'MENTIONED_IN', 'OUT'),
    ],
  },
  Person: {
    root: 'people',
    summary: ['titles'],
    detail: ['aliases'],
    rels: [
      r('organisations', 'Organisation', 'HOLDS', 'OUT'), r('authored', 'Document', 'AUTHORED', 'OUT'),
      r('mentionedIn', 'Document', 'MENTIONED_IN', 'OUT'),
    ],
  },
  Target: {
    root: 'targets',
    summary: ['value', 'unit', 'metric', 'comparator', 'kind', 'year', 'raw'],
    detail: [],
    rels: [
      r('programmes', 'Programme', 'HAS_TARGET', 'IN'), r('districts', 'District', 'SETS', 'IN'),
      r('mentionedIn', 'Document', 'MENTIONED_IN', 'OUT'),
    ],
  },
  Document: {
    root: 'documents',
    summary: ['title', 'publishedAt', 'docType'],
    detail: ['issuer', 'docNumber', 'indexNumber', 'period'],
    rels: [
      r('covers', 'District', 'COVERS', 'OUT'), r('issuedByDistrict', 'District', 'ISSUED_BY', 'OUT'),
      r('issuedByOrganisation', 'Organisation', 'ISSUED_BY', 'OUT'), r('authors', 'Person', 'AUTHORED', 'IN'),
      r('programmes', 'Programme', 'MENTIONED_IN', 'IN'), r('policies', 'Policy', 'MENTIONED_IN', 'IN'),
      r('places', 'Place', 'MENTIONED_IN', 'IN'), r('organisations', 'Organisation', 'MENTIONED_IN', 'IN'),
      r('people', 'Person', 'MENTIONED_IN', 'IN'), r('targets', 'Target', 'MENTIONED_IN', 'IN'),
    ],
  },
};

/** Ids are `label:…` (ingest/types.ts); the prefix tells the label when a search result lacks it. */
export function labelOfId(id: string): Label | undefined {
  const prefix = id.split(':')[0].toLowerCase();
  return LABELS.find((l) => l.toLowerCase() === prefix || (prefix === 'doc' && l === 'Document'));
}

/** The fields selected for a drawn node of this label; programmes carry their districts (for filters and captions) and themes. */
export function summarySelection(label: Label): string {
  const extra = label === 'Programme' ? ' districts { id name } themes { id }' : '';
  return ['id', 'name', ...SCHEMA[label].summary].join(' ') + extra;
}

export function propsSelection(props: RelField['props']): string {
  return props === 'Similarity' ? 'score reasons' : 'docId sentence spanStarts spanEnds role title status year';
}
