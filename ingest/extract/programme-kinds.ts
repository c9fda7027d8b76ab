/**
 * Programme kinds (项目类别): kinds of work the city asks every 街道/镇 to run locally, such as
 * waste sorting or rain/sewage separation (data/programme-kinds.json). A district's own document
 * that talks about such work says the district runs a programme of that kind, even when it never
 * gives it a proper name ("完成6个小区电动自行车充电设施建设"). Researchers compare exactly these
 * across districts, so each district gets one Programme per kind, and a named programme that
 * contains a kind's words (“一网统管”数据平台) records the kind too.
 */
import { readFileSync } from 'node:fs';
import type { Entity } from '../types.ts';
import { ids, type DocumentGraph } from './graph.ts';
import type { Placed } from './link.ts';

export interface ProgrammeKind {
  id: string;
  zh: string;
  en: string;
}

export interface KindMention {
  kind: ProgrammeKind;
  /** written as a concrete project (…改造工程, …建设) or a kind that is one by itself (a census) */
  project: boolean;
  /** generic work unless the document names where (电动自行车集中充电设施建设) */
  needsPlace: boolean;
  /** the words as written, with the tail words that belong to the name (雨污分流 + 改造工程) */
  name: string;
  start: number;
  end: number;
}

interface KindsFile {
  tail: string[];
  weakTail: string[];
  kinds: (ProgrammeKind & { pattern: string; standalone?: boolean; policy?: boolean; needsPlace?: boolean })[];
}

interface CompiledKinds {
  kinds: (ProgrammeKind & { standalone: boolean; policy: boolean; needsPlace: boolean })[];
  /** a tail of these words only (…建设) does not make a policy kind concrete */
  weakTail: RegExp;
  /** one alternation with a named group per kind, longest match first within each kind */
  regex: RegExp;
}

let compiled: CompiledKinds | null = null;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function loadProgrammeKinds(): CompiledKinds {
  if (compiled) return compiled;
  const file = JSON.parse(readFileSync(new URL('../data/programme-kinds.json', import.meta.url), 'utf8')) as KindsFile;
  for (const k of file.kinds)
    if (new RegExp(`${k.pattern}|`).exec('')!.length !== 1) throw new Error(`data/programme-kinds.json: pattern of ${k.id} has a capturing group; use (?:…)`);
  const word = `(?:${[...file.tail].sort((a, b) => b.length - a.length).map(escape).join('|')})`;
  // a quoted kind keeps its tail: “15分钟社区生活圈”提质增效
  const tail = `(?:[”"」]?${word}${word}*)?`;
  const groups = file.kinds.map((k) => `((?:${k.pattern}))(${tail})`);
  compiled = {
    kinds: file.kinds.map(({ id, zh, en, standalone, policy, needsPlace }) => ({ id, zh, en, standalone: standalone ?? false, policy: policy ?? false, needsPlace: needsPlace ?? false })),
    weakTail: new RegExp(`^[”"」]?(?:${file.weakTail.map(escape).join('|')})+$`),
    regex: new RegExp(groups.join('|'), 'g'),
  };
  return compiled;
}

/** Inside 《…》: a cited document's title names the policy, not the district's own work. */
function insideTitle(text: string, index: number): boolean {
  return text.lastIndexOf('《', index) > text.lastIndexOf('》', index - 1);
}

export function findKindMentions(text: string, offset: number): KindMention[] {
  const { kinds, regex, weakTail } = loadProgrammeKinds();
  const found: KindMention[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    if (insideTitle(text, m.index)) continue;
    // groups come in pairs per kind: (kind words)(tail words)
    let index = 0;
    while (m[1 + 2 * index] === undefined) index++;
    const kind = kinds[index];
    const tail = m[2 + 2 * index] ?? '';
    const project = kind.standalone || (tail !== '' && !(kind.policy && weakTail.test(tail)));
    const quoted = /[”"」]/.test(m[0]) && /[“"「]/.test(text[m.index - 1] ?? '');
    const start = m.index - (quoted ? 1 : 0);
    found.push({ kind: { id: kind.id, zh: kind.zh, en: kind.en }, project, needsPlace: kind.needsPlace, name: text.slice(start, m.index + m[0].length), start: offset + start, end: offset + m.index + m[0].length });
  }
  return found;
}

/** A count of places right before a kind mention: 12个住宅小区, 3幢. */
const COUNTED_BEFORE = /(?:\d+|[一二两三四五六七八九十]+)(?:个|幢|栋|处|座)(?:住宅)?(?:小区|村|居民区|楼|点位)?$/;

const COUNT_RIGHT_BEFORE = /\d+(?:个|幢|栋|处|座)$/;

/**
 * Adds the sentence's kind mentions to its programmes: a mention inside a named programme marks
 * that programme's kind; a mention written as a concrete project is the district's own programme
 * of that kind, one node per district and kind whatever variant the document uses. Returns the mentions.
 */
export function addKindProgrammes(text: string, offset: number, programmes: Placed[], graph: DocumentGraph, districtKey: string, year: number | null): KindMention[] {
  const mentions = findKindMentions(text, offset);
  for (const mention of mentions) {
    const host = programmes.find((p) => p.span.start < mention.end && mention.start < p.span.end);
    if (host) {
      markKind(graph.entities.get(host.id), mention.kind.zh);
      continue;
    }
    // a bare kind word (做好垃圾分类) is an activity or a policy, not a programme (DESIGN.md)
    // (nor is generic work named without where it is done: a bare 电动自行车集中充电设施建设,
    // while 6个小区电瓶车智能充电桩建设 is a project)
    if (!mention.project || (mention.needsPlace && !COUNTED_BEFORE.test(text.slice(Math.max(0, mention.start - offset - 8), mention.start - offset)))) continue;
    // (named from the count of the places it is on: 16个住宅小区雨污混接改造)
    const count = COUNT_RIGHT_BEFORE.exec(text.slice(Math.max(0, mention.start - offset - 6), mention.start - offset));
    // (the count stays a quantity of its own: only the name and span of the programme take it)
    const named = count ? { ...mention, name: count[0] + mention.name, start: mention.start - count[0].length } : mention;
    const id = graph.entity('Programme', ids.programme(districtKey, mention.kind.zh), named.name, named, { year: year ?? undefined });
    markKind(graph.entities.get(id), mention.kind.zh);
    if (!programmes.some((p) => p.id === id)) programmes.push({ id, span: named });
  }
  return mentions;
}

function markKind(entity: Entity | undefined, kind: string): void {
  if (entity?.type !== 'Programme') return;
  entity.kinds = [...new Set([...(entity.kinds ?? []), kind])];
}
