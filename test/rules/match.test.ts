// The one matcher: verdicts, source rules limited to the file's language, and
// function bodies read when only a function's first line is known.
import t from 'tap';
import { RULES } from '../../lib/rules/catalog.js';
import { rulesFor, sourceRule, verdict } from '../../lib/rules/match.js';
import { LIBRARY_CALL, MIN_SAMPLES } from '../../lib/rules/thresholds.js';

const regex = RULES.find((r) => r.id === 'node-regex')!;

t.test('verdict: match, no match under the threshold, not enough data under the sample floor', async (t) => {
  t.equal(verdict(regex, { sharePct: LIBRARY_CALL.value, samples: MIN_SAMPLES.value }), 'match');
  t.equal(verdict(regex, { sharePct: LIBRARY_CALL.value - 0.01, samples: 1000 }), 'no-match');
  t.equal(verdict(regex, { sharePct: 50, samples: MIN_SAMPLES.value - 1 }), 'not-enough-data');
});

t.test('source rules apply to the language of the file', async (t) => {
  const cpu = rulesFor('cpu');
  const lines = ['for (const id of ids) {', '  if (!out.includes(id)) out.push(id);'];
  t.equal(sourceRule('a.js', lines, 2, cpu)?.rule.id, 'node-linear-search');
  t.equal(sourceRule('a.py', lines, 2, cpu), undefined, 'a JavaScript rule does not read Python');
});

t.test('a function header: its body is read, up to the end of its indentation', async (t) => {
  const cpu = rulesFor('cpu');
  const py = ['def unique(events):', '    seen = []', '    for e in events:', '        if e not in seen:', '            seen.append(e)', 'def other():', '    return JSON.parse(x)'];
  t.same(sourceRule('m.py', py, 1, cpu) && { id: sourceRule('m.py', py, 1, cpu)!.rule.id, line: sourceRule('m.py', py, 1, cpu)!.line }, { id: 'py-membership-source', line: 4 });
  const js = ['function parse() {', '  return 1;', '}', 'const x = JSON.parse(text);'];
  t.equal(sourceRule('m.js', js, 1, cpu), undefined, 'stops at the closing brace');
});

t.test('a small group falls back to plain hot code with a note, never vanishes', async (t) => {
  const { runShape } = await import('./run-rule.js');
  // 60 ms of regex in 3 samples: over the share threshold, under the sample floor.
  const found = runShape('cpu', { frames: [['RegExp: ^a+$', '']] }, 'js', 3);
  const b = found.find((x) => x.function === 'handler' && x.ruleId === 'hot-function');
  t.ok(b, 'charged to handler as hot code');
  t.ok(b!.evidence.some((e) => /rule node-regex: not enough data \(3 samples, needs 5\)/.test(e)));
});
