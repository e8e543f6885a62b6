# protopkg: the two commands a newcomer needs are `make demo` and `make test`.
# Both install what they need first (scripts/setup.sh: Debian packages, a venv in .venv, the
# swift target's protoc plugins in .build-swift-plugins/bin).
SHELL := /bin/bash
export PATH := $(CURDIR)/.venv/bin:$(CURDIR)/.build-swift-plugins/bin:$(PATH)

.PHONY: setup fixtures build debug demo test unit-test integration-test conformance compiler-conformance format-conformance fuzz node-conformance bench dist dist-test registry-smoke clean

setup:
	@bash scripts/setup.sh

# protovalidate's validate.proto for the PROTOVALIDATE fixture, printed from the descriptor in
# PyPI's protovalidate wheel (not committed; see the script).
fixtures: setup
	.venv/bin/python Tests/conformance/protovalidate_proto.py Tests/ProtoChecksTests/Fixtures/lint/PROTOVALIDATE

# The Swift runtime and Foundation are linked in, as in the release (dist/package.sh): every
# command starts ~8 ms sooner than with them loaded as shared libraries.
build: setup
	swift build -c release --product protopkg --static-swift-stdlib

# The debug binaries with the settings `swift test` builds with (a plain `swift build` of one
# product uses others, and rebuilds most of the package after a test run).
debug: setup
	swift build --build-tests

demo: build
	@bash scripts/demo.sh .build/release/protopkg

unit-test: setup fixtures
	bash scripts/with-postgres.sh swift test

integration-test: debug fixtures
	bash Tests/integration/run.sh .build/debug/protopkg
	bash Tests/integration/go_majors.sh .build/debug/protopkg
	bash Tests/integration/checks.sh .build/debug/protopkg
	bash Tests/integration/no_protoc.sh .build/debug/protopkg
	bash Tests/integration/registry.sh .build/debug/protopkg
	bash Tests/integration/goproxy.sh .build/debug/protopkg
	bash Tests/integration/swift.sh .build/debug/protopkg
	bash Tests/integration/npm.sh .build/debug/protopkg
	bash Tests/integration/web.sh .build/debug/protopkg
	# Every fixture: buf and protopkg report what it expects, on the same lines, columns and words.
	python3 Tests/conformance/fixtures.py --buf .venv/bin/buf --protopkg .build/debug/protopkg --exact
	# Every kind of buf configuration selects the same rules and finds the same problems.
	python3 Tests/conformance/buf_configs.py --buf .venv/bin/buf --protopkg .build/debug/protopkg
	bash Tests/integration/ci.sh .build/debug/protopkg
	bash Tests/integration/publish_all.sh .build/debug/protopkg
	bash scripts/with-postgres.sh bash Tests/integration/replicas.sh .build/debug/protopkg
	bash scripts/with-postgres.sh bash Tests/integration/backup.sh .build/debug/protopkg

# protopkg against buf and protoc on the googleapis snapshots, and the native compiler's
# byte-for-byte differential test against protoc 35.1 (compiler-conformance).
conformance: debug compiler-conformance
	bash Tests/conformance/googleapis.sh .build/debug/protopkg

# The native compiler against protoc 35.1, byte for byte: both googleapis snapshots and every
# file of protobuf v36.0 that protoc compiles (each in three forms), plus the files it rejects.
compiler-conformance: debug
	.venv/bin/python Tests/conformance/compiler_conformance.py --native .build/debug/protopkg-compile-native

# libFuzzer on the native compiler's lexer, parser and linker, FUZZ_SECONDS each (scripts/fuzz.sh).
FUZZ_SECONDS ?= 300
FUZZ_TARGETS ?= lexer parser linker
FUZZ_PARALLEL ?= 0
fuzz:
	FUZZ_PARALLEL=$(FUZZ_PARALLEL) bash scripts/fuzz.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)

# The Node target alone (unit-test runs these too): conformance with Python's protobuf, tsc --strict,
# gRPC over node:http2 against the Python server, the packages under require and import.
node-conformance: setup
	swift build --build-tests
	swift test --skip-build --filter 'CodeGenTests.(Node|Npm)'

# protopkg format against buf format 1.75.0 on both googleapis snapshots and protobuf v36.0:
# files formatted identically, a second pass changing nothing, and the same descriptors after
# formatting (googleapis, through protopkg-compile-native).
format-conformance: debug
	.venv/bin/python Tests/conformance/format.py --protopkg .build/debug/protopkg --native .build/debug/protopkg-compile-native

test: unit-test integration-test conformance format-conformance dist-test

# The deployment of registry/ (PostgreSQL, two replicas, nginx) as processes on loopback.
registry-smoke: debug
	bash Tests/integration/registry_smoke.sh .build/debug/protopkg

bench: build
	bash bench/compile .build/release/protopkg
	bash bench/checks .build/release/protopkg

clean:
	rm -rf .build examples/*/dist examples/*/.protopkg

# The release: a stripped binary with the Swift runtime linked in, in its own build folder.
dist: setup
	bash dist/package.sh

# The tarball installs into an empty prefix and runs with only the README's runtime libraries.
dist-test: dist
	bash Tests/integration/dist.sh dist/out
