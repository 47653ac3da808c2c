// Profile -> folded stacks (`root;caller;leaf value`, one line per distinct
// stack, sorted), the input of FlameGraph and inferno. Frames are written per
// function, as `name (file:line)` (the form lib/importers/folded.ts reads
// back) with the function's lowest line; kernel frames get perf's `_[k]`.

import { functionKey, sampleIndexFor, type Profile } from '../model/profile.js';

const KERNEL_FILE = '[kernel.kallsyms]';

/** `;` separates frames and a newline ends the line: neither may appear in a frame. */
const clean = (text: string): string => text.replace(/;/g, ':').replace(/[\r\n]+/g, ' ');

/** The folded lines, sorted, without newlines. */
function foldedLines(profile: Profile, sampleType?: string): string[] {
  const index = sampleIndexFor(profile, sampleType);
  const lowestLine = new Map<string, number>();
  for (const f of profile.frames) {
    const key = functionKey(f);
    const seen = lowestLine.get(key) ?? 0;
    if (f.line > 0 && (seen === 0 || f.line < seen)) lowestLine.set(key, f.line);
  }
  const text = profile.frames.map((f) => {
    if (f.file === KERNEL_FILE) return `${clean(f.name)}_[k]`;
    if (!f.file) return clean(f.name);
    return `${clean(f.name)} (${clean(f.file)}:${lowestLine.get(functionKey(f)) ?? 0})`;
  });
  const values = new Map<string, number>();
  for (const sample of profile.samples) {
    const value = sample.values[index] ?? 0;
    if (!(value > 0) || sample.stack.length === 0) continue;
    const stack = sample.stack.map((id) => text[id]!).reverse().join(';');
    values.set(stack, (values.get(stack) ?? 0) + value);
  }
  const lines = [...values].map(([stack, value]) => `${stack} ${value}`);
  lines.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return lines;
}

export function renderFolded(profile: Profile, sampleType?: string): string {
  const lines = foldedLines(profile, sampleType);
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}

/** Lines joined per chunk into one Buffer: a deep 500k-stack profile folds to more than V8's longest string. */
const CHUNK_LINES = 10_000;
export function renderFoldedBuffer(profile: Profile, sampleType?: string): Buffer {
  const lines = foldedLines(profile, sampleType);
  const chunks: Buffer[] = [];
  for (let i = 0; i < lines.length; i += CHUNK_LINES) chunks.push(Buffer.from(lines.slice(i, i + CHUNK_LINES).join('\n') + '\n'));
  return Buffer.concat(chunks);
}
