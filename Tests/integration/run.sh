#!/usr/bin/env bash
# End-to-end test of `protopkg build` on the two example modules.
#
#   Tests/integration/run.sh PATH/TO/protopkg
#
# Builds copies of examples/common and examples/billing, then checks what a user of the
# outputs relies on: the Python wheels install side by side and serve real gRPC calls,
# the Go zips compile in a GOPATH together with a program that uses them, the descriptor
# set holds the imports, the bundle is reproducible, and a broken .proto fails the build
# with a file:line:column message and without touching dist/.
#
# Prints `ok - NAME` or `not ok - NAME` per check (with the check's log after a failure),
# then `N passed, M failed`; exits 1 when a check failed.
# Needs: python3 with venv (or the interpreter named by $PYTHON) and access to PyPI or the
# pip cache for protobuf and grpcio; go with the Debian golang-google-protobuf-dev and
# golang-google-grpc-dev packages under /usr/share/gocode.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"   # check, refute

if [ $# -ne 1 ]; then
  echo "usage: $0 PATH/TO/protopkg" >&2
  exit 2
fi
if [ ! -x "$1" ]; then
  echo "$0: $1 is not an executable" >&2
  exit 2
fi
protopkg="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
here="$(cd "$(dirname "$0")" && pwd)"
examples="$(cd "$here/../../examples" && pwd)"
python="${PYTHON:-python3}"

work="$(mktemp -d "${TMPDIR:-/tmp}/protopkg-integration.XXXXXX")"
trap 'rm -rf "$work"' EXIT

passed=0
failed=0

# The one file that matches a glob; fails when there are none or several.
only_file() {
  local matches=()
  local f
  for f in $1; do
    [ -e "$f" ] && matches+=("$f")
  done
  if [ ${#matches[@]} -ne 1 ]; then
    echo "expected exactly one file matching $1, found ${#matches[@]}: ${matches[*]:-}" >&2
    return 1
  fi
  echo "${matches[0]}"
}

# Copies both examples into DIR (billing finds common through its `path: ../common`).
copy_examples() {
  mkdir -p "$1"
  cp -R "$examples/common" "$examples/billing" "$1/"
  rm -rf "$1/common/dist" "$1/billing/dist" "$1/common/.protopkg" "$1/billing/.protopkg"
}

build() {
  "$protopkg" build "$1"
}

# A listing of every path under DIR with the SHA-256 of each regular file.
snapshot() {
  (
    cd "$1"
    find . -print | LC_ALL=C sort | while IFS= read -r path; do
      if [ -f "$path" ] && [ ! -L "$path" ]; then
        echo "$(sha256sum <"$path" | cut -d' ' -f1) $path"
      else
        echo "$(stat -c %F "$path") $path"
      fi
    done
  )
}

# --- builds ---------------------------------------------------------------------------

a="$work/a"
copy_examples "$a"
check "build acme/common" build "$a/common"
check "build acme/billing" build "$a/billing"

# --- Python ---------------------------------------------------------------------------

venv="$work/venv"

python_install() {
  local common billing
  common="$(only_file "$a/common/dist/python/*.whl")"
  billing="$(only_file "$a/billing/dist/python/*.whl")"
  "$python" -m venv "$venv"
  "$venv/bin/python" -m pip install --disable-pip-version-check --no-input -q "$common" "$billing"
}

python_roundtrip() {
  # -I: site-packages only, so the generated modules must come from the wheels.
  cd "$work"
  "$venv/bin/python" -I "$here/python/grpc_roundtrip.py"
}

# Two wheels that install into one site-packages must not both own a file (acme/__init__.py
# is the usual offender); pip would let the second silently overwrite the first.
python_disjoint() {
  local common billing
  common="$(only_file "$a/common/dist/python/*.whl")"
  billing="$(only_file "$a/billing/dist/python/*.whl")"
  "$python" - "$common" "$billing" <<'EOF'
import csv, io, sys, zipfile

def owned(wheel):
    with zipfile.ZipFile(wheel) as z:
        records = [n for n in z.namelist() if n.endswith(".dist-info/RECORD")]
        if len(records) != 1:
            sys.exit("%s: expected one RECORD, found %r" % (wheel, records))
        rows = csv.reader(io.TextIOWrapper(z.open(records[0]), encoding="utf-8"))
        paths = {row[0] for row in rows if row}
        generated = [p for p in paths if p.endswith("_pb2.py")]
        if not generated:
            sys.exit("%s: RECORD lists no generated _pb2.py module" % wheel)
        return paths

shared = owned(sys.argv[1]) & owned(sys.argv[2])
if shared:
    sys.exit("files owned by both wheels: " + ", ".join(sorted(shared)))
print("no shared files")
EOF
}

check "python: install both wheels into a fresh venv" python_install
check "python: grpc roundtrip through the generated stubs" python_roundtrip
check "python: the wheels own no common file" python_disjoint

# --- Go -------------------------------------------------------------------------------

gopath="$work/gopath"

# go in GOPATH mode: the generated code beside the Debian packages of its dependencies.
gocmd() {
  GO111MODULE=off GOFLAGS= GOCACHE="$work/gocache" GOPATH="$gopath:/usr/share/gocode" go "$@"
}

# Unpacks a module zip (entries MODULE@vX.Y.Z/...) into $gopath/src/MODULE/...
go_unpack() {
  "$python" - "$1" "$gopath/src" <<'EOF'
import os, re, sys, zipfile

zip_path, src = sys.argv[1], sys.argv[2]
count = 0
with zipfile.ZipFile(zip_path) as z:
    for info in z.infolist():
        name = info.filename
        match = re.match(r"^([^@]+)@v[^/]+/(.*)$", name)
        if not match or name.startswith("/") or ".." in name.split("/"):
            sys.exit("%s: unexpected entry %r" % (zip_path, name))
        if name.endswith("/"):
            continue
        target = os.path.join(src, match.group(1), match.group(2))
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with z.open(info) as source, open(target, "wb") as out:
            out.write(source.read())
        count += name.endswith(".go")
if count == 0:
    sys.exit("%s: no .go files" % zip_path)
print("unpacked %d Go files from %s" % (count, zip_path))
EOF
}

go_build_module() {
  local dir="$1" module="$2"
  go_unpack "$(only_file "$a/$dir/dist/go/*.zip")"
  cd "$gopath/src/$module"
  gocmd build ./...
}

go_program() {
  local pkg="$gopath/src/protopkg.test/roundtrip"
  mkdir -p "$pkg"
  cp "$here/go/main.go" "$pkg/main.go"
  gocmd build -o "$work/roundtrip" protopkg.test/roundtrip
  local expected="invoice inv_0001 INVOICE_STATUS_OPEN EUR 37.500000000 due 2026-01-31T00:00:00Z card 4242 paid EUR"
  local actual
  actual="$("$work/roundtrip")"
  echo "$actual"
  [ "$actual" = "$expected" ] || { echo "expected: $expected" >&2; return 1; }
}

check "go: build example.com/acme/common" go_build_module common example.com/acme/common
check "go: build example.com/acme/billing" go_build_module billing example.com/acme/billing
check "go: program using the generated billing package" go_program

# --- descriptor set -------------------------------------------------------------------

descriptor_set() {
  local binpb="$a/billing/dist/acme-billing-1.0.0.binpb"
  [ -f "$binpb" ] || { echo "missing $binpb" >&2; return 1; }
  local py="$venv/bin/python"
  [ -x "$py" ] || py="$python"
  "$py" -I - "$binpb" <<'EOF'
import sys
from google.protobuf import descriptor_pb2

fds = descriptor_pb2.FileDescriptorSet()
with open(sys.argv[1], "rb") as f:
    fds.ParseFromString(f.read())
names = [f.name for f in fds.file]
for wanted in ("google/protobuf/timestamp.proto", "acme/common/v1/money.proto",
               "acme/billing/v1/invoice_service.proto"):
    if wanted not in names:
        sys.exit("%s is not in the descriptor set: %s" % (wanted, names))
services = [s.name for f in fds.file for s in f.service]
if "InvoiceService" not in services:
    sys.exit("no InvoiceService in the descriptor set")
print("%d files: %s" % (len(names), ", ".join(names)))
EOF
}

check "descriptor: dist/acme-billing-1.0.0.binpb includes the imports" descriptor_set

# --- reproducible bundles -------------------------------------------------------------

bundle_determinism() {
  local b="$work/elsewhere/b"
  copy_examples "$b"
  build "$b/common"
  build "$b/billing"
  local bundle sum_a sum_b
  for bundle in common/dist/acme-common-1.2.0.protopkg.tgz billing/dist/acme-billing-1.0.0.protopkg.tgz; do
    sum_a="$(sha256sum <"$a/$bundle" | cut -d' ' -f1)"
    sum_b="$(sha256sum <"$b/$bundle" | cut -d' ' -f1)"
    echo "$sum_a $a/$bundle"
    echo "$sum_b $b/$bundle"
    [ "$sum_a" = "$sum_b" ] || { echo "$bundle differs between two builds" >&2; return 1; }
  done
}

check "bundle: two builds in different places give the same bytes" bundle_determinism

# --- a syntax error -------------------------------------------------------------------

bad="$work/bad"
bad_proto="proto/acme/billing/v1/invoice.proto"

# Breaks one field of a copy that was already built, then builds it again.
bad_build() {
  mkdir -p "$bad"
  cp -R "$a/common" "$a/billing" "$bad/"
  [ -d "$bad/billing/dist" ] || { echo "no dist/ from the first build to compare" >&2; return 1; }
  local file="$bad/billing/$bad_proto" line
  line="$(grep -n 'int32 quantity = 2;' "$file" | cut -d: -f1)"
  [ -n "$line" ] || { echo "the field to break is gone from $bad_proto" >&2; return 1; }
  sed -i "${line}s/int32 quantity = 2;/int32 quantity = ;/" "$file"
  echo "$line" >"$work/bad.line"
  snapshot "$bad/billing/dist" >"$work/dist-before"
  local status=0
  "$protopkg" build "$bad/billing" >"$work/bad.stdout" 2>"$work/bad.stderr" || status=$?
  echo "exit status $status"
  [ "$status" -eq 1 ]
}

bad_message() {
  local line
  line="$(cat "$work/bad.line")"
  cat "$work/bad.stderr"
  grep -Eq "invoice\.proto:$line:[0-9]+" "$work/bad.stderr" || {
    echo "stderr does not name invoice.proto:$line:COLUMN" >&2
    return 1
  }
}

bad_dist_unchanged() {
  snapshot "$bad/billing/dist" >"$work/dist-after"
  diff "$work/dist-before" "$work/dist-after"
}

check "bad input: build exits 1" bad_build
check "bad input: stderr names file:line:column" bad_message
check "bad input: dist/ is left as it was" bad_dist_unchanged

# --- the command line -----------------------------------------------------------------


cli_help() { "$protopkg" --help >/dev/null && "$protopkg" build --help | grep -- '--out' >/dev/null; }
cli_usage() {
  local s=0
  "$protopkg" build --no-such-flag 2>"$work/usage.err" || s=$?
  cat "$work/usage.err"
  [ "$s" -eq 2 ] && grep -q 'no-such-flag' "$work/usage.err"
}
cli_init_build() {
  "$protopkg" init "$work/fresh" --name acme/fresh-start
  [ -f "$work/fresh/proto/acme/fresh_start/v1/fresh_start.proto" ] && [ -f "$work/fresh/build/Makefile" ]
  # The Makefile written by init drives the same build.
  make -s -C "$work/fresh/build" descriptor PROTOPKG="$protopkg"
  [ -f "$work/fresh/dist/acme-fresh-start-0.1.0.binpb" ]
  "$protopkg" build "$work/fresh" | grep 'acme_fresh_start_protos-0.1.0-py3-none-any.whl' >/dev/null
}
cli_init_refuses() {
  local before s=0
  before="$(snapshot "$work/fresh")"
  "$protopkg" init "$work/fresh" --name acme/other 2>"$work/init.err" || s=$?
  cat "$work/init.err"
  [ "$s" -eq 1 ] && grep -q 'refusing to overwrite' "$work/init.err" && [ "$before" = "$(snapshot "$work/fresh")" ]
}
cli_unknown_target() {
  local s=0
  "$protopkg" build "$work/fresh" --target rust 2>"$work/target.err" || s=$?
  cat "$work/target.err"
  [ "$s" -eq 1 ] && grep -q 'unknown target "rust"' "$work/target.err"
}

check "cli: --help exits 0" cli_help
check "cli: a usage error exits 2" cli_usage
check "cli: init writes a module that builds, also through build/Makefile" cli_init_build
check "cli: init refuses to overwrite and changes nothing" cli_init_refuses
check "cli: an unknown target is an error" cli_unknown_target

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
