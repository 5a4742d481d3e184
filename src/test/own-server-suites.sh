#!/usr/bin/env bash
# The suites that start servers of their own (production mode, two nodes, the container suite, the benchmark smoke)
# run in a Maven build of their own beside the shared server's suite; pom.xml starts (asynchronously), joins and checks
# it here.
#   own-server-suites.sh start <target dir> <mvn> <arguments...>   runs the build, output to <target>/own-server-suites.log
#   own-server-suites.sh join <target dir>                          waits for it to end and prints its output
#   own-server-suites.sh check <target dir>                         fails when it failed
set -uo pipefail
command=$1 target=$2
shift 2
log=$target/own-server-suites.log
status=$target/own-server-suites.status

case $command in
  start)
    rm -f "$status"
    echo $$ > "$target/own-server-suites.pid"
    mvn_command=$1
    shift
    arguments=()
    for argument in "$@"; do
      if [ "$argument" = "-Dsecureaccess.offline=true" ]; then
        arguments+=(-o)
      elif [ "$argument" != "-Dsecureaccess.offline=false" ]; then
        arguments+=("$argument")
      fi
    done
    started=$(date +%s)
    echo "Started $(date -u +%FT%TZ): $mvn_command ${arguments[*]}" > "$log"
    "$mvn_command" "${arguments[@]}" >> "$log" 2>&1 &
    build=$!
    # The main build ends this script when it stops early (Ctrl-C, a crash): end the nested build, and with it its servers.
    trap 'kill -TERM "$build" 2>/dev/null; wait "$build"; echo 143 > "$status"; exit 143' TERM INT
    wait "$build"
    code=$?
    echo "Ended with exit code $code after $(( $(date +%s) - started )) s" >> "$log"
    echo "$code" > "$status.new" && mv "$status.new" "$status"
    ;;
  join)
    if [ ! -f "$log" ]; then
      echo "No own-server suites were started in this build." >&2
      exit 1
    fi
    waited=$(date +%s)
    # The start step writes the status when the nested build ends, whatever its result; one that died without writing
    # it (killed from outside) leaves nothing to wait for.
    while [ ! -f "$status" ]; do
      if ! kill -0 "$(cat "$target/own-server-suites.pid" 2>/dev/null)" 2>/dev/null && [ ! -f "$status" ]; then
        echo "The own-server suites' build ended without a result (killed?); see its output below" >&2
        echo 1 > "$status"
        break
      fi
      sleep 2
    done
    echo "==> The own-server suites (production mode, two nodes, container suite, benchmark smoke), run beside the shared"
    echo "==> server's suite; waited $(( $(date +%s) - waited )) s for them after it. Their output ($log):"
    cat "$log"
    ;;
  check)
    code=$(cat "$status" 2>/dev/null || echo missing)
    if [ "$code" != 0 ]; then
      echo "The own-server suites failed (exit code $code): see their output above or in $log" >&2
      exit 1
    fi
    ;;
  *)
    echo "usage: $0 start|join|check <target dir> ..." >&2
    exit 2
    ;;
esac
