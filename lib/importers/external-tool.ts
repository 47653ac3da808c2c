// The importers that convert through a tool of the format's own ecosystem
// (the JDK's `jfr`, Python's `pstats`) start it here, so a missing tool and a
// tool that rejects the input read the same way for every format.

import type { Readable } from 'node:stream';
import type { Result } from 'execa';
import { ProfilerError, badInput } from '../base/errors.js';

export interface Tool {
  /** The command looked up on PATH. */
  command: string;
  /** What to install when it is missing, for the error message. */
  install: string;
}

/** A missing command: exit 1 with what to install. */
export function toolMissing(tool: Tool, forWhat: string): ProfilerError {
  return new ProfilerError('tool-missing', `${tool.command} not found on PATH; it is needed to read ${forWhat}: ${tool.install}`);
}

/**
 * Run the tool and hand its stdout to `consume`. A missing tool is a
 * tool-missing error; a tool that fails names the input and its first stderr
 * line, and wins over whatever `consume` made of the (then empty) output.
 */
export async function withTool<T>(
  tool: Tool,
  args: string[],
  context: { forWhat: string; where: string; input?: Buffer },
  consume: (stdout: Readable) => Promise<T>,
): Promise<T> {
  // Loaded here, not at the top: execa was a fifth of every import's start, and only JFR and cProfile inputs need it.
  const { execa } = await import('execa');
  const run = execa(tool.command, args, {
    buffer: { stdout: false, stderr: true },
    reject: false,
    stdin: context.input ? 'pipe' : 'ignore',
    ...(context.input ? { input: context.input } : {}),
    maxBuffer: { stderr: 1 << 20 },
  });
  let value: T;
  try {
    value = await consume(run.stdout!);
  } catch (err) {
    run.kill();
    const result = await run;
    failure(result, tool, context, true);
    throw err;
  }
  failure(await run, tool, context, false);
  return value;
}

function failure(result: Result, tool: Tool, context: { forWhat: string; where: string }, killedByUs: boolean): void {
  if ((result as { code?: string }).code === 'ENOENT') throw toolMissing(tool, context.forWhat);
  if (result.exitCode !== undefined && result.exitCode !== 0) {
    const lines = String(result.stderr ?? '').split('\n').map((l) => l.trim()).filter((l) => l !== '');
    throw badInput(context.where, `${tool.command} could not read it: ${lines[0] ?? `exit code ${result.exitCode}`}`);
  }
  if (!killedByUs && result.signal) throw new ProfilerError('runtime', `${context.where}: ${tool.command} was killed by ${result.signal}`);
}
