# Explorateur FTAP — every command a developer or CI needs.
#   make serve   build and serve the app on http://127.0.0.1:8080 (installs tools if missing)
#   make test    fmt, clippy, native tests, release build, browser end-to-end tests
#   make dist    release build in dist/
#   make size    raw and gzip sizes of what dist/ serves
#   make reproducible  two clean release builds must give byte-identical dist/
#   make fuzz    fuzz the URL decoder, the data validator, the CSV opener and the mapping
#                inference, FUZZ_SECONDS each (cargo-fuzz, nightly)
#   make bench-load  time to first rendered table in headless Chromium, cold cache
#   make bench   criterion benchmarks of the core (BENCH_SIZES=1000,10000,100000,1000000)
#   make bench-peers  our engine (wasm) vs MiniSearch, FlexSearch, Fuse.js in one Node process
#   make bench-keystroke  keystroke-to-DOM time in headless Chromium at 100k synthetic rows
#   make bench-interactions  time of each kind of interaction with the real projects
#   make bench-own  opening synthetic files of 10k to 1M rows: load time, memory, keystrokes
#   make bench-lighthouse  Lighthouse (mobile profile) on the release build served with gzip

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
# Cargo's home, as cargo and scripts/install-tools.sh find it.
CARGO_HOME ?= $(HOME)/.cargo
# Tools installed by scripts/install-tools.sh: cargo's bin dir and the npm binaryen come first.
export PATH := $(CURDIR)/node_modules/.bin:$(CARGO_HOME)/bin:$(PATH)
export TRUNK_OFFLINE := true
# The wasm names the source file of each panic site; for the crates from the registry that is
# a path under cargo's home. Written as `cargo-registry/...` instead, the bytes served do not
# depend on who built them where (`make reproducible` checks that no such path is left).
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS := --remap-path-prefix=$(CARGO_HOME)/registry/src=cargo-registry
# The dated nightly the fuzz targets build with (scripts/install-tools.sh pins it).
NIGHTLY := $(shell scripts/install-tools.sh nightly)

.PHONY: tools browser serve test lint unit dist dev-dist size e2e e2e-slow fuzz reproducible bench bench-load bench-peers bench-keystroke bench-interactions bench-own bench-lighthouse clean

tools:
	@scripts/install-tools.sh build

browser:
	@scripts/install-tools.sh browser

serve: tools
	cargo fetch --locked
	trunk serve --address 127.0.0.1 --port 8080

# The core must stay free of web crates; every crate of the workspace is linted and documented
# (the core with missing_docs), warnings denied.
lint: tools
	cargo fmt --all -- --check
	scripts/check-core.sh
	cargo clippy --locked --workspace --all-targets -- -D warnings
	RUSTDOCFLAGS="-D warnings" cargo doc --locked --no-deps --workspace

unit:
	cargo test --locked

# Trunk runs cargo offline: the crates are fetched first.
dist: tools
	cargo fetch --locked
	trunk build --release

# Two release builds from clean (the app's wasm build and dist/ removed) must give the same
# bytes: what a reader downloads can be rebuilt and checked by anyone.
reproducible: tools
	cargo fetch --locked
	rm -rf dist target/wasm32-unknown-unknown/release target/wasm-bindgen/release target/reproducible
	trunk build --release
	mv dist target/reproducible
	rm -rf target/wasm32-unknown-unknown/release target/wasm-bindgen/release
	trunk build --release
	diff -r target/reproducible dist
	@if grep -rlF -e "$(CARGO_HOME)" -e "$(CURDIR)" dist; then \
	  echo "reproducible: the files above name this machine's folders ($(CARGO_HOME), $(CURDIR))"; exit 1; fi
	@echo "reproducible: two clean builds gave byte-identical dist/ ($$(find dist -type f | wc -l) files)"

size: dist
	@scripts/size.sh

# The development build, as `trunk serve` gives it (no post-build step): one browser test
# checks that the app works there too.
dev-dist: tools
	cargo fetch --locked
	trunk build --dist target/dev-dist

e2e: dist dev-dist browser
	node --test --test-concurrency=1 tests/e2e/

# The same browser tests on a processor four times slower (about twice as long): a race
# between the page's tasks shows here first. Not part of `make test`, for CI's time.
e2e-slow: dist dev-dist browser
	E2E_CPU_SLOWDOWN=4 node --test --test-concurrency=1 tests/e2e/

FUZZ_SECONDS ?= 20
# The fuzz targets share the workspace, whose release profile is tuned for the wasm: fat LTO
# and panic=abort would break the sanitizer build, so the fuzz build gets cargo's defaults.
FUZZ_PROFILE := CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_OPT_LEVEL=3 \
	CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 CARGO_PROFILE_RELEASE_PANIC=unwind
fuzz:
	@scripts/install-tools.sh fuzz
	$(FUZZ_PROFILE) cargo +$(NIGHTLY) fuzz run url_decode -- -max_total_time=$(FUZZ_SECONDS)
	$(FUZZ_PROFILE) cargo +$(NIGHTLY) fuzz run dataset_validate -- -max_total_time=$(FUZZ_SECONDS)
	@mkdir -p fuzz/corpus/csv_open fuzz/corpus/schema_infer
	@# Seeds: the example file (behind the byte that picks the chunk size) and its first lines.
	@{ printf '\x07'; cat data/examples/subventions-synthetiques.csv; } >fuzz/corpus/csv_open/example
	@head -5 data/examples/subventions-synthetiques.csv | tr ';' '|' >fuzz/corpus/schema_infer/example
	$(FUZZ_PROFILE) cargo +$(NIGHTLY) fuzz run csv_open -- -max_total_time=$(FUZZ_SECONDS)
	$(FUZZ_PROFILE) cargo +$(NIGHTLY) fuzz run schema_infer -- -max_total_time=$(FUZZ_SECONDS)

bench:
	cargo bench -p ftap-core --bench medians
	cargo bench -p ftap-core --bench engine
	cargo bench -p ftap-core --bench open_memory

# The engine as Node sees it: built to wasm with the app's profile, bound with wasm-bindgen.
bench-peers: tools
	cargo build --locked --release -p ftap-bench-wasm --target wasm32-unknown-unknown
	wasm-bindgen --target nodejs --out-dir target/peers target/wasm32-unknown-unknown/release/ftap_bench_wasm.wasm
	echo '{"type": "commonjs"}' > target/peers/package.json
	node benches/peers/run.mjs

# The bench page is index.html pointed at the bench-app binary (synthetic data).
bench-keystroke: dist browser
	mkdir -p target/bench-page
	sed -e 's#data-bin="explorateur-ftap"#data-bin="bench-app" href="../../Cargo.toml"#' \
	    -e 's#href="Cargo.toml"#href="../../Cargo.toml"#' -e 's#href="data/#href="../../data/#' \
	    -e 's#href="assets/#href="../../assets/#g' index.html > target/bench-page/index.html
	trunk build target/bench-page/index.html --release true --dist target/bench-dist
	node benches/keystroke.mjs

bench-load: dist browser
	node benches/first_load.mjs

bench-interactions: dist browser
	node benches/interactions.mjs

# Opening synthetic files of 10k, 100k and 1M rows (BENCH_OWN_ROWS) through the file picker.
bench-own: dist browser
	node benches/own_data.mjs

# Lighthouse is pinned and fetched on demand into target/, outside the project's dependencies.
LIGHTHOUSE := target/lighthouse/node_modules/.bin/lighthouse
$(LIGHTHOUSE):
	mkdir -p target/lighthouse
	npm install --prefix target/lighthouse --no-save --no-audit --no-fund lighthouse@12.2.3

bench-lighthouse: dist browser $(LIGHTHOUSE)
	node benches/lighthouse.mjs $(LIGHTHOUSE) $${LIGHTHOUSE_RUNS:-3}

test: lint unit reproducible size e2e fuzz

clean:
	rm -rf dist target/wasm32-unknown-unknown
