// A readable dump of an imported profile for snapshots: kind, sample types,
// totals, then the top functions by self value. Diffs read like profiles.

import { basename } from 'node:path';
import { Readable } from 'node:stream';
import { functionStats, topBySelf } from '../../lib/analysis/hotspots.js';
import { HEAD_BYTES, type ImportedProfile, type ImportSource } from '../../lib/importers/types.js';
import { totalOf, type Profile } from '../../lib/model/profile.js';

export function listing(imported: ImportedProfile[], top = 8): string {
  return imported.map((p) => profileListing(p, top)).join('\n');
}

function profileListing(p: ImportedProfile, top: number): string {
  const { profile } = p;
  const lines = [`${p.kind}${p.label ? ` (${p.label})` : ''} from ${p.sourceFormat}: ${profile.samples.length} distinct samples`];
  profile.sampleTypes.forEach((t, i) => {
    lines.push(`  ${i === profile.defaultSampleIndex ? '*' : ' '} ${t.type} (${t.unit}) total ${totalOf(profile, i)}`);
  });
  lines.push('  self        cum         function  file:line');
  for (const f of topBySelf(functionStats(profile), top)) {
    const where = f.file ? `  ${basename(f.file)}${f.line ? `:${f.line}` : ''}` : '';
    lines.push(`  ${String(f.self).padEnd(11)} ${String(f.cum).padEnd(11)} ${f.name}${where}`);
  }
  return lines.join('\n');
}

/** Function name -> [self, cum] by one sample type, for comparing two imports. */
export function statsByName(profile: Profile, sampleType?: string): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  for (const f of functionStats(profile, sampleType).functions) out.set(f.name, [f.self, f.cum]);
  return out;
}

/** An in-memory source, as openSource makes for stdin; `readAll` can be refused to prove streaming. */
export function textSource(text: string | Buffer, name = 'input', options: { noReadAll?: boolean } = {}): ImportSource {
  const data = Buffer.from(text);
  return {
    name,
    head: data.subarray(0, HEAD_BYTES),
    readAll: async () => {
      if (options.noReadAll) throw new Error('readAll called on a streaming importer');
      return data;
    },
    open: () => Readable.from([data]),
  };
}
