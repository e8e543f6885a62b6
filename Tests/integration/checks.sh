#!/usr/bin/env bash
# End-to-end test of lint, breaking and version on a copy of examples/billing inside a fresh
# git repository: the commands as a user and CI run them, with their exit codes and outputs.
#   Tests/integration/checks.sh PATH/TO/protopkg
# Prints `ok - NAME` / `not ok - NAME` per check, then `N passed, M failed`.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
integration_setup "$1"
git_() { git -c user.name=t -c user.email=t@t.invalid -c init.defaultBranch=main "$@"; }
# Runs protopkg and checks its exit status: expect STATUS ARGS...
expect() { local want="$1"; shift; local s=0; "$protopkg" "$@" >"$work/out" 2>"$work/err" || s=$?;
  cat "$work/out" "$work/err"; [ "$s" -eq "$want" ] || { echo "exit $s, wanted $want" >&2; return 1; }; }

# Copies FROM/billing to DEST, with FROM/common beside it (billing depends on ../common).
copy_module() { mkdir -p "$2.tree"; cp -R "$1/common" "$1/billing" "$2.tree/"; ln -s "$2.tree/billing" "$2"; }

repo="$work/repo"
mkdir -p "$repo"
cp -R "$root/examples/common" "$root/examples/billing" "$repo/"
printf 'dist/\n.protopkg/\n' > "$repo/.gitignore"
invoice="$repo/billing/proto/acme/billing/v1/invoice.proto"
( cd "$repo" && git_ init -q && git_ add -A && git_ commit -qm v1 && git_ tag -a v1.0.0 -m "1.0.0" )

lint_clean() { expect 0 lint "$repo/billing"; [ ! -s "$work/out" ]; }
lint_findings() {
  copy_module "$repo" "$work/badlint"
  printf '\n// A badly named message.\nmessage invoice_record {}\n' >> "$work/badlint/proto/acme/billing/v1/invoice.proto"
  expect 100 lint "$work/badlint"
  expect 100 lint "$work/badlint" --error-format json; cp "$work/out" "$work/lint.json"
  grep -q '"type":"MESSAGE_PASCAL_CASE"' "$work/lint.json"
  python3 -c '
import json, sys
for line in sys.stdin:
    o = json.loads(line)
    assert set(o) == {"path","start_line","start_column","end_line","end_column","type","message"}, o
    assert o["path"].startswith("proto/acme/billing/v1/"), o["path"]' < "$work/lint.json"
  expect 100 lint "$work/badlint" --error-format github-actions
  grep -q '^::error file=proto/acme/billing/v1/invoice.proto,line=' "$work/out"
}
unknown_rule() {
  copy_module "$repo" "$work/badconf"
  sed -i 's/^lint:.*$/lint: { use: [STANDARD, NOT_A_RULE] }/' "$work/badconf/protopkg.yaml"
  grep -q NOT_A_RULE "$work/badconf/protopkg.yaml" || printf 'lint:\n  use: [NOT_A_RULE]\n' >> "$work/badconf/protopkg.yaml"
  expect 1 lint "$work/badconf"; grep -q 'NOT_A_RULE' "$work/err"
}
check "lint: the example is clean (exit 0, no output)" lint_clean
check "lint: findings exit 100, json has buf's keys, github-actions annotations" lint_findings
check "lint: an unknown rule in the config is an error" unknown_rule

# An addition: a new field.
sed -i 's/^message Invoice {/message Invoice {\n  \/\/ A note shown on the invoice.\n  string note = 99;/' "$invoice"
next_minor() { expect 0 version next "$repo/billing"; [ "$(head -1 "$work/out")" = "1.1.0" ]; grep -q 'addition:.*note' "$work/out"; }
next_json() {
  expect 0 version next "$repo/billing" --format json
  python3 -c 'import json,sys; o=json.load(open(sys.argv[1])); assert o["current"]=="1.0.0" and o["next"]=="1.1.0" and o["bump"]=="minor" and o["changes"], o' "$work/out"
}
check_fails() { expect 1 version check "$repo/billing"; grep -q '1.1.0' "$work/err"; }
bump_writes() { expect 0 version bump "$repo/billing"; grep -q '^version: 1.1.0' "$repo/billing/protopkg.yaml"; expect 0 version check "$repo/billing"; }
check "version next: an added field requires a minor bump (1.1.0 on the first line)" next_minor
check "version next --format json: current, next, bump, changes" next_json
check "version check: 1.0.0 is lower than required, exit 1" check_fails
check "version bump: writes 1.1.0 into protopkg.yaml, then check passes" bump_writes
( cd "$repo" && git_ add -A && git_ commit -qm v1.1 )
tag_bump() {
  sed -i '/^version:/d' "$repo/billing/protopkg.yaml"; ( cd "$repo" && git_ commit -qam "version from tags" )
  expect 0 version bump "$repo/billing" --tag
  git -C "$repo" tag | grep -x v1.1.0 >/dev/null
  expect 0 version next "$repo/billing"; [ "$(head -1 "$work/out")" = "1.1.0" ]; grep -q 'none bump' "$work/out"
}
check "version bump --tag: creates v1.1.0 with libgit2; next is then 1.1.0 (none)" tag_bump
# libgit2 is opened on first use (CNativeLoader): a libgit2.so.N that lacks a function protopkg
# calls stops the command with exit 1, the library and function named, and a way to fix it.
broken_libgit2() {
  local soname; soname="$(PATH="$PATH:/sbin" ldconfig -p | awk '/libgit2\.so\.[0-9]/ && !s {s = $1} END {print s}')"; [ -n "$soname" ]
  mkdir -p "$work/fakelib"; echo 'int protopkg_not_libgit2(void) { return 0; }' > "$work/fakelib/fake.c"
  clang -shared -fPIC -o "$work/fakelib/$soname" "$work/fakelib/fake.c"
  local s=0; LD_LIBRARY_PATH="$work/fakelib" "$protopkg" version next "$repo/billing" >"$work/out" 2>"$work/err" || s=$?
  cat "$work/err"; [ "$s" -eq 1 ]
  grep -q "^error: $soname has no function git_libgit2_init: .*Install the Debian 12 package libgit2-" "$work/err"
  # Commands that need no git do not open it at all.
  LD_LIBRARY_PATH="$work/fakelib" "$protopkg" lint "$repo/billing" >/dev/null
}
check "a libgit2 without a needed function: exit 1, naming both; lint does not load it" broken_libgit2

# A breaking change: delete a field.
sed -i '/string note = 99;/d' "$invoice"
breaking_git() {
  expect 100 breaking "$repo/billing" --against git:v1.1.0
  grep -q 'FIELD_NO_DELETE' "$work/out"; grep -q 'proto/acme/billing/v1/invoice.proto:' "$work/out"
  [ -z "$(git -C "$repo" status --porcelain --untracked-files=no | grep -v invoice.proto)" ]
}
next_major() { expect 0 version next "$repo/billing"; [ "$(head -1 "$work/out")" = "2.0.0" ]; grep -q 'breaking:.*FIELD_NO_DELETE' "$work/out"; }
breaking_clean_against_head() { git -C "$repo" stash -q; expect 0 breaking "$repo/billing" --against git:HEAD~1; git -C "$repo" stash pop -q; }
check "breaking --against git:v1.1.0: a deleted field, exit 100, work tree untouched" breaking_git
check "version next: a deleted field requires 2.0.0" next_major
check "breaking --against git:HEAD~1 with no change: exit 0" breaking_clean_against_head

against_artifacts() {
  git -C "$repo" stash -q
  "$protopkg" build "$repo/common" >/dev/null
  "$protopkg" build "$repo/billing" >/dev/null
  "$protopkg" compile "$repo/billing" -o "$work/old.binpb" --include-imports
  cp "$repo/billing/dist/acme-billing-1.1.0.protopkg.tgz" "$work/old.protopkg.tgz"
  git -C "$repo" stash pop -q
  expect 100 breaking "$repo/billing" --against "$work/old.protopkg.tgz"; grep -q FIELD_NO_DELETE "$work/out"
  expect 100 breaking "$repo/billing" --against "$work/old.binpb"; grep -q FIELD_NO_DELETE "$work/out"
  copy_module "$repo" "$work/billing-current"
  git -C "$repo" stash -q; copy_module "$repo" "$work/billing-previous"; git -C "$repo" stash pop -q
  expect 100 breaking "$work/billing-current" --against "$work/billing-previous" --error-format json
  grep -q '"type":"FIELD_NO_DELETE"' "$work/out"
}
check "breaking --against a bundle, a descriptor set and a directory" against_artifacts
bad_against() {
  expect 1 breaking "$repo/billing" --against git:no-such-rev; grep -q 'no-such-rev' "$work/err"
  expect 1 breaking "$repo/billing" --against "$work/nothing-here"; grep -q 'does not exist' "$work/err"
  echo "not a descriptor set" > "$work/junk.binpb"
  expect 1 breaking "$repo/billing" --against "$work/junk.binpb"; grep -q 'not a descriptor set' "$work/err"
  expect 2 breaking "$repo/billing"
}
check "breaking: a bad --against is an error (exit 1); a missing one is usage (exit 2)" bad_against
ls_rules() {
  expect 0 ls-lint-rules; grep -q '^FIELD_LOWER_SNAKE_CASE' "$work/out"
  expect 0 ls-breaking-rules --format json; grep -q '"id":"FIELD_NO_DELETE"' "$work/out"
}
check "ls-lint-rules and ls-breaking-rules" ls_rules


# --- any directory is a module; every buf configuration ------------------------------
plain="$work/plain"
mkdir -p "$plain/old/acme/v1" "$plain/new/acme/v1"
printf 'syntax = "proto3";\npackage acme.v1;\n// An entry.\nmessage Entry {\n  // Its ID.\n  string id = 1;\n  // A note.\n  string note = 2;\n}\n' > "$plain/old/acme/v1/entry.proto"
printf 'syntax = "proto3";\npackage acme.v1;\n// An entry.\nmessage Entry {\n  // Its ID.\n  string id = 1;\n}\n// buf:lint:ignore MESSAGE_PASCAL_CASE\nmessage bad_name {}\n' > "$plain/new/acme/v1/entry.proto"
plain_lint() {
  # No configuration: buf's defaults (STANDARD; like an empty buf.yaml v1, comment ignores are off).
  expect 100 lint "$plain/new"; grep -q '^acme/v1/entry.proto:9:9:.*(MESSAGE_PASCAL_CASE)$' "$work/out"
}
plain_breaking() {
  expect 100 breaking "$plain/new" --against "$plain/old"; grep -q '^acme/v1/entry.proto:4:1:.*(FIELD_NO_DELETE)$' "$work/out"
  ( cd "$plain/new" && expect 100 breaking . --against ../old --error-format json ) && grep -q '"path":"acme/v1/entry.proto"' "$work/out"
}
plain_version() {
  # The reference has no version: the bump and the kind of change, a hint, exit 0.
  expect 0 version next "$plain/new" --against "$plain/old"
  head -1 "$work/out" | grep -qx 'major bump: breaking change (compared with .*, whose version is unknown)'
  grep -q 'hint: .*--previous-version' "$work/err"
  expect 0 version next "$plain/new" --against "$plain/old" --previous-version 0.14.0 --format json
  python3 -c 'import json,sys; o=json.load(open(sys.argv[1])); assert (o["current"], o["next"], o["bump"], o["impact"]) == ("0.14.0", "0.15.0", "minor", "breaking"), o' "$work/out"
  expect 0 version next "$plain/new" --against "$plain/old" --format json
  python3 -c 'import json,sys; o=json.load(open(sys.argv[1])); assert (o["current"], o["next"], o["bump"], o["impact"]) == (None, None, "major", "breaking"), o' "$work/out"
  expect 1 version bump "$plain/new" --against "$plain/old"; grep -q 'pass --previous-version' "$work/err"
}
addition_below_one() {
  cp -R "$plain/old" "$plain/added"
  printf '// Another.\nmessage Other {}\n' >> "$plain/added/acme/v1/entry.proto"
  expect 0 version next "$plain/added" --against "$plain/old" --previous-version 0.14.0 --format json
  python3 -c 'import json,sys; o=json.load(open(sys.argv[1])); assert (o["next"], o["bump"], o["impact"]) == ("0.14.1", "patch", "additive"), o' "$work/out"
  expect 0 version next "$plain/added" --against "$plain/old" --previous-version 0.14.0
  [ "$(head -1 "$work/out")" = "0.14.1" ]; sed -n 2p "$work/out" | grep -q '^patch bump from 0.14.0: additive change'
}
check "lint: a directory with no configuration is a module with buf's defaults" plain_lint
check "breaking: a plain directory against a plain directory" plain_breaking
check "version next: an unknown previous version gives the bump and a hint; --previous-version gives the version" plain_version
check "version next: below 1.0.0 an addition moves the patch (bump patch, impact additive)" addition_below_one

ws="$work/ws"
mkdir -p "$ws/proto/acme/v1" "$ws/legacy/a/old/v1"
printf 'version: v1\ndirectories: [proto, legacy]\n' > "$ws/buf.work.yaml"
printf 'version: v1\nlint:\n  use: [DEFAULT]\n  ignore: [acme/v1/skip.proto]\nbreaking:\n  use: [FIELD_SAME_CTYPE]\n' > "$ws/proto/buf.yaml"
printf 'version: v1beta1\nbuild:\n  roots: [a]\nlint:\n  use: [OTHER]\n' > "$ws/legacy/buf.yaml"
printf 'syntax = "proto3";\npackage acme.v1;\nmessage bad {}\n' > "$ws/proto/acme/v1/skip.proto"
printf 'syntax = "proto3";\npackage acme.v1;\nmessage bad_too {}\n' > "$ws/proto/acme/v1/keep.proto"
printf 'syntax = "proto2";\npackage old.v1;\nenum E { E_ONE = 1; }\n' > "$ws/legacy/a/old/v1/e.proto"
workspace_v1() {
  expect 100 lint "$ws"
  grep -q '^proto/acme/v1/keep.proto:3:9:.*(MESSAGE_PASCAL_CASE)$' "$work/out"
  grep -q '^legacy/a/old/v1/e.proto:3:.*(ENUM_FIRST_VALUE_ZERO)$' "$work/out"
  ! grep -q 'skip.proto' "$work/out"
  [ "$(wc -l < "$work/out")" -eq 2 ]
  grep -q 'category DEFAULT is deprecated; it means STANDARD now' "$work/err"
  # From a module directory: that module, paths from there.
  ( cd "$ws/proto" && expect 100 lint )
  grep -q '^acme/v1/keep.proto:3:9:.*(MESSAGE_PASCAL_CASE)$' "$work/out"; [ "$(wc -l < "$work/out")" -eq 1 ]
  expect 0 ls-breaking-rules "$ws/proto" --configured-only --format json
  [ "$(python3 -c 'import json,sys; print(",".join(json.loads(l)["id"] for l in open(sys.argv[1])))' "$work/out")" = FIELD_SAME_CPP_STRING_TYPE ]
}
check "buf.work.yaml: v1 and v1beta1 modules, each with its own rules; deprecated IDs mapped and warned about" workspace_v1

v2ws="$work/v2ws"
mkdir -p "$v2ws/proto/acme/v1" "$v2ws/vendor/ext/v1"
printf 'version: v2\nmodules:\n  - path: proto\n  - path: vendor\n    lint:\n      use: [MINIMAL]\nlint:\n  use: [STANDARD]\n' > "$v2ws/buf.yaml"
printf 'syntax = "proto3";\npackage acme.v1;\nimport "ext/v1/ext.proto";\nmessage bad { ext.v1.E e = 1; }\n' > "$v2ws/proto/acme/v1/a.proto"
printf 'syntax = "proto3";\npackage ext.v1;\nmessage E { string BadName = 1; }\n' > "$v2ws/vendor/ext/v1/ext.proto"
workspace_v2() {
  expect 100 lint "$v2ws"; grep -q '^proto/acme/v1/a.proto:4:9:.*(MESSAGE_PASCAL_CASE)$' "$work/out"; ! grep -q vendor "$work/out"
  expect 0 lint "$v2ws/vendor"
  ( cd "$v2ws/proto" && expect 100 lint ) && grep -q '^acme/v1/a.proto:4:9:' "$work/out"
}
check "buf.yaml v2: modules with their own lint; run in the root or in a module directory" workspace_v2

# --- errors a person can act on -------------------------------------------------------
errs="$work/errs"
mkdir -p "$errs/proto/acme/v1"
printf 'name: acme/errs\nversion: 1.0.0\ntargets:\n  descriptor: {}\n' > "$errs/protopkg.yaml"
binary_file() {
  head -c 4000 /dev/urandom > "$errs/proto/acme/v1/random.proto"
  printf 'syntax = "proto3";\npackage acme.v1;\n// caf\xe9\nmessage A {}\n' > "$errs/proto/acme/v1/latin1.proto"
  expect 1 lint "$errs"
  [ "$(wc -l < "$work/err")" -eq 4 ]   # the summary, one line per file, the hint
  grep -q '^  proto/acme/v1/random.proto:[0-9]*:[0-9]*:this is a binary file' "$work/err"
  grep -q '^  proto/acme/v1/latin1.proto:3:7:this file is not UTF-8 text: byte 0xE9' "$work/err"
  rm "$errs/proto/acme/v1/random.proto" "$errs/proto/acme/v1/latin1.proto"
}
compile_paths() {
  printf 'syntax = "proto3";\npackage acme.v1;\nimport "acme/v1/missing.proto";\nmessage B { int32 x = 1; }\n' > "$errs/proto/acme/v1/b.proto"
  # Wherever it runs from, the path is the module's: as findings print it.
  for from in "$work" "$errs" "$errs/proto" /; do
    ( cd "$from" && expect 1 lint "$errs" )
    grep -qx '  proto/acme/v1/b.proto:3:1:Import "acme/v1/missing.proto" was not found: no import root holds this file.' "$work/err"
  done
  # A script asking for JSON gets the compile errors as JSON too.
  expect 1 lint "$errs" --error-format json
  grep -q '^{"path":"proto/acme/v1/b.proto","start_line":3,"start_column":1,.*"type":"COMPILE"' "$work/out"
  rm "$errs/proto/acme/v1/b.proto"
}
pathless_text() {
  mkdir -p "$work/pk/prev/gone/v1" "$work/pk/cur/acme/v1"
  printf 'syntax = "proto3";\npackage gone.v1;\nmessage G {}\n' > "$work/pk/prev/gone/v1/g.proto"
  printf 'syntax = "proto3";\npackage acme.v1;\nmessage A {}\n' > "$work/pk/cur/acme/v1/a.proto"
  printf 'version: v1\nbreaking:\n  use: [PACKAGE]\n' > "$work/pk/cur/buf.yaml"
  expect 100 breaking "$work/pk/cur" --against "$work/pk/prev"
  grep -qx 'gone/v1/g.proto:1:1:Previously present package "gone.v1" was deleted. (PACKAGE_NO_DELETE)' "$work/out"
  expect 100 breaking "$work/pk/cur" --against "$work/pk/prev" --error-format json
  grep -q '^{"path":"","start_line":1' "$work/out"
}
check "errors: a binary and a Latin-1 .proto are one error each" binary_file
check "errors: compile errors print module paths from any directory, and as JSON on request" compile_paths
check "errors: a pathless breaking finding names the deleted package's file in text" pathless_text

finish
