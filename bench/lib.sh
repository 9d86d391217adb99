# Shared by bench/run.sh and bench/soak.sh (sourced, not run): the throw-away work directory and its
# cleanup, the tools, the services' databases and seeds, PostgreSQL, a development token, starting jars.
# The sourcing script sets NAME (bench, soak), ROOT, PG_PORT, JVM_FLAGS and KEEP (keep the logs) first.

WORK=$(mktemp -d "/tmp/styringsdata-$NAME.XXXXXX")
chmod 755 "$WORK"
PIDS=()
PG_STARTED=

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }

cleanup() {
  set +e
  for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do kill "${PIDS[i]}" 2>/dev/null; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null; done
  [[ -n $PG_STARTED ]] && runuser -u postgres -- "$PGBIN/pg_ctl" -D "$WORK/pg/data" -m fast -w stop >/dev/null 2>&1
  if [[ -n $KEEP ]]; then log "logs kept in $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# installs the given Debian 12 packages, if any
install_missing() {
  (($#)) || return 0
  log "installing $*"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

declare -A DB=([budget-service]=budget [assignment-service]=assignments [indicator-service]=indicators)
declare -A PREFIX=([budget-service]=/api/budget [assignment-service]=/api/assignments [indicator-service]=/api/indicators)
declare -A SEEDS=(
  [budget-service]="003_82c1b6682bf832eb.txt 000_8d4a857d2773e53a.txt 004_cc102a77bccaaff9.txt 001_74ce41b747f7677e.txt"
  [assignment-service]="000_8d4a857d2773e53a.txt 004_cc102a77bccaaff9.txt"
  [indicator-service]="000_8d4a857d2773e53a.txt 001_74ce41b747f7677e.txt")
SERVICES=(budget-service assignment-service indicator-service)

now_ms() { date +%s%3N; }

# waits until url answers 200; prints the milliseconds since $2 (a now_ms stamp); stops if process $3 dies
await_200() {
  local url=$1 since=$2 pid=${3:-} deadline=$(($(date +%s) + 150))
  until [[ $(curl -s -o /dev/null -w '%{http_code}' "$url") == 200 ]]; do
    [[ -n $pid ]] && ! kill -0 "$pid" 2>/dev/null && die "process $pid died before $url answered"
    (($(date +%s) < deadline)) || die "$url did not answer 200 within 150 s"
    sleep 0.05
  done
  echo $(($(now_ms) - since))
}

# copies the built apps: other builds in the same tree cannot change them under the run (keeping the
# files' times, which the JVM checks before it uses an AppCDS archive made from them)
snapshot_apps() {
  local module
  for module in "$@"; do
    [[ -f $ROOT/$module/target/quarkus-app/quarkus-run.jar ]] || die "$module is not built"
    mkdir -p "$WORK/apps/$module" && cp -rp "$ROOT/$module/target/quarkus-app" "$WORK/apps/$module/"
  done
}

# starts a snapshot app in the background; sets LAST_PID. Extra env as NAME=value arguments.
start_jar() { # module port logfile [env...]
  local module=$1 port=$2 logfile=$3; shift 3
  local env=(JWT_PUBLIC_KEY_LOCATION="file://$ROOT/dev-keys/publicKey.pem" JWT_ISSUER=https://styringsdata.no/dev)
  if [[ -n ${DB[$module]:-} ]]; then
    local upper=${DB[$module]^^}
    env+=("${upper}_DB_URL=jdbc:postgresql://localhost:$PG_PORT/${DB[$module]}" "${upper}_DB_USER=postgres")
  fi
  # from the app's directory: an AppCDS archive names the jar as Quarkus' build ran it, "quarkus-run.jar" there
  (cd "$WORK/apps/$module/quarkus-app" && exec env "${env[@]}" "$@" java "${JVM_FLAGS[@]}" -Dquarkus.http.port="$port" \
    -jar quarkus-run.jar) >"$logfile" 2>&1 &
  LAST_PID=$!
  PIDS+=("$LAST_PID")
}

# Debian's PostgreSQL (PGBIN), throw-away, in $WORK on PG_PORT; sets PSQL. Extra server options as arguments.
start_postgres() { # [-c name=value...]
  log "starting PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on port $PG_PORT"
  mkdir -p "$WORK/pg" && chown postgres: "$WORK/pg"
  runuser -u postgres -- "$PGBIN/initdb" -D "$WORK/pg/data" -U postgres -A trust -E UTF8 --no-sync >"$WORK/initdb.log" 2>&1
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/postgres.log" -w \
    -o "-p $PG_PORT -k $WORK/pg -c listen_addresses=localhost -c max_connections=200 $*" start >/dev/null
  PG_STARTED=1
  PSQL=("$PGBIN/psql" -h localhost -p "$PG_PORT" -U postgres -qAt)
}

# prints a development token (dev-keys/, the issuer, audiences and roles of LocalStack's), signed with openssl
dev_token() { # subject lifetime_seconds
  local iat claims unsigned
  iat=$(date +%s)
  claims="{\"iss\":\"https://styringsdata.no/dev\",\"aud\":[\"budget-service\",\"assignment-service\",\"indicator-service\"],\"sub\":\"$1\",\"upn\":\"$1\",\"groups\":[\"budget-editor\",\"assignment-editor\",\"indicator-editor\"],\"iat\":$iat,\"exp\":$((iat + $2)),\"jti\":\"$1-$iat\"}"
  unsigned="$(printf '%s' '{"alg":"RS256","typ":"JWT"}' | b64url).$(printf '%s' "$claims" | b64url)"
  echo "$unsigned.$(printf '%s' "$unsigned" | openssl dgst -sha256 -sign "$ROOT/dev-keys/privateKey.pem" | b64url)"
}
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

# POSTs a seed document to a service's import; prints "http_code seconds", the answer in $WORK/import.out
import_seed() { # module port seed
  curl -s -o "$WORK/import.out" -w '%{http_code} %{time_total}\n' -X POST \
    -H 'Content-Type: text/plain; charset=UTF-8' -H "Authorization: Bearer $TOKEN" \
    --data-binary "@$ROOT/seeds/$3" "http://localhost:$2${PREFIX[$1]}/imports"
}

# starts the services on consecutive ports from the given one, each ready and with its seeds imported
# before the next; sets MAIN_PID
start_services() { # first_port
  local module port=$1 seed code secs
  declare -gA MAIN_PID
  for module in "${SERVICES[@]}"; do
    log "starting $module on $port (first start: Flyway creates the schema)"
    start_jar "$module" "$port" "$WORK/$module.log"
    MAIN_PID[$module]=$LAST_PID
    await_200 "http://localhost:$port/q/health/ready" "$(now_ms)" "$LAST_PID" >/dev/null
    for seed in ${SEEDS[$module]}; do
      read -r code secs < <(import_seed "$module" "$port" "$seed")
      [[ $code == 200 ]] || { cat "$WORK/import.out" >&2; die "importing $seed into $module gave $code"; }
      log "  imported $seed ($secs s)"
    done
    port=$((port + 1))
  done
}

# builds the bare Quarkus REST app (quarkus-rest, one GET /hello: the floor for start-up and memory) with an
# AppCDS archive, in $WORK/hello, and copies it to $WORK/apps/hello as snapshot_apps does the services
build_bare_app() {
  log "building the bare Quarkus REST app (the floor)"
  mkdir -p "$WORK/hello/src/main/java/bench" "$WORK/hello/src/main/resources"
  cat >"$WORK/hello/pom.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>bench-hello</artifactId>
  <version>1</version>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <dependencyManagement><dependencies><dependency>
    <groupId>io.quarkus</groupId><artifactId>quarkus-bom</artifactId><version>3.33.2</version>
    <type>pom</type><scope>import</scope>
  </dependency></dependencies></dependencyManagement>
  <dependencies>
    <dependency><groupId>io.quarkus</groupId><artifactId>quarkus-rest</artifactId></dependency>
  </dependencies>
  <build><plugins>
    <!-- the plugin versions the project pins, so that the build runs offline -->
    <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.14.0</version></plugin>
    <plugin><artifactId>maven-surefire-plugin</artifactId><version>3.5.4</version></plugin>
    <plugin>
      <groupId>io.quarkus</groupId><artifactId>quarkus-maven-plugin</artifactId><version>3.33.2</version>
      <extensions>true</extensions>
      <executions><execution><goals><goal>build</goal></goals></execution></executions>
    </plugin>
  </plugins></build>
</project>
EOF
  cat >"$WORK/hello/src/main/java/bench/Hello.java" <<'EOF'
package bench;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/hello")
public class Hello {
    @GET
    public String hello() {
        return "hello";
    }
}
EOF
  # with an AppCDS archive, as the parent pom's appcds profile makes the services' (-DskipTests)
  (cd "$WORK/hello" && "$ROOT/mvnw" -B -q -o package -DskipTests -Dquarkus.package.jar.appcds.enabled=true \
    -Dquarkus.package.jar.appcds.use-container=false >"$WORK/hello-build.log" 2>&1) \
    || { cat "$WORK/hello-build.log" >&2; die "the bare Quarkus app did not build"; }
  mkdir -p "$WORK/apps/hello" && cp -rp "$WORK/hello/target/quarkus-app" "$WORK/apps/hello/"
}

# CPU time (user + system, ms) the given processes have used; less skewed by a busy machine than latency
cpu_ms() {
  local ticks=0 pid
  for pid in "$@"; do [[ -r /proc/$pid/stat ]] && ticks=$((ticks + $(awk '{print $14 + $15}' "/proc/$pid/stat"))); done
  echo $((ticks * 1000 / $(getconf CLK_TCK)))
}
# PostgreSQL's CPU time (ms): the postmaster's own and that of the backends it has reaped (cutime,
# cstime), plus the live backends'. Summing only the live processes went negative when a backend
# exited during a round (a run printed "PostgreSQL -4.19 ms").
pg_cpu_ms() {
  local pm ticks pid
  pm=$(head -1 "$WORK/pg/data/postmaster.pid")
  ticks=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$pm/stat")
  for pid in $(ps --ppid "$pm" -o pid=); do
    [[ -r /proc/$pid/stat ]] && ticks=$((ticks + $(awk '{print $14 + $15 + $16 + $17}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  echo $((ticks * 1000 / $(getconf CLK_TCK)))
}
