#!/usr/bin/env bash
# Runs the Secure Access demo: builds the extension JAR, fetches Keycloak 26.7.3 from Maven Central
# (kept in the local Maven repository and under target/demo, so a second run downloads nothing),
# imports realm-export.json and starts Keycloak in development mode (embedded H2) at
# http://localhost:8080. Ctrl-C stops it.
#
#   ./demo.sh                     a fresh demo realm every time
#   KEEP_DATA=1 ./demo.sh         keep users and settings from the previous run
set -euo pipefail
cd "$(dirname "$0")"

KEYCLOAK_VERSION=26.7.3
DEMO_DIR=target/demo
KC_HOME="$DEMO_DIR/keycloak-$KEYCLOAK_VERSION"
HTTP_PORT=8080
MANAGEMENT_PORT=9000

for tool in java mvn unzip curl; do
  command -v "$tool" >/dev/null || { echo "demo.sh needs '$tool' on the PATH" >&2; exit 1; }
done
if curl -s -o /dev/null "http://localhost:$HTTP_PORT/"; then
  echo "Something is already listening on port $HTTP_PORT; stop it first." >&2
  exit 1
fi

# Maven's output only matters when it fails.
quietly() {
  local output
  if ! output=$("$@" 2>&1); then
    echo "$output" >&2
    exit 1
  fi
}

echo "==> Building the extension"
quietly mvn -q -B package -DskipTests
JAR=$(ls target/secure-access-keycloak-*.jar | grep -v -- '-unshaded' | head -n 1)

if [ ! -x "$KC_HOME/bin/kc.sh" ]; then
  echo "==> Fetching Keycloak $KEYCLOAK_VERSION (about 180 MB, once)"
  quietly mvn -q -B dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" -DoutputDirectory="$DEMO_DIR"
  unzip -q -o "$DEMO_DIR/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" -d "$DEMO_DIR"
  rm -f "$DEMO_DIR/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
else
  echo "==> Reusing Keycloak $KEYCLOAK_VERSION in $KC_HOME"
fi

rm -f "$KC_HOME"/providers/secure-access-keycloak-*.jar
cp "$JAR" "$KC_HOME/providers/"
mkdir -p "$KC_HOME/data/import"
cp realm-export.json "$KC_HOME/data/import/secure-access-realm.json"
if [ -z "${KEEP_DATA:-}" ]; then
  rm -rf "$KC_HOME/data/h2"
fi

echo "==> Starting Keycloak (development mode; text messages are printed here by the 'log' sender)"
"$KC_HOME/bin/kc.sh" start-dev \
  --http-port="$HTTP_PORT" \
  --http-management-port="$MANAGEMENT_PORT" \
  --health-enabled=true \
  --import-realm \
  --bootstrap-admin-username=admin \
  --bootstrap-admin-password=admin \
  --spi-sms-sender--provider=log \
  --spi-letter-sender--provider=log \
  --spi-secure-access-keyed-hash--hmac-sha256--secret=demo-only-secret-change-me-in-production-0123456789 &
KC_PID=$!

stop() {
  echo
  echo "==> Stopping Keycloak"
  kill "$KC_PID" 2>/dev/null || true
  wait "$KC_PID" 2>/dev/null || true
  exit 0
}
trap stop INT TERM

started=$(date +%s)
until curl -s "http://localhost:$MANAGEMENT_PORT/health/ready" | grep -q '"UP"'; do
  if ! kill -0 "$KC_PID" 2>/dev/null; then
    echo "Keycloak exited during start-up; see the output above." >&2
    exit 1
  fi
  sleep 1
done

# The demo people's records of record (synthetic: ITINs from the ranges reserved for examples).
TOKEN=$(curl -s -d grant_type=password -d client_id=admin-cli -d username=admin -d password=admin \
  "http://localhost:$HTTP_PORT/realms/master/protocol/openid-connect/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
IMPORTED=$(curl -s -H "Authorization: Bearer $TOKEN" -H "Content-Type: text/csv" --data-binary @demo/reference-records.csv \
  "http://localhost:$HTTP_PORT/admin/realms/secure-access/secure-access-reference-records/import?mode=replace")
case "$IMPORTED" in
  *'"imported":2'*) echo "==> Imported the demo reference records (demo/reference-records.csv)" ;;
  *) echo "Could not import demo/reference-records.csv: $IMPORTED" >&2 ;;
esac

cat <<EOF

==> Secure Access demo is ready (started in $(( $(date +%s) - started )) s)

  Sign in (account console):  http://localhost:$HTTP_PORT/realms/secure-access/account
  OIDC discovery:             http://localhost:$HTTP_PORT/realms/secure-access/.well-known/openid-configuration
  Admin console:              http://localhost:$HTTP_PORT/admin   (admin / admin)

  Demo people (password for both: SecureAccess-Demo-2026)
    pat.phone  security codes by text message to (202) 555-0143; the text is printed in this
               terminal by the development 'log' sender: look for "[SMS - development 'log' sender".
    alex.app   security codes from an authenticator app; add this secret to any app (TOTP, 6 digits,
               30 s): KNSWG5LSMVAWGY3FONZUIZLNN5AXA4CTMVRXEZLU
               or scan: otpauth://totp/Secure%20Access%20Demo:alex.app?secret=KNSWG5LSMVAWGY3FONZUIZLNN5AXA4CTMVRXEZLU&issuer=Secure%20Access%20Demo

  Identity proofing ("Verify your identity"; the realm enforces it from 2027-06-30, so it can wait)
    riley.records  verifies by phone. Sign in (no second factor yet), then enter exactly:
                   Riley Records, ITIN 987-65-4321, born 04/28/1985, Single,
                   1200 Example Avenue, Springfield, IL 62704; credit card ending 43218765;
                   mobile (202) 555-0144 (the texted code is printed here).
    jordan.letter  gets a letter: app codes as for alex.app; enter Jordan Letter, ITIN 987-65-4322,
                   born 11/02/1979, Head of household, 45 Sample Street, Apt 2, Columbus, OH 43004;
                   mortgage MTG0042424242; the phone on record is a landline, so choose
                   "Mail me an activation code". The letter (with its code) is printed here by the
                   development 'log' letter sender; sign in again and enter it.
    pat.phone and alex.app were verified by an earlier process and are not asked.

  Press Ctrl-C to stop.
EOF

wait "$KC_PID"
