// Every Node.js / V8 rule (lib/rules/catalog-node.ts): matched by a minimal profile
// (a builtin or *Sync frame, or the hot line V8 inlines into the caller), and not
// matched by a near miss.
import { NODE_RULES } from '../../lib/rules/catalog-node.js';
import { alone, type Case, checkCatalog, f, src } from './rule-cases.js';

const CASES: Case[] = [
  ['node-regex', f('RegExp: ^(a+)+$'), f('RegExpExec')],
  ['node-sync-fs', f('readFileSync', 'node:fs'), f('readFile', 'node:fs')],
  ['node-sync-crypto', f('pbkdf2Sync', 'node:internal/crypto/pbkdf2'), f('pbkdf2', 'node:internal/crypto/pbkdf2')],
  ['node-sync-zlib', f('gzipSync', 'node:zlib'), f('gzip', 'node:zlib')],
  ['node-sync-child-process', f('execSync', 'node:child_process'), f('exec', 'node:child_process')],
  ['node-gc', alone('(garbage collector)'), alone('(program)')],
  ['node-idle', alone('(idle)'), alone('(program)')],
  ['node-module-loading', f('compileForInternalLoader', 'node:internal/bootstrap/realm'), f('compile', 'node:internal/bootstrap/realm')],
  ['node-logging', f('formatWithOptions', 'node:internal/util/inspect'), f('formatWithOptions', 'node:internal/url')],
  ['node-response-write', f('end', 'node:_http_outgoing'), f('end', 'node:internal/streams/writable')],
  ['node-small-writes', f('writeGeneric', 'node:internal/stream_base_commons'), f('writeGeneric', 'node:internal/fs/streams')],
  ['node-deep-clone', f('cloneDeep', '/app/node_modules/lodash/cloneDeep.js'), f('cloneDeep', '/app/node_modules/mylib/index.js')],
  ['node-deep-clone-json', src('const copy = JSON.parse(JSON.stringify(state));', false), src('const copy = structuredCopy(state);', false)],
  ['node-exceptions', f('captureStackTrace'), f('captureLargerStackTrace')],
  ['node-atomics-wait', f('Atomics.wait'), f('Atomics.notify')],
  ['node-regex-source', src('if (/^(a+)+$/.test(path)) return 1;', false), src("if (path.startsWith('/a')) return 1;", false)],
  ['node-json', src('const body = JSON.parse(text);', false), src('const body = parse(text);', false)],
  ['node-sync-fs-source', src("const cfg = fs.readFileSync(p, 'utf8');", false), src("const cfg = await fs.promises.readFile(p, 'utf8');", false)],
  ['node-linear-search', src('if (!out.includes(id)) out.push(id);'), src('if (!out.includes(id)) out.push(id);', false)],
  ['node-sort-in-loop', src('const sorted = items.sort((a, b) => a - b);'), src('const sorted = items.sort((a, b) => a - b);', false)],
  ['node-string-building', src("html += '<li>' + item + '</li>';"), src("html += '<li>' + item + '</li>';", false)],
  ['node-allocation-churn', src('rows.push({ id: i, name });'), src('rows.push({ id: i, name });', false)],
  ['node-busy-wait', src('while (Date.now() < until) {}', false), src('while (queue.length > 0) {}', false)],
];

checkCatalog(NODE_RULES, CASES);
