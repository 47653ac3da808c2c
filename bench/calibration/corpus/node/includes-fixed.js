// Fixed: a Set answers membership in constant time.
import { checksum, records } from './common.js';

function uniqueSkus(items) {
  const seen = new Set();
  for (const it of items) seen.add(it.sku);
  return seen.size;
}

let acc = 0;
const items = records(Number(process.argv[2] ?? 12000));
for (const it of items) acc ^= checksum(it.name + it.name);
for (let pass = 0; pass < 3; pass++) acc ^= uniqueSkus(items);
console.log(acc);
