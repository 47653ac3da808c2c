// ReDoS detection: patterns found on the hot line (or at the definition of the
// constant it uses) in each runtime's syntax, and recheck's verdict on them.
import t from 'tap';
import { assessPattern, patternsOnLine, patternsUsedAt, worstRisk } from '../../lib/rules/regex-risk.js';

t.test('patterns in each runtime syntax', async (t) => {
  t.same(patternsOnLine('  return /^(\\w+\\s?)*$/.test(text);', 3, 'node').map((p) => [p.source, p.flags]), [['^(\\w+\\s?)*$', '']]);
  t.same(patternsOnLine("  const re = new RegExp('[^a-z0-9]+', 'g');", 1, 'node').map((p) => [p.source, p.flags]), [['[^a-z0-9]+', 'g']]);
  t.same(patternsOnLine('  static final Pattern P = Pattern.compile("^(\\\\w+\\\\s?)*$");', 1, 'java').map((p) => p.source), ['^(\\w+\\s?)*$'], 'Java string escapes undone');
  t.same(patternsOnLine('    return re.sub(r"^-+|-+$", "", s)', 1, 'python').map((p) => p.source), ['^-+|-+$']);
  t.same(patternsOnLine('	re := regexp.MustCompile(`[^a-z0-9]+`)', 1, 'go').map((p) => p.source), ['[^a-z0-9]+']);
  t.same(patternsOnLine('  const half = total / 2 / count;', 1, 'node'), [], 'division is not a regex literal');
});

t.test('a hot line that calls a pattern constant: the constant definition is read', async (t) => {
  const lines = ['import re', '', 'PHRASE = re.compile(r"^(\\w+\\s?)*$")', '', 'def is_phrase(text):', '    return PHRASE.match(text) is not None'];
  const found = patternsUsedAt(lines, 6, 'python');
  t.same(found.map((p) => [p.source, p.line]), [['^(\\w+\\s?)*$', 3]]);
});

t.test('recheck tells a backtracking pattern from its linear rewrite', async (t) => {
  const nested = await assessPattern({ source: '^(\\w+\\s?)*$', flags: '', line: 1 });
  t.equal(nested.complexity, 'exponential', 'nested quantifier: exponential');
  t.type(nested.attack, 'string', 'with an attack string');
  const rewritten = await assessPattern({ source: '^(?:\\w+(?:\\s\\w+)*\\s?)?$', flags: '', line: 1 });
  t.equal(rewritten.complexity, 'linear', 'the unambiguous rewrite is linear');
  const poly = await assessPattern({ source: '\\s*,\\s*x', flags: '', line: 2 });
  t.equal(poly.complexity, 'polynomial');
  t.equal(poly.degree, 2);
  t.equal(worstRisk([rewritten, poly, nested])?.complexity, 'exponential', 'the worst of several');
});
