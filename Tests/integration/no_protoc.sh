#!/usr/bin/env bash
# protopkg needs no protoc to check and serve: lint, breaking, version next, compile, build (of a
# descriptor-only module), registry serve and publish all run with PATH holding nothing but an
# empty directory and PROTOPKG_PROTOC unset. `--compiler protoc` fails in the same environment,
# which shows that protoc really is out of reach.
#   Tests/integration/no_protoc.sh PATH/TO/protopkg
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
integration_setup "$1"
unset PROTOPKG_PROTOC
mkdir -p "$work/empty-path"
export XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache"
# Every protopkg run below sees this PATH and nothing else of the machine's tools.
bare() { env -u PROTOPKG_PROTOC PATH="$work/empty-path" "$protopkg" "$@"; }
expect() { local want="$1"; shift; local s=0; bare "$@" >"$work/out" 2>"$work/err" || s=$?;
  cat "$work/out" "$work/err"; [ "$s" -eq "$want" ] || { echo "exit $s, wanted $want" >&2; return 1; }; }

module="$work/mod"
mkdir -p "$module/proto/acme/np/v1"
printf 'name: acme/np\nversion: 1.0.0\ntargets:\n  descriptor: {}\n' > "$module/protopkg.yaml"
cat > "$module/proto/acme/np/v1/thing.proto" <<'EOF'
syntax = "proto3";

package acme.np.v1;

import "google/protobuf/timestamp.proto";

// A thing.
message Thing {
  // Its id.
  string id = 1;
  // When it was made.
  google.protobuf.Timestamp created = 2;
}
EOF
cp -R "$module" "$work/v1"

no_protoc_reachable() {
  expect 1 compile "$module" -o "$work/x.binpb" --compiler protoc
  grep -q 'protoc was not found' "$work/err"
}
compile_native() {
  expect 0 compile "$module" -o "$work/set.binpb" --include-imports --include-source-info
  [ -s "$work/set.binpb" ]
}
lint_native() {
  expect 0 lint "$module"
  printf '\nmessage bad_name {}\n' >> "$work/lint-mod/proto/acme/np/v1/thing.proto"
  expect 100 lint "$work/lint-mod"; grep -q 'MESSAGE_PASCAL_CASE' "$work/out"
}
compile_error() {
  printf 'syntax = "proto3";\npackage acme.np.v1;\nmessage Broken { int32 a = 1 }\n' > "$work/err-mod/proto/acme/np/v1/broken.proto"
  expect 1 lint "$work/err-mod"
  grep -q 'proto/acme/np/v1/broken.proto:3:30:Expected ";"' "$work/err"
}
breaking_native() {
  sed -i '/string id = 1;/d' "$work/brk-mod/proto/acme/np/v1/thing.proto"
  expect 100 breaking "$work/brk-mod" --against "$work/v1"; grep -q 'FIELD_NO_DELETE' "$work/out"
  expect 0 breaking "$module" --against "$work/v1"
}
version_next_native() {
  sed -i 's/^message Thing {/message Thing {\n  \/\/ A note.\n  string note = 3;/' "$work/next-mod/proto/acme/np/v1/thing.proto"
  expect 0 version next "$work/next-mod" --against "$work/v1" --previous-version 1.0.0
  [ "$(head -1 "$work/out")" = "1.1.0" ]
}
build_native() {
  expect 0 build "$module"
  ls "$module"/dist/*.protopkg.tgz
}
for d in lint-mod err-mod brk-mod next-mod; do cp -R "$work/v1" "$work/$d"; done

check "protoc is out of reach: --compiler protoc fails with the PATH used here" no_protoc_reachable
check "compile: the native compiler writes the set" compile_native
check "lint: clean, then findings (exit 100)" lint_native
check "lint: a syntax error is file:line:col in the module" compile_error
check "breaking: a deleted field is found against a directory" breaking_native
check "version next: an addition needs 1.1.0" version_next_native
check "build: a descriptor-only module builds" build_native

# The registry, started with the same bare PATH, checks what is published natively.
data="$work/data"
# Not through `bare`: a function run in the background is a subshell, and $! would be its pid
# rather than the server's (env replaces itself with protopkg, so here $! is the server).
env -u PROTOPKG_PROTOC PATH="$work/empty-path" "$protopkg" registry serve --data "$data" --listen 127.0.0.1:0 \
  > "$work/server.out" 2> "$work/server.err" &
server_pid=$!
echo "$server_pid" >> "$work/.server-pids"   # stopped at exit whatever happens (lib.sh)
for _ in $(seq 1 100); do
  url="$(sed -n 's/^protopkg registry listening on //p' "$work/server.out")"
  [ -n "$url" ] && break
  sleep 0.1
done
token="$(bare registry token create --data "$data" --scope 'publish:acme/*')"
publish_native() {
  [ -n "$url" ] || { cat "$work/server.err"; return 1; }
  PROTOPKG_TOKEN="$token" bare publish "$module" --registry "$url" | grep 'published acme/np@1.0.0'
}
publish_refused() {
  cp -R "$work/brk-mod" "$work/brk-pub"
  sed -i 's/^version: 1.0.0/version: 1.0.1/' "$work/brk-pub/protopkg.yaml"
  rm -rf "$work/brk-pub/dist"
  local s=0; PROTOPKG_TOKEN="$token" bare publish "$work/brk-pub" --registry "$url" 2>"$work/err" || s=$?
  cat "$work/err"; [ "$s" -eq 1 ] && grep -q 'thing.proto:8:1:.*"id".*was deleted' "$work/err" && grep -q 'publish it as 2.0.0' "$work/err"
}
version_next_registry() {
  sed -i "s|^targets:|registry: $url\ntargets:|" "$work/next-mod/protopkg.yaml"
  PROTOPKG_TOKEN="$token" expect 0 version next "$work/next-mod" --against registry:latest
  [ "$(head -1 "$work/out")" = "1.1.0" ]
}
check "registry serve + publish: accepted, checked by the server's own compiler" publish_native
check "registry serve + publish: a breaking change as a patch is refused" publish_refused
check "version next --against registry:latest" version_next_registry
stop_server
finish
