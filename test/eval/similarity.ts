/**
 * `npm run eval:similarity`: ingest seeds/ into a real Neo4j, compute SIMILAR_TO, and score the
 * edges against the hand-built groups of test/fixtures/similarity-groups.json.
 *
 * Neo4j: NEO4J_URI if set (the graph is only wiped with --reset), else a local Neo4j in
 * .data/eval-neo4j on port 7695 (wiped every run). Flags: --no-ingest (reuse the graph),
 * --reset, --json, --verbose (every wrong and missed pair with its score and reasons).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { openNeo4j } from '../../cli/neo4j.ts';
import { ingestPaths } from '../../cli/ingest.ts';
import { ensureSchema } from '../../graph/index.ts';
import {
  buildFeatures,
  loadProgrammeInputs,
  resolveOptions,
  scorePair,
  SimilarityCorpus,
  updateSimilarity,
} from '../../graph/similarity/index.ts';
import { evaluate, loadGold, mapGold, type Edge, type NodeRow } from '../similarity/gold.ts';

const args = new Set(process.argv.slice(2));
const usingLocal = !process.env.NEO4J_URI;
if (usingLocal) {
  process.env.KG_DATA_DIR ??= path.resolve('.data/eval-neo4j');
  process.env.NEO4J_PORT ??= '7695';
}

async function programmeRows(driver: Driver, database?: string): Promise<{ rows: NodeRow[]; districtOf: Map<string, string[]> }> {
  const { records } = await driver.executeQuery(
    `MATCH (p:Programme)
     WITH p, COLLECT { MATCH (d:District)-[:RUNS]->(p) RETURN d } AS runBy,
          COLLECT { MATCH (p)-[:MENTIONED_IN]->(doc:Document) MATCH (d:District {id: doc.district}) RETURN d } AS docDistricts
     WITH p, CASE WHEN size(runBy) > 0 THEN runBy ELSE docDistricts END AS ds
     RETURN p.id AS id, coalesce(p.name, p.id) AS name, coalesce(p.aliases, []) AS aliases,
       [d IN ds | d.id] AS districtIds,
       reduce(acc = [], d IN ds | acc + [d.id, d.name] + coalesce(d.aliases, [])) AS districtKeys,
       COLLECT { MATCH (p)-[m:MENTIONED_IN]->(doc:Document) RETURN {docId: doc.id, starts: m.spanStarts, ends: m.spanEnds} } AS mentions`,
    {},
    { database },
  );
  const rows = records.map((r) => ({
    id: r.get('id') as string,
    name: r.get('name') as string,
    aliases: r.get('aliases') as string[],
    districtKeys: r.get('districtKeys') as string[],
    mentions: (r.get('mentions') as { docId: string; starts: number[]; ends: number[] }[]).flatMap((m) =>
      (m.starts ?? []).map((start, i) => ({ docId: m.docId, start, end: m.ends[i] })),
    ),
  }));
  const districtOf = new Map(records.map((r) => [r.get('id') as string, r.get('districtIds') as string[]]));
  return { rows, districtOf };
}

async function documentTexts(driver: Driver, database?: string): Promise<Map<string, string>> {
  const { records } = await driver.executeQuery(
    'MATCH (d:Document) RETURN d.id AS id, coalesce(d.text, "") AS text, d.sourcePath AS sourcePath',
    {},
    { database },
  );
  // Offsets index the decoded text; when the graph does not keep it, a UTF-8 seed file is that text.
  const textOf = (text: string, file: string | null) => (text || !file || !fs.existsSync(file) ? text : fs.readFileSync(file, 'utf8'));
  return new Map(records.map((r) => [r.get('id') as string, textOf(r.get('text') as string, r.get('sourcePath') as string | null)]));
}

async function similarityEdges(driver: Driver, database?: string): Promise<Edge[]> {
  const { records } = await driver.executeQuery(
    'MATCH (a:Programme)-[s:SIMILAR_TO]->(b:Programme) RETURN a.id AS a, b.id AS b, s.score AS score',
    {},
    { database },
  );
  return records.map((r) => ({ a: r.get('a') as string, b: r.get('b') as string, score: r.get('score') as number }));
}

async function main(): Promise<void> {
  const neo = await openNeo4j((m) => console.error(m));
  const { driver } = neo;
  const database = neo.config.database;
  try {
    if (args.has('--reset') || (usingLocal && !args.has('--no-ingest'))) {
      await driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database });
      await ensureSchema(driver, database);
    }
    if (!args.has('--no-ingest')) {
      const summary = await ingestPaths(driver, [path.resolve('seeds')], { database });
      console.error(`ingested ${summary.ok} documents (${summary.failed.length} failed) in ${summary.seconds.toFixed(1)} s`);
      for (const f of summary.failed) console.error(`  failed: ${f.file}: ${f.reason}`);
    }
    const t0 = performance.now();
    const update = await updateSimilarity(driver, { database });
    const seconds = (performance.now() - t0) / 1000;

    const gold = loadGold();
    const { rows, districtOf } = await programmeRows(driver, database);
    const mapped = mapGold(gold, rows, await documentTexts(driver, database));
    const metrics = evaluate(mapped, districtOf, await similarityEdges(driver, database));
    const nameOf = new Map(rows.map((r) => [r.id, r.name]));
    const label = (id: string) => `${nameOf.get(id) ?? id} [${(districtOf.get(id) ?? []).join(',')}]`;

    const mappedCount = mapped.filter((m) => m.nodeId).length;
    const groupsWithPairs = new Set(
      gold.groups
        .filter((g) => new Set(mapped.filter((m) => m.group === g.id && m.nodeId).map((m) => m.district)).size >= 2)
        .map((g) => g.id),
    );
    const options = resolveOptions();
    if (args.has('--json')) {
      console.log(JSON.stringify({ update, seconds, mapped: mappedCount, texts: mapped.length, metrics }, null, 2));
      return;
    }
    console.log(`similarity eval: ${rows.length} programmes, ${update.written} SIMILAR_TO edges (threshold ${options.threshold}, top-k ${options.topK}), computed in ${seconds.toFixed(2)} s`);
    console.log(`gold: ${gold.groups.length} groups, ${mapped.length} texts; mapped to a Programme node: ${mappedCount}/${mapped.length}; groups with mapped items in ≥2 districts: ${groupsWithPairs.size}`);
    console.log(`precision@5: ${metrics.precisionAt5.toFixed(3)} (${metrics.correct}/${metrics.judged} neighbours of mapped gold nodes)`);
    console.log(`recall:      ${metrics.recall.toFixed(3)} (${metrics.foundPairs}/${metrics.goldPairs} cross-district gold pairs have an edge)`);
    const endToEnd = metrics.districtPairs ? metrics.foundDistrictPairs / metrics.districtPairs : 0;
    console.log(`end to end:  ${endToEnd.toFixed(3)} (${metrics.foundDistrictPairs}/${metrics.districtPairs} district pairs per group joined by an edge; unextracted programmes count as missed)`);
    console.log(`gold nodes without any neighbour: ${metrics.nodesWithoutNeighbours.length}`);
    console.log('\nper group (mapped texts / texts):');
    for (const g of gold.groups) {
      const items = mapped.filter((m) => m.group === g.id);
      const unmapped = items.filter((m) => !m.nodeId).map((m) => `${m.district}:${m.text}`);
      console.log(`  ${g.id.padEnd(30)} ${items.length - unmapped.length}/${items.length}${unmapped.length ? `  unmapped: ${unmapped.join(' | ')}` : ''}`);
    }
    const verbose = args.has('--verbose');
    const corpus = verbose ? new SimilarityCorpus((await loadProgrammeInputs(driver, database)).map(buildFeatures)) : null;
    const explain = (a: string, b: string) => {
      if (!corpus) return '';
      const [x, y] = [corpus.programmes[corpus.indexOf.get(a)!], corpus.programmes[corpus.indexOf.get(b)!]];
      if (!x || !y) return '';
      const s = a < b ? scorePair(x, y, corpus, options.weights) : scorePair(y, x, corpus, options.weights);
      return ` → ${s.score.toFixed(3)} ${s.reasons.join(' | ')}`;
    };
    const limit = verbose ? Infinity : 8;
    console.log(`\nwrong neighbours (${metrics.wrong.length}):`);
    for (const w of metrics.wrong.slice(0, limit)) console.log(`  ${w.score.toFixed(3)} ${label(w.from)} ~ ${label(w.to)}${explain(w.from, w.to)}`);
    console.log(`\nmissed gold pairs (${metrics.missed.length}):`);
    for (const m of metrics.missed.slice(0, limit)) console.log(`  [${m.group}] ${label(m.a)} ~ ${label(m.b)}${explain(m.a, m.b)}`);
  } finally {
    await neo.close();
  }
}

await main();
