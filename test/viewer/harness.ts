/**
 * The real stack for viewer tests: Neo4j with the seeds ingested, the API server on a free port,
 * and Debian's Chromium driven by playwright-core. The viewer bundle (viz/dist) is built here when
 * it is missing or older than its sources, so a test never runs against a stale viewer.
 */
import type { Browser, Page } from 'playwright-core';
import type { Driver } from 'neo4j-driver';
import { startServer, type RunningServer } from '../../api/index.ts';
import { ingestSeeds, resetGraph, testDriver } from '../helpers/graph.ts';
import { ensureViewerBuilt } from './build.ts';
import { launchChromium } from './chromium.ts';

export interface Stack {
  driver: Driver;
  server: RunningServer;
  browser: Browser;
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** opens the viewer at `search` (e.g. "?focus=…") and waits for its first layout */
  open(search?: string): Promise<Page>;
  close(): Promise<void>;
}

export async function startStack(): Promise<Stack> {
  ensureViewerBuilt();
  const driver = testDriver();
  await resetGraph(driver);
  await ingestSeeds(driver);
  const server = await startServer({ driver, port: 0, host: '127.0.0.1' });
  const browser = await launchChromium();
  const pages: Page[] = [];
  return {
    driver,
    server,
    browser,
    async gql(query, variables = {}) {
      const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
      const body = (await res.json()) as { data?: any; errors?: unknown[] };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    },
    async open(search = '') {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      pages.push(page);
      page.on('pageerror', (err) => console.error('page error:', err.message));
      await page.goto(`${server.url}/${search}`);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
      return page;
    },
    async close() {
      for (const p of pages) await p.close().catch(() => undefined);
      await browser.close();
      await server.close();
      await driver.close();
    },
  };
}

/** Nodes currently drawn (not hidden by a filter). */
export function drawnNodeCount(page: Page): Promise<number> {
  return page.evaluate(() => window.cy.nodes(':visible').length);
}
