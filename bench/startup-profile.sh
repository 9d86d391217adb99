#!/usr/bin/env bash
# What a service's start-up and memory cost, next to the bare Quarkus REST app (the floor, as bench/run.sh
# section 4 measures them): a throw-away PostgreSQL, one first instance per service to let Flyway migrate,
# then, one at a time, each app started as a Kubernetes replica is (QUARKUS_FLYWAY_ACTIVE=false) and timed
# from java to the first 200 of its readiness, without and with its AppCDS archive. Each app and mode starts
# twice: a clean start (ms, process CPU split by thread, RSS, HotSpot's class-loading and JIT counters) and a
# profiled one (JFR from launch with 1 ms samples, -Xlog:class+load, NativeMemoryTracking), both read at the
# first 200. Prints one table per app. Needs the modules built (-DskipTests also makes the AppCDS archives).
#
#   bench/startup-profile.sh                             # the floor and budget-service
#   bench/startup-profile.sh budget-service gateway      # any of the three services and the gateway
#   SU_FLAGS="-XX:TieredStopAtLevel=1" bench/startup-profile.sh   # an experiment: extra JVM flags, every app
#   SU_JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 SU_MODES="jar aot" bench/startup-profile.sh
#
# SU_MODES: jar (no archive), cds (the build's AppCDS archive, JDK 17), aot (JDK 24+: a training start writes
# an AOT cache, JEP 483/514, then the app starts with it). SU_KEEP=1 keeps $WORK (recordings, logs).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
PG_PORT=${SU_PG_PORT:-55443}
MODES=${SU_MODES:-"jar cds"}
# shellcheck disable=SC2206 # SU_FLAGS is a list of flags
JVM_FLAGS=(-XX:+UseSerialGC -Xss512k -Xms32m ${SU_FLAGS:-})   # as bench/run.sh and the local launcher
export MALLOC_ARENA_MAX=2
[[ -n ${SU_JAVA_HOME:-} ]] && export PATH="$SU_JAVA_HOME/bin:$PATH"
NAME=startup KEEP=${SU_KEEP:-}
# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"
# shellcheck source=bench/jfr.sh
source "$ROOT/bench/jfr.sh"
(($#)) || set -- budget-service

PGBIN=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")
JAVA_HOME_NOW=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
stop_pid() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }

# the JDK's profile settings with execution samples every millisecond (a few thousand per start)
sed -E '/<event name="jdk.(ExecutionSample|NativeMethodSample)">/,/<\/event>/ s|(<setting name="period"[^>]*>)[^<]*<|\11 ms<|' \
  "$JAVA_HOME_NOW/lib/jfr/profile.jfc" >"$WORK/startup.jfc"

# the library a class (or a frame, package.Class.method) belongs to; first match wins
GROUPS_AWK='
function group(c) {
  if (c ~ /^no\.styringsdata\./) return "app (no.styringsdata)"
  if (c ~ /^(org\.hibernate\.validator|io\.quarkus\.hibernate\.validator|jakarta\.validation)\./) return "Hibernate Validator"
  if (c ~ /^(org\.hibernate|io\.quarkus\.hibernate|jakarta\.persistence|net\.bytebuddy|antlr|org\.antlr)\./) return "Hibernate ORM"
  if (c ~ /^(com\.fasterxml\.jackson|io\.quarkus\.jackson)\./) return "Jackson"
  if (c ~ /^(io\.vertx|io\.netty|io\.quarkus\.vertx)\./) return "Vert.x+Netty"
  if (c ~ /^(org\.jboss\.resteasy|io\.quarkus\.resteasy|io\.quarkus\.rest|jakarta\.ws\.rs)\./) return "RESTEasy Reactive"
  if (c ~ /^(io\.smallrye\.openapi|io\.quarkus\.smallrye\.openapi|org\.eclipse\.microprofile\.openapi)\./) return "SmallRye OpenAPI"
  if (c ~ /^(io\.smallrye\.jwt|io\.quarkus\.smallrye\.jwt|org\.jose4j|org\.eclipse\.microprofile\.jwt)\./) return "SmallRye JWT+jose4j"
  if (c ~ /^(io\.smallrye|io\.quarkus\.smallrye|org\.eclipse\.microprofile)\./) return "SmallRye other (config, health...)"
  if (c ~ /^(io\.agroal|io\.quarkus\.agroal)\./) return "Agroal"
  if (c ~ /^(com\.arjuna|io\.narayana|org\.jboss\.tm|jakarta\.transaction|io\.quarkus\.narayana)\./) return "Narayana"
  if (c ~ /^(org\.flywaydb|io\.quarkus\.flyway)\./) return "Flyway"
  if (c ~ /^org\.postgresql\./) return "pgjdbc"
  if (c ~ /^(io\.opentelemetry|io\.quarkus\.opentelemetry)\./) return "OpenTelemetry"
  if (c ~ /^(io\.micrometer|io\.quarkus\.micrometer)\./) return "Micrometer"
  if (c ~ /^(com\.github\.benmanes|io\.quarkus\.cache)\./) return "Caffeine/cache"
  if (c ~ /^(io\.quarkus|jakarta\.(enterprise|inject|annotation|interceptor))\./) return "Quarkus core/arc/generated"
  if (c ~ /^(java|javax|jdk|sun|com\.sun)\./) return "JDK"
  return "other"
}'

# classes loaded, by library: total, from the shared archive (AppCDS/AOT), from jars, other (JDK image,
# generated, hidden classes); the last line is the sum
class_table() { # class+load log
  awk "$GROUPS_AWK"'
    /\[class,load\]/ && / source: / {
      g = group($2); n[g]++
      if ($0 ~ /source: shared objects file/) a[g]++
      else if ($0 ~ /source: (jar:|file:)/) j[g]++
      else o[g]++
    }
    END {for (g in n) printf "%d %d %d %d %s\n", n[g], a[g], j[g], o[g], g}' "$1" | sort -rn |
    awk '{t += $1; ta += $2; tj += $3; to += $4; name = $5; for (i = 6; i <= NF; i++) name = name " " $i
          printf "  %6d %7d %6d %6d  %s\n", $1, $2, $3, $4, name}
         END {printf "  %6d %7d %6d %6d  (all)\n", t, ta, tj, to}'
}

# share of the JFR samples of all Java threads by library: each sample counts for the innermost frame
# that is not the JDK's (so a HashMap.get called by Hibernate is Hibernate's); all-JDK stacks are JDK
sample_table() { # stacks file
  awk "$GROUPS_AWK"'
    {g = "JDK"; for (i = 1; i <= NF; i++) {h = group($i); if (h != "JDK") {g = h; break}} n[g]++; all++}
    END {for (g in n) printf "  %6.1f%%  %s\n", 100 * n[g] / all, g}' "$1" | sort -rn
}

# Quarkus runtime-init steps, inclusive shares of all Java threads' samples (they overlap)
STEPS='Hibernate ORM boot (persistence unit, metamodel)|org\.hibernate\.(boot|internal\.SessionFactoryImpl|metamodel)|FastBootHibernatePersistenceProvider|PreconfiguredReactivePersistenceProvider
Hibernate Validator init|ValidatorFactory|HibernateValidatorRecorder|org\.hibernate\.validator\.internal\.engine
Agroal pool / first connections|io\.agroal|org\.postgresql\.Driver\.connect
SmallRye OpenAPI (model, document)|io\.smallrye\.openapi|io\.quarkus\.smallrye\.openapi
JWT key loading / jose4j|io\.smallrye\.jwt|org\.jose4j
Jackson ObjectMapper setup|ObjectMapper\.<init>|ObjectMapperProducer|com\.fasterxml\.jackson\.databind\.(ObjectMapper|cfg)
Caches (Caffeine)|com\.github\.benmanes|io\.quarkus\.cache
OpenTelemetry SDK|io\.opentelemetry\.sdk|io\.quarkus\.opentelemetry
Micrometer registry|io\.micrometer
Vert.x / HTTP server start|io\.vertx\.core\.(impl\.VertxImpl|net)|VertxHttpRecorder|io\.netty\.(bootstrap|channel\.epoll)
RESTEasy Reactive deployment|ResteasyReactiveRecorder|RuntimeDeploymentManager|org\.jboss\.resteasy\.reactive\.server\.core
Config (SmallRye Config)|io\.smallrye\.config
Arc container init (beans)|io\.quarkus\.arc\.impl\.ArcContainerImpl|io\.quarkus\.arc\.Arc\.initialize
Class loading (Java side)|ClassLoader\.(loadClass|defineClass)|RunnerClassLoader|ZipFile|JarFile
Lambda/indy bootstrap|java\.lang\.invoke\.(InnerClassLambdaMetafactory|MethodHandleNatives\.linkCallSite|BootstrapMethodInvoker)
JFR itself|jdk\.jfr'

# CPU ms of a process at this moment (/proc/<pid>/stat, exited threads included), then by kind of its live
# threads (/proc/<pid>/task/*/stat: comm, utime + stime)
thread_cpu() { # pid
  local hz; hz=$(getconf CLK_TCK)
  { sed 's/^/process /' "/proc/$1/stat"; echo; for t in /proc/"$1"/task/*/stat; do cat "$t" 2>/dev/null; echo; done; } | awk -v hz="$hz" '
    NF {comm = $0; sub(/^[^(]*\(/, "", comm); sub(/\).*/, "", comm); rest = $0; sub(/^.*\) /, "", rest); split(rest, f, " ")
        ms = 1000 * (f[12] + f[13]) / hz
        if ($1 == "process") {all = ms; next}
        if (comm ~ /^C2 Compiler/) k = "JIT-C2"; else if (comm ~ /^C1 Compiler/) k = "JIT-C1"
        else if (comm ~ /^(GC|VM Thread|G1|VM Periodic)/) k = "GC+VM"; else if (comm == "java") k = "main"
        else if (comm ~ /^(vert\.x|executor|agroal)/) k = "vert.x/executor"; else k = "other"
        cpu[k] += ms; live += ms}
    END {printf "%.0f (", all; for (k in cpu) printf "%s %.0f, ", k, cpu[k]; printf "exited threads %.0f)\n", all - live}'
}

# HotSpot counters (ms): class loading total, its parse/link/verify/init parts, JIT compile time
perf_counters() { # pid
  jcmd "$1" PerfCounter.print 2>/dev/null | awk -F= '
    {v[$1] = $2} END {hz = v["sun.os.hrt.frequency"]; if (!hz) {print "  (no counters)"; exit}
      printf "  class loading %.0f ms (own parts: define app classes %.0f, link %.0f, verify %.0f, static init %.0f); JIT %.0f ms; GC %.0f ms in %d\n",
        1000 * v["sun.cls.time"] / hz, 1000 * v["sun.cls.defineAppClassTime.self"] / hz, 1000 * v["sun.cls.classLinkedTime.self"] / hz,
        1000 * v["sun.cls.classVerifyTime.self"] / hz, 1000 * v["sun.cls.classInitTime.self"] / hz, 1000 * v["java.ci.totalTime"] / hz,
        1000 * (v["sun.gc.collector.0.time"] + v["sun.gc.collector.1.time"]) / hz, v["sun.gc.collector.0.invocations"] + v["sun.gc.collector.1.invocations"]}'
}

# NMT committed MB by category, "Category MB" lines
nmt_mb() { # summary file
  awk '/^-  *[A-Z].*\(reserved=.*committed=/ {name = $0; sub(/^- */, "", name); sub(/ *\(reserved.*/, "", name)
       c = $0; sub(/.*committed=/, "", c); sub(/KB.*/, "", c); printf "%s|%.1f\n", name, c / 1024}' "$1"
}

declare -A MS CPU RSS

# starts app (a module, or hello) in mode twice and writes $WORK/out/<app>-<mode>.{clean,classes,nmt,stacks,...}
measure() { # app mode
  local app=$1 mode=$2 port=9181 path=/q/health/ready env=() dir="$WORK/apps/$1/quarkus-app" key="$1-$2"
  local flags=("${JVM_FLAGS[@]}")
  [[ $app == hello ]] && path=/hello
  [[ -n ${DB[$app]:-} ]] && env=(QUARKUS_FLYWAY_ACTIVE=false)
  [[ $app == gateway ]] && env=(GATEWAY_RATE_LIMIT_ENABLED=false)
  case $mode in
    jar) ;;
    cds) flags+=(-XX:SharedArchiveFile="$dir/app-cds.jsa" -Xshare:on) ;;
    aot)   # jdk.jfr in the module graph of every start: a cache made without it is refused when JFR runs
      flags+=(--add-modules=jdk.jfr)
      if [[ ! -f $dir/app.aot ]]; then   # the training start: to the first 200, the cache is written at exit
        local JVM_FLAGS=("${flags[@]}" -XX:AOTCacheOutput="$dir/app.aot")
        start_jar "$app" "$port" "$WORK/out/$key.train.log" "${env[@]}"
        await_200 "http://localhost:$port$path" "$(now_ms)" "$LAST_PID" >/dev/null
        stop_pid "$LAST_PID"
        [[ -f $dir/app.aot ]] || die "no AOT cache for $app (see $WORK/out/$key.train.log)"
      fi
      flags+=(-XX:AOTCache="$dir/app.aot") ;;
    *) die "unknown mode $mode" ;;
  esac
  # the clean start
  local JVM_FLAGS=("${flags[@]}") t0 pid
  t0=$(now_ms)
  start_jar "$app" "$port" "$WORK/out/$key.log" "${env[@]}"
  pid=$LAST_PID
  MS[$key]=$(await_200 "http://localhost:$port$path" "$t0" "$pid")
  CPU[$key]=$(thread_cpu "$pid")
  RSS[$key]="$(rss_mb "$pid") MB ($(awk '/^Rss(Anon|File)/ {printf "%s %.0f ", $1, $2 / 1024}' "/proc/$pid/status"))"
  perf_counters "$pid" >"$WORK/out/$key.perf"
  stop_pid "$pid"
  # the profiled start
  JVM_FLAGS=("${flags[@]}" -XX:NativeMemoryTracking=summary -Xlog:class+load=info:file="$WORK/out/$key.classes"
    -XX:StartFlightRecording=name=startup,settings="$WORK/startup.jfc")
  t0=$(now_ms)
  start_jar "$app" "$port" "$WORK/out/$key.profiled.log" "${env[@]}"
  pid=$LAST_PID
  MS[$key.profiled]=$(await_200 "http://localhost:$port$path" "$t0" "$pid")
  jcmd "$pid" VM.native_memory summary >"$WORK/out/$key.nmt" 2>&1
  jcmd "$pid" JFR.dump name=startup filename="$WORK/out/$key.jfr" >/dev/null 2>&1
  stop_pid "$pid"
  jfr_stacks "$WORK/out/$key.jfr" "" >"$WORK/out/$key.stacks"
  jfr_stacks "$WORK/out/$key.jfr" '^main"' >"$WORK/out/$key.main.stacks"
  log "  $app $mode: first 200 after ${MS[$key]} ms (profiled ${MS[$key.profiled]} ms), CPU ${CPU[$key]%% *} ms, RSS ${RSS[$key]}"
}

report() { # app mode
  local key="$1-$2" floor="hello-$2"
  echo
  echo "== $1, $2 =="
  echo "first 200: ${MS[$key]} ms (floor ${MS[$floor]} ms, $(awk -v a="${MS[$key]}" -v b="${MS[$floor]}" 'BEGIN {printf "%.2f", a / b}')x); profiled start ${MS[$key.profiled]} ms"
  echo "Quarkus log: $(grep -m1 -o 'started in [0-9.]*s' "$WORK/out/$key.log")"
  echo "process CPU to first 200 (ms, by thread): ${CPU[$key]} (floor: ${CPU[$floor]})"
  echo "RSS at first 200: ${RSS[$key]} (floor: ${RSS[$floor]})"
  echo "HotSpot counters:"; cat "$WORK/out/$key.perf"
  echo "classes loaded (total, from archive, from jars, other):"; class_table "$WORK/out/$key.classes"
  echo "JFR samples ($(wc -l <"$WORK/out/$key.stacks")), all Java threads, by library (innermost non-JDK frame):"; sample_table "$WORK/out/$key.stacks"
  echo "runtime-init steps (inclusive shares of the same samples):"; jfr_shares "$WORK/out/$key.stacks" <<<"$STEPS" | sort -rn | awk '$1 + 0 >= 0.5'
  echo "top frames of the main thread ($(wc -l <"$WORK/out/$key.main.stacks") samples):"; jfr_top "$WORK/out/$key.main.stacks" 12 || true   # head ends the sort early
  echo "NMT committed MB (app, floor, difference), the categories that differ by 0.5 MB or more:"
  LC_ALL=C join -t'|' -a1 -a2 -e0 -o 0,1.2,2.2 <(nmt_mb "$WORK/out/$key.nmt" | LC_ALL=C sort) <(nmt_mb "$WORK/out/$floor.nmt" | LC_ALL=C sort) |
    awk -F'|' '{d = $2 - $3; if (d >= 0.5 || d <= -0.5 || $1 == "Java Heap") printf "%.1f|%8.1f %8.1f %+8.1f  %s\n", d, $2, $3, d, $1}' |
    sort -t'|' -k1,1 -rn | cut -d'|' -f2
  awk '/^Total:/ {print "  total " $0}' "$WORK/out/$key.nmt"
}

for app in "$@"; do
  [[ $app == gateway || -n ${DB[$app]:-} ]] || die "unknown module $app (budget-service, assignment-service, indicator-service, gateway)"
done
build_bare_app
snapshot_apps "$@"
mkdir -p "$WORK/out"
start_postgres
for app in "$@"; do
  [[ -n ${DB[$app]:-} ]] || continue
  "${PSQL[@]}" -c "create database ${DB[$app]}"
  log "migrating ${DB[$app]} (a first $app, Flyway on)"
  start_jar "$app" 9181 "$WORK/out/$app-migrate.log"
  await_200 http://localhost:9181/q/health/ready "$(now_ms)" "$LAST_PID" >/dev/null
  stop_pid "$LAST_PID"
done

log "starting each app twice per mode (clean, profiled), one at a time"
for mode in $MODES; do
  measure hello "$mode"
  for app in "$@"; do measure "$app" "$mode"; done
done

echo "Start-up profile, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(java -version 2>&1 | sed -n 1p), JVM flags: ${JVM_FLAGS[*]}"
echo "Load average at start: $LOAD_START; at end: $(cut -d' ' -f1-3 /proc/loadavg) (other builds share the cores)."
for mode in $MODES; do
  for app in hello "$@"; do report "$app" "$mode"; done
done
