#!/usr/bin/env bash
# Alert delivery across MirrorMaker 2, and what SASL/TLS costs a Kafka client, in one sitting. Starts, each as its own
# process: the baltic node's Kafka (SASL_SSL + SASL_PLAINTEXT with SCRAM-SHA-512 for the node's user, and the operator's
# PLAINTEXT listener), the EU cluster's Kafka (PLAINTEXT), MirrorMaker 2 between them with the flows of
# infra/k8s/components/mirror-to-eu/mirror-maker.yaml, contact-points and incident-reporting of the baltic node (over
# SASL_SSL, each node its own database) and escalation of the EU node; then runs MirrorBenchmark and stops everything.
# Ports: free ones (not 8080-8084, 9092). Run it on an otherwise idle machine, e.g.
#   flock /tmp/cyberplan-cpu.lock infra/bench/run-mirror-bench.sh [driver flags…]
# Needs PostgreSQL on 127.0.0.1:5432 (CYBERPLAN_BENCH_PG_USER, default postgres; trust or PGPASSWORD).
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
cd "$repo"

if [ "${BENCH_SKIP_BUILD:-}" != "1" ]; then
  echo "Building the services, the brokers, MirrorMaker and the driver (mvn -DskipTests install)…"
  mvn -B -q -o -DskipTests install -pl infra/bench,infra/mirror,infra/kafka-broker,services/contact-points,services/incident-reporting,services/escalation -am \
    || mvn -B -q -DskipTests install -pl infra/bench,infra/mirror,infra/kafka-broker,services/contact-points,services/incident-reporting,services/escalation -am
fi

stamp=$(date +%Y%m%d-%H%M%S)
work="$repo/target/mirror-bench/$stamp"
results=target/bench-results
mkdir -p "$work" "$results"
pg_user=${CYBERPLAN_BENCH_PG_USER:-postgres}

pids=()
stop_all() {
  for ((i=${#pids[@]}-1; i>=0; i--)); do
    kill "${pids[$i]}" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
}
trap stop_all EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
await_file() {
  for _ in $(seq 1 120); do [ -f "$1" ] && return 0; sleep 0.5; done
  echo "timed out waiting for $1" >&2; return 1
}
await_health() {
  for _ in $(seq 1 240); do
    curl -s -o /dev/null -m 2 -f "$1/health" && return 0
    kill -0 "$2" 2>/dev/null || { echo "$1 stopped; see $3" >&2; return 1; }
    sleep 1
  done
  echo "$1 not healthy in 240 s; see $3" >&2; return 1
}

broker_jar=infra/kafka-broker/target/cyberplan-kafka-broker.jar
java -Xmx512m -cp "$broker_jar" eu.cyberplan.infra.kafka.SecuredKafkaBroker "$work/kafka-baltic" cyberplan-node >"$work/kafka-baltic.log" 2>&1 &
pids+=($!)
java -Xmx512m -cp "$broker_jar" eu.cyberplan.infra.kafka.SecuredKafkaBroker "$work/kafka-eu" cyberplan-node >"$work/kafka-eu.log" 2>&1 &
pids+=($!)
await_file "$work/kafka-baltic/listeners.properties"
await_file "$work/kafka-eu/listeners.properties"
prop() { grep "^$2=" "$1" | cut -d= -f2- | sed 's/\\:/:/g'; }
baltic="$work/kafka-baltic/listeners.properties"
eu_plain=$(prop "$work/kafka-eu/listeners.properties" plaintext)
baltic_plain=$(prop "$baltic" plaintext)

echo "Creating the topics on both clusters…"
for bootstrap in "$baltic_plain" "$eu_plain"; do
  java -cp "infra/launcher/target/cyberplan-launcher.jar" eu.cyberplan.infra.launcher.TopicsMain "$bootstrap" cyberplan
done

java -Xmx384m -jar infra/mirror/target/cyberplan-mirror.jar infra/k8s/components/mirror-to-eu/mirror-maker.yaml baltic cyberplan \
  "$baltic_plain" "$eu_plain" >"$work/mirror-maker.log" 2>&1 &
pids+=($!)
mirror_pid=$!
for _ in $(seq 1 120); do
  grep -q '^MirrorMaker 2 running' "$work/mirror-maker.log" && break
  kill -0 "$mirror_pid" 2>/dev/null || { echo "MirrorMaker 2 stopped; see $work/mirror-maker.log" >&2; exit 1; }
  sleep 0.5
done

for db in cyberplan_bench_baltic_$stamp cyberplan_bench_eu_$stamp; do
  psql -h 127.0.0.1 -U "$pg_user" -d postgres -q -c "CREATE DATABASE ${db//-/_}" >/dev/null
done
jwt="$work/jwt-signing-key.json"
common=(CYBERPLAN_JDBC_USER="$pg_user" CYBERPLAN_TOPIC_PREFIX=cyberplan CYBERPLAN_DEMO=true CYBERPLAN_JWT_KEY_FILE="$jwt"
        CYBERPLAN_SMTP_HOST=)
secured=(CYBERPLAN_KAFKA_BOOTSTRAP="$(prop "$baltic" sasl_ssl)" CYBERPLAN_KAFKA_SECURITY_PROTOCOL=SASL_SSL
         CYBERPLAN_KAFKA_SASL_MECHANISM=SCRAM-SHA-512 CYBERPLAN_KAFKA_SASL_USERNAME="$(prop "$baltic" user)"
         CYBERPLAN_KAFKA_SASL_PASSWORD="$(prop "$baltic" password)" CYBERPLAN_KAFKA_TRUSTSTORE="$(prop "$baltic" truststore)"
         CYBERPLAN_KAFKA_TRUSTSTORE_PASSWORD="$(prop "$baltic" truststore.password)")
baltic_db="jdbc:postgresql://127.0.0.1:5432/cyberplan_bench_baltic_${stamp//-/_}"
eu_db="jdbc:postgresql://127.0.0.1:5432/cyberplan_bench_eu_${stamp//-/_}"

cp_port=$(free_port); ir_port=$(free_port); esc_port=$(free_port)
start_service() { # name port log env…
  local name=$1 port=$2 log=$3; shift 3
  env "$@" CYBERPLAN_PORT="$port" java -Xmx256m -jar "services/$name/target/$name.jar" >"$log" 2>&1 &
  pids+=($!)
}
start_service contact-points "$cp_port" "$work/contact-points.log" "${common[@]}" "${secured[@]}" CYBERPLAN_JDBC_URL="$baltic_db" \
  CYBERPLAN_NODE_ID=baltic CYBERPLAN_JWKS_URL="http://127.0.0.1:$cp_port/keys"
await_health "http://127.0.0.1:$cp_port" "${pids[-1]}" "$work/contact-points.log"
start_service incident-reporting "$ir_port" "$work/incident-reporting.log" "${common[@]}" "${secured[@]}" CYBERPLAN_JDBC_URL="$baltic_db" \
  CYBERPLAN_JWKS_URL="http://127.0.0.1:$cp_port/keys"
ir_pid=${pids[-1]}
start_service escalation "$esc_port" "$work/escalation.log" "${common[@]}" CYBERPLAN_KAFKA_BOOTSTRAP="$eu_plain" CYBERPLAN_JDBC_URL="$eu_db" \
  CYBERPLAN_JWKS_URL="http://127.0.0.1:$cp_port/keys"
await_health "http://127.0.0.1:$ir_port" "$ir_pid" "$work/incident-reporting.log"
await_health "http://127.0.0.1:$esc_port" "${pids[-1]}" "$work/escalation.log"
kill -0 "$mirror_pid" 2>/dev/null || { echo "MirrorMaker 2 stopped; see $work/mirror-maker.log" >&2; exit 1; }
echo "Both nodes are up: contact-points :$cp_port, incident-reporting :$ir_port (baltic, SASL_SSL), escalation :$esc_port (eu)."

pgbench_args=()
pgbench_tool="$(dirname "$repo")/shared/tools/pgbench-filing.sh"
if [ -f "$pgbench_tool" ]; then
  echo "Measuring the filing limit with pgbench (8 clients, 15 s)…"
  if pgbench_line=$(bash "$pgbench_tool" 8 15 2>&1 | grep '^pgbench filing tps=' | tail -n 1) && [ -n "$pgbench_line" ]; then
    echo "$pgbench_line"
    pgbench_args=(--pgbench="$pgbench_line")
  else
    echo "pgbench failed; going on without its figure" >&2
  fi
fi

out="$results/mirror-$stamp.txt"
java -Xms256m -Xmx512m -cp infra/bench/target/cyberplan-bench.jar eu.cyberplan.infra.bench.MirrorBenchmark \
  --node-listeners="$baltic" --contact-points="http://127.0.0.1:$cp_port" --incident-reporting="http://127.0.0.1:$ir_port" \
  "${pgbench_args[@]}" "$@" 2>&1 | tee "$out"
echo "Results kept in $repo/$out; logs in $work"
