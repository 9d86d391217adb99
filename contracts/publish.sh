#!/usr/bin/env sh
# Publishes each service's contract: copies the OpenAPI document the build wrote
# (<service>/target/openapi/openapi.yaml) to contracts/published/<service>.yaml, which compat.sh holds
# the build to and compares with main. --build packages the services first (further arguments, such as
# -o, go to Maven). Commit the result.
set -eu
cd "$(dirname "$0")/.."

SERVICES="budget-service assignment-service indicator-service"

if [ "${1:-}" = "--build" ]; then
  shift
  ./mvnw -B -q "$@" -pl "$(echo $SERVICES | tr ' ' ,)" -am package -DskipTests
fi
mkdir -p contracts/published
for service in $SERVICES; do
  document="$service/target/openapi/openapi.yaml"
  if [ ! -f "$document" ]; then
    echo "publish: $document is missing: run contracts/publish.sh --build" >&2
    exit 1
  fi
  # The key order changes from one build to the next: keep the published file when the data are the same.
  if ! node contracts/compat/same.mjs "$document" "contracts/published/$service.yaml" 2>/dev/null; then
    cp "$document" "contracts/published/$service.yaml"
  fi
done
git status --short contracts/published 2>/dev/null || true
echo "publish: done; contracts/compat.sh checks the change against main, then commit contracts/published/"
