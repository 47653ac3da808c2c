/* IMPORTANT
 * This snapshot file is auto-generated, but designed for humans.
 * It should be checked into source control and tracked carefully.
 * Re-generate by setting TAP_SNAPSHOT=1 and running tests.
 * Make sure to inspect the output below.  Do not ignore changes!
 */
'use strict'
exports[`test/plan/bins.test.ts > TAP > plan items and tasks.md for the recorded fixture (golden) > plan items 1`] = `
{
  "type": "plan-item",
  "v": 1,
  "runId": "plan-e2e",
  "id": "PERF-001",
  "bottleneckId": "B2",
  "title": "Lower the complexity of tokenize (hot-loop.js:9)",
  "description": "tokenize (<root>/test/fixtures/programs/node/hot-loop.js:9) holds 90.9011% of profile node-hot-loop: a cpu bottleneck (hot-function). Measured against total cpu time of profile node-hot-loop (an imported profile with no run metrics: the profile's total stands in for the main metric). Call path: main → tokenize. Evidence: 90.9011% self.",
  "strategy": "replace the algorithm in tokenize (<root>/test/fixtures/programs/node/hot-loop.js:9) by one of lower complexity for the input sizes seen, where it is called from main (<root>/test/fixtures/programs/node/hot-loop.js:46)",
  "strategyId": "better-algorithm",
  "expectedGainPct": {
    "low": 45.45,
    "expected": 72.72,
    "high": 88.17
  },
  "method": "Amdahl's law: p = 90.9% = its share of the cpu profile node-hot-loop (90.9%, counting its callees), taken as its share of cpu_total; f = 50–97% (expected 80%) of the bottleneck's time removed by better-algorithm (rule of thumb: at the profiled input size the better algorithm removes most of the time); gain = 100·p·f (time removed) → 45.45–88.17% (expected 72.72%). This time lies inside bottleneck B1: not additive with its item (the combined estimate counts it once).",
  "confidence": "medium",
  "verification": {
    "metric": "cpu_total",
    "target": "cpu_total from 423.47ms to ≤ 231ms",
    "commands": [
      "perf-profiler --input <root>/test/fixtures/profiles/node-hot-loop.cpuprofile --baseline .spec/reports/performance/plan-e2e/run.ndjson"
    ],
    "current": 423468000,
    "targetValue": 231001794,
    "unit": "nanoseconds",
    "direction": "lower-is-better",
    "regressionGuard": "add a benchmark of tokenize at two input sizes that fails when the growth exceeds the new complexity"
  },
  "estimate": {
    "basis": "profile:node-hot-loop",
    "share": 0.909011,
    "speedup": {
      "low": 0.5,
      "expected": 0.8,
      "high": 0.97
    },
    "parentBottleneckId": "B1"
  },
  "function": "tokenize",
  "file": "<root>/test/fixtures/programs/node/hot-loop.js",
  "line": 9,
  "profileId": "node-hot-loop",
  "alternatives": [
    {
      "strategyId": "cache-result",
      "strategy": "memoize tokenize (<root>/test/fixtures/programs/node/hot-loop.js:9) by its inputs (a Map keyed by the arguments, bounded if the key space is open), where it is called from main (<root>/test/fixtures/programs/node/hot-loop.js:46), so a repeated call with the same inputs returns the stored result",
      "expectedGainPct": {
        "low": 54.54,
        "expected": 77.27,
        "high": 88.17
      }
    }
  ]
}
{
  "type": "plan-item",
  "v": 1,
  "runId": "plan-e2e",
  "id": "PERF-002",
  "bottleneckId": "B1",
  "title": "Hoist invariant work out of main (hot-loop.js:46)",
  "description": "main (<root>/test/fixtures/programs/node/hot-loop.js:46) holds 92.8627% of profile node-hot-loop: a cpu bottleneck (hot-loop). Measured against total cpu time of profile node-hot-loop (an imported profile with no run metrics: the profile's total stands in for the main metric). Call path: main. Evidence: 92.8627% of CPU samples under main.",
  "strategy": "move the work in main (<root>/test/fixtures/programs/node/hot-loop.js:46) that does not depend on the loop variable or the request out of the loop (or to module load)",
  "strategyId": "hoist-invariant",
  "expectedGainPct": {
    "low": 37.15,
    "expected": 65,
    "high": 83.58
  },
  "method": "Amdahl's law: p = 92.86% = its share of the cpu profile node-hot-loop (92.86%, counting its callees), taken as its share of cpu_total; f = 40–90% (expected 70%) of the bottleneck's time removed by hoist-invariant (rule of thumb: the invariant part runs once instead of once per iteration); gain = 100·p·f (time removed) → 37.15–83.58% (expected 65%).",
  "confidence": "medium",
  "verification": {
    "metric": "cpu_total",
    "target": "cpu_total from 423.47ms to ≤ 266.15ms",
    "commands": [
      "perf-profiler --input <root>/test/fixtures/profiles/node-hot-loop.cpuprofile --baseline .spec/reports/performance/plan-e2e/run.ndjson"
    ],
    "current": 423468000,
    "targetValue": 266149638,
    "unit": "nanoseconds",
    "direction": "lower-is-better",
    "regressionGuard": "add a benchmark that calls main on a representative input and fails when it is slower than the time measured after the change"
  },
  "estimate": {
    "basis": "profile:node-hot-loop",
    "share": 0.928627,
    "speedup": {
      "low": 0.4,
      "expected": 0.7,
      "high": 0.9
    }
  },
  "function": "main",
  "file": "<root>/test/fixtures/programs/node/hot-loop.js",
  "line": 46,
  "profileId": "node-hot-loop"
}
`

exports[`test/plan/bins.test.ts > TAP > plan items and tasks.md for the recorded fixture (golden) > plan.md 1`] = `
# Optimization plan: plan-e2e

2 items, ordered by expected gain. Gains are percentages of the metric named in each item.

| id | task | expected gain | confidence |
| --- | --- | --- | --- |
| [PERF-001](#perf-001) | Lower the complexity of tokenize (hot-loop.js:9) | 72.72% (range 45.45–88.17%) | medium |
| [PERF-002](#perf-002) | Hoist invariant work out of main (hot-loop.js:46) | 65% (range 37.15–83.58%) | medium |

## Combined estimate

Doing every item: the shares each strategy removes are combined first, counting each sample once (a nested
bottleneck's time lies inside its parent's, so the parent's or the child's strategy claims it, whichever removes more),
then Amdahl's law is applied once. This is not the sum of the items' gains.

| metric | items | share of the metric removed | gain |
| --- | --- | --- | --- |
| cpu_total | PERF-001, PERF-002 | 46.24–89.94% (expected 74.09%) | 74.09% (range 46.24–89.94%) |

## Items

<a id="perf-001"></a>

### PERF-001: Lower the complexity of tokenize (hot-loop.js:9)

- **What and where**: tokenize (<root>/test/fixtures/programs/node/hot-loop.js:9) holds 90.9011% of profile node-hot-loop: a cpu bottleneck (hot-function). Measured against total cpu time of profile node-hot-loop (an imported profile with no run metrics: the profile's total stands in for the main metric). Call path: main → tokenize. Evidence: 90.9011% self.
- **Strategy** (\`better-algorithm\`): replace the algorithm in tokenize (<root>/test/fixtures/programs/node/hot-loop.js:9) by one of lower complexity for the input sizes seen, where it is called from main (<root>/test/fixtures/programs/node/hot-loop.js:46)
- **Expected gain**: 72.72% (range 45.45–88.17%) of cpu_total, confidence medium
- **Method**: Amdahl's law: p = 90.9% = its share of the cpu profile node-hot-loop (90.9%, counting its callees), taken as its share of cpu_total; f = 50–97% (expected 80%) of the bottleneck's time removed by better-algorithm (rule of thumb: at the profiled input size the better algorithm removes most of the time); gain = 100·p·f (time removed) → 45.45–88.17% (expected 72.72%). This time lies inside bottleneck B1: not additive with its item (the combined estimate counts it once).
- **Nested**: inside bottleneck B1; its gain is not additive with that item's.
- **Alternative** (\`cache-result\`, 77.27% (range 54.54–88.17%)): memoize tokenize (<root>/test/fixtures/programs/node/hot-loop.js:9) by its inputs (a Map keyed by the arguments, bounded if the key space is open), where it is called from main (<root>/test/fixtures/programs/node/hot-loop.js:46), so a repeated call with the same inputs returns the stored result
- **Target**: cpu_total from 423.47ms to ≤ 231ms (metric cpu_total, current 423.47ms, target ≤ 231ms; the low end of the estimate)
- **Verify** (re-measure with this run as the baseline):

  \`\`\`sh
  perf-profiler --input <root>/test/fixtures/profiles/node-hot-loop.cpuprofile --baseline .spec/reports/performance/plan-e2e/run.ndjson
  \`\`\`

- **Guard against regression**: add a benchmark of tokenize at two input sizes that fails when the growth exceeds the new complexity

<a id="perf-002"></a>

### PERF-002: Hoist invariant work out of main (hot-loop.js:46)

- **What and where**: main (<root>/test/fixtures/programs/node/hot-loop.js:46) holds 92.8627% of profile node-hot-loop: a cpu bottleneck (hot-loop). Measured against total cpu time of profile node-hot-loop (an imported profile with no run metrics: the profile's total stands in for the main metric). Call path: main. Evidence: 92.8627% of CPU samples under main.
- **Strategy** (\`hoist-invariant\`): move the work in main (<root>/test/fixtures/programs/node/hot-loop.js:46) that does not depend on the loop variable or the request out of the loop (or to module load)
- **Expected gain**: 65% (range 37.15–83.58%) of cpu_total, confidence medium
- **Method**: Amdahl's law: p = 92.86% = its share of the cpu profile node-hot-loop (92.86%, counting its callees), taken as its share of cpu_total; f = 40–90% (expected 70%) of the bottleneck's time removed by hoist-invariant (rule of thumb: the invariant part runs once instead of once per iteration); gain = 100·p·f (time removed) → 37.15–83.58% (expected 65%).
- **Target**: cpu_total from 423.47ms to ≤ 266.15ms (metric cpu_total, current 423.47ms, target ≤ 266.15ms; the low end of the estimate)
- **Verify** (re-measure with this run as the baseline):

  \`\`\`sh
  perf-profiler --input <root>/test/fixtures/profiles/node-hot-loop.cpuprofile --baseline .spec/reports/performance/plan-e2e/run.ndjson
  \`\`\`

- **Guard against regression**: add a benchmark that calls main on a representative input and fails when it is slower than the time measured after the change

`

exports[`test/plan/bins.test.ts > TAP > plan items and tasks.md for the recorded fixture (golden) > tasks.md 1`] = `
# Performance tasks: plan-e2e

From the optimization plan [plan.md](plan.md), ordered by expected gain.

- [ ] PERF-001 Lower the complexity of tokenize (hot-loop.js:9)
  - Target: metric cpu_total, current 423.47ms, target ≤ 231ms
  - Estimated gain: 72.72% (range 45.45–88.17%) of cpu_total (confidence medium)
  - Plan: [PERF-001](plan.md#perf-001)
  - Verify: \`perf-profiler --input <root>/test/fixtures/profiles/node-hot-loop.cpuprofile --baseline .spec/reports/performance/plan-e2e/run.ndjson\`
  - Guard: add a benchmark of tokenize at two input sizes that fails when the growth exceeds the new complexity
- [ ] PERF-002 Hoist invariant work out of main (hot-loop.js:46)
  - Target: metric cpu_total, current 423.47ms, target ≤ 266.15ms
  - Estimated gain: 65% (range 37.15–83.58%) of cpu_total (confidence medium)
  - Plan: [PERF-002](plan.md#perf-002)
  - Verify: \`perf-profiler --input <root>/test/fixtures/profiles/node-hot-loop.cpuprofile --baseline .spec/reports/performance/plan-e2e/run.ndjson\`
  - Guard: add a benchmark that calls main on a representative input and fails when it is slower than the time measured after the change

`
