// The expected shape of one part of the real scenarios schema, in one line:
// the load narrowed to the branch its kind names, the schema node under a
// value's path, and shapes with required and optional fields and ranges.
import t from 'tap';
import { loadSchema } from '../../lib/records/validate.js';
import { nodeForInstance, shapeOf, type SchemaNode } from '../../lib/scenarios/shape.js';

const root = loadSchema('scenarios.v1.schema.json') as SchemaNode;
const data = { version: 1, scenarios: { web: { command: ['node', 'a.js'], load: { kind: 'http', url: 'http://x/', connections: 0 } } } };

t.test("a value's node, the load narrowed to its kind's branch", async (t) => {
  const load = nodeForInstance(root, '/scenarios/web/load', data)!;
  t.ok(load, 'found under the scenario');
  t.equal((load.properties as Record<string, SchemaNode>).kind!.const, 'http', 'the http branch');
  t.ok((load.properties as Record<string, SchemaNode>).url, 'with its url');
  const connections = nodeForInstance(root, '/scenarios/web/load/connections', data)!;
  t.match(shapeOf(root, connections), /^integer( >=? \d+)?/);
  t.equal(nodeForInstance(root, '/scenarios/web/nonsense', data), undefined);
  const command = nodeForInstance(root, '/scenarios/web/command/0', data)!;
  t.equal(shapeOf(root, command), 'string');
});

t.test('one line per part, nested objects elided past the depth', async (t) => {
  const scenario = nodeForInstance(root, '/scenarios/web', data)!;
  const line = shapeOf(root, scenario, 0);
  t.match(line, /^\{"description"\?: string, "command": \[string, \.\.\.\], .*"load": \{\.\.\.\}/, line);
  t.notMatch(line, /\n/);
  t.match(line, /"cwd"\?: string/, 'optional fields marked ?');
  t.equal(shapeOf(root, { const: 'none' }), '"none"');
  t.equal(shapeOf(root, { enum: ['a', 'b'] }), '"a" | "b"');
  t.equal(shapeOf(root, { type: 'number', exclusiveMinimum: 0, maximum: 10 }), 'number > 0, <= 10');
  t.equal(shapeOf(root, undefined), 'any');
});
