// One error class for everything a user can cause or fix. The bin maps `exitCode`
// to the process exit status and prints `message` as one line on stderr.

export type ErrorCode =
  | 'usage'          // bad flags or arguments
  | 'bad-input'      // a profile or record that cannot be read
  | 'bad-record'     // a record that fails its schema or version check
  | 'write-refused'  // the write gate said no
  | 'tool-missing'   // an external program we need is absent
  | 'runtime';       // anything else that went wrong while working

export const EXIT_OK = 0;
export const EXIT_RUNTIME = 1;
export const EXIT_USAGE = 2;

const EXIT_BY_CODE: Record<ErrorCode, number> = {
  usage: EXIT_USAGE,
  'bad-input': EXIT_USAGE,
  'bad-record': EXIT_USAGE,
  'write-refused': EXIT_USAGE,
  'tool-missing': EXIT_RUNTIME,
  runtime: EXIT_RUNTIME,
};

export class ProfilerError extends Error {
  readonly code: ErrorCode;
  readonly exitCode: number;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown; exitCode?: number }) {
    // Always one line: messages may quote input (JSON.parse does), which may hold newlines.
    super(message.replace(/[\r\n]+\s*/g, ' '), options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ProfilerError';
    this.code = code;
    this.exitCode = options?.exitCode ?? EXIT_BY_CODE[code];
  }
}

/** `where` is "file:line" or "file" as a compiler would print it. */
export function badInput(where: string, what: string): ProfilerError {
  return new ProfilerError('bad-input', `${where}: ${what}`);
}

export function usage(message: string): ProfilerError {
  return new ProfilerError('usage', message);
}

/** Reduce any thrown value to one line for stderr. */
export function oneLine(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
