// Which package or module a frame belongs to, for the "by package" view:
// the npm package (from the node_modules path), the Go import path (from the
// function name), the Java package (from the class name), the Python module
// (from the file), a native library (its file name). Pure.

import { basename, dirname, isAbsolute, relative } from 'node:path';
import type { Origin } from './origin.js';

/** The last node_modules in the path: a nested dependency is its own package, not the one that pulled it in. */
const NPM = /(?:^|.*\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//;
const PY_SITE = /\/(?:site|dist)-packages\/([^/]+)/;
const PY_STDLIB = /\/lib\/python\d[\d.]*\/([^/]+?)(?:\.py)?(?:\/|$)/;
/** `pkg/path.Func`, `pkg/path.(*T).M`, `pkg/path.T.M`: the import path ends at the first dot after the last slash. */
const GO_FUNCTION = /^((?:[^/]*\/)*[^./]+)\./;
/** `a.b.C.method` or `a.b.C$Inner.method`: the package is the lower-case run before the class. */
const JAVA_NAME = /^((?:[a-z_][\w]*\.)+)[A-Z$_][\w$]*\.[\w$<>]+$/;

export function packageOf(frame: { name: string; file: string }, origin: Origin, root: string): string {
  const { name, file } = frame;
  if (origin === 'kernel') return 'kernel';
  const npm = NPM.exec(file);
  if (npm) return npm[1]!;
  if (file.startsWith('node:')) return file.split('/')[0]!;
  if (file.endsWith('.go')) return GO_FUNCTION.exec(name)?.[1] ?? name;
  if (file.endsWith('.py')) {
    const site = PY_SITE.exec(file) ?? PY_STDLIB.exec(file);
    if (site) return site[1]!;
    return folderName(file, root).replace(/\.py$/, '').replace(/^\//, '').replace(/\//g, '.');
  }
  const java = JAVA_NAME.exec(name);
  if (java) return java[1]!.slice(0, -1);
  if (file === '') return origin === 'runtime' ? '(runtime)' : '(unknown)';
  if (/\.(?:m?js|cjs|ts)$/.test(file) && origin === 'user') return folderName(dirname(file), root);
  return basename(file);
}

/** A path relative to the root when it is under it; else as recorded (a profile from /app on another machine). */
function folderName(path: string, root: string): string {
  const rel = relative(root, path);
  if (rel === '') return '.';
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}
