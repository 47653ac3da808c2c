// Nanoseconds per unit of time, by the unit names pprof and speedscope use.
// A unit that is not time (count, bytes) has no entry.

export const NS_PER_UNIT: Readonly<Record<string, number>> = { nanoseconds: 1, microseconds: 1e3, milliseconds: 1e6, seconds: 1e9 };
