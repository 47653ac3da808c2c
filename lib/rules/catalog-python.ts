// Rules for Python profiles: cProfile (`<built-in method ...>`, `<method 'x'
// of 'T' objects>`, `file:line(name)`) and sampled stacks with file and line.

import { GC_TIME, LIBRARY_CALL, SOURCE_LINE } from './thresholds.js';
import type { Rule } from './types.js';

const CPU = ['cpu', 'wall'] as const;
const LOOP = /^\s*(?:for|while|async for)\b|\bfor\b.*\bin\b/;

export const PYTHON_RULES: Rule[] = [
  {
    // http.server's response: the status line, headers and body written to the connection's socket, one write each.
    id: 'py-response-write', runtimes: ['python'], match: { kinds: CPU, frame: /^(?:write|send_response|send_header|end_headers|flush_headers|flush)$/, file: /(?:^|\/)(?:socketserver|http\/server)\.py$/ },
    minShare: LIBRARY_CALL, category: 'io', cause: 'response-write',
    explain: 'sending each HTTP response: http.server writes the head and the body to the socket',
    evidence: 'the send_response / end_headers / wfile.write frames and their share',
    strategies: [],
    runCost: 'sending each HTTP response (http.server writing the head and body to the socket): the cost of answering a request',
  },
  {
    id: 'py-regex', runtimes: ['python'], match: { kinds: CPU, frame: /re\.Pattern|_sre\.|^re\.|^(?:_compile|compile|match|search|sub|subn|findall|finditer|fullmatch|split)$|sre_(?:compile|parse)/, file: /(?:^|\/)(?:re(?:\/__init__)?|sre_\w+|_parser|_compiler)\.py$|^~?$/ },
    minShare: LIBRARY_CALL, category: 'cpu', cause: 'regex',
    explain: 'regular expressions matched (and compiled, when passed as strings) on the hot path',
    evidence: 'the re / _sre frames and their share',
    strategies: ['precompile-regex', 'simplify-regex', 'replace-regex'],
  },
  {
    id: 'py-json', runtimes: ['python'], match: { kinds: CPU, frame: /^(?:loads|dumps|load|dump|decode|encode|raw_decode|iterencode|_iterencode\w*|scanstring|scan_once|py_scanstring|JSONDecoder\.\w+|JSONEncoder\.\w+)$|_json\./, file: /json\/\w+\.py$|^~?$/ },
    minShare: LIBRARY_CALL, category: 'cpu', cause: 'json',
    explain: 'JSON parsing or serialising on the hot path',
    evidence: 'the json module frames and their share',
    strategies: ['avoid-reserialize', 'cache-result'],
  },
  {
    id: 'py-deep-copy', runtimes: ['python'], match: { kinds: CPU, frame: /^(?:deepcopy|_deepcopy_\w+|_reconstruct|_keep_alive)$/, file: /(?:^|\/)copy\.py$/ }, minShare: LIBRARY_CALL,
    category: 'cpu', cause: 'deep-clone',
    explain: 'copy.deepcopy walks and rebuilds the whole object graph',
    evidence: 'the copy.deepcopy frames and their share',
    strategies: ['avoid-deep-clone'],
  },
  {
    id: 'py-logging', runtimes: ['python'], match: { kinds: CPU, frame: /./, file: /(?:^|\/)logging\/(?:__init__|handlers)\.py$/ }, minShare: LIBRARY_CALL,
    category: 'cpu', cause: 'logging',
    explain: 'log records created, formatted and written on the hot path',
    evidence: 'the logging module frames and their share',
    strategies: ['lazy-logging', 'lower-log-volume'],
  },
  {
    id: 'py-list-search', runtimes: ['python'], match: { kinds: CPU, frame: /^<method '(?:index|count|remove|__contains__)' of 'list' objects>$/ }, minShare: LIBRARY_CALL,
    category: 'cpu', cause: 'linear-search-in-loop',
    explain: 'list.index/count/remove scan the whole list; in a loop that is quadratic',
    evidence: 'the list method frames and their share',
    strategies: ['set-lookup', 'index-by-key'],
  },
  {
    id: 'py-membership-source', runtimes: ['python'], match: { kinds: CPU, source: /^(?!\s*(?:for|async for)\b).*\bin\s+[A-Za-z_][\w.]*(?:\[[^\]]*\])?\s*(?::|\)|$|\bif\b|\belse\b|\band\b|\bor\b)/, context: LOOP },
    minShare: SOURCE_LINE, category: 'cpu', cause: 'linear-search-in-loop',
    explain: '`x in some_list` inside a loop scans the list every time: quadratic',
    evidence: 'the hot line with the membership test, the loop around it, and its share',
    strategies: ['set-lookup', 'index-by-key', 'better-algorithm'],
  },
  {
    id: 'py-sort', runtimes: ['python'], match: { kinds: CPU, frame: /^(?:<built-in method builtins\.sorted>|<method 'sort' of 'list' objects>|sorted|list\.sort)$/ }, minShare: LIBRARY_CALL,
    category: 'cpu', cause: 'sort-in-loop',
    explain: 'sorting on the hot path, often the same data again inside a loop',
    evidence: 'the sort frames and their share',
    strategies: ['sort-once', 'better-algorithm'],
  },
  {
    id: 'py-string-building', runtimes: ['python'], match: { kinds: CPU, source: /\+=\s*(?:[rbf]?["']|str\(|\w+\s*\+)/, context: LOOP }, minShare: SOURCE_LINE,
    category: 'cpu', cause: 'string-building',
    explain: 'a string grown with += in a loop',
    evidence: 'the hot line with the concatenation and its share',
    strategies: ['string-builder'],
  },
  {
    id: 'py-import', runtimes: ['python'], match: { kinds: CPU, frame: /^(?:_find_and_load\w*|_load_unlocked|exec_module|_call_with_frames_removed|get_code|<built-in method builtins\.__import__>|<built-in method _imp\.\w+>|<module>)$/, file: /^<frozen importlib|importlib|^~?$/ },
    minShare: LIBRARY_CALL, category: 'cpu', cause: 'module-loading',
    explain: 'importing modules at start-up',
    evidence: 'the importlib frames and their share',
    strategies: ['lazy-load'],
  },
  {
    id: 'py-gc', runtimes: ['python'], match: { kinds: CPU, frame: /^(?:<built-in method gc\.collect>|gc\.collect|<gc>)$/, chargeTo: 'allocator' }, minShare: GC_TIME,
    category: 'memory', cause: 'gc-pressure',
    explain: 'the cycle collector runs often: many container objects are created',
    evidence: 'the gc frames and their share',
    strategies: ['reduce-allocations', 'tune-gc'],
  },
  {
    id: 'py-lock', runtimes: ['python'], match: { kinds: CPU, frame: /^(?:<method 'acquire' of '_thread\.(?:lock|RLock)' objects>|acquire|wait|_wait_for_tstate_lock)$/, file: /threading\.py$|^~?$/ },
    minShare: LIBRARY_CALL, category: 'lock', cause: 'lock-contention',
    explain: 'threads wait to acquire a lock',
    evidence: 'the lock acquire frames and their share',
    strategies: ['shrink-critical-section', 'shard-lock'],
  },
  {
    id: 'py-queue', runtimes: ['python'], match: { kinds: CPU, frame: /^(?:get|put|join)$/, file: /(?:^|\/)queue\.py$/ }, minShare: LIBRARY_CALL,
    category: 'lock', cause: 'queue-contention',
    explain: 'threads block on a full or empty queue.Queue',
    evidence: 'the queue frames and their share',
    strategies: ['buffered-channel', 'batch-io'],
  },
  {
    id: 'py-small-writes', runtimes: ['python'], match: { kinds: CPU, frame: /^(?:<method 'write' of '_io\.(?:FileIO|BufferedWriter|TextIOWrapper)' objects>|<built-in method posix\.write>|<method 'flush' of '_io\.\w+' objects>)$/ },
    minShare: LIBRARY_CALL, category: 'io', cause: 'small-writes',
    explain: 'many small writes or flushes, each reaching the operating system',
    evidence: 'the write/flush frames and their share',
    strategies: ['buffer-writes', 'batch-io'],
  },
  {
    id: 'py-exceptions', runtimes: ['python'], match: { kinds: CPU, frame: /^(?:__init__|with_traceback|format_exc|extract_stack|print_exc)$/, file: /(?:^|\/)traceback\.py$/ }, minShare: LIBRARY_CALL,
    category: 'cpu', cause: 'exceptions',
    explain: 'exceptions and tracebacks built as ordinary control flow',
    evidence: 'the traceback frames and their share',
    strategies: ['avoid-exceptions'],
  },
];
