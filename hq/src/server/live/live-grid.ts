import type { HqGridRow } from '@lobby/shared';
import type { Logger } from 'pino';
import type { GridStore } from './grid-store.ts';

/**
 * Pushes changed grid rows to every open head-office page: branches changed by ingest are
 * collected for a short window and read once, so 1,000 branches sending do not mean 1,000
 * queries per second per page.
 */
export class LiveGrid {
  private readonly dirty = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private readonly listeners = new Set<(rows: HqGridRow[]) => void>();

  private readonly grid: GridStore;
  private readonly clock: () => number;
  private readonly logger: Logger;
  private readonly windowMs: number;

  constructor(grid: GridStore, clock: () => number, logger: Logger, windowMs: number = 250) {
    this.grid = grid;
    this.clock = clock;
    this.logger = logger;
    this.windowMs = windowMs;
  }

  subscribe(listener: (rows: HqGridRow[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  changed(branchId: string): void {
    this.dirty.add(branchId);
    if (this.timer || this.listeners.size === 0) {
      if (this.listeners.size === 0) this.dirty.clear();
      return;
    }
    this.timer = setTimeout(() => void this.flush(), this.windowMs);
  }

  private async flush(): Promise<void> {
    this.timer = null;
    const ids = [...this.dirty];
    this.dirty.clear();
    if (ids.length === 0) return;
    try {
      const rows = await this.grid.rows(ids, this.clock());
      for (const l of this.listeners) l(rows);
    } catch (err) {
      this.logger.error({ err }, 'live grid push failed');
    }
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.listeners.clear();
  }
}
