// Is a call inside a loop? Read from the source around the call's line: the
// nearest unclosed block above it opens a `for`/`while`/`do` or the callback of
// an array iteration (forEach, map, reduce, for await). Used to name the
// function that makes waits one after another (the N+1 loop), which is often a
// caller of the function where the wait itself starts (a getJson helper).

const LOOP_HEAD = /\b(for\s*(await\s*)?\(|while\s*\(|do\s*$|\.(forEach|map|flatMap|reduce|filter|some|every)\s*\()/;
/** A function or method head (not `if (x) {`, `switch (x) {`, `catch (e) {`). */
const FUNCTION_HEAD = /\bfunction\b|=>\s*$|^\s*(?:async\s+)?(?!(?:if|switch|catch|with)\b)[\w$]+\s*\([^)]*\)\s*$/;
/** How far above the call a loop head is searched: a function body of ordinary size. */
const MAX_LINES_UP = 60;

/** Strings and comments removed, so braces inside them do not count. */
function code(line: string): string {
  return line.replace(/\/\/.*$/, '').replace(/'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`(?:\\.|[^`\\])*`/g, '""');
}

export function callIsInLoop(lines: readonly string[], line: number): boolean {
  const at = lines[line - 1];
  if (at === undefined) return false;
  if (LOOP_HEAD.test(code(at))) return true; // for (const id of ids) await get(id);
  let depth = 0;
  for (let i = line - 2; i >= 0 && i >= line - 1 - MAX_LINES_UP; i--) {
    const text = code(lines[i]!);
    for (let c = text.length - 1; c >= 0; c--) {
      if (text[c] === '}') depth++;
      else if (text[c] === '{') {
        if (depth > 0) depth--;
        else {
          const head = text.slice(0, c);
          if (LOOP_HEAD.test(head) || /^\s*$/.test(head) && LOOP_HEAD.test(code(lines[i - 1] ?? ''))) return true;
          if (FUNCTION_HEAD.test(head)) return false; // the enclosing function: the loop would have to be in it
        }
      }
    }
  }
  return false;
}
