#!/usr/bin/env bash
# Builds the protoc plugins of the swift target from their Swift packages (tools/swift-plugins:
# apple/swift-protobuf's protoc-gen-swift, grpc/grpc-swift-protobuf's protoc-gen-grpc-swift-2)
# in release mode into .build-swift-plugins/ (gitignored), and copies the two executables to
# .build-swift-plugins/bin/, which the Makefile puts on PATH. Nothing is committed as a binary.
# Idempotent: a second run checks a stamp (the package manifest and the Swift version) and
# the executables, and builds nothing when they match.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
package="$root/tools/swift-plugins"
scratch="$root/.build-swift-plugins"
bin="$scratch/bin"
stamp="$scratch/.built"
products=(protoc-gen-swift protoc-gen-grpc-swift-2)

wanted="$(sha256sum "$package/Package.swift" | cut -d' ' -f1) $(swift --version 2>/dev/null | head -n 1)"
up_to_date=1
for p in "${products[@]}"; do [ -x "$bin/$p" ] || up_to_date=0; done
if [ "$up_to_date" -eq 1 ] && [ "$(cat "$stamp" 2>/dev/null)" = "$wanted" ]; then
  exit 0
fi

echo "setup: building ${products[*]} from source (release; a few minutes the first time)"
mkdir -p "$scratch"
for p in "${products[@]}"; do
  log="$scratch/build-$p.log"
  if ! swift build -c release --package-path "$package" --scratch-path "$scratch" --product "$p" >"$log" 2>&1; then
    tail -n 40 "$log" >&2
    echo "setup: building $p failed (full log: $log)" >&2
    exit 1
  fi
done
release="$(swift build -c release --package-path "$package" --scratch-path "$scratch" --show-bin-path)"
mkdir -p "$bin"
for p in "${products[@]}"; do
  install -m 0755 "$release/$p" "$bin/$p.tmp"
  mv -f "$bin/$p.tmp" "$bin/$p"
done
echo "$wanted" > "$stamp"
echo "setup: $("$bin/protoc-gen-swift" --version), $("$bin/protoc-gen-grpc-swift-2" --version) in $bin"
