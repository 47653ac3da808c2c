#!/usr/bin/env bash
# The verification loop on the demo (make demo-verify): a baseline run of the
# `verify` scenario, then three runs gated against it at 10%: the same code
# (A/A: passes, no item done), the search fixed (A/B: its items done, the
# others not), and a planted regression in /orders (exit 3 naming
# findRepeatCustomers). Each run's report lands under .spec/verify/<name>/.
set -uo pipefail
cd "$(dirname "$0")"
bin=../../dist/bin/perf-profiler.js
out=.spec/verify
rm -rf "$out" && mkdir -p "$out"/{base,same,fixed,regressed}
node "$bin" --run-profile --scenario verify --repeat 3 --root "$out/base" >/dev/null || exit 1
base=$(ls "$out"/base/.spec/reports/performance/*/run.ndjson)
status=0
for run in same: fixed:FIX=search regressed:REGRESS=orders; do
  name=${run%%:*}
  switch=${run#*:}
  env $switch node "$bin" --run-profile --scenario verify --baseline "$base" --fail-on-regression 10 --root "$out/$name" >/dev/null 2>"$out/$name.stderr"
  code=$?
  echo "== $name (${switch:-no switch}): exit $code"
  grep -E '^perf-analyze: (passed|regression|inconclusive)' "$out/$name.stderr"
  report=$(ls "$out/$name"/.spec/reports/performance/*/report.md)
  grep -E '^\| PERF-[0-9]+ ' "$report" | cut -d'|' -f2,4 | sed 's/^/   /'
  case $name in same|fixed) [ $code -eq 0 ] || status=1 ;; regressed) [ $code -eq 3 ] || status=1 ;; esac
done
exit $status
