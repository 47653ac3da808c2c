// The one place a command's outcome becomes an exit code and a line on stderr.

import { EXIT_RUNTIME, ProfilerError, oneLine } from '../base/errors.js';
import { processIO, type CliIO } from '../base/io.js';

export async function main(stage: string, run: (io: CliIO) => Promise<number>): Promise<void> {
  const io = processIO();
  // `perf-collect ... | head`: a closed stdout is not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
  });
  // A progress line still on the terminal is cleared before the error is said.
  const clear = process.stderr.isTTY ? '\r\x1b[K' : '';
  try {
    process.exitCode = await run(io);
  } catch (err) {
    if (err instanceof ProfilerError) {
      io.stderr.write(`${clear}${stage}: ${oneLine(err)}\n`);
      process.exitCode = err.exitCode;
    } else {
      io.stderr.write(`${clear}${stage}: internal error: ${oneLine(err)}\n`);
      if (process.env.PERF_DEBUG) io.stderr.write(`${(err as Error).stack ?? ''}\n`);
      process.exitCode = EXIT_RUNTIME;
    }
  }
}
