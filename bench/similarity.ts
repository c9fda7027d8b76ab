/**
 * `npm run bench:similarity`: similarity over synthetic programmes built from the seeds' own
 * vocabulary (jieba words of seeds/*.txt, their clauses as sentences, real policy and theme
 * names), 200 districts.
 *
 *   pure in-memory part (features, corpus, blocked scoring of every programme): N=10000 (--count=N)
 *   Neo4j write path (load, score, replace SIMILAR_TO) with --neo4j[=N] (default 2000): needs
 *   NEO4J_URI and WIPES that database (--skip-memory runs it alone). Peak RSS is for the whole process.
 */
import fs from 'node:fs';
import path from 'node:path';
import nodejieba from 'nodejieba';
import {
  buildFeatures,
  computeSimilarities,
  resolveOptions,
  SimilarityCorpus,
  updateSimilarity,
  type ProgrammeInput,
} from '../graph/similarity/index.ts';
import { isStopword } from '../graph/similarity/text.ts';
import { configFromEnv, createDriver, ensureSchema } from '../graph/index.ts';
import { emptyDatabase } from './empty-database.ts';

const arg = (name: string) => process.argv.find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
const argNumber = (name: string, fallback: number) => {
  const a = arg(name);
  return a?.includes('=') ? Number(a.split('=')[1]) : fallback;
};

/** Deterministic PRNG (mulberry32) so runs are comparable. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateProgrammes(count: number, districts = 200): ProgrammeInput[] {
  const seedDir = path.resolve('seeds');
  const text = fs.readdirSync(seedDir).map((f) => fs.readFileSync(path.join(seedDir, f), 'utf8')).join('\n');
  const clauses = text.split(/[；;。\n]/).map((c) => c.trim()).filter((c) => c.length >= 12 && c.length <= 160);
  const words = [...new Set(nodejieba.cut(text).filter((w) => [...w].length >= 2 && /^\p{Script=Han}+$/u.test(w) && !isStopword(w)))];
  const lexicon = JSON.parse(fs.readFileSync('ingest/data/lexicon.json', 'utf8')) as { policies: Record<string, string[]> };
  const themes = (JSON.parse(fs.readFileSync('ingest/data/themes.json', 'utf8')) as { themes: { id: string; zh: string; keywords: string[] }[] }).themes;
  const policies = Object.keys(lexicon.policies);
  const kinds = ['项目', '工程', '行动', '建设', '改造', '平台', '服务', '计划', '加装电梯', '加梯', '雨污混接改造', '垃圾分类', '充电桩建设'];
  const units = ['台', '个', '平方米', '户', '万元', '公里'];
  const rnd = random(42);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const out: ProgrammeInput[] = [];
  for (let i = 0; i < count; i++) {
    const name = `${pick(words)}${rnd() < 0.6 ? pick(words) : ''}${pick(kinds)}`;
    const sentence = `${pick(clauses)}，推进${name}，${pick(clauses)}`;
    const theme = themes.filter((t) => t.keywords.some((k) => sentence.includes(k))).slice(0, 3);
    out.push({
      id: `programme:bench:${i}`,
      name,
      aliases: [],
      districtIds: [`district:bench:${i % districts}`],
      sentences: [sentence],
      policies: rnd() < 0.3 ? [{ id: `policy:${pick(policies)}`, name: pick(policies) }] : [],
      themes: theme.map((t) => ({ id: `theme:${t.id}`, name: t.zh })),
      targets: rnd() < 0.2 ? [{ unit: pick(units), metric: pick(words) }] : [],
      definition: rnd() < 0.02 ? pick(clauses) : null,
    });
  }
  // Policies picked twice above may disagree in id and name; keep the id's name.
  for (const p of out) p.policies = p.policies.map((x) => ({ id: x.id, name: x.id.replace('policy:', '') }));
  return out;
}

const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;

function benchInMemory(count: number): void {
  const t0 = performance.now();
  const inputs = generateProgrammes(count);
  const t1 = performance.now();
  const corpus = new SimilarityCorpus(inputs.map(buildFeatures));
  const t2 = performance.now();
  const pairs = computeSimilarities(corpus, inputs.map((p) => p.id), resolveOptions());
  const t3 = performance.now();
  const changed = inputs.slice(0, 50).map((p) => p.id);
  computeSimilarities(corpus, changed, resolveOptions());
  const t4 = performance.now();
  console.log(`in-memory, ${count} programmes / 200 districts:`);
  console.log(`  generate ${((t1 - t0) / 1000).toFixed(2)} s · features+index ${((t2 - t1) / 1000).toFixed(2)} s · score all (blocked) ${((t3 - t2) / 1000).toFixed(2)} s · 50 changed ${((t4 - t3) / 1000).toFixed(2)} s`);
  const cpu = process.cpuUsage();
  console.log(`  pairs kept: ${pairs.length} (${(pairs.length / count).toFixed(1)} per programme); total ${((t4 - t0) / 1000).toFixed(2)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU; peak RSS ${mb(process.resourceUsage().maxRSS)}`);
}

async function benchNeo4j(count: number): Promise<void> {
  const config = configFromEnv();
  if (!config) throw new Error('--neo4j needs NEO4J_URI (the database is wiped)');
  const driver = createDriver(config);
  const database = config.database;
  try {
    await emptyDatabase(driver, database, 5000);
    await ensureSchema(driver, database);
    const inputs = generateProgrammes(count);
    const rows = inputs.map((p) => ({ ...p, district: p.districtIds[0], sentence: p.sentences[0], doc: `doc:bench:${p.districtIds[0]}` }));
    for (let i = 0; i < rows.length; i += 2000)
      await driver.executeQuery(
        `UNWIND $rows AS row
         MERGE (doc:Document {id: row.doc}) SET doc.district = row.district
         MERGE (d:District {id: row.district}) SET d.name = row.district
         CREATE (p:Programme {id: row.id, name: row.name, aliases: []})
         CREATE (d)-[:RUNS {docId: row.doc, sentence: row.sentence}]->(p)
         CREATE (p)-[:MENTIONED_IN {docId: row.doc}]->(doc)
         FOREACH (x IN row.policies | MERGE (pol:Policy {id: x.id}) SET pol.name = x.name CREATE (p)-[:IMPLEMENTS {docId: row.doc}]->(pol))
         FOREACH (t IN row.themes | MERGE (th:Theme {id: t.id}) SET th.name = t.name CREATE (p)-[:IN_THEME {docId: row.doc}]->(th))`,
        { rows: rows.slice(i, i + 2000) },
        { database },
      );
    const t0 = performance.now();
    const full = await updateSimilarity(driver, { database });
    const t1 = performance.now();
    const one = await updateSimilarity(driver, { database, docIds: [rows[0].doc] });
    const t2 = performance.now();
    const s = (x: { load: number; score: number; write: number }) => `load ${x.load.toFixed(2)} s, score ${x.score.toFixed(2)} s, write ${x.write.toFixed(2)} s`;
    console.log(`Neo4j write path, ${count} programmes:`);
    console.log(`  full rebuild ${((t1 - t0) / 1000).toFixed(2)} s (${s(full.seconds)}; ${full.written} edges)`);
    console.log(`  one document (${one.changed} programmes) ${((t2 - t1) / 1000).toFixed(2)} s (${s(one.seconds)}; ${one.deleted} deleted, ${one.written} written)`);
    console.log(`  peak RSS ${mb(process.resourceUsage().maxRSS)}`);
  } finally {
    await driver.close();
  }
}

if (!arg('skip-memory')) benchInMemory(argNumber('count', 10_000));
if (arg('neo4j')) await benchNeo4j(argNumber('neo4j', 2000));
