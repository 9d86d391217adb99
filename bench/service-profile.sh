#!/usr/bin/env bash
# What one budget-service request costs: a throw-away PostgreSQL (with pg_stat_statements), budget-service
# with the seeds (as bench/run.sh), optionally a budget_scale database of synthetic amounts with a second
# budget-service on it, cache off; per endpoint a warm-up, then wrk rounds recorded by JFR (settings=profile).
# Prints per endpoint: req/s, CPU microseconds per request of the service and of PostgreSQL (/proc), the SQL
# statements per request with PostgreSQL's time per statement, GC time per request, and the share of the request
# threads' JFR samples inside each library or part of the app, and the top frames.
#
#   bench/service-profile.sh                          # chapters/740 at 64 connections on the seeded service
#   SP_SCALE_ROWS=1000000 bench/service-profile.sh    # and the three aggregations, cache off, at 16 connections
#   bench/service-profile.sh seeded@64=/api/budget/chapters/740 scale@16=/api/budget/aggregations/sums?...
#   SP_SKIP_BUILD=1 SP_KEEP=1 bench/service-profile.sh
#
# An endpoint is SERVICE@CONNECTIONS=PATH, SERVICE "seeded" or "scale" (the latter needs SP_SCALE_ROWS).
# SP_DURATION (s per round, 8), SP_ROUNDS (3), SP_WARMUP (s, 20), SP_TOP (top frames, 15), SP_PG_PORT (55444),
# SP_PORT (first service port, 19081). The CPU figures include JFR's own cost (a few per cent).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH="$ROOT/bench"
DURATION=${SP_DURATION:-8}
ROUNDS=${SP_ROUNDS:-3}
WARMUP=${SP_WARMUP:-20}
SCALE_ROWS=${SP_SCALE_ROWS:-}
PG_PORT=${SP_PG_PORT:-55444}
PORT=${SP_PORT:-19081}
JVM_FLAGS=(-XX:+UseSerialGC -Xss512k -Xms32m)   # as bench/run.sh (the local launcher's)
export MALLOC_ARENA_MAX=2
NAME=svcprofile KEEP=${SP_KEEP:-}
# shellcheck source=bench/lib.sh
source "$BENCH/lib.sh"
# shellcheck source=bench/jfr.sh
source "$BENCH/jfr.sh"
SERVICES=(budget-service)

if (($# == 0)); then
  set -- "seeded@64=/api/budget/chapters/740"
  [[ -n $SCALE_ROWS ]] && set -- "$@" \
    "scale@16=/api/budget/aggregations/sums?groupBy=programCategory&year=2025&stage=saldert" \
    "scale@16=/api/budget/aggregations/comparison?groupBy=programCategory&fromYear=2025&fromStage=saldert&toYear=2026&toStage=forslag" \
    "scale@16=/api/budget/aggregations/cube?groupBy=programArea&groupBy=postKind&groupBy=ministry&year=2025&stage=saldert"
fi

for tool in wrk jcmd jfr jq; do command -v $tool >/dev/null || die "$tool is missing"; done
PGBIN=$(dirname "$(ls /usr/lib/postgresql/*/bin/pg_ctl | sort -V | tail -1)")
if [[ -z ${SP_SKIP_BUILD:-} ]]; then
  log "building budget-service (./mvnw -B -q -o package -DskipTests -pl budget-service -am)"
  (cd "$ROOT" && ./mvnw -B -q -o package -DskipTests -pl budget-service -am) || die "the build failed"
fi
snapshot_apps budget-service

start_postgres -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.max=1000
"${PSQL[@]}" -c "create extension pg_stat_statements" postgres
"${PSQL[@]}" -c "create database budget"
TOKEN=$(dev_token svcprofile 3600)
start_services "$PORT"
declare -A SVC_PID=([seeded]=${MAIN_PID[budget-service]}) SVC_PORT=([seeded]=$PORT) SVC_DB=([seeded]=budget)
if [[ -n $SCALE_ROWS ]]; then
  "${PSQL[@]}" -c "create database budget_scale"
  start_jar budget-service $((PORT + 1)) "$WORK/scale.log" "BUDGET_DB_URL=jdbc:postgresql://localhost:$PG_PORT/budget_scale" \
    QUARKUS_CACHE_ENABLED=false
  SVC_PID[scale]=$LAST_PID SVC_PORT[scale]=$((PORT + 1)) SVC_DB[scale]=budget_scale
  await_200 "http://localhost:$((PORT + 1))/q/health/ready" "$(now_ms)" "$LAST_PID" >/dev/null
  log "filling budget_scale to $SCALE_ROWS amount rows (bench/scale-data.sql)"
  "${PSQL[@]}" -v rows="$SCALE_ROWS" -f "$BENCH/scale-data.sql" budget_scale >/dev/null || die "bench/scale-data.sql failed"
  "${PSQL[@]}" -c "vacuum analyze" budget_scale
fi

# one wrk run; prints "req/s requests errors"
wrk_once() { # seconds connections url
  wrk -t2 -c"$2" -d"$1s" "$3" | awk '/^Requests\/sec/ {r = $2} /requests in/ {n = $1}
    /Non-2xx/ {e += $NF} /Socket errors/ {gsub(",", ""); e += $4 + $6 + $8 + $10} END {print r, n, e + 0}'
}
median() { tr ' ' '\n' | grep . | sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
# the sum of a duration field of a JFR event in a recording, in ms
jfr_ms() { # recording event field
  jfr print --json --events "$2" "$1" | jq --arg f "$3" '[.recording.events[].values[$f]
    | capture("PT(?:(?<m>[0-9.]+)M)?(?<s>[0-9.]+)S") | ((.m // "0" | tonumber) * 60 + (.s | tonumber)) * 1000] | add // 0'
}

echo "service-profile $(date -u '+%F %H:%M') UTC, $(nproc) cores, ${SCALE_ROWS:+budget_scale $SCALE_ROWS amount rows, }$ROUNDS rounds of $DURATION s, JVM flags ${JVM_FLAGS[*]}, load at start $(cut -d' ' -f1-3 /proc/loadavg)"
n=0
for arg in "$@"; do
  n=$((n + 1)) target=${arg%%=*} path=${arg#*=}
  svc=${target%@*} conns=${target#*@}
  [[ -n ${SVC_PID[$svc]:-} ]] || die "$arg: no service $svc (seeded, or scale with SP_SCALE_ROWS)"
  url="http://localhost:${SVC_PORT[$svc]}$path" pid=${SVC_PID[$svc]}
  [[ $(curl -s -o "$WORK/answer" -w '%{http_code}' "$url") == 200 ]] || die "$url answered: $(head -c 300 "$WORK/answer")"
  log "$path on $svc: warm-up $WARMUP s, then JFR and $ROUNDS rounds of $DURATION s at $conns connections"
  wrk_once "$WARMUP" "$conns" "$url" >/dev/null
  jcmd "$pid" JFR.start name=sp$n settings=profile >/dev/null
  read -r _ total _ < <(wrk_once 3 "$conns" "$url")   # the first seconds after JFR.start run slowly
  "${PSQL[@]}" -c "select pg_stat_statements_reset()" postgres >/dev/null
  rps_all="" jvm_all="" pg_all="" requests=0
  for ((round = 1; round <= ROUNDS; round++)); do
    jvm0=$(cpu_ms "$pid") pg0=$(pg_cpu_ms)
    read -r rps count errors < <(wrk_once "$DURATION" "$conns" "$url")
    jvm=$(awk -v t=$(($(cpu_ms "$pid") - jvm0)) -v n="$count" 'BEGIN {printf "%.0f", t * 1000 / n}')
    pg=$(awk -v t=$(($(pg_cpu_ms) - pg0)) -v n="$count" 'BEGIN {printf "%.0f", t * 1000 / n}')
    ((errors == 0)) || log "  $errors errors (non-2xx or socket)"
    log "  round $round: $rps req/s, CPU per request: service $jvm us, PostgreSQL $pg us (load $(cut -d' ' -f1 /proc/loadavg))"
    rps_all+="$rps " jvm_all+="$jvm " pg_all+="$pg " requests=$((requests + count))
  done
  total=$((total + requests))
  jcmd "$pid" JFR.dump name=sp$n filename="$WORK/sp$n.jfr" >/dev/null
  jcmd "$pid" JFR.stop name=sp$n >/dev/null
  pg_us=$(median <<<"$pg_all")

  echo
  echo "=== GET $path ($svc, $conns connections), load $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "  req/s $(median <<<"$rps_all") (rounds: $rps_all); CPU us per request: service $(median <<<"$jvm_all") ($jvm_all), PostgreSQL $pg_us ($pg_all)"
  echo "  SQL statements per request, PostgreSQL's execution time per request and the share of its CPU that is (pg_stat_statements):"
  "${PSQL[@]}" -F $'\t' -c "select calls, total_exec_time, mean_exec_time, regexp_replace(query, '\s+', ' ', 'g')
      from pg_stat_statements s join pg_database d on d.oid = s.dbid where d.datname = '${SVC_DB[$svc]}'
      order by total_exec_time desc" postgres \
    | awk -F'\t' -v n="$requests" -v cpu="$pg_us" '{c[NR] = $1; t[NR] = $2; m[NR] = $3; q[NR] = $4; sum += $2; calls += $1}
      END {printf "    %.2f statements per request\n", calls / n
        for (i = 1; i <= NR && i <= 8; i++) printf "    %5.2f/req  mean %6.3f ms  %5.1f%% of exec time (~%.0f us CPU/req)  %s\n",
          c[i] / n, m[i], 100 * t[i] / sum, cpu * t[i] / sum, substr(q[i], 1, 110)}'
  gc=$(jfr_ms "$WORK/sp$n.jfr" jdk.GarbageCollection duration)
  echo "  GC (jdk.GarbageCollection, recording): $(awk -v g="$gc" -v n="$total" 'BEGIN {printf "%.1f us per request, %.0f ms over %d requests", g * 1000 / n, g, n}')"
  jfr_stacks "$WORK/sp$n.jfr" '^(executor-thread|vert.x-eventloop)' >"$WORK/sp$n.stacks"
  jfr_stacks "$WORK/sp$n.jfr" '' >"$WORK/sp$n.all"
  echo "  $(wc -l <"$WORK/sp$n.stacks") request-thread samples (executor-thread, vert.x-eventloop) of $(wc -l <"$WORK/sp$n.all") (all threads)"
  echo "  by owner: each sample to the library of its innermost frame that has one (JDK frames count for their caller):"
  jfr_owners "$WORK/sp$n.stacks" <<'GROUPS'
platform: conditional reads, ETag, read-version|no\.styringsdata\.platform\.caching
the app's own code|no\.styringsdata
Jackson|com\.fasterxml\.jackson
Hibernate Validator|(org\.hibernate\.validator|io\.quarkus\.hibernate\.validator)
Hibernate ORM|(org\.hibernate\.|io\.quarkus\.hibernate\.orm)
pgjdbc|org\.postgresql
Agroal (pool)|io\.agroal
Narayana / transactions|(com\.arjuna|io\.narayana|io\.quarkus\.narayana)
OpenTelemetry (incl. opentelemetry-jdbc)|opentelemetry
Micrometer|micrometer
logging (incl. MDC)|(org\.jboss\.logmanager|org\.jboss\.logging|accesslog|VertxMDC)
Quarkus cache|io\.quarkus\.cache
RESTEasy Reactive|(org\.jboss\.resteasy\.reactive|io\.quarkus\.resteasy\.reactive)
CDI / ArC (proxies, interceptors, contexts)|io\.quarkus\.arc
Vert.x / Netty|(io\.netty|io\.vertx|io\.quarkus\.vertx)
SmallRye / MicroProfile (config, JWT, context propagation)|(io\.smallrye|org\.eclipse\.microprofile)
GROUPS
  echo "  inside (inclusive: a call and all it calls; the groups overlap):"
  jfr_shares "$WORK/sp$n.stacks" <<'GROUPS'
Jackson writing the answer|(ServerJacksonMessageBodyWriter|ObjectWriter\.write|ObjectMapper\.writeValue)
Jackson reading (JSON built by PostgreSQL)|ObjectMapper\.(readValue|readTree|_readMapAndClose)
Hibernate: HQL/SQM parse and translation|(org\.hibernate\.query\.hql|org\.hibernate\.grammars|BaseSqmToSqlAstConverter|org\.hibernate\.sql\.ast|StandardSqmTranslator)
Hibernate: query plan cache|(QueryInterpretationCache|QueryPlanCache|BoundedConcurrentHashMap)
Hibernate: native query set-up|(NativeQueryImpl\.<init>|SQLQueryParser|ParameterParser|NativeQueryImpl\.setParameter)
Hibernate: query execution (JDBC and results)|(JdbcSelectExecutorStandardImpl|DeferredResultSetAccess)
Hibernate: result processing|(org\.hibernate\.sql\.results|JdbcValuesResultSetImpl|ListResultsConsumer)
Hibernate: session open/close/flush|(SessionImpl\.(<init>|close|closeWithoutOpenChecks|doFlush|autoFlush|flush|beforeTransactionCompletion|afterTransactionCompletion)|SessionFactoryImpl\.(openSession|createEntityManager)|TransactionScopedSession\.(acquireSession|getSession|close)|AbstractFlushingEventListener|DefaultAutoFlushEventListener|LogicalConnectionManagedImpl)
pgjdbc (all)|org\.postgresql
Agroal: getConnection / close|io\.agroal\.pool\.(DataSource\.getConnection|ConnectionPool\.getConnection|ConnectionHandler\.close|ConnectionWrapper\.close)
Narayana: begin/commit/rollback|(TransactionImple\.(<init>|commit|rollback)|BaseTransaction\.(begin|commit|rollback)|TransactionalInterceptorBase\.(handleTransaction|invokeInOurTx|endTransaction))
RESTEasy: routing|(RequestMapper|ClassRoutingHandler|RestInitialHandler)
RESTEasy: parameters and bean params|(ParameterHandler|QueryParamExtractor|ParameterConverter|PathParamExtractor|BeanParam|_\$\$_injectBean)
RESTEasy: writers|(ServerSerialisers|ResponseWriterHandler|ResponseWriter\.|MessageBodyWriter)
Hibernate Validator: validating|(ValidatorImpl|ValidationContext|ConstraintTree)
OpenTelemetry (incl. opentelemetry-jdbc)|opentelemetry
Micrometer|micrometer
logging (incl. MDC)|(org\.jboss\.logmanager|org\.jboss\.logging|accesslog|VertxMDC)
platform: conditional reads, ETag, read-version|no\.styringsdata\.platform\.caching
Quarkus cache|io\.quarkus\.cache
Netty: socket I/O|(Native\.(writev|read|write|epoll)|FileDescriptor\.(read|write)|doWrite(Multiple|Single)|doReadBytes|SocketDispatcher|NioSocketImpl|SocketChannelImpl\.(read|write))
Netty: HTTP codec|(HttpObjectEncoder|HttpObjectDecoder|HttpServerCodec)
GROUPS
  echo "  top frames (innermost), request threads:"
  jfr_top "$WORK/sp$n.stacks" "${SP_TOP:-15}"
  [[ -n $KEEP ]] && echo "  recording: $WORK/sp$n.jfr"
done
echo
echo "load at end $(cut -d' ' -f1-3 /proc/loadavg)"
