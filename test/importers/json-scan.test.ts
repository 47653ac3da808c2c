// The JSON cursor reads numbers as JSON.parse does, steps over any valid value,
// and answers NOT_FAST (never a wrong reading) to anything else.
import t from 'tap';
import { JsonCursor, NOT_FAST } from '../../lib/importers/json-scan.js';

const cursor = (text: string) => new JsonCursor(Buffer.from(text));
const notFast = (f: () => unknown) => {
  try {
    f();
  } catch (err) {
    return err === NOT_FAST;
  }
  return false;
};

t.test('numbers as JSON.parse reads them', async (t) => {
  for (const text of ['0', '-0', '7', '-12', '123456789012345', '1234567890123456789', '1.5', '-0.25', '1e3', '2E-2', '1.5e+300', '1e400', '9007199254740993']) {
    t.ok(Object.is(cursor(text).number(), JSON.parse(text)), text);
  }
  for (const text of ['', '-', '01', '1.', '.5', '1e', '+1', 'NaN']) {
    const c = cursor(text);
    t.ok(notFast(() => { c.number(); c.expect(0x5d); }), `${JSON.stringify(text)} is not a JSON number here`);
  }
});

t.test('number arrays, with or without whitespace', async (t) => {
  for (const text of ['[]', '[ ]', '[1,2,3]', '[ 1 , -2 ,3.5 ]', '[\n1,\n2\n]']) {
    const into: number[] = [];
    cursor(text).numbers(into);
    t.same(into, JSON.parse(text), text);
  }
  t.ok(notFast(() => cursor('[1,"2"]').numbers([])), 'a string among numbers');
  t.ok(notFast(() => cursor('[1,]').numbers([])), 'a trailing comma');
});

t.test('skip steps over any valid value and stops after it', async (t) => {
  for (const value of ['{}', '[]', '"a\\"b\\\\"', '"\\u00e9\\n"', 'true', 'false', 'null', '{"a":[1,{"b":null}],"c":"}"}', '[[[[]]]]', '-1.5e3']) {
    const c = cursor(`${value} ,`);
    c.skip();
    t.equal(c.peek(), 0x2c, value);
  }
  for (const bad of ['{"a"}', '{"a":1,}', '[1 2]', '"\\x"', '"\u0001"', 'nul', '"open', `${'['.repeat(100)}${']'.repeat(100)}`]) {
    t.ok(notFast(() => cursor(bad).skip()), `${JSON.stringify(bad).slice(0, 30)} is not fast`);
  }
});

t.test('keys: the index of a known name, -1 for another, escaped keys not fast', async (t) => {
  const names = ['id', 'callFrame'].map((k) => Buffer.from(k));
  t.equal(cursor('"callFrame" :').key(names), 1);
  t.equal(cursor('"idx":').key(names), -1);
  t.ok(notFast(() => cursor('"\\u0069d":').key(names)));
});

t.test('an object stepped over unchecked ends where a parser would end it', async (t) => {
  const c = cursor('{"a":"}{","b":{"c":[1,"]"]}}, 2');
  c.skipObjectUnchecked();
  t.equal(c.peek(), 0x2c);
});
