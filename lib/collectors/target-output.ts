// The profiled program's own output: kept for the run folder (perf-apply
// writes it as target-output.txt), bounded, and shown on a terminal as it
// comes, dimmed behind a prefix so it never reads as the profiler's own words.

/** The start of the output is kept up to this: how it started, its banner, its first error. */
export const HEAD_BYTES = 128 * 1024;
/** The end is kept up to this: what it said last (a crash, a stack trace) matters most. */
export const TAIL_BYTES = 384 * 1024;

export type OutputStream = 'stdout' | 'stderr';

export interface KeptOutput {
  /** The lines kept, in the order they came (both streams), each ending in a newline; a marker line where some were dropped. */
  text: string;
  lines: { stdout: number; stderr: number };
  /** Bytes of output seen (UTF-8, newlines counted). */
  bytes: number;
  droppedLines: number;
  droppedBytes: number;
}

const sizeOf = (line: string) => Buffer.byteLength(line, 'utf8') + 1;

/** Keeps the first HEAD_BYTES and the last TAIL_BYTES of the output, whole lines only. */
export class OutputKeeper {
  private readonly head: string[] = [];
  private headBytes = 0;
  private readonly tail: string[] = [];
  private tailBytes = 0;
  private readonly lines = { stdout: 0, stderr: 0 };
  private bytes = 0;
  private droppedLines = 0;
  private droppedBytes = 0;

  add(line: string, stream: OutputStream): void {
    const size = sizeOf(line);
    this.lines[stream]++;
    this.bytes += size;
    if (this.tail.length === 0 && this.headBytes + size <= HEAD_BYTES) {
      this.head.push(line);
      this.headBytes += size;
      return;
    }
    this.tail.push(line);
    this.tailBytes += size;
    while (this.tailBytes > TAIL_BYTES && this.tail.length > 0) {
      const gone = this.tail.shift()!;
      this.tailBytes -= sizeOf(gone);
      this.droppedLines++;
      this.droppedBytes += sizeOf(gone);
    }
  }

  get empty(): boolean {
    return this.lines.stdout + this.lines.stderr === 0;
  }

  kept(): KeptOutput {
    const gap = this.droppedLines > 0 ? [`[... ${this.droppedLines} lines (${this.droppedBytes} bytes) of output not kept ...]`] : [];
    const all = [...this.head, ...gap, ...this.tail];
    return { text: all.length > 0 ? `${all.join('\n')}\n` : '', lines: { ...this.lines }, bytes: this.bytes, droppedLines: this.droppedLines, droppedBytes: this.droppedBytes };
  }
}

/** A CSI sequence (colours, cursor moves, screen clears) or any other control character but a tab. */
const CONTROL = /\x1b\[[0-?]*[ -/]*[@-~]|[\x00-\x08\x0b-\x1f\x7f]/g;

/**
 * One line of the target's output as the terminal shows it: `app │ line`,
 * dimmed (unless NO_COLOR), with the program's own escape sequences taken
 * out so it cannot move the cursor under the live progress line.
 */
export function shownLine(line: string, color: boolean): string {
  const text = `app │ ${line.replace(CONTROL, '')}`;
  return color ? `\x1b[2m${text}\x1b[22m` : text;
}
