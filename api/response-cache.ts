/**
 * A cache of whole GraphQL responses for anonymous reads. The graph only changes on ingest (or a
 * writer's mutation), so the same query with the same variables gets the same answer until then.
 *
 * Never across a change: every entry is tagged with the graph version (graph/version.ts) read
 * after the request arrived, and served only to requests for which the same version was read
 * after they arrived. With `maxStalenessMs` > 0 a version read up to that long ago is trusted
 * instead, trading a bounded staleness for fewer version reads. Writer requests through the API
 * invalidate at once whatever the setting. Concurrent requests share one version read in flight.
 */
import { createHash } from 'node:crypto';

export interface ResponseCacheSettings {
  /** KG_RESPONSE_CACHE (0 turns it off) */
  enabled: boolean;
  /** KG_RESPONSE_CACHE_ENTRIES */
  maxEntries: number;
  /** KG_RESPONSE_CACHE_MB, in bytes: bodies and keys together */
  maxBytes: number;
  /** KG_RESPONSE_CACHE_STALE_MS: 0 reads the version for every request (never stale) */
  maxStalenessMs: number;
}

export interface CachedResponse {
  status: number;
  headers: [string, string][];
  body: string;
}

/** What a request may use: the version confirmed for it. */
export interface Ticket {
  version: string;
}

interface VersionRead {
  /** requests numbered up to this one had arrived before the read started */
  afterRequest: number;
  startedAt: number;
  value: Promise<string | null>;
}

interface Entry {
  version: string;
  response: CachedResponse;
  bytes: number;
}

/** A request's identity for the cache: operation text, name, variables and extensions, as sent. */
export function cacheKey(body: { query?: unknown; operationName?: unknown; variables?: unknown; extensions?: unknown }): string {
  const canonical = JSON.stringify([body.query ?? null, body.operationName ?? null, body.variables ?? null, body.extensions ?? null]);
  return createHash('sha256').update(canonical).digest('base64url');
}

export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  private arrivals = 0;
  /** bumped by writer requests, so that reads started before them are not stored */
  private generation = 0;
  private inFlight?: VersionRead;
  private last?: VersionRead & { resolved: string | null };
  private current: string | null = null;

  constructor(
    private readonly readVersion: () => Promise<string | null>,
    private readonly settings: ResponseCacheSettings,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** The version for a request arriving now; null when the cache cannot be used (e.g. Neo4j is down). */
  async begin(): Promise<Ticket | null> {
    const request = ++this.arrivals;
    const arrivedAt = performance.now();
    const fresh = (read: VersionRead) =>
      read.afterRequest >= request || (this.settings.maxStalenessMs > 0 && read.startedAt >= arrivedAt - this.settings.maxStalenessMs);
    const generation = this.generation;
    let value: string | null;
    for (;;) {
      if (this.last && fresh(this.last)) {
        value = this.last.resolved;
        break;
      }
      if (this.inFlight && fresh(this.inFlight)) {
        value = await this.inFlight.value;
        break;
      }
      // The read in flight began before this request arrived: it may miss a write this request must see.
      if (this.inFlight) await this.inFlight.value;
      else this.startVersionRead();
    }
    if (value === null || generation !== this.generation) return null;
    return { version: `${value}#${generation}` };
  }

  get(ticket: Ticket, key: string): CachedResponse | undefined {
    const entry = this.entries.get(key);
    if (!entry || entry.version !== ticket.version) return undefined;
    // Least recently used first: re-inserting moves the entry to the end.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.response;
  }

  /** Stores a response computed for `ticket`, unless the graph has changed since. */
  set(ticket: Ticket, key: string, response: CachedResponse): void {
    if (ticket.version !== `${this.current}#${this.generation}`) return;
    const bytes = 2 * (key.length + response.body.length) + 200;
    if (bytes > this.settings.maxBytes / 8) return;
    this.remove(key);
    this.entries.set(key, { version: ticket.version, response, bytes });
    this.bytes += bytes;
    for (const [oldest] of this.entries) {
      if (this.entries.size <= this.settings.maxEntries && this.bytes <= this.settings.maxBytes) break;
      this.remove(oldest);
    }
  }

  /** A write is about to happen or has happened through the API: forget everything now. */
  invalidate(): void {
    this.generation++;
    this.clear();
  }

  private clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }

  /**
   * The read starts on the next turn of the event loop, so that every request that has arrived by
   * then (e.g. a burst parsed in the same turn) shares it; until it starts, any arrival may join.
   */
  private startVersionRead(): void {
    const read: VersionRead = { afterRequest: Number.POSITIVE_INFINITY, startedAt: Number.POSITIVE_INFINITY, value: Promise.resolve(null) };
    read.value = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => {
        read.afterRequest = this.arrivals;
        read.startedAt = performance.now();
        return this.readVersion();
      })
      .catch(() => null);
    this.inFlight = read;
    void read.value.then((resolved) => {
      if (this.inFlight === read) this.inFlight = undefined;
      this.last = { ...read, resolved };
      // Entries of another version can never be served again.
      if (resolved !== this.current) this.clear();
      this.current = resolved;
    });
  }
}
