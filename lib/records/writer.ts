// NDJSON out. Each record is validated before it is written, so a stage can
// never emit something the next stage would refuse. A reader that goes away
// (EPIPE, as with `| head`) ends the stage quietly instead of crashing it.

import type { Writable } from 'node:stream';
import ndjson from 'ndjson';
import type { AnyRecord } from './types.js';
import { validateRecord } from './validate.js';

export class RecordWriter {
  private readonly encoder = ndjson.stringify();
  private readonly stage: string;
  private broken = false;
  count = 0;

  constructor(output: Writable, stage: string) {
    this.stage = stage;
    output.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE' && err.code !== 'ERR_STREAM_DESTROYED') throw err;
      this.broken = true;
      this.encoder.unpipe(output);
      this.encoder.emit('drain'); // release a writer waiting for room that will never come
    });
    this.encoder.pipe(output);
  }

  /** True once the downstream reader has gone away. */
  get closed(): boolean {
    return this.broken;
  }

  async write(record: AnyRecord): Promise<void> {
    if (this.broken) return;
    validateRecord(record, `${this.stage} output`);
    this.count++;
    if (!this.encoder.write(record)) {
      await new Promise<void>((resolve) => this.encoder.once('drain', resolve));
    }
  }

  async end(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.encoder.end(() => resolve());
    });
  }
}
