import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { drawnNodeCount, startStack, type Stack } from './harness.ts';

/** width and height from a PNG's IHDR chunk */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('viewer overview, filters, briefing, export (Chromium against the real server and Neo4j)', () => {
  let stack: Stack;
  let page: Page;
  beforeAll(async () => {
    stack = await startStack();
    page = await stack.open();
  });
  afterAll(async () => {
    await stack?.close();
  });

  it('opens / and draws exactly the districts the API returns', async () => {
    const { districts } = await stack.gql<{ districts: { id: string }[] }>('{ districts { id } }');
    expect(districts.length).toBeGreaterThan(0);
    expect(await drawnNodeCount(page)).toBe(districts.length);
    const drawnIds = await page.evaluate(() => window.cy.nodes().map((n) => n.id()).sort());
    expect(drawnIds).toEqual(districts.map((d) => d.id).sort());
  });

  it('keeps every label inside its node', async () => {
    const overflowing = await page.evaluate(() =>
      window.cy.nodes().filter((n) => {
        const node = n.boundingBox({ includeLabels: false });
        const label = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
        return label.x1 < node.x1 - 0.5 || label.x2 > node.x2 + 0.5 || label.y1 < node.y1 - 0.5 || label.y2 > node.y2 + 0.5;
      }).map((n) => n.id()),
    );
    expect(overflowing).toEqual([]);
  });

  it('leaves labels out while they are too small to read, and brings them back when zoomed in', async () => {
    const labelAt = (zoom: number) =>
      page.evaluate((z) => {
        window.cy.zoom(z);
        return window.cy.nodes().first().style('label') as string;
      }, zoom);
    expect(await labelAt(0.1)).toBe('');
    expect((await labelAt(1)).length).toBeGreaterThan(0);
    await page.evaluate(() => window.viewer.idle());
    await page.click('#btn-overview');
    await page.evaluate(() => window.viewer.idle());
  });

  it('filters change the drawn node count, and the URL records them', async () => {
    const before = await drawnNodeCount(page);
    const { districts } = await stack.gql<{ districts: { id: string; parents: { id: string }[] }[] }>('{ districts { id parents { id } } }');
    const leaf = districts.find((d) => d.parents.length && !districts.some((o) => o.parents.some((p) => p.id === d.id)));
    expect(leaf).toBeDefined();
    await page.selectOption('select[data-filter="district"]', leaf!.id);
    // the filter is applied after the change event, with the district's subtree fetched first
    await expect.poll(() => drawnNodeCount(page)).toBeLessThan(before);
    const filtered = await drawnNodeCount(page);
    expect(filtered).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('district')).toBe(leaf!.id);
    await page.uncheck('input[data-label="District"]');
    await expect.poll(() => drawnNodeCount(page)).toBe(0);
    await page.click('#filters button.reset');
    await expect.poll(() => drawnNodeCount(page)).toBe(before);
  });

  it('switches the interface to English and back', async () => {
    await page.click('#btn-lang');
    await expect.poll(() => page.textContent('#btn-compare')).toBe('Compare');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    await page.click('#btn-lang');
    await expect.poll(() => page.textContent('#btn-compare')).toBe('比较');
  });

  it('exports a PNG at 2x of at least the canvas size, an SVG and Cytoscape JSON', async () => {
    const canvas = await page.evaluate(() => ({ width: window.cy.width(), height: window.cy.height() }));
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#btn-png2')]);
    const size = pngSize(fs.readFileSync((await png.path())!));
    expect(size.width).toBeGreaterThanOrEqual(canvas.width * 2 - 2);
    expect(size.height).toBeGreaterThanOrEqual(canvas.height * 2 - 2);

    const [svg] = await Promise.all([page.waitForEvent('download'), page.click('#btn-svg')]);
    expect(fs.readFileSync((await svg.path())!, 'utf8')).toMatch(/^<\?xml|<svg/);

    const [json] = await Promise.all([page.waitForEvent('download'), page.click('#btn-json')]);
    const cyjs = JSON.parse(fs.readFileSync((await json.path())!, 'utf8'));
    expect(cyjs.elements.nodes.length).toBe(await drawnNodeCount(page));
    expect(cyjs.elements.edges.every((e: any) => e.data.source && e.data.target)).toBe(true);
  });

  it('briefing mode hides the controls and walks the graph with the keyboard', async () => {
    await page.click('#btn-briefing');
    expect(await page.isVisible('#toolbar')).toBe(false);
    expect(await page.isVisible('#filters')).toBe(false);
    expect(new URL(page.url()).searchParams.get('mode')).toBe('briefing');
    await page.keyboard.press('ArrowRight');
    const first = await page.textContent('#caption .name');
    expect(first).toBeTruthy();
    await page.keyboard.press('ArrowRight');
    expect(await page.textContent('#caption .name')).not.toBe(first);
    const zoom = await page.evaluate(() => window.cy.zoom());
    await page.keyboard.press('+');
    expect(await page.evaluate(() => window.cy.zoom())).toBeGreaterThan(zoom);
    await page.keyboard.press('Escape');
    expect(await page.isVisible('#toolbar')).toBe(true);
  });

  it('a shared link reproduces briefing mode', async () => {
    const other = await stack.open('?mode=briefing');
    expect(await other.isVisible('#toolbar')).toBe(false);
    expect(await drawnNodeCount(other)).toBeGreaterThan(0);
  });
});
