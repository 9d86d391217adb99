#!/usr/bin/env sh
# Compatibility check (README.md, "Compatibility promise"), for each service given (default: all three):
#  (a) the OpenAPI document the build wrote (../<service>/target/openapi/openapi.yaml) must match the
#      published one, published/<service>.yaml, in all that OpenAPITools openapi-diff reports and in
#      info.version: otherwise run contracts/publish.sh and commit;
#  (b) the published document must be backward compatible with its version on main before this change
#      (the merge-base with main on a branch, else HEAD's first parent; COMPAT_BASE=<commit> overrides),
#      unless info.version's major number went up.
# The diff tool (Java, pinned in compat/pom.xml) runs only for documents that differ as data, so this
# is quick.
set -eu
cd "$(dirname "$0")"

SERVICES="${*:-budget-service assignment-service indicator-service}"
work=compat/target
mkdir -p "$work"
status=0

info_version() {
  awk '/^info:/ { inside = 1; next }
       inside && /^[^ ]/ { exit }
       inside && /^  version:/ { v = $2; gsub(/["\047]/, "", v); print v; exit }' "$1"
}

# compare OLD NEW NAME: writes openapi-diff's change log to $work/NAME.txt; returns 0 when the tool
# reports no change, 10 for backward-compatible changes only, 20 for a breaking change, else a failure.
compare() {
  tool_ready &&
    node compat/prepare.mjs "$1" "$work/$3.old.yaml" &&
    node compat/prepare.mjs "$2" "$work/$3.new.yaml" &&
    java -cp "$work/classes:$(cat "$work/classpath.txt")" OpenApiCompat \
      "$work/$3.old.yaml" "$work/$3.new.yaml" compat/rules.yaml > "$work/$3.txt"
}

# Resolves the pinned diff tool (once) and compiles the small program that calls it.
tool_ready() {
  if [ -f "$work/classes/OpenApiCompat.class" ] && [ "$work/classes/OpenApiCompat.class" -nt compat/OpenApiCompat.java ] \
      && [ "$work/classpath.txt" -nt compat/pom.xml ]; then
    return 0
  fi
  (cd .. && ./mvnw -B -q -f contracts/compat/pom.xml dependency:build-classpath -Dmdep.outputFile=target/classpath.txt) &&
    javac -nowarn -d "$work/classes" -cp "$(cat "$work/classpath.txt")" compat/OpenApiCompat.java
}

# (a) built = published
for service in $SERVICES; do
  built="../$service/target/openapi/openapi.yaml"
  published="published/$service.yaml"
  if [ ! -f "$built" ]; then
    echo "compat: $service: $service/target/openapi/openapi.yaml is missing: build the services first" >&2
    status=1
    continue
  fi
  if [ ! -f "$published" ]; then
    echo "compat: $service: contracts/$published is missing: run contracts/publish.sh and commit it" >&2
    status=1
    continue
  fi
  if node compat/same.mjs "$built" "$published"; then
    echo "compat: $service: built document = contracts/$published"
    continue
  fi
  rc=0
  compare "$published" "$built" "$service.built" || rc=$?
  if [ "$rc" -eq 0 ] && [ "$(info_version "$built")" = "$(info_version "$published")" ]; then
    echo "compat: $service: built document differs from contracts/$published only where openapi-diff sees no change (info, tags); refresh with contracts/publish.sh when convenient"
  elif [ "$rc" -ne 0 ] && [ "$rc" -ne 10 ] && [ "$rc" -ne 20 ]; then
    echo "compat: $service: comparing with openapi-diff failed (status $rc)" >&2
    status=1
  else
    cat "$work/$service.built.txt"
    echo "compat: $service: the built document differs from contracts/$published (above, old = published)." >&2
    echo "        Run contracts/publish.sh and commit contracts/published/; the check below then compares it with main." >&2
    status=1
  fi
done

# (b) published now = compatible with published on main before the change, or a new major version
base=""
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  if [ -n "${COMPAT_BASE:-}" ]; then
    base=$(git rev-parse --verify -q "$COMPAT_BASE^{commit}" || true)
  else
    for ref in origin/main main; do
      if git rev-parse --verify -q "$ref^{commit}" >/dev/null; then
        base=$(git merge-base HEAD "$ref" 2>/dev/null || true)
        break
      fi
    done
    # On main itself (as in CI) the merge-base is HEAD: compare with main before its last commit.
    if [ -z "$base" ] || [ "$base" = "$(git rev-parse HEAD)" ]; then
      base=$(git rev-parse --verify -q "HEAD^1^{commit}" || true)
    fi
  fi
fi
if [ -z "$base" ]; then
  echo "compat: SKIPPED the comparison with main: no earlier commit here (not a git clone, a shallow clone or the first commit)" >&2
else
  short=$(git rev-parse --short "$base")
  for service in $SERVICES; do
    published="published/$service.yaml"
    [ -f "$published" ] || continue
    if ! git show "$base:./$published" > "$work/$service.base.yaml" 2>/dev/null; then
      echo "compat: $service: $short has no contracts/$published: first publication, nothing to compare"
      continue
    fi
    if node compat/same.mjs "$work/$service.base.yaml" "$published"; then
      echo "compat: $service: contracts/$published unchanged since $short"
      continue
    fi
    old_version=$(info_version "$work/$service.base.yaml")
    new_version=$(info_version "$published")
    rc=0
    compare "$work/$service.base.yaml" "$published" "$service.base" || rc=$?
    case "$rc" in
      0|10)
        echo "compat: $service: backward compatible with $short (info.version $old_version -> $new_version; change log: contracts/$work/$service.base.txt)" ;;
      20)
        old_major=${old_version%%.*}
        new_major=${new_version%%.*}
        if expr "$old_major" : '[0-9][0-9]*$' >/dev/null && expr "$new_major" : '[0-9][0-9]*$' >/dev/null \
            && [ "$new_major" -gt "$old_major" ]; then
          echo "compat: $service: breaking change against $short, allowed by the new major version (info.version $old_version -> $new_version; change log: contracts/$work/$service.base.txt)"
        else
          cat "$work/$service.base.txt"
          echo "compat: $service: BREAKING CHANGE against main ($short), see above, with info.version $old_version -> $new_version." >&2
          echo "        Keep the API backward compatible (contracts/README.md), or make it a new major version: raise the" >&2
          echo "        major number of quarkus.smallrye-openapi.info-version in $service/src/main/resources/application.properties," >&2
          echo "        then run contracts/publish.sh --build and commit." >&2
          status=1
        fi ;;
      *)
        echo "compat: $service: comparing with openapi-diff failed (status $rc)" >&2
        status=1 ;;
    esac
  done
fi

exit "$status"
