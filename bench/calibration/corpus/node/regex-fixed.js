// Fixed: the RegExps are built once at module load.
import { checksum, records } from './common.js';

const NON_WORD = /[^a-z0-9]+/g;
const EDGES = /^-+|-+$/g;
function slugify(name) {
  return name.toLowerCase().replace(NON_WORD, '-').replace(EDGES, '');
}

let acc = 0;
const items = records(Number(process.argv[2] ?? 20000));
for (let pass = 0; pass < 12; pass++) for (const it of items) acc = (acc + (checksum(it.name) ^ slugify(it.name).length)) | 0;
console.log(acc);
