// Planted: withQuantity deep-clones the whole order through JSON to change one field (avoid-deep-clone).
import { checksum, records } from './common.js';

const order = { id: 7, customer: { name: 'Ada', tags: ['a', 'b'] }, lines: records(40), meta: { source: 'web', flags: [1, 2, 3] } };

function withQuantity(o, qty) {
  const copy = JSON.parse(JSON.stringify(o));
  copy.lines[0].qty = qty;
  return copy;
}

let acc = 0;
const n = Number(process.argv[2] ?? 20000);
for (const it of records(n)) acc ^= checksum(it.name) ^ withQuantity(order, it.qty).lines[0].qty;
console.log(acc);
