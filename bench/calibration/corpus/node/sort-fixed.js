// Fixed: the prices are sorted once; each query is a binary search.
import { checksum, records } from './common.js';

function cheapestAbove(sorted, floor) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] > floor) hi = mid;
    else lo = mid + 1;
  }
  return lo < sorted.length ? sorted[lo] : -1;
}

const n = Number(process.argv[2] ?? 3000);
const items = records(n);
const prices = items.map((it) => (it.id * 7919) % 10007);
const sorted = [...prices].sort((a, b) => a - b);
let acc = 0;
for (const it of items) acc ^= checksum(it.name);
for (let q = 0; q < n / 10; q++) acc ^= cheapestAbove(sorted, (q * 131) % 10007);
console.log(acc);
