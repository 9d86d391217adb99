#!/usr/bin/env bash
# The quality benchmark: builds, starts a throw-away PostgreSQL and the four services, measures
# everything in one run (gateway vs nginx, service vs database, import, start-up and memory vs a
# bare Quarkus app, the aggregations on up to a million synthetic amount rows), prints one table and
# stops what it started. See bench/README.md.
#
#   bench/run.sh                 # full run, about 10-13 minutes on 2 cores
#   BENCH_SKIP_BUILD=1 bench/run.sh
#   BENCH_DURATION=5 BENCH_ROUNDS=2 bench/run.sh   # quicker, noisier
#   BENCH_ONLY=scale bench/run.sh                  # only section 5 (PostgreSQL and two budget-services)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH="$ROOT/bench"
DURATION=${BENCH_DURATION:-8}        # seconds per wrk/pgbench run
ROUNDS=${BENCH_ROUNDS:-3}            # alternating rounds; the median is reported
CONNS=${BENCH_CONNECTIONS:-64}
PG_PORT=${BENCH_PG_PORT:-55442}
NGINX_PORT=${BENCH_NGINX_PORT:-8090}
ONLY=${BENCH_ONLY:-}                 # "scale": only section 5
SCALE_ROWS=${BENCH_SCALE_ROWS:-"10000 100000 1000000"}   # target amount rows, in this order
SCALE_CONNS=${BENCH_SCALE_CONNECTIONS:-16}
JVM_FLAGS=(-XX:+UseSerialGC -Xss512k -Xms32m)  # what the local launcher (ServiceProcess) gives the services,
export MALLOC_ARENA_MAX=2                        # with this; its AppCDS archive only in section 4 (both ways)
ENDPOINT=/api/budget/chapters/740
NAME=bench KEEP=${BENCH_KEEP:-}
# shellcheck source=bench/lib.sh
source "$BENCH/lib.sh"

# ---------------------------------------------------------------------------------------------
# Tools (Debian 12): wrk, nginx, and PostgreSQL 15 (postgresql-15 ships pgbench, initdb, postgres;
# /usr/bin/pgbench alone is only postgresql-client-common's wrapper).
need=()
command -v wrk >/dev/null || need+=(wrk)
command -v nginx >/dev/null || need+=(nginx-light)
ls /usr/lib/postgresql/*/bin/pgbench >/dev/null 2>&1 || need+=(postgresql-15)
command -v openssl >/dev/null || need+=(openssl)
install_missing "${need[@]}"
PGBIN=$(dirname "$(ls /usr/lib/postgresql/*/bin/pgbench | sort -V | tail -1)")
id postgres >/dev/null 2>&1 || die "no postgres user (PostgreSQL refuses to run as root)"
[[ -z $ONLY || $ONLY == scale ]] || die "BENCH_ONLY must be unset or scale, was $ONLY"
PORTS=(8080 8081 8082 8083 9080 9081 9082 9083 9084 9090 "$PG_PORT" "$NGINX_PORT")
[[ $ONLY == scale ]] && PORTS=(9081 9084 "$PG_PORT")
for port in "${PORTS[@]}"; do
  ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || die "port $port is in use (stop ./run.sh first)"
done

LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)

# ---------------------------------------------------------------------------------------------
# Helpers
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
median() { sort -g | awk '{v[NR] = $1} END {if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
med() { tr ' ' '\n' <<<"$1" | grep . | median; }   # median of a space-separated list
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
verdict() { awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN {ok = (op == ">=") ? v >= t : v <= t; print ok ? "ok" : "MISSED"}'; }
# wrk latency "812.00us" / "1.21ms" / "1.02s" -> milliseconds
to_ms() { awk -v v="$1" 'BEGIN {n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /[0-9]s$/ && v !~ /ms$/) n *= 1000; printf "%.3f", n}'; }

stop_pid() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }

# one wrk run; prints "req/s p50_ms p99_ms errors"
wrk_run() {
  local out
  local threads=2; ((CONNS < 2)) && threads=1
  out=$(wrk -t"$threads" -c"$CONNS" -d"${1}s" --latency "$2")
  local rps p50 p99 non2xx sock
  rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
  p50=$(to_ms "$(awk '$1 == "50%" {print $2}' <<<"$out")")
  p99=$(to_ms "$(awk '$1 == "99%" {print $2}' <<<"$out")")
  non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
  sock=$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}' <<<"$out")
  echo "$rps $p50 $p99 $((${non2xx:-0} + ${sock:-0}))"
}

# ---------------------------------------------------------------------------------------------
# Build
APPS=("${SERVICES[@]}" gateway)
BUILD=(package -DskipTests)
[[ $ONLY == scale ]] && APPS=(budget-service) BUILD+=(-pl budget-service -am)
if [[ -z ${BENCH_SKIP_BUILD:-} ]]; then
  log "building (./mvnw -B -q ${BUILD[*]})"
  (cd "$ROOT" && { ./mvnw -B -q -o "${BUILD[@]}" || ./mvnw -B -q "${BUILD[@]}"; }) || die "the build failed"
fi
snapshot_apps "${APPS[@]}"

# ---------------------------------------------------------------------------------------------
# 5. Scale: GET aggregations/sums, /comparison (by programkategori) and /cube on synthetic data of growing size
# (bench/scale-data.sql: all areas, 1966-2026, all stages), in a database of their own (budget_scale)
# served by two more budget-services: 9081 as deployed (aggregations cached per data version) and 9084 with
# the cache off (QUARKUS_CACHE_ENABLED=false), so the table shows computed latency next to cached latency.
# Defined here, run after section 4 (or alone: BENCH_ONLY=scale).
SCALE_SUMS="/api/budget/aggregations/sums?groupBy=programCategory&year=2025&stage=saldert"
SCALE_COMPARISON="/api/budget/aggregations/comparison?groupBy=programCategory&fromYear=2025&fromStage=saldert&toYear=2026&toStage=forslag"
SCALE_CUBE="/api/budget/aggregations/cube?groupBy=programArea&groupBy=postKind&groupBy=ministry&year=2025&stage=saldert"
SCALE_ENDPOINTS=(sums comparison cube sums-uncached comparison-uncached cube-uncached)
declare -A SCALE_URL=([sums]="http://localhost:9081$SCALE_SUMS" [comparison]="http://localhost:9081$SCALE_COMPARISON"
  [cube]="http://localhost:9081$SCALE_CUBE" [sums-uncached]="http://localhost:9084$SCALE_SUMS"
  [comparison-uncached]="http://localhost:9084$SCALE_COMPARISON" [cube-uncached]="http://localhost:9084$SCALE_CUBE")
# The SQL the aggregations run (CubeSums, as Hibernate writes it, less its aliases), for their plans in the log:
# sums by programkategori (the comparison runs it for each of its two years and stages) and the cube above,
# both from the kept sums (amount_sum), and for comparison the same sums computed from the amounts.
SCALE_PLANS=(
  "select cat.code, cat.name, sum(a.amount_nok) from amount_sum a left join program_category cat on cat.code = a.category_code
   where a.agency_id is null and a.revenue = false and a.year = 2025 and a.stage = 'saldert' group by cat.code, cat.name"
  "select ar.code, ar.name, a.ministry_code, m.name, a.post_number, sum(a.amount_nok) from amount_sum a
   left join program_category cat on cat.code = a.category_code left join program_area ar on ar.code = cat.area_code
   left join ministry m on m.code = a.ministry_code where a.agency_id is null and a.revenue = false and a.year = 2025
   and a.stage = 'saldert' group by ar.code, ar.name, a.ministry_code, m.name, a.post_number"
  "select cat.code, cat.name, sum(a.amount_nok) from amount a join post p on p.id = a.post_id
   join chapter c on c.number = p.chapter_number left join program_category cat on cat.code = c.category_code
   where a.agency_id is null and c.number < 3000 and a.year = 2025 and a.stage = 'saldert' group by cat.code, cat.name")
declare -A SCALE_PID                                            # by endpoint: the service answering it
declare -A SCALE_GEN SCALE_RPS SCALE_P50 SCALE_P95 SCALE_ERR SCALE_JVM SCALE_PG   # by row count, by "rows endpoint"
SCALE_DONE=()                                                   # the row counts generated, in order

# one wrk run with bench/latency.lua (which prints p95); prints "req/s p50_ms p95_ms errors requests"
wrk_p95() {
  wrk -t2 -c"$SCALE_CONNS" -d"${1}s" -s "$BENCH/latency.lua" "$2" | awk '/^Requests\/sec/ {r = $2}
    $1 == "p50_ms" {p50 = $2} $1 == "p95_ms" {p95 = $2} $1 == "errors" {e = $2} $1 == "requests" {n = $2}
    END {print r, p50, p95, e, n}'
}
# cpu_ms and pg_cpu_ms (CPU time per process, PostgreSQL's): bench/lib.sh

measure_scale() {
  log "5. scale: $SCALE_ROWS amount rows in budget_scale; per size a warm-up of $DURATION s, then $ROUNDS alternating rounds of $DURATION s, $SCALE_CONNS connections"
  "${PSQL[@]}" -c "create database budget_scale"
  start_jar budget-service 9081 "$WORK/scale.log" "BUDGET_DB_URL=jdbc:postgresql://localhost:$PG_PORT/budget_scale"
  local cached=$LAST_PID target t0 rows secs endpoint round r p5 p95 e n jvm0 pg0 jvm pg order
  await_200 "http://localhost:9081/q/health/ready" "$(now_ms)" "$cached" >/dev/null
  # started after the first has migrated the database
  start_jar budget-service 9084 "$WORK/scale-uncached.log" "BUDGET_DB_URL=jdbc:postgresql://localhost:$PG_PORT/budget_scale" \
    QUARKUS_CACHE_ENABLED=false
  local uncached=$LAST_PID
  await_200 "http://localhost:9084/q/health/ready" "$(now_ms)" "$uncached" >/dev/null
  SCALE_PID=([sums]=$cached [comparison]=$cached [cube]=$cached [sums-uncached]=$uncached
    [comparison-uncached]=$uncached [cube-uncached]=$uncached)
  for target in $SCALE_ROWS; do
    t0=$(now_ms)
    "${PSQL[@]}" -v rows="$target" -f "$BENCH/scale-data.sql" budget_scale >/dev/null || die "bench/scale-data.sql failed"
    # what autovacuum does after a bulk load, done now: statistics, and the visibility map index-only scans need
    "${PSQL[@]}" -c "vacuum analyze" budget_scale
    secs=$(awk -v ms=$(($(now_ms) - t0)) 'BEGIN {printf "%.1f", ms / 1000}')
    rows=$("${PSQL[@]}" -c "select count(*) from amount" budget_scale)
    log "  generated $rows amount rows in $secs s"
    local plan
    for plan in "${SCALE_PLANS[@]}"; do
      log "  plan at $rows rows of: $(tr -s ' \n' ' ' <<<"$plan")"
      "${PSQL[@]}" -c "explain (analyze, buffers) $plan" budget_scale | sed 's/^/    /' >&2
    done
    SCALE_DONE+=("$rows"); SCALE_GEN[$rows]=$secs
    for endpoint in "${SCALE_ENDPOINTS[@]}"; do
      [[ $(curl -s -o "$WORK/scale-$endpoint.out" -w '%{http_code}' "${SCALE_URL[$endpoint]}") == 200 ]] \
        && grep -q 'Nok"' "$WORK/scale-$endpoint.out" \
        || die "$endpoint at $rows rows answered: $(head -c 300 "$WORK/scale-$endpoint.out")"
      wrk_p95 "$DURATION" "${SCALE_URL[$endpoint]}" >/dev/null   # warm-up (the JIT, at the first size)
    done
    # the cached instance answers what the computing one does (from the second size on: after the
    # regeneration, which only the data version tells it about)
    for endpoint in sums comparison cube; do
      cmp -s "$WORK/scale-$endpoint.out" "$WORK/scale-$endpoint-uncached.out" \
        || die "$endpoint at $rows rows: the cached answer differs from the computed one"
    done
    for ((round = 1; round <= ROUNDS; round++)); do
      order=("${SCALE_ENDPOINTS[@]}")
      ((round % 2 == 0)) && mapfile -t order < <(printf '%s\n' "${SCALE_ENDPOINTS[@]}" | tac)
      for endpoint in "${order[@]}"; do
        jvm0=$(cpu_ms "${SCALE_PID[$endpoint]}"); pg0=$(pg_cpu_ms)
        read -r r p5 p95 e n < <(wrk_p95 "$DURATION" "${SCALE_URL[$endpoint]}")
        jvm=$(awk -v t=$(($(cpu_ms "${SCALE_PID[$endpoint]}") - jvm0)) -v n="$n" 'BEGIN {if (n > 0) printf "%.2f", t / n; else print "nan"}')
        pg=$(awk -v t=$(($(pg_cpu_ms) - pg0)) -v n="$n" 'BEGIN {if (n > 0) printf "%.2f", t / n; else print "nan"}')
        log "  $rows rows, round $round $endpoint: $r req/s, p50 $p5 ms, p95 $p95 ms, errors $e, CPU per request: service $jvm ms, PostgreSQL $pg ms"
        SCALE_RPS[$rows $endpoint]+="$r "; SCALE_P50[$rows $endpoint]+="$p5 "; SCALE_P95[$rows $endpoint]+="$p95 "
        SCALE_JVM[$rows $endpoint]+="$jvm "; SCALE_PG[$rows $endpoint]+="$pg "
        SCALE_ERR[$rows $endpoint]=$((${SCALE_ERR[$rows $endpoint]:-0} + e))
      done
    done
  done
  stop_pid "$uncached"
  stop_pid "$cached"
}

print_scale() {
  local rows endpoint p95 first=${SCALE_DONE[0]} last=${SCALE_DONE[-1]}
  printf '%-44s %10s %10s %10s %8s   %-24s %s\n' "5. scale: aggregations, $SCALE_CONNS connections" "req/s" "p50 ms" "p95 ms" "errors*" \
    "target p95 (cached 50, computed 20 ms)" "CPU ms/request: service, PostgreSQL"
  for rows in "${SCALE_DONE[@]}"; do
    echo "  $rows amount rows (generated in ${SCALE_GEN[$rows]} s)"
    for endpoint in "${SCALE_ENDPOINTS[@]}"; do
      p95=$(med "${SCALE_P95[$rows $endpoint]}")
      # the target is the deployed configuration's (cached); the computed latency is shown next to it
      local judged="$(verdict "$p95" '<=' 50)" label="    $endpoint (cached, as deployed)"
      [[ $endpoint == *-uncached ]] && judged="$(verdict "$p95" '<=' 20)" label="    ${endpoint%-uncached} (computed, cache off)"
      printf '%-44s %10.0f %10.3f %10.3f %8s   %-24s %s, %s\n' "$label" "$(med "${SCALE_RPS[$rows $endpoint]}")" \
        "$(med "${SCALE_P50[$rows $endpoint]}")" "$p95" "${SCALE_ERR[$rows $endpoint]}" "$judged" \
        "$(med "${SCALE_JVM[$rows $endpoint]}")" "$(med "${SCALE_PG[$rows $endpoint]}")"
    done
  done
  for endpoint in "${SCALE_ENDPOINTS[@]}"; do
    printf '%-44s %10s   (p95 %s)\n' "  $endpoint: p50 at $last / at $first rows" \
      "$(ratio "$(med "${SCALE_P50[$last $endpoint]}")" "$(med "${SCALE_P50[$first $endpoint]}")")" \
      "$(ratio "$(med "${SCALE_P95[$last $endpoint]}")" "$(med "${SCALE_P95[$first $endpoint]}")")"
  done
  echo "  sums: GET $SCALE_SUMS"
  echo "  comparison: GET $SCALE_COMPARISON"
  echo "  cube: GET $SCALE_CUBE"
}

# ---------------------------------------------------------------------------------------------
# The bare Quarkus app (the floor for start-up and memory)
if [[ $ONLY != scale ]]; then
build_bare_app
fi

# ---------------------------------------------------------------------------------------------
# PostgreSQL (Debian's, throw-away, in $WORK) and the stack
start_postgres

if [[ $ONLY == scale ]]; then
  measure_scale
  echo
  echo "Styringsdata benchmark, section 5 only (BENCH_ONLY=scale), $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores,"
  echo "$(free -g | awk '/Mem/ {print $2}') GB, $(java -version 2>&1 | head -1), PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}'),"
  echo "wrk -t2 -c$SCALE_CONNS, $ROUNDS alternating rounds of $DURATION s per endpoint and size (median), JVM flags: ${JVM_FLAGS[*]}."
  echo "Load average at start: $LOAD_START; at end: $(cut -d' ' -f1-3 /proc/loadavg) (other builds share the cores)."
  echo
  print_scale
  echo "  * errors: non-2xx answers plus wrk socket errors (connect/read/write/timeout > 2 s), all rounds"
  exit 0
fi

for db in budget assignments indicators; do "${PSQL[@]}" -c "create database $db"; done

TOKEN=$(dev_token bench 3600)
start_services 8081
log "starting the gateway on 8080 with GATEWAY_RATE_LIMIT_ENABLED=false"
start_jar gateway 8080 "$WORK/gateway.log" GATEWAY_RATE_LIMIT_ENABLED=false
MAIN_PID[gateway]=$LAST_PID
await_200 http://localhost:8080/q/health/live "$(now_ms)" "$LAST_PID" >/dev/null
await_200 "http://localhost:8080$ENDPOINT" "$(now_ms)" "$LAST_PID" >/dev/null

# nginx: a plain reverse proxy to the budget service, 2 workers, upstream keep-alive
mkdir -p "$WORK/nginx/logs"
cat >"$WORK/nginx/nginx.conf" <<EOF
daemon off;
user root;
worker_processes 2;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx/body;
  proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi;
  uwsgi_temp_path $WORK/nginx/uwsgi;
  scgi_temp_path $WORK/nginx/scgi;
  upstream budget { server 127.0.0.1:8081; keepalive 64; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / {
      proxy_pass http://budget;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
    }
  }
}
EOF
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" &
PIDS+=($!)
await_200 "http://localhost:$NGINX_PORT$ENDPOINT" "$(now_ms)" "$!" >/dev/null
for url in "http://localhost:8080$ENDPOINT" "http://localhost:$NGINX_PORT$ENDPOINT" "http://localhost:8081$ENDPOINT"; do
  cmp -s <(curl -s "http://localhost:8081$ENDPOINT") <(curl -s "$url") || die "$url does not answer what 8081 does"
done

BODY_BYTES=$(curl -s -o /dev/null -w '%{size_download}' "http://localhost:8081$ENDPOINT")

# ---------------------------------------------------------------------------------------------
# 1. Gateway vs nginx vs direct
log "1. gateway vs nginx vs direct: warm-up, then $ROUNDS alternating rounds of $DURATION s, $CONNS connections"
declare -A URL=([gateway]="http://localhost:8080$ENDPOINT" [nginx]="http://localhost:$NGINX_PORT$ENDPOINT" [direct]="http://localhost:8081$ENDPOINT")
# Warm-up until the JIT has settled: a first run showed the service itself still speeding up
# (700 -> 1650 req/s) through 5 s warm-ups, which made the first path measured look slow.
WARMUP=${BENCH_WARMUP:-30}
wrk_run "$WARMUP" "${URL[direct]}" >/dev/null
for path in gateway nginx direct; do wrk_run 10 "${URL[$path]}" >/dev/null; done
declare -A RPS P50 P99 ERR
for ((round = 1; round <= ROUNDS; round++)); do
  order=(gateway nginx direct)
  ((round % 2 == 0)) && order=(direct nginx gateway)
  for path in "${order[@]}"; do
    read -r r p5 p9 e < <(wrk_run "$DURATION" "${URL[$path]}")
    log "  round $round $path: $r req/s, p50 $p5 ms, p99 $p9 ms, errors $e"
    RPS[$path]+="$r "; P50[$path]+="$p5 "; P99[$path]+="$p9 "; ERR[$path]=$((${ERR[$path]:-0} + e))
  done
done
log "1b. one connection (no queueing): gateway vs direct, 2 alternating rounds of 5 s"
declare -A P50_ONE
for round in 1 2; do
  for path in gateway direct; do
    read -r r p5 p9 e < <(CONNS=1 wrk_run 5 "${URL[$path]}")
    log "  round $round $path at 1 connection: $r req/s, p50 $p5 ms"
    P50_ONE[$path]+="$p5 "
  done
done

# ---------------------------------------------------------------------------------------------
# 2. Service vs database: the SQL of one GET chapters/740, captured from Hibernate's log
log "2. service vs database: capturing the SQL of one GET $ENDPOINT"
start_jar budget-service 9081 "$WORK/sql-capture.log" QUARKUS_HIBERNATE_ORM_LOG_SQL=true
capture_pid=$LAST_PID
await_200 "http://localhost:9081/q/health/ready" "$(now_ms)" "$capture_pid" >/dev/null
curl -s -o /dev/null "http://localhost:9081$ENDPOINT"     # first request: lazy initialisation
before=$(grep -c 'Hibernate\]' "$WORK/sql-capture.log" || true)
curl -s -o /dev/null "http://localhost:9081$ENDPOINT"
sleep 0.5
STATEMENTS=$(($(grep -c 'Hibernate\]' "$WORK/sql-capture.log" || true) - before))
stop_pid "$capture_pid"
SCRIPT_STATEMENTS=$(grep -ciE '^(select|with) ' "$BENCH/chapter-740.sql")
log "  $STATEMENTS SQL statements per request (bench/chapter-740.sql has $SCRIPT_STATEMENTS)"

PGBENCH=("$PGBIN/pgbench" -h localhost -p "$PG_PORT" -U postgres -n -M prepared -c "$CONNS" -j 2 -f "$BENCH/chapter-740.sql" budget)
"${PGBENCH[@]}" -T 3 >/dev/null 2>&1 || die "pgbench failed: $("${PGBENCH[@]}" -T 1 2>&1 | tail -3)"
wrk_run 3 "${URL[direct]}" >/dev/null
declare -a SVC_RPS PG_TPS PG_LAT
for ((round = 1; round <= ROUNDS; round++)); do
  read -r r p5 p9 e < <(wrk_run "$DURATION" "${URL[direct]}")
  out=$("${PGBENCH[@]}" -T "$DURATION" 2>&1)
  tps=$(awk '/^tps/ {print $3; exit}' <<<"$out")
  lat=$(awk '/latency average/ {print $4}' <<<"$out")
  log "  round $round: service $r req/s (p50 $p5 ms), pgbench $tps tps (latency avg $lat ms)"
  SVC_RPS+=("$r"); PG_TPS+=("$tps"); PG_LAT+=("$lat")
done

# ---------------------------------------------------------------------------------------------
# 3. Import of seeds/003 (Prop. 1 S), warm: one warm-up, then the median of 5 (idempotent re-imports)
log "3. import of seeds/003_82c1b6682bf832eb.txt (warm, median of 5)"
IMPORT_TIMES=()
for i in 0 1 2 3 4 5; do
  read -r code secs < <(import_seed budget-service 8081 003_82c1b6682bf832eb.txt)
  [[ $code == 200 ]] || die "import gave $code"
  ((i > 0)) && IMPORT_TIMES+=("$secs")
  log "  import $i: $secs s $( ((i == 0)) && echo '(warm-up)')"
done

# ---------------------------------------------------------------------------------------------
# 4. Start-up and memory: a second instance of each on its own port, one at a time, vs the bare app, each
# without and with its AppCDS archive. The services' second instances run as a Kubernetes replica does: the
# schema is migrated (by the first instance here, by the Flyway Job there), so Flyway is off
# (QUARKUS_FLYWAY_ACTIVE=false, what the generated Deployment sets).
log "4. start-up to first 200 and RSS at that moment (schema already migrated), without and with AppCDS"
declare -A START RSS
measure_start() { # name module port path [env...]; CDS=1: with the archive, recorded as "name cds"
  local name=$1 module=$2 port=$3 path=$4; shift 4
  local JVM_FLAGS=("${JVM_FLAGS[@]}")
  if [[ -n ${CDS:-} ]]; then
    [[ -f $WORK/apps/$module/quarkus-app/app-cds.jsa ]] || die "$module has no AppCDS archive (build with -DskipTests)"
    JVM_FLAGS+=(-XX:SharedArchiveFile="$WORK/apps/$module/quarkus-app/app-cds.jsa" -Xshare:on)
    name+=" cds"
  fi
  local t0; t0=$(now_ms)
  start_jar "$module" "$port" "$WORK/start-${name/ /-}.log" "$@"
  local ms; ms=$(await_200 "http://localhost:$port$path" "$t0" "$LAST_PID")
  local rss; rss=$(rss_mb "$LAST_PID")
  stop_pid "$LAST_PID"
  log "  $name: first 200 after $ms ms, RSS $rss MB"
  START[$name]+="$ms "; RSS[$name]+="$rss "
}
for round in 1 2 3; do
  for CDS in "" 1; do
    measure_start hello hello 9090 /hello
    measure_start budget-service budget-service 9081 /q/health/ready QUARKUS_FLYWAY_ACTIVE=false
    measure_start assignment-service assignment-service 9082 /q/health/ready QUARKUS_FLYWAY_ACTIVE=false
    measure_start indicator-service indicator-service 9083 /q/health/ready QUARKUS_FLYWAY_ACTIVE=false
    measure_start gateway gateway 9080 /q/health/ready GATEWAY_RATE_LIMIT_ENABLED=false
  done
done
CDS=
declare -A LOADED_RSS
for name in "${SERVICES[@]}" gateway; do LOADED_RSS[$name]=$(rss_mb "${MAIN_PID[$name]}"); done

measure_scale

# ---------------------------------------------------------------------------------------------
# The table
g_rps=$(med "${RPS[gateway]}"); n_rps=$(med "${RPS[nginx]}"); d_rps=$(med "${RPS[direct]}")
g_p50=$(med "${P50[gateway]}"); d_p50=$(med "${P50[direct]}")
gw_ratio=$(ratio "$g_rps" "$n_rps")
gw_added=$(awk -v a="$g_p50" -v b="$d_p50" 'BEGIN {printf "%.3f", a - b}')
svc=$(printf '%s\n' "${SVC_RPS[@]}" | median); pg=$(printf '%s\n' "${PG_TPS[@]}" | median)
svc_ratio=$(ratio "$svc" "$pg")
imp=$(printf '%s\n' "${IMPORT_TIMES[@]}" | median)

echo
echo "Styringsdata benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GB,"
echo "$(java -version 2>&1 | head -1), PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}'), wrk -t2 -c$CONNS,"
echo "$ROUNDS alternating rounds of $DURATION s per path (median), JVM flags: ${JVM_FLAGS[*]}, gateway rate limit off."
echo "Load average at start: $LOAD_START; at end: $(cut -d' ' -f1-3 /proc/loadavg) (other builds share the cores)."
echo "GET $ENDPOINT answers $BODY_BYTES bytes of JSON."
echo
printf '%-44s %10s %10s %10s %8s\n' "1. GET $ENDPOINT" "req/s" "p50 ms" "p99 ms" "errors*"
for path in gateway nginx direct; do
  printf '%-44s %10.0f %10.3f %10.3f %8s\n' "  $path" "$(med "${RPS[$path]}")" "$(med "${P50[$path]}")" "$(med "${P99[$path]}")" "${ERR[$path]}"
done
echo "  * errors: non-2xx answers plus wrk socket errors (connect/read/write/timeout > 2 s), all rounds"
printf '%-44s %10s   target >= 0.9   %s\n' "  gateway / nginx throughput" "$gw_ratio" "$(verdict "$gw_ratio" '>=' 0.9)"
printf '%-44s %10s   target <= 1 ms  %s\n' "  gateway p50 - direct p50 (ms)" "$gw_added" "$(verdict "$gw_added" '<=' 1)"
printf '%-44s %10s\n' "  direct / nginx throughput" "$(ratio "$d_rps" "$n_rps")"
one_g=$(med "${P50_ONE[gateway]}"); one_d=$(med "${P50_ONE[direct]}")
one_added=$(awk -v a="$one_g" -v b="$one_d" 'BEGIN {printf "%.3f", a - b}')
printf '%-44s %10s   (gateway %s ms, direct %s ms)\n' "  at 1 connection: gateway p50 - direct p50" "$one_added" "$one_g" "$one_d"
echo
printf '%-44s %10s\n' "2. service vs database ($CONNS connections)" ""
printf '%-44s %10.0f\n' "  service req/s (direct 8081)" "$svc"
printf '%-44s %10.0f   latency avg %s ms\n' "  pgbench tps (same SQL, -M prepared)" "$pg" "$(printf '%s\n' "${PG_LAT[@]}" | median)"
printf '%-44s %10s   target >= 0.8   %s\n' "  service / pgbench" "$svc_ratio" "$(verdict "$svc_ratio" '>=' 0.8)"
printf '%-44s %10s   (pgbench script: %s)\n' "  SQL statements per request" "$STATEMENTS" "$SCRIPT_STATEMENTS"
echo
printf '%-44s %10.3f   target <= 2 s   %s   (runs: %s)\n' "3. import seeds/003 warm, median of 5 (s)" "$imp" "$(verdict "$imp" '<=' 2)" "${IMPORT_TIMES[*]}"
echo
printf '%-44s %10s %8s %10s %8s %12s\n' "4. start-up and memory (median of 3)" "first 200" "ratio" "RSS MB" "ratio" "RSS loaded"
for cds in "" " cds"; do
  hello_ms=$(med "${START[hello$cds]}"); hello_rss=$(med "${RSS[hello$cds]}")
  printf '%s\n' "  ${cds:+with the AppCDS archive (-XX:SharedArchiveFile), each vs the floor with its own}${cds:-without an AppCDS archive}"
  printf '%-44s %8.0f ms %8s %10.0f %8s %12s\n' "  bare Quarkus REST app (floor)" "$hello_ms" "1.00" "$hello_rss" "1.00" "-"
  for name in "${SERVICES[@]}" gateway; do
    ms=$(med "${START[$name$cds]}"); rss=$(med "${RSS[$name$cds]}")
    sr=$(ratio "$ms" "$hello_ms"); rr=$(ratio "$rss" "$hello_rss")
    printf '%-44s %8.0f ms %8s %10.0f %8s %9s MB   start %s, RSS %s (target <= 1.5)\n' "  $name" "$ms" "$sr" "$rss" "$rr" \
      "${LOADED_RSS[$name]}" "$(verdict "$sr" '<=' 1.5)" "$(verdict "$rr" '<=' 1.5)"
  done
done
echo "  services' second instances with QUARKUS_FLYWAY_ACTIVE=false (a Kubernetes replica: the Job migrates); RSS loaded: the first instances after sections 1-3"
echo
print_scale
