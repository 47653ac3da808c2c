// Planted: isPhrase tests each name with a nested quantifier, (\w+\s?)*, which
// backtracks exponentially on a near-miss such as "aaaa…a!" (simplify-regex).
import { checksum, records } from './common.js';

function isPhrase(text) {
  return /^(\w+\s?)*$/.test(text);
}

const k = Number(process.argv[2] ?? 23);
let acc = 0;
for (const it of records(20000)) acc ^= checksum(it.name) ^ (isPhrase(it.name.replace(/\W/g, ' ')) ? 1 : 0);
for (let i = 0; i < 8; i++) acc ^= isPhrase('a'.repeat(k + (i % 2)) + '!') ? 2 : 4;
console.log(acc);
