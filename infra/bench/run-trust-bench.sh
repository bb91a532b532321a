#!/usr/bin/env bash
# What token validation costs per request with a trust list of 31 issuers (issue 19), in one sitting: writes 31
# issuers' keys and a trust list naming them, serves their JWKS from a static HTTP server, starts the stack with
# CYBERPLAN_TRUST set, measures pgbench's filing limit, runs TrustBenchmark against incident-reporting (1 issuer, then
# 31, then 1 again), and stops everything it started. Run it with no stack running, e.g.
#   flock /tmp/cyberplan-cpu.lock infra/bench/run-trust-bench.sh [--seconds 20] [--concurrency 16]
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
cd "$repo"

results=target/bench-results
mkdir -p "$results"
work=$(mktemp -d /tmp/cyberplan-trust-bench.XXXXXX)
jwks_port=${TRUST_BENCH_JWKS_PORT:-18990}

if curl -s -o /dev/null -m 2 http://127.0.0.1:8081/health; then
  echo "A stack already answers on 8081; stop it first: this script starts its own, with the 31-issuer trust list." >&2
  exit 1
fi

if [ -z "${TRUST_BENCH_SKIP_BUILD:-}" ]; then
  echo "Building CyberPlan once (mvn -DskipTests install)…"
  # A service's target/lib must hold this tree's platform jar: copy-dependencies keeps a SNAPSHOT it already has, even
  # one another tree installed into ~/.m2 (the services then refuse every token, as happened here once).
  rm -rf services/*/target/lib
  mvn -B -q -o -DskipTests install || mvn -B -q -DskipTests install
fi
jar=infra/bench/target/cyberplan-bench.jar

. infra/bench/lib.sh
stack_pid=""
jwks_pid=""
trap 'stop_pid "$stack_pid"; stop_pid "$jwks_pid"' EXIT

java -cp "$jar" eu.cyberplan.infra.bench.TrustBenchmark prepare "$work" "http://127.0.0.1:$jwks_port"
python3 -m http.server "$jwks_port" --bind 127.0.0.1 --directory "$work/jwks" 2>"$work/jwks-server.log" >/dev/null &
jwks_pid=$!

log="$results/stack-trust-$(date +%Y%m%d-%H%M%S).log"
echo "Starting the stack with CYBERPLAN_TRUST=$work/trust.json (log: $log)…"
CYBERPLAN_TRUST="$work/trust.json" java -jar infra/launcher/target/cyberplan-launcher.jar >"$log" 2>&1 &
stack_pid=$!
await_stack "$stack_pid" "$log" 240

measure_pgbench

out="$results/trust-$(date +%Y%m%d-%H%M%S).txt"
java ${BENCH_JAVA_OPTS:--Xms256m -Xmx512m} -cp "$jar" eu.cyberplan.infra.bench.TrustBenchmark measure "$work" \
  --jwks-log "$work/jwks-server.log" "${pgbench_args[@]}" "$@" 2>&1 | tee "$out"
echo "Results kept in $repo/$out"
