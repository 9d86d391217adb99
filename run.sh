#!/usr/bin/env sh
# Builds Styringsdata and runs the whole system locally with the bundled demo documents.
# Needs only a JDK (17+); Maven comes through the wrapper. Ctrl-C stops everything.
set -e
cd "$(dirname "$0")"
./mvnw -B -q package -DskipTests
exec java -Djava.util.logging.SimpleFormatter.format="%5\$s%6\$s%n" -cp "local-postgres/target/local-postgres-1.0.0-SNAPSHOT.jar:local-postgres/target/lib/*" \
  no.styringsdata.localpg.LocalStack "$(pwd)"
