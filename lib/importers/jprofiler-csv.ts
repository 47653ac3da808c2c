// JProfiler's HotSpots view as CSV (`jpexport snap.jps HotSpots -format=csv
// out.csv`): one row per hot spot, no backtraces, so each becomes a one-frame
// sample. Columns are found by their header text, because the export names
// them for people: the method ("Hot spot" / "Method"), its self time
// ("Self time" / "Inherent time", unit in parentheses, milliseconds when not
// given) and optionally its calls ("Invocations" / "Count").

import { badInput } from '../base/errors.js';
import type { ImportedProfile } from './types.js';
import { javaFrame, jprofilerBuilder } from './jprofiler-frames.js';

const NAME_COLUMN = /^(hot\s*spots?|method)\b/i;
const TIME_COLUMN = /^(self|inherent)\s*time\b/i;
const CALLS_COLUMN = /^(invocations|count|calls)\b/i;
const UNIT_NS: Record<string, number> = { s: 1e9, ms: 1e6, 'µs': 1e3, us: 1e3, microseconds: 1e3, milliseconds: 1e6, ns: 1, nanoseconds: 1 };

/** RFC 4180 fields of one line (JProfiler quotes every field). */
export function csvFields(line: string, where: string): string[] {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        const end = line.indexOf('"', i);
        if (end < 0) throw badInput(where, 'quoted CSV field never closed');
        value += line.slice(i, end);
        i = end + 1;
        if (line[i] !== '"') break;
        value += '"';
        i++;
      }
      fields.push(value);
      if (i < line.length && line[i] !== ',') throw badInput(where, `expected ',' after a quoted field at column ${i + 1}`);
    } else {
      const end = line.indexOf(',', i);
      fields.push((end < 0 ? line.slice(i) : line.slice(i, end)).trim());
      i = end < 0 ? line.length : end;
    }
    if (i >= line.length) return fields;
    i++; // the comma
  }
}

export function isHotSpotsCsv(head: string): boolean {
  const first = head.split(/\r?\n/, 1)[0] ?? '';
  const cells = first.split(',').map((c) => c.replace(/"/g, '').trim());
  return cells.some((c) => NAME_COLUMN.test(c)) && cells.some((c) => TIME_COLUMN.test(c));
}

/** "demo.HotApp.spin(long)" -> class demo.HotApp, method spin. */
function splitMethod(text: string): { cls: string; method: string } {
  const bare = text.replace(/\s*\(.*\)\s*$/, '').trim();
  const dot = bare.lastIndexOf('.');
  return dot < 0 ? { cls: '', method: bare } : { cls: bare.slice(0, dot), method: bare.slice(dot + 1) };
}

export function readHotSpotsCsv(text: string, name: string): ImportedProfile {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = csvFields(lines[0] ?? '', `${name}:1`);
  const col = (re: RegExp) => header.findIndex((h) => re.test(h.trim()));
  const nameAt = col(NAME_COLUMN);
  const timeAt = col(TIME_COLUMN);
  const callsAt = col(CALLS_COLUMN);
  if (nameAt < 0 || timeAt < 0) throw badInput(`${name}:1`, 'expected a JProfiler hot spots CSV header with a "Hot spot" (or "Method") and a "Self time" column');
  const unit = /\(([^)]+)\)/.exec(header[timeAt]!)?.[1]?.trim().toLowerCase() ?? 'ms';
  const scale = UNIT_NS[unit];
  if (scale === undefined) throw badInput(`${name}:1`, `unknown time unit "${unit}" in column "${header[timeAt]}"; expected one of ${Object.keys(UNIT_NS).join(', ')}`);
  const builder = jprofilerBuilder();
  lines.slice(1).forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `${name}:${index + 2}`;
    const fields = csvFields(line, where);
    if (fields.length !== header.length) throw badInput(where, `expected ${header.length} fields as in the header, found ${fields.length}`);
    const number = (at: number, what: string): number => {
      const value = Number(fields[at]!.replace(/[,\s]/g, ''));
      if (fields[at]!.trim() === '' || !Number.isFinite(value)) throw badInput(where, `${what} "${fields[at]}" is not a number`);
      return value;
    };
    const { cls, method } = splitMethod(fields[nameAt]!);
    if (method === '') throw badInput(where, 'empty hot spot name');
    const calls = callsAt >= 0 ? number(callsAt, header[callsAt]!) : 0;
    builder.addSample([builder.frameId(javaFrame(cls, method, 0))], [calls, Math.round(number(timeAt, header[timeAt]!) * scale)]);
  });
  if (builder.sampleCount === 0) throw badInput(name, 'hot spots CSV has a header but no rows');
  builder.addComment('jprofiler: hot spots CSV export (self times only, no call stacks)');
  return { kind: 'cpu', sourceFormat: 'jprofiler', profile: builder.build(), notes: ['jprofiler: a hot spots CSV has self times but no call stacks; cumulative times equal self times'] };
}
