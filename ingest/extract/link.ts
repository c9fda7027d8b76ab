/**
 * Relations of one sentence. Evidence is the span of the dependent mention (the place, the
 * target, the organisation …); ties go to the nearest programme in the same clause, then to
 * the only programme of the sentence, then to the programme its heading names.
 */
import type { ProgrammeStatus, Span } from '../types.ts';
import type { DocumentGraph } from './graph.ts';
import type { SentenceHits } from './sentence.ts';

export interface Placed {
  id: string;
  span: Span;
}

export interface LinkContext {
  graph: DocumentGraph;
  districtId: string | null;
  /** programme ids named by the enclosing headings, innermost first */
  headingProgrammes: string[];
  year: number | null;
}

const CLAUSE_MARKS = /[；;。！？!?]/g;
const LEAD_BEFORE = /(?:牵头|由)$/;
const LEAD_AFTER = /^(?:牵头|负责|主导|主办)/;

export function linkSentence(s: SentenceHits, programmes: Placed[], places: Placed[], orgs: Placed[], policies: (Placed & { viaName?: boolean })[], targets: Placed[], ctx: LinkContext): void {
  const { graph } = ctx;
  const rel = { sentence: s.text };
  // clause numbers are looked up for every mention and programme: find the breaks once
  const breaks = clauseBreaks(s);
  const programmeClauses = programmes.map((p) => clauseAt(breaks, p.span.start));

  // one sentence, one status: read once for all its programmes (relation() copies what it keeps)
  const runs = programmes.length && ctx.districtId ? { ...rel, status: statusOf(s), year: ctx.year ?? undefined } : undefined;
  for (let k = 0; k < programmes.length; k++) {
    const p = programmes[k];
    if (ctx.districtId) graph.relation('RUNS', ctx.districtId, p.id, p.span, runs);
    const themed = s.themes.filter((t) => t.start >= p.span.start && t.end <= p.span.end);
    const themes = themed.length ? themed : s.themes.filter((t) => clauseAt(breaks, t.start) === programmeClauses[k]);
    for (const t of themes) graph.relation('IN_THEME', p.id, `theme:${t.id}`, { start: t.start, end: t.end }, rel);
  }
  for (const pl of places) {
    if (ctx.districtId) graph.relation('IN', pl.id, ctx.districtId, pl.span, rel);
    const o = owner(pl.span, programmes, programmeClauses, breaks, ctx);
    if (o) graph.relation('LOCATED_AT', o.id, pl.id, pl.span, rel);
  }
  for (const org of orgs) {
    const o = owner(org.span, programmes, programmeClauses, breaks, ctx);
    if (!o) continue;
    const before = s.text.slice(Math.max(0, org.span.start - s.start - 3), org.span.start - s.start);
    const after = s.text.slice(org.span.end - s.start, org.span.end - s.start + 3);
    const role = LEAD_BEFORE.test(before) || LEAD_AFTER.test(after) ? 'lead' : 'participant';
    graph.relation('INVOLVES', o.id, org.id, org.span, { ...rel, role });
  }
  for (const pol of policies) {
    const o = pol.viaName ? programmes.find((p) => p.span.start <= pol.span.start && pol.span.end <= p.span.end) : owner(pol.span, programmes, programmeClauses, breaks, ctx);
    if (o) graph.relation('IMPLEMENTS', o.id, pol.id, pol.span, rel);
  }
  for (const t of targets) {
    const o = owner(t.span, programmes, programmeClauses, breaks, ctx);
    if (o) graph.relation('HAS_TARGET', o.id, t.id, t.span, rel);
    else if (ctx.districtId) graph.relation('SETS', ctx.districtId, t.id, t.span, rel);
  }
}

/** The programme a mention belongs to: the one containing it, else the nearest in its clause, else the only one. */
function owner(span: Span, programmes: Placed[], clauses: number[], breaks: number[], ctx: LinkContext): Placed | null {
  const containing = programmes.find((p) => p.span.start <= span.start && span.end <= p.span.end);
  if (containing) return containing;
  const clause = clauseAt(breaks, span.start);
  const sameClause = programmes.filter((_, k) => clauses[k] === clause);
  if (sameClause.length) return nearest(sameClause, span);
  if (programmes.length === 1) return programmes[0];
  if (!programmes.length && ctx.headingProgrammes.length) return { id: ctx.headingProgrammes[0], span };
  return null;
}

/** Absolute offsets of the clause-ending marks of a sentence. */
function clauseBreaks(s: SentenceHits): number[] {
  const out: number[] = [];
  CLAUSE_MARKS.lastIndex = 0;
  for (let m = CLAUSE_MARKS.exec(s.text); m; m = CLAUSE_MARKS.exec(s.text)) out.push(s.start + m.index);
  return out;
}
/** Clause number of an offset: how many clause marks come before it. */
function clauseAt(breaks: number[], at: number): number {
  let n = 0;
  while (n < breaks.length && breaks[n] < at) n++;
  return n;
}

function nearest(candidates: Placed[], span: Span): Placed {
  let best = candidates[0];
  let bestDist = Infinity;
  for (const c of candidates) {
    // a programme before the mention is the usual reading order ("推进X项目,涉及…")
    const d = c.span.end <= span.start ? span.start - c.span.end : (c.span.start - span.end) * 2 + 1;
    if (d < bestDist) [best, bestDist] = [c, d];
  }
  return best;
}

const DONE = /(?:完成了|已完成|建成|竣工|获评|荣获|实现了|共计|累计)/;
const ONGOING = /(?:持续|继续|深化|深入|巩固|常态化|不断)/;

function statusOf(s: SentenceHits): ProgrammeStatus {
  if (s.mode === 'review' || DONE.test(s.text) && s.mode !== 'plan') return 'completed';
  if (ONGOING.test(s.text)) return 'ongoing';
  return s.mode === 'plan' ? 'planned' : 'ongoing';
}
