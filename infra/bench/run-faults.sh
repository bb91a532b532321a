#!/usr/bin/env bash
# The fault harness (issue 17): starts the stack with ./stack.sh (so the ports 8080-8084, 9092, 9093 must be free),
# measures pgbench's filing limit in the same sitting, runs FaultHarness (20 filings/s throughout; kill -9 of each
# service in turn, the broker down 60 s, a PostgreSQL restart, a poison outbox row), prints its table, then stops the
# stack whatever happened. Everything targets 127.0.0.1; every wait is bounded; it takes about 10-15 minutes.
#   infra/bench/run-faults.sh [harness flags…]   e.g. --only escalation,kafka --outage-seconds 30 --rate 20
# FAULTS_SKIP_BUILD=1 starts the already built launcher jar instead of ./stack.sh (which builds everything first).
# The PostgreSQL drill restarts the local server (pg_ctlcluster 15 main): it runs only when the stack uses 127.0.0.1:5432.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
cd "$repo"

for port in 8080 8081 8082 8083 8084 9092 9093; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "Port $port is taken: stop the running stack (or whatever listens there) first; this script starts its own." >&2
    exit 1
  fi
done

results=target/fault-results
mkdir -p "$results"
stamp=$(date +%Y%m%d-%H%M%S)
stack_log="$results/stack-$stamp.log"
out="$results/faults-$stamp.txt"

if [ "${FAULTS_SKIP_BUILD:-}" = 1 ]; then
  java -jar infra/launcher/target/cyberplan-launcher.jar >"$stack_log" 2>&1 &
else
  ./stack.sh >"$stack_log" 2>&1 &   # builds, then execs the launcher: $! is the launcher's pid
fi
launcher=$!

stop_stack() {
  if kill -0 "$launcher" 2>/dev/null; then
    echo "Stopping the stack (launcher pid $launcher)…"
    kill -TERM "$launcher" 2>/dev/null || true
    for _ in $(seq 90); do kill -0 "$launcher" 2>/dev/null || break; sleep 1; done
    kill -KILL "$launcher" 2>/dev/null || true
  fi
  echo "Stack log: $repo/$stack_log"
}
trap stop_stack EXIT

echo "Starting the stack (log: $stack_log)…"
for _ in $(seq 900); do
  if grep -q '^CyberPlan is up:' "$stack_log" 2>/dev/null; then break; fi
  if ! kill -0 "$launcher" 2>/dev/null; then
    echo "The stack did not start; last lines of $stack_log:" >&2
    tail -n 30 "$stack_log" >&2
    exit 1
  fi
  sleep 1
done
grep -q '^CyberPlan is up:' "$stack_log" || { echo "The stack was not up within 15 min" >&2; exit 1; }
grep -E '^(PostgreSQL|Kafka):' "$stack_log" || true

pgbench_line="(pgbench not measured: ../shared/tools/pgbench-filing.sh missing)"
pgbench_tool="$(dirname "$repo")/shared/tools/pgbench-filing.sh"
if [ -f "$pgbench_tool" ]; then
  echo "Measuring the filing limit with pgbench (8 clients, 15 s)…"
  pgbench_line=$(bash "$pgbench_tool" 8 15 2>&1 | grep '^pgbench filing tps=' | tail -n 1 || true)
  [ -n "$pgbench_line" ] || pgbench_line="(pgbench failed in this sitting)"
fi

set +e
# shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of JVM options
java ${BENCH_JAVA_OPTS:--Xms128m -Xmx512m} -cp infra/bench/target/cyberplan-bench.jar eu.cyberplan.infra.bench.FaultHarness \
  --launcher-pid "$launcher" --repo "$repo" --pgbench "$pgbench_line" "$@" 2>&1 | tee "$out"
status=${PIPESTATUS[0]}
set -e
echo
echo "What the launcher's supervision said meanwhile:"
grep -E 'exited unexpectedly|is back|restarted \(pid|is held by|FAILED' "$stack_log" | tail -n 40 || true
echo "Results kept in $repo/$out"
exit "$status"
