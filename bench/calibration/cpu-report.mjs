// Preloaded into every timed run (node --import): reports the process's own
// CPU time on stderr at exit, so the harness can compare slow and fixed by
// CPU time as well as wall time on a machine where other work competes.
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`\ncalibrate-cpu-us ${user + system}\n`);
});
