# Tests/integration/lib.sh — what every end-to-end script shares. Source it, then call
# `integration_setup "$1"` (the protopkg binary to test). It sets:
#   protopkg  the binary, as an absolute path
#   root      the repository
#   work      a fresh temporary directory, removed at exit with every server the script started
# and gives check, refute, start_server, stop_server, on_exit, copy_examples and finish.
# Servers bind 127.0.0.1 on a free port; only processes started here are stopped, by pid.

integration_setup() {   # PROTOPKG [MKTEMP-TEMPLATE]
  protopkg="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
  if [ -n "${2:-}" ]; then work="$(mktemp -d "$2")"; else work="$(mktemp -d)"; fi
  server_pid=""; url=""
  passed=0; failed=0
  exit_hooks=()
  trap integration_cleanup EXIT
}

# Runs FUNCTION at exit, before the temporary directory goes (stopping a helper process).
on_exit() { exit_hooks+=("$1"); }

integration_cleanup() {
  local hook
  for hook in "${exit_hooks[@]}"; do "$hook" || true; done
  stop_server
  stop_remembered_servers
  # go's module cache is read-only; make it removable.
  chmod -R u+w "$work" 2>/dev/null
  rm -rf "$work"
}

# Stops the servers start_server started that still run (by pid, and only a process whose
# command line names this script's temporary directory, so a reused pid is left alone).
stop_remembered_servers() {
  [ -f "$work/.server-pids" ] || return 0
  local pid
  while read -r pid; do
    [ -r "/proc/$pid/cmdline" ] || continue   # gone already
    if tr '\0' ' ' 2>/dev/null < "/proc/$pid/cmdline" | grep -qF "$work"; then
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    fi
  done < "$work/.server-pids"
}

# check NAME COMMAND...: runs COMMAND with `set -e` in a subshell, prints ok or not ok with its
# seconds; lines the command prints starting with `>` are shown as its observations, and a
# failure shows the last 40 lines of its output (CHECK_LOG_LINES=N for more). The subshell runs as a plain statement: inside
# an `if` or a `||` list bash ignores `set -e` even in a subshell that sets it, and only the
# command's last step would count.
check() {
  local name="$1" started=$SECONDS status errexit=0; shift
  # A script that runs under `set -e` itself must not stop at a failing check.
  [[ $- == *e* ]] && errexit=1
  set +e
  ( set -e; "$@" ) >"$work/log" 2>&1
  status=$?
  [ "$errexit" -eq 1 ] && set -e
  if [ "$status" -eq 0 ]; then
    passed=$((passed + 1)); echo "ok - $name ($((SECONDS - started)) s)"
    grep '^>' "$work/log" | sed 's/^/    /' || true
  else
    failed=$((failed + 1)); echo "not ok - $name"; tail -n "${CHECK_LOG_LINES:-40}" "$work/log" | sed 's/^/#   /'
  fi
}

# refute COMMAND...: succeeds when COMMAND fails (bash's set -e ignores `! cmd`).
refute() { if "$@"; then echo "unexpectedly succeeded: $*"; return 1; fi; }

# start_server DATA [FLAGS...]: `registry serve` on a free port; sets server_pid and url.
start_server() {
  local data="$1"; shift
  "$protopkg" registry serve --data "$data" --listen 127.0.0.1:0 "$@" > "$work/server.out" 2> "$work/server.err" &
  server_pid=$!
  # Every server is remembered: one started inside a check that then fails is stopped at exit.
  echo "$server_pid" >> "$work/.server-pids"
  for _ in $(seq 1 100); do
    url="$(sed -n 's/^protopkg registry listening on //p' "$work/server.out")"
    [ -n "$url" ] && return 0
    sleep 0.1
  done
  cat "$work/server.err" >&2; return 1
}

# stop_server: SIGTERM to the server this script started, then waits until it is gone. Inside a
# check (a subshell) `wait` cannot wait for the script's own children, so it polls.
stop_server() {
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
  fi
  server_pid=""
}

# copy_examples DEST: fresh copies of examples/common and examples/billing, without build output.
copy_examples() {
  mkdir -p "$1"
  cp -R "$root/examples/common" "$root/examples/billing" "$1/"
  rm -rf "$1"/*/dist "$1"/*/.protopkg
}

# finish: the summary line; the script's exit status says whether every check passed.
finish() {
  echo "$passed passed, $failed failed${1:+; $1}"
  [ "$failed" -eq 0 ]
}
