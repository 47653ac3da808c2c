// perf-plan: passes every record through and adds plan items for the
// bottlenecks it receives. Planning strategies plug in through planFor.

import { usage } from '../errors.js';
import { isType, type BottleneckRecord, type PlanItemRecord } from '../records/types.js';
import type { CliIO } from './io.js';
import { runStage } from './stage.js';

export interface PlanOptions {
  minGain: number;
  verbose: boolean;
}

/** No strategy catalog yet: a bottleneck gets no invented plan item. */
export function planFor(_bottleneck: BottleneckRecord): PlanItemRecord[] {
  return [];
}

export async function runPlan(options: PlanOptions, io: CliIO): Promise<number> {
  if (!Number.isFinite(options.minGain) || options.minGain < 0) throw usage(`--min-gain must be a percentage of at least 0, got ${options.minGain}`);
  const bottlenecks: BottleneckRecord[] = [];
  return runStage(io, 'perf-plan', {
    onRecord(record) {
      if (isType(record, 'bottleneck')) bottlenecks.push(record);
      return false;
    },
    async onEnd(out) {
      for (const b of bottlenecks) {
        for (const item of planFor(b)) {
          if (item.expectedGainPct.expected >= options.minGain) await out.write(item);
        }
      }
    },
  });
}
