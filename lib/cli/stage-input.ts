// The records a stage reads on stdin, with one more check than the reader
// makes: when the very first record cannot be read, the input may be a
// profile piped where records belong (`perf-analyze < cpu.pb.gz`). Then the
// answer names the format and the command that imports it, instead of a JSON
// parse error quoting binary.

import { Readable } from 'node:stream';
import { ProfilerError, usage } from '../base/errors.js';
import type { CliIO } from '../base/io.js';
import { HEAD_BYTES, type Importer } from '../importers/types.js';
import { readRecords, type NumberedRecord } from '../records/reader.js';

export function maxRecordBytes(env: NodeJS.ProcessEnv): number | undefined {
  const raw = env.PERF_MAX_RECORD_BYTES;
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw)) throw usage(`PERF_MAX_RECORD_BYTES must be a whole number of bytes, got '${raw}'`);
  return Number(raw);
}

/** The first `bytes` of a stream, and a stream that still yields all of it. */
async function peek(input: Readable, bytes: number): Promise<{ head: Buffer; stream: Readable }> {
  const it = input[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const chunks: Buffer[] = [];
  let size = 0;
  let ended = false;
  while (size < bytes) {
    const next = await it.next();
    if (next.done) {
      ended = true;
      break;
    }
    const chunk = Buffer.from(next.value);
    chunks.push(chunk);
    size += chunk.length;
  }
  async function* all(): AsyncGenerator<Buffer> {
    yield* chunks;
    while (!ended) {
      const next = await it.next();
      if (next.done) return;
      yield Buffer.from(next.value);
    }
  }
  return { head: Buffer.concat(chunks).subarray(0, bytes), stream: Readable.from(all(), { objectMode: false }) };
}

/**
 * The importer that would take `head`, if any. A sure answer wins; a maybe
 * counts too, except folded stacks' for JSON (folded says maybe to almost any
 * text, and a JSON line that is not a record is more likely a mistyped record).
 */
export async function profileFormatOf(head: Buffer): Promise<Importer | undefined> {
  // Only a failed first record needs the importers: loading them up front was 0.05-0.07 s of every stage's start.
  const { IMPORTERS } = await import('../importers/registry.js');
  const answers = IMPORTERS.map((importer) => ({ importer, answer: importer.sniff(head, 'stdin') }));
  const sure = answers.find((a) => a.answer === 'yes');
  if (sure) return sure.importer;
  const json = /^\s*[{[]/.test(head.subarray(0, 64).toString('latin1'));
  return answers.find((a) => a.answer === 'maybe' && !(json && a.importer.format === 'folded'))?.importer;
}

/** The pipe that turns a profile into what `stage` reads. */
export function importCommand(stage: string): string {
  const before = { 'perf-analyze': [], 'perf-plan': ['perf-analyze'], 'perf-apply': ['perf-analyze', 'perf-plan'] }[stage] ?? [];
  return ['perf-collect --input FILE', ...before, stage].join(' | ');
}

/** Every record on stdin; a bare terminal is refused (records come from a pipe). */
export async function* stageRecords(io: CliIO, stage: string): AsyncGenerator<NumberedRecord> {
  if (io.stdin.isTTY) throw usage(`${stage} reads NDJSON records on stdin; pipe ${importCommand(stage).split(' | ').slice(-2, -1)[0]!.split(' ')[0]} into it (see ${stage} --help)`);
  const { head, stream } = await peek(io.stdin, HEAD_BYTES);
  let read = false;
  try {
    for await (const record of readRecords(stream, { source: 'stdin', maxRecordBytes: maxRecordBytes(io.env) })) {
      read = true;
      yield record;
    }
  } catch (err) {
    const format = !read && err instanceof ProfilerError ? await profileFormatOf(head) : undefined;
    if (format) {
      const what = format.describe.split(/ \(| from /)[0];
      throw usage(`stdin: this is a profile (${what}), not NDJSON records; import it first: ${importCommand(stage)}, or perf-profiler --input FILE`);
    }
    throw err;
  }
}
