// Java Flight Recorder. A .jfr recording is converted by the JDK's own
// `jfr print --json` (its binary format changes between JDK versions; the
// JDK's reader is the one that knows them); an already exported JSON is read
// directly. Both are streamed event by event (see json-items.ts): the JSON
// costs about 8 KB per event, far more than the recording itself.

import type { Readable } from 'node:stream';
import { badInput, usage } from '../base/errors.js';
import { ProfileBuilder } from '../model/builder.js';
import type { ProfileKind } from '../model/profile.js';
import { withTool, type Tool } from './external-tool.js';
import { jfrStateLabels } from './jfr-states.js';
import { headText } from './json-input.js';
import { jsonArrayItems } from './json-items.js';
import type { ImportedProfile, Importer } from './types.js';

/** Every .jfr file starts with these four bytes. */
const JFR_MAGIC = Buffer.from('FLR\0', 'latin1');
/** `jfr print` cuts stacks at 5 frames unless told; JFR itself records at most 64 by default. */
const STACK_DEPTH = '8192';
const JFR_TOOL: Tool = { command: 'jfr', install: 'install a JDK 11 or newer (Debian: apt-get install openjdk-17-jdk-headless), or export elsewhere with `jfr print --json FILE.jfr > FILE.json` and import the JSON' };

type Weight = 'count' | 'bytes' | 'duration';
interface Group {
  /** The profile kind, and the profile-id label (io is a `wall` profile labelled io). */
  kind: ProfileKind;
  label: string;
  weight: Weight;
  events: string[];
}

/** Which JFR events make which profile. Order here is the order of the profiles out. */
const GROUPS: Group[] = [
  { kind: 'cpu', label: 'cpu', weight: 'count', events: ['jdk.ExecutionSample'] },
  { kind: 'wall', label: 'native', weight: 'count', events: ['jdk.NativeMethodSample'] },
  { kind: 'alloc', label: 'alloc', weight: 'bytes', events: ['jdk.ObjectAllocationSample', 'jdk.ObjectAllocationInNewTLAB'] },
  { kind: 'lock', label: 'lock', weight: 'duration', events: ['jdk.JavaMonitorEnter', 'jdk.JavaMonitorWait', 'jdk.ThreadPark'] },
  { kind: 'wall', label: 'io', weight: 'duration', events: ['jdk.SocketRead', 'jdk.SocketWrite', 'jdk.FileRead', 'jdk.FileWrite'] },
  { kind: 'wall', label: 'sleep', weight: 'duration', events: ['jdk.ThreadSleep'] },
];
const GROUP_OF = new Map(GROUPS.flatMap((g) => g.events.map((e) => [e, g] as const)));

const SAMPLE_TYPES: Record<Weight, { sampleTypes: { type: string; unit: string }[] }> = {
  count: { sampleTypes: [{ type: 'samples', unit: 'count' }] },
  bytes: { sampleTypes: [{ type: 'samples', unit: 'count' }, { type: 'alloc_space', unit: 'bytes' }] },
  duration: { sampleTypes: [{ type: 'events', unit: 'count' }, { type: 'delay', unit: 'nanoseconds' }] },
};

interface JfrFrame {
  method?: { type?: { name?: string }; name?: string };
  lineNumber?: number;
}
interface JfrEvent {
  type?: string;
  values?: {
    stackTrace?: { frames?: JfrFrame[]; truncated?: boolean } | null;
    sampledThread?: { javaName?: string | null; osName?: string | null } | null;
    eventThread?: { javaName?: string | null; osName?: string | null } | null;
    duration?: string;
    weight?: number;
    tlabSize?: number;
  };
}

/** ISO-8601 durations as `jfr print --json` writes them: PT0.02038204S, PT1M2.5S. */
export function durationNs(text: unknown, where: string): number {
  const m = typeof text === 'string' ? /^(-)?PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec(text) : null;
  if (!m || text === 'PT') throw badInput(where, `expected an ISO-8601 duration such as "PT0.5S", got ${JSON.stringify(text)}`);
  const seconds = Number(m[2] ?? 0) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0);
  const ns = m[1] ? 0 : Math.round(seconds * 1e9);
  if (ns > Number.MAX_SAFE_INTEGER) throw badInput(where, `duration ${text} is too long`);
  return ns;
}

/** "demo/HotApp$Inner" -> "demo.HotApp$Inner": Java's binary name, as stack traces print it. */
function className(internal: string): string {
  return internal.replace(/\//g, '.');
}

class JfrProfiles {
  private readonly builders = new Map<Group, ProfileBuilder>();
  truncated = 0;

  add(event: JfrEvent, where: string): void {
    const group = event.type === undefined ? undefined : GROUP_OF.get(event.type);
    if (!group) return; // other events (settings, GC, ...) are not profiles
    const v = event.values;
    if (typeof v !== 'object' || v === null) throw badInput(where, `${event.type} event has no "values" object`);
    const frames = v.stackTrace?.frames ?? [];
    if (!Array.isArray(frames)) throw badInput(where, `${event.type} "stackTrace.frames" must be an array`);
    if (v.stackTrace?.truncated) this.truncated++;
    let builder = this.builders.get(group);
    if (!builder) this.builders.set(group, (builder = new ProfileBuilder(SAMPLE_TYPES[group.weight])));
    // JFR sometimes cannot walk a stack; the event still counts, under a pseudo-frame.
    if (frames.length === 0) frames.push({ method: { type: { name: '' }, name: '(no stack trace)' } });
    const names: string[] = [];
    const stack = frames.map((f, i) => {
      const cls = f?.method?.type?.name;
      const method = f?.method?.name;
      if (typeof cls !== 'string' || typeof method !== 'string') throw badInput(where, `${event.type} frame ${i} needs method.type.name and method.name`);
      const name = className(cls);
      // JFR keeps no source file name: the class stands in for it.
      const line = typeof f.lineNumber === 'number' && Number.isInteger(f.lineNumber) && f.lineNumber > 0 ? f.lineNumber : 0;
      names.push(name ? `${name}.${method}` : method);
      return builder.frameId({ name: names[i]!, file: name, line, column: 0 });
    });
    const thread = v.sampledThread ?? v.eventThread;
    const threadName = typeof thread === 'object' ? (thread?.javaName ?? thread?.osName) : undefined;
    const state = jfrStateLabels(event.type!, names, v as Record<string, unknown>);
    const labels = typeof threadName === 'string' && threadName !== '' ? { thread: threadName, ...state } : state;
    if (group.weight === 'count') builder.addSample(stack, [1], labels);
    else if (group.weight === 'bytes') {
      const bytes = event.type === 'jdk.ObjectAllocationInNewTLAB' ? v.tlabSize : v.weight;
      if (typeof bytes !== 'number' || !Number.isSafeInteger(bytes) || bytes < 0) throw badInput(where, `${event.type} event needs a byte count ("${event.type === 'jdk.ObjectAllocationInNewTLAB' ? 'tlabSize' : 'weight'}")`);
      builder.addSample(stack, [1, bytes], labels);
    } else builder.addSample(stack, [1, durationNs(v.duration, where)], labels);
  }

  result(): ImportedProfile[] {
    return GROUPS.filter((g) => this.builders.has(g)).map((g) => ({
      kind: g.kind,
      sourceFormat: 'jfr',
      label: g.label,
      profile: this.builders.get(g)!.build(),
    }));
  }
}

/** Read a `jfr print --json` document from a stream into one profile per kind present. */
export async function readJfrJson(input: Readable, name: string): Promise<ImportedProfile[]> {
  const profiles = new JfrProfiles();
  for await (const item of jsonArrayItems(input, name, [['recording', 'events']], 'a `jfr print --json` export')) {
    const event = item.value as JfrEvent;
    if (typeof event !== 'object' || event === null || typeof event.type !== 'string') {
      throw badInput(`${name}:${item.line}`, 'expected a JFR event with a "type"');
    }
    profiles.add(event, `${name}:${item.line}`);
  }
  const out = profiles.result();
  if (out.length === 0) {
    throw badInput(name, `no profiling events; expected some of: ${[...GROUP_OF.keys()].join(', ')}`);
  }
  if (profiles.truncated > 0) {
    for (const p of out) p.profile.comments.push(`jfr: ${profiles.truncated} stack traces were truncated by the recording's stackdepth setting`);
  }
  return out;
}

export const jfrImporter: Importer = {
  format: 'jfr',
  describe: 'Java Flight Recorder recording (.jfr, via the JDK\'s `jfr print --json`) or its JSON export',
  sniff(head) {
    if (head.subarray(0, 4).equals(JFR_MAGIC)) return 'yes';
    const text = headText(head);
    return /^\{\s*"recording"\s*:\s*\{\s*"events"\s*:/.test(text) ? 'yes' : 'no';
  },
  async parse(source): Promise<ImportedProfile[]> {
    if (!source.head.subarray(0, 4).equals(JFR_MAGIC)) return readJfrJson(source.open(), source.name);
    if (source.name === 'stdin') throw usage('a .jfr recording must be given as a file path (jfr reads files, not pipes); or pipe its `jfr print --json` export');
    const args = ['print', '--json', '--stack-depth', STACK_DEPTH, '--events', [...GROUP_OF.keys()].join(','), source.name];
    return withTool(JFR_TOOL, args, { forWhat: `the JFR recording ${source.name}`, where: source.name }, (stdout) => readJfrJson(stdout, `${source.name} (jfr print --json output)`));
  },
};
