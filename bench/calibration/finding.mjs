// The finding for the planted function among the analyzer's records: the
// run-level `finding` when the analyzer emits them, else the bottleneck with
// the largest share whose function is the planted one (CPU or wall kinds).
const sameFunction = (name, fn) => name === fn || name.endsWith(`.${fn}`) || name.startsWith(`${fn}(`);

export function plantedFinding(records, fn) {
  const ofFn = (type) => records.filter((r) => r.type === type && typeof r.function === 'string' && sameFunction(r.function, fn));
  const pick = (xs) => xs.sort((a, b) => b.sharePct - a.sharePct)[0];
  const findings = ofFn('finding');
  if (findings.length > 0) return pick(findings.map((f) => ({ ...f, sharePct: f.sharePct ?? f.share * 100 })));
  return pick(ofFn('bottleneck').filter((b) => b.kind === 'cpu' || b.kind === 'wall'));
}
