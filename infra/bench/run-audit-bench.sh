#!/usr/bin/env bash
# What the audit trail costs filing, in one sitting: starts the stack with auditing on, runs the audit benchmark
# (cold right after the start, then warm), stops the stack, and does the same with CYBERPLAN_AUDIT_ENABLED=false.
# Auditing off exists for this measurement only. Run it on an otherwise idle machine with no stack running, e.g.
#   flock /tmp/cyberplan-cpu.lock infra/bench/run-audit-bench.sh [driver flags…]
# Without this script, the two invocations are:
#   ./stack.sh &                                   then  AUDIT_LABEL=on  infra/bench/run-bench.sh audit
#   CYBERPLAN_AUDIT_ENABLED=false ./stack.sh &     then  AUDIT_LABEL=off infra/bench/run-bench.sh audit
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
cd "$repo"

results=target/bench-results
mkdir -p "$results"

if curl -s -o /dev/null -m 2 http://127.0.0.1:8081/health; then
  echo "A stack already answers on 8081; stop it first: this script starts its own, with auditing on and off." >&2
  exit 1
fi

echo "Building CyberPlan once (mvn -DskipTests install)…"
mvn -B -q -o -DskipTests install || mvn -B -q -DskipTests install

. infra/bench/lib.sh
stack_pid=""
stop_stack() {
  stop_pid "$stack_pid"
  stack_pid=""
}
trap stop_stack EXIT

for audit in on off; do
  enabled=true
  [ "$audit" = off ] && enabled=false
  log="$results/stack-audit-$audit-$(date +%Y%m%d-%H%M%S).log"
  echo "Starting the stack with CYBERPLAN_AUDIT_ENABLED=$enabled (log: $log)…"
  CYBERPLAN_AUDIT_ENABLED=$enabled java -jar infra/launcher/target/cyberplan-launcher.jar >"$log" 2>&1 &
  stack_pid=$!
  await_stack "$stack_pid" "$log" 240
  AUDIT_LABEL=$audit "$repo/infra/bench/run-bench.sh" audit "$@"
  stop_stack
  # the launcher's services release their ports when it ends
  for _ in $(seq 1 60); do
    curl -s -o /dev/null -m 1 http://127.0.0.1:8082/health || break
    sleep 1
  done
done
