# Everyday targets. `make help` lists them.
NODE_BIN := node_modules/.bin
FIXTURE  := test/fixtures/profiles/go-cpu.pb.gz

.PHONY: help install build lint test example demo demo-verify bench fuzz golden clean calibrate

help:
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

node_modules: package.json
	npm ci --no-audit --no-fund || npm install --no-audit --no-fund
	@touch node_modules

install: node_modules ## install npm dependencies

build: node_modules ## compile TypeScript into dist/, and the record validators (lib/records/precompiled.ts)
	$(NODE_BIN)/tsc -p tsconfig.json
	node dist/lib/records/precompiled.js
	@chmod +x dist/bin/*.js

lint: node_modules ## type-check lib, bin, bench and test/ without emitting
	$(NODE_BIN)/tsc -p tsconfig.test.json

test: build ## type-check test/ (a broken import fails here, not minutes in), then run the suite (tap)
	$(NODE_BIN)/tsc -p tsconfig.test.json
	$(NODE_BIN)/tap

example: build ## show the pipe on a bundled fixture; writes under ./.spec/reports/
	node dist/bin/perf-collect.js --input $(FIXTURE) | node dist/bin/perf-analyze.js --top 10 \
	  | node dist/bin/perf-plan.js | node dist/bin/perf-apply.js --root .

fuzz: build ## fuzz every decoder with 10,000 cases each (FUZZ_SEED to reproduce)
	FUZZ_RUNS=$${FUZZ_RUNS:-10000} $(NODE_BIN)/tap --timeout=1800 test/fuzz/*.test.ts

calibrate: build ## measure planted slow/fixed programs and check the plan's gain ranges (bench/results/calibration.md)
	node bench/calibration/calibrate.mjs
	node bench/calibration/baseline.mjs
	CALIBRATE_TABLE_ONLY=1 node bench/calibration/calibrate.mjs

bench: build calibrate ## run the benchmarks side by side with go tool pprof (and FlameGraph if FLAMEGRAPH_DIR is set); calibration included
	node dist/bench/run.js

demo: build ## the main job on the bundled demo service: profile it under load, report in examples/demo-service/.spec/reports/performance/
	cd examples/demo-service && node ../../dist/bin/perf-profiler.js --run-profile --scenario api-stress-test

demo-verify: build ## the verification loop on the demo: a baseline, then the same code, the search fixed and a planted regression, each gated at 10%
	bash examples/demo-service/verify.sh

golden: build ## regenerate golden files (tap snapshots)
	TAP_SNAPSHOT=1 $(NODE_BIN)/tap

clean: ## remove build output and reports
	rm -rf dist .tap .spec
