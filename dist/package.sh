#!/usr/bin/env bash
# `make dist`: the release of protopkg in dist/out/:
#   protopkg-VERSION-linux-ARCH.tar.gz   bin/protopkg, install.sh, README
#   install.sh                           the same installer, beside the tarball
#   SHA256SUMS                           of both
# The binary links the Swift runtime in (--static-swift-stdlib: the machines it goes to have no
# Swift), carries no debug information (-gnone) and is stripped; it needs only the Debian
# libraries in dist/README.md. It is built in its own folder (.build-dist), so these flags do
# not rebuild the .build that tests and `make build` use.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
scratch="$root/.build-dist"
cd "$root"
swift build -c release --product protopkg --scratch-path "$scratch" --static-swift-stdlib -Xswiftc -gnone
binary="$scratch/release/protopkg"
version="$("$binary" --version)"
name="protopkg-$version-linux-$(uname -m)"
out="$root/dist/out"
stage="$(mktemp -d)"; trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/$name/bin" "$out"
install -m 0755 "$binary" "$stage/$name/bin/protopkg"
strip --strip-all "$stage/$name/bin/protopkg"
install -m 0755 "$root/dist/install.sh" "$stage/$name/install.sh"
install -m 0644 "$root/dist/README.md" "$stage/$name/README.md"
tar --sort=name --mtime='1980-01-01 00:00:00Z' --owner=0 --group=0 --numeric-owner \
    -C "$stage" -cf - "$name" | gzip -n > "$out/$name.tar.gz.tmp"
mv "$out/$name.tar.gz.tmp" "$out/$name.tar.gz"
install -m 0755 "$root/dist/install.sh" "$out/install.sh"
(cd "$out" && sha256sum "$name.tar.gz" install.sh > SHA256SUMS.tmp && mv SHA256SUMS.tmp SHA256SUMS)
echo "dist/out/$name.tar.gz"
echo "binary: $(stat -c %s "$stage/$name/bin/protopkg") bytes (unstripped $(stat -c %s "$binary")), tarball: $(stat -c %s "$out/$name.tar.gz") bytes"
cat "$out/SHA256SUMS"
