// Strategies for regular expressions and serialization. Regex strategies say
// where they hold: Go's regexp (RE2) and Rust's regex never backtrack, so
// "remove backtracking" is false there and compiling once is the fix.

import { BENCH_GUARD, r, thumb, type StrategyEntry } from './types.js';

export const REGEX_JSON_STRATEGIES = {
  'precompile-regex': {
    title: 'Compile the RegExp in {fn} once',
    action:
      'compile the RegExp once at module load (a top-level const) instead of on every call in ' +
      '{fn} ({at}){callerClause}',
    guard:
      'add a test that the pattern is a module-level constant (grep or lint rule: no `new ' +
      'RegExp` inside {fn}) and a benchmark of {fn}',
    byRuntime: {
      go: {
        title: 'Compile the regexp in {fn} once, at package level',
        action:
          'move the regexp.MustCompile (or regexp.MatchString, which compiles too) out of {fn} ' +
          '({at}) into a package-level var{callerClause}: Go compiles on every call and RE2 ' +
          'compilation is the expensive part',
      },
      java: {
        title: 'Compile the Pattern in {fn} once',
        action:
          'hold the Pattern in a static final field instead of Pattern.compile, String.matches, ' +
          'replaceAll or split with a regex on every call in {fn} ({at}){callerClause}',
      },
      python: {
        action:
          'compile the pattern once at module level (re.compile) and call its methods in {fn} ' +
          '({at}){callerClause}; re caches recent patterns, so this saves the cache lookup ' +
          'more than the compilation',
      },
    },
    acts: 'cpu',
    removes: 'part',
    speedup: r(0.25, 0.45, 0.8),
    source: thumb(
      'the first calibration (regex pair, Node): implied f ' +
      '0.32–0.53 by CPU time: V8 caches compiled patterns, so the fix saves the RegExp object ' +
      'and its set-up, not the compilation',
    ),
  },
  'simplify-regex': {
    title: 'Remove backtracking from the regex in {fn}',
    action:
      'rewrite the regex in {fn} ({at}) without nested quantifiers or overlapping alternations, ' +
      'anchored where it can be{callerClause}',
    guard:
      'add a test that runs {fn} on a long near-miss input within a time budget (a backtracking ' +
      'regex takes seconds there)',
    runtimes: ['node', 'java', 'python', 'native'],
    notFor: {
      go:
        'Go\'s regexp is RE2: it runs in linear time and never backtracks, so there is no ' +
        'backtracking to remove; compile it once at package level instead',
    },
    acts: 'cpu',
    removes: 'part',
    speedup: r(0.5, 0.8, 0.99),
    source: thumb(
      'backtracking is exponential or quadratic in input length; a linear regex removes nearly ' +
      'all of it',
    ),
  },
  'replace-regex': {
    title: 'Replace the regex in {fn} with string operations',
    action:
      'replace the regex in {fn} ({at}) by indexOf/startsWith/split{callerClause}',
    guard: BENCH_GUARD,
    acts: 'cpu',
    removes: 'part',
    speedup: r(0.3, 0.6, 0.85),
    source: thumb(
      'plain string scans skip the regex engine set-up and state machine',
    ),
  },
  'avoid-reserialize': {
    title: 'Stop re-parsing JSON in {fn}',
    action:
      'parse the JSON once and pass the object to {fn} ({at}) instead of parsing (or ' +
      'stringifying) the same text on every call{callerClause}',
    guard:
      'add a test that {fn} receives an object (not a string) and a benchmark of the call path',
    acts: 'cpu',
    removes: 'whole-call',
    speedup: r(0.85, 0.98, 1.1),
    source: thumb(
      'the first calibration (json pair, Node): implied f ' +
      '0.94–1.08; above 1 because the parse garbage is collected under (garbage collector), ' +
      'outside the function',
    ),
  },
  'streaming-serialization': {
    title: 'Stream the JSON built in {fn}',
    action:
      'write the output of {fn} ({at}) as a stream of chunks instead of building the whole JSON ' +
      'string in memory{callerClause}',
    guard:
      'add a test with a large payload asserting peak memory stays below a budget and the first ' +
      'byte arrives early',
    acts: 'cpu',
    removes: 'part',
    speedup: r(0.1, 0.3, 0.5),
    source: thumb(
      'total CPU stays similar; latency to first byte and GC pressure drop',
    ),
  },
} satisfies Record<string, StrategyEntry>;
