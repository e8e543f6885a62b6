#!/usr/bin/env bash
# Agreement with buf on real APIs: `protopkg lint` on the August googleapis snapshot and
# `protopkg breaking` August against March must report the same findings as buf, compared as
# multisets of (path, start_line, start_column, type, message): where, what and in buf's words.
#   Tests/conformance/googleapis.sh PATH/TO/protopkg
# Prints `ok - NAME` / `not ok - NAME`, then `N passed, M failed`.
set -uo pipefail
protopkg="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
root="$(cd "$(dirname "$0")/../.." && pwd)"
corpus="$root/../shared/corpus"
buf="$root/.venv/bin/buf"; py="$root/.venv/bin/python"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
passed=0; failed=0
for snap in 2026-03-19 2026-08-22; do
  mkdir -p "$work/$snap" && tar xJf "$corpus/googleapis-$snap.tar.xz" -C "$work/$snap" && printf 'version: v2\n' > "$work/$snap/buf.yaml"
done
compare() {  # NAME ARGS... : runs both tools with ARGS in the August tree
  local name="$1"; shift
  (cd "$work/2026-08-22" && "$buf" "$@" --error-format json > "$work/buf.json" 2>"$work/buf.err"; true)
  (cd "$work/2026-08-22" && "$protopkg" "$@" --error-format json > "$work/protopkg.json" 2>"$work/protopkg.err"; true)
  if "$py" - "$work" <<'PY' > "$work/diff" 2>&1
import collections, json, sys
w = sys.argv[1]
def load(p):
    return collections.Counter((o.get("path", ""), o["start_line"], o["start_column"], o["type"], o["message"])
                               for o in map(json.loads, open(p)))
b, p = load(f"{w}/buf.json"), load(f"{w}/protopkg.json")
print(f"buf {sum(b.values())} findings, protopkg {sum(p.values())}, reproduced exactly {sum((b & p).values())}")
if b != p or not b:
    print("missing:", sorted((b - p).elements())[:20]); print("extra:", sorted((p - b).elements())[:20]); sys.exit(1)
PY
  then passed=$((passed + 1)); echo "ok - $name ($(head -1 "$work/diff"))"
  else failed=$((failed + 1)); echo "not ok - $name"; sed 's/^/#   /' "$work/diff" "$work/protopkg.err" | head -30; fi
}
compare "googleapis: lint (August) equals buf" lint .
compare "googleapis: breaking August against March equals buf" breaking . --against "$work/2026-03-19"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
