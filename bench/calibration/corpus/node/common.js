// Shared by the calibration programs: the same "other work" in the slow and
// the fixed variant, so the planted bottleneck holds only part of the time,
// as it would in a real service. Deterministic inputs, no randomness.
export function records(n) {
  const out = [];
  for (let i = 0; i < n; i++) out.push({ id: i, name: `Item ${i} / Group ${i % 97}`, sku: `SKU-${(i * 7919) % 100003}`, qty: (i % 13) + 1 });
  return out;
}

/** CPU work unrelated to the bottleneck: an FNV-1a hash over each record's text. */
export function checksum(text) {
  let h = 0x811c9dc5;
  for (let round = 0; round < 12; round++) {
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  }
  return h >>> 0;
}
