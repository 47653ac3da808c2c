// Number and table formatting shared by the text renderers.

/** Format a value in its unit the way pprof does: 1.20s, 35ms, 4.5MB, 120. */
export function formatValue(value: number, unit: string): string {
  if (unit === 'nanoseconds') {
    const abs = Math.abs(value);
    if (abs >= 1e9) return `${trim(value / 1e9)}s`;
    if (abs >= 1e6) return `${trim(value / 1e6)}ms`;
    if (abs >= 1e3) return `${trim(value / 1e3)}us`;
    return `${value}ns`;
  }
  if (unit === 'bytes') {
    const abs = Math.abs(value);
    if (abs >= 1 << 30) return `${trim(value / (1 << 30))}GB`;
    if (abs >= 1 << 20) return `${trim(value / (1 << 20))}MB`;
    if (abs >= 1 << 10) return `${trim(value / (1 << 10))}kB`;
    return `${value}B`;
  }
  return `${trim(value)}${unit && unit !== 'count' ? ' ' + unit : ''}`;
}

function trim(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/\.?0+$/, '');
}

export function pct(value: number): string {
  return `${value.toFixed(2)}%`;
}

/** A Markdown table; cells have their pipes escaped. */
export function mdTable(header: string[], rows: string[][]): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const lines = [`| ${header.map(esc).join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (const row of rows) lines.push(`| ${row.map(esc).join(' | ')} |`);
  return lines.join('\n');
}

export function location(file: string, line: number): string {
  if (!file) return '';
  return line > 0 ? `${file}:${line}` : file;
}
