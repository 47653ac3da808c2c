// The one line each function is shown at: the line of its hottest self
// sample (ties: the lower line), else the first line any frame of it names.
// The top-function tables (pprof -top at function granularity) and the flame
// graph's tooltip both take it from here, so they never name different lines.

import { functionKey, type Profile } from './profile.js';

/** functionKey -> line, for every function of the profile. */
export function functionLines(profile: Profile, sampleIndex: number): Map<string, number> {
  const lines = new Map<string, number>();
  const keyOfFrame = profile.frames.map((frame) => {
    const key = functionKey(frame);
    if (!lines.has(key)) lines.set(key, frame.line);
    return key;
  });
  const selfByLine = new Map<string, Map<number, number>>();
  for (const sample of profile.samples) {
    const value = sample.values[sampleIndex] ?? 0;
    if (value === 0 || sample.stack.length === 0) continue;
    const leaf = sample.stack[0]!;
    const key = keyOfFrame[leaf]!;
    let byLine = selfByLine.get(key);
    if (!byLine) selfByLine.set(key, (byLine = new Map()));
    const line = profile.frames[leaf]!.line;
    byLine.set(line, (byLine.get(line) ?? 0) + value);
  }
  for (const [key, byLine] of selfByLine) {
    let bestLine = 0;
    let best = -1;
    for (const [line, value] of byLine) if (value > best || (value === best && line < bestLine)) [bestLine, best] = [line, value];
    lines.set(key, bestLine);
  }
  return lines;
}
