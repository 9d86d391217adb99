#!/usr/bin/env bash
# The soak: a throw-away PostgreSQL and the four services (as bench/run.sh starts them), then
# SOAK_MINUTES of mixed reads and writes through the gateway at a steady rate with one import a
# minute (bench/SoakLoad.java). Prints per minute the status counts, latency percentiles, the RSS of
# every service and the load average, the least-squares slope of each, and the connections to
# PostgreSQL (pg_stat_activity, and the pool metrics where a service has them) at start and end.
# A benchmark, not a test: see bench/README.md.
#
#   bench/soak.sh                               # 20 minutes at 20 requests/s (+ build and start, ~2 min)
#   SOAK_MINUTES=2 SOAK_SKIP_BUILD=1 bench/soak.sh
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
MINUTES=${SOAK_MINUTES:-20}
RATE=${SOAK_RATE:-20}                 # requests per second, steady
WRITE_EVERY=${SOAK_WRITE_EVERY:-10}   # one request in this many is a write
BASE=${SOAK_PORT_BASE:-18080}         # gateway; the services on the next three ports (not ./run.sh's)
PG_PORT=${SOAK_PG_PORT:-55443}
JVM_FLAGS=(-XX:+UseSerialGC -Xss512k -Xms32m) # what the local launcher (ServiceProcess) gives the services,
export MALLOC_ARENA_MAX=2                     # with this
NAME=soak KEEP=${SOAK_KEEP:-}
# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"

# Tools (Debian 12): PostgreSQL 15 (postgresql-15: initdb, postgres, psql) and openssl for the token.
need=()
ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || need+=(postgresql-15)
command -v openssl >/dev/null || need+=(openssl)
install_missing "${need[@]}"
PGBIN=$(dirname "$(ls /usr/lib/postgresql/*/bin/postgres | sort -V | tail -1)")
id postgres >/dev/null 2>&1 || die "no postgres user (PostgreSQL refuses to run as root)"
for port in $BASE $((BASE + 1)) $((BASE + 2)) $((BASE + 3)) "$PG_PORT"; do
  ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || die "port $port is in use (SOAK_PORT_BASE, SOAK_PG_PORT choose others)"
done
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)

declare -A PORT=([gateway]=$BASE [budget-service]=$((BASE + 1)) [assignment-service]=$((BASE + 2)) [indicator-service]=$((BASE + 3)))
GATEWAY=http://localhost:$BASE

# The reads, in turn (9 of 10 requests): lists, details, aggregations, CSV, full-text search, goals.
READS="/api/budget/chapters/740
/api/budget/chapters?size=100
/api/budget/amounts?chapter=740&post=01&year=2026&stage=forslag
/api/budget/aggregations/sums?groupBy=programCategory&year=2025&stage=saldert
/api/budget/aggregations/comparison?groupBy=chapter&fromYear=2025&fromStage=saldert&toYear=2026&toStage=forslag
/api/budget/amounts?year=2026&stage=forslag&size=200&format=csv
/api/assignments?size=50
/api/assignments/summary
/api/assignments?q=rapportere
/api/indicators/goals?year=2025
/api/indicators?size=50
/api/budget/ministries"
# The writes, in turn ({n}: the request's number): a chapter of the soak's own, its post and amount.
WRITES="PUT /api/budget/chapters/2990/posts/01/amounts/2030/forslag {\"amountNok\":{n}}
PUT /api/budget/chapters/2990/posts/01 {\"name\":\"Driftsutgifter {n}\"}
PUT /api/budget/chapters/2990 {\"name\":\"Soak {n}\"}"

# connections to PostgreSQL by database and state (the psql session itself left out)
connections() {
  "${PSQL[@]}" -F ' ' -c "select datname, state, count(*) from pg_stat_activity where datname in
    ('budget', 'assignments', 'indicators') and pid <> pg_backend_pid() group by 1, 2 order by 1, 2" | sed 's/^/  /'
}
# the connection-pool metrics of each service, if it serves Prometheus metrics
pool_metrics() {
  local module out
  for module in "${SERVICES[@]}"; do
    out=$(curl -s "http://localhost:${PORT[$module]}/q/metrics" | grep -E '^agroal_(active|available|max_used|awaiting|leak_detection)_count' || true)
    if [[ -n $out ]]; then sed "s/^/  $module: /" <<<"$out"; else echo "  $module: no pool metrics at /q/metrics"; fi
  done
}

# ---------------------------------------------------------------------------------------------
if [[ -z ${SOAK_SKIP_BUILD:-} ]]; then
  log "building (./mvnw -B -q package -DskipTests)"
  (cd "$ROOT" && ./mvnw -B -q -o package -DskipTests -pl budget-service,assignment-service,indicator-service,gateway -am) \
    || die "the build failed"
fi
snapshot_apps "${SERVICES[@]}" gateway
start_postgres
for db in budget assignments indicators; do "${PSQL[@]}" -c "create database $db"; done

TOKEN=$(dev_token soak $((7200 + MINUTES * 60)))
start_services $((BASE + 1))
log "starting the gateway on $BASE with GATEWAY_RATE_LIMIT_ENABLED=false"
start_jar gateway "$BASE" "$WORK/gateway.log" GATEWAY_RATE_LIMIT_ENABLED=false \
  BUDGET_PORT="${PORT[budget-service]}" ASSIGNMENTS_PORT="${PORT[assignment-service]}" INDICATORS_PORT="${PORT[indicator-service]}"
MAIN_PID[gateway]=$LAST_PID
await_200 "$GATEWAY/q/health/ready" "$(now_ms)" "$LAST_PID" >/dev/null

# the soak's own chapter and post exist before the writes, and every read answers 200
for write in "/api/budget/chapters/2990 {\"name\":\"Soak\"}" "/api/budget/chapters/2990/posts/01 {\"name\":\"Driftsutgifter\"}"; do
  code=$(curl -s -o "$WORK/put.out" -w '%{http_code}' -X PUT -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/json' --data "${write#* }" "$GATEWAY${write%% *}")
  [[ $code == 20[01] ]] || { cat "$WORK/put.out" >&2; die "PUT ${write%% *} gave $code"; }
done
while read -r path; do
  code=$(curl -s -o "$WORK/read.out" -w '%{http_code}' "$GATEWAY$path")
  [[ $code == 200 ]] || { head -c 400 "$WORK/read.out" >&2; die "GET $path gave $code"; }
done <<<"$READS"

# re-imports in turn, one a minute, the services taking turns: budget's Prop. 1 S, assignments' first, ...
ORDERED=()
for i in 0 1 2 3; do
  for module in "${SERVICES[@]}"; do
    read -ra seeds <<<"${SEEDS[$module]}"
    ((i < ${#seeds[@]})) && ORDERED+=("${PREFIX[$module]}=$ROOT/seeds/${seeds[i]}")
  done
done
PIDSPEC=$(for module in "${SERVICES[@]}" gateway; do printf '%s=%s,' "$module" "${MAIN_PID[$module]}"; done)

# the connections when nothing runs, then during the load at most (sampled every 10 s)
sleep 3
CONN_START=$(connections)
POOL_START=$(pool_metrics)
( while sleep 10; do
    "${PSQL[@]}" -F ' ' -c "select datname, count(*) from pg_stat_activity where datname in
      ('budget', 'assignments', 'indicators') group by 1" 2>/dev/null
  done ) >"$WORK/connections-during.txt" &
SAMPLER=$!
PIDS+=("$SAMPLER")

env SOAK_GATEWAY="$GATEWAY" SOAK_TOKEN="$TOKEN" SOAK_MINUTES="$MINUTES" SOAK_RATE="$RATE" SOAK_WRITE_EVERY="$WRITE_EVERY" \
  SOAK_READS="$READS" SOAK_WRITES="$WRITES" SOAK_IMPORTS="$(IFS=,; echo "${ORDERED[*]}")" SOAK_PIDS="${PIDSPEC%,}" \
  java -XX:+UseSerialGC "$ROOT/bench/SoakLoad.java" >"$WORK/soak.out" || die "the load generator failed"
kill "$SAMPLER" 2>/dev/null || true

sleep 5 # the last answers settle
CONN_END=$(connections)
POOL_END=$(pool_metrics)
LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)

echo
echo "Styringsdata soak, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GB,"
echo "$(java -version 2>&1 | head -1), PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}'), JVM flags: ${JVM_FLAGS[*]}, gateway rate limit off."
echo "$MINUTES min at $RATE requests/s through the gateway (1 in $WRITE_EVERY a write: PUT of a chapter, post or amount),"
echo "after a 30 s warm-up; one re-import a minute (mid-minute, in turn: ${#ORDERED[@]} seed documents of the three services)."
echo "Load average at start: $LOAD_START; at end: $LOAD_END (other builds share the cores)."
echo
cat "$WORK/soak.out" | grep -v '^RESULT'
echo
echo "PostgreSQL connections (pg_stat_activity: database, state, count), idle before the load:"
echo "${CONN_START:-  none}"
echo "  at most during the load: $(awk '{max[$1] = $2 > max[$1] ? $2 : max[$1]} END {for (d in max) printf "%s %d  ", d, max[d]}' "$WORK/connections-during.txt")"
echo "5 s after the load:"
echo "${CONN_END:-  none}"
echo "Pool metrics before the load:"
echo "$POOL_START"
echo "Pool metrics after the load:"
echo "$POOL_END"
leaked=$(grep -cE 'active|idle in transaction' <<<"$CONN_END" || true)
read -r five_xx errors < <(awk -F'[ =]' '/^RESULT/ {print $3, $5}' "$WORK/soak.out")
echo
echo "5xx: $five_xx   errors: $errors   connections still active or idle in a transaction after the load: $leaked"
