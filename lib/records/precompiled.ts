// The record validators compiled to JavaScript (Ajv's standalone code), written
// by `npm run build` after tsc as dist/lib/records/validators.generated.js, so no
// stage compiles schemas when it starts (see validate.ts). Generated from the
// schemas with validate.ts's options: the same checks and the same errors as
// compiling them at run time (test/records/precompiled.test.ts compares them).

import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { _ } from 'ajv';
import { RECORD_TYPES } from './types.js';
import { AJV_OPTIONS, PRECOMPILED_FILE, exportNameOf, schemaOf } from './validate.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const standaloneCode = standaloneModule as unknown as (ajv: Ajv2020, refs: Record<string, string>) => string;

/** The compiled module's text: one export per record type, named by exportNameOf. */
export function precompiledCode(): string {
  // Formats and Ajv's runtime helpers are required by the generated code, from the package's node_modules.
  const ajv = new Ajv2020({ ...AJV_OPTIONS, code: { source: true, esm: true, formats: _`require("ajv-formats/dist/formats").fullFormats` } });
  addFormats(ajv);
  const exports: Record<string, string> = {};
  for (const type of RECORD_TYPES) {
    const schema = schemaOf(type) as { $id?: string };
    if (typeof schema.$id !== 'string') throw new Error(`the ${type} schema has no $id`);
    ajv.addSchema(schema);
    exports[exportNameOf(type)] = schema.$id;
  }
  return [
    '// Generated from schemas/ by lib/records/precompiled.ts (npm run build); do not edit.',
    "import { createRequire } from 'node:module';",
    'const require = createRequire(import.meta.url);',
    standaloneCode(ajv, exports),
    '',
  ].join('\n');
}

// `node dist/lib/records/precompiled.js`: the build step.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) writeFileSync(PRECOMPILED_FILE, precompiledCode());
