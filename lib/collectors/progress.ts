// Progress on stderr, never stdout (stdout carries records only). On a
// terminal: one live line (phase, elapsed / remaining, req/s) redrawn in place.
// Otherwise: plain timestamped lines at each phase and every LOG_EVERY_S.

import type { Writable } from 'node:stream';

const REDRAW_MS = 250;
const LOG_EVERY_S = 5;

export class Progress {
  private phase = '';
  private phaseStart = 0;
  private totalS?: number;
  private reqPerSec?: number;
  private lastLogged = 0;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly out: Writable & { isTTY?: boolean },
    private readonly now: () => number = Date.now,
  ) {}

  private get tty(): boolean {
    return this.out.isTTY === true;
  }

  private line(): string {
    const elapsed = (this.now() - this.phaseStart) / 1000;
    const parts = [`${this.phase} ${elapsed.toFixed(0)} s`];
    if (this.totalS !== undefined) parts.push(`${Math.max(0, this.totalS - elapsed).toFixed(0)} s left`);
    if (this.reqPerSec !== undefined) parts.push(`${Math.round(this.reqPerSec)} req/s`);
    return parts.join(', ');
  }

  private stamp(text: string): void {
    this.out.write(`${new Date(this.now()).toISOString()} perf-collect: ${text}\n`);
  }

  /** Enter a phase (starting, warm-up, measuring, stopping); totalS when its length is known. */
  enter(phase: string, totalS?: number): void {
    this.phase = phase;
    this.phaseStart = this.now();
    this.totalS = totalS;
    this.reqPerSec = undefined;
    this.lastLogged = this.phaseStart;
    if (this.tty) {
      this.timer ??= setInterval(() => this.draw(), REDRAW_MS).unref();
      this.draw();
    } else this.stamp(totalS !== undefined ? `${phase} (${totalS} s)` : phase);
  }

  /** The load's latest one-second request count. */
  requests(perSec: number): void {
    this.reqPerSec = perSec;
    if (!this.tty && this.now() - this.lastLogged >= LOG_EVERY_S * 1000) {
      this.lastLogged = this.now();
      this.stamp(this.line());
    }
  }

  /** A message that must stay on screen (the live line is redrawn under it). */
  note(text: string): void {
    if (this.tty) this.out.write('\r\x1b[K');
    this.stamp(text);
    if (this.tty && this.timer) this.draw();
  }

  /** The target's output on a terminal (already prefixed): above the live line, which is redrawn under it. */
  passthrough(text: string): void {
    if (this.tty) this.out.write('\r\x1b[K');
    this.out.write(`${text}\n`);
    if (this.tty && this.timer) this.draw();
  }

  private draw(): void {
    // Never wider than the terminal: a wrapped line cannot be redrawn in place.
    const width = (this.out as { columns?: number }).columns || 80;
    this.out.write(`\r\x1b[K${`perf-collect: ${this.line()}`.slice(0, width - 1)}`);
  }

  done(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    if (this.tty) this.out.write('\r\x1b[K');
  }
}
