// Planted: writeReport issues one write() system call per line (buffer-writes).
import { closeSync, openSync, writeSync } from 'node:fs';
import { checksum, records } from './common.js';

function writeReport(fd, items) {
  for (const it of items) writeSync(fd, `${it.id},${it.sku},${it.qty}\n`);
}

const fd = openSync('/dev/null', 'w');
const items = records(Number(process.argv[2] ?? 60000));
let acc = 0;
for (const it of items) acc ^= checksum(it.name);
for (let pass = 0; pass < 3; pass++) writeReport(fd, items);
closeSync(fd);
console.log(acc);
