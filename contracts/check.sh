#!/usr/bin/env sh
# Contract checks: lints each service's OpenAPI document with Spectral and with Redocly CLI (each fails
# on errors and prints the warnings), compiles a typed TypeScript client against it and checks that it is
# published and backward compatible with main (compat.sh). The documents are written by the
# Maven build (<service>/target/openapi/openapi.yaml): run `./mvnw package` (or verify) first.
set -eu
cd "$(dirname "$0")"

SERVICES="budget-service assignment-service indicator-service"

for service in $SERVICES; do
  if [ ! -f "../$service/target/openapi/openapi.yaml" ]; then
    echo "contracts: ../$service/target/openapi/openapi.yaml is missing; build the services first" >&2
    exit 1
  fi
done

echo "contracts: npm ci"
# --ignore-scripts: nothing here needs an install script (it would only run telemetry).
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null

status=0
for service in $SERVICES; do
  echo "contracts: spectral lint $service"
  npx --no-install spectral lint "../$service/target/openapi/openapi.yaml" \
    --ruleset .spectral.yaml --fail-severity=error --format=stylish || status=1
done
if [ "$status" -ne 0 ]; then
  echo "contracts: Spectral found errors (see above)" >&2
  exit 1
fi

# A second linter reads the documents its own way: Redocly CLI with its recommended rules. No telemetry.
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
for service in $SERVICES; do
  echo "contracts: redocly lint $service"
  npx --no-install redocly lint "../$service/target/openapi/openapi.yaml" --extends recommended --format stylish || status=1
done
if [ "$status" -ne 0 ]; then
  echo "contracts: Redocly CLI found errors (see above)" >&2
  exit 1
fi

echo "contracts: openapi-typescript"
rm -rf generated
mkdir -p generated
npx --no-install openapi-typescript ../budget-service/target/openapi/openapi.yaml -o generated/budget.d.ts >/dev/null
npx --no-install openapi-typescript ../assignment-service/target/openapi/openapi.yaml -o generated/assignments.d.ts >/dev/null
npx --no-install openapi-typescript ../indicator-service/target/openapi/openapi.yaml -o generated/indicators.d.ts >/dev/null

echo "contracts: tsc --noEmit"
npx --no-install tsc --noEmit -p tsconfig.json

echo "contracts: compatibility with the published documents and with main"
./compat.sh $SERVICES

echo "contracts: OK"
