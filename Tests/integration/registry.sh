#!/usr/bin/env bash
# End-to-end test of the registry: a real server on 127.0.0.1 (free port), tokens, publishing
# the example with semver enforcement, pulling, installing with a stock pip from the simple
# index, and a server killed with SIGKILL during an upload. Stops only the servers it started.
#   Tests/integration/registry.sh PATH/TO/protopkg
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
integration_setup "$1"

data="$work/data"
copy_examples "$work/mod"
billing="$work/mod/billing"; common="$work/mod/common"
invoice="$billing/proto/acme/billing/v1/invoice.proto"
start_server "$data" || { echo "not ok - the server starts"; echo "1 passed, 1 failed"; exit 1; }
token="$("$protopkg" registry token create --data "$data" --scope 'publish:acme/*')"
reader="$("$protopkg" registry token create --data "$data" --scope read)"
export XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache"

tokens() {
  [ -n "$token" ] && [ -n "$reader" ] && [ "$token" != "$reader" ]
  ! grep -rq "$token" "$data"   # only the hash is stored
}
login() {
  printf '%s\n' "$token" | "$protopkg" login "$url" --token-stdin
  [ "$(stat -c %a "$XDG_CONFIG_HOME/protopkg/credentials.json")" = 600 ]
}
publish_first() {
  "$protopkg" publish "$common" --registry "$url" | grep 'published acme/common@1.2.0' >/dev/null
  "$protopkg" publish "$billing" --registry "$url" | grep 'published acme/billing@1.0.0' >/dev/null
  "$protopkg" publish "$billing" --registry "$url" | grep 'already published' >/dev/null
  curl -sf -H "Authorization: Bearer $reader" "$url/api/v1/modules/acme/billing/versions" | grep '"version":"1.0.0"' >/dev/null
}
publish_minor() {
  sed -i 's/^message Invoice {/message Invoice {\n  \/\/ A note printed on the invoice.\n  string note = 99;/' "$invoice"
  local s=0; "$protopkg" publish "$billing" --registry "$url" 2>"$work/err" || s=$?
  cat "$work/err"; [ "$s" -eq 1 ] && grep -q '1.1.0' "$work/err"     # an addition as 1.0.0 again: refused
  sed -i 's/^version: 1.0.0/version: 1.1.0/' "$billing/protopkg.yaml"
  "$protopkg" publish "$billing" --registry "$url" | grep 'published acme/billing@1.1.0' >/dev/null
}
refuse_breaking() {
  sed -i '/string customer_id = /d' "$invoice"
  sed -i 's/^version: 1.1.0/version: 1.2.0/' "$billing/protopkg.yaml"
  local s=0; "$protopkg" publish "$billing" --registry "$url" 2>"$work/err" || s=$?
  cat "$work/err"
  [ "$s" -eq 1 ] && grep -q 'FIELD_NO_DELETE' "$work/err" && grep -q 'invoice.proto:' "$work/err" && grep -q '2.0.0' "$work/err"
  "$protopkg" publish "$billing" --registry "$url" --dry-run 2>/dev/null && return 1
  git -C "$work" init -q 2>/dev/null; true
}
pull() {
  PROTOPKG_TOKEN="$reader" "$protopkg" pull 'acme/billing@^1.0' --lang go --out "$work/pulled" --registry "$url" | grep 'acme/billing@1.1.0' >/dev/null
  ls "$work/pulled"/*.zip
  PROTOPKG_TOKEN="$reader" "$protopkg" pull 'acme/billing@1.0.0' --lang proto --out "$work/src" --registry "$url"
  [ -f "$work/src/acme/billing/v1/invoice.proto" ]
  local s=0; PROTOPKG_TOKEN="$reader" "$protopkg" pull 'acme/billing@^3' --lang go --out "$work/none" --registry "$url" 2>"$work/err" || s=$?
  [ "$s" -eq 1 ] && grep -q 'satisfies' "$work/err"
}
pip_install() {
  python3 -m venv "$work/venv"
  local index="${url/http:\/\//http://__token__:$reader@}/pypi/simple/"
  "$work/venv/bin/pip" install -q --index-url "$index" --extra-index-url https://pypi.org/simple 'acme-billing-protos==1.1.*'
  "$work/venv/bin/python" -c 'import acme.billing.v1.invoice_pb2 as m, acme.common.v1.money_pb2; assert "note" in m.Invoice.DESCRIPTOR.fields_by_name'
}
killed_upload() {
  stop_server
  start_server "$data"
  # A slow upload (curl paced) of a large body, killed in the middle.
  head -c 8000000 /dev/urandom > "$work/big.bin"
  ( curl -s --limit-rate 500k -X PUT -H "Authorization: Bearer $token" --data-binary @"$work/big.bin" \
      "$url/api/v1/modules/acme/killed/versions/1.0.0" >/dev/null 2>&1 || true ) &
  sleep 2
  kill -9 "$server_pid"; wait "$server_pid" 2>/dev/null; server_pid=""
  start_server "$data"
  local code; code="$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $reader" "$url/api/v1/modules/acme/killed/versions")"
  [ "$code" = 404 ]
  ! find "$data/blobs" -name '*.tmp-*' | grep . >/dev/null
  curl -sf -H "Authorization: Bearer $reader" "$url/api/v1/modules/acme/billing/versions" | grep '"1.1.0"' >/dev/null
  stop_server   # started in this check's subshell, so stopped here: the caller cannot see its pid
}

# A consumer module with a registry dependency: add, sync, lockfile, cache, build.
shop="$work/shop"
as_reader() { PROTOPKG_TOKEN="$reader" "$protopkg" "$@"; }
# With the registry from the environment (the billing module's manifest names none).
as_reader_env() { PROTOPKG_REGISTRY="$url" PROTOPKG_TOKEN="$reader" "$protopkg" "$@"; }
lock_digest() { sed -n "\#name: $1\$#,/digest:/s/.*digest: sha256://p" "$shop/protopkg.lock"; }
add_and_sync() {
  mkdir -p "$shop/proto/acme/shop/v1"
  printf '# A service API built on acme/billing from the registry.\nname: acme/shop\nversion: 0.1.0\ntargets:\n  descriptor: {}\n  go: { module: example.com/acme/shop }\nregistry: %s   # the test server\n' "$url" > "$shop/protopkg.yaml"
  printf 'syntax = "proto3";\npackage acme.shop.v1;\nimport "acme/billing/v1/invoice.proto";\n// A cart.\nmessage Cart {\n  // What it cost.\n  acme.billing.v1.Invoice invoice = 1;\n}\n' > "$shop/proto/acme/shop/v1/cart.proto"
  local s=0; "$protopkg" build "$shop" 2>"$work/err" || s=$?
  cat "$work/err"; [ "$s" -eq 1 ]
  grep -q 'run `protopkg sync`' "$work/err"
  as_reader add 'acme/billing@^1.0' "$shop" | tee "$work/out"
  grep -q 'acme/billing 1.1.0' "$work/out"
  grep -q 'acme/common 1.2.0' "$work/out"
  grep -q '^  acme/billing: ^1.0$' "$shop/protopkg.yaml"
  grep -q '^# A service API' "$shop/protopkg.yaml"
  grep -q '# the test server' "$shop/protopkg.yaml"
  local digest; digest="$(curl -sf -H "Authorization: Bearer $reader" "$url/api/v1/modules/acme/billing/versions/1.1.0" \
    | python3 -c 'import json, sys; print(json.load(sys.stdin)["digest"])')"
  [ "$(lock_digest acme/billing)" = "$digest" ]
  grep -q '^version: 1$' "$shop/protopkg.lock"
  [ -f "$XDG_CACHE_HOME/protopkg/blobs/sha256/${digest:0:2}/$digest" ]
  [ "$(sha256sum < "$XDG_CACHE_HOME/protopkg/blobs/sha256/${digest:0:2}/$digest" | cut -d' ' -f1)" = "$digest" ]
  [ -f "$shop/.protopkg/deps/acme/billing/proto/acme/billing/v1/invoice.proto" ]
  [ -f "$shop/.protopkg/deps/acme/billing/gen/go/acme/billing/v1/invoice.pb.go" ]
  [ -f "$shop/.protopkg/deps/acme/common/proto/acme/common/v1/money.proto" ]
  grep -q 'string note = 99;' "$shop/.protopkg/deps/acme/billing/proto/acme/billing/v1/invoice.proto"
}
build_with_registry_deps() {
  "$protopkg" build "$shop"
  [ -f "$shop/dist/acme-shop-0.1.0.protopkg.tgz" ]
  python3 - "$shop"/dist/go/*.zip <<'PY'
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
names = z.namelist()
assert not any("acme/billing/" in n for n in names), names          # the dependency's code is not the module's
gomod = z.read([n for n in names if n.endswith("/go.mod")][0]).decode()
assert "example.com/acme/billing v1.0.0" in gomod, gomod              # from the declared range ^1.0
assert "example.com/acme/common v1.2.0" in gomod, gomod
PY
  # Missing synced sources: build fetches them through the lockfile and the cache itself...
  rm -rf "$shop/.protopkg/deps/acme/common"
  as_reader build "$shop"
  [ -f "$shop/.protopkg/deps/acme/common/proto/acme/common/v1/money.proto" ]
  # ...and says what went wrong when it cannot.
  rm -rf "$shop/.protopkg/deps/acme/common"
  local s=0; PROTOPKG_TOKEN=not-a-token "$protopkg" build "$shop" 2>"$work/err" || s=$?
  cat "$work/err"; [ "$s" -eq 1 ]
  grep -q '401' "$work/err"
  as_reader sync "$shop" > "$work/out"
  grep -q 'protopkg.lock is up to date' "$work/out"
  "$protopkg" build "$shop"
}
locked_sync() {
  cp "$shop/protopkg.lock" "$work/lock.good"
  # A locked digest the registry no longer records: an error, and the lockfile stays as it was.
  sed -i "s/digest: sha256:$(lock_digest acme/billing)/digest: sha256:$(lock_digest acme/billing | tr 0-9a-f 1-9a-f0)/" "$shop/protopkg.lock"
  cp "$shop/protopkg.lock" "$work/lock.tampered"
  local s=0; as_reader sync "$shop" 2>"$work/err" || s=$?
  cat "$work/err"; [ "$s" -eq 1 ]
  grep -q 'acme/billing@1.1.0: protopkg.lock pins sha256:' "$work/err"
  cmp "$shop/protopkg.lock" "$work/lock.tampered"
  cp "$work/lock.good" "$shop/protopkg.lock"
  # Yanked: resolution skips it, a locked consumer still gets it (from an empty cache).
  curl -sf -X POST -H "Authorization: Bearer $token" "$url/api/v1/modules/acme/billing/versions/1.1.0/yank" >/dev/null
  rm -rf "$shop/.protopkg/deps" "$XDG_CACHE_HOME"
  as_reader sync "$shop" > "$work/out"
  grep -q 'acme/billing 1.1.0  (locked, yanked' "$work/out"
  [ -f "$shop/.protopkg/deps/acme/billing/proto/acme/billing/v1/invoice.proto" ]
  as_reader sync "$shop" --update > "$work/out"
  grep -q 'acme/billing 1.0.0  (downgraded from 1.1.0)' "$work/out"
  ! grep -q 'string note = 99;' "$shop/.protopkg/deps/acme/billing/proto/acme/billing/v1/invoice.proto"
  curl -sf -X DELETE -H "Authorization: Bearer $token" "$url/api/v1/modules/acme/billing/versions/1.1.0/yank" >/dev/null
  as_reader sync "$shop" --update > "$work/out"
  grep -q 'acme/billing 1.1.0  (upgraded from 1.0.0)' "$work/out"
  cmp "$shop/protopkg.lock" "$work/lock.good"
}
module_info() {
  as_reader info acme/billing --registry "$url" | tee "$work/out"
  grep -q '^  1.1.0 ' "$work/out"
  grep -q '^  1.0.0 ' "$work/out"
  as_reader info acme/billing@1.1.0 --registry "$url" --format json | python3 -c '
import json, sys
d = json.load(sys.stdin)
assert d["version"] == "1.1.0" and d["digest"].startswith("sha256:") and not d["yanked"], d
assert {"bundle", "python", "go"} <= {a["kind"] for a in d["artifacts"]}, d'
}
breaking_against_registry() {
  mkdir -p "$work/brk"
  cp -R "$root/examples/common" "$root/examples/billing" "$work/brk/"
  rm -rf "$work"/brk/*/dist "$work"/brk/*/.protopkg
  sed -i '/string customer_id = /d' "$work/brk/billing/proto/acme/billing/v1/invoice.proto"
  local s=0
  as_reader_env breaking "$work/brk/billing" --against registry:latest >"$work/out" 2>&1 || s=$?
  cat "$work/out"; [ "$s" -eq 100 ]
  grep -q 'FIELD_NO_DELETE' "$work/out"
  grep -q 'customer_id' "$work/out"
  as_reader_env version next "$work/brk/billing" --against registry:1.1.0 | tee "$work/out"
  [ "$(head -1 "$work/out")" = 2.0.0 ]
  grep -q 'compared with registry:1.1.0' "$work/out"
  s=0; as_reader_env breaking "$work/brk/billing" --against registry:1.0.0 --error-format json >"$work/out" || s=$?
  [ "$s" -eq 100 ]
  grep -q '"type":"FIELD_NO_DELETE"' "$work/out"
}

check "tokens: created, printed once, stored hashed" tokens
check "login stores the token with mode 0600" login
check "publish 1.2.0 of common and 1.0.0 of billing; identical republish is a no-op" publish_first
check "an addition published as 1.0.0 is refused; as 1.1.0 accepted" publish_minor
check "a deleted field without a major bump is refused with the change and 2.0.0" refuse_breaking
check "pull a range (go zip, sources); an unsatisfiable range is an error" pull
# 20 clients publish one version with different content at once, over HTTP.
concurrent_publishes() {
  local i
  for i in $(seq 1 20); do
    mkdir -p "$work/race/$i/proto/acme/race/v1"
    printf 'name: acme/race\nversion: 1.0.0\ntargets:\n  descriptor: {}\n' > "$work/race/$i/protopkg.yaml"
    printf 'syntax = "proto3";\npackage acme.race.v1;\n// Variant %s.\nmessage Entry {\n  string id = 1;\n  int32 variant_%s = 2;\n}\n' "$i" "$i" \
      > "$work/race/$i/proto/acme/race/v1/entry.proto"
    "$protopkg" build "$work/race/$i" >/dev/null
  done
  for i in $(seq 1 20); do
    curl -s -o /dev/null -w '%{http_code}\n' -X PUT -H "Authorization: Bearer $token" \
      --data-binary @"$work/race/$i/dist/acme-race-1.0.0.protopkg.tgz" \
      "$url/api/v1/modules/acme/race/versions/1.0.0" > "$work/race/status.$i" &
  done
  wait
  cat "$work"/race/status.* | sort | uniq -c
  [ "$(cat "$work"/race/status.* | grep -c '^201$')" -eq 1 ]
  [ "$(cat "$work"/race/status.* | grep -c '^409$')" -eq 19 ]
  local published; published="$(curl -sf -H "Authorization: Bearer $reader" "$url/api/v1/modules/acme/race/versions" \
    | python3 -c 'import json, sys; v = json.load(sys.stdin)["versions"]; assert len(v) == 1, v; print(v[0]["digest"])')"
  # To a file first: `grep -q` in a pipe may exit before sha256sum is done, and pipefail would count its SIGPIPE.
  sha256sum "$work"/race/*/dist/acme-race-1.0.0.protopkg.tgz > "$work/race/sums"
  [ -n "$published" ] && grep -q "^$published " "$work/race/sums"
}
check "20 concurrent publishes of one version with different content: one 201, nineteen 409, one stored" concurrent_publishes
check "pip installs acme-billing-protos==1.1.* from the simple index" pip_install
check "a server killed during an upload shows no partial version after restart" killed_upload
start_server "$data" || echo "not ok - the server restarts"
check "add acme/billing@^1.0 edits protopkg.yaml; sync pins digests, fills the cache and .protopkg/deps" add_and_sync
check "build compiles against registry dependencies, fetching missing ones itself" build_with_registry_deps
check "sync keeps locked versions, refuses a changed digest, fetches a locked yanked version; --update moves" locked_sync
check "info lists versions and one version's metadata" module_info
check "breaking and version next --against registry:latest|VERSION (exit 100 on a deletion)" breaking_against_registry
stop_server
finish
