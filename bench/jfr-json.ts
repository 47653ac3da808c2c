// `node dist/bench/jfr-json.js`: peak memory of importing a large `jfr print
// --json` export, which perf-collect reads event by event, side by side with
// what reading the same file whole (JSON.parse) costs. The input repeats the
// real events of test/fixtures/profiles/java-hotapp-lock-io.json up to
// BENCH_JFR_MB megabytes (default 300). Writes bench/results/jfr-json.md.

import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { runOnce, type Sample } from './measure.js';

const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '../..');
const targetBytes = Number(process.env.BENCH_JFR_MB ?? 300) * 1024 * 1024;
const work = mkdtempSync(join(tmpdir(), 'perf-bench-jfr-'));
const input = join(work, 'big-export.json');

async function generate(): Promise<number> {
  const fixture = JSON.parse(readFileSync(join(root, 'test/fixtures/profiles/java-hotapp-lock-io.json'), 'utf8'));
  const events = (fixture.recording.events as object[]).map((e) => JSON.stringify(e, null, 2));
  const out = createWriteStream(input);
  let written = 0;
  let count = 0;
  const write = async (text: string) => {
    written += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await write('{\n  "recording": {\n    "events": [');
  while (written < targetBytes) {
    await write(`${count === 0 ? '' : ', '}${events[count % events.length]}`);
    count++;
  }
  await write(']\n  }\n}\n');
  out.end();
  await once(out, 'finish');
  return count;
}

const row = (label: string, s: Sample) => `| ${label} | ${s.wallS.toFixed(2)} | ${s.cpuS.toFixed(2)} | ${s.rssMB.toFixed(0)} |`;

try {
  const events = await generate();
  const mb = statSync(input).size / 1024 / 1024;
  process.stderr.write(`bench: ${events} events, ${mb.toFixed(0)} MB\n`);
  const ours = runOnce(`node ${join(root, 'dist/bin/perf-collect.js')} --input ${input} > /dev/null`);
  let whole: Sample | string;
  try {
    whole = runOnce(`node -e 'JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))' ${input}`);
  } catch (err) {
    whole = `failed: ${(err as Error).message.slice(0, 160)}`;
  }
  const text = [
    `# Importing a large JFR JSON export`,
    ``,
    `Input: ${events} events (${mb.toFixed(0)} MB) of \`jfr print --json\`, repeating the real events of the fixture.`,
    ``,
    `| command | wall s | cpu s | peak RSS MB |`,
    `| --- | --- | --- | --- |`,
    row('perf-collect --input (streamed, event by event)', ours),
    typeof whole === 'string' ? `| node JSON.parse of the whole file | ${whole} | | |` : row('node JSON.parse of the whole file', whole),
    ``,
  ].join('\n');
  writeFileSync(join(root, 'bench/results/jfr-json.md'), text);
  process.stdout.write(text);
} finally {
  rmSync(work, { recursive: true, force: true });
}
