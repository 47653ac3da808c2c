// The scenarios file (perf-scenarios.json): read, check against
// schemas/scenarios.v1.schema.json, pick one scenario. Or, with `-- CMD ARGS`,
// an ad-hoc scenario with no file. Every error names the file and the place.

import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { badInput, usage } from '../base/errors.js';
import { AD_HOC_SCENARIO } from '../records/run-record.js';
import { loadSchema } from '../records/validate.js';
import { defaultProfilerFor, isProfilerName } from '../collectors/registry.js';
import type { ProfilerSettings, Scenario } from '../collectors/types.js';
import { jsonPath, parseJsonText } from './json-text.js';
import { checkScenarioSemantics } from './semantics.js';
import { nodeForInstance, shapeOf, type SchemaNode } from './shape.js';
import { firstUnknownKey } from './unknown-keys.js';

export const DEFAULT_CONFIG = 'perf-scenarios.json';
export const DEFAULT_SCENARIO = 'default';
export { AD_HOC_SCENARIO };

/** The shape in one line, for error messages. */
export const EXPECTED_SHAPE =
  'expected {"version": 1, "scenarios": {"<name>": {"command": ["argv", ...], "load": {"kind": "http" | "command" | "none", ...}, ...}}} (see README "Scenarios file")';

export interface ScenarioRequest {
  /** --config; default perf-scenarios.json in cwd. */
  config?: string;
  /** --scenario; default "default". */
  scenario?: string;
  /** --profiler overrides the scenario's. */
  profiler?: string;
  /** argv after `--`: an ad-hoc run with no file. */
  command: string[];
  cwd: string;
}

export interface ResolvedScenario {
  scenario: Scenario;
  settings: ProfilerSettings;
  /** The file it came from, or undefined for an ad-hoc command. */
  file?: string;
  /** Absolute working directory of the target. */
  cwd: string;
}

let validator: ValidateFunction | undefined;
let parsedSchema: SchemaNode | undefined;
const schema = (): SchemaNode => (parsedSchema ??= loadSchema('scenarios.v1.schema.json') as SchemaNode);
function validate(): ValidateFunction {
  validator ??= new Ajv2020({ allErrors: false, strict: true, strictRequired: false, allowUnionTypes: true, discriminator: true }).compile(schema());
  return validator;
}

/** The expected shape of the part an error is about (not of the whole file). */
function expectedPart(e: ErrorObject, data: unknown): string {
  if (e.keyword === 'const' || e.keyword === 'enum') return ''; // the message already lists the allowed values
  const node = nodeForInstance(schema(), e.instancePath, data);
  return node ? `; expected ${shapeOf(schema(), node, 0)}` : '';
}

function describeError(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  if (e.propertyName !== undefined) return `name '${e.propertyName}' ${e.message ?? 'is not allowed'}`;
  if (e.keyword === 'additionalProperties') return `unknown property '${String(p.additionalProperty)}'`;
  if (e.keyword === 'required' && e.schemaPath.includes('/ready/anyOf/')) return "needs one of 'http', 'tcp' or 'line'";
  if (e.keyword === 'required') return `missing property '${String(p.missingProperty)}'`;
  if (e.keyword === 'enum') return `${e.message} (${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')})`;
  if (e.keyword === 'const') return `must be ${JSON.stringify(p.allowedValue)}`;
  return e.message ?? e.keyword;
}

/** Parse and check a scenarios file's text; throws "file: $.path: what; expected shape". */
export function parseScenariosFile(text: string, file: string): Record<string, Omit<Scenario, 'name'>> {
  const data = parseJsonText(text, file);
  const unknown = firstUnknownKey(schema(), data);
  if (unknown) {
    const hint = unknown.suggestion ? ` (did you mean '${unknown.suggestion}'?)` : '';
    throw badInput(file, `${unknown.path}: unknown key '${unknown.key}'${hint}; expected ${unknown.expected}`);
  }
  const check = validate();
  if (!check(data)) {
    const e = check.errors![0]!;
    throw badInput(file, `${jsonPath(e.instancePath)}: ${describeError(e)}${expectedPart(e, data)}`);
  }
  const scenarios = (data as { scenarios: Record<string, Omit<Scenario, 'name'>> }).scenarios;
  checkScenarioSemantics(scenarios, file);
  return scenarios;
}

function settingsFor(scenario: Scenario, flag: string | undefined): ProfilerSettings {
  if (flag !== undefined && !isProfilerName(flag)) throw usage(`unknown --profiler '${flag}'`);
  const name = flag ?? scenario.profiler?.name ?? defaultProfilerFor(scenario.command);
  return { ...(scenario.profiler ?? {}), name } as ProfilerSettings;
}

export function resolveScenario(req: ScenarioRequest): ResolvedScenario {
  if (req.command.length > 0) {
    if (req.scenario !== undefined || req.config !== undefined) {
      throw usage('give either -- CMD ARGS (an ad-hoc run) or --scenario/--config (a scenarios file), not both');
    }
    const scenario: Scenario = { name: AD_HOC_SCENARIO, command: req.command, load: { kind: 'none' } };
    return { scenario, settings: settingsFor(scenario, req.profiler), cwd: req.cwd };
  }
  const file = req.config ?? DEFAULT_CONFIG;
  const path = resolve(req.cwd, file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw badInput(file, `no such scenarios file; create one (${EXPECTED_SHAPE}), pass --config FILE, or run a command ad hoc with -- CMD ARGS`);
    }
    throw badInput(file, `cannot read (${code ?? (err as Error).message})`);
  }
  const scenarios = parseScenariosFile(text, file);
  const name = req.scenario ?? DEFAULT_SCENARIO;
  const found = Object.hasOwn(scenarios, name) ? scenarios[name] : undefined;
  if (!found) {
    throw badInput(file, `$.scenarios: no scenario '${name}'; scenarios in this file: ${Object.keys(scenarios).sort().join(', ')}`);
  }
  const scenario: Scenario = { name, ...found };
  const cwd = resolve(dirname(path), scenario.cwd ?? '.');
  return { scenario, settings: settingsFor(scenario, req.profiler), file, cwd };
}
