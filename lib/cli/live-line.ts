// Progress for a person at a terminal: one line on stderr, redrawn in place
// and cleared when the step is done. Off a terminal it writes nothing at all:
// pipes and CI logs keep only the lines they always had. It draws when told
// (set), not on a timer: rendering and analysis are synchronous work, during
// which no timer would fire.

import type { CliIO } from '../base/io.js';

const REDRAW_MS = 200;

export class LiveLine {
  readonly tty: boolean;
  private readonly start: number;
  private lastDraw = -Infinity;
  private shown = false;

  /** showAfterMs: a step told often (bytes read) waits this long, so a quick one shows nothing. */
  constructor(
    private readonly io: CliIO,
    private readonly stage: string,
    private readonly showAfterMs = 0,
  ) {
    this.tty = (io.stderr as { isTTY?: boolean }).isTTY === true;
    this.start = io.clock();
  }

  /** What the step is doing now ("importing x.txt: 45 MB of 133 MB (34%)"). */
  set(text: string, force = false): void {
    if (!this.tty) return;
    const now = this.io.clock();
    if (now - this.start < this.showAfterMs || (!force && now - this.lastDraw < REDRAW_MS)) return;
    this.lastDraw = now;
    // Never wider than the terminal: a wrapped line cannot be redrawn in place.
    const width = (this.io.stderr as { columns?: number }).columns || 80;
    this.io.stderr.write(`\r\x1b[K${`${this.stage}: ${text}`.slice(0, width - 1)}`);
    this.shown = true;
  }

  done(): void {
    if (this.shown) this.io.stderr.write('\r\x1b[K');
    this.shown = false;
  }
}

/** "45 MB of 133 MB (34%)". */
export function bytesOf(done: number, total: number | undefined): string {
  const mb = (n: number) => `${(n / 2 ** 20).toFixed(n < 10 * 2 ** 20 ? 1 : 0)} MB`;
  return total ? `${mb(done)} of ${mb(total)} (${Math.floor((100 * done) / total)}%)` : mb(done);
}
