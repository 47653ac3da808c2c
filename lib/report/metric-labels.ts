// A metric's labels as a person reads them: the values that are amounts in
// the metric's unit (an interval's ends, a late slope; a retained amount's
// start and end in its base unit) formatted like the value, the rest as given.

import { humanValue } from '../base/human.js';

/** Labels holding an amount in the metric's own unit (memory_growth's interval and late slope). */
const IN_UNIT = new Set(['low', 'high', 'lateSlope', 'lateLow', 'lateHigh']);
/** Labels holding an amount in the unit before its "/" (memory_retained_per_request's heap at each edge). */
const IN_BASE_UNIT = new Set(['start', 'end']);

export function metricLabels(m: { unit: string; labels?: Record<string, unknown> | undefined }): string {
  const base = m.unit.split('/')[0]!;
  return Object.entries(m.labels ?? {})
    .map(([k, v]) => {
      const n = typeof v === 'number' ? v : typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : undefined;
      if (n === undefined || !m.unit) return `${k}=${v}`;
      if (IN_UNIT.has(k)) return `${k}=${humanValue(n, m.unit)}`;
      if (IN_BASE_UNIT.has(k)) return `${k}=${humanValue(n, base)}`;
      return `${k}=${v}`;
    })
    .join(' ');
}
