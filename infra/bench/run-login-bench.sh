#!/usr/bin/env bash
# Logins per second with PBKDF2 as configured, in one sitting: starts the stack with ./stack.sh on a fresh database,
# runs the login benchmark right after the start (cold, then warm after a warm-up; run-bench.sh prints pgbench's
# figure of the same sitting first), stops the stack. Run it on an otherwise idle machine with no stack running, e.g.
#   flock /tmp/cyberplan-cpu.lock infra/bench/run-login-bench.sh [driver flags…]
# The database named in CYBERPLAN_JDBC_URL (default cyberplan_login_bench on 127.0.0.1:5432) is DROPPED and re-created.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
cd "$repo"

if curl -s -o /dev/null -m 2 http://127.0.0.1:8081/health; then
  echo "A stack already answers on 8081; stop it first: this script starts its own." >&2
  exit 1
fi
export CYBERPLAN_JDBC_URL=${CYBERPLAN_JDBC_URL:-jdbc:postgresql://127.0.0.1:5432/cyberplan_login_bench}
database=${CYBERPLAN_JDBC_URL##*/}
database=${database%%\?*}
psql -qX -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" -c "CREATE DATABASE $database" >/dev/null

results=target/bench-results
mkdir -p "$results"
log="$results/stack-login-$(date +%Y%m%d-%H%M%S).log"
. infra/bench/lib.sh
stack_pid=""
trap 'stop_pid "$stack_pid"' EXIT

echo "Starting the stack with ./stack.sh (log: $log)…"
./stack.sh >"$log" 2>&1 &
stack_pid=$!
await_stack "$stack_pid" "$log" 600
"$repo/infra/bench/run-bench.sh" login "$@"
