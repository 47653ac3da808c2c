// What the schema cannot say about a scenarios file: every regex compiles and
// every URL parses, checked when the file is read (so --dry-run catches them),
// not after the target has started. Errors name the JSON path.

import { badInput } from '../base/errors.js';
import type { Scenario } from '../collectors/types.js';
import { jsonPath } from './json-text.js';

type Scenarios = Record<string, Omit<Scenario, 'name'>>;

function checkUrl(file: string, path: string, url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw badInput(file, `${path}: '${url.slice(0, 200)}' is not a valid URL; expected http://host:port/path`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw badInput(file, `${path}: '${url.slice(0, 200)}' is not an http(s) URL`);
}

function checkRegex(file: string, path: string, source: string): void {
  try {
    new RegExp(source);
  } catch (err) {
    throw badInput(file, `${path}: /${source.slice(0, 200)}/ is not a valid regular expression (${(err as Error).message.replace(/^Invalid regular expression: /, '')})`);
  }
}

/** The JSON path of a field of one scenario, written as the schema errors write theirs. */
const pathOf = (name: string, field: string) => jsonPath(`/scenarios/${name.replace(/~/g, '~0').replace(/\//g, '~1')}/${field}`);

export function checkScenarioSemantics(scenarios: Scenarios, file: string): void {
  for (const [name, s] of Object.entries(scenarios)) {
    if (s.ready?.line !== undefined) checkRegex(file, pathOf(name, 'ready/line'), s.ready.line);
    if (s.ready?.http !== undefined) checkUrl(file, pathOf(name, 'ready/http'), s.ready.http);
    const profilerUrl = (s.profiler as { url?: unknown } | undefined)?.url;
    if (typeof profilerUrl === 'string') checkUrl(file, pathOf(name, 'profiler/url'), profilerUrl);
    const load = s.load;
    if (load.kind !== 'http') continue;
    checkUrl(file, pathOf(name, 'load/url'), load.url);
    // Each path is taken on the url's origin: it must make a URL there too.
    (load.paths ?? []).forEach((path, i) => checkUrl(file, pathOf(name, `load/paths/${i}`), new URL(load.url).origin + path));
  }
}
