// Whether a process still runs, for waits that must not outlast the process
// they wait for (a profile a killed process never writes).

/** True while `pid` exists; a process we may not signal (EPERM) exists too. */
export function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
