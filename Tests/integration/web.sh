#!/usr/bin/env bash
# The registry's pages and `protopkg changelog`, end to end: a real registry on 127.0.0.1 (free
# port) holding the example (acme/common 1.2.0; acme/billing 1.0.0, 1.1.0 adding Invoice.note,
# 2.0.0 deleting Invoice.customer_id), `changelog` against each --against form, then headless
# Chromium over every page type (Tests/web/browser_checks.py): DOM checks, accessibility,
# screenshots under $PROTOPKG_TEST_OUTPUT/web (default .build/test-output/web); then the same
# data served without --public-read, where pages need signing in. Stops only what it started.
#   Tests/integration/web.sh PATH/TO/protopkg
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
integration_setup "$1"
out="${PROTOPKG_TEST_OUTPUT:-$root/.build/test-output}/web"
py="$root/.venv/bin/python"

data="$work/data"
mkdir -p "$work/mod" "$out"
cp -R "$root/examples/common" "$root/examples/billing" "$work/mod/"
rm -rf "$work"/mod/*/dist "$work"/mod/*/.protopkg
billing="$work/mod/billing"; common="$work/mod/common"
invoice="$billing/proto/acme/billing/v1/invoice.proto"
g() { git -C "$work/mod" -c user.name=test -c user.email=test@example.invalid "$@"; }
printf 'dist/\n.protopkg/\n' > "$work/mod/.gitignore"
g init -q -b main && g add -A && g commit -qm "billing 1.0.0" && g tag v1.0.0
start_server "$data" --public-read || { echo "not ok - the server starts"; exit 1; }
export PROTOPKG_TOKEN="$("$protopkg" registry token create --data "$data" --scope 'publish:acme/*')"
export XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache"

publish_all() {
  "$protopkg" publish "$common" --registry "$url" >/dev/null
  "$protopkg" publish "$billing" --registry "$url" >/dev/null
  sed -i 's/^message Invoice {/message Invoice {\n  \/\/ A note printed on the invoice.\n  string note = 99;/' "$invoice"
  sed -i 's/^version: 1.0.0/version: 1.1.0/' "$billing/protopkg.yaml"
  "$protopkg" publish "$billing" --registry "$url" >/dev/null
  g add -A && g commit -qm "billing 1.1.0" && g tag v1.1.0
  "$protopkg" compile "$billing" -o "$work/billing-1.1.0.binpb" --include-imports --include-source-info
  sed -i '/string customer_id = /d' "$invoice"
  sed -i 's/^version: 1.1.0/version: 2.0.0/' "$billing/protopkg.yaml"
  "$protopkg" publish "$billing" --registry "$url" >/dev/null
  curl -sf "$url/api/v1/modules/acme/billing/versions" | grep -q '"version":"2.0.0"'
}
check "publish acme/common 1.2.0 and acme/billing 1.0.0, 1.1.0, 2.0.0" publish_all

# --- protopkg changelog: every --against form, every format, exit 0 whatever the changes.
changelog_text() {
  PROTOPKG_REGISTRY="$url" "$protopkg" changelog "$billing" --against registry:1.1.0 > "$work/c.txt"
  cat "$work/c.txt"
  head -2 "$work/c.txt" | grep -qx 'acme/billing: registry:1.1.0 → 2.0.0'
  grep -q '^requires a major bump (breaking changes); 2.0.0 honours it (a major bump from 1.1.0)$' "$work/c.txt"
  grep -Eq '^  FIELD_NO_DELETE proto/acme/billing/v1/invoice.proto:[0-9]+:1 \(was proto/acme/billing/v1/invoice.proto:[0-9]+:3\): Previously present field "2" with name "customer_id"' "$work/c.txt"
}
changelog_markdown() {
  "$protopkg" changelog "$billing" --against git:v1.1.0 --format markdown > "$work/c.md"
  cat "$work/c.md"
  grep -q '^## acme/billing 2.0.0$' "$work/c.md"
  grep -q '^### Breaking changes (1)$' "$work/c.md"
  grep -q '^- `FIELD_NO_DELETE` Previously present field "2" with name "customer\\_id"' "$work/c.md"
}
changelog_json() {
  "$protopkg" changelog "$billing" --against git:v1.0.0 --format json > "$work/c.json"
  python3 - "$work/c.json" <<'PY'
import json, sys
c = json.load(open(sys.argv[1]))
assert c["required"] == "major" and c["honoured"] is True and c["made"] == "major", c
assert [e["rule"] for e in c["breaking"]] == ["FIELD_NO_DELETE"], c["breaking"]
assert any(e["element"] == "acme.billing.v1.Invoice.note" for e in c["additions"]), c["additions"]
assert c["previous"]["version"] == "1.0.0" and c["current"]["version"] == "2.0.0"
PY
}
changelog_dir_and_bundle() {
  # A directory (the 1.1.0 state from git) and a bundle (1.1.0 as published, from the build).
  mkdir -p "$work/old" && g worktree add -q "$work/old/tree" v1.1.0
  "$protopkg" changelog "$work/old/tree/billing" --against "$billing" > "$work/rev.txt"
  cat "$work/rev.txt"
  grep -q 'Added field "customer_id"' "$work/rev.txt"     # backwards: the field comes back
  "$protopkg" build "$work/old/tree/billing" --target descriptor >/dev/null
  "$protopkg" changelog "$billing" --against "$work/old/tree/billing/dist/acme-billing-1.1.0.protopkg.tgz" | grep -q FIELD_NO_DELETE
  "$protopkg" changelog "$billing" --against "$work/billing-1.1.0.binpb" --format json | python3 -c 'import json,sys; c=json.load(sys.stdin); assert c["breaking"] and c["honoured"] is None, c'
  # Nothing changed: still exit 0, and it says so.
  "$protopkg" changelog "$billing" --against "$billing" | grep -qx 'no differences'
}
changelog_errors() {
  local s=0; "$protopkg" changelog "$billing" --against "$work/nowhere" 2>"$work/err" || s=$?
  cat "$work/err"; [ "$s" -eq 1 ] && grep -q 'does not exist' "$work/err"
  s=0; "$protopkg" changelog "$billing" --against git:v1.0.0 --format yaml 2>"$work/err" || s=$?
  [ "$s" -eq 2 ]
}
check "changelog --against registry:1.1.0 (text): the deletion, its rule and both places" changelog_text
check "changelog --against git:v1.1.0 --format markdown" changelog_markdown
check "changelog --against git:v1.0.0 --format json: required, made, honoured, entries" changelog_json
check "changelog against a directory, a bundle and a descriptor set; no differences" changelog_dir_and_bundle
check "changelog refuses a missing reference (exit 1) and an unknown format (exit 2)" changelog_errors

# --- the pages in Chromium
public_pages() {
  "$protopkg" info acme/billing@2.0.0 --registry "$url" --format json > "$work/install.json"
  "$py" "$root/Tests/web/browser_checks.py" public --url "$url" --out "$out" \
    --install "$work/install.json" --descriptor "$work/billing-1.1.0.binpb"
}
check "Chromium: every page type of a public registry, DOM and accessibility checks, screenshots" public_pages

stop_server
start_server "$data" || { echo "not ok - the private server starts"; exit 1; }
reader="$("$protopkg" registry token create --data "$data" --scope read)"
private_pages() {
  "$py" "$root/Tests/web/browser_checks.py" private --url "$url" --out "$out" --token "$reader"
  # Basic auth works too, for scripts.
  curl -sf -u "token:$reader" "$url/acme/billing" | grep -q '<h1>acme/billing</h1>'
  [ "$(curl -s -o /dev/null -w '%{http_code}' -u "token:ppk_wrong" "$url/acme/billing")" = 401 ]
}
check "Chromium: a private registry's pages need signing in; the login form, cookie and logout" private_pages

finish "screenshots: $(cd "$out" && ls *.png 2>/dev/null | tr '\n' ' ')"
