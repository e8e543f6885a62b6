#!/usr/bin/env bash
# Installs everything protopkg's build, demo and tests need on a fresh Debian machine
# with Swift preinstalled. Idempotent: a second run only checks.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
stamp="$root/.venv/.setup-complete"

apt_packages=(
  pkg-config libgit2-dev libcurl4-openssl-dev libarchive-dev zlib1g-dev
  protobuf-compiler libprotobuf-dev protobuf-compiler-grpc postgresql
  golang-go protoc-gen-go protoc-gen-go-grpc golang-google-protobuf-dev golang-google-grpc-dev
)
pip_packages=(grpcio-tools grpcio protobuf buf-bin wheel)

missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -f "$stamp" ]; then
  echo "setup: creating the Python venv in .venv (${pip_packages[*]})"
  python3 -m venv "$root/.venv"
  "$root/.venv/bin/pip" install -q --upgrade pip
  "$root/.venv/bin/pip" install -q "${pip_packages[@]}"
  touch "$stamp"
fi
