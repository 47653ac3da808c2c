// `node dist/bench/json-items.js`: our streaming JSON array reader
// (lib/importers/json-items.ts) against two well-kept libraries that do the same
// job, stream-json and @streamparser/json, on our inputs (a `jfr print --json`
// export and a Chrome trace, both built from the real fixtures) and on hostile
// ones. Each reader runs as its own process (CPU, wall, peak RSS). Writes
// bench/results/json-items.md. Issue 12 asks: adopt a library unless ours is
// measurably faster or safer on hostile input.
//
// Environment: BENCH_JSON_MB (size of each input, default 100), BENCH_RUNS (default 3).

import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { spawnSync } from 'node:child_process';
import { measure } from './measure.js';

type Reader = 'ours' | 'stream-json' | 'streamparser';
const READERS: Reader[] = ['ours', 'stream-json', 'streamparser'];

/** Count the elements of the array at `path` (dot-separated keys, '' for a top-level array) with one reader. */
async function count(reader: Reader, file: string, path: string, unclosed: boolean): Promise<number> {
  const keys = path === '' ? [] : path.split('.');
  let n = 0;
  if (reader === 'ours') {
    const { jsonArrayItems } = await import('../lib/importers/json-items.js');
    for await (const item of jsonArrayItems(createReadStream(file, { highWaterMark: 1 << 20 }), file, [keys], 'the input', { allowUnclosedTopArray: unclosed })) if (item.value !== undefined) n++;
    return n;
  }
  if (reader === 'stream-json') {
    const { chain } = await import('stream-chain');
    const { parser } = await import('stream-json');
    const { pick } = await import('stream-json/filters/pick.js');
    const { streamArray } = await import('stream-json/streamers/stream-array.js');
    const steps: unknown[] = [createReadStream(file, { highWaterMark: 1 << 20 }), parser()];
    if (path !== '') steps.push(pick({ filter: path }));
    steps.push(streamArray(), () => {
      n++;
      return undefined;
    });
    const pipeline = chain(steps as never);
    pipeline.resume();
    await once(pipeline, 'end');
    return n;
  }
  const { JSONParser } = await import('@streamparser/json');
  const parser = new JSONParser({ paths: [path === '' ? '$.*' : `$.${path}.*`], keepStack: false });
  parser.onValue = () => {
    n++;
  };
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) parser.write(chunk as Buffer);
  if (!unclosed && !parser.isEnded) parser.end();
  return n;
}

if (process.argv[2] === 'count') {
  const [, , , reader, file, path, unclosed] = process.argv;
  try {
    const n = await count(reader as Reader, file!, path ?? '', unclosed === 'unclosed');
    process.stdout.write(`${n}\n`);
  } catch (err) {
    process.stdout.write(`error: ${String((err as Error).message).slice(0, 160).replace(/\s+/g, ' ')}\n`);
  }
} else {
  const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '../..');
  const bytes = Number(process.env.BENCH_JSON_MB ?? 100) * 2 ** 20;
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  const work = mkdtempSync(join(tmpdir(), 'perf-bench-json-'));
  const self = join(root, 'dist/bench/json-items.js');

  const repeat = async (file: string, open: string, items: string[], close: string) => {
    const out = createWriteStream(file);
    let written = 0;
    let i = 0;
    const write = async (text: string) => {
      written += Buffer.byteLength(text);
      if (!out.write(text)) await once(out, 'drain');
    };
    await write(open);
    while (written < bytes) await write(`${i === 0 ? '' : ',\n'}${items[i++ % items.length]}`);
    await write(close);
    out.end();
    await once(out, 'finish');
    return i;
  };
  const jfr = JSON.parse(readFileSync(join(root, 'test/fixtures/profiles/java-hotapp-lock-io.json'), 'utf8'));
  const trace = JSON.parse(readFileSync(join(root, 'test/fixtures/profiles/chrome-hot.trace.json'), 'utf8'));
  const traceEvents = (Array.isArray(trace) ? trace : trace.traceEvents) as object[];
  const inputs = [
    { name: 'jfr print --json export', file: join(work, 'jfr.json'), path: 'recording.events', unclosed: false, items: await repeat(join(work, 'jfr.json'), '{"recording": {"events": [', (jfr.recording.events as object[]).map((e) => JSON.stringify(e, null, 2)), ']}}') },
    { name: 'Chrome trace (top-level array)', file: join(work, 'trace.json'), path: '', unclosed: false, items: await repeat(join(work, 'trace.json'), '[', traceEvents.map((e) => JSON.stringify(e)), ']') },
  ];
  // Hostile: what a broken or malicious file may hold.
  writeFileSync(join(work, 'deep.json'), `[${'['.repeat(5_000_000)}`);
  writeFileSync(join(work, 'unclosed.json'), `[${traceEvents.slice(0, 50).map((e) => JSON.stringify(e)).join(',\n')}`);
  writeFileSync(join(work, 'long-string.json'), `[{"name": "${'x'.repeat(200 * 2 ** 20)}"}]`);
  writeFileSync(join(work, 'bad-element.json'), `[${traceEvents.slice(0, 20).map((e) => JSON.stringify(e)).join(',\n')},\n{"ph": "X", "ts": 1,, "dur": 2}]`);
  const hostile = [
    { name: '5M nested [ (a nesting bomb)', file: join(work, 'deep.json'), unclosed: false },
    { name: 'a Chrome trace cut off before its ] (allowed by the format)', file: join(work, 'unclosed.json'), unclosed: true },
    { name: 'one 200 MiB string', file: join(work, 'long-string.json'), unclosed: false },
    { name: 'a bad element on line 21', file: join(work, 'bad-element.json'), unclosed: false },
  ];

  const lines = ['# Streaming JSON arrays: ours vs stream-json vs @streamparser/json', '', `Inputs of ${bytes / 2 ** 20} MiB built from the real fixtures; median of ${runs} runs (min–max); each reader in its own process.`, '', '| input | reader | items | CPU s | wall s | peak RSS MB |', '| --- | --- | --- | --- | --- | --- |'];
  for (const input of inputs) {
    for (const reader of READERS) {
      const cmd = `node ${self} count ${reader} ${input.file} '${input.path}' ${input.unclosed ? 'unclosed' : 'closed'}`;
      const got = spawnSync('sh', ['-c', cmd], { encoding: 'utf8' }).stdout.trim();
      const r = measure(`${input.name}: ${reader}`, `${cmd} > /dev/null`, runs);
      const fmt = (s: { median: number; min: number; max: number }) => `${s.median} (${s.min}–${s.max})`;
      lines.push(`| ${input.name} | ${reader} | ${got}${got === String(input.items) ? '' : ` (expected ${input.items})`} | ${fmt(r.cpuS)} | ${fmt(r.wallS)} | ${Math.round(r.rssMB.median)} |`);
    }
  }
  lines.push('', '| hostile input | reader | answer | CPU s | peak RSS MB |', '| --- | --- | --- | --- | --- |');
  for (const input of hostile) {
    for (const reader of READERS) {
      const cmd = `node --stack-size=984 ${self} count ${reader} ${input.file} '' ${input.unclosed ? 'unclosed' : 'closed'}`;
      const r = spawnSync('/usr/bin/time', ['-f', '@@%U %S %M', 'sh', '-c', cmd], { encoding: 'utf8', timeout: 120_000 });
      const stat = r.stderr.split('\n').find((l) => l.startsWith('@@'))?.slice(2).split(' ').map(Number);
      const answer = (r.stdout.trim() || r.stderr.split('\n').filter((l) => l && !l.startsWith('@@')).slice(-1)[0] || `exit ${r.status ?? r.signal}`).replace(/\|/g, '\\|').slice(0, 140);
      lines.push(`| ${input.name} | ${reader} | ${answer} | ${stat ? Math.round((stat[0]! + stat[1]!) * 100) / 100 : ''} | ${stat ? Math.round(stat[2]! / 1024) : ''} |`);
    }
  }
  writeFileSync(join(root, 'bench/results/json-items.md'), `${lines.join('\n')}\n`);
  process.stdout.write(`${lines.join('\n')}\n`);
  rmSync(work, { recursive: true, force: true });
}
