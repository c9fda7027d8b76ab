/**
 * `npm run eval`: precision / recall / F1 per label against the hand-labelled documents of
 * test/fixtures/labelled. A predicted name counts when its name or an alias equals a gold
 * name or alias after normalisation; targets match on value + unit.
 * Flags: --verbose prints false positives and misses per document; --without-kinds leaves out the
 * programmes made only from a programme kind (programme-kinds.ts), to see the rest on its own;
 * --only=a,b scores only the documents whose names start with a or b (the micro rows sum just those).
 * The HELD-OUT rows sum the documents of held-out.txt, whose misses were never read to tune a rule;
 * the REAL rows sum the real documents (the seeds, named seedNNN_…); the rest were written for the benchmark.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../ingest/extract/index.ts';
import type { Entity, TargetEntity } from '../../ingest/types.ts';
import { nameKey } from '../../ingest/extract/normalise.ts';
import { heldOutNames, isHeldOut, labelledNames, LABELS, readLabelled, ROOT } from './labelled.ts';

const verbose = process.argv.includes('--verbose');
const withoutKinds = process.argv.includes('--without-kinds');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',').filter(Boolean);
/** a programme made from a kind mention has the kind's id (programme:<district>:<kind>) */
const kindOnly = (e: Entity) => e.type === 'Programme' && (e.kinds ?? []).some((k) => e.id.endsWith(`:${k}`));

/** A labelled unit in the extractor's canonical form (个百分点 and 百分点 are one unit): quantities.json maps both. */
const UNITS = (JSON.parse(readFileSync(join(ROOT, 'ingest/data/quantities.json'), 'utf8')) as { units: Record<string, [string, number]> }).units;
const canonicalUnit = (unit: string) => (UNITS[unit]?.[1] === 1 ? UNITS[unit][0] : unit);

interface Score { tp: number; predicted: number; gold: number; found: number }
const empty = (): Score => ({ tp: 0, predicted: 0, gold: 0, found: 0 });

function scoreNames(pred: Entity[], gold: (string | string[])[], label: string, doc: string): Score {
  const goldKeys = gold.map((g) => new Set((Array.isArray(g) ? g : [g]).map(nameKey)));
  const matched = new Set<number>();
  let tp = 0;
  const fps: string[] = [];
  for (const e of pred) {
    const keys = [e.name, ...(e.aliases ?? [])].map(nameKey);
    // the gold entity with the predicted name, else one not yet found with an alias, else any
    const byName = goldKeys.findIndex((g) => g.has(keys[0]));
    const byAlias = (free: boolean) => goldKeys.findIndex((g, i) => (!free || !matched.has(i)) && keys.some((k) => g.has(k)));
    const hit = byName >= 0 ? byName : byAlias(true) >= 0 ? byAlias(true) : byAlias(false);
    if (hit >= 0) {
      tp++;
      matched.add(hit);
    } else fps.push(e.name);
  }
  if (verbose) {
    const misses = gold.filter((_, i) => !matched.has(i)).map((g) => (Array.isArray(g) ? g[0] : g));
    console.log(`  [${doc}] ${label} FP: ${fps.join(' | ')}`);
    console.log(`  [${doc}] ${label} FN: ${misses.join(' | ')}`);
  }
  return { tp, predicted: pred.length, gold: gold.length, found: matched.size };
}

function scoreTargets(pred: TargetEntity[], gold: { value: number; unit: string }[], doc: string): Score {
  const left = gold.map((g) => ({ ...g, unit: canonicalUnit(g.unit), used: false }));
  let tp = 0;
  const fps: string[] = [];
  for (const t of pred) {
    const g = left.find((x) => !x.used && x.unit === t.unit && Math.abs(x.value - t.value) <= 1e-6 * Math.max(1, Math.abs(x.value)));
    if (g) {
      g.used = true;
      tp++;
    } else fps.push(`${t.raw}(${t.value}${t.unit})`);
  }
  if (verbose) {
    console.log(`  [${doc}] Target FP: ${fps.join(' | ')}`);
    console.log(`  [${doc}] Target FN: ${left.filter((g) => !g.used).map((g) => `${g.value}${g.unit}`).join(' | ')}`);
  }
  return { tp, predicted: pred.length, gold: gold.length, found: tp };
}

const f = (s: Score) => {
  const p = s.predicted ? s.tp / s.predicted : s.gold ? 0 : 1;
  const r = s.gold ? s.found / s.gold : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};
const pct = (x: number) => x.toFixed(2);
const row = (title: string, label: string, s: Score) => {
  const { p, r, f1 } = f(s);
  return `${title.padEnd(22)} ${label.padEnd(13)} ${String(s.gold).padStart(4)} ${String(s.predicted).padStart(5)}   ${pct(p)}  ${pct(r)}  ${pct(f1)}`;
};

const names = labelledNames(only);
const totals: Record<string, Score> = {};
const heldOutTotals: Record<string, Score> = {};
const realTotals: Record<string, Score> = {};
const heldOut = heldOutNames();
const rows: string[] = [];
for (const name of names) {
  const { gold, doc } = await readLabelled(name);
  const t0 = performance.now();
  const ex = extract(doc);
  const ms = performance.now() - t0;
  const scores: Record<string, Score> = {};
  for (const label of LABELS) {
    const pred = ex.entities.filter((e) => e.type === label && (e.mentions.length > 0 || e.id === ex.document.district) && !(withoutKinds && kindOnly(e)));
    scores[label] = scoreNames(pred, gold[label] ?? [], label, name);
  }
  scores.Target = scoreTargets(ex.entities.filter((e): e is TargetEntity => e.type === 'Target'), gold.Target ?? [], name);
  for (const [label, s] of Object.entries(scores)) {
    const sums = [totals];
    if (isHeldOut(name, heldOut)) sums.push(heldOutTotals);
    if (name.startsWith('seed')) sums.push(realTotals);
    for (const sum of sums) {
      const t = (sum[label] ??= empty());
      t.tp += s.tp; t.predicted += s.predicted; t.gold += s.gold; t.found += s.found;
    }
    rows.push(row(name, label, s));
  }
  rows.push(`${name.padEnd(22)} (extract ${ms.toFixed(0)} ms, ${ex.entities.length} entities, ${ex.relations.length} relations)`);
}
console.log(`${'document'.padEnd(22)} ${'label'.padEnd(13)} gold  pred   P     R     F1`);
for (const r of rows) console.log(r);
console.log('-'.repeat(70));
for (const [title, sums] of [['ALL (micro)', totals], ['HELD-OUT (micro)', heldOutTotals], ['REAL (micro)', realTotals]] as const)
  for (const [label, s] of Object.entries(sums)) console.log(row(title, label, s));
