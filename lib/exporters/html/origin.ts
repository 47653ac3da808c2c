// Where a frame's code comes from, for colouring flame graphs. The one place
// the exporters ask; it delegates to lib/analysis/origin.ts once that lands
// (TEMPORARY: this fallback is replaced by the analysis module, not kept beside it).

import type { Frame } from '../../model/profile.js';

export type Origin = 'user' | 'dependency' | 'runtime' | 'kernel';
export const ORIGINS: readonly Origin[] = ['user', 'dependency', 'runtime', 'kernel'];

const DEPENDENCY = /(^|[\\/])(node_modules|site-packages|dist-packages|vendor|pkg[\\/]mod)[\\/]|^(jar|file):.*\.jar!/;
const RUNTIME_FILE = /^(node:|internal[\\/]|\[.*\]$)|(^|[\\/])(go[\\/]src|GOROOT)[\\/]|^(java|javax|jdk|sun)\./;

export function originOf(frame: Pick<Frame, 'name' | 'file'>): Origin {
  if (frame.file === '[kernel.kallsyms]' || frame.name.endsWith('_[k]')) return 'kernel';
  if (frame.file === '' || RUNTIME_FILE.test(frame.file) || frame.name.startsWith('runtime.')) return 'runtime';
  if (DEPENDENCY.test(frame.file)) return 'dependency';
  return 'user';
}
