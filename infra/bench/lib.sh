# Shared by the run-*-bench.sh scripts that start a stack of their own (source it after `cd "$repo"`):
#   stop_pid PID              stops a process started in the background and waits for it
#   await_stack PID LOG SECS  waits until every service answers /health; exits (naming LOG) if PID died or time ran out
#   measure_pgbench           sets pgbench_args=(--pgbench "<line>") from ../shared/tools/pgbench-filing.sh, if there

stop_pid() {
  local pid=$1
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    wait "$pid" 2>/dev/null || true
  fi
}

await_stack() {
  local pid=$1 log=$2 seconds=$3 up=0 port
  for _ in $(seq 1 "$seconds"); do
    up=1
    for port in 8081 8082 8083 8084 8080; do
      curl -s -o /dev/null -m 2 "http://127.0.0.1:$port/health" || { up=0; break; }
    done
    [ $up = 1 ] && return 0
    kill -0 "$pid" 2>/dev/null || { echo "the stack stopped; see $log" >&2; exit 1; }
    sleep 1
  done
  echo "the stack did not come up in $seconds s; see $log" >&2
  exit 1
}

measure_pgbench() {
  pgbench_args=()
  local tool line
  tool="$(dirname "$repo")/shared/tools/pgbench-filing.sh"
  [ -f "$tool" ] || return 0
  echo "Measuring the filing limit with pgbench (8 clients, 15 s)…"
  line=$(bash "$tool" 8 15 2>&1 | grep '^pgbench filing tps=' | tail -n 1 || true)
  if [ -n "$line" ]; then
    echo "$line"
    pgbench_args=(--pgbench "$line")
  fi
}
