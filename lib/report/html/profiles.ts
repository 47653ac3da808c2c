// One section per profile: links to its files, its flame graph (and the
// differential one when there is a baseline), and its top-function tables.

import type { BaselineProfile } from '../../exporters/flamegraph-diff.js';
import { renderDiffFlameGraphFragment } from '../../exporters/flamegraph-diff.js';
import { renderFlameGraphFragment, type FlameGraphOptions } from '../../exporters/flamegraph.js';
import { esc } from '../../exporters/html/escape.js';
import { marksFor } from '../../exporters/html/marks.js';
import { originFor } from '../../exporters/html/origin.js';
import type { ProfileRecord } from '../../records/types.js';
import type { RunContents } from '../run-contents.js';
import { profileBottlenecks } from './bottlenecks.js';
import { profileFindings } from './findings.js';
import { decoded } from './decoded.js';
import { profileFiles, rankedSampleType } from './files.js';
import { topFunctions } from './listings.js';
import { relativePath } from '../paths.js';

export function flameOptions(c: RunContents, p: ProfileRecord, id: string, title: string, sourceRoot?: string): FlameGraphOptions {
  const sampleType = rankedSampleType(c.hotspots, p.profileId);
  return {
    id,
    title,
    ...(sampleType ? { sampleType } : {}),
    marks: marksFor(c.bottlenecks, p.profileId),
    origin: originFor(p.sourceFormat, sourceRoot),
    displayFile: (file) => relativePath(file, sourceRoot),
  };
}

function profileSection(c: RunContents, p: ProfileRecord, index: number, baseline: BaselineProfile | undefined, sourceRoot?: string): string {
  const files = profileFiles(p.profileId);
  const links = [
    `<a href="${esc(files.flame)}">flame graph</a>`,
    baseline ? `<a href="${esc(files.diff)}">differential flame graph</a>` : '',
    `<a href="${esc(files.pprof)}">pprof</a>`,
    `<a href="${esc(files.speedscope)}">speedscope</a>`,
    `<a href="${esc(files.folded)}">folded</a>`,
  ].filter(Boolean);
  const profile = decoded(p);
  const graphs = [
    baseline ? renderDiffFlameGraphFragment(profile, baseline, flameOptions(c, p, `p${index}-diff`, `${p.profileId}: change since ${baseline.runId}`, sourceRoot)) : '',
    renderFlameGraphFragment(profile, flameOptions(c, p, `p${index}`, `${p.profileId} (${p.kind})`, sourceRoot)),
  ];
  return [
    `<section class="profile" id="profile-${index}"><h2>Profile ${esc(p.profileId)} <span class="sub">${esc(p.kind)}, from ${esc(p.sourceFormat)}, ${p.sampleCount} distinct stacks</span></h2>`,
    `<p class="files">Files: ${links.join(' \u00b7 ')}</p>`,
    ...graphs.filter(Boolean),
    profileFindings(c, p.profileId),
    profileBottlenecks(c, p.profileId),
    `<div class="tables">${topFunctions(c, p.profileId, 'self')}${topFunctions(c, p.profileId, 'cum')}</div>`,
    '</section>',
  ].join('\n');
}

export function profilesSections(c: RunContents, baselines?: Map<string, BaselineProfile>, sourceRoot?: string): string {
  if (c.profiles.length === 0) return '<section><h2>Profiles</h2><p>No profiles in this run.</p></section>';
  return c.profiles.map((p, i) => profileSection(c, p, i, baselines?.get(p.profileId), sourceRoot)).join('\n');
}
