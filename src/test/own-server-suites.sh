#!/usr/bin/env bash
# The suites that start servers of their own (production mode, two nodes, the container suite, the benchmark smoke)
# run in a Maven build of their own after the shared server's suite; pom.xml runs and checks it here.
#   own-server-suites.sh start <target dir> <mvn> <arguments...>   runs the build, output to <target>/own-server-suites.log,
#                                                                   printed when it ends
#   own-server-suites.sh check <target dir>                         fails when it failed
set -uo pipefail
command=$1 target=$2
shift 2
log=$target/own-server-suites.log
status=$target/own-server-suites.status

case $command in
  start)
    rm -f "$status"
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
    echo "==> The own-server suites (production mode, two nodes, container suite, benchmark smoke). Their output ($log):"
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
    echo "usage: $0 start|check <target dir> ..." >&2
    exit 2
    ;;
esac
