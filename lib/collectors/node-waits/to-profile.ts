// The recorder's <pid>.waits.json -> a wait profile (lib/model/waits.ts): one
// sample per wait of a kept request (labelled with the request and its start
// within it), one zero-valued marker sample per kept request (its route and
// latency), waits outside requests one by one with their start in the window,
// and what the recorder only summed per stack and target.

import { pathOfUrl } from '../../importers/json-input.js';
import { ProfileBuilder } from '../../model/builder.js';
import type { Profile } from '../../model/profile.js';
import { WAIT_LABELS as L, WAIT_SAMPLE_TYPES, requestFrameName, stateOfOp, waitFrameName } from '../../model/waits.js';
import type { RawWaitProfile } from './recorder.js';
import { resolveSites } from './sites.js';

export function waitProfileOf(recorded: RawWaitProfile, timeNs: number): Profile {
  const raw = resolveSites(recorded);
  const b = new ProfileBuilder({
    sampleTypes: WAIT_SAMPLE_TYPES.map((t) => ({ ...t })),
    defaultSampleIndex: 1,
    periodType: { type: 'wait', unit: 'nanoseconds' },
    period: 1,
    timeNs,
    durationNs: raw.windowNs,
  });
  const siteStacks = raw.sites.map((frames) => frames.map((f) => b.frameId({ name: f.name, file: pathOfUrl(f.file), line: f.line, column: f.column })));
  const stackOf = (site: number, op: string, target: string) => [b.frameId({ name: waitFrameName(op, target), file: '', line: 0, column: 0 }), ...(siteStacks[site] ?? [])];
  const requests = new Map(raw.requests.map((r) => [r.id, r]));
  for (const r of raw.requests) {
    const labels = { [L.request]: String(r.id), [L.route]: r.route, [L.requestNs]: String(r.durNs), [L.doneNs]: String(r.startNs + r.durNs), [L.status]: String(r.status), ...(r.port ? { [L.port]: String(r.port) } : {}) };
    b.addSample([b.frameId({ name: requestFrameName(r.route), file: '', line: 0, column: 0 })], [0, 0], labels);
  }
  for (const w of raw.waits) {
    const labels: Record<string, string> = { [L.op]: w.op, [L.target]: w.target, [L.state]: stateOfOp(w.op) };
    if (!w.key.includes('#')) labels[L.key] = w.key;
    const r = w.request !== undefined ? requests.get(w.request) : undefined;
    // Waits of kept requests start relative to their request; the others relative to the window
    // (a batch job's one timeline). A request still open at the window's end has no timeline of its own.
    if (r) Object.assign(labels, { [L.request]: String(r.id), [L.route]: r.route, [L.at]: String(w.startNs - r.startNs) });
    else if (w.request === undefined) labels[L.at] = String(w.startNs);
    b.addSample(stackOf(w.site, w.op, w.target), [1, w.durNs], labels);
  }
  for (const s of raw.summed) b.addSample(stackOf(s.site, s.op, s.target), [s.count, s.totalNs], { [L.op]: s.op, [L.target]: s.target, [L.state]: stateOfOp(s.op) });
  const p = b.build();
  p.comments.push(`perf-profiler wait profile: ${raw.requestsSeen} requests served in the window, ${raw.requests.length} timelines kept`);
  return p;
}
