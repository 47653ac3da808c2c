// Where a frame's code comes from: the user's own code, a dependency, the
// language runtime, or the kernel. Pure (no fs): attribution, the rules and
// the flame graph colours all call this one function.
//
// Decided in this order:
//  1. kernel: perf's `[kernel.kallsyms]` file (or a folded `_[k]` name).
//  2. the profiler's own files (its Node preload, its Python sampler), which
//     run inside the user's process but are not the user's code: runtime.
//  3. --user-code REGEX, when given, makes any frame whose file or name it
//     matches user code (it overrides everything below).
//  4. user: a relative path or one under the project root, unless it is in
//     a dependency folder (step 6).
//  5. runtime: pseudo-frames `(idle)`, `(garbage collector)`, `(program)`;
//     frames with no file (V8 natives such as `readFileUtf8`), unless
//     `noFile: 'user'` says the format names user functions without files
//     (folded stacks, JFR); cProfile's `<built-in ...>`; Node's `node:` modules; the Go root and standard
//     library; the JDK (java., javax., jdk., sun.); Python's own lib dir;
//     system libraries (/usr/lib, /lib).
//  6. dependency: node_modules, vendor, the Go module cache, site-packages
//     and dist-packages, a Maven/Gradle cache.
//  7. user: everything else, such as paths recorded on another machine that match nothing above (so a
//     profile taken in production at /app still names the user's code).

export type Origin = 'user' | 'dependency' | 'runtime' | 'kernel';

export interface OriginOptions {
  /** The project root (--source-root), absolute. */
  sourceRoot: string;
  /** --user-code: frames whose file or name match are user code. */
  userCode?: RegExp;
  /** What a frame with no file is when its name says nothing: V8 and pprof natives are runtime (default). */
  noFile?: 'runtime' | 'user';
  /** Folders (absolute, ending in /) of the profiler's own code that runs in the user's process. */
  profilerFiles?: readonly string[];
}

export interface FrameLike {
  name: string;
  file: string;
}

export const KERNEL_FILE = '[kernel.kallsyms]';

const PSEUDO_FRAME = /^\(.*\)$/;
const RUNTIME_FILE = new RegExp(
  [
    '^node:', // Node's built-in modules
    '^internal/', // Node internals as older V8 prints them
    '/go(?:-\\d[\\d.]*)?/src/(?:runtime|internal|sync|syscall|reflect|os|fmt|strings|strconv|bytes|regexp|encoding|sort|io|bufio|net|time|math|unicode|errors|context|testing|crypto|compress|hash|container|path|log|html|text|mime|archive|image|flag|embed|expvar|debug|slices|maps|cmp|iter|unique)/', // GOROOT
    '^(?:/usr)?/lib/(?:x86_64|aarch64|i386)[^/]*/', // system shared libraries
    '^(?:/usr)?/lib(?:64)?/[^/]+\\.so', // the loader and libc in /lib
    '/lib/python\\d[\\d.]*/(?!(?:site|dist)-packages/)', // CPython's standard library
    '^<frozen ', // CPython frozen modules
    '/jvm/|/jdk[^/]*/|/jre/', // a JDK install
    '\\.jar!?/(?:java|javax|jdk|sun)/', // classes inside the JDK's own jars
  ].join('|'),
);
const RUNTIME_NAME = new RegExp(
  [
    '^(?:java|javax|jdk|sun|com\\.sun)\\.', // JDK classes (JFR names frames by class)
    '^(?:Interpreter|StubRoutines|JavaThread|VMThread|GCTaskThread)\\b', // HotSpot internals
    '^<built-in ', // cProfile builtins
    '^<method ', // cProfile methods of builtin types
    '^(?:__libc_|__GI_|_dl_|_start$|__clone|start_thread$|syscall$)', // libc and the loader
  ].join('|'),
);
/** perf-profiler's own preload in the profiled process: the profiler's cost, never the user's code (even in this repo). */
const PROFILER_FILE = /[\\/]lib[\\/]collectors[\\/](?:node-waits[\\/]|node-preload\.js$)/;
const DEPENDENCY_FILE = /(?:^|[/\\])(?:node_modules|vendor|site-packages|dist-packages|\.m2|\.gradle|\.cargo)[/\\]|\/pkg\/mod\//;
/** Go: a function whose import path has no dot before its first slash is the standard library. */
const GO_STD_FUNCTION = /^(?:runtime|internal|sync|syscall|reflect|os|fmt|strings|strconv|bytes|regexp|encoding|sort|io|bufio|net|time|math|unicode|errors|context|testing|crypto|compress|hash|container|path|log|html|text|mime|archive|image|flag|embed|expvar|debug|slices|maps|cmp|iter|unique)(?:[./]|$)/;

export function originOf(frame: FrameLike, options: OriginOptions): Origin {
  const { name, file } = frame;
  if (file === KERNEL_FILE || name.endsWith('_[k]')) return 'kernel';
  if (options.profilerFiles?.some((dir) => file.startsWith(dir))) return 'runtime';
  if (options.userCode && (options.userCode.test(file) || options.userCode.test(name))) return 'user';
  if ((PSEUDO_FRAME.test(name) && file === '') || RUNTIME_NAME.test(name) || file === '~') return 'runtime';
  if (file === '') return options.noFile ?? 'runtime';
  if (PROFILER_FILE.test(file)) return 'runtime';
  if (file.endsWith('.go') && GO_STD_FUNCTION.test(name)) return 'runtime';
  const dependency = DEPENDENCY_FILE.test(file);
  if (!dependency && isUnder(file, options.sourceRoot)) return 'user';
  if (RUNTIME_FILE.test(file)) return 'runtime';
  return dependency ? 'dependency' : 'user';
}

function isUnder(file: string, root: string): boolean {
  if (!file.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(file)) return !/^(?:<|node:|internal\/)/.test(file);
  const base = root.endsWith('/') ? root : `${root}/`;
  return file.startsWith(base);
}
