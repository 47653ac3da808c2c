// Text from profiles is hostile: function names can hold <, &, quotes and
// "</script>". Everything that reaches HTML goes through one of these.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape for element text and quoted attribute values alike. */
export function esc(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** JSON safe inside <script type="application/json">: no "</", no "<!--", no line separators. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** Fixed formatting for coordinates: at most one decimal, no "-0". */
export function num(n: number): string {
  const s = (Math.round(n * 10) / 10).toString();
  return s === '-0' ? '0' : s;
}
