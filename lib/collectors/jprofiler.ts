// The `jprofiler` profiler: JProfiler's agent in offline mode (no GUI) in the
// JVM the command starts, then `jpexport` turns the snapshot the session's
// triggers saved into a call tree XML for the jprofiler importer. Offline
// mode takes its recording settings and its "save snapshot" trigger from a
// session in a JProfiler config file, so the scenario names the config file,
// the session id and where that trigger saves the snapshot.
// JProfiler is commercial and found through JPROFILER_HOME; without it
// check() explains how to export from the GUI and import with --input.

import { stat } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { ProfilerError, oneLine, usage } from '../base/errors.js';
import { appendOption, findCommand, importFile, missing, targetEnv } from './tool.js';
import type { Collector, CollectorContext } from './types.js';

const MANUAL =
  "or export from JProfiler yourself: open the snapshot, File > Export > Call Tree as XML (or on the command line 'jpexport snapshot.jps CallTree -format=xml calltree.xml'; the HotSpots view works too), then import it with 'perf-collect --input calltree.xml'";

export interface JProfilerSettings {
  home: string;
  agent: string;
  jpexport: string;
  config: string;
  sessionId: string;
  snapshot: string;
}

/** The agent library for this platform, relative to the JProfiler installation. */
export function agentLibrary(home: string, arch: string = process.arch): string {
  return join(home, 'bin', arch === 'arm64' ? 'linux-aarch64' : 'linux-x64', 'libjprofilerti.so');
}

function resolveIn(cwd: string, path: string): string {
  return isAbsolute(path) ? path : join(cwd, path);
}

/** Where JProfiler is and what the scenario says; a clear error for whatever is missing. */
export function jprofilerSettings(ctx: CollectorContext): JProfilerSettings {
  const home = targetEnv(ctx).JPROFILER_HOME;
  if (!home) throw missing('JProfiler not found: JPROFILER_HOME is not set (point it at the JProfiler installation)', MANUAL);
  const { config, sessionId, snapshot } = ctx.settings;
  const need = (value: unknown, name: string, what: string): string => {
    if ((typeof value !== 'string' && typeof value !== 'number') || value === '') {
      throw usage(`scenario '${ctx.scenario.name}': the jprofiler profiler needs profiler.${name} (${what})`);
    }
    return String(value);
  };
  return {
    home,
    agent: agentLibrary(home),
    jpexport: join(home, 'bin', 'jpexport'),
    config: resolveIn(ctx.cwd, need(config, 'config', 'the JProfiler config file with the offline session, e.g. ~/.jprofiler14/jprofiler_config.xml')),
    sessionId: need(sessionId, 'sessionId', 'the id of that session, shown in its application settings'),
    snapshot: resolveIn(ctx.cwd, need(snapshot, 'snapshot', "where the session's 'save snapshot' trigger writes the .jps file, relative to cwd")),
  };
}

export function agentOption(s: JProfilerSettings): string {
  if (/[\s,]/.test(s.agent + s.config)) throw usage(`jprofiler: paths with spaces or commas cannot be passed to the agent: ${s.agent}, ${s.config}`);
  return `-agentpath:${s.agent}=offline,id=${s.sessionId},config=${s.config}`;
}

export function jpexportArgs(s: JProfilerSettings, out: string): string[] {
  return [s.snapshot, 'CallTree', '-format=xml', out];
}

export const jprofilerCollector: Collector = {
  name: 'jprofiler',
  async check(ctx) {
    const s = jprofilerSettings(ctx);
    if (!(await stat(s.agent).catch(() => undefined))) throw missing(`JProfiler's agent ${s.agent} not found under JPROFILER_HOME=${s.home}`, MANUAL);
    if (!(await findCommand(s.jpexport))) throw missing(`jpexport not found at ${s.jpexport}`, MANUAL);
    if (!(await stat(s.config).catch(() => undefined))) throw usage(`scenario '${ctx.scenario.name}': profiler.config ${s.config}: no such file`);
  },
  async prepare(ctx) {
    const s = jprofilerSettings(ctx);
    return { command: ctx.scenario.command, env: { JAVA_TOOL_OPTIONS: appendOption(ctx, 'JAVA_TOOL_OPTIONS', agentOption(s)) } };
  },
  async collect(ctx) {
    const s = jprofilerSettings(ctx);
    if (!(await stat(s.snapshot).catch(() => undefined))) {
      throw new ProfilerError('runtime', `jprofiler: no snapshot at ${s.snapshot}; does session ${s.sessionId} have a 'save snapshot' trigger writing there?`);
    }
    const out = join(ctx.workDir, 'calltree.xml');
    const result = await ctx.spawn(s.jpexport, jpexportArgs(s, out), { env: targetEnv(ctx), reject: false, stdin: 'ignore' });
    if (result.exitCode !== 0) throw new ProfilerError('runtime', `jpexport failed on ${s.snapshot}: ${oneLine(result.stderr || result.stdout)}`);
    const imported = await importFile(out, 'jprofiler');
    return imported.map((p) => ({ ...p, label: p.label ?? p.kind }));
  },
  describe(ctx, launch) {
    return `jprofiler: ${launch.command.join(' ')} with JAVA_TOOL_OPTIONS=${launch.env.JAVA_TOOL_OPTIONS}, then jpexport CallTree as XML`;
  },
};
