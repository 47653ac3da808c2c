// Streams the elements of one array inside a large JSON document, one parsed
// element at a time, so a `jfr print --json` export of a long recording (about
// 8 KB of JSON per event) or a big Chrome trace never has to fit in one string.
// The scanner only tracks strings, nesting and object keys; each element is
// then checked strictly by JSON.parse, and errors name the line of the element.

import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { ProfilerError, badInput } from '../base/errors.js';

export interface JsonItem {
  value: unknown;
  /** 1-based line where the element starts. */
  line: number;
}

interface Level {
  array: boolean;
  key: string | undefined;
  expectKey: boolean;
}

/**
 * Yields the elements of the first array found at one of `paths` (a path is
 * the object keys leading to it; [] is a top-level array). `what` names the
 * expected document in errors.
 */
export async function* jsonArrayItems(
  input: Readable,
  name: string,
  paths: string[][],
  what: string,
  options: { allowUnclosedTopArray?: boolean } = {},
): AsyncGenerator<JsonItem> {
  const decoder = new StringDecoder('utf8');
  const stack: Level[] = [];
  let inString = false;
  let escape = false;
  let keyChars: string[] | undefined;
  let line = 1;
  let seenRoot = false;
  let targetDepth = -1; // stack length while inside the target array
  let found = false;
  let parts: string[] = [];
  let itemStart = -1; // index in the current chunk where the element began (or 0 when carried over)
  let itemLine = 0;

  const pathMatches = (): boolean =>
    paths.some((path) => path.length === stack.length - 1 && path.every((key, i) => !stack[i]!.array && stack[i]!.key === key));

  try {
    for await (const raw of input) {
      const chunk = typeof raw === 'string' ? raw : decoder.write(raw as Buffer);
      if (itemStart >= 0) itemStart = 0;
      const ready: JsonItem[] = [];
      for (let i = 0; i < chunk.length; i++) {
        const c = chunk.charCodeAt(i);
        if (c === 10) line++;
        if (inString) {
          if (escape) escape = false;
          else if (c === 92) escape = true;
          else if (c === 34) {
            inString = false;
            if (keyChars) {
              stack[stack.length - 1]!.key = keyChars.join('');
              keyChars = undefined;
            }
            continue;
          }
          if (keyChars) keyChars.push(chunk[i]!);
          continue;
        }
        if (c === 32 || c === 10 || c === 13 || c === 9) continue;
        if (!seenRoot && c !== 123 && c !== 91 && !(c === 0xfeff && line === 1)) {
          throw badInput(`${name}:${line}`, `expected ${what} (a JSON ${paths.some((p) => p.length === 0) ? 'array or object' : 'object'})`);
        }
        const top = stack[stack.length - 1];
        if (c === 34) {
          inString = true;
          if (top && !top.array && top.expectKey && itemStart < 0) keyChars = [];
        } else if (c === 123 || c === 91) {
          seenRoot = true;
          if (targetDepth >= 0 && stack.length === targetDepth && itemStart < 0) {
            itemStart = i;
            itemLine = line;
          }
          stack.push({ array: c === 91, key: undefined, expectKey: c === 123 });
          if (c === 91 && !found && itemStart < 0 && pathMatches()) {
            found = true;
            targetDepth = stack.length;
          }
        } else if (c === 125 || c === 93) {
          if (!top || top.array !== (c === 93)) throw badInput(`${name}:${line}`, `unbalanced '${chunk[i]}' in ${what}`);
          stack.pop();
          if (itemStart >= 0 && stack.length === targetDepth) {
            parts.push(chunk.slice(itemStart, i + 1));
            ready.push({ value: parseItem(parts.join(''), name, itemLine, what), line: itemLine });
            parts = [];
            itemStart = -1;
          } else if (stack.length === targetDepth - 1 && targetDepth >= 0) {
            targetDepth = -1; // the target array closed
          }
        } else if (c === 58) {
          if (top && !top.array) top.expectKey = false;
        } else if (c === 44) {
          if (top && !top.array) top.expectKey = true;
        } else if (targetDepth >= 0 && stack.length === targetDepth && itemStart < 0) {
          throw badInput(`${name}:${line}`, `expected an object element in ${what}, found '${chunk[i]}'`);
        }
      }
      if (itemStart >= 0) parts.push(chunk.slice(itemStart));
      yield* ready;
    }
  } catch (err) {
    if (err instanceof ProfilerError) throw err;
    throw new ProfilerError('runtime', `${name}: read failed (${(err as Error).message})`);
  }
  if (!seenRoot) throw badInput(name, `empty input; expected ${what}`);
  // The trace event format lets a top-level array miss its closing bracket
  // (a tracer killed mid-write); everything up to the last element is good.
  const unclosedTop = options.allowUnclosedTopArray && stack.length === 1 && stack[0]!.array && targetDepth === 1 && itemStart < 0 && !inString;
  if ((stack.length > 0 && !unclosedTop) || inString) throw badInput(`${name}:${line}`, `${what} ends early (truncated JSON)`);
  if (!found) throw badInput(name, `expected ${what}: no ${paths.map((p) => (p.length ? `"${p.join('.')}"` : 'top-level')).join(' or ')} array`);
}

function parseItem(text: string, name: string, line: number, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw badInput(`${name}:${line}`, `invalid JSON in an element of ${what} (${(err as Error).message})`);
  }
}
