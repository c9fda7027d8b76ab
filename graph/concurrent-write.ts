/**
 * Writes documents from several callers at once, each document still in its own transaction.
 * New documents only add to shared nodes (MERGE under unique constraints; aliases re-read once
 * the node is locked), so they go side by side. A replacement deletes relationships and orphaned
 * nodes another document may be linking to, so it waits until the others are done and runs alone.
 */
import type { Driver } from 'neo4j-driver';
import type { Extraction } from '../ingest/index.ts';
import { writeExtraction, type WriteResult } from './write.ts';

export interface DocumentWriter {
  write(extraction: Extraction): Promise<WriteResult>;
}

/** Many shared holders or one exclusive holder; a waiting exclusive holder goes before new shared ones. */
class SharedExclusiveGate {
  private shared = 0;
  private exclusive = false;
  private waitingExclusive = 0;
  private wakeups: (() => void)[] = [];

  private async waitUntil(ready: () => boolean): Promise<void> {
    while (!ready()) await new Promise<void>((resolve) => this.wakeups.push(resolve));
  }

  private wakeAll(): void {
    const wakeups = this.wakeups;
    this.wakeups = [];
    for (const wake of wakeups) wake();
  }

  async asShared<T>(work: () => Promise<T>): Promise<T> {
    await this.waitUntil(() => !this.exclusive && this.waitingExclusive === 0);
    this.shared += 1;
    try {
      return await work();
    } finally {
      this.shared -= 1;
      this.wakeAll();
    }
  }

  async asExclusive<T>(work: () => Promise<T>): Promise<T> {
    this.waitingExclusive += 1;
    await this.waitUntil(() => !this.exclusive && this.shared === 0);
    this.waitingExclusive -= 1;
    this.exclusive = true;
    try {
      return await work();
    } finally {
      this.exclusive = false;
      this.wakeAll();
    }
  }
}

export function concurrentDocumentWriter(driver: Driver, database?: string): DocumentWriter {
  const gate = new SharedExclusiveGate();
  return {
    async write(extraction) {
      const done = await gate.asShared(() => writeExtraction(driver, extraction, database, true));
      return done ?? gate.asExclusive(() => writeExtraction(driver, extraction, database));
    },
  };
}
