// The profiled program's own output: bounded (head and tail of whole lines),
// kept as a target-output record by a real run and as target-output.txt by
// perf-apply (listed in run.ndjson), and shown on a terminal dimmed behind
// `app │`, with the program's own escape sequences taken out.
import { readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import t from 'tap';
import { HEAD_BYTES, OutputKeeper, TAIL_BYTES, shownLine } from '../../lib/collectors/target-output.js';
import { hasCommand, parseRecords, sh, shimDir, tempRoot } from '../helpers.js';

t.test('the keeper keeps the head and the tail, whole lines, and counts what it dropped', async (t) => {
  const keeper = new OutputKeeper();
  const lines = Array.from({ length: 40_000 }, (_, i) => `line ${i} ${'x'.repeat(i % 50)}`);
  lines.forEach((l, i) => keeper.add(l, i % 3 === 0 ? 'stderr' : 'stdout'));
  const kept = keeper.kept();
  const total = lines.reduce((s, l) => s + Buffer.byteLength(l) + 1, 0);
  t.equal(kept.bytes, total, 'every byte seen is counted');
  t.same(kept.lines, { stdout: lines.filter((_, i) => i % 3 !== 0).length, stderr: lines.filter((_, i) => i % 3 === 0).length });
  t.ok(kept.droppedLines > 0, `${kept.droppedLines} lines dropped`);
  const shown = kept.text.split('\n').slice(0, -1);
  const marker = shown.findIndex((l) => l.startsWith('[... '));
  t.equal(shown[marker], `[... ${kept.droppedLines} lines (${kept.droppedBytes} bytes) of output not kept ...]`);
  t.same(shown.slice(0, marker), lines.slice(0, marker), 'the head is the first lines, in order');
  t.same(shown.slice(marker + 1), lines.slice(lines.length - (shown.length - marker - 1)), 'the tail is the last lines, in order');
  t.equal(marker + kept.droppedLines + (shown.length - marker - 1), lines.length, 'kept + dropped = all');
  t.ok(Buffer.byteLength(kept.text) <= HEAD_BYTES + TAIL_BYTES + 200, `bounded: ${Buffer.byteLength(kept.text)} bytes`);
});

t.test('a line on the terminal: prefixed, dimmed unless NO_COLOR, no escape of the program left', async (t) => {
  t.equal(shownLine('\x1b[31mred\x1b[0m and \x1b[2Jcleared\x07', false), 'app │ red and cleared');
  t.equal(shownLine('ok\tthere', true), '\x1b[2mapp │ ok\tthere\x1b[22m');
});

/** A program that says a few things on both streams, and more when asked to flood. */
function program(root: string): string {
  const path = join(root, 'talker.js');
  writeFileSync(path, [
    "console.log('hello from stdout');",
    "console.error('warning from stderr');",
    "const n = Number(process.env.FLOOD_LINES || 0);",
    "for (let i = 0; i < n; i++) process.stdout.write(`flood ${i} ${'y'.repeat(60)}\\n`);",
    "console.log('goodbye');",
  ].join('\n'));
  return path;
}

t.test('a real run keeps the output as a record, and perf-apply as target-output.txt listed in run.ndjson', async (t) => {
  const root = tempRoot();
  program(root);
  const collected = sh('perf-collect --run-profile -- node talker.js > run.ndjson', { cwd: root });
  t.equal(collected.code, 0, collected.stderr);
  t.notMatch(collected.stderr, /hello from stdout/, 'off a terminal the output is not echoed (no --verbose)');
  const records = parseRecords(readFileSync(join(root, 'run.ndjson'), 'utf8'));
  const output = records.filter((r) => r.type === 'target-output');
  t.equal(output.length, 1, 'one record');
  t.match(output[0], { lines: { stdout: 2, stderr: 1 }, droppedLines: 0, droppedBytes: 0 });
  t.same(output[0]!.text.split('\n').filter(Boolean).sort(), ['goodbye', 'hello from stdout', 'warning from stderr'], 'both streams, every line');
  const applied = sh('perf-analyze < run.ndjson | perf-plan | perf-apply > artifacts.ndjson', { cwd: root });
  t.equal(applied.code, 0, applied.stderr);
  const file = parseRecords(readFileSync(join(root, 'artifacts.ndjson'), 'utf8')).find((a) => a.path.endsWith('/target-output.txt'));
  t.ok(file, 'an artifact for the file');
  t.equal(readFileSync(join(root, file!.path), 'utf8'), output[0]!.text, 'the file holds the text');
  const listed = parseRecords(readFileSync(join(root, file!.path.replace(/target-output\.txt$/, 'run.ndjson')), 'utf8'));
  t.ok(listed.some((r) => r.type === 'artifact' && r.path === file!.path), 'run.ndjson lists it');
});

t.test('a flood is bounded in the record and the file', async (t) => {
  const root = tempRoot();
  program(root);
  const r = sh('perf-collect --run-profile -- node talker.js | perf-analyze | perf-plan | perf-apply > artifacts.ndjson', { cwd: root, env: { FLOOD_LINES: '40000' } });
  t.equal(r.code, 0, r.stderr);
  const file = parseRecords(readFileSync(join(root, 'artifacts.ndjson'), 'utf8')).find((a) => a.path.endsWith('/target-output.txt'));
  t.ok(file && file.bytes <= HEAD_BYTES + TAIL_BYTES + 200, `${file?.bytes} bytes kept of about 2.7 MB`);
  const text = readFileSync(join(root, file!.path), 'utf8');
  t.match(text, /^hello from stdout\n/m);
  t.match(text, /\[\.\.\. \d+ lines \(\d+ bytes\) of output not kept \.\.\.\]\n/);
  t.match(text, /goodbye\n$/, 'the last line is kept');
});

t.test('on a terminal the output is shown as it comes, dimmed behind app │', { skip: !hasCommand('script') && 'script(1) not installed' }, async (t) => {
  const root = tempRoot();
  program(root);
  const { NO_COLOR: _unused, ...env } = process.env; // tap sets it for its own output
  const r = spawnSync('script', ['-qec', 'perf-collect --run-profile -- node talker.js > run.ndjson', '/dev/null'], {
    cwd: root,
    input: '',
    env: { ...env, PATH: `${shimDir()}:${process.env.PATH}` },
  });
  t.equal(r.status, 0);
  const screen = r.stdout.toString();
  t.match(screen, /\x1b\[2mapp │ hello from stdout\x1b\[22m/);
  t.match(screen, /\x1b\[2mapp │ warning from stderr\x1b\[22m/);
  const plain = spawnSync('script', ['-qec', 'perf-collect --run-profile -- node talker.js > run.ndjson', '/dev/null'], {
    cwd: root,
    input: '',
    env: { ...env, PATH: `${shimDir()}:${process.env.PATH}`, NO_COLOR: '1' },
  });
  t.match(plain.stdout.toString(), /\x1b\[Kapp │ goodbye\r?$/m, 'NO_COLOR: no dimming');
});
