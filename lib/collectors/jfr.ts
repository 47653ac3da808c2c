// The `jfr` profiler: Java Flight Recorder in the JVM the command starts,
// switched on through JAVA_TOOL_OPTIONS (every JVM reads it, so `java -jar`,
// mvn and gradle wrappers are covered) with the `profile` settings (execution
// samples every 10-20 ms, allocation and lock events), dumped when the JVM
// exits, also on SIGTERM. Converted by the jfr importer (`jfr print --json`).
// JDK 17 names no pid in the file, so with several JVMs the last to exit wins.

import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ProfilerError, usage } from '../base/errors.js';
import { appendOption, findCommand, importFile, missing, targetEnv } from './tool.js';
import type { Collector, CollectorContext } from './types.js';

const INSTALL = 'install a JDK 11 or newer (Debian/Ubuntu: apt-get install openjdk-17-jdk-headless), or put its bin/ on PATH';

export function recordingPath(ctx: CollectorContext): string {
  return join(ctx.workDir, 'rec.jfr');
}

export function flightRecorderOption(ctx: CollectorContext): string {
  const path = recordingPath(ctx);
  // JAVA_TOOL_OPTIONS splits on whitespace and the option on commas.
  if (/[\s,=]/.test(path)) throw usage(`jfr: the temp folder ${ctx.workDir} has a space, comma or '=' in its path; set TMPDIR to a plain path`);
  return `-XX:StartFlightRecording=filename=${path},settings=profile,dumponexit=true`;
}

export const jfrCollector: Collector = {
  name: 'jfr',
  async check(ctx) {
    const env = targetEnv(ctx);
    const home = env.JAVA_HOME;
    const jfr = (home && (await findCommand(join(home, 'bin', 'jfr')))) || (await findCommand('jfr', env));
    if (!jfr) throw missing('the JDK tool jfr (to read flight recordings) was not found in $JAVA_HOME/bin or on PATH', INSTALL);
    flightRecorderOption(ctx);
  },
  async prepare(ctx) {
    return { command: ctx.scenario.command, env: { JAVA_TOOL_OPTIONS: appendOption(ctx, 'JAVA_TOOL_OPTIONS', flightRecorderOption(ctx)) } };
  },
  async collect(ctx) {
    const path = recordingPath(ctx);
    if (!(await stat(path).catch(() => undefined))) {
      throw new ProfilerError('runtime', `jfr: no recording at ${path}; did the command start a JVM (java 11+), and did it exit or get SIGTERM rather than SIGKILL?`);
    }
    const imported = await importFile(path, 'jfr');
    return imported.map((p) => ({ ...p, label: p.label ?? p.kind }));
  },
  describe(_ctx, launch) {
    return `jfr: ${launch.command.join(' ')} with JAVA_TOOL_OPTIONS=${launch.env.JAVA_TOOL_OPTIONS}`;
  },
};
