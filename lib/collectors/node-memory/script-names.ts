// V8's sampling heap profiler resolves each allocation site's script name and
// line only when the profile is read (HeapProfiler.stopSampling), from the
// scripts still alive then. A CommonJS script that has finished by then (an
// ad hoc script: the profile is read at exit) is collected with its
// functions, so its sites come back with url "" and line -1, and the bytes
// they allocate (and the GC time charged by them) belong to no file. The CPU
// profile of the same process names every script it sampled at the time the
// code was created, with the same script ids: the names are taken from it.
// Runs inside the profiled process (the preload), so it is small and pure.

interface CallFrame {
  functionName: string;
  scriptId: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface HeapNode {
  callFrame: CallFrame;
  children?: HeapNode[];
}

/** Fills in, in place, the script url (and function position) of heap profile sites whose script was collected. */
export function nameCollectedScripts(heapProfile: { head?: HeapNode } | undefined, cpuProfile: { nodes?: { callFrame: CallFrame }[] } | undefined): void {
  if (!heapProfile?.head || !cpuProfile?.nodes) return;
  const urls = new Map<string, string>();
  const functions = new Map<string, CallFrame>();
  for (const { callFrame: f } of cpuProfile.nodes) {
    if (!f.url || f.scriptId === '0') continue;
    urls.set(f.scriptId, f.url);
    const key = `${f.scriptId}\u0000${f.functionName}`;
    // Two functions of one name in a script: the position is ambiguous, so only the script is named.
    const seen = functions.get(key);
    if (seen && (seen.lineNumber !== f.lineNumber || seen.columnNumber !== f.columnNumber)) functions.set(key, { ...f, lineNumber: -1, columnNumber: -1 });
    else if (!seen) functions.set(key, f);
  }
  const todo: HeapNode[] = [heapProfile.head];
  while (todo.length > 0) {
    const node = todo.pop()!;
    const f = node.callFrame;
    if (f.url === '' && f.scriptId !== '0' && urls.has(f.scriptId)) {
      f.url = urls.get(f.scriptId)!;
      const named = functions.get(`${f.scriptId}\u0000${f.functionName}`);
      if (named && f.lineNumber < 0) [f.lineNumber, f.columnNumber] = [named.lineNumber, named.columnNumber];
    }
    for (const c of node.children ?? []) todo.push(c);
  }
}
