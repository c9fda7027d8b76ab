/** Builds viz/dist when it is missing or older than its sources, so tests and the bench never use a stale viewer. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const VIZ = path.resolve('viz');
const DIST_INDEX = path.join(VIZ, 'dist', 'index.html');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

export function ensureViewerBuilt(): void {
  if (fs.existsSync(DIST_INDEX) && fs.statSync(DIST_INDEX).mtimeMs >= newestSource(VIZ)) return;
  execFileSync('npx', ['vite', 'build', '--config', 'viz/vite.config.ts', '--logLevel', 'warn'], { stdio: 'inherit' });
}
