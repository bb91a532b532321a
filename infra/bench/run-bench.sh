#!/usr/bin/env bash
# Runs a benchmark of infra/bench against the stack started by ./stack.sh: builds the driver if needed,
# checks the services answer, measures pgbench's filing limit when the shared tool is there (the same
# sitting's database limit, printed beside the figures), then runs the driver and keeps its output
# under target/bench-results/.
#   infra/bench/run-bench.sh filing [flags…]   FilingBenchmark: file → alert.delivered latency, filing throughput
#   infra/bench/run-bench.sh duty [flags…]     DutyBenchmark: inbox ingestion of alert.dispatched, on-duty lookups
#   infra/bench/run-bench.sh incidents [flags…] IncidentsBenchmark: classified filings with significance, STIX/MISP export
#   infra/bench/run-bench.sh protocol [flags…]  ProtocolBenchmark: fan-out to 29 NCPs, lateness of 10,000 due deadlines among 100,000
#   infra/bench/run-bench.sh drill [flags…]     DrillBenchmark: 28,000 injects for 30 countries in 10 min, simulated participants
#   infra/bench/run-bench.sh console [flags…]   ConsoleBenchmark: alert.dispatched → shown on an open inbox page in Chromium
#   infra/bench/run-bench.sh msel [flags…]      MselBenchmark: the editor with 28,000 injects, file chosen → timeline on screen
#   infra/bench/run-bench.sh board [flags…]     CaseBoardBenchmark: 500 open cases, the coordinator's board → every card on screen
#   infra/bench/run-bench.sh audit [flags…]     AuditBenchmark: filing cold and warm with the stack's auditing as started
#                                               (run-audit-bench.sh starts the stack with auditing on, then off)
#   infra/bench/run-bench.sh login [flags…]     LoginBenchmark: logins/s with PBKDF2, cold and warm; wrong-password answer
#                                               time for known and unknown usernames
#   infra/bench/run-bench.sh levels [flags…]    LevelChangeBenchmark: a case of 29 alerted members raised to OPERATIONAL →
#                                               its LEVEL_CHANGE item read in each of the 29 inboxes
#   infra/bench/run-bench.sh catchup [flags…]   CatchUpBenchmark: against ./stack.sh --federation, the west node held down
#                                               while 100,000 alerts for its countries wait, then its catch-up time
#   (--help after the name lists a driver's flags)
# BENCH_JAVA_OPTS overrides the driver's JVM options.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
cd "$repo"

case "${1:-}" in
  filing) main=eu.cyberplan.infra.bench.FilingBenchmark ;;
  duty) main=eu.cyberplan.infra.bench.DutyBenchmark ;;
  incidents) main=eu.cyberplan.infra.bench.IncidentsBenchmark ;;
  protocol) main=eu.cyberplan.infra.bench.ProtocolBenchmark ;;
  drill) main=eu.cyberplan.infra.bench.DrillBenchmark ;;
  console) main=eu.cyberplan.infra.bench.ConsoleBenchmark ;;
  audit) main=eu.cyberplan.infra.bench.AuditBenchmark ;;
  login) main=eu.cyberplan.infra.bench.LoginBenchmark ;;
  catchup) main=eu.cyberplan.infra.bench.CatchUpBenchmark ;;
  levels) main=eu.cyberplan.infra.bench.LevelChangeBenchmark ;;
  msel) main=eu.cyberplan.infra.bench.MselBenchmark ;;
  board) main=eu.cyberplan.infra.bench.CaseBoardBenchmark ;;
  *) echo "usage: infra/bench/run-bench.sh filing|duty|incidents|protocol|drill|console|audit|login|catchup|levels|msel|board [driver flags…]" >&2; exit 2 ;;
esac
name=$1
shift

jar=infra/bench/target/cyberplan-bench.jar
newer_sources=""
if [ -f "$jar" ]; then
  newer_sources=$(find infra/bench/src infra/bench/pom.xml -newer "$jar" -type f 2>/dev/null | head -n 1)
fi
if [ ! -f "$jar" ] || [ -n "$newer_sources" ]; then
  echo "Building the benchmark driver…"
  flock /tmp/cyberplan-build.lock mvn -B -q -o install -DskipTests -pl infra/bench -am \
    || flock /tmp/cyberplan-build.lock mvn -B -q install -DskipTests -pl infra/bench -am
fi

ports="8081 8082 8083 8084 8080"
start="./stack.sh"
if [ "$name" = catchup ]; then
  # The local federation; what the driver publishes is signed as its EU node, as escalation would.
  ports="9101 9103 9104 9100 9201 9202 9200 9301 9302 9300"
  start="./stack.sh --federation"
  export CYBERPLAN_EVENT_KEY_DIR=${CYBERPLAN_EVENT_KEY_DIR:-.cyberplan/federation/eu/keys/events}
  export CYBERPLAN_NODE_ID=${CYBERPLAN_NODE_ID:-eu}
fi
for port in $ports; do
  status=$(curl -s -o /dev/null -m 5 -w '%{http_code}' "http://127.0.0.1:$port/health" || true)
  if [ "$status" != "200" ]; then
    echo "The stack is not running: http://127.0.0.1:$port/health answered '${status:-nothing}' (expected 200)." >&2
    echo "Start it with $start (from $repo) in another terminal, wait for its URLs, then run this again." >&2
    exit 1
  fi
done

pgbench_args=()
pgbench_tool="$(dirname "$repo")/shared/tools/pgbench-filing.sh"
if [ -f "$pgbench_tool" ]; then
  echo "Measuring the filing limit with pgbench (8 clients, 15 s)…"
  if pgbench_out=$(bash "$pgbench_tool" 8 15 2>&1); then
    pgbench_line=$(printf '%s\n' "$pgbench_out" | grep '^pgbench filing tps=' | tail -n 1 || true)
    if [ -n "$pgbench_line" ]; then
      echo "$pgbench_line"
      pgbench_args=(--pgbench "$pgbench_line")
    fi
  else
    echo "pgbench failed; going on without its figure:" >&2
    printf '%s\n' "$pgbench_out" | tail -n 5 >&2
  fi
fi

results=target/bench-results
mkdir -p "$results"
out="$results/$name-$(date +%Y%m%d-%H%M%S).txt"
# shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of JVM options
java ${BENCH_JAVA_OPTS:--Xms256m -Xmx512m} -cp "$jar" "$main" "${pgbench_args[@]}" "$@" 2>&1 | tee "$out"
echo "Results kept in $repo/$out"
