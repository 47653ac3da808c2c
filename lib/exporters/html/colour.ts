// Frame colours: a palette per origin with a small, name-derived variation
// (so neighbours differ but a function keeps its colour across files and
// runs), and the red/blue scale of differential graphs.

import type { Origin } from './origin.js';

type Rgb = [number, number, number];
/** Base colour and how far the variation may move each channel. */
const PALETTES: Record<Origin, { base: Rgb; spread: Rgb }> = {
  user: { base: [222, 104, 48], spread: [30, 86, 30] },
  dependency: { base: [150, 192, 66], spread: [48, 40, 30] },
  runtime: { base: [132, 166, 206], spread: [30, 28, 30] },
  kernel: { base: [178, 134, 212], spread: [30, 30, 26] },
};

export const ORIGIN_LABELS: Record<Origin, string> = {
  user: 'your code',
  dependency: 'dependency',
  runtime: 'runtime',
  kernel: 'kernel',
};

/** FNV-1a of the name, to [0, 1). */
function unitHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0) / 0x100000000;
}

const rgb = ([r, g, b]: Rgb): string => `rgb(${Math.round(r)},${Math.round(g)},${Math.round(b)})`;

export function originColour(origin: Origin, name: string): string {
  const { base, spread } = PALETTES[origin];
  const v = unitHash(name);
  return rgb([base[0] + spread[0] * v, base[1] + spread[1] * v, base[2] + spread[2] * v]);
}

/** The legend swatch of an origin: its colour at mid variation. */
export function originSwatch(origin: Origin): string {
  const { base, spread } = PALETTES[origin];
  return rgb([base[0] + spread[0] / 2, base[1] + spread[1] / 2, base[2] + spread[2] / 2]);
}

/** Differential colour: `ratio` in [-1, 1]; red grows with more, blue with less, near white when equal. */
export function diffColour(ratio: number): string {
  const r = Math.max(-1, Math.min(1, ratio));
  const fade = 235 - Math.round(185 * Math.abs(r));
  if (r > 0) return rgb([250, fade, fade]);
  if (r < 0) return rgb([fade, fade, 250]);
  return rgb([235, 235, 235]);
}
