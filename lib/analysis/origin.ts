// Where a frame's code comes from: the user's own code, a dependency, the
// language runtime, or the kernel. Pure (no fs): attribution, the rules and
// the flame graph colours all call this one function.
//
// Decided in this order:
//  1. kernel: perf's `[kernel.kallsyms]` dso or a kernel module's, a folded
//     `_[k]` name, or (in profiles with no kernel marks) a file-less frame
//     named like a kernel entry point or syscall (`entry_SYSCALL_64`,
//     `do_syscall_64`, `__x64_sys_write`). frameOrigins() then makes every
//     frame a kernel frame calls kernel code too (`vfs_write` under
//     `ksys_write`): the kernel never calls back into user code on one stack.
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
//     system libraries (/usr/lib, /lib); the browser's own scripts
//     (`chrome://`, `chrome-extension://`, `devtools://`).
//  6. dependency: node_modules, vendor, the Go module cache, site-packages
//     and dist-packages, a Maven/Gradle cache.
//  7. user: everything else, such as paths recorded on another machine that match nothing above (so a
//     profile taken in production at /app still names the user's code).

import { fileURLToPath } from 'node:url';

export type Origin = 'user' | 'dependency' | 'runtime' | 'kernel';

export interface OriginOptions {
  /** The project root (--source-root), absolute. */
  sourceRoot: string;
  /** --user-code: frames whose file or name match are user code. */
  userCode?: RegExp;
  /** What a frame with no file is when its name says nothing: V8 and pprof natives are runtime (default). */
  noFile?: 'runtime' | 'user';
  /** Folders (absolute, ending in /) of the profiler's own code that runs in the user's process (default: this install's collectors). */
  profilerFiles?: readonly string[];
}

export interface FrameLike {
  name: string;
  file: string;
}

export const KERNEL_FILE = '[kernel.kallsyms]';
/** perf's dsos for kernel code: the kernel image, a guest's, a module (`[ext4]`, `ext4.ko`). */
const KERNEL_DSO = /^\[(?:kernel\.|guest\.kernel\.)|^\[(?!(?:vdso|vsyscall|vectors|uprobes|unknown|heap|stack)\])[\w-]+\]$|\.ko(?:\.(?:xz|gz|zst))?$/;
/**
 * Kernel entry points and syscall functions, for profiles that do not mark
 * kernel frames (folded stacks from `stackcollapse-perf` without `--all`):
 * names no user program defines. The rest of a kernel stack is found from
 * these (frameOrigins).
 */
const KERNEL_NAME = new RegExp(
  [
    '^entry_(?:SYSCALL|SYSENTER|INT80)\\w*$', // x86 syscall entry
    '^do_syscall_(?:64|32\\w*|x64)$|^x64_sys_call$|^do_int80_syscall_32$',
    '^__(?:x64|ia32|arm64|riscv|s390x?)_sys_\\w+$|^__(?:se|do)_sys_\\w+$|^ksys_\\w+$', // the syscalls themselves
    '^(?:syscall_exit_to_user_mode|exit_to_user_mode|irqentry_exit_to_user_mode)\\w*$',
    '^(?:el0_svc|do_el0_svc|el0t_64_sync|el0t_64_irq)\\w*$|^invoke_syscall$', // arm64 syscall entry
    '^asm_(?:exc|sysvec|common)_\\w+$|^sysvec_\\w+$|^irqentry_\\w+$', // x86 exceptions and interrupts
    '^ret_from_fork\\w*$',
  ].join('|'),
);
const PSEUDO_FRAME = /^\(.*\)$/;
/**
 * A C frame with no file (folded stacks, perf's inlined frames) that is the C
 * library's: identifiers C reserves for the implementation (`__` or `_` and a
 * capital: `_IO_str_init_static_internal`, `__isoc99_sscanf`), the standard
 * library's own functions and glibc's qsort internals, and perf's `[unknown]`
 * (a frame its unwinder could not name). None can be the user's function.
 */
const C_LIBRARY_NAME = new RegExp(
  [
    '^(?:__|_[A-Z])\\w',
    '^\\[unknown\\]$',
    '^(?:qsort|qsort_r|bsearch|msort_with_tmp|malloc|calloc|realloc|free|memcpy|memmove|memset|memcmp|memchr|strlen|strcmp|strncmp|strcpy|strncpy|strcat|strncat|strchr|strrchr|strstr|strtol|strtoul|strtoll|strtoull|strtod|atoi|atol|atof|printf|fprintf|sprintf|snprintf|vsnprintf|vfprintf|vprintf|scanf|sscanf|fscanf|vsscanf|puts|fputs|fputc|putchar|fwrite|fread|fflush|fopen|fclose|fgets|getc|putc|clock_gettime|gettimeofday|nanosleep|usleep)$',
  ].join('|'),
);
/** The browser's own pages, extensions and internal scripts (a Chrome trace's `chrome://resources/...`), never the page's code. */
const BROWSER_SCHEME = /^(?:chrome|chrome-extension|chrome-untrusted|devtools|edge|brave|extensions|v8):/;
const RUNTIME_FILE = new RegExp(
  [
    '^node:', // Node's built-in modules
    '^internal/', // Node internals as older V8 prints them
    '/go(?:-\\d[\\d.]*)?/src/(?:runtime|internal|sync|syscall|reflect|os|fmt|strings|strconv|bytes|regexp|encoding|sort|io|bufio|net|time|math|unicode|errors|context|testing|crypto|compress|hash|container|path|log|html|text|mime|archive|image|flag|embed|expvar|debug|slices|maps|cmp|iter|unique)/', // GOROOT
    '^(?:/usr)?/lib/(?:x86_64|aarch64|i386)[^/]*/', // system shared libraries
    '^(?:/usr)?/lib(?:64)?/[^/]+\\.so', // the loader and libc in /lib
    '/lib/python\\d[\\d.]*/(?!(?:site|dist)-packages/)', // CPython's standard library
    '^<frozen ', // CPython frozen modules
    '^\\[', // perf's pseudo-dsos that are not the kernel: [vdso], [heap], [stack], [anon:...]
    '/jvm/|/jdk[^/]*/|/jre/', // a JDK install
    '\\.jar!?/(?:java|javax|jdk|sun)/', // classes inside the JDK's own jars
    BROWSER_SCHEME.source, // the browser's own pages, extensions and internal scripts
  ].join('|'),
);
const RUNTIME_NAME = new RegExp(
  [
    '^(?:java|javax|jdk|sun|com\\.sun)\\.', // JDK classes (JFR names frames by class)
    '^(?:Interpreter|StubRoutines|JavaThread|VMThread|GCTaskThread)\\b', // HotSpot internals
    '^<built-in ', // cProfile builtins
    '^<method ', // cProfile methods of builtin types
    '^(?:__libc_|__GI_|_dl_|_start$|__clone|start_thread$|syscall$)', // libc and the loader
    '^__x86_(?:indirect|return)_thunk\\w*$', // retpoline thunks the compiler emits (user space and kernel alike)
  ].join('|'),
);
/**
 * perf-profiler's own code that runs in the profiled process (the Node
 * preload and its wait and memory recorders, the Python sampler), wherever
 * the profiler that recorded it was installed: the profiler's cost, never the
 * user's code (even in this repo).
 */
const PROFILER_FILE = /[\\/]lib[\\/]collectors[\\/](?:(?:node-waits|node-memory|python)[\\/]|node-preload\.js$)/;
/** This install's collectors, built and source (the preload runs from dist/). */
const OWN_COLLECTORS = [fileURLToPath(new URL('../collectors/', import.meta.url)), fileURLToPath(new URL('../../../lib/collectors/', import.meta.url))];

/**
 * Formats whose frames always carry a file for the user's code: a frame with
 * no file there is a runtime native. Elsewhere (perf's inlined frames,
 * folded stacks, JFR, cProfile builtins, which have names) the name decides.
 */
export const FILE_BEARING_FORMATS: ReadonlySet<string> = new Set(['pprof', 'v8-cpuprofile', 'v8-heapprofile', 'node-waits', 'chrome-trace']);

/** The origin options for one profile: what a frame with no file is follows from its format (one rule for analysis, comparison and the flame graphs). */
export function originOptionsOfFormat(sourceFormat: string, base: OriginOptions): OriginOptions {
  return { noFile: FILE_BEARING_FORMATS.has(sourceFormat) ? 'runtime' : 'user', ...base };
}
const DEPENDENCY_FILE = /(?:^|[/\\])(?:node_modules|vendor|site-packages|dist-packages|\.m2|\.gradle|\.cargo)[/\\]|\/pkg\/mod\//;
/** Go: a function whose import path has no dot before its first slash is the standard library. */
const GO_STD_FUNCTION = /^(?:runtime|internal|sync|syscall|reflect|os|fmt|strings|strconv|bytes|regexp|encoding|sort|io|bufio|net|time|math|unicode|errors|context|testing|crypto|compress|hash|container|path|log|html|text|mime|archive|image|flag|embed|expvar|debug|slices|maps|cmp|iter|unique)(?:[./]|$)/;

export function originOf(frame: FrameLike, options: OriginOptions): Origin {
  const { name, file } = frame;
  if (file === KERNEL_FILE || name.endsWith('_[k]') || KERNEL_DSO.test(file) || (file === '' && KERNEL_NAME.test(name))) return 'kernel';
  if ((options.profilerFiles ?? OWN_COLLECTORS).some((dir) => file.startsWith(dir))) return 'runtime';
  if (options.userCode && (options.userCode.test(file) || options.userCode.test(name))) return 'user';
  if ((PSEUDO_FRAME.test(name) && file === '') || RUNTIME_NAME.test(name) || file === '~') return 'runtime';
  if (file === '' && C_LIBRARY_NAME.test(name)) return 'runtime';
  if (file === '') return options.noFile ?? 'runtime';
  if (PROFILER_FILE.test(file)) return 'runtime';
  if (file.endsWith('.go') && GO_STD_FUNCTION.test(name)) return 'runtime';
  const dependency = DEPENDENCY_FILE.test(file);
  if (!dependency && isUnder(file, options.sourceRoot)) return 'user';
  if (RUNTIME_FILE.test(file)) return 'runtime';
  return dependency ? 'dependency' : 'user';
}

/**
 * The origin of every frame of a profile: originOf, and then every frame a
 * kernel frame calls on some stack is kernel code too. Stacks are leaf first.
 */
export function frameOrigins(profile: { frames: readonly FrameLike[]; samples: readonly { stack: readonly number[] }[] }, options: OriginOptions): Origin[] {
  const origins = profile.frames.map((f) => originOf(f, options));
  if (!origins.includes('kernel')) return origins;
  for (const { stack } of profile.samples) {
    let i = stack.length - 1;
    while (i >= 0 && origins[stack[i]!] !== 'kernel') i--;
    for (; i >= 0; i--) origins[stack[i]!] = 'kernel';
  }
  return origins;
}

/** The origin of a frame in a call tree whose caller's origin is known: a kernel frame's callees are the kernel's. */
export function originUnder(caller: Origin | undefined, frame: FrameLike, options: OriginOptions): Origin {
  return caller === 'kernel' ? 'kernel' : originOf(frame, options);
}

function isUnder(file: string, root: string): boolean {
  if (!file.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(file)) return !/^(?:<|node:|internal\/|\[)/.test(file) && !BROWSER_SCHEME.test(file);
  const base = root.endsWith('/') ? root : `${root}/`;
  return file.startsWith(base);
}
