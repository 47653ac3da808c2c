// Kernel frames are never findings nor plan items: their time is charged to
// the nearest user frame, with the syscall as the cause. Through the real
// bins, on a real perf recording folded without kernel marks (c-hot.folded:
// `entry_SYSCALL_64_after_hwframe;do_syscall_64;ksys_write`, no `_[k]`), and
// on the same stacks with the libc wrapper removed (a raw syscall, as a
// static binary or Go makes it). The expected counts are read from the
// fixture here, not written down.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { PROFILES, listFiles, parseRecords, sh, tempRoot } from '../helpers.js';

const FOLDED = join(PROFILES, 'c-hot.folded');
const pinned = { SOURCE_DATE_EPOCH: '1767225600' };
type Rec = Record<string, any>;

/** Stacks of a folded file: frames root first, and the count. */
function stacksOf(text: string): { frames: string[]; count: number }[] {
  return text
    .trim()
    .split('\n')
    .map((line) => {
      const at = line.lastIndexOf(' ');
      return { frames: line.slice(0, at).split(';'), count: Number(line.slice(at + 1)) };
    });
}

/** Frames at or below a kernel entry (the test's own reading: the entry names of this recording). */
function kernelFrames(stacks: { frames: string[] }[]): Set<string> {
  const out = new Set<string>();
  for (const { frames } of stacks) {
    const entry = frames.findIndex((f) => /^(?:entry_SYSCALL_64|asm_sysvec_)/.test(f));
    if (entry >= 0) for (const f of frames.slice(entry)) out.add(f);
  }
  return out;
}

function planned(file: string): Rec[] {
  const r = sh(`perf-collect --input ${file} | perf-analyze | perf-plan`, { env: pinned });
  if (r.code !== 0) throw new Error(r.stderr);
  return parseRecords(r.stdout) as Rec[];
}

const text = readFileSync(FOLDED, 'utf8');
const stacks = stacksOf(text);
const kernel = kernelFrames(stacks);
const total = stacks.reduce((s, x) => s + x.count, 0);

t.test('a folded perf recording without kernel marks: the write syscalls are main\'s small writes', async (t) => {
  t.ok(kernel.has('do_syscall_64') && kernel.has('vfs_write'), 'the fixture has unmarked kernel frames');
  const records = planned(FOLDED);
  const findings = records.filter((r) => r.type === 'finding');
  const items = records.filter((r) => r.type === 'plan-item');
  t.ok(findings.length > 0, 'findings');
  t.same(findings.filter((f) => kernel.has(f.function)).map((f) => f.function), [], 'no finding names a kernel function');
  t.notOk(items.some((i) => [...kernel].some((k) => i.title.includes(k))), 'no plan item names a kernel function');
  const main = findings.find((f) => f.function === 'main')!;
  t.match(main, { category: 'io', cause: 'small-writes' }, 'main writes in small pieces');
  // Every sample through libc's write (and the kernel below it) is main's writing.
  const writes = stacks.filter((s) => s.frames.includes('__GI___libc_write')).reduce((n, s) => n + s.count, 0);
  const part = main.parts.find((p: Rec) => p.ruleId === 'native-small-writes');
  t.ok(Math.abs(part.sharePct - (writes / total) * 100) < 0.01, `the write part is ${writes} of ${total} samples (${part.sharePct}%)`);
  t.match(items.find((i) => i.findingId === main.id)?.title, /main/, 'main\'s item is about main');
});

t.test('a raw syscall with no libc frame is charged to its caller with the syscall as cause', async (t) => {
  const root = tempRoot();
  const raw = join(root, 'raw.folded');
  writeFileSync(raw, text.replaceAll(';__GI___libc_write', '').replaceAll(';__x86_indirect_thunk_rax', ''));
  const findings = planned(raw).filter((r) => r.type === 'finding');
  t.same(findings.filter((f) => kernel.has(f.function)).map((f) => f.function), [], 'no finding names a kernel function');
  const main = findings.find((f) => f.function === 'main')!;
  const rules = new Set(main.parts.map((p: Rec) => p.ruleId));
  // The stacks that reach ksys_write say which syscall; those that stop at do_syscall_64 say only "a syscall".
  t.ok(rules.has('native-small-writes'), 'ksys_write names the write');
  t.ok(rules.has('native-syscall'), 'a bare syscall entry is a syscall cause, not a small write');
  t.equal(main.category, 'io');
});

t.test('the flame graph colours the unmarked kernel frames as the kernel, as the analysis does', async (t) => {
  const root = tempRoot();
  const r = sh(`perf-collect --input ${FOLDED} | perf-analyze | perf-plan | perf-apply --root .`, { cwd: root, env: pinned });
  t.equal(r.code, 0, r.stderr);
  const page = readFileSync(join(root, listFiles(root).find((f) => f.endsWith('.html') && /flame/.test(f))!), 'utf8');
  for (const name of ['do_syscall_64', 'vfs_write', 'ksys_write']) {
    const at = page.indexOf(`"n":"${name}"`);
    t.ok(at >= 0, `${name} is drawn`);
    const origin = /"o":(\d)/.exec(page.slice(at, page.indexOf('}', at)))?.[1];
    t.equal(origin, '3', `${name} is coloured as the kernel`);
  }
  const main = page.indexOf('"n":"main"');
  t.equal(/"o":(\d)/.exec(page.slice(main, page.indexOf('}', main)))?.[1], '0', 'main is your code');
});
