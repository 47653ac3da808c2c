// The planted bottlenecks: each program pair under programs/ (slow and fixed),
// the function that holds the bottleneck, and the strategy the fix applies.
// `cause` and `category` are used only when the analyzer did not report the
// planted function itself and the harness builds the bottleneck record.
export const CASES = [
  { program: 'regex', fn: 'slugify', strategy: 'precompile-regex', category: 'cpu', cause: 'regex-compile-per-call' },
  { program: 'readfile', fn: 'priceFor', strategy: 'cache-file-read', category: 'io', cause: 'sync-read-per-call' },
  { program: 'includes', fn: 'uniqueSkus', strategy: 'set-lookup', category: 'cpu', cause: 'linear-search-in-loop' },
  { program: 'json', fn: 'discountFor', strategy: 'avoid-reserialize', category: 'cpu', cause: 'json-reparse' },
  { program: 'concat', fn: 'renderCsv', strategy: 'string-builder', category: 'cpu', cause: 'string-concat-in-loop' },
];

/** Two ways to run node: as a user would, and with inlining off so each function keeps its own frame. */
export const MODES = [
  { name: 'default', flags: [], note: 'node as users run it; V8 may inline the planted function into its caller' },
  { name: 'no-inlining', flags: ['--no-turbo-inlining'], note: 'node --no-turbo-inlining for both timing and profiling: attribution isolated, used to tune the catalog' },
];
