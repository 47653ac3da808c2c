// Small profiles built in code for the exporter tests: every origin, a
// recursive function, a hostile name, and a many-narrow-siblings case.

import { ProfileBuilder } from '../../lib/model/builder.js';
import type { Profile } from '../../lib/model/profile.js';

export const HOSTILE = `</script><script>alert("x")</script>&<b>'quote'`;

type F = [name: string, file: string, line: number];

/** `stacks`: root-first frames and a value (nanoseconds of cpu). */
export function profileOf(stacks: [F[], number][], order: 'as-given' | 'reversed' = 'as-given'): Profile {
  const b = new ProfileBuilder({ sampleTypes: [{ type: 'samples', unit: 'count' }, { type: 'cpu', unit: 'nanoseconds' }], period: 1e6 });
  const list = order === 'reversed' ? [...stacks].reverse() : stacks;
  for (const [frames, value] of list) {
    const ids = frames.map(([name, file, line]) => b.frameId({ name, file, line, column: 0 })).reverse();
    b.addSample(ids, [Math.round(value / 1e6), value]);
  }
  return b.build();
}

const main: F = ['main', 'app.js', 1];
const handle: F = ['handle', 'app.js', 10];
const parse: F = ['parse', 'app.js', 20];
const dep: F = ['Router.dispatch', 'node_modules/router/index.js', 5];
const gc: F = ['(garbage collector)', '', 0];
const kernel: F = ['do_syscall_64', '[kernel.kallsyms]', 0];
const node: F = ['readFileUtf8', 'node:fs', 3];
const hostile: F = [HOSTILE, 'app.js', 30];

/** The small fixture of the golden tests. */
export const SMALL_STACKS: [F[], number][] = [
  [[main, handle, parse], 40e6],
  [[main, handle, ['parse', 'app.js', 22]], 10e6],
  [[main, handle, dep, parse], 15e6],
  [[main, handle, node, kernel], 12e6],
  [[main, hostile], 8e6],
  [[main, handle, handle, parse], 5e6],
  [[main], 4e6],
  [[gc], 6e6],
];

export function smallProfile(order: 'as-given' | 'reversed' = 'as-given'): Profile {
  return profileOf(SMALL_STACKS, order);
}

/** One wide function and `narrow` siblings of value 1 each, under main. */
export function narrowProfile(narrow: number): Profile {
  const stacks: [F[], number][] = [[[main, ['wide', 'app.js', 2]], 1e9]];
  for (let i = 0; i < narrow; i++) stacks.push([[main, [`tiny${String(i).padStart(3, '0')}`, 'app.js', 100 + i], ['leaf', 'app.js', 5]], 1]);
  return profileOf(stacks);
}
