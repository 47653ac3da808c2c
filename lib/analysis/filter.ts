// --focus, --ignore and --hide with pprof's meaning: focus keeps the samples
// with a frame that matches, ignore drops the samples with a frame that
// matches, hide removes matching frames from every stack. A regex matches a
// frame when it matches its function name or its file, as in pprof.

import { usage } from '../base/errors.js';
import type { Profile } from '../model/profile.js';

export interface FrameFilters {
  focus?: RegExp;
  ignore?: RegExp;
  hide?: RegExp;
}

/** Compile a flag's regex, or say which flag was wrong. */
export function flagRegex(flag: string, source: string | undefined): RegExp | undefined {
  if (source === undefined || source === '') return undefined;
  try {
    return new RegExp(source);
  } catch (err) {
    throw usage(`--${flag} '${source}' is not a valid regular expression (${(err as Error).message})`);
  }
}

export function hasFilters(f: FrameFilters): boolean {
  return Boolean(f.focus || f.ignore || f.hide);
}

export function filterProfile(profile: Profile, f: FrameFilters): Profile {
  if (!hasFilters(f)) return profile;
  const test = (re: RegExp | undefined) => profile.frames.map((fr) => Boolean(re && (re.test(fr.name) || re.test(fr.file))));
  const [focus, ignore, hide] = [test(f.focus), test(f.ignore), test(f.hide)];
  const samples = [];
  for (const s of profile.samples) {
    if (f.focus && !s.stack.some((id) => focus[id])) continue;
    if (f.ignore && s.stack.some((id) => ignore[id])) continue;
    const stack = f.hide ? s.stack.filter((id) => !hide[id]) : s.stack;
    if (stack.length === 0) continue;
    samples.push(stack === s.stack ? s : { ...s, stack });
  }
  return { ...profile, samples };
}
