// Planted: scoreOf builds throw-away arrays and closures for every item (reduce-allocations).
import { checksum, records } from './common.js';

function scoreOf(it) {
  return [...it.name]
    .map((c) => c.charCodeAt(0))
    .filter((x) => x > 64)
    .map((x) => ({ x, w: x % 7 }))
    .reduce((s, o) => s + o.x * o.w, it.qty);
}

let acc = 0;
const n = Number(process.argv[2] ?? 60000);
for (const it of records(n)) acc = (acc + (checksum(it.name) ^ scoreOf(it))) | 0;
console.log(acc);
