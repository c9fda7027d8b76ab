/**
 * Viewer bench: time from navigation to the first finished layout (body[data-ready]) for generated
 * overviews of 500, 2,000 and 5,000 elements, the longest main-thread task meanwhile (is the page
 * responsive during layout?), and frame times while panning. GraphQL is answered by page.route with
 * generated districts, so no database is needed; the viewer bundle is the real build in viz/dist.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ensureViewerBuilt } from '../test/viewer/build.ts';
import { launchChromium } from '../test/viewer/chromium.ts';

// VIEWER_DIST: another build of the viewer (e.g. a copy of the previous one), for before/after runs
const DIST = path.resolve(process.env.VIEWER_DIST ?? 'viz/dist');
const SIZES = [500, 2000, 5000];
const GOALS_MS: Record<number, number> = { 500: 1000, 2000: 3000, 5000: 8000 };

/** A district tree of about `elements` nodes + edges: each district hangs off an earlier one. */
function overview(elements: number) {
  const n = Math.ceil((elements + 1) / 2);
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const names = ['浦东新区', '潍坊新村街道', '张江镇', '淞南镇', '嘉定镇街道', '万里街道', '陆家嘴街道', '高行镇'];
  return Array.from({ length: n }, (_, i) => ({
    id: `district:bench-${i}`,
    name: `${names[i % names.length]}${i}`,
    level: i === 0 ? 'city' : 'subdistrict',
    aliases: [],
    parents: i === 0 ? [] : [{ id: `district:bench-${Math.floor(random() * Math.min(i, 1 + i / 3))}` }],
    programmesConnection: { totalCount: Math.floor(random() * 40) },
  }));
}

function staticServer(): Promise<{ url: string; close(): void }> {
  const server = http.createServer((req, res) => {
    const file = path.join(DIST, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/\/$/, '/index.html'));
    if (!file.startsWith(DIST) || !fs.existsSync(file)) return void res.writeHead(404).end();
    const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'text/html';
    res.writeHead(200, { 'content-type': type }).end(fs.readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const { port } = server.address() as { port: number };
    resolve({ url: `http://127.0.0.1:${port}/`, close: () => server.close() });
  }));
}

// Frame times while the mouse drags the view (as a user pans). A string, not a function: tsx
// would add helpers (__name) that do not exist in the page.
const RECORD_FRAMES = `new Promise((resolve) => {
  const times = [];
  let last = performance.now();
  function step(now) {
    times.push(now - last);
    last = now;
    if (window.benchPanning) requestAnimationFrame(step);
    else resolve(times.slice(1));
  }
  window.benchPanning = true;
  requestAnimationFrame(step);
})`;

async function panFrames(page: import('playwright-core').Page): Promise<number[]> {
  const frames = page.evaluate(RECORD_FRAMES) as Promise<number[]>;
  await page.mouse.move(800, 500);
  await page.mouse.down();
  for (let i = 0; i < 60; i++) await page.mouse.move(800 + 4 * i, 500 + 2 * i);
  await page.mouse.up();
  await page.evaluate('window.benchPanning = false');
  return frames;
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

async function main(): Promise<void> {
  if (!process.env.VIEWER_DIST) ensureViewerBuilt();
  const site = await staticServer();
  const browser = await launchChromium();
  console.log('elements  nodes  ready(ms)  goal   longest task(ms)  pan frame mean/p95(ms)');
  let failed = false;
  try {
    for (const size of SIZES) {
      const districts = overview(size);
      const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
      await page.route('**/graphql', async (route) => {
        const { operationName } = route.request().postDataJSON() as { operationName?: string };
        const data = operationName === 'Overview' ? { districts }
          : operationName === 'FilterOptions' ? { districts: districts.slice(0, 50), themes: [], programmes: [] }
          : {};
        await route.fulfill({ contentType: 'application/json', body: JSON.stringify({ data }) });
      });
      await page.addInitScript(() => {
        (window as unknown as { longest: number }).longest = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) {
            const w = window as unknown as { longest: number };
            w.longest = Math.max(w.longest, e.duration);
          }
        }).observe({ type: 'longtask', buffered: true });
      });
      const t0 = Date.now();
      await page.goto(site.url);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 120_000 });
      const ready = Date.now() - t0;
      const drawn = await page.evaluate(() => window.cy.elements().length);
      const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => `${m.name.replace('kg:', '')} ${m.startTime.toFixed(0)}`).join(', '));
      if (process.env.BENCH_MARKS) console.log(marks); // BENCH_MARKS=1: where the time went (performance marks in viz/)
      const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);
      if (process.env.BENCH_SETTLE_MS) await page.waitForTimeout(Number(process.env.BENCH_SETTLE_MS));
      const frames = await panFrames(page);
      const mean = frames.reduce((a, b) => a + b, 0) / frames.length;
      const ok = ready <= GOALS_MS[size];
      failed ||= !ok;
      console.log(
        `${String(drawn).padStart(8)}  ${String(districts.length).padStart(5)}  ${String(ready).padStart(9)}  ${String(GOALS_MS[size]).padStart(5)}${ok ? ' ' : '!'}  ${longest.toFixed(0).padStart(16)}  ${mean.toFixed(1)}/${pct(frames, 0.95).toFixed(1)}`,
      );
      await page.close();
    }
  } finally {
    await browser.close();
    site.close();
  }
  if (failed) console.log('! over the goal');
}

await main();
