// Running a command on a real pseudo-terminal, as a user's shell does: script(1)
// from util-linux gives it a TTY on stdin, stdout and stderr. What the test
// reads is the screen: carriage returns and erase-line applied, so a progress
// line that was cleared leaves nothing, as on the user's terminal.
import { spawn, spawnSync } from 'node:child_process';
import { hasCommand, shimDir } from './helpers.js';

/** A skip reason when script(1) is missing, else false. */
export const NO_SCRIPT: string | false = hasCommand('script') ? false : 'script(1) (util-linux) not installed';

/** The test's environment as a user's shell has it: the bins on PATH, no NO_COLOR (tap sets it for itself); `pinned` pins the clock (SOURCE_DATE_EPOCH). */
function env(pinned: boolean): NodeJS.ProcessEnv {
  const { NO_COLOR: _tap, SOURCE_DATE_EPOCH: _given, ...rest } = process.env;
  return { ...rest, PATH: `${shimDir()}:${process.env.PATH}`, ...(pinned ? { SOURCE_DATE_EPOCH: '1900000000' } : {}) };
}
const scriptArgs = (command: string) => ['-qec', `bash -o pipefail -c ${JSON.stringify(command)}`, '/dev/null'];

/** `command` run by bash on a pseudo-terminal; its status and what the terminal showed. */
export function onTerminal(command: string, cwd: string, options: { pinnedClock?: boolean } = {}): { code: number; screen: string; raw: string } {
  const r = spawnSync('script', scriptArgs(command), { cwd, input: '', env: env(options.pinnedClock ?? true), maxBuffer: 1 << 28 });
  const raw = r.stdout.toString();
  return { code: r.status ?? -1, screen: screenOf(raw), raw };
}

/**
 * The same without blocking; once the screen matches `when`, `keys` are
 * typed (\x03 is Ctrl-C: the terminal sends SIGINT to the foreground jobs).
 */
export function onTerminalTyping(command: string, cwd: string, when: RegExp, keys: string): Promise<{ code: number; screen: string; raw: string; typed: boolean }> {
  return new Promise((resolve) => {
    // A live run, as a user starts it: the real clock names its run folder.
    const child = spawn('script', scriptArgs(command), { cwd, env: env(false), stdio: ['pipe', 'pipe', 'ignore'] });
    let raw = '';
    let typed = false;
    child.stdout.on('data', (b: Buffer) => {
      raw += b.toString();
      if (!typed && when.test(raw)) {
        typed = true;
        child.stdin.write(keys);
      }
    });
    child.on('close', (code) => resolve({ code: code ?? -1, screen: screenOf(raw), raw, typed }));
  });
}

/**
 * What a terminal shows of `raw`: a carriage return goes back to the start of
 * the line and ESC [ K erases to its end, as the progress lines use them; a
 * progress line that was cleared leaves nothing. Other escapes (dim) are dropped.
 */
export function screenOf(raw: string): string {
  const lines: string[] = [];
  let line = '';
  let col = 0;
  for (const token of raw.match(/\x1b\[[0-?]*[ -/]*[@-~]|[\s\S]/g) ?? []) {
    if (token === '\n') {
      lines.push(line);
      line = '';
      col = 0;
    } else if (token === '\r') col = 0;
    else if (token === '\x1b[K') line = line.slice(0, col);
    else if (token.startsWith('\x1b')) continue;
    else {
      line = line.slice(0, col) + token + line.slice(col + 1);
      col++;
    }
  }
  return [...lines, line].join('\n');
}
