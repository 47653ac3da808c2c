/* IMPORTANT
 * This snapshot file is auto-generated, but designed for humans.
 * It should be checked into source control and tracked carefully.
 * Re-generate by setting TAP_SNAPSHOT=1 and running tests.
 * Make sure to inspect the output below.  Do not ignore changes!
 */
'use strict'
exports[`test/e2e/plan-bins.test.ts > TAP > plan items and tasks.md for the recorded fixture (golden) > plan items 1`] = `
{
  "type": "plan-item",
  "v": 1,
  "runId": "plan-e2e",
  "id": "PERF-001",
  "bottleneckId": "node-hot-loop#1",
  "title": "Lower the complexity of tokenize (hot-loop.js:9)",
  "description": "tokenize (<root>/test/fixtures/programs/node/hot-loop.js:9) holds 90.901% of profile node-hot-loop: a cpu bottleneck (hot-function, rule hot-function). Measured against total cpu time of profile node-hot-loop (an imported profile with no run metrics: the profile's total stands in for the main metric). Call path: run → evaluate → module top level of hot-loop.js → main → tokenize. Evidence: 90.901% of cpu (384937000 nanoseconds, 353 samples) charged to tokenize in <root>/test/fixtures/programs/node/hot-loop.js; hot line <root>/test/fixtures/programs/node/hot-loop.js:9 (57.917%): const c = text.charCodeAt(i);; rule hot-function: computation in this function (and the runtime code it calls) that no specific rule explains (threshold 1% of profile).",
  "strategy": "replace the algorithm in tokenize (<root>/test/fixtures/programs/node/hot-loop.js:9) by one of lower complexity for the input sizes seen, where it is called from main (<root>/test/fixtures/programs/node/hot-loop.js:42)",
  "strategyId": "better-algorithm",
  "expectedGainPct": {
    "low": 45.45,
    "expected": 72.72,
    "high": 88.17
  },
  "method": "Amdahl's law: p = 90.9% = its share of the cpu profile node-hot-loop (90.9%, counting its callees), taken as its share of cpu_total; f = 50–97% (expected 80%) of the bottleneck's time removed by better-algorithm (rule of thumb: at the profiled input size the better algorithm removes most of the time); gain = 100·p·f (time removed) → 45.45–88.17% (expected 72.72%).",
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
    "share": 0.90901,
    "speedup": {
      "low": 0.5,
      "expected": 0.8,
      "high": 0.97
    }
  },
  "function": "tokenize",
  "file": "<root>/test/fixtures/programs/node/hot-loop.js",
  "line": 9,
  "profileId": "node-hot-loop",
  "alternatives": [
    {
      "strategyId": "cache-result",
      "strategy": "memoize tokenize (<root>/test/fixtures/programs/node/hot-loop.js:9) by its inputs (a Map keyed by the arguments, bounded if the key space is open), where it is called from main (<root>/test/fixtures/programs/node/hot-loop.js:42), so a repeated call with the same inputs returns the stored result",
      "expectedGainPct": {
        "low": 54.54,
        "expected": 77.27,
        "high": 88.17
      }
    },
    {
      "strategyId": "hoist-invariant",
      "strategy": "move the work in tokenize (<root>/test/fixtures/programs/node/hot-loop.js:9) that does not depend on the loop variable or the request out of the loop (or to module load), where it is called from main (<root>/test/fixtures/programs/node/hot-loop.js:42)",
      "expectedGainPct": {
        "low": 36.36,
        "expected": 63.63,
        "high": 81.81
      }
    }
  ]
}
{
  "type": "plan-item",
  "v": 1,
  "runId": "plan-e2e",
  "id": "PERF-002",
  "bottleneckId": "node-hot-loop#2",
  "title": "Lower the complexity of main (hot-loop.js:46)",
  "description": "main (<root>/test/fixtures/programs/node/hot-loop.js:46) holds 2.3654% of profile node-hot-loop: a cpu bottleneck (hot-function, rule hot-function). Measured against total cpu time of profile node-hot-loop (an imported profile with no run metrics: the profile's total stands in for the main metric). Call path: run → evaluate → module top level of hot-loop.js → main. Evidence: 2.3654% of cpu (10017000 nanoseconds, 8 samples) charged to main in <root>/test/fixtures/programs/node/hot-loop.js; hot line <root>/test/fixtures/programs/node/hot-loop.js:46 (2.3654%): while (Date.now() < until) for (const line of lines) total ^= tokenize(line);; rule hot-function: computation in this function (and the runtime code it calls) that no specific rule explains (threshold 1% of profile).",
  "strategy": "replace the algorithm in main (<root>/test/fixtures/programs/node/hot-loop.js:46) by one of lower complexity for the input sizes seen, where it is called from module top level of hot-loop.js (<root>/test/fixtures/programs/node/hot-loop.js:1)",
  "strategyId": "better-algorithm",
  "expectedGainPct": {
    "low": 1.18,
    "expected": 1.89,
    "high": 2.29
  },
  "method": "Amdahl's law: p = 2.37% = its share of the cpu profile node-hot-loop (2.37%, counting its callees), taken as its share of cpu_total; f = 50–97% (expected 80%) of the bottleneck's time removed by better-algorithm (rule of thumb: at the profiled input size the better algorithm removes most of the time); gain = 100·p·f (time removed) → 1.18–2.29% (expected 1.89%).",
  "confidence": "medium",
  "verification": {
    "metric": "cpu_total",
    "target": "cpu_total from 423.47ms to ≤ 418.47ms",
    "commands": [
      "perf-profiler --input <root>/test/fixtures/profiles/node-hot-loop.cpuprofile --baseline .spec/reports/performance/plan-e2e/run.ndjson"
    ],
    "current": 423468000,
    "targetValue": 418471077.6,
    "unit": "nanoseconds",
    "direction": "lower-is-better",
    "regressionGuard": "add a benchmark of main at two input sizes that fails when the growth exceeds the new complexity"
  },
  "estimate": {
    "basis": "profile:node-hot-loop",
    "share": 0.023654,
    "speedup": {
      "low": 0.5,
      "expected": 0.8,
      "high": 0.97
    }
  },
  "function": "main",
  "file": "<root>/test/fixtures/programs/node/hot-loop.js",
  "line": 46,
  "profileId": "node-hot-loop",
  "alternatives": [
    {
      "strategyId": "cache-result",
      "strategy": "memoize main (<root>/test/fixtures/programs/node/hot-loop.js:46) by its inputs (a Map keyed by the arguments, bounded if the key space is open), where it is called from module top level of hot-loop.js (<root>/test/fixtures/programs/node/hot-loop.js:1), so a repeated call with the same inputs returns the stored result",
      "expectedGainPct": {
        "low": 1.42,
        "expected": 2.01,
        "high": 2.29
      }
    },
    {
      "strategyId": "hoist-invariant",
      "strategy": "move the work in main (<root>/test/fixtures/programs/node/hot-loop.js:46) that does not depend on the loop variable or the request out of the loop (or to module load), where it is called from module top level of hot-loop.js (<root>/test/fixtures/programs/node/hot-loop.js:1)",
      "expectedGainPct": {
        "low": 0.95,
        "expected": 1.66,
        "high": 2.13
      }
    }
  ]
}
{
  "type": "plan-item",
  "v": 1,
  "runId": "plan-e2e",
  "id": "PERF-003",
  "bottleneckId": "node-hot-loop#3",
  "title": "Lower the complexity of module top level of hot-loop.js (hot-loop.js:1)",
  "description": "module top level of hot-loop.js (<root>/test/fixtures/programs/node/hot-loop.js:1) holds 1.96% of profile node-hot-loop: a cpu bottleneck (hot-function, rule hot-function). Measured against total cpu time of profile node-hot-loop (an imported profile with no run metrics: the profile's total stands in for the main metric). Call path: run → evaluate → module top level of hot-loop.js. Evidence: 1.96% of cpu (8300000 nanoseconds, 8 samples) charged to module top level of hot-loop.js in <root>/test/fixtures/programs/node/hot-loop.js; inside: consoleCall 1.7066%; hot line <root>/test/fixtures/programs/node/hot-loop.js:1 (1.7066%): // A tiny real program with one planted hot function (tokenize), profiled by; rule hot-function: computation in this function (and the runtime code it calls) that no specific rule explains (threshold 1% of profile).",
  "strategy": "replace the algorithm in module top level of hot-loop.js (<root>/test/fixtures/programs/node/hot-loop.js:1) by one of lower complexity for the input sizes seen, where it is called from evaluate (no source file)",
  "strategyId": "better-algorithm",
  "expectedGainPct": {
    "low": 0.98,
    "expected": 1.57,
    "high": 1.9
  },
  "method": "Amdahl's law: p = 1.96% = its share of the cpu profile node-hot-loop (1.96%, counting its callees), taken as its share of cpu_total; f = 50–97% (expected 80%) of the bottleneck's time removed by better-algorithm (rule of thumb: at the profiled input size the better algorithm removes most of the time); gain = 100·p·f (time removed) → 0.98–1.9% (expected 1.57%).",
  "confidence": "medium",
  "verification": {
    "metric": "cpu_total",
    "target": "cpu_total from 423.47ms to ≤ 419.32ms",
    "commands": [
      "perf-profiler --input <root>/test/fixtures/profiles/node-hot-loop.cpuprofile --baseline .spec/reports/performance/plan-e2e/run.ndjson"
    ],
    "current": 423468000,
    "targetValue": 419318013.6,
    "unit": "nanoseconds",
    "direction": "lower-is-better",
    "regressionGuard": "add a benchmark of module top level of hot-loop.js at two input sizes that fails when the growth exceeds the new complexity"
  },
  "estimate": {
    "basis": "profile:node-hot-loop",
    "share": 0.0196,
    "speedup": {
      "low": 0.5,
      "expected": 0.8,
      "high": 0.97
    }
  },
  "function": "module top level of hot-loop.js",
  "file": "<root>/test/fixtures/programs/node/hot-loop.js",
  "line": 1,
  "profileId": "node-hot-loop",
  "alternatives": [
    {
      "strategyId": "cache-result",
      "strategy": "memoize module top level of hot-loop.js (<root>/test/fixtures/programs/node/hot-loop.js:1) by its inputs (a Map keyed by the arguments, bounded if the key space is open), where it is called from evaluate (no source file), so a repeated call with the same inputs returns the stored result",
      "expectedGainPct": {
        "low": 1.18,
        "expected": 1.67,
        "high": 1.9
      }
    },
    {
      "strategyId": "hoist-invariant",
      "strategy": "move the work in module top level of hot-loop.js (<root>/test/fixtures/programs/node/hot-loop.js:1) that does not depend on the loop variable or the request out of the loop (or to module load), where it is called from evaluate (no source file)",
      "expectedGainPct": {
        "low": 0.78,
        "expected": 1.37,
        "high": 1.76
      }
    }
  ]
}
{
  "type": "plan-item",
  "v": 1,
  "runId": "plan-e2e",
  "id": "PERF-004",
  "bottleneckId": "node-hot-loop#4",
  "title": "Lower the complexity of compileForInternalLoader (realm:383)",
  "description": "compileForInternalLoader (node:internal/bootstrap/realm:383) holds 1.7965% of profile node-hot-loop: a cpu bottleneck (hot-function, rule hot-function). Measured against total cpu time of profile node-hot-loop (an imported profile with no run metrics: the profile's total stands in for the main metric). Call path: getModuleJobForImport → #getJobFromResolveResult → #createModuleJob → loadAndTranslate → load → defaultLoad → getSource → requireBuiltin → compileForInternalLoader → (anonymous) → requireBuiltin → compileForInternalLoader. Evidence: 1.7965% of cpu (7608000 nanoseconds, 7 samples) charged to compileForInternalLoader in node:internal/bootstrap/realm; inside: compileForInternalLoader 1.7965%; rule hot-function: computation in this function (and the runtime code it calls) that no specific rule explains (threshold 1% of profile).",
  "strategy": "replace the algorithm in compileForInternalLoader (node:internal/bootstrap/realm:383) by one of lower complexity for the input sizes seen, where it is called from requireBuiltin (node:internal/bootstrap/realm:420)",
  "strategyId": "better-algorithm",
  "expectedGainPct": {
    "low": 0.9,
    "expected": 1.44,
    "high": 1.74
  },
  "method": "Amdahl's law: p = 1.8% = its share of the cpu profile node-hot-loop (1.8%, counting its callees), taken as its share of cpu_total; f = 50–97% (expected 80%) of the bottleneck's time removed by better-algorithm (rule of thumb: at the profiled input size the better algorithm removes most of the time); gain = 100·p·f (time removed) → 0.9–1.74% (expected 1.44%).",
  "confidence": "medium",
  "verification": {
    "metric": "cpu_total",
    "target": "cpu_total from 423.47ms to ≤ 419.66ms",
    "commands": [
      "perf-profiler --input <root>/test/fixtures/profiles/node-hot-loop.cpuprofile --baseline .spec/reports/performance/plan-e2e/run.ndjson"
    ],
    "current": 423468000,
    "targetValue": 419656788,
    "unit": "nanoseconds",
    "direction": "lower-is-better",
    "regressionGuard": "add a benchmark of compileForInternalLoader at two input sizes that fails when the growth exceeds the new complexity"
  },
  "estimate": {
    "basis": "profile:node-hot-loop",
    "share": 0.017965,
    "speedup": {
      "low": 0.5,
      "expected": 0.8,
      "high": 0.97
    }
  },
  "function": "compileForInternalLoader",
  "file": "node:internal/bootstrap/realm",
  "line": 383,
  "profileId": "node-hot-loop",
  "alternatives": [
    {
      "strategyId": "cache-result",
      "strategy": "memoize compileForInternalLoader (node:internal/bootstrap/realm:383) by its inputs (a Map keyed by the arguments, bounded if the key space is open), where it is called from requireBuiltin (node:internal/bootstrap/realm:420), so a repeated call with the same inputs returns the stored result",
      "expectedGainPct": {
        "low": 1.08,
        "expected": 1.53,
        "high": 1.74
      }
    },
    {
      "strategyId": "hoist-invariant",
      "strategy": "move the work in compileForInternalLoader (node:internal/bootstrap/realm:383) that does not depend on the loop variable or the request out of the loop (or to module load), where it is called from requireBuiltin (node:internal/bootstrap/realm:420)",
      "expectedGainPct": {
        "low": 0.72,
        "expected": 1.26,
        "high": 1.62
      }
    }
  ]
}
`

exports[`test/e2e/plan-bins.test.ts > TAP > plan items and tasks.md for the recorded fixture (golden) > plan.md 1`] = `
# Optimization plan: plan-e2e

4 items, ordered by expected gain. Gains are percentages of the metric named in each item.

| id | task | expected gain | confidence |
| --- | --- | --- | --- |
| [PERF-001](#perf-001) | Lower the complexity of tokenize (hot-loop.js:9) | 72.72% (range 45.45–88.17%) | medium |
| [PERF-002](#perf-002) | Lower the complexity of main (hot-loop.js:46) | 1.89% (range 1.18–2.29%) | medium |
| [PERF-003](#perf-003) | Lower the complexity of module top level of hot-loop.js (hot-loop.js:1) | 1.57% (range 0.98–1.9%) | medium |
| [PERF-004](#perf-004) | Lower the complexity of compileForInternalLoader (realm:383) | 1.44% (range 0.9–1.74%) | medium |

## Combined estimate

Doing every item: the shares each strategy removes are combined first, counting each sample once (a nested
bottleneck's time lies inside its parent's, so the parent's or the child's strategy claims it, whichever removes more),
then Amdahl's law is applied once. This is not the sum of the items' gains.

| metric | items | share of the metric removed | gain |
| --- | --- | --- | --- |
| cpu_total | PERF-001, PERF-002, PERF-003, PERF-004 | 48.51–94.11% (expected 77.62%) | 77.62% (range 48.51–94.11%) |

## Items

<a id="perf-001"></a>

### PERF-001: Lower the complexity of tokenize (hot-loop.js:9)

- **What and where**: tokenize (<root>/test/fixtures/programs/node/hot-loop.js:9) holds 90.901% of profile node-hot-loop: a cpu bottleneck (hot-function, rule hot-function). Measured against total cpu time of profile node-hot-loop (an imported profile with no run metrics: the profile's total stands in for the main metric). Call path: run → evaluate → module top level of hot-loop.js → main → tokenize. Evidence: 90.901% of cpu (384937000 nanoseconds, 353 samples) charged to tokenize in <root>/test/fixtures/programs/node/hot-loop.js; hot line <root>/test/fixtures/programs/node/hot-loop.js:9 (57.917%): const c = text.charCodeAt(i);; rule hot-function: computation in this function (and the runtime code it calls) that no specific rule explains (threshold 1% of profile).
- **Strategy** (\`better-algorithm\`): replace the algorithm in tokenize (<root>/test/fixtures/programs/node/hot-loop.js:9) by one of lower complexity for the input sizes seen, where it is called from main (<root>/test/fixtures/programs/node/hot-loop.js:42)
- **Expected gain**: 72.72% (range 45.45–88.17%) of cpu_total, confidence medium
- **Method**: Amdahl's law: p = 90.9% = its share of the cpu profile node-hot-loop (90.9%, counting its callees), taken as its share of cpu_total; f = 50–97% (expected 80%) of the bottleneck's time removed by better-algorithm (rule of thumb: at the profiled input size the better algorithm removes most of the time); gain = 100·p·f (time removed) → 45.45–88.17% (expected 72.72%).
- **Alternative** (\`cache-result\`, 77.27% (range 54.54–88.17%)): memoize tokenize (<root>/test/fixtures/programs/node/hot-loop.js:9) by its inputs (a Map keyed by the arguments, bounded if the key space is open), where it is called from main (<root>/test/fixtures/programs/node/hot-loop.js:42), so a repeated call with the same inputs returns the stored result
- **Alternative** (\`hoist-invariant\`, 63.63% (range 36.36–81.81%)): move the work in tokenize (<root>/test/fixtures/programs/node/hot-loop.js:9) that does not depend on the loop variable or the request out of the loop (or to module load), where it is called from main (<root>/test/fixtures/programs/node/hot-loop.js:42)
- **Target**: cpu_total from 423.47ms to ≤ 231ms (metric cpu_total, current 423.47ms, target ≤ 231ms; the low end of the estimate)
- **Verify** (re-measure with this run as the baseline):

  \`\`\`sh
  perf-profiler --input <root>/test/fixtures/profiles/node-hot-loop.cpuprofile --baseline .spec/reports/performance/plan-e2e/run.ndjson
  \`\`\`

- **Guard against regression**: add a benchmark of tokenize at two input sizes that fails when the growth exceeds the new complexity

<a id="perf-002"></a>

### PERF-002: Lower the complexity of main (hot-loop.js:46)

- **What and where**: main (<root>/test/fixtures/programs/node/hot-loop.js:46) holds 2.3654% of profile node-hot-loop: a cpu bottleneck (hot-function, rule hot-function). Measured against total cpu time of profile node-hot-loop (an imported profile with no run metrics: the profile's total stands in for the main metric). Call path: run → evaluate → module top level of hot-loop.js → main. Evidence: 2.3654% of cpu (10017000 nanoseconds, 8 samples) charged to main in <root>/test/fixtures/programs/node/hot-loop.js; hot line <root>/test/fixtures/programs/node/hot-loop.js:46 (2.3654%): while (Date.now() < until) for (const line of lines) total ^= tokenize(line);; rule hot-function: computation in this function (and the runtime code it calls) that no specific rule explains (threshold 1% of profile).
- **Strategy** (\`better-algorithm\`): replace the algorithm in main (<root>/test/fixtures/programs/node/hot-loop.js:46) by one of lower complexity for the input sizes seen, where it is called from module top level of hot-loop.js (<root>/test/fixtures/programs/node/hot-loop.js:1)
- **Expected gain**: 1.89% (range 1.18–2.29%) of cpu_total, confidence medium
- **Method**: Amdahl's law: p = 2.37% = its share of the cpu profile node-hot-loop (2.37%, counting its callees), taken as its share of cpu_total; f = 50–97% (expected 80%) of the bottleneck's time removed by better-algorithm (rule of thumb: at the profiled input size the better algorithm removes most of the time); gain = 100·p·f (time removed) → 1.18–2.29% (expected 1.89%).
- **Alternative** (\`cache-result\`, 2.01% (range 1.42–2.29%)): memoize main (<root>/test/fixtures/programs/node/hot-loop.js:46) by its inputs (a Map keyed by the arguments, bounded if the key space is open), where it is called from module top level of hot-loop.js (<root>/test/fixtures/programs/node/hot-loop.js:1), so a repeated call with the same inputs returns the stored result
- **Alternative** (\`hoist-invariant\`, 1.66% (range 0.95–2.13%)): move the work in main (<root>/test/fixtures/programs/node/hot-loop.js:46) that does not depend on the loop variable or the request out of the loop (or to module load), where it is called from module top level of hot-loop.js (<root>/test/fixtures/programs/node/hot-loop.js:1)
- **Target**: cpu_total from 423.47ms to ≤ 418.47ms (metric cpu_total, current 423.47ms, target ≤ 418.47ms; the low end of the estimate)
- **Verify** (re-measure with this run as the baseline):

  \`\`\`sh
  perf-profiler --input <root>/test/fixtures/profiles/node-hot-loop.cpuprofile --baseline .spec/reports/performance/plan-e2e/run.ndjson
  \`\`\`

- **Guard against regression**: add a benchmark of main at two input sizes that fails when the growth exceeds the new complexity

<a id="perf-003"></a>

### PERF-003: Lower the complexity of module top level of hot-loop.js (hot-loop.js:1)

- **What and where**: module top level of hot-loop.js (<root>/test/fixtures/programs/node/hot-loop.js:1) holds 1.96% of profile node-hot-loop: a cpu bottleneck (hot-function, rule hot-function). Measured against total cpu time of profile node-hot-loop (an imported profile with no run metrics: the profile's total stands in for the main metric). Call path: run → evaluate → module top level of hot-loop.js. Evidence: 1.96% of cpu (8300000 nanoseconds, 8 samples) charged to module top level of hot-loop.js in <root>/test/fixtures/programs/node/hot-loop.js; inside: consoleCall 1.7066%; hot line <root>/test/fixtures/programs/node/hot-loop.js:1 (1.7066%): // A tiny real program with one planted hot function (tokenize), profiled by; rule hot-function: computation in this function (and the runtime code it calls) that no specific rule explains (threshold 1% of profile).
- **Strategy** (\`better-algorithm\`): replace the algorithm in module top level of hot-loop.js (<root>/test/fixtures/programs/node/hot-loop.js:1) by one of lower complexity for the input sizes seen, where it is called from evaluate (no source file)
- **Expected gain**: 1.57% (range 0.98–1.9%) of cpu_total, confidence medium
- **Method**: Amdahl's law: p = 1.96% = its share of the cpu profile node-hot-loop (1.96%, counting its callees), taken as its share of cpu_total; f = 50–97% (expected 80%) of the bottleneck's time removed by better-algorithm (rule of thumb: at the profiled input size the better algorithm removes most of the time); gain = 100·p·f (time removed) → 0.98–1.9% (expected 1.57%).
- **Alternative** (\`cache-result\`, 1.67% (range 1.18–1.9%)): memoize module top level of hot-loop.js (<root>/test/fixtures/programs/node/hot-loop.js:1) by its inputs (a Map keyed by the arguments, bounded if the key space is open), where it is called from evaluate (no source file), so a repeated call with the same inputs returns the stored result
- **Alternative** (\`hoist-invariant\`, 1.37% (range 0.78–1.76%)): move the work in module top level of hot-loop.js (<root>/test/fixtures/programs/node/hot-loop.js:1) that does not depend on the loop variable or the request out of the loop (or to module load), where it is called from evaluate (no source file)
- **Target**: cpu_total from 423.47ms to ≤ 419.32ms (metric cpu_total, current 423.47ms, target ≤ 419.32ms; the low end of the estimate)
- **Verify** (re-measure with this run as the baseline):

  \`\`\`sh
  perf-profiler --input <root>/test/fixtures/profiles/node-hot-loop.cpuprofile --baseline .spec/reports/performance/plan-e2e/run.ndjson
  \`\`\`

- **Guard against regression**: add a benchmark of module top level of hot-loop.js at two input sizes that fails when the growth exceeds the new complexity

<a id="perf-004"></a>

### PERF-004: Lower the complexity of compileForInternalLoader (realm:383)

- **What and where**: compileForInternalLoader (node:internal/bootstrap/realm:383) holds 1.7965% of profile node-hot-loop: a cpu bottleneck (hot-function, rule hot-function). Measured against total cpu time of profile node-hot-loop (an imported profile with no run metrics: the profile's total stands in for the main metric). Call path: getModuleJobForImport → #getJobFromResolveResult → #createModuleJob → loadAndTranslate → load → defaultLoad → getSource → requireBuiltin → compileForInternalLoader → (anonymous) → requireBuiltin → compileForInternalLoader. Evidence: 1.7965% of cpu (7608000 nanoseconds, 7 samples) charged to compileForInternalLoader in node:internal/bootstrap/realm; inside: compileForInternalLoader 1.7965%; rule hot-function: computation in this function (and the runtime code it calls) that no specific rule explains (threshold 1% of profile).
- **Strategy** (\`better-algorithm\`): replace the algorithm in compileForInternalLoader (node:internal/bootstrap/realm:383) by one of lower complexity for the input sizes seen, where it is called from requireBuiltin (node:internal/bootstrap/realm:420)
- **Expected gain**: 1.44% (range 0.9–1.74%) of cpu_total, confidence medium
- **Method**: Amdahl's law: p = 1.8% = its share of the cpu profile node-hot-loop (1.8%, counting its callees), taken as its share of cpu_total; f = 50–97% (expected 80%) of the bottleneck's time removed by better-algorithm (rule of thumb: at the profiled input size the better algorithm removes most of the time); gain = 100·p·f (time removed) → 0.9–1.74% (expected 1.44%).
- **Alternative** (\`cache-result\`, 1.53% (range 1.08–1.74%)): memoize compileForInternalLoader (node:internal/bootstrap/realm:383) by its inputs (a Map keyed by the arguments, bounded if the key space is open), where it is called from requireBuiltin (node:internal/bootstrap/realm:420), so a repeated call with the same inputs returns the stored result
- **Alternative** (\`hoist-invariant\`, 1.26% (range 0.72–1.62%)): move the work in compileForInternalLoader (node:internal/bootstrap/realm:383) that does not depend on the loop variable or the request out of the loop (or to module load), where it is called from requireBuiltin (node:internal/bootstrap/realm:420)
- **Target**: cpu_total from 423.47ms to ≤ 419.66ms (metric cpu_total, current 423.47ms, target ≤ 419.66ms; the low end of the estimate)
- **Verify** (re-measure with this run as the baseline):

  \`\`\`sh
  perf-profiler --input <root>/test/fixtures/profiles/node-hot-loop.cpuprofile --baseline .spec/reports/performance/plan-e2e/run.ndjson
  \`\`\`

- **Guard against regression**: add a benchmark of compileForInternalLoader at two input sizes that fails when the growth exceeds the new complexity

`

exports[`test/e2e/plan-bins.test.ts > TAP > plan items and tasks.md for the recorded fixture (golden) > tasks.md 1`] = `
# Performance tasks: plan-e2e

From the optimization plan [plan.md](plan.md), ordered by expected gain.

- [ ] PERF-001 Lower the complexity of tokenize (hot-loop.js:9)
  - Target: metric cpu_total, current 423.47ms, target ≤ 231ms
  - Estimated gain: 72.72% (range 45.45–88.17%) of cpu_total (confidence medium)
  - Plan: [PERF-001](plan.md#perf-001)
  - Verify: \`perf-profiler --input <root>/test/fixtures/profiles/node-hot-loop.cpuprofile --baseline .spec/reports/performance/plan-e2e/run.ndjson\`
  - Guard: add a benchmark of tokenize at two input sizes that fails when the growth exceeds the new complexity
- [ ] PERF-002 Lower the complexity of main (hot-loop.js:46)
  - Target: metric cpu_total, current 423.47ms, target ≤ 418.47ms
  - Estimated gain: 1.89% (range 1.18–2.29%) of cpu_total (confidence medium)
  - Plan: [PERF-002](plan.md#perf-002)
  - Verify: \`perf-profiler --input <root>/test/fixtures/profiles/node-hot-loop.cpuprofile --baseline .spec/reports/performance/plan-e2e/run.ndjson\`
  - Guard: add a benchmark of main at two input sizes that fails when the growth exceeds the new complexity
- [ ] PERF-003 Lower the complexity of module top level of hot-loop.js (hot-loop.js:1)
  - Target: metric cpu_total, current 423.47ms, target ≤ 419.32ms
  - Estimated gain: 1.57% (range 0.98–1.9%) of cpu_total (confidence medium)
  - Plan: [PERF-003](plan.md#perf-003)
  - Verify: \`perf-profiler --input <root>/test/fixtures/profiles/node-hot-loop.cpuprofile --baseline .spec/reports/performance/plan-e2e/run.ndjson\`
  - Guard: add a benchmark of module top level of hot-loop.js at two input sizes that fails when the growth exceeds the new complexity
- [ ] PERF-004 Lower the complexity of compileForInternalLoader (realm:383)
  - Target: metric cpu_total, current 423.47ms, target ≤ 419.66ms
  - Estimated gain: 1.44% (range 0.9–1.74%) of cpu_total (confidence medium)
  - Plan: [PERF-004](plan.md#perf-004)
  - Verify: \`perf-profiler --input <root>/test/fixtures/profiles/node-hot-loop.cpuprofile --baseline .spec/reports/performance/plan-e2e/run.ndjson\`
  - Guard: add a benchmark of compileForInternalLoader at two input sizes that fails when the growth exceeds the new complexity

`
