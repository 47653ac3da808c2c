// No command injection: every scenario field carries shell metacharacters that
// would create a canary file if any of it ever went through a shell. Only the
// intended programs run, and they see the text verbatim. The control case runs
// the same text through `sh -c` and shows the canary would be created, so the
// test can fail. Plan verification commands quote what came from inputs.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t, { type Test } from 'tap';
import { freePort, writeScenarios } from '../collectors/backend-run.js';
import { BIN, parseRecords, runBin, sh, tempRoot } from '../helpers.js';

/** Text that, read by a shell, creates `${canary}-<n>` in eight different ways. */
function hostile(canary: string): string {
  return [`a; touch ${canary}-1`, `&& touch ${canary}-2`, `| touch ${canary}-3`, `$(touch ${canary}-4)`, `\`touch ${canary}-5\``,
    `> ${canary}-6`, `'"q"' "'" * ?`, `\ntouch ${canary}-7\n`, `&touch ${canary}-8`].join(' ');
}
const canaries = (dir: string) => readdirSync(dir).filter((f) => f.startsWith('canary'));

t.test('control: the hostile text through sh -c creates the canaries', async (t) => {
  const dir = tempRoot('perf-inject-control-');
  spawnSync('sh', ['-c', `echo ${hostile(join(dir, 'canary'))}`], { cwd: dir });
  t.ok(canaries(dir).length >= 5, `a shell would run it: ${canaries(dir).join(', ')}`);
});

t.test('scenario fields reach the programs verbatim; no shell runs them', async (t) => {
  const root = tempRoot('perf-inject-');
  const bad = hostile(join(root, 'canary'));
  const cwd = join(root, 'w; touch canary-9 $(touch canary-10) `x`');
  mkdirSync(cwd);
  const port = await freePort();
  const seen = join(root, 'seen');
  mkdirSync(seen);
  // The target and the load driver record what they were given; the target also what the load sent.
  const record = (name: string) => `require('fs').writeFileSync(${JSON.stringify(join(seen, name))}, JSON.stringify({ argv: process.argv.slice(1), env: process.env.HOSTILE, cwd: process.cwd() }))`;
  // busyWork: user code with a measurable cost per request, so the plan has an item whose verification command is checked.
  const server = `${record('target.json')}; const log = []; function busyWork() { let x = 0; for (let i = 0; i < 3e5; i++) x = (x + i * 7) % 1000003; return x; } require('http').createServer((q, s) => { busyWork(); let b = ''; q.on('data', (c) => b += c); q.on('end', () => { if (log.length < 3) { log.push({ url: q.url, header: q.headers['x-hostile'], body: b }); require('fs').writeFileSync(${JSON.stringify(join(seen, 'requests.json'))}, JSON.stringify(log)); } s.end('ok'); }); }).listen(${port}, '127.0.0.1', () => console.log('ready ; $(touch canary-11) | && \`x\`'));`;
  const driver = `${record('driver.json')}; fetch('http://127.0.0.1:${port}/').then((r) => r.text())`;
  const path = '/p;$(touch%20canary-12)?q=%60touch%20canary-13%60|x&y=1>canary-14';
  const common = { command: ['node', '-e', server, bad], cwd: 'w; touch canary-9 $(touch canary-10) `x`', env: { HOSTILE: bad }, ready: { line: '^ready ; \\$\\(touch canary-11\\) \\| && `x`$', timeoutMs: 60000 } };
  writeScenarios(root, {
    http: { ...common, durationS: 1, load: { kind: 'http', url: `http://127.0.0.1:${port}`, paths: [path], connections: 1, method: 'POST', headers: { 'x-hostile': bad.replace(/\n/g, ' ') }, body: bad } },
    command: { ...common, load: { kind: 'command', command: ['node', '-e', driver, bad], cwd: '.', env: { HOSTILE: bad } } },
  });

  const http = runBin('perf-collect', ['--run-profile', '--scenario', 'http'], { cwd: root });
  t.equal(http.code, 0, http.stderr);
  const target = JSON.parse(readFileSync(join(seen, 'target.json'), 'utf8'));
  t.same(target.argv, [bad], 'the target got the argument verbatim');
  t.equal(target.env, bad, 'and the env value');
  t.equal(target.cwd, cwd, 'and ran in the folder with the odd name');
  const requests = JSON.parse(readFileSync(join(seen, 'requests.json'), 'utf8'));
  t.equal(requests[0].url, path, 'the load sent the path verbatim');
  t.equal(requests[0].header, bad.replace(/\n/g, ' '), 'the header');
  t.equal(requests[0].body, bad, 'the body');

  const command = runBin('perf-collect', ['--run-profile', '--scenario', 'command'], { cwd: root });
  t.equal(command.code, 0, command.stderr);
  const driverSaw = JSON.parse(readFileSync(join(seen, 'driver.json'), 'utf8'));
  t.same(driverSaw.argv, [bad], 'the load command got its argument verbatim');
  t.equal(driverSaw.env, bad, 'and its env value');

  // A scenario name with metacharacters is refused by the file's schema, in one line, exit 2.
  writeScenarios(root, { 'x;$(touch canary-14)': { command: ['true'], load: { kind: 'none' } } });
  const named = runBin('perf-collect', ['--run-profile', '--scenario', 'x;$(touch canary-14)'], { cwd: root });
  t.equal(named.code, 2, named.stderr);
  t.equal(named.stderr.trim().split('\n').length, 1, 'one line');
  await new Promise((r) => setTimeout(r, 500));
  t.same([...canaries(root), ...canaries(cwd)], [], 'no canary was created anywhere');

  // The plan's verification command names the scenarios file; run through a shell it must give the same words back.
  writeScenarios(root, { http: { ...common, durationS: 1, load: { kind: 'http', url: `http://127.0.0.1:${port}`, connections: 1 } } });
  const configName = 'c; touch canary-15 $(touch canary-16) `touch canary-17`.json';
  writeFileSync(join(root, configName), readFileSync(join(root, 'perf-scenarios.json')));
  const planned = sh(`perf-collect --run-profile --scenario http --config '${configName.replace(/'/g, `'\\''`)}' | perf-analyze | perf-plan`, { cwd: root });
  t.equal(planned.code, 0, planned.stderr);
  checkCommands(t, root, parseRecords(planned.stdout), ['--run-profile', '--scenario', 'http', '--config', configName]);
});

t.test('input file names and frame names with metacharacters stay out of the shell', async (t) => {
  const root = tempRoot('perf-inject-plan-');
  const name = join(root, `p; touch canary-1 $(touch canary-2) \`touch canary-3\` | x > canary-4 '"\n.folded`);
  const frames = (i: number) => `main (app.py:1);work (app.py:2);$(touch canary-f${i}) \`touch canary-g${i}\` | x && y > canary-h${i} (a|b&&c>canary-j.py:3) ${1000 - i * 100}`;
  writeFileSync(name, `${[0, 1, 2].map(frames).join('\n')}\n`);
  const planned = sh(`perf-collect --input "$F" | perf-analyze | perf-plan`, { cwd: root, env: { F: name } });
  t.equal(planned.code, 0, planned.stderr);
  checkCommands(t, root, parseRecords(planned.stdout), ['--input', name]);
});

/** Runs each plan item's verification command through sh, with a perf-profiler that only writes down its argv. */
function checkCommands(t: Test, root: string, records: Record<string, any>[], expected: string[]): void {
  const items = records.filter((r) => r.type === 'plan-item');
  t.ok(items.length > 0, 'the plan has items');
  const fake = join(root, 'fake-bin');
  mkdirSync(fake, { recursive: true });
  const argvFile = join(root, 'argv.json');
  writeFileSync(join(fake, 'perf-profiler'), `#!${process.execPath}\nrequire('fs').writeFileSync(${JSON.stringify(argvFile)}, JSON.stringify(process.argv.slice(2)))\n`);
  chmodSync(join(fake, 'perf-profiler'), 0o755);
  for (const command of new Set(items.flatMap((item) => item.verification.commands as string[]))) {
    {
      t.ok(command.startsWith('perf-profiler '), `only perf-profiler is named: ${command}`);
      const r = spawnSync('sh', ['-c', command], { cwd: root, env: { ...process.env, PATH: `${fake}:${process.env.PATH}` } });
      t.equal(r.status, 0, r.stderr.toString());
      const argv = JSON.parse(readFileSync(argvFile, 'utf8')) as string[];
      for (let i = 0; i < expected.length; i += 1) t.ok(argv.includes(expected[i]!), `the shell gives back ${JSON.stringify(expected[i])} as one word`);
    }
  }
  t.same(canaries(root), [], 'no canary was created');
  t.notOk(existsSync(join(BIN, 'canary')), 'nor beside the bins');
}
