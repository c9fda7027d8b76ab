import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { drawnNodeCount, startStack, type Stack } from './harness.ts';

/** Clicks a drawn node on the canvas, as a user would. */
async function clickNode(page: Page, id: string): Promise<void> {
  const at = await page.evaluate((nodeId) => {
    const cy = window.cy;
    const node = cy.getElementById(nodeId);
    cy.center(node);
    const box = cy.container()!.getBoundingClientRect();
    const p = node.renderedPosition();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
  await page.mouse.click(at.x, at.y);
}

const idle = (page: Page) => page.evaluate(() => window.viewer.idle());

describe('viewer exploration (Chromium against the real server and Neo4j)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(async () => {
    await stack?.close();
  });

  it('search → focus → expand → the panel shows an evidence sentence and its source passage', async () => {
    const { programmes } = await stack.gql<{ programmes: { id: string; name: string; districtsConnection: { edges: { properties: { sentence: string | null }; node: { id: string } }[] } }[] }>(
      '{ programmes { id name districtsConnection { edges { properties { sentence } node { id } } } } }',
    );
    const target = programmes.find((p) => p.districtsConnection.edges.some((e) => e.properties.sentence));
    expect(target, 'a programme with an evidence sentence on RUNS').toBeDefined();
    const district = target!.districtsConnection.edges.find((e) => e.properties.sentence)!.node.id;

    const page = await stack.open();
    await page.fill('#search', target!.name);
    await page.click(`#search-results li.hit[data-id="${target!.id}"]`);
    await idle(page);
    expect(await page.evaluate(() => window.cy.nodes('.focus').map((n) => n.id()))).toEqual([target!.id]);
    expect(new URL(page.url()).searchParams.get('focus')).toBe(target!.id);

    // expand the district that runs it: more nodes, and the existing ones stay where they were
    const before = await drawnNodeCount(page);
    const focusPos = await page.evaluate((id) => window.cy.getElementById(id).position(), target!.id);
    await clickNode(page, district);
    await page.waitForSelector(`#panel[data-node="${district}"]`);
    await page.click('#panel .actions button:first-child');
    await idle(page);
    expect(await drawnNodeCount(page)).toBeGreaterThan(before);
    expect(await page.evaluate((id) => window.cy.getElementById(id).position(), target!.id)).toEqual(focusPos);
    expect(new URL(page.url()).searchParams.get('expand')).toBe(district);

    await clickNode(page, target!.id);
    await page.waitForSelector(`#panel[data-node="${target!.id}"] .ev-sentence`);
    const sentences = await page.$$eval('#panel .ev-sentence', (els) => els.map((e) => e.textContent ?? ''));
    expect(sentences.some((s) => s.length > 0)).toBe(true);
    await page.click('#panel li.has-sentence button.link');
    await page.waitForSelector('#panel .passage mark');
    expect((await page.textContent('#panel .passage mark'))!.length).toBeGreaterThan(0);
  });

  it('collapse removes what an expansion added', async () => {
    const { districts } = await stack.gql<{ districts: { id: string; programmesConnection: { totalCount: number } }[] }>('{ districts { id programmesConnection { totalCount } } }');
    const busiest = [...districts].sort((a, b) => b.programmesConnection.totalCount - a.programmesConnection.totalCount)[0];
    const page = await stack.open(`?focus=${encodeURIComponent(busiest.id)}`);
    const focused = await drawnNodeCount(page);
    const programme = await page.evaluate(() => window.cy.nodes('[label = "Programme"]').first().id());
    await page.evaluate((id) => void window.cy.getElementById(id).emit('dbltap'), programme);
    await idle(page);
    const expanded = await drawnNodeCount(page);
    await page.evaluate((id) => void window.cy.getElementById(id).emit('dbltap'), programme);
    await idle(page);
    expect(await drawnNodeCount(page)).toBe(focused);
    expect(expanded).toBeGreaterThanOrEqual(focused);
  });

  it('a link reproduces focus, expansion, filters and selection', async () => {
    const { districts } = await stack.gql<{ districts: { id: string; programmesConnection: { totalCount: number } }[] }>('{ districts { id programmesConnection { totalCount } } }');
    const busiest = [...districts].sort((a, b) => b.programmesConnection.totalCount - a.programmesConnection.totalCount)[0];
    const plain = await stack.open(`?focus=${encodeURIComponent(busiest.id)}`);
    const all = await drawnNodeCount(plain);
    const page = await stack.open(`?focus=${encodeURIComponent(busiest.id)}&hide=Programme&select=${encodeURIComponent(busiest.id)}`);
    expect(await drawnNodeCount(page)).toBeLessThan(all);
    expect(await page.isChecked('input[data-label="Programme"]')).toBe(false);
    await page.waitForSelector(`#panel[data-node="${busiest.id}"]`);
  });

  it('names the district of each similar programme, whose name is often the same, in the graph and the panel', async () => {
    const { programmes } = await stack.gql<{ programmes: { id: string; similar: { programme: { id: string; districts: { name: string }[] } }[] }[] }>(
      '{ programmes(where: { name: { contains: "电梯" } }) { id similar(limit: 5) { programme { id districts { name } } } } }',
    );
    const withSimilar = programmes.find((p) => p.similar.length > 0);
    expect(withSimilar, 'an elevator programme with a similar one in another district').toBeDefined();
    const page = await stack.open(`?focus=${encodeURIComponent(withSimilar!.id)}&select=${encodeURIComponent(withSimilar!.id)}`);
    const drawn = await page.evaluate((focus) => {
      const edge = window.cy.edges('.SIMILAR_TO').filter((e) => e.source().id() === focus || e.target().id() === focus)[0];
      const node = edge.source().id() === focus ? edge.target() : edge.source();
      return { id: node.id(), caption: String(node.data('display')) };
    }, withSimilar!.id);
    const { programmes: [other] } = await stack.gql<{ programmes: { districts: { name: string }[] }[] }>(
      'query ($id: ID!) { programmes(where: { id: { eq: $id } }) { districts { name } } }',
      { id: drawn.id },
    );
    expect(drawn.caption.replace(/\n/g, '')).toContain(other.districts[0].name);
    await page.waitForSelector('#panel .evidence-list .evidence');
    const panelText = await page.locator('#panel .evidence-list').innerText();
    expect(panelText).toContain(`(${other.districts.map((d) => d.name).join('、')})`);
  });

  it('renders document text as text: <script> and <img onerror> in a document never run', async () => {
    const text = '正文开始。<script>window.__pwned = "script"</script>测试项目在此。<img src="x" onerror="window.__pwned = \'img\'">结束。';
    const start = text.indexOf('测试项目');
    await stack.driver.executeQuery(
      `CREATE (d:Document {id: 'doc:xss', name: 'XSS', title: '<img src=x onerror="window.__pwned=1">标题', text: $text})
       CREATE (p:Programme {id: 'programme:xss', name: '测试项目<script>window.__pwned=2</script>', aliases: []})
       CREATE (p)-[:MENTIONED_IN {docId: 'doc:xss', spanStarts: [$start, 0], spanEnds: [$end, $len]}]->(d)`,
      { text, start, end: start + 4, len: text.length },
    );
    const page = await stack.open(`?focus=programme:xss&select=programme:xss`);
    await page.waitForSelector('#panel[data-node="programme:xss"] button.link');
    await page.click('#panel button.link');
    await page.waitForSelector('#panel .passage mark');
    await page.click('#panel .passage button');
    await page.waitForSelector('#panel .passage-text.whole');
    await page.waitForTimeout(300); // an injected image would fail to load and fire onerror by now
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(await page.$$('#panel script, #panel img')).toHaveLength(0);
    expect(await page.textContent('#panel .passage-text')).toContain('<script>window.__pwned = "script"</script>');
    expect(await page.textContent('#panel .passage-head')).toContain('<img src=x');
  });
});
