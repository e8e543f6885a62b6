#!/usr/bin/env bash
# End-to-end test of Go import paths across major versions (Go's import compatibility rule:
# from v2 on, a module's path ends in /vN).
#
#   Tests/integration/go_majors.sh PATH/TO/protopkg
#
# Builds acme/money 2.0.0, then acme/ledger 1.0.0 and, after a breaking change, 2.0.0. Their files
# set go_package (the case protoc-gen-go used to refuse with "does not match prefix"), one ledger
# file does not. Checks the module zips' paths and go.mod, builds each module with go in GOPATH
# mode against Debian's /usr/share/gocode, and builds a program that imports ledger v1 and v2
# side by side. Prints `ok - NAME` / `not ok - NAME`, then `N passed, M failed`.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
integration_setup "$1" "${TMPDIR:-/tmp}/protopkg-go-majors.XXXXXX"
here="$(cd "$(dirname "$0")" && pwd)"

gopath="$work/gopath"
gocmd() { GO111MODULE=off GOFLAGS= GOCACHE="$work/gocache" GOPATH="$gopath:/usr/share/gocode" go "$@"; }

# Unpacks a module zip (entries MODULE@vX.Y.Z/...) into $gopath/src/MODULE/...
unpack() {
  python3 - "$1" "$gopath/src" <<'PY'
import os, re, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    for info in z.infolist():
        m = re.match(r"^([^@]+)@v[^/]+/(.+)$", info.filename)
        if not m or info.filename.endswith("/"):
            continue
        target = os.path.join(sys.argv[2], m.group(1), m.group(2))
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with z.open(info) as src, open(target, "wb") as out:
            out.write(src.read())
PY
}

money="$work/money"; ledger="$work/ledger"
mkdir -p "$money/proto/acme/money/v1" "$ledger/proto/acme/ledger/v1"
cat > "$money/protopkg.yaml" <<'YAML'
name: acme/money
version: 2.0.0
targets:
  go: { module: example.com/acme/money }
  descriptor: {}
YAML
cat > "$money/proto/acme/money/v1/money.proto" <<'PROTO'
syntax = "proto3";
package acme.money.v1;
option go_package = "example.com/acme/money/acme/money/v1;moneyv1";
// An amount of money.
message Money {
  // ISO 4217.
  string currency_code = 1;
  // Whole units.
  int64 units = 2;
}
PROTO
cat > "$ledger/protopkg.yaml" <<'YAML'
name: acme/ledger
version: 1.0.0
deps:
  acme/money: { version: ^2.0, path: ../money }
targets:
  go: { module: example.com/acme/ledger }
  descriptor: {}
YAML
cat > "$ledger/proto/acme/ledger/v1/entry.proto" <<'PROTO'
syntax = "proto3";
package acme.ledger.v1;
import "acme/money/v1/money.proto";
option go_package = "example.com/acme/ledger/acme/ledger/v1;ledgerv1";
// One ledger entry.
message Entry {
  // Its ID.
  string id = 1;
  // How much.
  acme.money.v1.Money amount = 2;
  // A note.
  string memo = 3;
}
PROTO
# No go_package here: protopkg derives it, and it must agree with entry.proto's.
cat > "$ledger/proto/acme/ledger/v1/book.proto" <<'PROTO'
syntax = "proto3";
package acme.ledger.v1;
import "acme/ledger/v1/entry.proto";
// Entries kept together.
message Book {
  // In order.
  repeated Entry entries = 1;
}
PROTO

zip_of() { ls "$1"/dist/go/*.zip; }
zip_lists() { python3 -c 'import sys, zipfile; print("\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))' "$1"; }
zip_cat() { python3 -c 'import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode())' "$1" "$2"; }

build_money() {
  "$protopkg" build "$money"
  local z; z="$(zip_of "$money")"; zip_lists "$z"
  zip_lists "$z" | grep -x 'example.com/acme/money/v2@v2.0.0/acme/money/v1/money.pb.go' >/dev/null
  zip_cat "$z" example.com/acme/money/v2@v2.0.0/go.mod | grep -x 'module example.com/acme/money/v2' >/dev/null
  cp "$z" "$work/money-v2.zip"
}
build_ledger_v1() {
  "$protopkg" build "$ledger"
  local z; z="$(zip_of "$ledger")"; zip_lists "$z"
  zip_lists "$z" | grep -x 'example.com/acme/ledger@v1.0.0/acme/ledger/v1/entry.pb.go' >/dev/null
  zip_cat "$z" example.com/acme/ledger@v1.0.0/go.mod | tee /dev/stderr | grep 'example.com/acme/money/v2 v2.0.0' >/dev/null
  # The dependency's files are imported at its /v2 path.
  zip_cat "$z" example.com/acme/ledger@v1.0.0/acme/ledger/v1/entry.pb.go | grep '"example.com/acme/money/v2/acme/money/v1"' >/dev/null
  cp "$z" "$work/ledger-v1.zip"
}
breaking_to_v2() {
  sed -i '/A note./d; /string memo = 3;/d' "$ledger/proto/acme/ledger/v1/entry.proto"
  sed -i 's/^version: 1.0.0/version: 2.0.0/' "$ledger/protopkg.yaml"
  rm -rf "$ledger/dist"
  "$protopkg" build "$ledger"
  local z; z="$(zip_of "$ledger")"; zip_lists "$z"
  zip_lists "$z" | grep -x 'example.com/acme/ledger/v2@v2.0.0/acme/ledger/v1/entry.pb.go' >/dev/null
  zip_lists "$z" | grep -x 'example.com/acme/ledger/v2@v2.0.0/acme/ledger/v1/book.pb.go' >/dev/null
  zip_cat "$z" example.com/acme/ledger/v2@v2.0.0/go.mod | grep -x 'module example.com/acme/ledger/v2' >/dev/null
  # book.proto (no go_package) imports entry.proto (go_package rewritten): both at /v2, package ledgerv1.
  zip_cat "$z" example.com/acme/ledger/v2@v2.0.0/acme/ledger/v1/book.pb.go | grep -x 'package ledgerv1' >/dev/null
  zip_cat "$z" example.com/acme/ledger/v2@v2.0.0/acme/ledger/v1/entry.pb.go | grep -x 'package ledgerv1' >/dev/null
  cp "$z" "$work/ledger-v2.zip"
}
go_build_each() {
  for z in money-v2 ledger-v1 ledger-v2; do unpack "$work/$z.zip"; done
  for pkg in example.com/acme/money/v2/acme/money/v1 example.com/acme/ledger/acme/ledger/v1 \
             example.com/acme/ledger/v2/acme/ledger/v1; do
    echo "go build $pkg"; gocmd build "$pkg"
  done
}
go_consumer() {
  mkdir -p "$gopath/src/protopkg.test/majors"
  cp "$here/go_majors/main.go" "$gopath/src/protopkg.test/majors/main.go"
  gocmd build -o "$work/majors" protopkg.test/majors
  # Both majors register the same .proto file paths, which protobuf-go refuses at start-up
  # unless told otherwise: the Go packages are distinct, the proto registry is global.
  GOLANG_PROTOBUF_REGISTRATION_CONFLICT=warn "$work/majors" >"$work/majors.out" 2>"$work/majors.err"
  grep "conflict" "$work/majors.err" | head -3
  cat "$work/majors.out"
  diff - "$work/majors.out" <<'OUT'
acme.ledger.v1.Entry 18 bytes
acme.ledger.v1.Entry 13 bytes
book 1 entries, first e2 7 EUR
OUT
}
outside_module() {
  cp -R "$ledger" "$work/stray"
  sed -i 's|example.com/acme/ledger/acme/ledger/v1;ledgerv1|example.org/elsewhere/v1;ledgerv1|' "$work/stray/proto/acme/ledger/v1/entry.proto"
  sed -i 's|path: ../money|path: '"$money"'|' "$work/stray/protopkg.yaml"
  rm -rf "$work/stray/dist"
  local s=0; "$protopkg" build "$work/stray" 2>"$work/stray.err" || s=$?
  cat "$work/stray.err"
  [ "$s" -eq 1 ] && grep -q 'go_package "example.org/elsewhere/v1;ledgerv1", which is outside the Go module example.com/acme/ledger' "$work/stray.err"
}

check "go: acme/money 2.0.0 is the Go module example.com/acme/money/v2" build_money
check "go: acme/ledger 1.0.0 imports money at its /v2 path" build_ledger_v1
check "go: acme/ledger 2.0.0 (go_package set) is example.com/acme/ledger/v2" breaking_to_v2
check "go: each module builds with go build (GOPATH mode)" go_build_each
check "go: a program importing ledger v1 and v2 builds and runs" go_consumer
check "go: a go_package outside the Go module is one clear error" outside_module

finish
