// Numbers for people: three significant digits, a space before the unit,
// thousands grouped ("3.48 s (34.8%)", "829 MB", "2,282 samples"). The
// pprof-style formatValue (format.ts) stays for the tables that mirror
// `go tool pprof`; these are for sentences and the report's headline parts.

/** Three significant digits, trailing zeros dropped: 3.48, 34.8, 348, 3,480. */
export function sig3(n: number): string {
  const abs = Math.abs(n);
  if (abs >= 100) return grouped(Math.round(n));
  if (abs === 0) return '0';
  const text = abs >= 10 ? n.toFixed(1) : abs >= 1 ? n.toFixed(2) : n.toPrecision(2);
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** An integer with its thousands grouped by commas, the same on every machine (no locale). */
export function grouped(n: number): string {
  const int = String(Math.round(n));
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A share: one decimal from 1% up ("34.8%"), two significant digits below ("0.3%", "0.042%"), "<0.01%" for the crumbs. */
export function humanPct(pct: number): string {
  const abs = Math.abs(pct);
  if (abs === 0) return '0%';
  if (abs < 0.01) return pct < 0 ? '>-0.01%' : '<0.01%';
  if (abs >= 1) return `${pct.toFixed(1).replace(/\.0$/, '')}%`;
  return `${Number(pct.toPrecision(2))}%`;
}

const TIME_STEPS: [number, string][] = [[1e9, 's'], [1e6, 'ms'], [1e3, 'µs'], [1, 'ns']];
const BYTE_STEPS: [number, string][] = [[2 ** 30, 'GB'], [2 ** 20, 'MB'], [2 ** 10, 'kB'], [1, 'bytes']];

function stepped(value: number, steps: [number, string][]): string {
  const abs = Math.abs(value);
  const [size, name] = steps.find(([s]) => abs >= s) ?? steps[steps.length - 1]!;
  return `${sig3(value / size)} ${name}`;
}

/**
 * A value in its unit: nanoseconds and seconds as time, bytes (and bytes per
 * something) in binary multiples as pprof counts them, counts grouped with
 * the noun given ("2,282 samples"), anything else with three digits and its unit.
 */
export function humanValue(value: number, unit: string, noun = ''): string {
  if (unit === 'nanoseconds') return stepped(value, TIME_STEPS);
  if (unit === 's') return stepped(value * 1e9, TIME_STEPS);
  if (unit === 'ms') return stepped(value * 1e6, TIME_STEPS);
  if (unit === 'bytes') return stepped(value, BYTE_STEPS);
  const per = /^bytes\/(.+)$/.exec(unit);
  if (per) return `${stepped(value, BYTE_STEPS)}/${per[1]}`;
  if (unit === 'count' || unit === '' || unit === 'samples') {
    const text = Number.isInteger(value) ? grouped(value) : sig3(value);
    const word = noun || (unit === 'samples' ? 'samples' : '');
    return word ? `${text} ${word}` : text;
  }
  return `${sig3(value)} ${unit}`;
}

/** "3.48 s (34.8%)": a value and its share. */
export function valueAndShare(value: number, unit: string, sharePct: number): string {
  return `${humanValue(value, unit)} (${humanPct(sharePct)})`;
}

const GLUED = /(?<![\w.])(\d+(?:\.\d+)?)(ns|us|µs|ms|s|B|kB|MB|GB)(?!\w)/g;
const UNIT_SCALE: Record<string, [number, string]> = { ns: [1, 'nanoseconds'], us: [1e3, 'nanoseconds'], µs: [1e3, 'nanoseconds'], ms: [1e6, 'nanoseconds'], s: [1e9, 'nanoseconds'], B: [1, 'bytes'], kB: [2 ** 10, 'bytes'], MB: [2 ** 20, 'bytes'], GB: [2 ** 30, 'bytes'] };

/**
 * Free text from other stages (evidence, why, diagnostics) read as people
 * read numbers: "34.8195%" -> "34.8%", "3481513000 nanoseconds" -> "3.48 s",
 * "3.22s" -> "3.22 s", "3146 samples" -> "3,146 samples". Only numbers with
 * a unit are touched, so names and ids stay as they are.
 */
export function humanText(text: string): string {
  return text
    .replace(/(?<![\w.])(-?\d+\.\d+)%/g, (_, n: string) => humanPct(Number(n)))
    .replace(/(?<![\w.])(\d+(?:\.\d+)?) (nanoseconds|bytes)\b/g, (_, n: string, unit: string) => humanValue(Number(n), unit))
    .replace(GLUED, (_, n: string, unit: string) => humanValue(Number(n) * UNIT_SCALE[unit]![0], UNIT_SCALE[unit]![1]))
    .replace(/(?<![\w.,])(\d{4,})(?= (?:samples|requests|stacks|allocations|frames)\b)/g, (_, n: string) => grouped(Number(n)));
}
