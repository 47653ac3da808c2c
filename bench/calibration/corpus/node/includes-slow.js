// Planted: uniqueSkus searches an array for every item: O(n²) (set-lookup).
import { checksum, records } from './common.js';

function uniqueSkus(items) {
  const seen = [];
  for (const it of items) if (!seen.includes(it.sku)) seen.push(it.sku);
  return seen.length;
}

let acc = 0;
const items = records(Number(process.argv[2] ?? 12000));
for (const it of items) acc ^= checksum(it.name + it.name);
for (let pass = 0; pass < 3; pass++) acc ^= uniqueSkus(items);
console.log(acc);
