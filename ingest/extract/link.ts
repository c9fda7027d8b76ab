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

const CLAUSE = /[；;。！？!?]/;
const LEAD_BEFORE = /(?:牵头|由)$/;
const LEAD_AFTER = /^(?:牵头|负责|主导|主办)/;

export function linkSentence(s: SentenceHits, programmes: Placed[], places: Placed[], orgs: Placed[], policies: (Placed & { viaName?: boolean })[], targets: Placed[], ctx: LinkContext): void {
  const { graph } = ctx;
  const rel = (span: Span) => ({ sentence: s.text });
  const clauseOf = (span: Span) => clauseIndex(s, span.start);
  const owner = (span: Span): Placed | null => {
    const containing = programmes.find((p) => p.span.start <= span.start && span.end <= p.span.end);
    if (containing) return containing;
    const clause = clauseOf(span);
    const sameClause = programmes.filter((p) => clauseOf(p.span) === clause);
    if (sameClause.length) return nearest(sameClause, span);
    if (programmes.length === 1) return programmes[0];
    if (!programmes.length && ctx.headingProgrammes.length) return { id: ctx.headingProgrammes[0], span };
    return null;
  };

  for (const p of programmes) {
    if (ctx.districtId) graph.relation('RUNS', ctx.districtId, p.id, p.span, { ...rel(p.span), status: statusOf(s), year: ctx.year ?? undefined });
    const themed = s.themes.filter((t) => t.start >= p.span.start && t.end <= p.span.end);
    const clause = clauseOf(p.span);
    const themes = themed.length ? themed : s.themes.filter((t) => clauseOf(t) === clause);
    for (const t of themes) graph.relation('IN_THEME', p.id, `theme:${t.id}`, { start: t.start, end: t.end }, rel(t));
  }
  for (const pl of places) {
    if (ctx.districtId) graph.relation('IN', pl.id, ctx.districtId, pl.span, rel(pl.span));
    const o = owner(pl.span);
    if (o) graph.relation('LOCATED_AT', o.id, pl.id, pl.span, rel(pl.span));
  }
  for (const org of orgs) {
    const o = owner(org.span);
    if (!o) continue;
    const before = s.text.slice(Math.max(0, org.span.start - s.start - 3), org.span.start - s.start);
    const after = s.text.slice(org.span.end - s.start, org.span.end - s.start + 3);
    const role = LEAD_BEFORE.test(before) || LEAD_AFTER.test(after) ? 'lead' : 'participant';
    graph.relation('INVOLVES', o.id, org.id, org.span, { ...rel(org.span), role });
  }
  for (const pol of policies) {
    const o = pol.viaName ? programmes.find((p) => p.span.start <= pol.span.start && pol.span.end <= p.span.end) : owner(pol.span);
    if (o) graph.relation('IMPLEMENTS', o.id, pol.id, pol.span, rel(pol.span));
  }
  for (const t of targets) {
    const o = owner(t.span);
    if (o) graph.relation('HAS_TARGET', o.id, t.id, t.span, rel(t.span));
    else if (ctx.districtId) graph.relation('SETS', ctx.districtId, t.id, t.span, rel(t.span));
  }
}

function clauseIndex(s: SentenceHits, at: number): number {
  let n = 0;
  for (let i = 0; i < at - s.start && i < s.text.length; i++) if (CLAUSE.test(s.text[i])) n++;
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
