/**
 * The response cache's rules, with a version source the test controls: a request is answered only
 * from entries tagged with a version read after it arrived, concurrent requests share one read,
 * and nothing computed before a change or an invalidation is stored after it.
 */
import { describe, expect, it } from 'vitest';
import { ResponseCache, cacheKey, type ResponseCacheSettings } from '../../api/response-cache.ts';

const SETTINGS: ResponseCacheSettings = { enabled: true, maxEntries: 10, maxBytes: 1024 * 1024, maxStalenessMs: 0 };
const answer = (body: string) => ({ status: 200, headers: [['content-type', 'application/json']] as [string, string][], body });

const nextTurn = () => new Promise((r) => setTimeout(r, 0));

/** A version source whose reads stay pending until the test releases them. */
function versionSource(initial: string) {
  let version = initial;
  const pending: (() => void)[] = [];
  let reads = 0;
  return {
    read: () => {
      reads++;
      const seen = version;
      return new Promise<string | null>((resolve) => pending.push(() => resolve(seen)));
    },
    set: (v: string) => (version = v),
    /** lets scheduled reads start, then answers them */
    release: async () => {
      await nextTurn();
      while (pending.length) pending.shift()!();
      await nextTurn();
    },
    get reads() {
      return reads;
    },
  };
}

describe('ResponseCache', () => {
  it('keys requests by text, operation, variables and extensions', () => {
    const base = { query: '{ a }', variables: { x: 1 } };
    expect(cacheKey(base)).toBe(cacheKey({ ...base }));
    expect(cacheKey(base)).not.toBe(cacheKey({ ...base, variables: { x: 2 } }));
    expect(cacheKey(base)).not.toBe(cacheKey({ ...base, operationName: 'A' }));
    expect(cacheKey(base)).not.toBe(cacheKey({ ...base, extensions: { persistedQuery: { version: 1 } } }));
  });

  it('shares one version read among requests that arrive before it starts', async () => {
    const source = versionSource('v1');
    const cache = new ResponseCache(source.read, SETTINGS);
    const tickets = Promise.all([cache.begin(), cache.begin(), cache.begin()]);
    await source.release();
    expect((await tickets).map((t) => t?.version)).toEqual(['v1#0', 'v1#0', 'v1#0']);
    expect(source.reads).toBe(1);
  });

  it('makes a request that arrives during a read wait for a read that starts after it', async () => {
    const source = versionSource('v1');
    const cache = new ResponseCache(source.read, SETTINGS);
    const first = cache.begin();
    await nextTurn(); // the read has started
    source.set('v2'); // committed after the first read started, before the second request arrived
    const second = cache.begin();
    await source.release();
    expect((await first)?.version).toBe('v1#0');
    await source.release();
    expect((await second)?.version).toBe('v2#0');
    expect(source.reads).toBe(2);
  });

  it('serves an entry only for the version it was computed at', async () => {
    const source = versionSource('v1');
    const cache = new ResponseCache(source.read, SETTINGS);
    const t1 = cache.begin();
    await source.release();
    cache.set((await t1)!, 'k', answer('old'));
    const t2 = cache.begin();
    await source.release();
    expect(cache.get((await t2)!, 'k')?.body).toBe('old');
    source.set('v2');
    const t3 = cache.begin();
    await source.release();
    expect(cache.get((await t3)!, 'k')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('does not store what was computed before a change or an invalidation', async () => {
    const source = versionSource('v1');
    const cache = new ResponseCache(source.read, SETTINGS);
    const before = cache.begin();
    await source.release();
    const ticket = (await before)!;
    source.set('v2');
    const later = cache.begin(); // sees v2 while the first request is still computing
    await source.release();
    await later;
    cache.set(ticket, 'k', answer('computed at v1'));
    expect(cache.size).toBe(0);

    const t = cache.begin();
    await source.release();
    const current = (await t)!;
    cache.invalidate();
    cache.set(current, 'k', answer('computed before the write'));
    expect(cache.size).toBe(0);
  });

  it('bypasses the cache when the version cannot be read', async () => {
    const cache = new ResponseCache(() => Promise.reject(new Error('down')), SETTINGS);
    expect(await cache.begin()).toBeNull();
    const noBookmark = new ResponseCache(async () => null, SETTINGS);
    expect(await noBookmark.begin()).toBeNull();
  });

  it('evicts the least recently used entries beyond its size', async () => {
    const cache = new ResponseCache(async () => 'v1', { ...SETTINGS, maxEntries: 2 });
    const ticket = (await cache.begin())!;
    cache.set(ticket, 'a', answer('A'));
    cache.set(ticket, 'b', answer('B'));
    expect(cache.get(ticket, 'a')?.body).toBe('A'); // a is now the most recent
    cache.set(ticket, 'c', answer('C'));
    expect(cache.get(ticket, 'b')).toBeUndefined();
    expect(cache.get(ticket, 'a')?.body).toBe('A');
    expect(cache.get(ticket, 'c')?.body).toBe('C');
  });
});
