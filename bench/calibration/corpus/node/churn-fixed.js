// Fixed: one loop over the characters, no temporaries.
import { checksum, records } from './common.js';

function scoreOf(it) {
  let s = it.qty;
  const name = it.name;
  for (let i = 0; i < name.length; i++) {
    const x = name.charCodeAt(i);
    if (x > 64) s += x * (x % 7);
  }
  return s;
}

let acc = 0;
const n = Number(process.argv[2] ?? 60000);
for (const it of records(n)) acc = (acc + (checksum(it.name) ^ scoreOf(it))) | 0;
console.log(acc);
