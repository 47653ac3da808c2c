// Every Python rule (lib/rules/catalog-python.ts): matched by a minimal profile
// (a standard library or builtin frame, or a hot line), and not by a near miss.
import { PYTHON_RULES } from '../../lib/rules/catalog-python.js';
import { alone, type Case, checkCatalog, f, PY, src } from './rule-cases.js';

const CASES: Case[] = [
  ['py-regex', f('search', `${PY}/re/__init__.py`), f('search', `${PY}/bisect.py`), 'cpu', 'py'],
  ['py-json', f('loads', `${PY}/json/__init__.py`), f('loads', `${PY}/pickle.py`), 'cpu', 'py'],
  ['py-deep-copy', f('deepcopy', `${PY}/copy.py`), f('copy', `${PY}/copy.py`), 'cpu', 'py'],
  ['py-logging', f('info', `${PY}/logging/__init__.py`), f('info', `${PY}/pdb.py`), 'cpu', 'py'],
  ['py-list-search', f("<method 'index' of 'list' objects>", '~'), f("<method 'index' of 'str' objects>", '~'), 'cpu', 'py'],
  ['py-membership-source', src('    if item not in seen:'), src('    if item not in seen:', false), 'cpu', 'py'],
  ['py-sort', f('<built-in method builtins.sorted>', '~'), f('<built-in method builtins.len>', '~'), 'cpu', 'py'],
  ['py-string-building', src('    out += str(x)'), src('    out += str(x)', false), 'cpu', 'py'],
  ['py-import', f('_find_and_load', '<frozen importlib._bootstrap>'), f('_find_spec', '<frozen importlib._bootstrap>'), 'cpu', 'py'],
  ['py-gc', alone('<built-in method gc.collect>', '~'), alone('<built-in method gc.disable>', '~'), 'cpu', 'py'],
  ['py-lock', f("<method 'acquire' of '_thread.lock' objects>", '~'), f("<method 'release' of '_thread.lock' objects>", '~'), 'cpu', 'py'],
  ['py-queue', f('get', `${PY}/queue.py`), f('qsize', `${PY}/queue.py`), 'cpu', 'py'],
  ['py-small-writes', f("<method 'write' of '_io.TextIOWrapper' objects>", '~'), f("<method 'read' of '_io.TextIOWrapper' objects>", '~'), 'cpu', 'py'],
  ['py-exceptions', f('format_exc', `${PY}/traceback.py`), f('format_exc', `${PY}/inspect.py`), 'cpu', 'py'],
  ['py-response-write', f('end_headers', `${PY}/http/server.py`), f('end_headers', `${PY}/email/generator.py`), 'cpu', 'py'],
];

checkCatalog(PYTHON_RULES, CASES);
