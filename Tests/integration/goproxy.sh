#!/usr/bin/env bash
# End-to-end test of the registry's Go module proxy with Debian's go as the client: publish the
# examples, then `go get` them from URL/go (by exact version, @latest, @v1, a /v2 major), build
# and run a program that uses them; yanked versions, unknown modules and encoded paths; and
# over HTTPS (a throwaway CA made with openssl, trusted through SSL_CERT_FILE only) with the
# token in .netrc, as go sends it. Other modules (google.golang.org/protobuf, grpc, ...) come
# from a file:// proxy made from Debian's Go sources (debian_goproxy.py): these machines reach
# no public proxy. Every go cache, config and HOME is in the test's temporary directory.
#   Tests/integration/goproxy.sh PATH/TO/protopkg
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
integration_setup "$1"

data="$work/data"
copy_examples "$work/mod"
billing="$work/mod/billing"; common="$work/mod/common"
invoice="$billing/proto/acme/billing/v1/invoice.proto"
# go reads no credentials over plain HTTP, so the HTTP half runs with --public-read.
start_server "$data" --public-read || { echo "not ok - the server starts"; echo "0 passed, 1 failed"; exit 1; }
token="$("$protopkg" registry token create --data "$data" --scope 'publish:acme/*')"
export PROTOPKG_TOKEN="$token" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache"

mirror="$work/mirror"
python3 "$root/Tests/integration/go/debian_goproxy.py" "$mirror" \
  google.golang.org/protobuf@v1.28.1 google.golang.org/grpc@v1.32.0 >/dev/null
# The registry's modules by the contract's GONOSUMDB; the mirror's modules likewise, as their
# bytes are Debian's and not what sum.golang.org records.
mirror_prefixes="$(ls "$mirror" | paste -sd, -)"
export HOME="$work/home" GOPATH="$work/gopath" GOMODCACHE="$work/gopath/pkg/mod" GOCACHE="$work/gocache" \
  GOENV=off GOFLAGS=-modcacherw GONOSUMDB="example.com/acme,$mirror_prefixes" GO111MODULE=on
mkdir -p "$HOME"

consumer() {  # DIR IMPORT_PREFIX: a program that builds an invoice and reads it back
  mkdir -p "$1"
  printf 'module example.com/consumer\n\ngo 1.19\n' > "$1/go.mod"
  cat > "$1/main.go" <<EOF
package main

import (
	"fmt"

	billingv1 "$2/acme/billing/v1"
	commonv1 "example.com/acme/common/acme/common/v1"
	"google.golang.org/protobuf/proto"
)

func main() {
	in := &billingv1.Invoice{Id: "inv-7", Total: &commonv1.Money{CurrencyCode: "EUR", Units: 12}}
	b, err := proto.Marshal(in)
	if err != nil {
		panic(err)
	}
	var out billingv1.Invoice
	if err := proto.Unmarshal(b, &out); err != nil {
		panic(err)
	}
	fmt.Println(out.Id, out.Total.CurrencyCode, out.Total.Units)
}
EOF
}
goproxy() { GOPROXY="$url/go,file://$mirror" "$@"; }

publish() {
  "$protopkg" publish "$common" --registry "$url" | grep -q 'published acme/common@1.2.0'
  "$protopkg" publish "$billing" --registry "$url" | grep -q 'published acme/billing@1.0.0'
  sed -i 's/^message Invoice {/message Invoice {\n  \/\/ A note printed on the invoice.\n  string note = 99;/' "$invoice"
  sed -i 's/^version: 1.0.0/version: 1.1.0/' "$billing/protopkg.yaml"
  "$protopkg" publish "$billing" --registry "$url" | grep -q 'published acme/billing@1.1.0'
}
protocol() {
  [ "$(curl -sf "$url/go/example.com/acme/billing/@v/list")" = "$(printf 'v1.0.0\nv1.1.0')" ]
  curl -sf "$url/go/example.com/acme/billing/@latest" | grep -q '"Version":"v1.1.0"'
  curl -sf "$url/go/example.com/acme/billing/@v/v1.0.0.info" | python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["Version"]=="v1.0.0" and d["Time"].endswith("Z"), d'
  # The .zip is the published bytes; the .mod is the zip's go.mod.
  curl -sf "$url/go/example.com/acme/billing/@v/v1.1.0.zip" -o "$work/got.zip"
  cmp "$work/got.zip" "$billing"/dist/go/acme-billing-v1.1.0.zip
  curl -sf "$url/go/example.com/acme/billing/@v/v1.1.0.mod" -o "$work/got.mod"
  unzip -p "$work/got.zip" 'example.com/acme/billing@v1.1.0/go.mod' | cmp - "$work/got.mod"
  grep -q 'example.com/acme/common v1.2.0' "$work/got.mod"   # the lowest version of the range ^1.2
  # Unknown things are 404 (so a GOPROXY list falls through), with a reason go can print.
  for path in example.com/acme/nope/@v/list example.com/acme/billing/@v/v9.9.9.info example.com/acme/billing/@v/v1.0.0.txt \
              example.com/Acme/billing/@v/list example.com/acme/billing/@latest/x; do
    [ "$(curl -s -o "$work/body" -w '%{http_code}' "$url/go/$path")" = 404 ]
    grep -q '^not found: ' "$work/body"
  done
  # Case-encoded paths, percent-encoded or not, decode to the same module.
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$url/go/example.com/%21acme/billing/@v/list")" = 404 ]
  curl -sf "$url/go/example.com/acme/billing/@v/v1.0.0%2einfo" | grep -q v1.0.0
}
go_get_exact() {
  consumer "$work/c1" example.com/acme/billing
  cd "$work/c1"
  # What go prints goes into the test's output ("> " lines).
  goproxy go get example.com/acme/billing@v1.0.0 2>&1 | sed 's/^/> /'
  goproxy go get . 2>&1 | sed 's/^/> /'
  grep -q 'example.com/acme/billing v1.0.0' go.mod
  grep -q 'example.com/acme/common v1.2.0' go.mod   # fetched through the same proxy
  goproxy go build -o app .
  echo "> ./app: $(./app)"
  [ "$(./app)" = "inv-7 EUR 12" ]
}
go_get_latest_and_major() {
  cd "$work/c1"
  goproxy go get example.com/acme/billing@latest
  grep -q 'example.com/acme/billing v1.1.0' go.mod
  goproxy go get example.com/acme/billing@v1.0.0
  goproxy go get example.com/acme/billing@v1
  grep -q 'example.com/acme/billing v1.1.0' go.mod
  goproxy go build -o app . && [ "$(./app)" = "inv-7 EUR 12" ]
}
yanked() {
  curl -sf -X POST -H "Authorization: Bearer $token" "$url/api/v1/modules/acme/billing/versions/1.1.0/yank" >/dev/null
  [ "$(curl -sf "$url/go/example.com/acme/billing/@v/list")" = v1.0.0 ]
  curl -sf "$url/go/example.com/acme/billing/@latest" | grep -q '"Version":"v1.0.0"'
  curl -sf "$url/go/example.com/acme/billing/@v/v1.1.0.info" | grep -q v1.1.0   # still served by exact version
  consumer "$work/c2" example.com/acme/billing
  cd "$work/c2"
  goproxy go get example.com/acme/billing@latest
  grep -q 'example.com/acme/billing v1.0.0' go.mod
  goproxy go get example.com/acme/billing@v1.1.0
  grep -q 'example.com/acme/billing v1.1.0' go.mod
  curl -sf -X DELETE -H "Authorization: Bearer $token" "$url/api/v1/modules/acme/billing/versions/1.1.0/yank" >/dev/null
}
unknown_falls_through() {
  cd "$work/c1"
  local s=0; goproxy go get example.com/acme/nothing@v1.0.0 2>"$work/err" || s=$?
  cat "$work/err"; [ "$s" -ne 0 ]
  grep -q "mirror/example.com/acme/nothing/@v/v1.0.0.info" "$work/err"   # go asked the next proxy in the list
}
major_two() {
  # A breaking change: 2.0.0, whose Go module path carries /v2.
  sed -i '/string customer_id = /d' "$invoice"
  sed -i 's/^version: 1.1.0/version: 2.0.0/' "$billing/protopkg.yaml"
  "$protopkg" publish "$billing" --registry "$url" | grep -q 'published acme/billing@2.0.0'
  [ "$(curl -sf "$url/go/example.com/acme/billing/v2/@v/list")" = v2.0.0 ]
  [ "$(curl -sf "$url/go/example.com/acme/billing/@v/list")" = "$(printf 'v1.0.0\nv1.1.0')" ]
  consumer "$work/c3" example.com/acme/billing/v2
  cd "$work/c3"
  goproxy go get example.com/acme/billing/v2@v2.0.0
  goproxy go get .
  goproxy go build -o app . && [ "$(./app)" = "inv-7 EUR 12" ]
}
https_with_netrc() {
  stop_server
  local tls="$work/tls"; mkdir -p "$tls"
  openssl req -x509 -newkey rsa:2048 -nodes -keyout "$tls/ca.key" -out "$tls/ca.pem" -days 1 -subj "/CN=protopkg test CA" 2>/dev/null
  openssl req -newkey rsa:2048 -nodes -keyout "$tls/server.key" -out "$tls/server.csr" -subj "/CN=127.0.0.1" 2>/dev/null
  printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\n' > "$tls/ext.cnf"
  openssl x509 -req -in "$tls/server.csr" -CA "$tls/ca.pem" -CAkey "$tls/ca.key" -CAcreateserial -out "$tls/server.pem" \
    -days 1 -extfile "$tls/ext.cnf" 2>/dev/null
  start_server "$data" --tls-cert "$tls/server.pem" --tls-key "$tls/server.key"   # private: no --public-read
  [[ "$url" == https://* ]]
  local reader; reader="$("$protopkg" registry token create --data "$data" --scope read)"
  consumer "$work/c4" example.com/acme/billing
  cd "$work/c4"
  # Without credentials: refused.
  local s=0; SSL_CERT_FILE="$tls/ca.pem" goproxy go get example.com/acme/billing@v1.0.0 2>"$work/err" || s=$?
  cat "$work/err"; [ "$s" -ne 0 ] && grep -q '401' "$work/err"
  # With the token as the .netrc password, as go sends it (Basic).
  printf 'machine 127.0.0.1\nlogin token\npassword %s\n' "$reader" > "$HOME/.netrc"
  chmod 600 "$HOME/.netrc"
  SSL_CERT_FILE="$tls/ca.pem" goproxy go get example.com/acme/billing@v1.0.0
  SSL_CERT_FILE="$tls/ca.pem" goproxy go get .
  SSL_CERT_FILE="$tls/ca.pem" goproxy go build -o app . && [ "$(./app)" = "inv-7 EUR 12" ]
  rm -f "$HOME/.netrc"
  # pip over HTTPS with the token in the index URL and the CA in REQUESTS_CA_BUNDLE: pip 23.2
  # (a Python 3.11 venv's) leaves --cert out when it sends credentials, and fails to verify the registry.
  python3 -m venv "$work/venv"
  REQUESTS_CA_BUNDLE="$tls/ca.pem" "$work/venv/bin/pip" download -q --no-deps -d "$work/wheels" \
    --index-url "${url/https:\/\//https://__token__:$reader@}/pypi/simple/" 'acme-billing-protos==1.0.*'
  ls "$work/wheels"/acme_billing_protos-1.0.0-*.whl
  stop_server
}

check "publish the examples (1.0.0, 1.1.0)" publish
check "GOPROXY protocol: list, info, mod, zip, latest, 404s, encoded paths" protocol
check "go get MODULE@v1.0.0 fetches its dependency module, go build runs" go_get_exact
check "go get @latest and @v1" go_get_latest_and_major
check "a yanked version leaves list and @latest but is served by exact version" yanked
check "an unknown module falls through to the next proxy" unknown_falls_through
check "a breaking change published as 2.0.0 is fetched at MODULE/v2" major_two
check "HTTPS with a throwaway CA: go with .netrc, pip with REQUESTS_CA_BUNDLE" https_with_netrc
finish
