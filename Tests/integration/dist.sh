#!/usr/bin/env bash
# Test of the release `make dist` wrote: SHA256SUMS verifies, install.sh installs the tarball
# into an empty prefix, and the installed protopkg runs `--version` and `lint` on a small module
# in a bare environment, needing no library but the Debian packages dist/README.md lists (every
# library ldd resolves must come from one of them, or from libc and the compiler runtime that
# every Debian system has) and no Swift toolchain.
#   Tests/integration/dist.sh dist/out
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"   # check, refute
out="$(cd "$1" && pwd)"
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
passed=0; failed=0
tarball="$(ls "$out"/protopkg-*-linux-*.tar.gz | head -1)"
prefix="$work/prefix"
bare() { env -i HOME="$work/home" PATH="$prefix/bin:/usr/bin:/bin" "$@"; }

checksums() {
  (cd "$out" && sha256sum -c SHA256SUMS)
  # A tarball that changed no longer matches.
  cp "$tarball" "$work/"; cp "$out/SHA256SUMS" "$work/"
  printf 'x' >> "$work/$(basename "$tarball")"
  refute bash "$out/install.sh" "$work/never" "$work/$(basename "$tarball")"
  [ ! -e "$work/never/bin/protopkg" ]
}
installs() {
  [ ! -e "$prefix" ]
  bash "$out/install.sh" "$prefix" "$tarball"
  [ "$(ls "$prefix")" = bin ] && [ "$(ls "$prefix/bin")" = protopkg ]
  local size; size="$(stat -c %s "$prefix/bin/protopkg")"
  echo "> installed binary: $size bytes ($(( size / 1048576 )) MiB)"
  readelf -S "$prefix/bin/protopkg" > "$work/sections"        # stripped: no symbol table, no debug information
  grep -q '\.text' "$work/sections"
  refute grep -q '\.symtab\|\.debug_info' "$work/sections"
  [ "$(bare protopkg --version)" = "$(sed -n 's/.*static let version = "\(.*\)"/\1/p' "$root/Sources/ProtopkgCommands/ProtopkgCommand.swift")" ]
}
only_listed_libraries() {
  # The packages dist/README.md lists (a line "Runtime packages: a b c").
  local listed; listed="$(sed -n 's/^Runtime packages: //p' "$root/dist/README.md")"
  [ -n "$listed" ]
  ldd "$prefix/bin/protopkg" > "$work/ldd"
  cat "$work/ldd"
  refute grep -q 'not found' "$work/ldd"
  refute grep -qi swift "$work/ldd"       # the Swift runtime is inside the binary
  refute grep -q "libgit2\|libarchive\|libcurl" "$work/ldd"   # opened on first use (CNativeLoader)
  # A listed package brings its dependencies along: those may provide libraries too.
  apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks --no-replaces --no-enhances \
    $listed 2>/dev/null | grep '^[a-z0-9]' | sort -u > "$work/closure"
  grep -qx libgit2-1.5 "$work/closure" || grep -qx "$(echo "$listed" | cut -d' ' -f1)" "$work/closure"
  local lib pkg
  for lib in $(awk '/=>/ {print $3}' "$work/ldd"); do
    # dpkg -S fails for a path no package names (merged /usr: the package may name the other one).
    pkg="$(dpkg -S "$(readlink -f "$lib")" 2>/dev/null | head -1 | cut -d: -f1 || true)"
    [ -n "$pkg" ] || pkg="$(dpkg -S "$lib" 2>/dev/null | head -1 | cut -d: -f1 || true)"
    echo "$lib: $pkg"
    grep -qx "$pkg" "$work/closure" || { echo "$lib comes from ${pkg:-no package}, which dist/README.md neither lists nor implies"; exit 1; }
  done
  echo "> ldd: $(awk '/=>/ {print $1}' "$work/ldd" | tr '\n' ' ')"
}
lints() {
  bare protopkg init "$work/mod" --name acme/user > /dev/null
  bare protopkg lint "$work/mod"
  # A finding, to see lint really ran: a field name that is not lower_snake_case.
  sed -i 's/string display_name = 2;/string displayName = 2;/' "$work/mod/proto/acme/user/v1/user.proto"
  local s=0; bare protopkg lint "$work/mod" > "$work/out" || s=$?
  cat "$work/out"; [ "$s" -eq 100 ] && grep -q FIELD_LOWER_SNAKE_CASE "$work/out"
}

check "SHA256SUMS verifies the tarball and install.sh; a changed tarball is refused" checksums
check "install.sh installs into an empty prefix; protopkg --version runs in a bare environment" installs
check "the binary needs only libraries of the packages dist/README.md lists, and no Swift" only_listed_libraries
check "the installed protopkg lints a small module (and finds a bad field name)" lints
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
