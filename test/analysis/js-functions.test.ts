// The pure source -> names module: which function lexically holds a line,
// what V8 calls each function, and how an anonymous one is named by its use.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { functionAtLine, jsFunctionsOf, locateLine, moduleTopLevelName, nameCaller, nameLeaf } from '../../lib/analysis/js-functions.js';
import { FIXTURES } from '../helpers.js';

const serverFile = join(FIXTURES, 'programs', 'node-inlined', 'server.js');
const server = jsFunctionsOf(readFileSync(serverFile, 'utf8'), serverFile)!;
const HANDLER = 'request handler passed to createServer at server.js:17';

t.test("the service's functions: named ones by name, anonymous ones by where and how they are used", async (t) => {
  t.same(server.functions.map((f) => [f.name, f.v8Name, f.startLine, f.endLine]), [
    ['work', 'work', 11, 15],
    [HANDLER, '(anonymous)', 17, 22],
    ['callback passed to listen at server.js:24', '(anonymous)', 24, 24],
  ]);
  t.equal(functionAtLine(server, 13)?.name, 'work');
  t.equal(functionAtLine(server, 19)?.name, HANDLER);
  t.equal(functionAtLine(server, 9), undefined, 'top-level code is in no function');
});

t.test("a leaf V8 charged to the handler at a line inside work: work ran, inlined into the handler", async (t) => {
  // V8 places the arrow function at its parameter list: line 17, column 29 (1-based).
  t.same(nameLeaf(server, { name: '(anonymous)', line: 13, column: 29 }), { name: 'work', line: 11, inlinedInto: { name: HANDLER, line: 17 } });
  t.same(nameLeaf(server, { name: '(anonymous)', line: 19, column: 29 }), { name: HANDLER, line: 17 }, 'its own line: not inlined');
  t.same(nameLeaf(server, { name: 'work', line: 13, column: 14 }), { name: 'work', line: 11 }, 'work not inlined');
  t.same(nameLeaf(server, { name: '(anonymous)', line: 9, column: 1 }), { name: moduleTopLevelName(serverFile), line: 0 });
  t.same(nameLeaf(server, { name: '(anonymous)', line: 13, column: 1 }), { name: 'work', line: 11, inlinedInto: { name: 'module top level of server.js', line: 0 } });
  t.equal(nameCaller(server, { name: '(anonymous)', line: 17, column: 29 }), HANDLER);
  t.equal(nameCaller(server, { name: '(anonymous)', line: 1, column: 1 }), 'module top level of server.js');
  t.equal(nameCaller(server, { name: 'work', line: 11, column: 14 }), 'work');
});

t.test('anonymous functions in the common shapes of Node code', async (t) => {
  const source = [
    "import express from 'express';", // 1
    'const app = express();', // 2
    "app.get('/orders', async (req, res) => { res.json(await load()); });", // 3
    "socket.on('data', (chunk) => parse(chunk));", // 4
    'setTimeout(() => flush(), 10);', // 5
    'fetchAll().then((rows) => rows.map((r) => r.id));', // 6
    '(function () { boot(); })();', // 7
    'export default function () {}', // 8
    'class Store { load() { return 1; } #hidden() {} }', // 9
    'const handlers = { close: () => 0, "on-open": function () {} };', // 10
    'module.exports.handler = function () {};', // 11
    'const named = () => 1;', // 12
    'new Promise((resolve) => resolve());', // 13
    'router.use((req, res, next) => next());', // 14
  ].join('\n');
  const index = jsFunctionsOf(source, '/app/routes.js')!;
  t.same(index.functions.map((f) => f.name), [
    'route handler for GET /orders passed to get at routes.js:3',
    "'data' handler passed to on at routes.js:4",
    'timer callback passed to setTimeout at routes.js:5',
    'promise callback passed to then at routes.js:6',
    'callback passed to map at routes.js:6',
    'immediately invoked function at routes.js:7',
    'default export at routes.js:8',
    'load',
    '#hidden',
    'close',
    'on-open',
    'module.exports.handler',
    'named',
    'promise executor passed to Promise at routes.js:13',
    'callback passed to use at routes.js:14',
  ]);
});

t.test('a CommonJS script parses too; TypeScript or a syntax error gives no index', async (t) => {
  const cjs = jsFunctionsOf('#!/usr/bin/env node\nwith (Math) { x = PI; }\nfunction f() { return 010; }\n', '/app/old.js');
  t.same(cjs?.functions.map((f) => f.name), ['f']);
  t.equal(jsFunctionsOf('function f(x: number): number { return x; }', '/app/f.js'), undefined);
  t.equal(jsFunctionsOf('function (', '/app/f.js'), undefined);
});

t.test("a line where a callback starts also holds its caller's code: V8's attribution stands", async (t) => {
  t.same(nameLeaf(server, { name: '(anonymous)', line: 24, column: 1 }), { name: 'module top level of server.js', line: 0 });
  t.same(nameLeaf(server, { name: '(anonymous)', line: 24, column: 34 }), { name: 'callback passed to listen at server.js:24', line: 24 });
});

t.test('locateLine: a named function, a callback with the code it is written in, the top level', async (t) => {
  const index = jsFunctionsOf(['function main() {', '  return items.map((x) => {', '    return x * 2;', '  });', '}', 'main();'].join('\n'), '/app/a.js')!;
  t.same(locateLine(index, 1), { name: 'main', kind: 'function', line: 1 });
  t.same(locateLine(index, 3), { name: 'callback passed to map at a.js:2', kind: 'callback', enclosing: 'main', line: 2 });
  t.same(locateLine(index, 6), { name: 'module top level of a.js', kind: 'module-top-level', line: 0 });
  t.same(locateLine(server, 19), { name: HANDLER, kind: 'callback', enclosing: 'module top level of server.js', line: 17 });
});
