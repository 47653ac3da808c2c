// Planted: discountFor re-parses the same JSON rules text on every call (avoid-reserialize).
import { checksum, records } from './common.js';

const RULES = JSON.stringify(Array.from({ length: 60 }, (_, g) => ({ group: g, pct: (g * 7) % 30, tags: ['a', 'b', String(g)] })));

function discountFor(group) {
  const rules = JSON.parse(RULES);
  const rule = rules[group % rules.length];
  return rule.pct;
}

let acc = 0;
for (const it of records(Number(process.argv[2] ?? 40000))) acc ^= checksum(it.name) ^ discountFor(it.id % 97);
console.log(acc);
