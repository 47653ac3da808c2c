// The visual files of a run, as OUTPUTS producers (lib/report/outputs.ts):
// speedscope JSON and folded stacks next to each .pb.gz, a flame graph page
// per profile (and a differential one when perf-apply read a baseline), and
// report.html.

import { renderFlameGraphHtml, flamePage } from '../../exporters/flamegraph.js';
import { renderDiffFlameGraphFragment } from '../../exporters/flamegraph-diff.js';
import { renderFoldedBuffer } from '../../exporters/folded.js';
import { renderSpeedscope } from '../../exporters/speedscope.js';
import { runDir, type OutputProducer } from '../run-folder.js';
import { renderReportHtml } from '../report-html.js';
import { decoded } from './decoded.js';
import { profileFiles, rankedSampleType } from './files.js';
import { flameOptions } from './profiles.js';

export const profileExports: OutputProducer = (c) =>
  c.profiles.flatMap((p) => {
    const dir = runDir(c.run.runId);
    const files = profileFiles(p.profileId);
    const profile = decoded(p);
    return [
      { path: `${dir}/${files.speedscope}`, content: renderSpeedscope(profile, p.profileId) },
      { path: `${dir}/${files.folded}`, content: renderFoldedBuffer(profile, rankedSampleType(c.hotspots, p.profileId)) },
    ];
  });

export const flameGraphs: OutputProducer = (c, { baselines, sourceRoot }) =>
  c.profiles.flatMap((p) => {
    const dir = runDir(c.run.runId);
    const files = profileFiles(p.profileId);
    const profile = decoded(p);
    const title = `${p.profileId} (${p.kind}) \u2014 run ${c.run.runId}`;
    const out = [{ path: `${dir}/${files.flame}`, content: renderFlameGraphHtml(profile, { ...flameOptions(c, p, 'main', title, sourceRoot), topTable: true }) }];
    const baseline = baselines?.get(p.profileId);
    if (baseline) {
      const diffTitle = `${p.profileId}: run ${c.run.runId} vs baseline ${baseline.runId}`;
      out.push({ path: `${dir}/${files.diff}`, content: flamePage(diffTitle, renderDiffFlameGraphFragment(profile, baseline, flameOptions(c, p, 'diff', diffTitle, sourceRoot))) });
    }
    return out;
  });

export const reportHtml: OutputProducer = (c, { baselines, sourceRoot }) => [{ path: `${runDir(c.run.runId)}/report.html`, content: renderReportHtml(c, baselines, sourceRoot) }];
