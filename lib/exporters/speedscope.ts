// Profile -> speedscope's file format (https://www.speedscope.app/file-format-schema.json):
// one shared frames table and one `sampled` profile per sample type, stacks
// root first, the default sample type active. Pure; same profile, same bytes.

import type { Profile } from '../model/profile.js';
import { PACKAGE } from '../base/version.js';

/** pprof units speedscope knows by name; anything else is shown as a plain number. */
const UNITS = new Set(['nanoseconds', 'microseconds', 'milliseconds', 'seconds', 'bytes']);

export function speedscopeUnit(unit: string): string {
  return UNITS.has(unit) ? unit : 'none';
}

export function renderSpeedscope(profile: Profile, name: string): string {
  const frames = profile.frames.map((f) => {
    const frame: { name: string; file?: string; line?: number; col?: number } = { name: f.name };
    if (f.file) frame.file = f.file;
    if (f.line > 0) frame.line = f.line;
    if (f.column > 0) frame.col = f.column;
    return frame;
  });
  const profiles = profile.sampleTypes.map((type, index) => {
    const samples: number[][] = [];
    const weights: number[] = [];
    let total = 0;
    for (const sample of profile.samples) {
      const value = sample.values[index] ?? 0;
      if (!(value > 0) || sample.stack.length === 0) continue;
      samples.push(sample.stack.slice().reverse());
      weights.push(value);
      total += value;
    }
    return { type: 'sampled', name: `${name} ${type.type}`, unit: speedscopeUnit(type.unit), startValue: 0, endValue: total, samples, weights };
  });
  const file = {
    $schema: 'https://www.speedscope.app/file-format-schema.json',
    name,
    exporter: `${PACKAGE.name}@${PACKAGE.version}`,
    activeProfileIndex: profile.defaultSampleIndex,
    shared: { frames },
    profiles,
  };
  return JSON.stringify(file) + '\n';
}
