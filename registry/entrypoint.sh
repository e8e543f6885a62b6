#!/bin/sh
# Starts `protopkg registry serve` from the environment, so that one configuration file (see
# registry.env.example) serves the container image, the compose file and `make registry-smoke`.
#   PROTOPKG_DATA           data directory (SQLite, or nothing but temporary files with PostgreSQL); /var/lib/protopkg
#   PROTOPKG_LISTEN         HOST:PORT; 0.0.0.0:8080
#   PROTOPKG_DATABASE_URL   postgres://USER:PASSWORD@HOST:PORT/DATABASE?sslmode=… (empty: SQLite under the data directory)
#   PROTOPKG_BLOBS          files | postgres (postgres needs the database URL); files
#   PROTOPKG_PUBLIC_READ    true: anyone may read without a token
#   PROTOPKG_CACHE_TTL      seconds reads are kept in memory (another replica's publish shows after at most this)
#   PROTOPKG_TLS_CERT, PROTOPKG_TLS_KEY   PEM files: serve HTTPS
#   PROTOPKG                the protopkg binary; protopkg on PATH
set -eu
set -- registry serve --data "${PROTOPKG_DATA:-/var/lib/protopkg}" --listen "${PROTOPKG_LISTEN:-0.0.0.0:8080}" \
    --blobs "${PROTOPKG_BLOBS:-files}"
if [ -n "${PROTOPKG_DATABASE_URL:-}" ]; then set -- "$@" --database "$PROTOPKG_DATABASE_URL"; fi
if [ "${PROTOPKG_PUBLIC_READ:-false}" = true ]; then set -- "$@" --public-read; fi
if [ -n "${PROTOPKG_CACHE_TTL:-}" ]; then set -- "$@" --cache-ttl "$PROTOPKG_CACHE_TTL"; fi
if [ -n "${PROTOPKG_TLS_CERT:-}" ]; then set -- "$@" --tls-cert "$PROTOPKG_TLS_CERT" --tls-key "${PROTOPKG_TLS_KEY:?PROTOPKG_TLS_KEY goes with PROTOPKG_TLS_CERT}"; fi
exec "${PROTOPKG:-protopkg}" "$@"
