// Where a stage's records go: NDJSON on stdout into a pipe or a file (or with
// --ndjson), or, for a person at a terminal, kept (validated as the writer
// would) and shown as a summary once the stage is done, so a terminal never
// shows a profile's base64 or a screen of JSON.

import type { AnyRecord } from '../records/types.js';
import { validateRecord } from '../records/validate.js';
import { RecordWriter } from '../records/writer.js';
import type { CliIO } from '../base/io.js';

/** What a stage writes its records to (RecordWriter, or KeptRecords for the summary). */
export interface RecordOut {
  /** True once the downstream reader has gone away. */
  readonly closed: boolean;
  write(record: AnyRecord): Promise<void>;
  end(): Promise<void>;
}

/** The summary for people: every record the stage would have written in, text out. */
export type Summarize = (records: AnyRecord[]) => string;

class KeptRecords implements RecordOut {
  readonly closed = false;
  private readonly records: AnyRecord[] = [];

  constructor(
    private readonly io: CliIO,
    private readonly stage: string,
    private readonly summarize: Summarize,
  ) {}

  async write(record: AnyRecord): Promise<void> {
    validateRecord(record, `${this.stage} output`);
    this.records.push(record);
  }

  async end(): Promise<void> {
    this.io.stdout.write(this.summarize(this.records));
  }
}

/** Records to stdout, or a summary of them when `summarize` is given (the bin decides: lib/cli/flags.ts wantsSummary). */
export function stageOutput(io: CliIO, stage: string, summarize?: Summarize): RecordOut {
  return summarize ? new KeptRecords(io, stage, summarize) : new RecordWriter(io.stdout, stage);
}
