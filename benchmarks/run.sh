#!/usr/bin/env bash
# The Secure Access load benchmark (docs/benchmarks.md): builds the extension, fetches Keycloak 26.7.3 from
# Maven Central once (kept under benchmarks/target/), starts its own Keycloak with the extension on ports
# 8180/9180 (SMS sink on 8190), seeds a realm and people, measures stock Keycloak's flow against ours with
# Gatling and rewrites docs/benchmarks.md.
#
#   benchmarks/run.sh            H2 and PostgreSQL (about an hour on 2 cores)
#   benchmarks/run.sh h2         H2 (dev-file) only
#   benchmarks/run.sh postgres   PostgreSQL only (127.0.0.1:5432, user postgres, trust; creates and drops sa_bench)
#   benchmarks/run.sh cluster    two production-mode nodes on PostgreSQL (ports 8181/9181/7811, 8182/9182/7812, a
#                                statement-counting relay on 15432; creates and drops sa_bench_cluster): ours beside
#                                stock, and the database work per login; writes docs/benchmarks-cluster.md (about 12 min)
#
# On 2 or more CPUs Keycloak runs on all but the last and the load client on the last (taskset), so that the
# client's work is not counted as the server's; BENCH_PIN=off shares all CPUs between them.
# SKIP_BUILD=1 reuses target/secure-access-keycloak-*.jar as it is; BENCH_NOTE="..." adds a line about the
# machine to the report (e.g. that it was shared during the run).
set -euo pipefail
cd "$(dirname "$0")/.."

KEYCLOAK_VERSION=26.7.3
DB=${1:-both}
case "$DB" in
  h2|postgres|both|cluster) ;;
  *) echo "usage: benchmarks/run.sh [h2|postgres|both|cluster]" >&2; exit 2 ;;
esac
for tool in java mvn jcmd; do
  command -v "$tool" >/dev/null || { echo "benchmarks/run.sh needs '$tool' on the PATH" >&2; exit 1; }
done

if [ -z "${SKIP_BUILD:-}" ]; then
  echo "==> Building the extension"
  mvn -q -B package -DskipTests
fi
JAR=$(ls target/secure-access-keycloak-*.jar | grep -v -- '-unshaded' | head -n 1)

DIST_DIR=benchmarks/target/dist
DIST="$DIST_DIR/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
if [ ! -f "$DIST" ]; then
  echo "==> Fetching Keycloak $KEYCLOAK_VERSION (about 180 MB, once)"
  mvn -q -B dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" -DoutputDirectory="$DIST_DIR"
fi

echo "==> Building the benchmark"
mvn -q -B -f benchmarks/pom.xml package

echo "==> Running ($DB)"
exec java -Xmx2g --add-opens=java.base/java.lang=ALL-UNNAMED \
  -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" \
  org.secureaccess.bench.BenchmarkRunner --mode=full --db="$DB" \
  --jar="$JAR" --realm-export=realm-export.json --dist="$DIST" \
  --work=benchmarks/target/work --out="docs/benchmarks$([ "$DB" = cluster ] && echo -cluster).md" --pin="${BENCH_PIN:-auto}" --note="${BENCH_NOTE:-}"
