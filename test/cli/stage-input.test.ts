// A profile piped where records belong, through the real bins: exit 2, one
// line on stderr naming the format and the command that imports it, nothing
// on stdout, and never a byte of the binary on the terminal.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { PROFILES, runBin } from '../helpers.js';

const PRINTABLE_LINE = /^[\x20-\x7e]*\n$/;

const CASES: [string, RegExp][] = [
  ['go-cpu.pb.gz', /pprof protobuf/],
  ['gperftools-cpu.pb.gz', /pprof protobuf/],
  ['node-hot-loop.cpuprofile', /V8 CPU profile/],
  ['c-hot.perf-script.txt', /perf script text/],
  ['java-hotapp.jfr', /Java Flight Recorder/],
];

const PIPES: Record<string, string> = {
  'perf-analyze': 'perf-collect --input FILE | perf-analyze',
  'perf-plan': 'perf-collect --input FILE | perf-analyze | perf-plan',
  'perf-apply': 'perf-collect --input FILE | perf-analyze | perf-plan | perf-apply',
};

for (const [file, format] of CASES) {
  t.test(file, async (t) => {
    const input = readFileSync(join(PROFILES, file));
    for (const [bin, pipe] of Object.entries(PIPES)) {
      const r = runBin(bin, [], { input });
      t.equal(r.code, 2, `${bin}: exit 2`);
      t.equal(r.stdout, '', `${bin}: nothing on stdout`);
      t.match(r.stderr, PRINTABLE_LINE, `${bin}: one printable line`);
      t.match(r.stderr, format, `${bin}: names the format`);
      t.ok(r.stderr.includes(`import it first: ${pipe}`), `${bin}: gives the command`);
    }
  });
}

t.test('binary that is no profile: still one printable line, exit 2', async (t) => {
  const r = runBin('perf-analyze', [], { input: Buffer.from([0x01, 0x02, 0xff, 0xfe, 0x0a, 0x1b, 0x5b, 0x32, 0x4a]) });
  t.equal(r.code, 2);
  t.match(r.stderr, PRINTABLE_LINE);
  t.match(r.stderr, /^perf-analyze: stdin:1: not valid JSON/);
});

t.test('a JSON line that is not a record is not taken for a profile', async (t) => {
  const r = runBin('perf-plan', [], { input: '{"a": 1}\n' });
  t.equal(r.code, 2);
  t.equal(r.stderr, 'perf-plan: stdin:1: record has no "type" string\n');
});
