#!/usr/bin/env bash
# End-to-end test of `publish --all ROOT`: a monorepo of three modules (a path dependency and a
# registry dependency between them, listed in the opposite order on disk) published in
# dependency order to a registry on 127.0.0.1; a second run skips everything; a changed module
# under a published version is refused, and so is the module that depends on it, with exit 1.
#   Tests/integration/publish_all.sh PATH/TO/protopkg
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
integration_setup "$1"
export XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache"
start_server "$work/data" || { echo "not ok - the registry starts"; echo "0 passed, 1 failed"; exit 1; }
export PROTOPKG_TOKEN="$("$protopkg" registry token create --data "$work/data" --scope 'publish:acme/*')"

# apis/a-shop needs acme/billing from the registry; apis/b-billing needs ../z-common by path.
mono="$work/mono"
mkdir -p "$mono/apis"
cp -R "$root/examples/billing" "$mono/apis/b-billing"
cp -R "$root/examples/common" "$mono/apis/z-common"
rm -rf "$mono"/apis/*/dist "$mono"/apis/*/.protopkg
sed -i 's|path: ../common|path: ../z-common|' "$mono/apis/b-billing/protopkg.yaml"
mkdir -p "$mono/apis/a-shop/proto/acme/shop/v1"
printf 'name: acme/shop\nversion: 0.1.0\ndeps:\n  acme/billing: ^1.0\ntargets:\n  descriptor: {}\n' > "$mono/apis/a-shop/protopkg.yaml"
printf 'syntax = "proto3";\npackage acme.shop.v1;\nimport "acme/billing/v1/invoice.proto";\n// A cart.\nmessage Cart {\n  // What it cost.\n  acme.billing.v1.Invoice invoice = 1;\n}\n' \
  > "$mono/apis/a-shop/proto/acme/shop/v1/cart.proto"

in_order() {
  "$protopkg" publish --all "$mono" --registry "$url" | tee "$work/out"
  [ "$(grep -c '^published ' "$work/out")" -eq 3 ]
  [ "$(sed -n 's/^published \([^@]*\)@.*/\1/p' "$work/out" | tr '\n' ' ')" = "acme/common acme/billing acme/shop " ]
  grep -q '^3 modules: 3 published, 0 skipped, 0 refused$' "$work/out"
  curl -sf -H "Authorization: Bearer $PROTOPKG_TOKEN" "$url/api/v1/modules/acme/shop/versions" | grep -q '"0.1.0"'
}
again_skips() {
  "$protopkg" publish --all "$mono" --registry "$url" | tee "$work/out"
  [ "$(grep -c '^skipped .*already published with identical content' "$work/out")" -eq 3 ]
  grep -q '^3 modules: 0 published, 3 skipped, 0 refused$' "$work/out"
}
refusals() {
  sed -i '/string customer_id = /d' "$mono/apis/b-billing/proto/acme/billing/v1/invoice.proto"
  local s=0; "$protopkg" publish --all "$mono" --registry "$url" > "$work/out" 2>&1 || s=$?
  cat "$work/out"; [ "$s" -eq 1 ]
  grep -q '^skipped   acme/common@1.2.0 .*already published' "$work/out"
  grep -q '^refused   acme/billing@1.0.0 .*published already with other content' "$work/out"
  grep -q '^refused   acme/shop@0.1.0 .*not tried: its dependency acme/billing was refused' "$work/out"
  grep -q '^3 modules: 0 published, 1 skipped, 2 refused$' "$work/out"
}

check "publish --all publishes a monorepo's modules in dependency order" in_order
check "a second publish --all skips every module already published with identical content" again_skips
check "a changed module under a published version is refused, its dependent not tried; exit 1" refusals
stop_server
finish
