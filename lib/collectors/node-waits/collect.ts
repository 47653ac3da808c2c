// The collector's side of the wait profile: read what one process's recorder
// wrote and hand it back as that process's `wall` profile.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CollectedProfile, CollectorContext } from '../types.js';
import type { RawWaitProfile } from './recorder.js';
import { waitProfileOf } from './to-profile.js';

export async function readWaitProfile(ctx: CollectorContext, pid: number, argv: string, names: string[]): Promise<CollectedProfile | undefined> {
  const name = `${pid}.waits.json`;
  if (!names.includes(name)) return undefined;
  let raw: RawWaitProfile;
  try {
    raw = JSON.parse(await readFile(join(ctx.workDir, name), 'utf8')) as RawWaitProfile;
  } catch (err) {
    (ctx.warn ?? ctx.log)(`node: no wait profile for pid ${pid} (${argv}): ${(err as Error).message}`);
    return undefined;
  }
  // A process that waited on nothing in the window (npm, a shell wrapper) adds no profile.
  if (raw.waits.length === 0 && raw.summed.length === 0) return undefined;
  const profile = waitProfileOf(raw, 0);
  profile.comments.push(`pid=${pid}`, `argv=${argv}`);
  return { kind: 'wall', sourceFormat: 'node-waits', profile, label: `${pid}-wall`, labels: { pid: String(pid), argv } };
}
