#!/usr/bin/env bash
# Dev/test Neo4j Community launcher: builds the small Maven project on first use (online, then
# offline), then execs Java. Stdout carries only the NEO4J_READY line; everything else is stderr.
#   bash tools/neo4j/run.sh [--port 0] [--instances 2] [--ephemeral] ...   (see --help)
#   bash tools/neo4j/run.sh --build-only    just make sure the launcher is built
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$here/../.." && pwd)"
target="$here/target"
stamp="$target/.launcher-built"

needs_build() {
  [[ ! -f "$stamp" ]] && return 0
  [[ -n "$(find "$here/pom.xml" "$here/src" -newer "$stamp" -print -quit)" ]]
}

build() {
  mkdir -p "$target"
  # Several engineers and jest runs share one checkout: build under a lock, re-check inside it.
  exec 9>"$target/.build.lock"
  flock 9
  if needs_build; then
    echo "neo4j-launcher: building tools/neo4j (first run downloads Neo4j from Maven Central)" >&2
    local mvn_args=(-B -q -Dstyle.color=never -f "$here/pom.xml" package -DskipTests)
    if ! mvn -o "${mvn_args[@]}" >/dev/null 2>&1; then
      mvn "${mvn_args[@]}" >&2
    fi
    touch "$stamp"
  fi
  flock -u 9
  exec 9>&-
}

if needs_build; then
  build
fi

if [[ "${1:-}" == "--build-only" ]]; then
  exit 0
fi

# Small, quick-starting JVM: tests run two instances (in this one JVM) on a 2-core machine.
# NEO4J_LAUNCHER_JAVA_OPTS replaces these defaults entirely.
default_java_opts=(
  -Xms64m "-Xmx${NEO4J_LAUNCHER_HEAP:-512m}"
  -XX:+UseSerialGC
  -XX:TieredStopAtLevel=1
  -Dnewsgraph.repoRoot="$repo_root"
  -Dio.netty.tryReflectionSetAccessible=true
  --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/java.lang=ALL-UNNAMED
)
if [[ -n "${NEO4J_LAUNCHER_JAVA_OPTS:-}" ]]; then
  read -r -a java_opts <<<"$NEO4J_LAUNCHER_JAVA_OPTS"
  java_opts+=(-Dnewsgraph.repoRoot="$repo_root")
else
  java_opts=("${default_java_opts[@]}")
fi

exec java "${java_opts[@]}" -cp "$target/classes:$target/lib/*" newsgraph.neo4j.Launcher "$@"
