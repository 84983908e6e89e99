import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ARTIFACT_DIR } from '../../support/browser.ts';

/**
 * Counts, per probe, how many hostile attempts a test made and how many the server refused,
 * so the review's "tried / refused" table comes from the runs themselves. Each test file
 * prints its table and writes it to test-artifacts/security-probes/<file>.json.
 */
export interface ProbeCounts {
  tried: number;
  refused: number;
}

export class ProbeTally {
  private readonly counts = new Map<string, ProbeCounts>();

  private readonly file: string;

  constructor(file: string) {
    this.file = file;
  }

  /** One attempt of `probe`; `refused` = the server said no (or gave nothing away). */
  record(probe: string, refused: boolean): void {
    const c = this.counts.get(probe) ?? { tried: 0, refused: 0 };
    c.tried++;
    if (refused) c.refused++;
    this.counts.set(probe, c);
  }

  get(probe: string): ProbeCounts {
    return this.counts.get(probe) ?? { tried: 0, refused: 0 };
  }

  /** Prints the table and writes the JSON artifact (call from afterAll). */
  report(): void {
    if (this.counts.size === 0) return;
    const rows = [...this.counts].map(([probe, c]) => ({ probe, ...c }));
    const dir = join(ARTIFACT_DIR, 'security-probes');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${basename(this.file, '.test.ts')}.json`), JSON.stringify(rows, null, 2));
    console.log(
      [
        `probes of ${basename(this.file)}:`,
        ...rows.map((r) => `  ${r.probe}: tried ${r.tried}, refused ${r.refused}`),
      ].join('\n'),
    );
  }
}
