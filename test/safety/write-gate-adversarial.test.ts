// An adversarial suite against the one write gate: every attack runs in a
// temp root holding a src/, a .git/ and a file outside the root; a snapshot of
// everything before and after proves no byte changed outside the allowed folders.
import { createHash } from 'node:crypto';
import { chmodSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import t from 'tap';
import { WriteGate } from '../../lib/write-gate.js';
import { tempRoot } from '../helpers.js';

// Keys are relative to the folder holding the project and the outside world.
const ALLOWED = ['project/.spec/reports/performance/', 'project/.spec/reports/previews/'];

/** path -> what is there (content digest, link target, or "dir"), for the whole tree. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      const rel = relative(dir, full);
      const st = lstatSync(full);
      if (st.isSymbolicLink()) out.set(rel, `link:${readlinkSync(full)}`);
      else if (st.isDirectory()) {
        out.set(rel, `dir:${st.mode & 0o777}`);
        walk(full);
      } else out.set(rel, `file:${createHash('sha256').update(readFileSync(full)).digest('hex')}`);
    }
  };
  walk(dir);
  return out;
}

function changedOutsideAllowed(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((k) => before.get(k) !== after.get(k) && !ALLOWED.some((a) => (k + '/').startsWith(a))).sort();
}

function world(): { root: string; outside: string; victim: string } {
  const base = tempRoot('gate-world-');
  const root = join(base, 'project');
  const outside = join(base, 'outside');
  mkdirSync(join(root, 'src'), { recursive: true });
  mkdirSync(join(root, '.git'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(root, 'src/index.js'), 'original');
  writeFileSync(join(root, '.git/config'), 'original');
  const victim = join(outside, 'victim.txt');
  writeFileSync(victim, 'original');
  return { root, outside, victim };
}

type Attack = { name: string; setup?: (w: ReturnType<typeof world>) => void; path: string; content?: string };

const attacks: Attack[] = [
  { name: 'dot-dot to src', path: '.spec/reports/performance/../../../src/index.js' },
  { name: 'dot-dot to outside', path: '.spec/reports/performance/../../../../outside/victim.txt' },
  { name: 'absolute path', path: '/tmp/perf-gate-absolute.txt' },
  { name: 'src directly', path: 'src/index.js' },
  { name: '.git directly', path: '.git/config' },
  { name: '.git inside the run folder', path: '.spec/reports/performance/.git/config' },
  { name: '.smartspec', path: '.smartspec/state.json' },
  { name: 'run id with a slash escaping', path: '.spec/reports/performance/a/../../../src/x' },
  { name: 'NUL byte', path: '.spec/reports/performance/run\0/x.md' },
  { name: 'very long name', path: `.spec/reports/performance/${'x'.repeat(4096)}/report.md` },
  { name: 'backslash traversal', path: '.spec\\reports\\performance\\..\\..\\..\\src\\index.js' },
  { name: 'unicode look-alike dots are just a name, but .spec is a symlink', path: '.spec/reports/performance/\u2024\u2024/x.md', setup: (w) => symlinkSync(join(w.root, 'src'), join(w.root, '.spec')) },
  { name: 'symlinked .spec to src', path: '.spec/reports/performance/r/report.md', setup: (w) => symlinkSync(join(w.root, 'src'), join(w.root, '.spec')) },
  { name: 'symlinked reports to outside', path: '.spec/reports/performance/r/report.md', setup: (w) => { mkdirSync(join(w.root, '.spec')); symlinkSync(w.outside, join(w.root, '.spec/reports')); } },
  { name: 'symlinked run folder into src', path: '.spec/reports/performance/r/report.md', setup: (w) => { mkdirSync(join(w.root, '.spec/reports/performance'), { recursive: true }); symlinkSync(join(w.root, 'src'), join(w.root, '.spec/reports/performance/r')); } },
  { name: 'target file is a symlink to a victim', path: '.spec/reports/performance/r/report.md', setup: (w) => { mkdirSync(join(w.root, '.spec/reports/performance/r'), { recursive: true }); symlinkSync(w.victim, join(w.root, '.spec/reports/performance/r/report.md')); } },
  { name: 'dangling symlink as target', path: '.spec/reports/performance/r/new.md', setup: (w) => { mkdirSync(join(w.root, '.spec/reports/performance/r'), { recursive: true }); symlinkSync(join(w.outside, 'created-by-attack'), join(w.root, '.spec/reports/performance/r/new.md')); } },
  { name: 'file where a folder is expected', path: '.spec/reports/performance/r/report.md', setup: (w) => { mkdirSync(join(w.root, '.spec/reports/performance'), { recursive: true }); writeFileSync(join(w.root, '.spec/reports/performance/r'), 'i am a file'); } },
  { name: 'read-only run folder', path: '.spec/reports/performance/r/report.md', setup: (w) => { mkdirSync(join(w.root, '.spec/reports/performance/r'), { recursive: true }); chmodSync(join(w.root, '.spec/reports/performance/r'), 0o500); } },
];

for (const attack of attacks) {
  t.test(attack.name, async (t) => {
    const w = world();
    attack.setup?.(w);
    const base = join(w.root, '..');
    const before = snapshot(base);
    let outcome = 'written';
    try {
      await new WriteGate(w.root).write(attack.path, attack.content ?? 'ATTACK');
    } catch (err) {
      outcome = (err as { code?: string }).code ?? 'other';
    }
    const after = snapshot(base);
    t.same(changedOutsideAllowed(before, after), [], `no byte changed outside the allowed folders (${outcome})`);
    t.equal(readFileSync(join(w.root, 'src/index.js'), 'utf8'), 'original');
    t.equal(readFileSync(w.victim, 'utf8'), 'original');
    if (attack.name === 'read-only run folder' && process.getuid?.() === 0) {
      // root ignores the mode bits; what matters is that nothing escaped.
      t.pass('root may write into a read-only folder');
    } else {
      t.not(outcome, 'written', 'the write was refused');
    }
  });
}

t.test('the snapshot itself sees a change outside the allowed folders', async (t) => {
  const w = world();
  const base = join(w.root, '..');
  const before = snapshot(base);
  writeFileSync(join(w.root, 'src/index.js'), 'changed');
  mkdirSync(join(w.root, '.spec/reports/performance/ok'), { recursive: true });
  t.same(changedOutsideAllowed(before, snapshot(base)), ['project/.spec', 'project/.spec/reports', 'project/src/index.js']);
});
