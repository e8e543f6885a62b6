#!/usr/bin/env bash
# `make registry-smoke`: the deployment of registry/ (compose.yaml: PostgreSQL, two replicas,
# nginx in front) as plain processes on loopback, since no Docker engine runs here. The replicas
# start through registry/entrypoint.sh with registry/registry.env.example's settings, nginx with
# registry/nginx.conf (addresses rewritten to loopback ports). Publishes and pulls through nginx,
# stops one replica and checks that reads and publishes keep working through the other, then
# takes PostgreSQL away and checks that /healthz says so (503) and says so no more once it is back.
#   Tests/integration/registry_smoke.sh PATH/TO/protopkg
set -uo pipefail
protopkg="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d /tmp/protopkg-smoke.XXXXXX)"
chmod 755 "$work"
passed=0; failed=0
check() {
  local name="$1" started=$SECONDS; shift
  if ( set -e; "$@" ) >"$work/log" 2>&1; then passed=$((passed + 1)); echo "ok - $name ($((SECONDS - started)) s)"; sed 's/^/    /' "$work/log" | grep '^    >' || true
  else failed=$((failed + 1)); echo "not ok - $name"; sed 's/^/#   /' "$work/log" | tail -40; fi
}
say() { echo "> $*"; }   # an observation, printed under its check
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

# --- PostgreSQL (Debian's), as scripts/with-postgres.sh starts it, but owned here so it can be stopped and restarted.
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[ -x "$bin/initdb" ] || { echo "registry-smoke: PostgreSQL is not installed (scripts/setup.sh installs it)" >&2; exit 1; }
command -v nginx >/dev/null || { echo "registry-smoke: nginx is not installed (scripts/setup.sh installs it)" >&2; exit 1; }
as_pg=()
if [ "$(id -u)" -eq 0 ]; then mkdir -p "$work/pg"; chown postgres "$work/pg"; as_pg=(runuser -u postgres --); else mkdir -p "$work/pg"; fi
pg_port="$(free_port)"
pg_start() {
  "${as_pg[@]}" "$bin/pg_ctl" -D "$work/pg/db" -l "$work/pg/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -c port=$pg_port -c unix_socket_directories=$work/pg -c fsync=off" start >/dev/null
}
pg_stop() { "${as_pg[@]}" "$bin/pg_ctl" -D "$work/pg/db" -m fast -w stop >/dev/null 2>&1; }

pids=()
stop_all() {
  local p
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null && wait "$p" 2>/dev/null; done
  [ -f "$work/nginx/nginx.pid" ] && kill -QUIT "$(cat "$work/nginx/nginx.pid")" 2>/dev/null
  "${as_pg[@]}" "$bin/pg_ctl" -D "$work/pg/db" -m immediate stop >/dev/null 2>&1
  return 0
}
trap 'stop_all; rm -rf "$work"' EXIT
"${as_pg[@]}" "$bin/initdb" -D "$work/pg/db" --auth=trust --username=postgres >"$work/pg/initdb.log" 2>&1 || { cat "$work/pg/initdb.log"; exit 1; }
pg_start || { cat "$work/pg/server.log"; exit 1; }
psql -q "postgres://postgres@127.0.0.1:$pg_port/postgres" -c "CREATE DATABASE protopkg" >/dev/null
database="postgres://postgres@127.0.0.1:$pg_port/protopkg?sslmode=disable"

# --- two replicas, configured as the compose file configures them
declare -A port pid
replica() {   # NAME: starts it through the image's entrypoint with the example configuration
  local name="$1"
  port[$name]="$(free_port)"
  ( set -a; . "$root/registry/registry.env.example"; set +a
    PROTOPKG_DATABASE_URL="$database" PROTOPKG_DATA="$work/data-$name" PROTOPKG_LISTEN="127.0.0.1:${port[$name]}" \
    PROTOPKG="$protopkg" exec sh "$root/registry/entrypoint.sh" ) > "$work/$name.out" 2> "$work/$name.err" &
  pid[$name]=$!
  pids+=("${pid[$name]}")
  for _ in $(seq 1 100); do grep -q 'listening on' "$work/$name.out" && return 0; sleep 0.1; done
  cat "$work/$name.err" >&2; return 1
}
replica a && replica b || { echo "not ok - both replicas start"; echo "0 passed, 1 failed"; exit 1; }

# --- nginx with registry/nginx.conf: the upstreams and the listen address moved to loopback,
# its files under $work, and the upstream that served each request logged.
nginx_port="$(free_port)"
mkdir -p "$work/nginx"; chmod 777 "$work/nginx"
sed -e "s|server registry-a:8080|server 127.0.0.1:${port[a]}|" -e "s|server registry-b:8080|server 127.0.0.1:${port[b]}|" \
    -e "s|listen 80;|listen 127.0.0.1:$nginx_port;|" \
    -e "s|^http {|http {\n  log_format upstream '\$request_method \$uri \$status \$upstream_addr \$upstream_status';\n  access_log $work/nginx/access.log upstream;\n  client_body_temp_path $work/nginx/body; proxy_temp_path $work/nginx/proxy;\n  fastcgi_temp_path $work/nginx/fastcgi; uwsgi_temp_path $work/nginx/uwsgi; scgi_temp_path $work/nginx/scgi;|" \
    "$root/registry/nginx.conf" > "$work/nginx/nginx.conf"
grep -q "127.0.0.1:${port[a]}" "$work/nginx/nginx.conf" && grep -q "127.0.0.1:$nginx_port" "$work/nginx/nginx.conf" \
  || { echo "registry-smoke: registry/nginx.conf no longer has the lines this script rewrites" >&2; exit 1; }
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log" -g "pid $work/nginx/nginx.pid;" \
  || { cat "$work/nginx/error.log"; exit 1; }
url="http://127.0.0.1:$nginx_port"
for _ in $(seq 1 50); do curl -sf -o /dev/null "$url/healthz" && break; sleep 0.1; done

export XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache"
token="$("$protopkg" registry token create --data "$work/data-a" --database "$database" --scope 'publish:acme/*')"
mkdir -p "$work/mod"
cp -R "$root/examples/common" "$root/examples/billing" "$work/mod/"
rm -rf "$work"/mod/*/dist "$work"/mod/*/.protopkg
get() { curl -sf -H "Authorization: Bearer $token" "$url$1"; }
code() { curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$url$1"; }
# How many requests nginx sent to each replica (a refused attempt counts too: nginx logs both addresses).
served_by() {
  grep -o '127.0.0.1:[0-9]*' "$work/nginx/access.log" | sed -e "s/127.0.0.1:${port[a]}/a/" -e "s/127.0.0.1:${port[b]}/b/" \
    | sort | uniq -c | awk '{printf "%s%s %s", (NR > 1 ? ", " : ""), $2, $1}'
}

through_nginx() {
  PROTOPKG_TOKEN="$token" "$protopkg" publish "$work/mod/common" --registry "$url"
  PROTOPKG_TOKEN="$token" "$protopkg" publish "$work/mod/billing" --registry "$url"
  PROTOPKG_TOKEN="$token" "$protopkg" pull 'acme/billing@^1.0' --lang go --out "$work/pulled" --registry "$url"
  ls "$work/pulled"/*.zip
  [ "$(get /api/v1/modules/acme/billing/versions/1.0.0/bundle | sha256sum | cut -d' ' -f1)" = \
    "$(sha256sum < "$work/mod/billing/dist/acme-billing-1.0.0.protopkg.tgz" | cut -d' ' -f1)" ]
  get /pypi/simple/acme-billing-protos/ | grep -q 'acme_billing_protos-1.0.0'
  [ "$(get /go/example.com/acme/billing/@v/list)" = v1.0.0 ]
  for _ in $(seq 1 10); do [ "$(code /api/v1/modules/acme/billing/versions)" = 200 ]; done
  grep -q "127.0.0.1:${port[a]}" "$work/nginx/access.log" && grep -q "127.0.0.1:${port[b]}" "$work/nginx/access.log"
  say "requests per upstream: $(served_by)"
}
one_replica_stopped() {
  kill "${pid[a]}"; wait "${pid[a]}" 2>/dev/null
  say "replica a (127.0.0.1:${port[a]}) stopped"
  : > "$work/nginx/access.log"; kill -USR1 "$(cat "$work/nginx/nginx.pid")"; sleep 0.2
  local fails=0 i c
  for i in $(seq 1 20); do
    c="$(code /api/v1/modules/acme/billing/versions/1.0.0/bundle)"; [ "$c" = 200 ] || fails=$((fails + 1))
    c="$(code /pypi/simple/acme-billing-protos/)"; [ "$c" = 200 ] || fails=$((fails + 1))
  done
  say "40 reads through nginx with replica a down: $((40 - fails)) answered 200"
  [ "$fails" -eq 0 ]
  sed -i 's/^message Invoice {/message Invoice {\n  \/\/ A note.\n  string note = 99;/' "$work/mod/billing/proto/acme/billing/v1/invoice.proto"
  sed -i 's/^version: 1.0.0/version: 1.1.0/' "$work/mod/billing/protopkg.yaml"
  PROTOPKG_TOKEN="$token" "$protopkg" publish "$work/mod/billing" --registry "$url" | tee "$work/out"
  grep -q 'published acme/billing@1.1.0' "$work/out"
  [ "$(get /go/example.com/acme/billing/@v/list | tr '\n' ' ')" = "v1.0.0 v1.1.0 " ]
  say "publish of acme/billing@1.1.0 through nginx with replica a down: $(head -1 "$work/out")"
  say "requests per upstream since a stopped: $(served_by)"
  [ -z "$(awk '$3 != 200 && $3 != 201 {print}' "$work/nginx/access.log")" ]   # every answer nginx gave was a success
}
healthz_follows_the_database() {
  local b="http://127.0.0.1:${port[b]}"
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$b/healthz")" = 200 ]
  pg_stop
  local c; c="$(curl -s -o "$work/health" -w '%{http_code}' --max-time 10 "$b/healthz")"
  say "PostgreSQL stopped: replica b /healthz answered $c $(cat "$work/health")"
  [ "$c" = 503 ] && grep -q '"database":"unreachable"' "$work/health"
  [ "$(code /healthz)" != 200 ]
  pg_start
  for _ in $(seq 1 50); do [ "$(curl -s -o /dev/null -w '%{http_code}' "$b/healthz")" = 200 ] && break; sleep 0.2; done
  c="$(curl -s -o /dev/null -w '%{http_code}' "$b/healthz")"
  say "PostgreSQL back: replica b /healthz answered $c"
  [ "$c" = 200 ]
  # nginx counted b's 503s as failures and leaves it out for fail_timeout (10 s): then it is back.
  local waited=0
  until [ "$(code /api/v1/modules/acme/billing/versions)" = 200 ]; do
    [ "$waited" -lt 30 ] || return 1
    sleep 1; waited=$((waited + 1))
  done
  say "through nginx again after $waited s"
}

check "publish (common, billing) and pull (go zip, bundle, simple index, Go proxy) through nginx, both replicas serving" through_nginx
check "replica a stopped: reads and a publish through nginx keep working on replica b" one_replica_stopped
check "/healthz answers 503 while PostgreSQL is down and 200 once it is back" healthz_follows_the_database
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
