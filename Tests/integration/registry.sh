#!/usr/bin/env bash
# End-to-end test of the registry: a real server on 127.0.0.1 (free port), tokens, publishing
# the example with semver enforcement, pulling, installing with a stock pip from the simple
# index, and a server killed with SIGKILL during an upload. Stops only the servers it started.
#   Tests/integration/registry.sh PATH/TO/protopkg
set -uo pipefail
protopkg="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
server_pid=""
stop_server() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null; server_pid=""; }
trap 'stop_server; rm -rf "$work"' EXIT
passed=0; failed=0
check() {
  local name="$1"; shift
  if ( set -e; "$@" ) >"$work/log" 2>&1; then passed=$((passed + 1)); echo "ok - $name"
  else failed=$((failed + 1)); echo "not ok - $name"; sed 's/^/#   /' "$work/log" | tail -40; fi
}
# Starts a server on a free port over DATA; sets server_pid and url.
start_server() {
  "$protopkg" registry serve --data "$1" --listen 127.0.0.1:0 ${2:-} > "$work/server.out" 2> "$work/server.err" &
  server_pid=$!
  for _ in $(seq 1 100); do
    url="$(sed -n 's/^protopkg registry listening on //p' "$work/server.out")"
    [ -n "$url" ] && return 0
    sleep 0.1
  done
  cat "$work/server.err" >&2; return 1
}

data="$work/data"
mkdir -p "$work/mod"
cp -R "$root/examples/common" "$root/examples/billing" "$work/mod/"
rm -rf "$work"/mod/*/dist "$work"/mod/*/.protopkg
billing="$work/mod/billing"; common="$work/mod/common"
invoice="$billing/proto/acme/billing/v1/invoice.proto"
start_server "$data" || { echo "not ok - the server starts"; echo "1 passed, 1 failed"; exit 1; }
token="$("$protopkg" registry token create --data "$data" --scope 'publish:acme/*')"
reader="$("$protopkg" registry token create --data "$data" --scope read)"
export XDG_CONFIG_HOME="$work/config"

tokens() {
  [ -n "$token" ] && [ -n "$reader" ] && [ "$token" != "$reader" ]
  ! grep -rq "$token" "$data"   # only the hash is stored
}
login() {
  printf '%s\n' "$token" | "$protopkg" login "$url" --token-stdin
  [ "$(stat -c %a "$XDG_CONFIG_HOME/protopkg/credentials.json")" = 600 ]
}
publish_first() {
  "$protopkg" publish "$common" --registry "$url" | grep -q 'published acme/common@1.2.0'
  "$protopkg" publish "$billing" --registry "$url" | grep -q 'published acme/billing@1.0.0'
  "$protopkg" publish "$billing" --registry "$url" | grep -q 'already published'
  curl -sf -H "Authorization: Bearer $reader" "$url/api/v1/modules/acme/billing/versions" | grep -q '"version":"1.0.0"'
}
publish_minor() {
  sed -i 's/^message Invoice {/message Invoice {\n  \/\/ A note printed on the invoice.\n  string note = 99;/' "$invoice"
  local s=0; "$protopkg" publish "$billing" --registry "$url" 2>"$work/err" || s=$?
  cat "$work/err"; [ "$s" -eq 1 ] && grep -q '1.1.0' "$work/err"     # an addition as 1.0.0 again: refused
  sed -i 's/^version: 1.0.0/version: 1.1.0/' "$billing/protopkg.yaml"
  "$protopkg" publish "$billing" --registry "$url" | grep -q 'published acme/billing@1.1.0'
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
  PROTOPKG_TOKEN="$reader" "$protopkg" pull 'acme/billing@^1.0' --lang go --out "$work/pulled" --registry "$url" | grep -q 'acme/billing@1.1.0'
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
  ! find "$data/blobs" -name '*.tmp-*' | grep -q .
  curl -sf -H "Authorization: Bearer $reader" "$url/api/v1/modules/acme/billing/versions" | grep -q '"1.1.0"'
}

check "tokens: created, printed once, stored hashed" tokens
check "login stores the token with mode 0600" login
check "publish 1.2.0 of common and 1.0.0 of billing; identical republish is a no-op" publish_first
check "an addition published as 1.0.0 is refused; as 1.1.0 accepted" publish_minor
check "a deleted field without a major bump is refused with the change and 2.0.0" refuse_breaking
check "pull a range (go zip, sources); an unsatisfiable range is an error" pull
check "pip installs acme-billing-protos==1.1.* from the simple index" pip_install
check "a server killed during an upload shows no partial version after restart" killed_upload
stop_server
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
