// Planted: parseQty signals a bad value by throwing, and most values are bad (avoid-exceptions).
import { checksum, records } from './common.js';

function parseQty(text) {
  try {
    if (!/^\d+$/.test(text)) throw new Error(`bad quantity: ${text}`);
    return Number(text);
  } catch {
    return 0;
  }
}

let acc = 0;
const n = Number(process.argv[2] ?? 200000);
for (const it of records(n)) acc ^= checksum(it.sku) ^ parseQty(it.id % 4 === 0 ? String(it.qty) : it.sku);
console.log(acc);
