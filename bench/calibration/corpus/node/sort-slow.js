// Planted: cheapestAbove sorts the whole price list again for every query (sort-once).
import { checksum, records } from './common.js';

function cheapestAbove(prices, floor) {
  const sorted = [...prices].sort((a, b) => a - b);
  return sorted.find((p) => p > floor) ?? -1;
}

const n = Number(process.argv[2] ?? 3000);
const items = records(n);
const prices = items.map((it) => (it.id * 7919) % 10007);
let acc = 0;
for (const it of items) acc ^= checksum(it.name);
for (let q = 0; q < n / 10; q++) acc ^= cheapestAbove(prices, (q * 131) % 10007);
console.log(acc);
