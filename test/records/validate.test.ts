import { readdirSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import t from 'tap';
import { SCHEMA_DIR, loadSchema, validateRecord } from '../../lib/records/validate.js';

t.test('every schema is valid against the JSON Schema meta-schema (the bins skip that check to start faster)', async (t) => {
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, validateFormats: false });
  const names = readdirSync(SCHEMA_DIR).filter((name) => name.endsWith('.schema.json'));
  t.ok(names.length >= 14, `${names.length} schemas`);
  for (const name of names) t.ok(ajv.validateSchema(loadSchema(name)), `${name}: ${ajv.errorsText(ajv.errors)}`);
});

t.test('a valid metric passes', async (t) => {
  const rec = { type: 'metric', v: 1, runId: 'r1', name: 'wall_time', value: 1.5, unit: 's' };
  t.same(validateRecord(rec, 'stdin:1'), rec);
});
