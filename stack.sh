#!/usr/bin/env bash
# The one command of DESIGN §7: builds CyberPlan, then starts PostgreSQL, Kafka, the topics and every service.
#   ./stack.sh            run until Ctrl-C
#   ./stack.sh --check    start, verify every service is healthy, stop (a smoke check for CI)
# Settings come from the environment: CYBERPLAN_JDBC_URL / _USER / _PASSWORD, CYBERPLAN_KAFKA_BOOTSTRAP,
# CYBERPLAN_TOPIC_PREFIX. Needs only JDK 17 and Maven; the first build downloads the dependencies.
set -euo pipefail
cd "$(dirname "$0")"

echo "Building CyberPlan (mvn -DskipTests install)…"
mvn -B -q -DskipTests install

exec java -jar infra/launcher/target/cyberplan-launcher.jar "$@"
