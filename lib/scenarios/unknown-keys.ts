// Keys the scenarios schema does not know, found before ajv reports anything:
// a typo ("comand") is the likeliest cause of what ajv would call a missing
// property, so it is named with its JSON path and the nearest known key.

import { closest, distance } from 'fastest-levenshtein';
import { jsonPath } from './json-text.js';
import { branchOf, shapeOf, type SchemaNode } from './shape.js';

export interface UnknownKey {
  path: string;
  key: string;
  suggestion?: string;
  /** The shape of the object the key sits in. */
  expected: string;
}

/** A known key close enough to be what was meant: at most a third of its letters wrong (and at least one allowed). */
export function didYouMean(key: string, known: string[]): string | undefined {
  if (known.length === 0) return undefined;
  const best = closest(key, known);
  return distance(key.toLowerCase(), best.toLowerCase()) <= Math.max(1, Math.floor(best.length / 3)) ? best : undefined;
}

const pointer = (parts: string[]) => parts.map((p) => `/${p.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

/** The first unknown key in `data` (document order), walking the schema from `root`. */
export function firstUnknownKey(root: SchemaNode, data: unknown, at: SchemaNode = root, path: string[] = []): UnknownKey | undefined {
  const node = branchOf(root, at, data);
  if (!node || data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  // A union whose kind names no branch: the kind itself is wrong, which ajv says better.
  if (Array.isArray(node.oneOf)) return undefined;
  const props = (node.properties ?? {}) as Record<string, SchemaNode>;
  for (const [key, value] of Object.entries(data)) {
    const known = Object.hasOwn(props, key) ? props[key] : undefined;
    if (known) {
      const found = firstUnknownKey(root, value, known, [...path, key]);
      if (found) return found;
    } else if (node.additionalProperties === false) {
      const suggestion = didYouMean(key, Object.keys(props).filter((k) => !Object.hasOwn(data, k)));
      return { path: jsonPath(pointer(path)), key, ...(suggestion ? { suggestion } : {}), expected: shapeOf(root, node, 0) };
    } else if (node.additionalProperties && typeof node.additionalProperties === 'object') {
      const found = firstUnknownKey(root, value, node.additionalProperties as SchemaNode, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}
