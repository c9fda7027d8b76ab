/**
 * Quantities: every number with a unit and a metric (planned targets and reported results).
 * One precompiled regex per lexicon; exclusions are structural (ordinals, ranges, codes,
 * durations, dates, print runs) so they hold for documents nobody has seen.
 */
import type { Comparator, SectionMode, TargetKind } from '../types.ts';
import { alternation, type Lexicon } from './lexicon.ts';

export interface TargetHit {
  value: number;
  unit: string;
  raw: string;
  comparator: Comparator;
  metric: string;
  kind: TargetKind;
  year?: number;
  start: number;
  end: number;
}

export interface TargetContext {
  mode: SectionMode;
  year: number | null;
}

interface Compiled {
  regex: RegExp;
  before: [string, Comparator][];
  after: Map<string, Comparator>;
  stripLead: RegExp;
  stripTail: RegExp;
  pastCue: RegExp;
  planCue: RegExp;
}
const compiledFor = new WeakMap<Lexicon, Compiled>();

function compile(lex: Lexicon): Compiled {
  let c = compiledFor.get(lex);
  if (c) return c;
  const q = lex.quantities;
  const mult = alternation(Object.keys(q.multipliers));
  const approx = alternation(q.approxSuffixes);
  const units = alternation(Object.keys(q.units));
  const after = alternation(q.comparatorsAfter.map(([w]) => w));
  const notAfter = alternation(q.notAfterUnit);
  // letters, digits, range marks or 第 before the number make it a code, a range end or an ordinal
  const regex = new RegExp(
    `(?<![\\dA-Za-z.第\\-~—－～/])(-?\\d+(?:,\\d{3})*(?:\\.\\d+)?)(${mult})?(${approx})?(${units})(?!${notAfter})((?:[(（]含[)）])?(?:${after}))?`,
    'g',
  );
  const verbs = alternation([...lex.leadVerbs, '其中', '全年', '年内', '上半年', '下半年', '今年', '共', '累计', '共计', '涉及', '惠及', '新增加']);
  const cmpWords = alternation([...q.comparatorsBefore.map(([w]) => w), '控制在', '为', '达', '计', '共', '增至', '提升至', '提高到', '提升到', '到']);
  c = {
    regex,
    before: [...q.comparatorsBefore].sort((a, b) => b[0].length - a[0].length),
    after: new Map(q.comparatorsAfter),
    stripLead: new RegExp(`^(?:${verbs})+`),
    stripTail: new RegExp(`(?:${cmpWords})+$`),
    pastCue: new RegExp(alternation(q.pastCues)),
    planCue: new RegExp(alternation(q.planCues)),
  };
  compiledFor.set(lex, c);
  return c;
}

const MINUTES_CIRCLE = /^[\p{Script=Han}“”]{0,8}圈/u;
const CLAUSE_BREAK = /[，,；;。：:、（()）！？!?\s]/;
const YEAR = /((?:19|20)\d{2})年/;

/** Quantities in one sentence; `offset` is the sentence start in the document text. */
export function findTargets(text: string, offset: number, ctx: TargetContext, lex: Lexicon): TargetHit[] {
  const c = compile(lex);
  const q = lex.quantities;
  const hits: TargetHit[] = [];
  let lastClauseEnd = 0;
  let lastMetric = '';
  c.regex.lastIndex = 0;
  for (let m = c.regex.exec(text); m; m = c.regex.exec(text)) {
    const [whole, num, mult, approx, unitWord, afterCmp] = m;
    const start = m.index;
    const head = text.slice(Math.max(0, start - 6), start);
    if (head.endsWith(q.printRunCue)) continue;
    // "24小时值守", "7×24小时": round the clock, not a quantity of anything
    if (q.descriptiveQuantities.includes(whole.trim()) && !mult) continue;
    // "15分钟社区生活圈", "15分钟就业服务圈": the reach that names a circle of services, no quantity
    if (unitWord === '分钟' && MINUTES_CIRCLE.test(text.slice(start + whole.length, start + whole.length + 10))) continue;
    const [unit, unitFactor] = q.units[unitWord];
    const value = Number(num.replace(/,/g, '')) * (mult ? q.multipliers[mult] : 1) * unitFactor;
    if (!Number.isFinite(value)) continue;

    let clauseStart = start;
    while (clauseStart > lastClauseEnd && clauseStart > 0 && !CLAUSE_BREAK.test(text[clauseStart - 1])) clauseStart--;
    const breakChar = clauseStart > 0 ? text[clauseStart - 1] : '';
    const clause = text.slice(clauseStart, start);
    const comparator = comparatorOf(clause, afterCmp, approx, c);
    let metric = clause.replace(c.stripTail, '').replace(c.stripLead, '').replace(c.stripTail, '');
    if (metric.length < 2) {
      const tail = followingPhrase(text, start + whole.length);
      metric = breakChar === '、' && !clause && lastMetric ? lastMetric : (metric + tail).slice(0, 16);
    }
    if (!metric) metric = lastMetric;
    if (!metric) continue; // a bare number with a unit and nothing counted is not a target
    lastMetric = metric;
    lastClauseEnd = start + whole.length;

    const sentenceYear = YEAR.exec(text);
    const kind = kindOf(text, ctx.mode, c);
    const rawEnd = start + num.length + (mult?.length ?? 0) + (approx?.length ?? 0) + unitWord.length;
    hits.push({
      value: round(value),
      unit,
      raw: text.slice(start, rawEnd),
      comparator,
      metric,
      kind,
      year: sentenceYear ? Number(sentenceYear[1]) : (ctx.year ?? undefined),
      start: offset + start,
      end: offset + rawEnd,
    });
  }
  return hits;
}

function comparatorOf(clause: string, afterCmp: string | undefined, approx: string | undefined, c: Compiled): Comparator {
  if (afterCmp) return c.after.get(afterCmp.replace(/^[(（]含[)）]/, '')) ?? '=';
  const tail = clause.replace(/(?:控制在|在|为)$/, '');
  for (const [word, cmp] of c.before) if (tail.endsWith(word)) return cmp;
  if (approx) return '>=';
  return '=';
}

function kindOf(sentence: string, mode: SectionMode, c: Compiled): TargetKind {
  if (mode === 'review') return c.planCue.test(sentence) && !c.pastCue.test(sentence) ? 'target' : 'result';
  return c.pastCue.test(sentence) ? 'result' : 'target';
}

/** The noun phrase right after a quantity ("3个小区综合修缮项目" → 小区综合修缮项目). */
function followingPhrase(text: string, from: number): string {
  let end = from;
  while (end < text.length && end - from < 12 && !CLAUSE_BREAK.test(text[end])) end++;
  return text.slice(from, end);
}

/** Float noise from multiplying decimals (21.6 × 10000) is not part of the value. */
function round(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}
