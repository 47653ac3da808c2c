// Planted: slugify builds its RegExp on every call (precompile-regex).
import { checksum, records } from './common.js';

function slugify(name) {
  const nonWord = new RegExp('[^a-z0-9]+', 'g');
  const edges = new RegExp('^-+|-+$', 'g');
  return name.toLowerCase().replace(nonWord, '-').replace(edges, '');
}

let acc = 0;
const items = records(Number(process.argv[2] ?? 20000));
for (let pass = 0; pass < 12; pass++) for (const it of items) acc = (acc + (checksum(it.name) ^ slugify(it.name).length)) | 0;
console.log(acc);
