// Fixed: a bad value is an ordinary return, no Error and no stack trace.
import { checksum, records } from './common.js';

function parseQty(text) {
  return /^\d+$/.test(text) ? Number(text) : 0;
}

let acc = 0;
const n = Number(process.argv[2] ?? 200000);
for (const it of records(n)) acc ^= checksum(it.sku) ^ parseQty(it.id % 4 === 0 ? String(it.qty) : it.sku);
console.log(acc);
