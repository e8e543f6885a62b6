#!/usr/bin/env bash
# Fuzzes the native compiler with libFuzzer: the lexer, the parser and the whole compiler
# (linker, options, source info), each for SECONDS, one after another, at the lowest priority.
#   scripts/fuzz.sh [SECONDS] [TARGET...]      (make fuzz FUZZ_SECONDS=600 FUZZ_TARGETS="lexer")
# Builds Sources/protopkg-fuzz with -sanitize=fuzzer,address into .build-fuzz (its own build
# folder, so the normal builds keep their flags). Seeds: protobuf v36.0's .proto files, every
# 20th file of a googleapis snapshot and the invalid corpus. What libFuzzer finds is kept in
# .build-fuzz/corpus/TARGET (reused by the next run); FUZZ_PARALLEL=1 runs the targets side by
# side. A crash or hang is written to
# .build-fuzz/artifacts/ and makes the script fail. Reproduce one with the plain build:
#   swift build --product protopkg-fuzz && .build/debug/protopkg-fuzz TARGET FILE
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
seconds="${1:-300}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(lexer parser linker)
case "$seconds" in ''|*[!0-9]*) echo "fuzz: SECONDS must be a number" >&2; exit 2 ;; esac
corpus_dir="${PROTOPKG_CORPUS:-$root/../shared/corpus}"
scratch="$root/.build-fuzz"

# SwiftPM compiles everything; its link fails by design (it points `main` at a Swift entry
# point, and here libFuzzer has `main`), so the objects are linked below without that.
nice -n 19 swift build -c release --product protopkg-fuzz --scratch-path "$scratch" \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -enable-testing >&2 || true
out="$scratch/x86_64-unknown-linux-gnu/release"
[ -f "$out/protopkg-fuzz.product/Objects.LinkFileList" ] || { echo "fuzz: the build failed" >&2; exit 1; }
fuzzer="$scratch/protopkg-fuzz"
nice -n 19 swiftc -lstdc++ -L "$out" -o "$fuzzer" -emit-executable -Xlinker --gc-sections \
  @"$out/protopkg-fuzz.product/Objects.LinkFileList" -target x86_64-unknown-linux-gnu -g -sanitize=fuzzer,address 2>&1 \
  | grep -v "Cannot export local symbol '__asan_extra_spill_area'" >&2 || true
[ -x "$fuzzer" ] || { echo "fuzz: linking $fuzzer failed" >&2; exit 1; }

seeds="$scratch/seeds"
if [ ! -d "$seeds" ]; then
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  mkdir -p "$tmp/protobuf" "$tmp/googleapis" "$tmp/seeds"
  tar xJf "$corpus_dir/protobuf-v36.0-protos.tar.xz" -C "$tmp/protobuf"
  tar xJf "$corpus_dir/googleapis-2026-08-22.tar.xz" -C "$tmp/googleapis"
  { find "$tmp/protobuf" -name '*.proto'; find "$tmp/googleapis" -name '*.proto' | LC_ALL=C sort | awk 'NR % 20 == 0';
    find "$root/Tests/ProtoCompilerTests/Invalid/cases" -name '*.proto'; } | while read -r f; do
    cp "$f" "$tmp/seeds/$(sha1sum "$f" | cut -c1-16).proto"
  done
  mv "$tmp/seeds" "$seeds"
fi

mkdir -p "$scratch/artifacts"
# run_target TARGET: one libFuzzer run; its summary goes to stderr, its log to .build-fuzz/TARGET.log.
run_target() {
  local target="$1" status=0
  mkdir -p "$scratch/corpus/$target"
  echo "fuzz: $target for ${seconds}s" >&2
  # -max_len 64 KiB: room for the seeds; deep nesting and long files are covered by the
  # robustness tests, which run in every `swift test`. Leak detection is off: each compilation
  # frees its descriptors on a background queue, which an input's end does not wait for.
  PROTOPKG_FUZZ_TARGET="$target" ASAN_OPTIONS=detect_leaks=0 nice -n 19 "$fuzzer" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=65536 -print_final_stats=1 \
    -artifact_prefix="$scratch/artifacts/$target-" "$scratch/corpus/$target" "$seeds" \
    2> "$scratch/$target.log" || status=1
  [ "$status" -eq 0 ] || echo "fuzz: $target FAILED; see $scratch/$target.log and $scratch/artifacts/" >&2
  grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb|^Done' "$scratch/$target.log" | sed "s/^/fuzz: $target: /" >&2 || true
  echo "fuzz: $target: corpus $(ls "$scratch/corpus/$target" | wc -l) inputs" >&2
  return "$status"
}
# FUZZ_PARALLEL=1 runs the targets side by side (one core each) instead of one after another.
status=0
if [ "${FUZZ_PARALLEL:-0}" = 1 ]; then
  pids=()
  for target in "${targets[@]}"; do run_target "$target" & pids+=($!); done
  for pid in "${pids[@]}"; do wait "$pid" || status=1; done
else
  for target in "${targets[@]}"; do run_target "$target" || status=1; done
fi
exit "$status"
