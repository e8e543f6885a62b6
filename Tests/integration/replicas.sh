#!/usr/bin/env bash
# End-to-end test of stateless replicas: two `registry serve` processes with different --data
# directories on one PostgreSQL holding metadata and blobs (--blobs postgres). A publish on A is
# downloaded byte for byte from B (bundle, wheel, Go zip through the Go proxy, npm tarball through
# the packument); A is SIGKILLed while it writes an upload's blobs and B stays consistent with no
# partial version; 20 clients publishing one version at once over both replicas give exactly one
# winner.
# Needs PROTOPKG_TEST_POSTGRES_URL (run it under scripts/with-postgres.sh).
#   Tests/integration/replicas.sh PATH/TO/protopkg
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
integration_setup "$1"
admin="${PROTOPKG_TEST_POSTGRES_URL:?run under scripts/with-postgres.sh}"
# Replicas' pids are kept in files: a check (a subshell) may restart one.
stop() {
  local f
  for f in "$work"/pid-*; do [ -f "$f" ] && kill "$(cat "$f")" 2>/dev/null && wait "$(cat "$f")" 2>/dev/null; rm -f "$f"; done
  return 0
}
on_exit stop
export XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache"

db="protopkg_replicas_$$"
psql -q "$admin" -c "CREATE DATABASE $db" >/dev/null
database="${admin%/*}/$db?sslmode=disable"
sql() { psql -qtA "$database" -c "$1"; }

# start NAME [PORT]: a replica with its own data directory, on PORT or a free one; sets url_NAME.
start() {
  local name="$1" port="${2:-0}"
  "$protopkg" registry serve --data "$work/data-$name" --listen "127.0.0.1:$port" --database "$database" --blobs postgres \
    > "$work/$name.out" 2> "$work/$name.err" &
  echo $! > "$work/pid-$name"
  for _ in $(seq 1 100); do
    local u; u="$(sed -n 's/^protopkg registry listening on //p' "$work/$name.out")"
    if [ -n "$u" ]; then eval "url_$name=$u"; return 0; fi
    sleep 0.1
  done
  cat "$work/$name.err" >&2; return 1
}
start a && start b || { echo "not ok - both replicas start"; echo "0 passed, 1 failed"; exit 1; }
disown -a   # killed and restarted inside checks: no job notices
token="$("$protopkg" registry token create --data "$work/data-a" --database "$database" --scope 'publish:acme/*')"
reader="$("$protopkg" registry token create --data "$work/data-b" --database "$database" --scope read)"
mkdir -p "$work/mod"
cp -R "$root/examples/common" "$root/examples/billing" "$work/mod/"
rm -rf "$work"/mod/*/dist "$work"/mod/*/.protopkg
get() { curl -sf -H "Authorization: Bearer $reader" "$@"; }
sha() { sha256sum | cut -d' ' -f1; }

publish_on_a_read_on_b() {
  PROTOPKG_TOKEN="$token" "$protopkg" publish "$work/mod/common" --registry "$url_a"
  PROTOPKG_TOKEN="$token" "$protopkg" publish "$work/mod/billing" --registry "$url_a"
  # B caches reads for --cache-ttl (3 s; it warmed its caches at start): A's publish shows on B
  # after at most that long (registry/README.md, "Several replicas").
  sleep 3.5
  local bundle="$work/mod/billing/dist/acme-billing-1.0.0.protopkg.tgz"
  local wheel; wheel="$(ls "$work"/mod/billing/dist/python/*.whl)"
  local zip; zip="$(ls "$work"/mod/billing/dist/go/*.zip)"
  [ "$(get "$url_b/api/v1/modules/acme/billing/versions/1.0.0/bundle" | sha)" = "$(sha < "$bundle")" ]
  [ "$(get "$url_b/api/v1/modules/acme/billing/versions/1.0.0/python" | sha)" = "$(sha < "$wheel")" ]
  # pip's path: the simple index on B links the wheel, which B serves.
  local link; link="$(get "$url_b/pypi/simple/acme-billing-protos/" | sed -n 's/.*href="\([^"#]*\)#.*/\1/p' | head -1)"
  [ -n "$link" ]
  [ "$(get "$url_b/pypi/simple/acme-billing-protos/$link" | sha)" = "$(sha < "$wheel")" ]
  # go's path: the module proxy on B.
  [ "$(get "$url_b/go/example.com/acme/billing/@v/list")" = "v1.0.0" ]
  [ "$(get "$url_b/go/example.com/acme/billing/@v/v1.0.0.zip" | sha)" = "$(sha < "$zip")" ]
  # npm's path: the packument on B points at B's tarball URL with the published tarball's
  # integrity, and B serves those bytes.
  local tgz="$work/mod/billing/dist/npm/acme-billing-protos-1.0.0.tgz"
  local tarball_url integrity
  read -r tarball_url integrity < <(get -H 'Accept: application/vnd.npm.install-v1+json' "$url_b/npm/@acme%2fbilling-protos" \
    | python3 -c 'import json,sys; d=json.load(sys.stdin)["versions"]["1.0.0"]["dist"]; print(d["tarball"], d["integrity"])')
  [ "$tarball_url" = "$url_b/npm/@acme/billing-protos/-/billing-protos-1.0.0.tgz" ]
  [ "$integrity" = "sha512-$(openssl dgst -sha512 -binary "$tgz" | base64 -w0)" ]
  [ "$(get "$tarball_url" | sha)" = "$(sha < "$tgz")" ]
  # Neither replica wrote a blob to its own directory.
  [ -z "$(find "$work/data-a" "$work/data-b" -type f -path '*blobs*' | head -1)" ]
  [ "$(sql "SELECT COUNT(*) FROM blobs")" -ge 6 ]
}

# A module whose bundle is about 9 MB (incompressible comments): nine 1 MiB chunks and a descriptor
# set of four, so storing it takes a while, and downloads of it are streamed.
big_module() {
  mkdir -p "$work/big/proto/acme/big/v1"
  printf 'name: acme/big\nversion: 1.0.0\ntargets:\n  descriptor: {}\n' > "$work/big/protopkg.yaml"
  { printf 'syntax = "proto3";\npackage acme.big.v1;\n'
    head -c 3000000 /dev/urandom | base64 -w 100 | sed 's|^|// |'
    printf '// A big message.\nmessage Big {\n  // Its id.\n  string id = 1;\n}\n'; } > "$work/big/proto/acme/big/v1/big.proto"
  "$protopkg" build "$work/big" >/dev/null
}
killed_during_upload() {
  big_module
  local bundle="$work/big/dist/acme-big-1.0.0.protopkg.tgz"
  echo "> bundle: $(stat -c %s "$bundle") bytes"
  ( curl -s -o /dev/null -w '%{http_code}' -X PUT -H "Authorization: Bearer $token" --data-binary @"$bundle" \
      "$url_a/api/v1/modules/acme/big/versions/1.0.0" > "$work/upload.status" || true ) &
  local upload=$!
  # Wait (inside PostgreSQL, every 2 ms) until a transaction is writing blob chunks, then kill A.
  # pg_stat_activity is a snapshot per transaction: clear it on every turn.
  timeout 120 psql -qtA "$database" -c "DO \$\$ BEGIN
      LOOP
        PERFORM pg_stat_clear_snapshot();
        EXIT WHEN EXISTS (SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()
                          AND xact_start IS NOT NULL AND query LIKE 'INSERT INTO blob_chunks%');
        PERFORM pg_sleep(0.002);
      END LOOP;
    END \$\$;" || { echo "no transaction wrote blob chunks within 120 s"; return 1; }
  kill -9 "$(cat "$work/pid-a")"; rm "$work/pid-a"
  wait "$upload"
  # The client saw the connection drop, not an answer.
  [ "$(cat "$work/upload.status")" = 000 ]
  echo "> replica A SIGKILLed while a transaction was writing blob chunks"
  # B: no such version, and no chunk without its blob row (no partial blob).
  [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $reader" "$url_b/api/v1/modules/acme/big/versions")" = 404 ]
  for _ in $(seq 1 50); do   # the server notices the dropped connection and rolls back
    [ "$(sql "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'INSERT INTO blob_chunks%' AND state <> 'idle'")" = 0 ] && break
    sleep 0.1
  done
  [ "$(sql "SELECT COUNT(*) FROM blob_chunks c WHERE NOT EXISTS (SELECT 1 FROM blobs b WHERE b.digest = c.digest)")" = 0 ]
  [ "$(sql "SELECT COUNT(*) FROM blobs b WHERE chunks <> (SELECT COUNT(*) FROM blob_chunks c WHERE c.digest = b.digest)")" = 0 ]
  echo "> replica B: acme/big answers 404; chunks without a blob row: 0; blobs missing chunks: 0"
  get "$url_b/api/v1/modules/acme/billing/versions" | grep -q '"1.0.0"'
  # The same upload through B succeeds, and A, restarted, serves the same bytes.
  [ "$(curl -s -o /dev/null -w '%{http_code}' -X PUT -H "Authorization: Bearer $token" --data-binary @"$bundle" \
        "$url_b/api/v1/modules/acme/big/versions/1.0.0")" = 201 ]
  start a "${url_a##*:}"   # the same port, so the next checks find it
  disown -a
  [ "$(get "$url_a/api/v1/modules/acme/big/versions/1.0.0/bundle" | sha)" = "$(sha < "$bundle")" ]
  [ "$(get "$url_b/api/v1/modules/acme/big/versions/1.0.0/bundle" | sha)" = "$(sha < "$bundle")" ]
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$url_a/healthz")" = 200 ]
  echo "> the same upload through B: 201; A restarted serves the same bytes"
}
race_over_both() {
  local i
  for i in $(seq 1 20); do
    mkdir -p "$work/race/$i/proto/acme/race/v1"
    printf 'name: acme/race\nversion: 1.0.0\ntargets:\n  descriptor: {}\n' > "$work/race/$i/protopkg.yaml"
    printf 'syntax = "proto3";\npackage acme.race.v1;\n// Variant %s.\nmessage Entry {\n  string id = 1;\n  int32 variant_%s = 2;\n}\n' "$i" "$i" \
      > "$work/race/$i/proto/acme/race/v1/entry.proto"
    "$protopkg" build "$work/race/$i" >/dev/null
  done
  for i in $(seq 1 20); do
    local target="$url_a"; [ $((i % 2)) -eq 0 ] && target="$url_b"
    curl -s -o /dev/null -w '%{http_code}\n' -X PUT -H "Authorization: Bearer $token" \
      --data-binary @"$work/race/$i/dist/acme-race-1.0.0.protopkg.tgz" \
      "$target/api/v1/modules/acme/race/versions/1.0.0" > "$work/race/status.$i" &
  done
  wait
  echo "> statuses: $(sort "$work"/race/status.* | uniq -c | awk '{printf "%s%s x%s", (NR > 1 ? ", " : ""), $2, $1}')"
  [ "$(cat "$work"/race/status.* | grep -c '^201$')" -eq 1 ]
  [ "$(cat "$work"/race/status.* | grep -c '^409$')" -eq 19 ]
  local on_a on_b
  on_a="$(get "$url_a/api/v1/modules/acme/race/versions/1.0.0" | python3 -c 'import json, sys; print(json.load(sys.stdin)["digest"])')"
  on_b="$(get "$url_b/api/v1/modules/acme/race/versions/1.0.0" | python3 -c 'import json, sys; print(json.load(sys.stdin)["digest"])')"
  [ -n "$on_a" ] && [ "$on_a" = "$on_b" ]
  sha256sum "$work"/race/*/dist/acme-race-1.0.0.protopkg.tgz > "$work/race/sums"
  grep -q "^$on_a " "$work/race/sums"
  [ "$(sql "SELECT COUNT(*) FROM versions WHERE module = 'acme/race'")" = 1 ]
}

check "publish on replica A; B serves the same bundle, wheel (simple index), Go zip (proxy) and npm tarball (packument); no blob on disk" publish_on_a_read_on_b
check "A SIGKILLed while storing a 9 MB upload: B shows no version and no partial blob; the upload then succeeds through B" killed_during_upload
check "20 concurrent publishes of one version over both replicas: one 201, nineteen 409, both replicas agree" race_over_both
stop
psql -q "$admin" -c "DROP DATABASE $db WITH (FORCE)" >/dev/null
finish
