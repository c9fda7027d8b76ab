/**
 * A synthetic corpus for benchmarks: documents made by recombining the seeds' sections, each
 * keeping a real metadata header so it structures like a real document. Deterministic (seeded).
 */
import fs from 'node:fs';
import path from 'node:path';

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

interface SeedParts {
  header: string;
  sections: string[];
}

/** Splits a seed at its top-level headings (一、 / 第一部分 / (一)); the part before the first is the header. */
function splitSeed(text: string): SeedParts {
  const lines = text.split('\n');
  const starts: number[] = [];
  lines.forEach((line, i) => {
    if (/^\s*(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])/.test(line)) starts.push(i);
  });
  if (starts.length < 2) return { header: lines.slice(0, 5).join('\n'), sections: [lines.slice(5).join('\n')] };
  const sections = starts.map((s, k) => lines.slice(s, starts[k + 1] ?? lines.length).join('\n'));
  return { header: lines.slice(0, starts[0]).join('\n'), sections };
}

export function buildCorpus(seedDir: string, outDir: string, count: number, targetBytes: number): string[] {
  const seeds = fs
    .readdirSync(seedDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => splitSeed(fs.readFileSync(path.join(seedDir, f), 'utf8')));
  const allSections = seeds.flatMap((s) => s.sections);
  const random = prng(20261121);
  fs.mkdirSync(outDir, { recursive: true });
  const perDoc = targetBytes / count;
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const seed = seeds[i % seeds.length];
    let body = seed.header + '\n';
    while (Buffer.byteLength(body) < perDoc) body += allSections[Math.floor(random() * allSections.length)] + '\n';
    const file = path.join(outDir, `bench-${String(i).padStart(4, '0')}.txt`);
    fs.writeFileSync(file, body);
    files.push(file);
  }
  return files;
}
