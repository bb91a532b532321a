#!/usr/bin/env bash
# The filing benchmark, as before: infra/bench/run-bench.sh filing [flags…]
exec "$(dirname "$0")/run-bench.sh" filing "$@"
