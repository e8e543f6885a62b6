#!/usr/bin/env bash
# End-to-end test of the registry's npm endpoint with npm 10 as the client: a private registry
# (read token in .npmrc, sent over plain HTTP) on 127.0.0.1 and a free port; publish
# examples/common and examples/billing (1.0.0, then 1.1.0); both packument forms and
# representations; `npm install @acme/billing-protos@^1.1.0` fetches @acme/common-protos from the
# same registry; node decodes a message that Python encoded with the wheels; `npm ci` from the
# lockfile gets the same integrity; other bytes under a published version are refused (409); a
# yanked version is deprecated and passed over; without the token npm gets 401; `protopkg info`'s
# npm line installs as printed. npm runs isolated: HOME, cache, userconfig and globalconfig are in
# the test's temporary directory, audit, fund and update-notifier are off, and its default
# registry is a closed port on 127.0.0.1, so nothing but this registry is reachable.
#   Tests/integration/npm.sh PATH/TO/protopkg
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
integration_setup "$1"
python="$root/.venv/bin/python"
# The python target needs grpcio-tools: the venv of `make setup`.
export PATH="$root/.venv/bin:$PATH"

npm_major="$(npm --version 2>/dev/null | cut -d. -f1)"
if [ "${npm_major:-0}" -lt 10 ]; then
  echo "not ok - npm 10 or later on PATH (found: $(npm --version 2>&1 | head -1))"; failed=1; finish; exit 1
fi
data="$work/data"
copy_examples "$work/mod"
billing="$work/mod/billing"; common="$work/mod/common"
invoice="$billing/proto/acme/billing/v1/invoice.proto"
start_server "$data" || { echo "not ok - the server starts"; echo "0 passed, 1 failed"; exit 1; }
token="$("$protopkg" registry token create --data "$data" --scope 'publish:acme/*')"
reader="$("$protopkg" registry token create --data "$data" --scope read)"
export PROTOPKG_TOKEN="$token" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache"

# npm's whole world: nothing of the user's configuration or cache is read or written.
export HOME="$work/home" npm_config_userconfig="$work/home/.npmrc" npm_config_globalconfig="$work/npmrc-global" \
  npm_config_cache="$work/npm-cache" npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false \
  npm_config_registry="http://127.0.0.1:9/" npm_config_fetch_retries=0 npm_config_loglevel=warn
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY npm_config_proxy npm_config_https_proxy
mkdir -p "$HOME"
: > "$npm_config_globalconfig"
hostport="${url#http://}"
cat > "$npm_config_userconfig" <<EOF
@acme:registry=$url/npm/
//$hostport/npm/:_authToken=$reader
EOF

app="$work/app"
# A project that needs billing; grpc-js is billing's peer dependency, which this machine cannot
# fetch: --legacy-peer-deps leaves peers to the application (which installs grpc-js itself).
new_app() { mkdir -p "$1"; printf '{ "name": "app", "version": "1.0.0", "private": true }\n' > "$1/package.json"; }
sri() { printf 'sha512-%s' "$(openssl dgst -sha512 -binary "$1" | base64 -w0)"; }

publish() {
  "$protopkg" publish "$common" --registry "$url" | grep 'published acme/common@1.2.0' >/dev/null
  "$protopkg" publish "$billing" --registry "$url" | grep 'published acme/billing@1.0.0' >/dev/null
  cp "$billing/dist/npm/acme-billing-protos-1.0.0.tgz" "$work/billing-1.0.0.tgz"
  sed -i 's/^message Invoice {/message Invoice {\n  \/\/ A note printed on the invoice.\n  string note = 99;/' "$invoice"
  sed -i 's/^version: 1.0.0/version: 1.1.0/' "$billing/protopkg.yaml"
  "$protopkg" publish "$billing" --registry "$url" | grep 'published acme/billing@1.1.0' >/dev/null
  cp "$billing/dist/npm/acme-billing-protos-1.1.0.tgz" "$work/billing-1.1.0.tgz"
  ls -l "$billing/dist/npm" "$common/dist/npm"
}
packument() {
  local doc="$work/packument.json"
  # Private: nothing without the token.
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$url/npm/@acme%2fbilling-protos")" = 401 ]
  curl -sf -H "Authorization: Bearer $reader" -H 'Accept: application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8, */*' \
    "$url/npm/@acme%2fbilling-protos" -o "$doc"
  python3 - "$doc" "$(sri "$billing/dist/npm/acme-billing-protos-1.1.0.tgz")" "$url" <<'PY'
import json, sys
doc, integrity, url = json.load(open(sys.argv[1])), sys.argv[2], sys.argv[3]
assert doc["dist-tags"] == {"latest": "1.1.0"}, doc["dist-tags"]
v = doc["versions"]["1.1.0"]
assert v["dist"]["integrity"] == integrity, (v["dist"], integrity)
assert v["dist"]["tarball"] == url + "/npm/@acme/billing-protos/-/billing-protos-1.1.0.tgz", v["dist"]["tarball"]
assert v["dependencies"] == {"@acme/common-protos": "^1.2"}, v
assert "time" not in doc and set(doc["versions"]) == {"1.0.0", "1.1.0"}
print(json.dumps(v, indent=1)[:600])
PY
  curl -sf -H "Authorization: Bearer $reader" "$url/npm/@acme/billing-protos" | python3 -c 'import json,sys; d=json.load(sys.stdin); assert set(d["time"]) >= {"created","modified","1.0.0","1.1.0"}, d["time"]'
  curl -sf -H "Authorization: Bearer $reader" "$url/npm/@acme/billing-protos/-/billing-protos-1.1.0.tgz" | cmp - "$billing/dist/npm/acme-billing-protos-1.1.0.tgz"
  [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $reader" "$url/npm/@acme%2fnothing-protos")" = 404 ]
}
npm_install() {
  new_app "$app"
  cd "$app"
  npm install --legacy-peer-deps '@acme/billing-protos@^1.1.0' 2>&1 | tee "$work/npm-install.out"
  [ "$(node -p 'require("@acme/billing-protos/package.json").version')" = 1.1.0 ]
  [ "$(node -p 'require("@acme/common-protos/package.json").version')" = 1.2.0 ]
  [ ! -e node_modules/@grpc ]
  # The lockfile records this registry's URLs and the integrity of the published tarballs.
  python3 - package-lock.json "$url" "$(sri "$billing/dist/npm/acme-billing-protos-1.1.0.tgz")" \
    "$(sri "$common/dist/npm/acme-common-protos-1.2.0.tgz")" <<'PY'
import json, sys
lock, url, billing, common = json.load(open(sys.argv[1])), sys.argv[2], sys.argv[3], sys.argv[4]
b, c = lock["packages"]["node_modules/@acme/billing-protos"], lock["packages"]["node_modules/@acme/common-protos"]
assert b["resolved"] == url + "/npm/@acme/billing-protos/-/billing-protos-1.1.0.tgz" and b["integrity"] == billing, b
assert c["resolved"] == url + "/npm/@acme/common-protos/-/common-protos-1.2.0.tgz" and c["integrity"] == common, c
assert lock["packages"][""]["dependencies"] == {"@acme/billing-protos": "^1.1.0"}, lock["packages"][""]
print("package-lock.json:", json.dumps({k: v for k, v in lock["packages"].items() if k}, indent=1))
PY
}
node_decodes_python() {
  # Python encodes an invoice with the published wheels; node decodes it with the npm packages.
  "$python" -m pip install -q --no-deps --no-index --target "$work/py" "$common"/dist/python/acme_common_protos-1.2.0-py3-none-any.whl "$billing"/dist/python/acme_billing_protos-1.1.0-py3-none-any.whl
  PYTHONPATH="$work/py" "$python" - "$work/invoice.bin" "$work/invoice.json" <<'PY'
import json, sys
from google.protobuf import json_format
from acme.billing.v1 import invoice_pb2
from acme.common.v1 import money_pb2
inv = invoice_pb2.Invoice(id="inv_0042", customer_id="cus_7", status=invoice_pb2.INVOICE_STATUS_PAID, note="paid by card",
                          total=money_pb2.Money(currency_code="EUR", units=1234, nanos=500000000),
                          labels={"region": "eu"}, card=invoice_pb2.CardPayment(last_four_digits="4242"))
inv.create_time.FromSeconds(1767225600)
open(sys.argv[1], "wb").write(inv.SerializeToString())
json.dump(json_format.MessageToDict(inv), open(sys.argv[2], "w"), sort_keys=True)
PY
  cd "$app"
  node -e '
    const fs = require("node:fs");
    const { Invoice } = require("@acme/billing-protos/acme/billing/v1/invoice_pb");
    const bytes = fs.readFileSync(process.argv[1]);
    const invoice = Invoice.decode(bytes);
    console.log(invoice.id, invoice.total.currencyCode, invoice.total.units, invoice.paymentMethod?.$case ?? invoice.card?.lastFourDigits);
    const sorted = (v) => Array.isArray(v) ? v.map(sorted) : v && typeof v === "object"
      ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted(v[k])])) : v;
    const json = JSON.stringify(sorted(Invoice.toJSON(invoice)));
    console.log(json);
    if (json !== JSON.stringify(sorted(JSON.parse(fs.readFileSync(process.argv[2], "utf8"))))) throw new Error("JSON differs from Python");
    if (!Buffer.from(Invoice.encode(invoice)).equals(bytes)) throw new Error("re-encoded bytes differ");
  ' "$work/invoice.bin" "$work/invoice.json" | tee "$work/node.out"
  grep -q '^inv_0042 EUR 1234n' "$work/node.out"
  sed 's/^/> node: /' "$work/node.out"
}
npm_ci() {
  cd "$app"
  sha256sum package-lock.json > "$work/lock.sum"
  rm -rf node_modules
  # A new cache: every tarball comes from the registry again, checked against the lockfile.
  npm ci --legacy-peer-deps --cache "$work/npm-cache-ci" 2>&1 | tee "$work/npm-ci.out"
  sha256sum -c "$work/lock.sum"
  python3 - node_modules/.package-lock.json package-lock.json <<'PY'
import json, sys
installed, lock = (json.load(open(p))["packages"] for p in sys.argv[1:3])
for name in ("node_modules/@acme/billing-protos", "node_modules/@acme/common-protos"):
    assert installed[name]["integrity"] == lock[name]["integrity"], name
    print(">", name, installed[name]["version"], installed[name]["integrity"][:30] + "...")
PY
  node -e 'require("@acme/billing-protos").acme.billing.v1.Invoice.create({})'
}
republish_refused() {
  # Other bytes under 1.1.0 (a changed comment changes the sources and the generated code): 409.
  sed -i 's|// A note printed on the invoice.|// A note printed on the invoice, e.g. a PO number.|' "$invoice"
  local s=0; "$protopkg" publish "$billing" --registry "$url" 2>"$work/err" || s=$?
  cat "$work/err"; [ "$s" -eq 1 ]
  grep -q 'published already with other content' "$work/err"
  # The build made another tarball; the registry serves the first one still.
  if cmp -s "$billing/dist/npm/acme-billing-protos-1.1.0.tgz" "$work/billing-1.1.0.tgz"; then echo "the tarball did not change"; return 1; fi
  curl -sf -H "Authorization: Bearer $reader" "$url/npm/@acme/billing-protos/-/billing-protos-1.1.0.tgz" | cmp - "$work/billing-1.1.0.tgz"
  local status; status="$(curl -s -o "$work/put.out" -w '%{http_code}' -X PUT -H "Authorization: Bearer $token" \
    --data-binary @"$billing/dist/acme-billing-1.1.0.protopkg.tgz" "$url/api/v1/modules/acme/billing/versions/1.1.0")"
  cat "$work/put.out"; [ "$status" = 409 ]
  # npm still gets the first 1.1.0, integrity and all.
  cd "$app" && rm -rf node_modules && npm ci --legacy-peer-deps --cache "$work/npm-cache-409"
  [ "$(node -p 'require("@acme/billing-protos/package.json").version')" = 1.1.0 ]
}
yank_and_tokens() {
  curl -sf -X POST -H "Authorization: Bearer $token" "$url/api/v1/modules/acme/billing/versions/1.1.0/yank" >/dev/null
  cd "$app"
  [ "$(npm view @acme/billing-protos dist-tags.latest)" = 1.0.0 ]
  npm view @acme/billing-protos@1.1.0 deprecated | grep yanked >/dev/null
  # A new install of ^1.0.0 passes over the yanked 1.1.0 (npm picks versions not deprecated first);
  # the lockfile of $app keeps its pinned 1.1.0 (served still: npm_ci and republish_refused).
  new_app "$work/app-yank" && cd "$work/app-yank"
  npm install --legacy-peer-deps '@acme/billing-protos@^1.0.0' 2>&1
  [ "$(node -p 'require("@acme/billing-protos/package.json").version')" = 1.0.0 ]
  echo "> after the yank, npm install @acme/billing-protos@^1.0.0 installs 1.0.0"
  curl -sf -X DELETE -H "Authorization: Bearer $token" "$url/api/v1/modules/acme/billing/versions/1.1.0/yank" >/dev/null
  # Without the token line, npm is refused.
  printf '@acme:registry=%s/npm/\n' "$url" > "$work/no-token.npmrc"
  local s=0; npm view --userconfig "$work/no-token.npmrc" @acme/billing-protos version 2>"$work/err" || s=$?
  cat "$work/err"; [ "$s" -ne 0 ] && grep -q E401 "$work/err"
}
info_and_pull() {
  # The install line `protopkg info` prints works as printed (plus the peer flag).
  "$protopkg" info acme/billing@1.1.0 --registry "$url" | tee "$work/info.out"
  local line; line="$(grep -o "npm install .*" "$work/info.out")"
  [ "$line" = "npm install --@acme:registry=$url/npm/ '@acme/billing-protos@^1.1.0'" ]
  new_app "$work/app2" && cd "$work/app2"
  eval "$line --legacy-peer-deps"
  [ "$(node -p 'require("@acme/common-protos/package.json").version')" = 1.2.0 ]
  "$protopkg" pull 'acme/billing@^1.1' --lang node --out "$work/pulled" --registry "$url"
  cmp "$work/pulled/acme-billing-protos-1.1.0.tgz" "$work/billing-1.1.0.tgz"
}

check "publish acme/common 1.2.0, acme/billing 1.0.0 and 1.1.0" publish
check "packument: token required, both representations, integrity of the published tarball" packument
check "npm install @acme/billing-protos@^1.1.0 fetches @acme/common-protos from the same registry" npm_install
check "node decodes an invoice that Python encoded, to Python's JSON and the same bytes" node_decodes_python
check "npm ci from the lockfile, with an empty cache, gets the same integrity" npm_ci
check "other bytes under a published version are refused (409); npm ci still gets the first" republish_refused
check "a yanked version is deprecated, leaves latest and is passed over by npm install; no token, no read" yank_and_tokens
check "protopkg info prints an npm line that installs; protopkg pull --lang node" info_and_pull
finish
