#!/usr/bin/env bash
# The newcomer's minute and the stack's footprint, in one sitting, on a fresh clone:
#   1. clones this repository at a commit (default HEAD) into a temporary directory, with a fresh database and a
#      warm Maven repository (a hard-linked copy of ~/.m2/repository, so the clone's `mvn install` touches nobody's);
#   2. times `./stack.sh` there from launch to the launcher's start (the build), to every /health 200 (up), and to the
#      first alert acknowledged (duty.ee files an incident affecting LV and LT, ncp.lv acknowledges it: README walk-through);
#   3. 60 s after the stack came up: RSS of every process of the stack and the total, then CPU over 30 s with no
#      traffic at all (FootprintBenchmark);
#   4. a filing load (run-bench.sh filing, shortened), then RSS and idle CPU again;
#   5. stops the stack and starts it again with nothing changed: up and first-ack times of a second `./stack.sh`.
# pgbench's filing figure of the same sitting is printed beside. Run it alone on the machine, e.g.
#   CYBERPLAN_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/cyberplan_small \
#     flock /tmp/cyberplan-cpu.lock infra/bench/run-startup-bench.sh [--commit REV] [--no-load] [--no-restart]
# The database named in CYBERPLAN_JDBC_URL (default cyberplan_bench on 127.0.0.1:5432) is DROPPED and re-created.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
cd "$repo"

commit=HEAD
load=1
restart=1
while [ $# -gt 0 ]; do
  case "$1" in
    --commit) commit=$2; shift 2 ;;
    --no-load) load=0; shift ;;
    --no-restart) restart=0; shift ;;
    *) echo "usage: run-startup-bench.sh [--commit REV] [--no-load] [--no-restart]" >&2; exit 2 ;;
  esac
done

export CYBERPLAN_JDBC_URL=${CYBERPLAN_JDBC_URL:-jdbc:postgresql://127.0.0.1:5432/cyberplan_bench}
database=${CYBERPLAN_JDBC_URL##*/}
database=${database%%\?*}
for port in 8080 8081 8082 8083 8084 9092; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "port $port is taken: stop the stack (or whatever listens there) first; this script starts its own." >&2
    exit 1
  fi
done

jar=infra/bench/target/cyberplan-bench.jar
if [ ! -f "$jar" ] || [ -n "$(find infra/bench/src infra/bench/pom.xml -newer "$jar" -type f | head -n 1)" ]; then
  echo "Building the benchmark driver…"
  mvn -B -q -o install -DskipTests -pl infra/bench -am
fi
bench() { java -Xmx256m -cp "$repo/$jar" "$@"; }

results=$repo/target/bench-results
mkdir -p "$results"
sha=$(git rev-parse --short "$commit")
out="$results/startup-$sha-$(date +%Y%m%d-%H%M%S).txt"
exec > >(tee "$out") 2>&1

echo "CyberPlan start-up and footprint benchmark: commit $sha ($(git log -1 --format=%s "$commit" | cut -c1-70)), $(date -u +%FT%TZ)"
pgbench_line="pgbench: not measured in this sitting"
pgbench_tool="$(dirname "$repo")/shared/tools/pgbench-filing.sh"
if [ -f "$pgbench_tool" ] && pgbench_out=$(bash "$pgbench_tool" 8 15 2>&1); then
  pgbench_line=$(printf '%s\n' "$pgbench_out" | grep '^pgbench filing tps=' | tail -n 1 || echo "$pgbench_line")
fi
echo "$pgbench_line"

work=$(mktemp -d /tmp/cyberplan-startup.XXXXXX)
m2=/tmp/cyberplan-startup-m2
if [ ! -d "$m2/repository" ]; then
  echo "Making the warm Maven repository $m2 (hard links into ~/.m2/repository, without eu/cyberplan)…"
  mkdir -p "$m2"
  cp -al "$HOME/.m2/repository" "$m2/repository"
fi
rm -rf "$m2/repository/eu/cyberplan"
export MAVEN_OPTS="${MAVEN_OPTS:-} -Dmaven.repo.local=$m2/repository"

git clone -q "$repo" "$work/cyberplan"
git -C "$work/cyberplan" checkout -q --detach "$(git rev-parse "$commit")"
psql -qX -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" -c "CREATE DATABASE $database" >/dev/null
echo "clone $work/cyberplan, database $database (fresh), Maven repository $m2/repository (warm)"

stack_pid=""
stop_stack() {
  if [ -n "$stack_pid" ] && kill -0 "$stack_pid" 2>/dev/null; then
    kill "$stack_pid"
    wait "$stack_pid" 2>/dev/null || true
  fi
  stack_pid=""
}
cleanup() {
  stop_stack
  rm -rf "$work"
}
trap cleanup EXIT

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
all_healthy() {
  for port in 8081 8082 8083 8084 8080; do
    [ "$(curl -s -o /dev/null -m 2 -w '%{http_code}' "http://127.0.0.1:$port/health" || true)" = 200 ] || return 1
  done
}
login() {
  curl -s -X POST localhost:8081/api/v1/login -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"demo\"}" | jq -r .access_token
}
# The README walk-through, steps 1–3: file as duty.ee, acknowledge as ncp.lv once the alert is in LV's inbox.
first_acknowledgement() {
  local duty incident ncp alert status
  duty=$(login duty.ee)
  incident=$(curl -s -X POST localhost:8082/api/v1/incidents -H "Authorization: Bearer $duty" -H 'Content-Type: application/json' \
    -d '{"title":"Ransomware on grid operator","summary":"SCADA jump hosts encrypted","awareAt":"2026-11-23T02:40:00Z",
         "severity":"HIGH","rsitClass":"malicious-code","rsitType":"infected-system","tlp":"AMBER","pap":"AMBER",
         "affectedCountries":["LV","LT"],"crossBorder":true,"suspectedMalicious":true,"sectors":["energy"]}' | jq -r .id)
  ncp=$(login ncp.lv)
  for _ in $(seq 1 600); do
    alert=$(curl -s localhost:8081/api/v1/inbox -H "Authorization: Bearer $ncp" \
      | jq -r --arg id "$incident" '.items[]? | select(.incidentId == $id) | .alertId' | head -n 1)
    [ -n "$alert" ] && break
    sleep 0.1
  done
  [ -n "$alert" ] || { echo "no alert for incident $incident reached LV's inbox within 60 s" >&2; return 1; }
  status=$(curl -s -X POST "localhost:8081/api/v1/inbox/$alert/ack" -H "Authorization: Bearer $ncp" \
    -H 'Content-Type: application/json' -d '{"note":"LV CERT on it"}' | jq -r .status)
  [ "$status" = ACKNOWLEDGED ] || { echo "acknowledging $alert answered status '$status'" >&2; return 1; }
}

# Starts ./stack.sh in the clone and prints the times; sets stack_pid, started and up (epoch seconds).
start_stack() {
  local label=$1 log=$2 launched=""
  started=$(now)
  (cd "$work/cyberplan" && exec ./stack.sh) >"$log" 2>&1 &
  stack_pid=$!
  for _ in $(seq 1 6000); do
    kill -0 "$stack_pid" 2>/dev/null || { echo "./stack.sh ended; last lines of $log:" >&2; tail -n 30 "$log" >&2; exit 1; }
    if [ -z "$launched" ] && tr '\0' ' ' <"/proc/$stack_pid/cmdline" 2>/dev/null | grep -q cyberplan-launcher.jar; then
      launched=$(now)
    fi
    all_healthy && break
    sleep 0.2
  done
  all_healthy || { echo "the stack did not come up within 20 min; see $log" >&2; exit 1; }
  local acked
  up=$(now)
  first_acknowledgement
  acked=$(now)
  echo "$label: build done (launcher started) $(elapsed "$started" "${launched:-$started}") s, all /health 200 $(elapsed "$started" "$up") s, first alert acknowledged $(elapsed "$started" "$acked") s"
  grep -E '^  [a-z-]+ healthy on' "$log" | sed 's/^/    /' || true
}

start_stack "STARTUP fresh clone → ./stack.sh" "$results/startup-stack-$sha.log"
sleep "$(awk -v s="$up" -v n="$(now)" 'BEGIN { d = s + 60 - n; print (d > 0 ? d : 0) }')"
bench eu.cyberplan.infra.bench.FootprintBenchmark --launcher-pid "$stack_pid" --database "$database" \
  --label "60 s after the stack came up" --pgbench "$pgbench_line"

if [ $load = 1 ]; then
  echo "Filing load: run-bench.sh filing (15 s warm-up, 20 s at 50 incidents/s × 3 countries, 20 s at 64 in flight)…"
  BENCH_WARMUP_SECONDS=15 "$repo/infra/bench/run-bench.sh" filing --latency-seconds 20 --throughput-seconds 20 \
    | grep -E 'p99|accepted|incidents/s|delivered' | head -n 8 || true
  sleep 10
  bench eu.cyberplan.infra.bench.FootprintBenchmark --launcher-pid "$stack_pid" --database "$database" \
    --label "after the filing load (10 s after it ended)" --pgbench "$pgbench_line"
fi

rm -rf "$results/startup-logs-$sha" && cp -r "$work/cyberplan/.cyberplan/logs" "$results/startup-logs-$sha"
if [ $restart = 1 ]; then
  stop_stack
  start_stack "RESTART ./stack.sh again, nothing changed" "$results/startup-restart-$sha.log"
  stop_stack
fi
echo "Results kept in $out"
