// The calibration corpus: one entry per slow/fixed pair. Each pair plants one
// cause from the rule catalog (lib/rules/catalog-*.ts) in `fn` and fixes it the
// idiomatic way with `strategy`. `sizes` are the inputs measured (the first
// argument of the program); algorithmic causes get two or more, so the factor
// is seen at different shares. Nothing here says what the finding's evidence
// is: that is read from the real pipeline's records when the slow variant is
// profiled, exactly as a plan would read it.
//
// Files: corpus/<runtime>/ holds the sources; node and python pairs are
// <name>-slow.js/<name>-fixed.js (python: <name>_slow.py), go pairs are
// packages <name>-slow/ and <name>-fixed/, java classes <Name>Slow/<Name>Fixed,
// c <name>-slow.c/<name>-fixed.c.

const pair = (runtime, name, fn, strategy, sizes, note) => ({ id: `${runtime}/${name}`, runtime, name, fn, strategy, sizes, note });

export const CASES = [
  pair('node', 'includes', 'uniqueSkus', 'set-lookup', [6000, 12000], 'Array.includes inside a loop'),
  pair('node', 'regex', 'slugify', 'precompile-regex', [20000], 'new RegExp per call (V8 caches compiled patterns)'),
  pair('node', 'redos', 'isPhrase', 'simplify-regex', [23, 25], 'nested quantifier on near-miss input'),
  pair('node', 'json', 'discountFor', 'avoid-reserialize', [40000], 'JSON.parse of the same text per call'),
  pair('node', 'readfile', 'priceFor', 'cache-file-read', [30000], 'readFileSync per call'),
  pair('node', 'concat', 'renderCsv', 'string-builder', [20000], '+= in a loop (V8 ropes)'),
  pair('node', 'sort', 'cheapestAbove', 'sort-once', [3000, 6000], 'sort per query'),
  pair('node', 'clone', 'withQuantity', 'avoid-deep-clone', [20000], 'JSON round trip to change one field'),
  pair('node', 'exceptions', 'parseQty', 'avoid-exceptions', [200000], 'throw for the common bad value'),
  pair('node', 'writes', 'writeReport', 'buffer-writes', [60000], 'writeSync per line'),
  pair('node', 'churn', 'scoreOf', 'reduce-allocations', [60000], 'temporary arrays and closures per item'),

  pair('go', 'search', 'main.uniqueSkus', 'better-algorithm', [8000, 16000], 'linear scan of a slice inside a loop'),
  pair('go', 'regex', 'main.slugify', 'precompile-regex', [60000], 'regexp.MustCompile per call'),
  pair('go', 'concat', 'main.renderCsv', 'string-builder', [4000, 8000], 'string += in a loop'),
  pair('go', 'sprintf', 'main.label', 'string-builder', [200000], 'fmt.Sprintf per line'),
  pair('go', 'sort', 'main.cheapestAbove', 'sort-once', [8000, 16000], 'sort per query'),
  pair('go', 'json', 'main.discountFor', 'avoid-reserialize', [6000], 'json.Unmarshal of the same text per call'),
  pair('go', 'writes', 'main.writeReport', 'buffer-writes', [150000], 'os.File.WriteString per line'),
  pair('go', 'buffers', 'main.digest', 'reuse-buffers', [150000], '64 KiB make([]byte) per call'),
  pair('go', 'readfile', 'main.priceFor', 'cache-file-read', [30000], 'os.ReadFile per call'),

  pair('java', 'search', 'SearchSlow.uniqueSkus', 'set-lookup', [8000, 16000], 'ArrayList.contains inside a loop'),
  pair('java', 'regex', 'RegexSlow.slugify', 'precompile-regex', [200000], 'String.replaceAll compiles per call'),
  pair('java', 'concat', 'ConcatSlow.renderCsv', 'string-builder', [5000, 8000], 'String += in a loop'),
  pair('java', 'exceptions', 'ExceptionsSlow.parseQty', 'avoid-exceptions', [300000], 'NumberFormatException for the common bad value'),
  pair('java', 'sort', 'SortSlow.cheapestAbove', 'sort-once', [4000, 8000], 'Collections.sort per query'),
  pair('java', 'writes', 'WritesSlow.writeReport', 'buffer-writes', [150000], 'unbuffered FileOutputStream'),
  pair('java', 'reflection', 'ReflectionSlow.fieldSum', 'avoid-reflection', [300000], 'getDeclaredMethod + invoke per call'),
  pair('java', 'redos', 'RedosSlow.isPhrase', 'simplify-regex', [22, 24], 'nested quantifier on near-miss input'),

  pair('python', 'search', 'unique_skus', 'set-lookup', [3000, 6000], 'x in list inside a loop'),
  pair('python', 'regex', 'slugify', 'precompile-regex', [60000], 're.sub with a pattern string (re caches compiled patterns)'),
  pair('python', 'redos', 'is_phrase', 'simplify-regex', [18, 20], 'nested quantifier on near-miss input'),
  pair('python', 'concat', 'render_csv', 'string-builder', [40000], 'str += in a loop (CPython resizes in place)'),
  pair('python', 'json', 'discount_for', 'avoid-reserialize', [20000], 'json.loads of the same text per call'),
  pair('python', 'clone', 'with_quantity', 'avoid-deep-clone', [6000], 'copy.deepcopy to change one field'),
  pair('python', 'sort', 'cheapest_above', 'sort-once', [3000, 6000], 'sorted() per query'),
  pair('python', 'writes', 'write_report', 'buffer-writes', [60000], 'os.write per line'),
  pair('python', 'exceptions', 'parse_qty', 'avoid-exceptions', [150000], 'ValueError for the common bad value'),

  pair('c', 'search', 'unique_skus', 'better-algorithm', [6000, 12000], 'linear scan of an array inside a loop'),
  pair('c', 'writes', 'write_report', 'buffer-writes', [200000], 'write() per line'),
  pair('c', 'malloc', 'digest', 'reuse-buffers', [40000], 'malloc + memset + free of 256 KiB per call'),
  pair('c', 'reads', 'count_lines', 'batch-io', [60000], 'read() of one byte at a time'),
  pair('c', 'strcat', 'render_csv', 'string-builder', [20000, 40000], 'strcat walks the string per append'),
  pair('c', 'sort', 'cheapest_above', 'sort-once', [8000, 16000], 'qsort per query'),
  pair('c', 'strlen', 'swap_commas', 'hoist-invariant', [10000, 20000], 'strlen in the loop condition'),
  pair('c', 'pagefault', 'histogram', 'reuse-buffers', [300], 'a fresh 4 MiB mapping per call faults in zero pages'),
];

/** The profiler each runtime is recorded with: the --run-profile backend a user of that runtime would pick. */
export const PROFILER = { node: 'node', go: 'pprof', java: 'jfr', python: 'python', c: 'perf' };
