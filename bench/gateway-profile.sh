#!/usr/bin/env bash
# The gateway's own cost, without the services: nginx serves a fixed JSON body as the backend, and wrk
# loads nginx as a reverse proxy and one or more gateway builds in front of it, in alternating rounds.
# Prints throughput and CPU microseconds per request of the proxy process alone (/proc utime+stime),
# which a busy machine skews far less than throughput. Needs wrk and nginx (Debian: wrk, nginx-light).
#
#   bench/gateway-profile.sh                                   # gateway/target/quarkus-app
#   bench/gateway-profile.sh before=/tmp/old-quarkus-app after=gateway/target/quarkus-app
#   bench/gateway-profile.sh two-loops=gateway/target/quarkus-app@-Dquarkus.vertx.event-loops-pool-size=2
#   GP_JFR=1 bench/gateway-profile.sh                          # also a JFR recording per gateway, top frames
#
# GP_DURATION (s per round, 10), GP_WARMUP (s, 20), GP_ROUNDS (3), GP_CONNS (64), GP_BODY_BYTES (5326, the size of
# GET /api/budget/chapters/740), GP_RATE_LIMIT (false, as in bench/run.sh), GP_PORT (first port, 18080).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
source "$ROOT/bench/jfr.sh"
DURATION=${GP_DURATION:-10}
WARMUP=${GP_WARMUP:-20}           # s per proxy before the rounds (the JIT)
ROUNDS=${GP_ROUNDS:-3}
CONNS=${GP_CONNS:-64}
BODY_BYTES=${GP_BODY_BYTES:-5326}
PORT=${GP_PORT:-18080}
ENDPOINT=/api/budget/chapters/740
JVM_FLAGS=(-XX:+UseSerialGC -Xss512k)
(($#)) || set -- "gateway=$ROOT/gateway/target/quarkus-app"

WORK=$(mktemp -d /tmp/gateway-profile.XXXXXX)
PIDS=()
cleanup() {
  set +e
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null; done
  [[ -n ${GP_KEEP:-} ]] && echo "kept $WORK" >&2 || rm -rf "$WORK"
}
trap cleanup EXIT
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

await_200() {
  local deadline=$(($(date +%s) + 60))
  until [[ $(curl -s -o /dev/null -w '%{http_code}' "$1") == 200 ]]; do
    (($(date +%s) < deadline)) || { log "$1 did not answer 200"; exit 1; }
    sleep 0.1
  done
}
# user + system CPU (clock ticks) of a process and its live threads/children (nginx's workers)
ticks() {
  local total=0 pid
  for pid in "$@" $(for p in "$@"; do ps --ppid "$p" -o pid= 2>/dev/null; done); do
    [[ -r /proc/$pid/stat ]] && total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat")))
  done
  echo "$total"
}

# voluntary context switches of a process' threads: each is an event loop going to sleep, fewer per request
# means more work per wake-up (and no hand-over between threads)
switches() {
  local pid
  for pid in "$1" $(ps --ppid "$1" -o pid= 2>/dev/null); do cat /proc/"$pid"/task/*/status 2>/dev/null; done | awk '/^voluntary_ctxt_switches/ {n += $2} END {print n + 0}'
}

# The backend: nginx answering a fixed body; and nginx as the reverse proxy to compare with (as in bench/run.sh).
BACKEND=$((PORT + 1)) NGINX=$((PORT + 2))
mkdir -p "$WORK/nginx/logs" "$WORK/www/api/budget/chapters"
head -c "$BODY_BYTES" /dev/zero | tr '\0' 'x' | sed 's/^x/{"v":"/; s/xx$/"}/' >"$WORK/www/api/budget/chapters/740"
# (the proxy as configured in bench/run.sh: 2 workers, HTTP/1.1 keep-alive to the backend)
n=$WORK/nginx
cat >"$n/nginx.conf" <<EOF
daemon off; user root; worker_processes 2; pid $n/nginx.pid; error_log $n/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off; default_type application/json; keepalive_requests 1000000;
  client_body_temp_path $n/body; proxy_temp_path $n/proxy; fastcgi_temp_path $n/fastcgi;
  uwsgi_temp_path $n/uwsgi; scgi_temp_path $n/scgi;
  server { listen 127.0.0.1:$BACKEND; root $WORK/www; }
  upstream budget { server 127.0.0.1:$BACKEND; keepalive 64; }
  server {
    listen 127.0.0.1:$NGINX;
    location / { proxy_pass http://budget; proxy_http_version 1.1; proxy_set_header Connection ""; proxy_set_header Host \$host; }
  }
}
EOF
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" &
PIDS+=($!)
await_200 "http://127.0.0.1:$NGINX$ENDPOINT"
NGINX_PID=$(cat "$WORK/nginx/nginx.pid")

# One worker of the two answers as the proxy; count both nginx's workers, as they share the load.
declare -A URL PID
NAMES=(nginx)
URL[nginx]="http://127.0.0.1:$NGINX$ENDPOINT"
PID[nginx]=$NGINX_PID
port=$((PORT + 3))
for arg in "$@"; do
  name=${arg%%=*} app=${arg#*=} extra=()
  [[ $app == *@* ]] && read -ra extra <<<"${app#*@}" && app=${app%%@*}
  [[ -f $app/quarkus-run.jar ]] || { log "$app/quarkus-run.jar missing"; exit 1; }
  cp -r "$app" "$WORK/$name"
  BUDGET_PORT=$BACKEND BUDGET_HOST=127.0.0.1 GATEWAY_RATE_LIMIT_ENABLED=${GP_RATE_LIMIT:-false} \
    java "${JVM_FLAGS[@]}" "${extra[@]}" -Dquarkus.http.port=$port -jar "$WORK/$name/quarkus-run.jar" >"$WORK/$name.log" 2>&1 &
  PIDS+=($!) PID[$name]=$! URL[$name]="http://127.0.0.1:$port$ENDPOINT" NAMES+=("$name")
  await_200 "${URL[$name]}"
  cmp -s "$WORK/www$ENDPOINT" <(curl -s "${URL[$name]}") || { log "$name does not answer the backend's body"; exit 1; }
  port=$((port + 1))
done

log "warm-up: ${WARMUP}s per proxy"
for name in "${NAMES[@]}"; do wrk -t2 -c"$CONNS" -d"${WARMUP}s" "${URL[$name]}" >/dev/null; done

# JFR records the rounds only (not start-up and warm-up); the first seconds after JFR.start run slowly, so
# a settling pass follows it
if [[ -n ${GP_JFR:-} ]]; then
  for name in "${NAMES[@]:1}"; do jcmd "${PID[$name]}" JFR.start name=gp settings=profile >/dev/null; done
  for name in "${NAMES[@]:1}"; do wrk -t2 -c"$CONNS" -d"${DURATION}s" "${URL[$name]}" >/dev/null; done
fi
declare -A RPS CPU CS
hz=$(getconf CLK_TCK)
for ((round = 1; round <= ROUNDS; round++)); do
  order=("${NAMES[@]}")
  ((round % 2 == 0)) && order=($(printf '%s\n' "${NAMES[@]}" | tac))
  for name in "${order[@]}"; do
    before=$(ticks "${PID[$name]}") cs_before=$(switches "${PID[$name]}")
    out=$(wrk -t2 -c"$CONNS" -d"${DURATION}s" "${URL[$name]}")
    after=$(ticks "${PID[$name]}") cs_after=$(switches "${PID[$name]}")
    requests=$(awk '/requests in/ {print $1}' <<<"$out")
    rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
    cpu=$(awk -v t=$((after - before)) -v hz="$hz" -v n="$requests" 'BEGIN {printf "%.1f", t * 1e6 / hz / n}')
    cs=$(awk -v c=$((cs_after - cs_before)) -v n="$requests" 'BEGIN {printf "%.2f", c / n}')
    grep -q 'Non-2xx\|Socket errors' <<<"$out" && log "$name: $(grep 'Non-2xx\|Socket errors' <<<"$out")"
    log "round $round $name: $rps req/s, $cpu us CPU/request, $cs switches/request"
    RPS[$name]+="$rps " CPU[$name]+="$cpu " CS[$name]+="$cs "
  done
done

median() { tr ' ' '\n' | grep . | sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
n_rps=$(median <<<"${RPS[nginx]}") n_best=$(tr ' ' '\n' <<<"${RPS[nginx]}" | grep . | sort -g | tail -1)
echo "gateway-profile $(date -u '+%F %H:%M') UTC, wrk -t2 -c$CONNS, $ROUNDS rounds of $DURATION s (median), body $BODY_BYTES bytes, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "median of the rounds; best: the highest req/s and the lowest CPU of any round (the least disturbed)"
printf '%-14s %9s %11s %8s %9s %11s %8s %9s\n' proxy req/s "CPU us/req" "/ nginx" "best r/s" "best us/req" "/ nginx" "switch/req"
for name in "${NAMES[@]}"; do
  rps=$(median <<<"${RPS[$name]}")
  best=$(tr ' ' '\n' <<<"${RPS[$name]}" | grep . | sort -g | tail -1)
  printf '%-14s %9s %11s %8s %9s %11s %8s %9s\n' "$name" "$rps" "$(median <<<"${CPU[$name]}")" \
    "$(awk -v a="$rps" -v b="$n_rps" 'BEGIN {printf "%.2f", a / b}')" "$best" \
    "$(tr ' ' '\n' <<<"${CPU[$name]}" | grep . | sort -g | head -1)" \
    "$(awk -v a="$best" -v b="$n_best" 'BEGIN {printf "%.2f", a / b}')" "$(median <<<"${CS[$name]}")"
done
for name in "${NAMES[@]}"; do echo "  $name rounds: req/s ${RPS[$name]}; us/req ${CPU[$name]}"; done

if [[ -n ${GP_JFR:-} ]]; then
  for name in "${NAMES[@]:1}"; do
    jcmd "${PID[$name]}" JFR.dump name=gp filename="$WORK/$name.jfr" >/dev/null
    # event-loop threads only: handlers nest through RoutingContext.next(), so only leaf work is worth grouping
    jfr_stacks "$WORK/$name.jfr" '^vert.x-eventloop' >"$WORK/$name.stacks"
    total=$(wc -l <"$WORK/$name.stacks")
    echo "--- $name: $total event-loop samples; share of them inside (inclusive)"
    jfr_shares "$WORK/$name.stacks" <<'GROUPS'
tasks handed between event loops|SingleThreadEventExecutor.runAllTasks
OpenTelemetry (tracing)|opentelemetry
access log (its line and the logger; not what AccessLogHandler.handle calls next)|(AccessLogHandler\$1|JBossLoggingAccessLogReceiver|org.jboss.logmanager)
request id generation|(RequestIds.newId|UUID.randomUUID)
metrics (Micrometer)|micrometer
rate limiter (Bucket4j, Caffeine)|(bucket4j|benmanes)
request limits (header bytes)|Refusals
vertx-http-proxy: Date and Warning header parsing|httpproxy.impl.(ParseUtils|HttpUtils.dateHeader)
vertx-http-proxy: headers copied|httpproxy.impl.Proxied(Response|Request).(lambda.sendResponse|<init>|lambda.send)
socket writes|(Native.writev|FileDescriptor.write|doWriteMultiple|doWriteSingle)
socket reads|(doReadBytes|Native.read|FileDescriptor.read)
GROUPS
    echo "  top frames (innermost):"
    jfr_top "$WORK/$name.stacks" "${GP_TOP:-12}"
    [[ -n ${GP_KEEP:-} ]] && echo "  recording: $WORK/$name.jfr"
  done
fi
