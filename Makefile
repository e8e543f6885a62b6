# protopkg: the two commands a newcomer needs are `make demo` and `make test`.
# Both install what they need first (scripts/setup.sh: Debian packages, a venv in .venv).
SHELL := /bin/bash
export PATH := $(CURDIR)/.venv/bin:$(PATH)

.PHONY: setup fixtures build debug demo test unit-test integration-test conformance compiler-conformance format-conformance bench dist clean

setup:
	@bash scripts/setup.sh

# protovalidate's validate.proto for the PROTOVALIDATE fixture, printed from the descriptor in
# PyPI's protovalidate wheel (not committed; see the script).
fixtures: setup
	.venv/bin/python Tests/conformance/protovalidate_proto.py Tests/ProtoChecksTests/Fixtures/lint/PROTOVALIDATE

build: setup
	swift build -c release --product protopkg

debug: setup
	swift build --product protopkg

demo: build
	@bash scripts/demo.sh .build/release/protopkg

unit-test: setup fixtures
	bash scripts/with-postgres.sh swift test

integration-test: debug fixtures
	bash Tests/integration/run.sh .build/debug/protopkg
	bash Tests/integration/checks.sh .build/debug/protopkg
	bash Tests/integration/registry.sh .build/debug/protopkg
	python3 Tests/conformance/fixtures.py --buf .venv/bin/buf --protopkg .build/debug/protopkg
	# PROTOVALIDATE also agrees with buf on every column and message.
	python3 Tests/conformance/fixtures.py --buf .venv/bin/buf --protopkg .build/debug/protopkg --only PROTOVALIDATE --exact

conformance: debug
	bash Tests/conformance/googleapis.sh .build/debug/protopkg

# The native compiler against protoc 35.1, byte for byte: both googleapis snapshots and every
# file of protobuf v36.0 that protoc compiles (each in three forms), plus the files it rejects.
compiler-conformance: setup
	swift build --product protopkg-compile-native
	.venv/bin/python Tests/conformance/compiler_conformance.py --native .build/debug/protopkg-compile-native

# protopkg format against buf format 1.75.0 on both googleapis snapshots and protobuf v36.0:
# files formatted identically, a second pass changing nothing, and the same descriptors after
# formatting (googleapis, through protopkg-compile-native).
format-conformance: debug
	swift build --product protopkg-compile-native
	.venv/bin/python Tests/conformance/format.py --protopkg .build/debug/protopkg --native .build/debug/protopkg-compile-native

test: unit-test integration-test conformance compiler-conformance format-conformance

bench: build
	bash bench/compile .build/release/protopkg
	bash bench/checks .build/release/protopkg

clean:
	rm -rf .build examples/*/dist examples/*/.protopkg

dist: build
	bash dist/package.sh
