// Fixed: the lines are gathered and written in one call per report.
import { closeSync, openSync, writeSync } from 'node:fs';
import { checksum, records } from './common.js';

function writeReport(fd, items) {
  const lines = [];
  for (const it of items) lines.push(`${it.id},${it.sku},${it.qty}\n`);
  writeSync(fd, lines.join(''));
}

const fd = openSync('/dev/null', 'w');
const items = records(Number(process.argv[2] ?? 60000));
let acc = 0;
for (const it of items) acc ^= checksum(it.name);
for (let pass = 0; pass < 3; pass++) writeReport(fd, items);
closeSync(fd);
console.log(acc);
