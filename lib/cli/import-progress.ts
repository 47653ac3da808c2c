// perf-collect --input on a terminal: how much of a big file has been read
// ("importing big.txt: 45 MB of 133 MB (34%)"), then that the profile is being
// built. The importers read through the source they are given, so this wraps
// the source's two readers and counts the bytes that pass; the importers do
// not know. Off a terminal the source is returned untouched.

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Transform, type Readable } from 'node:stream';
import type { ImportSource } from '../importers/types.js';
import { bytesOf, type LiveLine } from './live-line.js';

export async function withReadProgress(source: ImportSource, path: string, line: LiveLine): Promise<ImportSource> {
  if (!line.tty || path === '-') return source;
  const total = (await stat(path)).size;
  let done = 0;
  const counted = (input: Readable): Readable => {
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        done += chunk.length;
        line.set(done < total ? `importing ${source.name}: ${bytesOf(done, total)}` : `importing ${source.name}: building the profile`, done >= total);
        callback(null, chunk);
      },
    });
    input.on('error', (err) => counter.destroy(err));
    return input.pipe(counter);
  };
  line.set(`importing ${source.name}: ${bytesOf(0, total)}`);
  return {
    ...source,
    open: () => counted(source.open()),
    readAll: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of counted(createReadStream(path))) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
  };
}
