// Fixed: the price list is read once at start-up.
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checksum, records } from './common.js';

const file = join(mkdtempSync(join(tmpdir(), 'calib-')), 'prices.txt');
writeFileSync(file, Array.from({ length: 400 }, (_, i) => `SKU-${i}=${(i * 37) % 1000}`).join('\n'));
const TEXT = readFileSync(file, 'utf8');

function priceFor(sku) {
  const at = TEXT.indexOf(`${sku}=`);
  return at < 0 ? 0 : Number.parseInt(TEXT.slice(at + sku.length + 1, at + sku.length + 6), 10);
}

let acc = 0;
for (const it of records(Number(process.argv[2] ?? 30000))) acc ^= checksum(it.name) ^ priceFor(`SKU-${it.id % 500}`);
console.log(acc);
