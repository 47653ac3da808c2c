// Fixed: only the changed path is copied (the order and its first line).
import { checksum, records } from './common.js';

const order = { id: 7, customer: { name: 'Ada', tags: ['a', 'b'] }, lines: records(40), meta: { source: 'web', flags: [1, 2, 3] } };

function withQuantity(o, qty) {
  return { ...o, lines: [{ ...o.lines[0], qty }, ...o.lines.slice(1)] };
}

let acc = 0;
const n = Number(process.argv[2] ?? 20000);
for (const it of records(n)) acc ^= checksum(it.name) ^ withQuantity(order, it.qty).lines[0].qty;
console.log(acc);
