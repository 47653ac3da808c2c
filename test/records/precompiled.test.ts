// The validators the build compiles (dist/lib/records/validators.generated.js)
// against Ajv compiling the same schemas at run time, as the tests and a tree
// without a build do: the same verdict and the same first error on every record
// the real bins emit, and on those records broken in many ways.
import t from 'tap';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { precompiledCode } from '../../lib/records/precompiled.js';
import { RECORD_TYPES, type RecordType } from '../../lib/records/types.js';
import { AJV_OPTIONS, exportNameOf, schemaOf } from '../../lib/records/validate.js';
import { PROFILES, ROOT, parseRecords, sh, tempRoot } from '../helpers.js';

const GENERATED = join(ROOT, 'dist/lib/records/validators.generated.js');

t.test('the build wrote the validators of the schemas as they are now', async (t) => {
  t.equal(readFileSync(GENERATED, 'utf8'), precompiledCode(), 'the built validators are those of schemas/ now (else: npm run build)');
});

t.test('compiled and run-time validators agree on real records and on broken ones', async (t) => {
  const compiled = (await import(pathToFileURL(GENERATED).href)) as Record<string, ValidateFunction>;
  const ajv = new Ajv2020(AJV_OPTIONS);
  (addFormatsModule as unknown as (a: Ajv2020) => Ajv2020)(ajv);
  const runtime = new Map(RECORD_TYPES.map((type) => [type, ajv.compile(schemaOf(type))]));

  // Every record of a real run through the bins: collected records, analysis, plan, artifacts.
  const root = tempRoot();
  const run = sh(`perf-analyze < ${join(PROFILES, 'diagnosis/demo-service.ndjson')} | perf-plan | tee ${join(root, 'plan.ndjson')} | perf-apply --root ${root} --ndjson`);
  t.equal(run.code, 0, run.stderr);
  const records = [...parseRecords(readFileSync(join(root, 'plan.ndjson'), 'utf8')), ...parseRecords(run.stdout)];
  const seen = new Set(records.map((r) => r.type as string));
  t.ok(seen.size >= 10, `record types seen: ${[...seen].join(', ')}`);

  const firstError = (validate: ValidateFunction, value: unknown) => {
    if (validate(value)) return 'valid';
    const e = validate.errors![0] as ErrorObject;
    return `${e.instancePath} ${e.keyword} ${e.message ?? ''}`;
  };
  let compared = 0;
  let refused = 0;
  const differences: string[] = [];
  const check = (type: RecordType, value: unknown, what: string) => {
    const want = firstError(runtime.get(type)!, value);
    const got = firstError(compiled[exportNameOf(type)]!, value);
    compared++;
    if (want !== 'valid') refused++;
    if (got !== want && differences.length < 10) differences.push(`${what}: compiled '${got}', run-time '${want}'`);
  };
  const BROKEN: [string, unknown][] = [['null', null], ['a string', 'x'], ['-1', -1], ['1.5', 1.5], ['true', true], ['[]', []], ['{}', {}], ['""', '']];
  // Every place in a record (up to 3 deep), replaced by each broken value and removed.
  function* mutations(value: unknown, path: string[] = []): Generator<[string, unknown]> {
    if (path.length >= 3 || value === null || typeof value !== 'object') return;
    for (const key of Object.keys(value).slice(0, 20)) {
      const inner = (value as Record<string, unknown>)[key];
      for (const [name, broken] of BROKEN) yield [`${[...path, key].join('.')} = ${name}`, replace(value, key, broken)];
      if (!Array.isArray(value)) yield [`${[...path, key].join('.')} removed`, replace(value, key, undefined)];
      for (const [what, changed] of mutations(inner, [...path, key])) yield [what, replace(value, key, changed)];
    }
    if (!Array.isArray(value)) yield [`${path.join('.')}.unknownKey added`, { ...value, unknownKey: 1 }];
  }
  const byType = new Map<string, Record<string, unknown>[]>();
  for (const r of records) byType.set(r.type, [...(byType.get(r.type) ?? []), r]);
  for (const [type, some] of byType) {
    // Two of each type, the largest first (the most fields to break).
    for (const record of some.sort((a, b) => JSON.stringify(b).length - JSON.stringify(a).length).slice(0, 2)) {
      check(type as RecordType, record, `${type} as emitted`);
      for (const [what, changed] of mutations(record)) check(type as RecordType, changed, `${type} ${what}`);
    }
  }
  // The types this run does not emit: every record read as one of them.
  for (const type of RECORD_TYPES.filter((type) => !seen.has(type))) {
    for (const some of byType.values()) check(type, { ...some[0], type }, `${some[0]!.type} record as ${type}`);
  }
  t.same(differences, [], `${compared} records compared, ${refused} refused`);
  t.ok(refused > compared / 2, `most broken records are refused (${refused} of ${compared})`);
});

function replace(value: object, key: string, by: unknown): unknown {
  if (Array.isArray(value)) {
    const copy = [...value];
    copy[Number(key)] = by;
    return copy;
  }
  const copy: Record<string, unknown> = { ...value };
  if (by === undefined) delete copy[key];
  else copy[key] = by;
  return copy;
}
