// A CPU-bound Node program for the benchmark's real .cpuprofile input (run under
// `node --cpu-prof`): a recursive driver whose depth and path vary calls a mix of
// JSON, regex, string, sort and hashing work, so the profile has many distinct
// stacks, as a real service's does. Stops after SECONDS of its own CPU time.
// Usage: node --cpu-prof node-work.js SECONDS
import { createHash } from 'node:crypto';

const seconds = Number(process.argv[2] ?? 5);
// xorshift32, seeded: the same run gives the same mix of work.
let seed = 2463534242;
const random = (n) => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) % n;
};

const records = (n) => Array.from({ length: n }, (_, i) => ({ id: i, name: `item-${random(1000)}`, tags: ['a', 'b', String(i)], score: random(100) / 7 }));
const roundTrip = () => JSON.parse(JSON.stringify(records(30))).length;
const matchWords = () => {
  let text = '';
  for (let i = 0; i < 100; i++) text += `word-${random(5000)} other ${random(1e6).toString(16)} `;
  return [...text.matchAll(/([a-z]+)-(\d+)/g)].length;
};
const sortThings = () => Array.from({ length: 500 }, () => random(1e9).toString(36)).sort()[0].length;
const hash = () => createHash('sha256').update(String(random(1e9)).repeat(200)).digest()[0];
const render = () => records(20).map((r) => `<li>${r.name} ${r.score.toFixed(2)}</li>`).join('').length;
const work = [roundTrip, matchWords, sortThings, hash, render];

function walk(depth) {
  if (depth === 0) return work[random(work.length)]();
  switch (random(4)) {
    case 0: return parseNode(depth - 1);
    case 1: return visitChild(depth - 1);
    case 2: return evalExpr(depth - 1);
    default: return walk(depth - 1);
  }
}
function parseNode(depth) { return walk(depth) + 1; }
function visitChild(depth) { return walk(depth) + 2; }
function evalExpr(depth) { return walk(depth) + 3; }

const cpuMicros = () => { const u = process.cpuUsage(); return u.user + u.system; };
let sink = 0;
while (cpuMicros() < seconds * 1e6) for (let i = 0; i < 50; i++) sink += walk(3 + random(12));
if (sink === 0.5) console.log(sink);
