/**
 * The extraction contract of DESIGN.md (`kg extract FILE --json`).
 * Offsets are JavaScript string indices into `DecodedDocument.text`.
 */

export const ENTITY_TYPES = [
  'District', // 区/街道/镇
  'Document',
  'Programme', // 项目/行动/工程/品牌/平台/机制/活动
  'Policy', // 上级政策/框架, 《》
  'Theme', // 政策领域
  'Place', // 小区/路/河/公园/广场/村…
  'Organisation', // 机关/单位/企业/协会/领导小组
  'Person',
  'Target', // 指标/目标/成果
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const RELATION_TYPES = [
  'PART_OF',
  'ISSUED_BY',
  'COVERS',
  'RUNS',
  'IMPLEMENTS',
  'IN_THEME',
  'LOCATED_AT',
  'INVOLVES',
  'HAS_TARGET',
  'SETS',
  'IN',
  'HOLDS',
  'AUTHORED',
  'SIMILAR_TO',
  'MENTIONED_IN',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export interface Span {
  start: number;
  end: number;
}

/** Shanghai's levels, and those of the units elsewhere in China that its documents name */
export type DistrictLevel = 'city' | 'district' | 'subdistrict' | 'town' | 'province' | 'prefecture' | 'county';
export type DocType = 'work-plan' | 'work-report' | 'action-plan' | 'notice' | 'other';
export type ProgrammeStatus = 'planned' | 'ongoing' | 'completed';
export type TargetKind = 'target' | 'result';
export type Comparator = '>=' | '<=' | '=' | '~' | '>' | '<';

export interface DocumentInfo {
  id: string;
  title: string;
  /** id of the District the document covers */
  district: string | null;
  docType: DocType;
  /** ISO date yyyy-mm-dd */
  publishedAt: string | null;
  issuer: string | null;
  docNumber: string | null;
  indexNumber: string | null;
  period: string | null;
  /** sha256 of the raw file bytes */
  contentHash: string;
  /** fingerprint of the extractor's code and data that produced this extraction */
  extractor?: string;
  sourcePath?: string;
  text?: string;
}

interface EntityBase {
  /** stable across documents for the same real entity, e.g. `district:潍坊新村街道` */
  id: string;
  type: EntityType;
  name: string;
  aliases?: string[];
  mentions: Span[];
}

export interface DistrictEntity extends EntityBase {
  type: 'District';
  level: DistrictLevel;
}
export interface ProgrammeEntity extends EntityBase {
  type: 'Programme';
  status?: ProgrammeStatus;
  year?: number;
  /** text of a glossary (名词解释) definition, if the document gives one */
  definition?: string;
  /** the programme kinds (data/programme-kinds.json) it belongs to, by Chinese name: 垃圾分类 */
  kinds?: string[];
}
export interface PersonEntity extends EntityBase {
  type: 'Person';
  titles?: string[];
}
export interface TargetEntity extends EntityBase {
  type: 'Target';
  value: number;
  unit: string;
  metric: string;
  comparator: Comparator;
  kind: TargetKind;
  year?: number;
  /** the number as written, e.g. "7.8亿元" */
  raw: string;
}
export interface ThemeEntity extends EntityBase {
  type: 'Theme';
  nameEn: string;
}
export interface OtherEntity extends EntityBase {
  type: 'Policy' | 'Place' | 'Organisation' | 'Document';
  definition?: string;
  kind?: string;
}

export type Entity =
  | DistrictEntity
  | ProgrammeEntity
  | PersonEntity
  | TargetEntity
  | ThemeEntity
  | OtherEntity;

export interface Relation {
  type: RelationType;
  from: string;
  to: string;
  evidence: Span[];
  /** the sentence or list item that carries the evidence */
  sentence?: string;
  /** INVOLVES role, HOLDS title */
  role?: string;
  title?: string;
  status?: ProgrammeStatus;
  year?: number;
}

export interface Extraction {
  document: DocumentInfo;
  entities: Entity[];
  relations: Relation[];
  warnings: string[];
}

/* ---------- intermediate stages: decode → structure → extract ---------- */

export type SourceFormat = 'text' | 'html' | 'pdf' | 'docx';

/** A file turned into text. `text` is what every offset indexes. */
export interface DecodedDocument {
  path: string;
  format: SourceFormat;
  /** detected encoding, e.g. 'UTF-8', 'GB18030' */
  encoding: string;
  /** sha256 hex of the raw bytes */
  contentHash: string;
  /** decoded text; normalisation is length-preserving so offsets into it stay valid */
  text: string;
  warnings: string[];
}

export type SectionMode = 'review' | 'plan' | 'neutral';

export interface Section {
  heading: string;
  headingSpan: Span;
  /** 1 = 第一部分 / 一、, 2 = (一), 3 = 1. / 1、, 4 = (1) */
  level: number;
  /** index of the enclosing section, or -1 */
  parent: number;
  /** whole section including sub-sections */
  span: Span;
  /** reviews past work (results) or plans ahead (targets); inherited from parents when unclear */
  mode: SectionMode;
}

export interface Sentence {
  text: string;
  span: Span;
  /** index into sections of the innermost section, or -1 */
  section: number;
  isListItem: boolean;
}

export interface GlossaryEntry {
  term: string;
  termSpan: Span;
  definition: string;
  definitionSpan: Span;
  /** footnote mark such as ① used in the body */
  mark?: string;
  /** where the mark (or the term) is used in the body */
  markSpans: Span[];
}

export interface DocumentMetadata {
  title: string;
  titleSpan: Span | null;
  indexNumber: string | null; // 索引号
  docNumber: string | null; // 文件编号/发文字号
  issuer: string | null; // 发布机构/机构名称/信息来源
  publishedAt: string | null; // 发布时间/发文日期/发布日期 as yyyy-mm-dd
  topic: string | null; // 主题分类
  disclosure: string | null; // 公开类别
  docType: DocType;
  period: string | null; // "2022-2025"
  year: number | null; // the year the document is about
}

/** A reference into the gazetteer (data/gazetteer). */
export interface DistrictRef {
  id: string;
  name: string;
  level: DistrictLevel;
  aliases: string[];
  /** id of the parent unit, null for the city */
  parent: string | null;
}

export interface StructuredDocument {
  decoded: DecodedDocument;
  metadata: DocumentMetadata;
  /** the sub-district/town (or district) the document is about, resolved through the gazetteer */
  district: DistrictRef | null;
  sections: Section[];
  sentences: Sentence[];
  glossary: GlossaryEntry[];
  /** report authors, e.g. the name under a 政府工作报告 title */
  authors: { name: string; span: Span }[];
  warnings: string[];
}

/** A file that could not be read; the batch goes on. */
export class IngestError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'IngestError';
  }
}
