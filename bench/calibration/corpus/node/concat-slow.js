// Planted: renderCsv grows one string with += per cell (string-builder).
import { checksum, records } from './common.js';

function renderCsv(items) {
  let out = '';
  for (const it of items) {
    out += it.id;
    out += ',';
    out += it.name;
    out += ',';
    out += it.sku;
    out += '\n';
  }
  return out;
}

let acc = 0;
const items = records(Number(process.argv[2] ?? 20000));
for (let pass = 0; pass < 25; pass++) acc ^= checksum(renderCsv(items).slice(0, 64)) ^ renderCsv(items).length;
for (const it of items) acc ^= checksum(it.name);
console.log(acc);
