#!/usr/bin/env bash
# End-to-end test of `registry export` and `registry import`: a SQLite registry with published
# versions (one yanked) and tokens is exported to one archive, imported into an empty PostgreSQL
# registry (blobs in PostgreSQL), and served from there: every version, artifact and digest of
# the archive's manifest is downloaded and verified, the old tokens work, a second import is
# refused, and a damaged archive is a clear error that imports nothing.
# Needs PROTOPKG_TEST_POSTGRES_URL (run it under scripts/with-postgres.sh).
#   Tests/integration/backup.sh PATH/TO/protopkg
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
integration_setup "$1"
admin="${PROTOPKG_TEST_POSTGRES_URL:?run under scripts/with-postgres.sh}"
export XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache"
db="protopkg_backup_$$"
psql -q "$admin" -c "CREATE DATABASE $db" >/dev/null
database="${admin%/*}/$db?sslmode=disable"
empty_db="protopkg_backup_empty_$$"
psql -q "$admin" -c "CREATE DATABASE $empty_db" >/dev/null
empty_database="${admin%/*}/$empty_db?sslmode=disable"

# The source: SQLite and files, with the examples published and 1.0.0 of billing yanked.
start_server "$work/source" || { echo "not ok - the source registry starts"; echo "0 passed, 1 failed"; exit 1; }
token="$("$protopkg" registry token create --data "$work/source" --scope 'publish:acme/*')"
reader="$("$protopkg" registry token create --data "$work/source" --scope read)"
mkdir -p "$work/mod"
cp -R "$root/examples/common" "$root/examples/billing" "$work/mod/"
rm -rf "$work"/mod/*/dist "$work"/mod/*/.protopkg
PROTOPKG_TOKEN="$token" "$protopkg" publish "$work/mod/common" --registry "$url" >/dev/null
PROTOPKG_TOKEN="$token" "$protopkg" publish "$work/mod/billing" --registry "$url" >/dev/null
sed -i 's/^message Invoice {/message Invoice {\n  \/\/ A note.\n  string note = 99;/' "$work/mod/billing/proto/acme/billing/v1/invoice.proto"
sed -i 's/^version: 1.0.0/version: 1.1.0/' "$work/mod/billing/protopkg.yaml"
PROTOPKG_TOKEN="$token" "$protopkg" publish "$work/mod/billing" --registry "$url" >/dev/null
curl -sf -X POST -H "Authorization: Bearer $token" "$url/api/v1/modules/acme/billing/versions/1.0.0/yank" >/dev/null
stop_server

export_archive() {
  "$protopkg" registry export --data "$work/source" -o "$work/backup.tar.gz" | tee "$work/out"
  grep -q 'exported 3 versions of 2 modules, .* blobs (.* bytes), 2 tokens to' "$work/out"
  [ -f "$work/backup.tar.gz" ]
  refute ls "$work"/backup.tar.gz.tmp-*
  tar -tzf "$work/backup.tar.gz" > "$work/entries"   # (not piped into head: pipefail would count tar's SIGPIPE)
  [ "$(head -1 "$work/entries")" = protopkg-backup.json ]
  [ "$(grep -c '^blobs/sha256/[0-9a-f]\{64\}$' "$work/entries")" -eq 12 ]
}
import_into_postgres() {
  "$protopkg" registry import --data "$work/restored" --database "$database" --blobs postgres "$work/backup.tar.gz" | tee "$work/out"
  grep -q 'imported 3 versions of 2 modules, .* 2 tokens from' "$work/out"
  start_server "$work/restored" --database "$database" --blobs postgres
  # Every version and artifact the archive lists, downloaded from the restored registry, matches its digest.
  tar -xzf "$work/backup.tar.gz" -C "$work" protopkg-backup.json
  python3 - "$work/protopkg-backup.json" "$url" "$reader" <<'PY'
import hashlib, json, sys, urllib.request
manifest, url, token = json.load(open(sys.argv[1])), sys.argv[2], sys.argv[3]
def get(path):
    request = urllib.request.Request(url + path, headers={"Authorization": "Bearer " + token})
    return urllib.request.urlopen(request).read()
checked = 0
for v in manifest["versions"]:
    base = f"/api/v1/modules/{v['module']}/versions/{v['version']}"
    served = json.loads(get(base))
    assert served["digest"] == v["digest"] and served["yanked"] == v["yanked"], (served, v)
    assert [a["digest"] for a in served["artifacts"]] == [a["digest"] for a in v["artifacts"]], served
    for a in v["artifacts"]:
        data = get(f"{base}/{a['kind']}")
        assert hashlib.sha256(data).hexdigest() == a["digest"] and len(data) == a["size"], (v["module"], a)
        checked += 1
assert {v["version"] for v in manifest["versions"] if v["yanked"]} == {"1.0.0"}
assert checked >= 9, checked
print(f"{checked} artifacts verified")
PY
  # The tokens came along: the old publish token still publishes (a dry run), the old reader reads.
  [ "$(curl -s -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer $token" --data-binary @"$work/mod/billing/dist/acme-billing-1.1.0.protopkg.tgz" \
        "$url/api/v1/modules/acme/billing/versions/1.1.0/check")" = 200 ]
  [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer not-a-token" "$url/api/v1/modules")" = 401 ]
  stop_server
  [ -z "$(find "$work/restored" -type f -path '*blobs*' | head -1)" ]   # the blobs are in PostgreSQL
}
second_import_refused() {
  local s=0
  "$protopkg" registry import --data "$work/restored" --database "$database" --blobs postgres "$work/backup.tar.gz" 2>"$work/err" || s=$?
  cat "$work/err"; [ "$s" -eq 1 ] && grep -q 'restored only into an empty registry' "$work/err"
}
damaged_archive() {
  # One byte changed inside a blob: the digest check names it, nothing is imported.
  mkdir -p "$work/unpacked" && tar -xzf "$work/backup.tar.gz" -C "$work/unpacked"
  local blob; blob="$(find "$work/unpacked/blobs" -type f | head -1)"
  printf 'X' | dd of="$blob" bs=1 seek=10 conv=notrunc 2>/dev/null
  (cd "$work/unpacked" && tar -czf "$work/damaged.tar.gz" protopkg-backup.json blobs)
  local s=0
  "$protopkg" registry import --data "$work/d1" --database "$empty_database" "$work/damaged.tar.gz" 2>"$work/err" || s=$?
  cat "$work/err"; [ "$s" -eq 1 ] && grep -q 'does not match its digest' "$work/err" && grep -q 'nothing was imported' "$work/err"
  [ "$(psql -qtA "$empty_database" -c 'SELECT COUNT(*) FROM versions')" = 0 ]
  [ -z "$(find "$work/d1/blobs" -type f | head -1)" ]
  # Cut short, as a copy that stopped half-way.
  head -c "$(( $(stat -c %s "$work/backup.tar.gz") / 2 ))" "$work/backup.tar.gz" > "$work/short.tar.gz"
  s=0; "$protopkg" registry import --data "$work/d2" "$work/short.tar.gz" 2>"$work/err" || s=$?
  cat "$work/err"; [ "$s" -eq 1 ] && grep -q 'archive' "$work/err"
  [ ! -s "$work/d2/registry.sqlite" ] || [ "$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("select count(*) from versions").fetchone()[0])' "$work/d2/registry.sqlite")" = 0 ]
}

check "export: one archive of every version, artifact and token hash, written atomically" export_archive
check "import into an empty PostgreSQL registry (blobs in PostgreSQL): every digest verified over HTTP, tokens kept" import_into_postgres
check "a second import into the registry, now holding content, is refused" second_import_refused
check "a damaged or truncated archive is a clear error and imports nothing" damaged_archive
psql -q "$admin" -c "DROP DATABASE $db WITH (FORCE)" -c "DROP DATABASE $empty_db WITH (FORCE)" >/dev/null
finish
