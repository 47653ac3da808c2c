// Is a hot regular expression catastrophically backtracking? The patterns are
// read from the source lines the finding points at (a literal on the hot line,
// or the constant it names) and checked by recheck, a ReDoS checker that
// decides by automata theory (falling back to seeded fuzzing for what automata
// cannot model, such as back-references) and reports the complexity class:
// exponential, polynomial with its degree, or linear, with an attack string.
// Go's regexp (RE2) and Rust's regex crate never backtrack; the caller skips them.

import { check } from 'recheck';
import type { Runtime } from './types.js';

export type RegexComplexity = 'exponential' | 'polynomial' | 'linear' | 'unknown';

export interface RegexPattern {
  source: string;
  flags: string;
  /** 1-based line of the source where the pattern was found. */
  line: number;
}

export interface RegexRisk extends RegexPattern {
  complexity: RegexComplexity;
  /** For polynomial: the degree (2 = quadratic). */
  degree?: number;
  /** A string that makes the pattern slow, as recheck writes it ('a' + 'ko'.repeat(30) + 'k'). */
  attack?: string;
}

/** How long one pattern may take to check; after that it counts as unknown. */
export const CHECK_TIMEOUT_MS = 2000;

// A literal per language: JS /…/flags and new RegExp('…'); Java "…" to Pattern
// or String regex methods; Python r'…' / '…' to re.*; Go `…` / "…" to regexp.*.
const JS_LITERAL = /(?:^|[=(,:!&|?{}\[;]|return|\btest\b)\s*\/((?![*/])(?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\\n[])+)\/([dgimsuyv]*)/g;
const JS_CONSTRUCTOR = /\bRegExp\(\s*(['"`])((?:\\.|(?!\1).)*)\1(?:\s*,\s*(['"`])([a-z]*)\3)?/g;
const JAVA_CALL = /\b(?:Pattern\.compile|Pattern\.matches|\.matches|\.replaceAll|\.replaceFirst|\.split)\(\s*"((?:\\.|[^"\\])*)"/g;
const PYTHON_CALL = /\bre\.(?:compile|match|fullmatch|search|sub|subn|split|findall|finditer)\(\s*(r?)(['"])((?:\\.|(?!\2).)*)\2/g;
const GO_CALL = /\bregexp\.(?:MustCompile|Compile|MatchString|Match)\(\s*(?:`([^`]*)`|"((?:\\.|[^"\\])*)")/g;

/** A string literal's escapes, undone (for Java, Python non-raw, Go interpreted strings and JS strings). */
function unescape(text: string): string {
  return text.replace(/\\(.)/g, (_m, c: string) => ({ n: '\n', t: '\t', r: '\r', '0': '\0' })[c] ?? c);
}

/** The regex literals on one line of code in the given runtime's syntax. */
export function patternsOnLine(text: string, line: number, runtime: Runtime | undefined): RegexPattern[] {
  const out: RegexPattern[] = [];
  const all = (re: RegExp, pick: (m: RegExpExecArray) => { source: string; flags: string }) => {
    for (const m of text.matchAll(re)) out.push({ ...pick(m as RegExpExecArray), line });
  };
  if (runtime === undefined || runtime === 'node') {
    all(JS_LITERAL, (m) => ({ source: m[1]!, flags: m[2] ?? '' }));
    all(JS_CONSTRUCTOR, (m) => ({ source: unescape(m[2]!), flags: m[4] ?? '' }));
  }
  if (runtime === undefined || runtime === 'java') all(JAVA_CALL, (m) => ({ source: unescape(m[1]!), flags: '' }));
  if (runtime === undefined || runtime === 'python') all(PYTHON_CALL, (m) => ({ source: m[1] === 'r' ? m[3]! : unescape(m[3]!), flags: '' }));
  if (runtime === 'go') all(GO_CALL, (m) => ({ source: m[1] ?? unescape(m[2]!), flags: '' }));
  return out;
}

const IDENTIFIER = /\b([A-Za-z_$][\w$]*)\s*\.\s*(?:test|exec|match|matcher|fullmatch|search|sub|split|findall|replace|MatchString|FindString)\b/g;

/**
 * The patterns a hot line uses: literals on the line itself, else the
 * definitions of the pattern constants it calls (PHRASE.matcher(…) → the line
 * `PHRASE = Pattern.compile("…")`), searched in the whole file.
 */
export function patternsUsedAt(lines: readonly string[], line: number, runtime: Runtime | undefined): RegexPattern[] {
  const text = lines[line - 1] ?? '';
  const own = patternsOnLine(text, line, runtime);
  if (own.length > 0) return own;
  const names = [...text.matchAll(IDENTIFIER)].map((m) => m[1]!);
  const out: RegexPattern[] = [];
  for (const name of new Set(names)) {
    const definition = new RegExp(`\\b${name.replace(/\$/g, '\\$')}\\s*(?::=|=)(?!=)`);
    lines.forEach((l, i) => {
      if (definition.test(l)) out.push(...patternsOnLine(l, i + 1, runtime));
    });
  }
  return out;
}

const checked = new Map<string, Promise<RegexRisk>>();

/** recheck's verdict on one pattern (cached per process: the same pattern costs one check). */
export function assessPattern(pattern: RegexPattern): Promise<RegexRisk> {
  const key = `${pattern.flags}/${pattern.source}`;
  let pending = checked.get(key);
  if (!pending) {
    pending = check(pattern.source, pattern.flags.replace(/[^dgimsuy]/g, ''), { timeout: CHECK_TIMEOUT_MS, randomSeed: 0 })
      .then((d): Omit<RegexRisk, keyof RegexPattern> => {
        if (d.status === 'vulnerable') {
          return d.complexity.type === 'polynomial'
            ? { complexity: 'polynomial', degree: d.complexity.degree, attack: d.attack.pattern }
            : { complexity: 'exponential', attack: d.attack.pattern };
        }
        return { complexity: d.status === 'safe' ? 'linear' : 'unknown' };
      })
      .catch(() => ({ complexity: 'unknown' as const }))
      .then((verdict) => ({ ...pattern, ...verdict }));
    checked.set(key, pending);
  }
  return pending.then((r) => ({ ...r, line: pattern.line }));
}

/** The riskiest of the patterns: exponential before polynomial (higher degree first) before linear. */
export function worstRisk(risks: readonly RegexRisk[]): RegexRisk | undefined {
  const rank = (r: RegexRisk) => (r.complexity === 'exponential' ? 1000 : r.complexity === 'polynomial' ? (r.degree ?? 2) : r.complexity === 'linear' ? 1 : 0);
  return [...risks].sort((a, b) => rank(b) - rank(a) || a.line - b.line)[0];
}
