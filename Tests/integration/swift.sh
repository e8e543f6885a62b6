#!/usr/bin/env bash
# End-to-end test of the registry's Swift package registry (/swift/) with the real swift
# client: the examples are built with the swift target and published; a consumer package that
# depends on `.package(id: "acme.billing-protos", from: "1.0.0")` (and through it on
# acme.common-protos) resolves and builds with SwiftPM against the registry, then calls the
# Python InvoiceService of the end-to-end test over gRPC (grpc-swift-2, grpc-swift-nio-transport).
#   Tests/integration/swift.sh PATH/TO/protopkg
#
# SwiftPM's state stays out of the machine: --config-path, --security-path, --cache-path and the
# netrc are in the test's temporary directory (unsigned packages are allowed there only).
# The consumer's build is slow the first time, so its scratch path defaults to the gitignored
# .build-swift-consumer/ in the repository; set SWIFT_E2E_SCRATCH to use another (an empty
# directory gives a cold build; the test does not depend on what is there).
#
# The client half is `consume LABEL URL [CA_FILE] [TOKEN]`: over plain HTTP SwiftPM sends no
# credentials (and `package-registry login` refuses http URLs), so that run uses a
# --public-read registry; over HTTPS it logs in with the token, against a private registry.
# SwiftPM on Linux (FoundationNetworking over libcurl) trusts only the bundle at
# /etc/ssl/certs/ca-certificates.crt and reads no variable naming another, so the HTTPS run
# gives the swift processes alone a private mount namespace (`unshare -m`) in which that path is
# a copy of the system bundle plus the test's CA: the machine's trust store is not changed.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
integration_setup "$1"
scratch="${SWIFT_E2E_SCRATCH:-$root/.build-swift-consumer}"
grpc_pid=""; grpc_port=""
stop_grpc() { [ -n "$grpc_pid" ] && kill "$grpc_pid" 2>/dev/null && wait "$grpc_pid" 2>/dev/null; grpc_pid=""; }
on_exit stop_grpc

export PATH="$root/.venv/bin:$root/.build-swift-plugins/bin:$PATH"
export XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache"
data="$work/data"
mkdir -p "$work/mod"
cp -R "$root/examples/common" "$root/examples/billing" "$work/mod/"
rm -rf "$work"/mod/*/dist "$work"/mod/*/.protopkg
common="$work/mod/common"; billing="$work/mod/billing"
# The examples build no Swift by default (the demo and the other tests need no Swift plugins).
sed -i 's/^  descriptor: {}$/  descriptor: {}\n  swift: {}/' "$common/protopkg.yaml"
sed -i 's/^  descriptor: {}$/  descriptor: {}\n  swift: { grpc: true }/' "$billing/protopkg.yaml"

start_server "$data" --public-read || { echo "not ok - the server starts"; echo "0 passed, 1 failed"; exit 1; }
token="$("$protopkg" registry token create --data "$data" --scope 'publish:acme/*')"
reader="$("$protopkg" registry token create --data "$data" --scope read)"

publish() {
  PROTOPKG_TOKEN="$token" "$protopkg" publish "$common" --registry "$url" | tee /dev/stderr | grep -q 'published acme/common@1.2.0'
  PROTOPKG_TOKEN="$token" "$protopkg" publish "$billing" --registry "$url" | tee /dev/stderr | grep -q 'published acme/billing@1.0.0'
  unzip -l "$billing/dist/swift/acme.billing-protos-1.0.0.zip"
}
protocol() {
  local a='Accept: application/vnd.swift.registry.v1+json'
  curl -sf -D "$work/h" -H "$a" "$url/swift/acme/billing-protos" | tee /dev/stderr | grep -q '"1.0.0"'
  grep -qi '^content-version: 1' "$work/h"
  curl -sf -H "$a" "$url/swift/acme/billing-protos/1.0.0" > "$work/meta.json"
  curl -sf -H 'Accept: application/vnd.swift.registry.v1+zip' "$url/swift/acme/billing-protos/1.0.0.zip" -o "$work/got.zip"
  cmp "$work/got.zip" "$billing/dist/swift/acme.billing-protos-1.0.0.zip"        # the published bytes
  python3 - "$work/meta.json" "$work/got.zip" <<'PY'
import hashlib, json, sys
meta = json.load(open(sys.argv[1]))
archive = [r for r in meta["resources"] if r["name"] == "source-archive"][0]
assert archive["checksum"] == hashlib.sha256(open(sys.argv[2], "rb").read()).hexdigest(), meta
assert meta["id"] == "acme.billing-protos" and meta["version"] == "1.0.0", meta
print("checksum", archive["checksum"])
PY
  curl -sf "$url/swift/acme/billing-protos/1.0.0/Package.swift" | grep -q '.package(id: "acme.common-protos", from: "1.2.0")'
  [ "$(swift package compute-checksum "$work/got.zip")" = "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["resources"][0]["checksum"])' "$work/meta.json")" ]
  [ "$(curl -s -o "$work/body" -w '%{http_code} %{content_type}' "$url/swift/acme/nothing-protos")" = "404 application/problem+json" ]
  grep -q '"detail"' "$work/body"
}
info_and_pull() {
  PROTOPKG_TOKEN="$reader" "$protopkg" info acme/billing@1.0.0 --registry "$url" | tee "$work/info"
  grep -qF "swift package-registry set $url/swift" "$work/info"
  grep -qF '.package(id: "acme.billing-protos", from: "1.0.0")' "$work/info"
  PROTOPKG_TOKEN="$reader" "$protopkg" pull 'acme/billing@^1.0' --lang swift --out "$work/pulled" --registry "$url" | tee "$work/pull"
  cmp "$work/pulled/acme.billing-protos-1.0.0.zip" "$billing/dist/swift/acme.billing-protos-1.0.0.zip"
}

# Like check, but in this shell: for a step that starts a process the later steps use.
check_here() {
  local name="$1"; shift
  if "$@" >"$work/log" 2>&1; then passed=$((passed + 1)); echo "ok - $name"
  else failed=$((failed + 1)); echo "not ok - $name"; sed 's/^/#   /' "$work/log" | tail -40; fi
}

# The Python InvoiceService, from the wheels, on a free loopback port; sets grpc_pid and grpc_port.
start_grpc() {
  "$protopkg" build "$common" >/dev/null || return 1
  "$protopkg" build "$billing" >/dev/null || return 1
  python3 -m venv "$work/venv" || return 1
  "$work/venv/bin/pip" install --disable-pip-version-check -q "$common"/dist/python/*.whl "$billing"/dist/python/*.whl || return 1
  serve_grpc
}
# A fresh InvoiceService from that venv (each client expects the first invoice id).
serve_grpc() {
  "$work/venv/bin/python" -I "$root/Tests/integration/python/grpc_roundtrip.py" --serve > "$work/grpc.out" 2>"$work/grpc.err" &
  grpc_pid=$!
  for _ in $(seq 1 100); do
    grpc_port="$(sed -n 's/^listening on //p' "$work/grpc.out")"
    [ -n "$grpc_port" ] && return 0
    sleep 0.1
  done
  cat "$work/grpc.err" >&2; return 1
}

# consume LABEL URL [CA_FILE] [TOKEN]: the consumer against the registry at URL, in its own
# SwiftPM configuration; resolve, build, and a gRPC call to the Python server.
consume() {
  local label="$1" registry="$2" ca="${3:-}" secret="${4:-}"
  local state="$work/swiftpm-$label" pkg="$work/consumer-$label"
  mkdir -p "$state/config" "$state/security" "$state/cache"
  touch "$state/netrc" && chmod 600 "$state/netrc"
  cp -R "$root/Tests/integration/swift/consumer" "$pkg"
  local opts=(--config-path "$state/config" --security-path "$state/security" --cache-path "$state/cache" --netrc-file "$state/netrc")
  local trusted=()
  if [ -n "$ca" ]; then
    cat /etc/ssl/certs/ca-certificates.crt "$ca" > "$state/ca-bundle.crt"
    trusted=(unshare -m sh -c 'mount --bind "$0" /etc/ssl/certs/ca-certificates.crt && exec "$@"' "$state/ca-bundle.crt")
  fi
  swift() { if [ ${#trusted[@]} -gt 0 ]; then "${trusted[@]}" swift "$@"; else command swift "$@"; fi; }
  (
    set -e
    cd "$pkg"
    local insecure=(); [[ "$registry" == http://* ]] && insecure=(--allow-insecure-http)
    swift package-registry set --global "${opts[@]}" "${insecure[@]}" "$registry/swift"
    # Unsigned packages are allowed in this configuration only (protopkg does not sign them).
    python3 - "$state/config/registries.json" <<'PY'
import json, sys
path = sys.argv[1]
config = json.load(open(path))
config["security"] = {"default": {"signing": {"onUnsigned": "silentAllow"}}}
json.dump(config, open(path, "w"), indent=2)
PY
    if [ -n "$secret" ]; then swift package-registry login "${opts[@]}" "$registry/swift" --token "$secret" --no-confirm; fi
    swift package "${opts[@]}" --scratch-path "$scratch" resolve 2>&1 | sed 's/^/> /'
    grep -A4 '"acme.billing-protos"' Package.resolved | grep -q '"version" : "1.0.0"'
    grep -A4 '"acme.common-protos"' Package.resolved | grep -q '"version" : "1.2.0"'
    swift build "${opts[@]}" --scratch-path "$scratch" --product InvoiceClient 2>&1 | tee "$state/build.log" | tail -n 1 | sed 's/^/> /'
    "$(swift build "${opts[@]}" --scratch-path "$scratch" --show-bin-path)/InvoiceClient" "$grpc_port" | sed 's/^/> /'
  )
}

check "publish acme/common and acme/billing with the swift target" publish
check "registry protocol: releases, metadata checksum = the zip's sha256, Package.swift, problem details" protocol
check "protopkg info shows the SwiftPM lines; pull --lang swift fetches the archive" info_and_pull
check_here "the Python InvoiceService serves on loopback" start_grpc
check "swift resolve + build of the consumer over HTTP, then a gRPC call" consume http "$url"
stop_grpc
stop_server

# The same consumer over HTTPS with a throwaway CA, from a private registry, with a read token.
tls="$work/tls"; mkdir -p "$tls"
make_ca() {
  openssl req -x509 -newkey rsa:2048 -nodes -keyout "$tls/ca.key" -out "$tls/ca.pem" -days 1 -subj "/CN=protopkg test CA" 2>/dev/null
  openssl req -newkey rsa:2048 -nodes -keyout "$tls/server.key" -out "$tls/server.csr" -subj "/CN=127.0.0.1" 2>/dev/null
  printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\n' > "$tls/ext.cnf"
  openssl x509 -req -in "$tls/server.csr" -CA "$tls/ca.pem" -CAkey "$tls/ca.key" -CAcreateserial -out "$tls/server.pem" \
    -days 1 -extfile "$tls/ext.cnf" 2>/dev/null
}
private_unreadable() {   # without a token the private registry answers 401 in problem details
  [ "$(curl -s --cacert "$tls/ca.pem" -o "$work/body" -w '%{http_code}' "$url/swift/acme/billing-protos")" = 401 ]
  grep -q '"status"' "$work/body"
}
check_here "a throwaway CA and server certificate" make_ca
start_server "$data" --tls-cert "$tls/server.pem" --tls-key "$tls/server.key" || { echo "not ok - the HTTPS server starts"; failed=$((failed + 1)); }
check "a private registry over HTTPS refuses an anonymous read" private_unreadable
check_here "the Python InvoiceService serves on loopback (again)" serve_grpc
check "swift resolve + build of the consumer over HTTPS with a token, then a gRPC call" consume https "$url" "$tls/ca.pem" "$reader"
stop_grpc
stop_server
finish
