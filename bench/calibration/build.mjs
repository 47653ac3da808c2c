// Builds the compiled runtimes' pairs into bench/calibration/build/ (go build,
// javac, gcc -O2 -g with frame pointers, as a user profiling a release build
// would) and says how to run each variant. node and python run from source.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const capital = (s) => s[0].toUpperCase() + s.slice(1);

export function buildCorpus(here, cases) {
  const out = join(here, 'build');
  const corpus = join(here, 'corpus');
  mkdirSync(join(out, 'go'), { recursive: true });
  mkdirSync(join(out, 'java'), { recursive: true });
  mkdirSync(join(out, 'c'), { recursive: true });
  const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
  for (const kase of cases) {
    for (const v of ['slow', 'fixed']) {
      if (kase.runtime === 'go') run('go', ['build', '-o', join(out, 'go', `${kase.name}-${v}`), `./${kase.name}-${v}`], join(corpus, 'go'));
      if (kase.runtime === 'c') run('gcc', ['-O2', '-g', '-fno-omit-frame-pointer', '-o', join(out, 'c', `${kase.name}-${v}`), `${kase.name}-${v}.c`], join(corpus, 'c'));
    }
  }
  const java = readdirSync(join(corpus, 'java')).filter((f) => f.endsWith('.java'));
  run('javac', ['-g', '-d', join(out, 'java'), ...java], join(corpus, 'java'));
}

/** argv and cwd of one variant at one size. */
export function command(here, kase, variant, size) {
  const corpus = join(here, 'corpus', kase.runtime);
  const build = join(here, 'build', kase.runtime);
  const n = String(size);
  switch (kase.runtime) {
    case 'node': return { argv: ['node', `${kase.name}-${variant}.js`, n], cwd: corpus };
    case 'python': return { argv: ['python3', `${kase.name}_${variant}.py`, n], cwd: corpus };
    case 'java': return { argv: ['java', '-cp', build, `${capital(kase.name)}${capital(variant)}`, n], cwd: corpus };
    case 'go': return { argv: [join(build, `${kase.name}-${variant}`), n], cwd: corpus };
    case 'c': return { argv: [join(build, `${kase.name}-${variant}`), n], cwd: corpus };
    default: throw new Error(`calibrate: unknown runtime ${kase.runtime}`);
  }
}
