// Every record is checked against its JSON Schema on the way in and on the way
// out. The validators are compiled once per process, on first use.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { ProfilerError } from '../base/errors.js';
import { PROTOCOL_VERSION, isKnownType, type AnyRecord, type RecordType } from './types.js';

// dist/lib/records -> project root, and lib/records when run from source.
const here = dirname(fileURLToPath(import.meta.url));
export const SCHEMA_DIR = [join(here, '../../../schemas'), join(here, '../../schemas')].find((dir) => {
  try {
    readFileSync(join(dir, 'run.v1.schema.json'));
    return true;
  } catch {
    return false;
  }
})!;

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
let ajv: Ajv2020 | undefined;
const validators = new Map<RecordType, ValidateFunction>();

export function loadSchema(name: string): object {
  return JSON.parse(readFileSync(join(SCHEMA_DIR, name), 'utf8')) as object;
}

/**
 * The validator of one record type, compiled on its first use: compiling all of
 * them up front cost every stage about 0.3 s of CPU (13% of perf-collect on a
 * 120 MB perf script), most of it for types that stage never sees. The schemas
 * are not checked against the meta-schema here (compiling it was 30 ms of every
 * stage's start); test/records/validate.test.ts checks every schema instead.
 */
function validatorOf(type: RecordType): ValidateFunction {
  let validate = validators.get(type);
  if (!validate) {
    if (!ajv) {
      ajv = new Ajv2020({ allErrors: false, strict: true, allowUnionTypes: true, validateSchema: false });
      addFormats(ajv);
    }
    validate = ajv.compile(loadSchema(`${type}.v${PROTOCOL_VERSION}.schema.json`));
    validators.set(type, validate);
  }
  return validate;
}

/**
 * Check one parsed JSON value. Returns the record, or throws a bad-record error
 * whose message starts with `where` ("stdin:12").
 */
export function validateRecord(value: unknown, where: string): AnyRecord {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ProfilerError('bad-record', `${where}: expected a JSON object record, got ${Array.isArray(value) ? 'an array' : typeof value}`);
  }
  const record = value as Record<string, unknown>;
  if (typeof record.type !== 'string' || record.type === '') {
    throw new ProfilerError('bad-record', `${where}: record has no "type" string`);
  }
  if (!Number.isInteger(record.v)) {
    throw new ProfilerError('bad-record', `${where}: ${record.type} record has no integer "v" (protocol version)`);
  }
  if (!isKnownType(record.type)) return record as AnyRecord;
  if (record.v !== PROTOCOL_VERSION) {
    throw new ProfilerError(
      'bad-record',
      `${where}: ${String(record.type)} record has version ${String(record.v)}; this tool reads version ${PROTOCOL_VERSION} (upgrade perf-profiler)`,
    );
  }
  const type = record.type;
  const validate = validatorOf(type);
  if (!validate(record)) {
    const e = validate.errors![0]!;
    const at = e.instancePath || '(record)';
    throw new ProfilerError('bad-record', `${where}: ${type} record ${at} ${e.message ?? 'is invalid'}`);
  }
  return record as AnyRecord;
}
