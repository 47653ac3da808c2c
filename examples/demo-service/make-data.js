// Writes data/products.csv, the catalog the demo service reads. Deterministic:
// the same file every time (run it again to regenerate: node make-data.js).
import { writeFileSync } from 'node:fs';

const words = ['steel', 'oak', 'blue', 'quiet', 'rapid', 'north', 'amber', 'linen', 'solar', 'maple', 'delta', 'cobalt'];
let seed = 42;
const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
const lines = ['id,name,price,stock'];
for (let id = 1; id <= 6000; id++) {
  const name = Array.from({ length: 3 }, () => words[next() % words.length]).join(' ');
  lines.push(`${id},${name},${(next() % 10000) / 100},${next() % 500}`);
}
writeFileSync(new URL('./data/products.csv', import.meta.url), lines.join('\n') + '\n');
