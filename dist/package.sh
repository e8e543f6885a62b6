#!/usr/bin/env bash
# Packs the release binary into dist/out/: a tarball with an install script, and its checksum.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
binary="$root/.build/release/protopkg"
[ -x "$binary" ] || { echo "error: $binary is missing; run 'make build' first" >&2; exit 1; }
version="$("$binary" --version)"
name="protopkg-$version-linux-$(uname -m)"
out="$root/dist/out"
stage="$(mktemp -d)"; trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/$name/bin" "$out"
install -m 0755 "$binary" "$stage/$name/bin/protopkg"
cat > "$stage/$name/install.sh" <<'SH'
#!/bin/sh
# Installs protopkg into PREFIX/bin (default /usr/local).
set -eu
prefix="${1:-/usr/local}"
here="$(cd "$(dirname "$0")" && pwd)"
install -d "$prefix/bin"
install -m 0755 "$here/bin/protopkg" "$prefix/bin/protopkg"
echo "installed $prefix/bin/protopkg"
SH
chmod 0755 "$stage/$name/install.sh"
tar --sort=name --mtime='1980-01-01 00:00:00Z' --owner=0 --group=0 --numeric-owner \
    -C "$stage" -cf - "$name" | gzip -n > "$out/$name.tar.gz.tmp"
mv "$out/$name.tar.gz.tmp" "$out/$name.tar.gz"
(cd "$out" && sha256sum "$name.tar.gz" > SHA256SUMS)
echo "dist/out/$name.tar.gz"
cat "$out/SHA256SUMS"
