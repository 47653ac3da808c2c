// The record types: each one named has its schema in schemas/ (and each
// schema its type), the README names every one; isKnownType and isType tell
// them apart. (docs/contracts.md does not name profile, hotspot or artifact:
// told to the lead.)
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { PROTOCOL_VERSION, RECORD_TYPES, isKnownType, isType, type AnyRecord } from '../../lib/records/types.js';
import { ROOT } from '../helpers.js';

t.test('a schema per record type, a type per record schema', async (t) => {
  const schemas = readdirSync(join(ROOT, 'schemas')).filter((f) => f.endsWith(`.v${PROTOCOL_VERSION}.schema.json`) && f !== `scenarios.v${PROTOCOL_VERSION}.schema.json`);
  t.same(schemas.map((f) => f.replace(`.v${PROTOCOL_VERSION}.schema.json`, '')).sort(), [...RECORD_TYPES].sort());
});

t.test("the README's protocol names every record type", async (t) => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  for (const type of RECORD_TYPES) t.ok(readme.includes(`\`${type}\``), type);
});

t.test('known types, and one type told from another', async (t) => {
  t.ok(RECORD_TYPES.every(isKnownType));
  t.notOk(isKnownType('metrics'));
  const record = { type: 'metric', v: 1, runId: 'r', name: 'wall_time', value: 1, unit: 's' } as AnyRecord;
  t.ok(isType(record, 'metric'));
  t.notOk(isType(record, 'run'));
});
