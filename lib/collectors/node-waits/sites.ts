// Stacks are captured under a budget (recorder.ts STACKS_PER_SECOND): V8's
// structured call sites cost some 15-20 µs each, whatever the depth, which on
// a request with a dozen waits is a tenth of its CPU. Every wait is still
// timed and tied to its request; a wait whose stack was not captured takes
// the site of the same wait in a request whose stacks were: the same route,
// operation and target, and the same ordinal among those in its request (the
// 7th item fetch of an N+1 loop is made where the 7th was). Failing that, the
// most common site of that operation and target; failing that, no stack.
// Runs in the collector, after the window: nothing here costs the target.

import { UNSAMPLED, type RawWait, type RawWaitProfile } from './recorder.js';

type Counts = Map<string, Map<number, number>>;

function count(m: Counts, key: string, site: number): void {
  const by = m.get(key) ?? new Map<number, number>();
  by.set(site, (by.get(site) ?? 0) + 1);
  m.set(key, by);
}

/** The most common site under key; ties to the lowest site id (deterministic). */
function commonest(m: Counts, key: string): number | undefined {
  const by = m.get(key);
  if (!by) return undefined;
  return [...by].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
}

export function resolveSites(raw: RawWaitProfile): RawWaitProfile {
  const unsampled = raw.waits.some((w) => w.site === UNSAMPLED) || raw.summed.some((s) => s.site === UNSAMPLED);
  if (!unsampled) return raw;
  const routes = new Map(raw.requests.map((r) => [r.id, r.route]));
  // The ordinal of each wait among the waits with its op and target in its request, in start order.
  const ordinal = new Map<RawWait, number>();
  const seen = new Map<string, number>();
  for (const w of [...raw.waits].sort((a, b) => (a.request ?? -1) - (b.request ?? -1) || a.startNs - b.startNs)) {
    const k = `${w.request ?? ''}\u0000${w.op}\u0000${w.target}`;
    const n = seen.get(k) ?? 0;
    seen.set(k, n + 1);
    ordinal.set(w, n);
  }
  const exactKey = (w: RawWait) => `${routes.get(w.request ?? -1) ?? ''}\u0000${w.op}\u0000${w.target}\u0000${ordinal.get(w)}`;
  const looseKey = (w: { op: string; target: string }) => `${w.op}\u0000${w.target}`;
  const exact: Counts = new Map();
  const loose: Counts = new Map();
  for (const w of raw.waits) {
    if (w.site === UNSAMPLED) continue;
    if (w.request !== undefined) count(exact, exactKey(w), w.site);
    count(loose, looseKey(w), w.site);
  }
  for (const s of raw.summed) if (s.site !== UNSAMPLED) count(loose, looseKey(s), s.site);
  const sites = [...raw.sites];
  let bare: number | undefined;
  const noStack = () => (bare ??= sites.push([]) - 1);
  const siteOf = (w: RawWait) => (w.request !== undefined ? commonest(exact, exactKey(w)) : undefined) ?? commonest(loose, looseKey(w)) ?? noStack();
  const waits = raw.waits.map((w) => (w.site === UNSAMPLED ? { ...w, site: siteOf(w) } : w));
  // Summed waits with no site fold into the summed entry of the site they resolve to.
  const summed = new Map<string, RawWaitProfile['summed'][number]>();
  for (const s of raw.summed) {
    const site = s.site === UNSAMPLED ? (commonest(loose, looseKey(s)) ?? noStack()) : s.site;
    const k = `${site}\u0000${s.op}\u0000${s.target}`;
    const into = summed.get(k) ?? { site, op: s.op, target: s.target, count: 0, totalNs: 0 };
    into.count += s.count;
    into.totalNs += s.totalNs;
    summed.set(k, into);
  }
  return { ...raw, sites, waits, summed: [...summed.values()] };
}
