// Shared by the JSON-based importers: read the whole input and parse it, with
// an error that names the file and, where JSON.parse says, the position.

import { badInput } from '../base/errors.js';
import type { ImportSource } from './types.js';

export async function readJson(source: ImportSource, what: string): Promise<unknown> {
  return parseJsonBytes(await source.readAll(), source.name, what);
}

/** `bytes` as UTF-8 JSON (a leading BOM dropped); `name` says where in the error. */
export function parseJsonBytes(bytes: Buffer, name: string, what: string): unknown {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text);
  } catch (err) {
    throw badInput(name, `not valid JSON for ${what} (${(err as Error).message})`);
  }
}

export function headText(head: Buffer): string {
  return head.toString('utf8').replace(/^\uFEFF/, '').trimStart();
}

/** V8 and Chrome write script URLs; users open paths. */
export function pathOfUrl(url: string): string {
  if (url.startsWith('file://')) {
    try {
      return decodeURIComponent(new URL(url).pathname);
    } catch {
      return url;
    }
  }
  return url;
}
