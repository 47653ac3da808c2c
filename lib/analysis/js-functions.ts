// The functions of one JavaScript source file, parsed with acorn: where each
// starts and ends, the name V8 gives it, and a name a person can place for the
// anonymous ones ("request handler passed to createServer at server.js:17").
// Pure: source text in, names out; lib/analysis/js-names.ts applies it to
// profiles. V8 charges an inlined callee's samples to its caller while keeping
// the callee's line, so the function that lexically contains a sample's line
// is the code that ran (nameLeaf).

import { basename } from 'node:path';
import { parse, type AnyNode, type Function as FunctionNode, type Options } from 'acorn';
import { fullAncestor } from 'acorn-walk';

export interface JsFunction {
  /** V8's name for it: its own or inferred name, else "(anonymous)". */
  v8Name: string;
  /** What to call it in a report: its name, or for an anonymous function where and how it is used. */
  name: string;
  /** 1-based first and last line of its text. */
  startLine: number;
  endLine: number;
  /** 1-based line and columns where V8 may place the function: its start and its parameter list. */
  v8Line: number;
  v8Columns: number[];
  /** Character offsets, to find the innermost function of a line. */
  start: number;
  end: number;
}

export interface JsFunctionIndex {
  file: string;
  /** Sorted by start, outer before inner. */
  functions: JsFunction[];
}

const ANONYMOUS = '(anonymous)';
/** V8 names a script's or module's top-level code "(anonymous)" at line 1, column 1 (1-based). */
const TOP_LEVEL_POSITION = { line: 1, column: 1 };
/** Longest source text used as an inferred name (`module.exports.handler`): longer reads as code, not a name. */
const MAX_INFERRED_NAME = 60;

const BASE_OPTIONS: Options = {
  ecmaVersion: 'latest',
  locations: true,
  allowHashBang: true,
  allowReturnOutsideFunction: true,
  allowAwaitOutsideFunction: true,
  allowImportExportEverywhere: true,
};

export function moduleTopLevelName(file: string): string {
  return `module top level of ${basename(file)}`;
}

function parseSource(source: string): AnyNode | undefined {
  for (const sourceType of ['module', 'script'] as const) {
    try {
      return parse(source, { ...BASE_OPTIONS, sourceType }) as AnyNode;
    } catch {
      // a script may use what modules forbid (with, octal literals): try it as one
    }
  }
  return undefined;
}

/** Calls whose function argument has a role of its own, by the callee's (property) name. */
const ROLE_OF_CALLEE: Record<string, string> = {
  createServer: 'request handler',
  createSecureServer: 'request handler',
  setTimeout: 'timer callback',
  setInterval: 'timer callback',
  setImmediate: 'callback',
  nextTick: 'callback',
  queueMicrotask: 'microtask',
  then: 'promise callback',
  catch: 'promise callback',
  finally: 'promise callback',
  Promise: 'promise executor',
};
const EVENT_METHODS = new Set(['on', 'once', 'addListener', 'prependListener', 'prependOnceListener', 'addEventListener']);
const ROUTE_METHODS = new Set(['get', 'post', 'put', 'delete', 'patch', 'head', 'options', 'all', 'use']);

function stringArgument(node: AnyNode | undefined): string | undefined {
  if (node?.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node?.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

function calleeName(callee: AnyNode): string | undefined {
  if (callee.type === 'Identifier') return callee.name;
  if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier') return callee.property.name;
  return undefined;
}

function keyName(key: AnyNode, computed: boolean): string | undefined {
  if (computed) return undefined;
  if (key.type === 'Identifier' || key.type === 'PrivateIdentifier') return key.type === 'PrivateIdentifier' ? `#${key.name}` : key.name;
  return stringArgument(key);
}

/** The name V8 infers for a function from where it is defined, or undefined. */
function inferredName(fn: FunctionNode, parent: AnyNode | undefined, source: string): string | undefined {
  if (fn.type !== 'ArrowFunctionExpression' && fn.id) return fn.id.name;
  switch (parent?.type) {
    case 'VariableDeclarator':
      return parent.init === fn && parent.id.type === 'Identifier' ? parent.id.name : undefined;
    case 'AssignmentExpression':
    case 'AssignmentPattern': {
      if (parent.right !== fn) return undefined;
      const text = source.slice(parent.left.start, parent.left.end);
      return /^[\w$.#]+$/.test(text) && text.length <= MAX_INFERRED_NAME ? text : undefined;
    }
    case 'Property':
    case 'MethodDefinition':
    case 'PropertyDefinition':
      return parent.value === fn ? keyName(parent.key, parent.computed) : undefined;
    default:
      return undefined;
  }
}

/** Where and how an anonymous function is used: "request handler passed to createServer at server.js:17". */
function describeAnonymous(fn: FunctionNode, parent: AnyNode | undefined, at: string): string {
  if ((parent?.type === 'CallExpression' || parent?.type === 'NewExpression') && parent.callee === fn) return `immediately invoked function at ${at}`;
  if ((parent?.type === 'CallExpression' || parent?.type === 'NewExpression') && parent.arguments.includes(fn as never)) {
    const callee = calleeName(parent.callee);
    if (callee === undefined) return `callback at ${at}`;
    const first = stringArgument(parent.arguments[0]);
    let role = ROLE_OF_CALLEE[callee] ?? 'callback';
    if (EVENT_METHODS.has(callee) && first !== undefined) role = `'${first}' handler`;
    else if (ROUTE_METHODS.has(callee) && first !== undefined && first.startsWith('/')) role = `route handler for ${callee === 'use' || callee === 'all' ? '' : `${callee.toUpperCase()} `}${first}`;
    return `${role} passed to ${callee} at ${at}`;
  }
  if (parent?.type === 'ExportDefaultDeclaration') return `default export at ${at}`;
  return `anonymous function at ${at}`;
}

/** Index the functions of `source`, or undefined when acorn cannot parse it (TypeScript, JSX, a syntax error). */
export function jsFunctionsOf(source: string, file: string): JsFunctionIndex | undefined {
  const program = parseSource(source);
  if (!program) return undefined;
  const functions: JsFunction[] = [];
  const base = basename(file);
  fullAncestor(program, (node, _state, ancestors) => {
    if (node.type !== 'FunctionDeclaration' && node.type !== 'FunctionExpression' && node.type !== 'ArrowFunctionExpression') return;
    const fn = node as FunctionNode;
    const parent = ancestors[ancestors.length - 2];
    const startLine = fn.loc!.start.line;
    const own = inferredName(fn, parent, source);
    // A method's function node starts at its parameter list; V8 places it there too.
    const paren = source.indexOf('(', fn.id ? fn.id.end : fn.start);
    const columns = [fn.loc!.start.column + 1];
    if (paren >= 0 && paren < fn.body.start && !source.slice(fn.start, paren).includes('\n')) columns.push(fn.loc!.start.column + 1 + (paren - fn.start));
    functions.push({
      v8Name: own ?? ANONYMOUS,
      name: own ?? describeAnonymous(fn, parent, `${base}:${startLine}`),
      startLine,
      endLine: fn.loc!.end.line,
      v8Line: startLine,
      v8Columns: columns,
      start: fn.start,
      end: fn.end,
    });
  });
  functions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { file, functions };
}

/** The innermost function whose text spans `line`, or undefined for the module's top level. */
export function functionAtLine(index: JsFunctionIndex, line: number): JsFunction | undefined {
  let found: JsFunction | undefined;
  for (const fn of index.functions) {
    if (fn.startLine > line) break;
    // Sorted outer first: a later match that spans the line is nested inside the earlier one.
    if (fn.endLine >= line && (!found || fn.end <= found.end)) found = fn;
  }
  return found;
}

/** The function V8 reports at this name and column (a line too, when known), if exactly one fits. */
function functionAtPosition(index: JsFunctionIndex, v8Name: string, column: number, line?: number): JsFunction | undefined {
  const fits = index.functions.filter((f) => f.v8Columns.includes(column) && (line === undefined || f.v8Line === line));
  const named = fits.filter((f) => f.v8Name === v8Name);
  const pick = named.length > 0 ? named : fits;
  return pick.length === 1 ? pick[0] : undefined;
}

function isTopLevelFrame(frame: { name: string; line: number; column: number }): boolean {
  return frame.name === ANONYMOUS && frame.column === TOP_LEVEL_POSITION.column;
}

/** The report name of a caller frame (V8 gives a caller its function's own position). */
export function nameCaller(index: JsFunctionIndex, frame: { name: string; line: number; column: number }): string {
  const fn = functionAtPosition(index, frame.name, frame.column, frame.line);
  if (fn) return fn.name;
  if (isTopLevelFrame(frame) && frame.line === TOP_LEVEL_POSITION.line) return moduleTopLevelName(index.file);
  return frame.name;
}

export interface LeafName {
  /** The function that lexically contains the sample's line: the code that ran. */
  name: string;
  /** Set when that is not the function V8 charged the sample to: V8 inlined it into this caller. */
  inlinedInto?: { name: string; line: number };
  /** 1-based first line of the function that ran (0 for a module's top level). */
  line: number;
}

/**
 * Name a leaf frame, whose line is where the sample was (V8's positionTicks)
 * and whose name and column are those of the function V8 charged it to.
 */
export function nameLeaf(index: JsFunctionIndex, frame: { name: string; line: number; column: number }): LeafName {
  const ran = functionAtLine(index, frame.line);
  const leaf = { name: ran?.name ?? moduleTopLevelName(index.file), line: ran?.startLine ?? 0 };
  const top = isTopLevelFrame(frame);
  const charged = top ? undefined : functionAtPosition(index, frame.name, frame.column);
  let same: boolean;
  if (top) same = ran === undefined;
  else if (charged) same = charged === ran;
  else same = ran !== undefined && ran.v8Name === frame.name; // its position fits no one function: the name decides
  // A line where a nested function starts (a callback passed on the call's line) also holds the
  // charged function's own code: lines cannot tell them apart, so V8's attribution stands.
  const holds = top || (charged !== undefined && charged.startLine <= frame.line && frame.line <= charged.endLine);
  if (!same && ran && ran.startLine === frame.line && holds) return charged ? { name: charged.name, line: charged.startLine } : { name: moduleTopLevelName(index.file), line: 0 };
  if (same) return leaf;
  const caller = top ? { name: moduleTopLevelName(index.file), line: 0 } : charged ? { name: charged.name, line: charged.startLine } : { name: frame.name, line: 0 };
  return { ...leaf, inlinedInto: caller };
}

export interface LineLocation {
  /** The named function holding the line, or the module's top level. */
  name: string;
  kind: 'function' | 'module-top-level' | 'callback';
  /** For a callback (an anonymous function passed to a call): the named function or top level it is written in. */
  enclosing?: string;
  /** 1-based first line of the function (0 for a module's top level). */
  line: number;
}

/**
 * What a person would call the code at `line` of a file: the innermost function
 * holding it, or for an anonymous callback also the named code it is written in
 * (for callers that fold callbacks into their enclosing function).
 */
export function locateLine(index: JsFunctionIndex, line: number): LineLocation {
  const fn = functionAtLine(index, line);
  if (!fn) return { name: moduleTopLevelName(index.file), kind: 'module-top-level', line: 0 };
  if (fn.v8Name !== ANONYMOUS) return { name: fn.name, kind: 'function', line: fn.startLine };
  // The nearest enclosing function with a name of its own, else the top level.
  const outer = index.functions.filter((f) => f.start < fn.start && f.end >= fn.end && f.v8Name !== ANONYMOUS).pop();
  return { name: fn.name, kind: 'callback', enclosing: outer?.name ?? moduleTopLevelName(index.file), line: fn.startLine };
}
