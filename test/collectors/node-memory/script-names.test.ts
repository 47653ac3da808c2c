// A real Node process under the real preload: a CommonJS script that has
// finished (and been collected) before the heap profile is read at exit still
// has its allocation sites named, from the CPU profile of the same process.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import t from 'tap';
import { ROOT, tempRoot } from '../../helpers.js';
import { nameCollectedScripts } from '../../../lib/collectors/node-memory/script-names.js';

const PRELOAD = join(ROOT, 'dist', 'lib', 'collectors', 'node-preload.js');
const SCRIPT = `function churn() { const a = []; for (let i = 0; i < 2e5; i++) a.push({ i, s: 'x' + i }); return a.length; }
let n = 0; for (let k = 0; k < 10; k++) n += churn();
console.log(n);
`;

type Frame = { functionName: string; url: string; lineNumber: number; scriptId: string };

function churnFrames(kinds: string): Frame[] {
  const dir = tempRoot('perf-script-names-');
  writeFileSync(join(dir, 'script.js'), SCRIPT);
  writeFileSync(join(dir, 'start'), '');
  const r = spawnSync(process.execPath, ['script.js'], {
    cwd: dir,
    env: { ...process.env, NODE_OPTIONS: `--import=${pathToFileURL(PRELOAD).href}`, PERF_NODE_PROF_DIR: dir, PERF_NODE_PROF_KINDS: kinds },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(r.stderr);
  const file = readdirSync(dir).find((f) => f.endsWith('.heapprofile'))!;
  const out: Frame[] = [];
  const todo = [JSON.parse(readFileSync(join(dir, file), 'utf8')).head];
  while (todo.length > 0) {
    const n = todo.pop();
    if (n.callFrame.functionName === 'churn') out.push(n.callFrame);
    todo.push(...(n.children ?? []));
  }
  return out;
}

t.test('with the CPU profile: the finished script is named, with its function position', async (t) => {
  const frames = churnFrames('cpu,alloc');
  t.ok(frames.length > 0, 'churn allocated');
  for (const f of frames) {
    t.match(f.url, /script\.js$/, 'its script');
    t.equal(f.lineNumber, 0, 'its line (0-based, as V8 gives it)');
  }
});

t.test('the repair leaves live scripts and ambiguous names alone', async (t) => {
  const heap = {
    head: {
      callFrame: { functionName: '(root)', scriptId: '0', url: '', lineNumber: -1, columnNumber: -1 },
      children: [
        { callFrame: { functionName: 'run', scriptId: '7', url: '', lineNumber: -1, columnNumber: -1 } },
        { callFrame: { functionName: 'live', scriptId: '8', url: 'file:///a.mjs', lineNumber: 3, columnNumber: 1 } },
        { callFrame: { functionName: 'gone', scriptId: '9', url: '', lineNumber: -1, columnNumber: -1 } },
      ],
    },
  };
  const cpu = {
    nodes: [
      { callFrame: { functionName: 'run', scriptId: '7', url: 'file:///b.js', lineNumber: 4, columnNumber: 2 } },
      { callFrame: { functionName: 'run', scriptId: '7', url: 'file:///b.js', lineNumber: 9, columnNumber: 2 } },
      { callFrame: { functionName: 'live', scriptId: '8', url: 'file:///other.mjs', lineNumber: 0, columnNumber: 0 } },
    ],
  };
  nameCollectedScripts(heap, cpu);
  const [run, live, gone] = heap.head.children;
  t.match(run!.callFrame, { url: 'file:///b.js', lineNumber: -1 }, 'two functions named run in b.js: the script is named, the line stays unknown');
  t.match(live!.callFrame, { url: 'file:///a.mjs', lineNumber: 3 }, 'a site V8 named keeps its name');
  t.match(gone!.callFrame, { url: '', lineNumber: -1 }, 'a script the CPU profile never saw stays unnamed');
});
