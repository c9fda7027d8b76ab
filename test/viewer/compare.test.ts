import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from './harness.ts';

describe('viewer comparison (Chromium against the real server and Neo4j)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(async () => {
    await stack?.close();
  });

  it('comparing two districts shows a policy both implement', async () => {
    const { districts } = await stack.gql<{ districts: { id: string; programmes: { policies: { id: string }[] }[] }[] }>(
      '{ districts { id programmes { policies { id } } } }',
    );
    const policySets = districts.map((d) => ({ id: d.id, policies: new Set(d.programmes.flatMap((p) => p.policies.map((x) => x.id))) }));
    let pair: [string, string] | undefined;
    for (const a of policySets) for (const b of policySets) {
      if (!pair && a.id < b.id && [...a.policies].some((p) => b.policies.has(p))) pair = [a.id, b.id];
    }
    expect(pair, 'two seed districts implementing a common policy').toBeDefined();

    const page = await stack.open();
    await page.click('#btn-compare');
    for (const id of pair!) await page.check(`#compare input[value="${id}"]`);
    await page.waitForSelector('#compare[data-ready="true"]');
    expect(await page.$$eval('#compare .shared-policies li', (els) => els.length)).toBeGreaterThanOrEqual(1);
    const url = new URL(page.url());
    expect(url.searchParams.get('mode')).toBe('compare');
    expect(url.searchParams.get('compare')!.split(',').sort()).toEqual([...pair!].sort());
    // the graph shows both districts and what they share
    const drawn = await page.evaluate(() => window.cy.nodes().map((n) => n.data('label') as string));
    expect(drawn.filter((l) => l === 'District')).toHaveLength(2);
    expect(drawn).toContain('Policy');
  });

  it('names themes in English in the English interface, in the lists and in the graph', async () => {
    const { districts } = await stack.gql<{ districts: { id: string; programmesConnection: { totalCount: number } }[] }>('{ districts { id programmesConnection { totalCount } } }');
    const busiest = [...districts].sort((a, b) => b.programmesConnection.totalCount - a.programmesConnection.totalCount).slice(0, 2).map((d) => d.id);
    const { themes } = await stack.gql<{ themes: { id: string; name: string; nameEn: string | null }[] }>('{ themes { id name nameEn } }');
    const english = new Map(themes.map((th) => [th.id, th.nameEn]));

    const page = await stack.open(`?mode=compare&compare=${busiest.map(encodeURIComponent).join(',')}&lang=en`);
    await page.waitForSelector('#compare[data-ready="true"]');
    const listed = await page.$$eval('#compare li[data-id^="theme:"]', (els) => els.map((e) => ({ id: e.getAttribute('data-id')!, text: e.textContent })));
    expect(listed.length, 'the two busiest seed districts list some theme').toBeGreaterThan(0);
    for (const item of listed) expect(item.text).toBe(english.get(item.id));
    const drawnThemes = await page.evaluate(() => window.cy.nodes('[label = "Theme"]').map((n) => ({ id: n.id(), display: String(n.data('display')) })));
    for (const th of drawnThemes) expect(th.display.replace(/\n/g, ' ')).toContain(english.get(th.id)!.split(' ')[0]);

    // and back in Chinese
    await page.click('#btn-lang');
    await expect.poll(() => page.$eval('#compare li[data-id^="theme:"]', (e) => e.textContent)).toBe(themes.find((th) => th.id === listed[0].id)!.name);
  });
});
