/**
 * GraphiQL at /graphql for browsers, bundled from npm: it renders, introspects the schema through
 * the same endpoint, and loads nothing from any other host. Apollo's CDN landing page is off.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import type { Driver } from 'neo4j-driver';
import { startServer, type RunningServer } from '../../api/index.ts';
import { testDriver } from '../helpers/graph.ts';

const SOURCE = path.resolve('api/graphiql');
const BUILT = path.resolve('api/graphiql-dist/index.html');

function ensureGraphiqlBuilt(): void {
  const newest = Math.max(...fs.readdirSync(SOURCE).map((f) => fs.statSync(path.join(SOURCE, f)).mtimeMs));
  if (fs.existsSync(BUILT) && fs.statSync(BUILT).mtimeMs >= newest) return;
  execFileSync('npx', ['vite', 'build', '--config', 'api/graphiql/vite.config.ts', '--logLevel', 'warn'], { stdio: 'inherit' });
}

describe('GraphiQL page', () => {
  let driver: Driver;
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    ensureGraphiqlBuilt();
    driver = testDriver();
    server = await startServer({ driver, port: 0, host: '127.0.0.1', settings: { rateLimitPerMinute: 0 } });
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await driver?.close();
  });

  it('serves GraphiQL to browsers and GraphQL to API clients on the same URL', async () => {
    const html = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    expect(html.status).toBe(200);
    const page = await html.text();
    expect(page).toContain('GraphiQL');
    expect(page).not.toMatch(/https?:\/\/(?!localhost)/);
    expect(page).not.toMatch(/apollographql|embeddable-sandbox|cdn\./i);
    const json = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' }, // Apollo's CSRF guard wants a non-simple header on GET
    });
    expect(await json.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('renders in Chromium, introspects through /graphql and loads nothing from other hosts', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const introspection = page.waitForResponse((r) => r.url().endsWith('/graphql') && r.request().method() === 'POST' && r.status() === 200, { timeout: 60_000 });
    await page.goto(`${server.url}/graphql`);
    await page.waitForSelector('.graphiql-container', { timeout: 60_000 });
    await introspection;
    const origin = new URL(server.url).origin;
    const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
    expect(foreign).toEqual([]);
    await context.close();
  }, 120_000);
});
