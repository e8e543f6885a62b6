#!/usr/bin/env bash
# The demo: protopkg on the sample API in examples/ — two modules, one depending on the other.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
protopkg="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
cd "$root"
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
run() { printf '$ %s\n' "$*"; "$@"; }

step "the sample API: examples/common (acme/common) and examples/billing (acme/billing, depends on acme/common)"
find examples/common/proto examples/billing/proto -name '*.proto' | sort
run cat examples/billing/protopkg.yaml

step "lint: buf's STANDARD rules (the examples are clean: no output, exit 0)"
run "$protopkg" lint examples/common
run "$protopkg" lint examples/billing
echo "lint: clean"

step "compile: the descriptor set, with imports (well-known types, acme/common)"
run "$protopkg" compile examples/billing -o /tmp/protopkg-demo-billing.binpb --include-imports
echo "wrote /tmp/protopkg-demo-billing.binpb ($(stat -c %s /tmp/protopkg-demo-billing.binpb) bytes)"

step "build: bundle, descriptor set, Python wheel, Go module zip — the version comes from the manifest"
rm -rf examples/common/dist examples/billing/dist examples/common/.protopkg examples/billing/.protopkg
run "$protopkg" build examples/common
run "$protopkg" build examples/billing

step "the contents of dist/"
(cd examples/billing && find dist -type f | sort | while read -r f; do printf '  %-60s %8s bytes\n' "$f" "$(stat -c %s "$f")"; done)

step "the bundle's protopkg.json (name, version, deps, toolchain, digests of every entry)"
tar -xzOf examples/billing/dist/acme-billing-1.0.0.protopkg.tgz protopkg.json | head -30
echo "  ..."

step "the wheel: generated modules and the runtime it requires"
python3 - examples/billing/dist/python/*.whl <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    for n in z.namelist():
        if not n.endswith("RECORD"): print("  " + n)
    meta = next(n for n in z.namelist() if n.endswith("METADATA"))
    print("".join("  " + l + "\n" for l in z.read(meta).decode().splitlines() if l.startswith(("Name", "Version", "Requires-Dist"))), end="")
PY

step "the Go module zip: proxy layout, go.mod"
python3 - examples/billing/dist/go/*.zip <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    for n in z.namelist(): print("  " + n)
    print(z.read(next(n for n in z.namelist() if n.endswith("go.mod"))).decode())
PY

step "a second build with no change does no work"
start=$(date +%s%N); "$protopkg" build examples/billing >/dev/null; end=$(date +%s%N)
echo "no-op build: $(( (end - start) / 1000000 )) ms"

step "the version a change requires: a scratch git repository with the example released as v1.0.0"
scratch="$(mktemp -d)"; trap 'rm -rf "$scratch"' EXIT
cp -R examples/common examples/billing "$scratch/"
rm -rf "$scratch"/*/dist "$scratch"/*/.protopkg
printf 'dist/\n.protopkg/\n' > "$scratch/.gitignore"
g() { git -C "$scratch" -c user.name=demo -c user.email=demo@example.invalid "$@"; }
g init -q -b main && g add -A && g commit -qm "billing 1.0.0" && g tag -a v1.0.0 -m "billing 1.0.0"
invoice="$scratch/billing/proto/acme/billing/v1/invoice.proto"

echo "-- add a field to Invoice:"
sed -i 's/^message Invoice {/message Invoice {\n  \/\/ A note printed on the invoice.\n  string note = 99;/' "$invoice"
run "$protopkg" version next "$scratch/billing"
run "$protopkg" version check "$scratch/billing" || echo "(exit $?: the manifest still says 1.0.0)"

echo "-- delete a field instead:"
g checkout -q -- billing
sed -i '/string customer_id = /d' "$invoice"
run "$protopkg" breaking "$scratch/billing" --against git:v1.0.0 || echo "(exit $?: breaking changes found)"
run "$protopkg" version next "$scratch/billing"

step "the registry: serve on embedded defaults (SQLite + blobs in a temporary directory), on a free port; anyone may read, publishing needs a token"
data="$scratch/registry"
"$protopkg" registry serve --data "$data" --listen 127.0.0.1:0 --public-read > "$scratch/server.out" 2> "$scratch/server.err" &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$scratch"' EXIT
for _ in $(seq 1 100); do url="$(sed -n 's/^protopkg registry listening on //p' "$scratch/server.out")"; [ -n "$url" ] && break; sleep 0.1; done
echo "registry at $url"
export PROTOPKG_REGISTRY="$url"   # for --against registry:VERSION
echo "\$ protopkg registry token create --data $data --scope 'publish:acme/*'"
"$protopkg" registry token create --data "$data" --scope 'publish:acme/*' > "$scratch/token"
export PROTOPKG_TOKEN="$(cat "$scratch/token")"
echo "(token printed once, stored hashed)"

step "publish acme/common 1.2.0 and acme/billing 1.0.0"
g checkout -q -- billing
run "$protopkg" publish "$scratch/common" --registry "$url"
run "$protopkg" publish "$scratch/billing" --registry "$url"

step "add a field and publish 1.1.0 (version bump computed from the change)"
sed -i 's/^message Invoice {/message Invoice {\n  \/\/ A note printed on the invoice.\n  string note = 99;/' "$invoice"
run "$protopkg" version bump "$scratch/billing"
run "$protopkg" publish "$scratch/billing" --registry "$url"

step "delete a field and try to publish it as 1.2.0: the registry refuses"
sed -i '/string customer_id = /d' "$invoice"
sed -i 's/^version: .*/version: 1.2.0/' "$scratch/billing/protopkg.yaml"
run "$protopkg" publish "$scratch/billing" --registry "$url" || echo "(exit $?: refused)"

step "the semantic changelog of that change (what the registry's diff page shows), then publish it as 2.0.0"
run "$protopkg" changelog "$scratch/billing" --against registry:1.1.0
sed -i 's/^version: .*/version: 2.0.0/' "$scratch/billing/protopkg.yaml"
run "$protopkg" publish "$scratch/billing" --registry "$url"

step "install the stubs with a stock pip from the registry's simple index"
python3 -m venv "$scratch/venv"
index="${url/http:\/\//http://__token__:$PROTOPKG_TOKEN@}/pypi/simple/"
run "$scratch/venv/bin/pip" install -q --index-url "$index" --extra-index-url https://pypi.org/simple 'acme-billing-protos==1.1.*'
"$scratch/venv/bin/python" -c 'from acme.billing.v1 import invoice_pb2; print("imported", invoice_pb2.Invoice.DESCRIPTOR.full_name, "with fields:", ", ".join(invoice_pb2.Invoice.DESCRIPTOR.fields_by_name))'
"$scratch/venv/bin/pip" list 2>/dev/null | grep -i acme

step "what the registry says about acme/billing 1.1.0, with the install line for each package manager"
run "$protopkg" info acme/billing@1.1.0 --registry "$url"

step "go get the stubs through the registry's Go module proxy, and build a program with them"
# No public Go proxy is reachable here: google.golang.org/protobuf and grpc come from a file
# proxy made from Debian's Go sources, listed after the registry in GOPROXY.
python3 "$root/Tests/integration/go/debian_goproxy.py" "$scratch/gomirror" google.golang.org/protobuf@v1.28.1 google.golang.org/grpc@v1.32.0 >/dev/null
export GOPATH="$scratch/gopath" GOMODCACHE="$scratch/gopath/pkg/mod" GOCACHE="$scratch/gocache" GOFLAGS=-modcacherw GOENV=off GO111MODULE=on
export GOPROXY="$url/go,file://$scratch/gomirror" GONOSUMDB="example.com/acme,$(ls "$scratch/gomirror" | paste -sd, -)"
mkdir -p "$scratch/goapp"
printf 'module example.com/goapp\n\ngo 1.19\n' > "$scratch/goapp/go.mod"
cat > "$scratch/goapp/main.go" <<'GO'
package main

import (
	"fmt"

	billingv1 "example.com/acme/billing/acme/billing/v1"
	commonv1 "example.com/acme/common/acme/common/v1"
	"google.golang.org/protobuf/proto"
)

func main() {
	in := &billingv1.Invoice{Id: "inv-1", Note: "from the registry", Total: &commonv1.Money{CurrencyCode: "EUR", Units: 42}}
	b, _ := proto.Marshal(in)
	var out billingv1.Invoice
	if err := proto.Unmarshal(b, &out); err != nil {
		panic(err)
	}
	fmt.Printf("go: %s %q %s %d (%d bytes on the wire)\n", out.Id, out.Note, out.Total.CurrencyCode, out.Total.Units, len(b))
}
GO
echo "\$ GOPROXY=$url/go,... GONOSUMDB=example.com/acme,... go get example.com/acme/billing@v1.1.0"
(cd "$scratch/goapp" && go get example.com/acme/billing@v1.1.0 && go get . >/dev/null 2>&1 && go build -o goapp . && ./goapp)
chmod -R u+w "$scratch/gopath"

step "the registry's pages: modules, API docs, sources and the changelog between any two versions"
echo "  $url/                                     modules, and search over packages, messages, services, RPCs"
echo "  $url/acme/billing                         versions, each release's bump, install lines with copy buttons"
echo "  $url/acme/billing/1.1.0                   API docs of 1.1.0"
echo "  $url/acme/billing/diff/1.1.0...2.0.0      what 2.0.0 broke, and whether its number honours it"
# On a terminal the registry stays up for a person to open the pages; otherwise (CI, a pipe,
# `make demo < /dev/null`) the demo ends here and the registry with it.
if [ -t 0 ] && [ -z "${CI:-}" ]; then
  read -r -p "The registry stays up at $url until you press Enter. " _ || true
else
  echo "registry at $url (stops now: not on a terminal)"
fi
