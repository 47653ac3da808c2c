// Every record is checked against its JSON Schema on the way in and on the way
// out. A built tree checks with the validators `npm run build` compiled to
// JavaScript (lib/records/precompiled.ts): compiling them at every start cost a
// stage up to 0.25 s of CPU (Ajv's import 0.05 s, the ten types perf-analyze
// reads and writes 0.15-0.2 s), the compiled module loads in 0.015 s. Run from
// source (the tests), or without that file, Ajv compiles each type on first use.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Ajv2020, Options, ValidateFunction } from 'ajv/dist/2020.js';
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

/**
 * The Ajv options of every record validator, compiled now or at build time. The
 * schemas are not checked against the meta-schema here (compiling it was 30 ms
 * of every stage's start); test/records/validate.test.ts checks every schema instead.
 */
export const AJV_OPTIONS: Options = { allErrors: false, strict: true, allowUnionTypes: true, validateSchema: false };

/** The build's compiled validators, beside this module in dist/. */
export const PRECOMPILED_FILE = join(here, 'validators.generated.js');

/** The name a type's validator is exported under in the compiled module ("plan-item" -> "plan_item"). */
export const exportNameOf = (type: RecordType): string => type.replace(/-/g, '_');

export function loadSchema(name: string): object {
  return JSON.parse(readFileSync(join(SCHEMA_DIR, name), 'utf8')) as object;
}

export function schemaOf(type: RecordType): object {
  return loadSchema(`${type}.v${PROTOCOL_VERSION}.schema.json`);
}

const precompiled = existsSync(PRECOMPILED_FILE) ? ((await import(pathToFileURL(PRECOMPILED_FILE).href)) as Record<string, ValidateFunction | undefined>) : undefined;

/** Ajv, only when there are no compiled validators (imported here, it would cost every start 0.05 s). */
async function ajvCompiler(): Promise<Ajv2020> {
  const [{ Ajv2020 }, formats] = await Promise.all([import('ajv/dist/2020.js'), import('ajv-formats')]);
  const ajv = new Ajv2020(AJV_OPTIONS);
  (formats.default as unknown as (ajv: Ajv2020) => Ajv2020)(ajv);
  return ajv;
}
const ajv = precompiled ? undefined : await ajvCompiler();
const validators = new Map<RecordType, ValidateFunction>();

/** The validator of one record type: the compiled one, else compiled by Ajv on its first use (most stages see few types). */
function validatorOf(type: RecordType): ValidateFunction {
  let validate = validators.get(type);
  if (!validate) {
    validate = precompiled ? precompiled[exportNameOf(type)] : ajv!.compile(schemaOf(type));
    if (!validate) throw new Error(`${PRECOMPILED_FILE} has no validator for ${type} records: rebuild (npm run build)`);
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
