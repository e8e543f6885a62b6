#!/bin/sh
# Installs protopkg into PREFIX/bin (default /usr/local).
#   ./install.sh [PREFIX]                      from an unpacked release tarball
#   ./install.sh [PREFIX] protopkg-….tar.gz    from the tarball, checked against SHA256SUMS beside it
# It then checks that the libraries protopkg needs are there and names the Debian packages that
# provide any that are missing.
set -eu
prefix="${1:-/usr/local}"
here="$(cd "$(dirname "$0")" && pwd)"
if [ $# -ge 2 ]; then
  tarball="$2"
  sums="$(dirname "$tarball")/SHA256SUMS"
  if [ -f "$sums" ]; then
    (cd "$(dirname "$tarball")" && grep " $(basename "$tarball")\$" SHA256SUMS | sha256sum -c --quiet -) \
      || { echo "install.sh: $tarball does not match SHA256SUMS" >&2; exit 1; }
  fi
  unpacked="$(mktemp -d)"
  trap 'rm -rf "$unpacked"' EXIT
  tar -xzf "$tarball" -C "$unpacked"
  here="$(echo "$unpacked"/protopkg-*)"
fi
[ -x "$here/bin/protopkg" ] || { echo "install.sh: no bin/protopkg beside this script; give the tarball as the second argument" >&2; exit 1; }
install -d "$prefix/bin"
install -m 0755 "$here/bin/protopkg" "$prefix/bin/protopkg.tmp"
mv "$prefix/bin/protopkg.tmp" "$prefix/bin/protopkg"
echo "installed $prefix/bin/protopkg"
if command -v ldd >/dev/null 2>&1; then
  missing="$(ldd "$prefix/bin/protopkg" 2>/dev/null | awk '/not found/ {print $1}')"
  # Opened on first use, so ldd does not list them.
  cache="$(PATH="$PATH:/sbin:/usr/sbin" ldconfig -p 2>/dev/null || true)"
  if [ -n "$cache" ]; then
    for lib in libgit2.so.1.5 libcurl.so.4 libarchive.so.13; do
      grep -q "^[[:space:]]*$lib " <<< "$cache" || missing="$missing $lib"
    done
  fi
  if [ -n "$missing" ]; then
    echo "install.sh: missing libraries: $(echo $missing)" >&2
    echo "install.sh: on Debian 12: apt-get install libgit2-1.5 libcurl4 libarchive13" >&2
    exit 1
  fi
fi
command -v protoc >/dev/null 2>&1 || echo "note: protoc is not on PATH; protopkg compiles without it, but the go and swift targets generate code with it (Debian: apt-get install protobuf-compiler)"
