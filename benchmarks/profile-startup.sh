#!/usr/bin/env bash
# Where a short run of the Changelog command spends its CPU: runs the command RUNS times in a clone
# under async-profiler (CPU samples every millisecond, every thread, the interpreter's and the JVM's
# own frames included), adds the runs' stacks together and prints, per thread, the share of samples,
# then for the main thread the inclusive share of every frame of ours, of JGit's and of the JDK's
# class loading and jar verification. The same JVM options as compare-real.sh (C1, serial collector,
# 16 MiB initial heap), with the class-data-sharing archive or ahead-of-time cache compare-real.sh
# trained, when there is one.
#
# usage: benchmarks/profile-startup.sh [--runs N] [--java JAVA] [--top K] CLONE (--latest | --all)
#   --runs N     runs added together (default 10)
#   --java JAVA  the java launcher (default: java on the PATH)
#   --top K      frames listed (default 40)
# needs: Maven (async-profiler's jar comes from Maven Central, tools.profiler:async-profiler, pinned
# below; its Linux x64 library is taken from the jar), the benchmarks' -cli jar (built when missing).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
WORK=$HERE/work
RUNS=10
JAVA=java
TOP=40
ASYNC_PROFILER_VERSION=4.2
while [ $# -gt 0 ]; do
  case $1 in
    --runs) RUNS=$2; shift 2 ;;
    --java) JAVA=$2; shift 2 ;;
    --top) TOP=$2; shift 2 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) break ;;
  esac
done
if [ $# -ne 2 ]; then echo "usage: benchmarks/profile-startup.sh [--runs N] [--java JAVA] CLONE (--latest | --all)" >&2; exit 2; fi
CLONE=$(realpath "$1"); SCOPE=$2

JAR=$HERE/target/release-benchmarks-0.1.0-SNAPSHOT-cli.jar
if [ ! -f "$JAR" ]; then mvn -B -q -ntp -f "$HERE/pom.xml" package -DskipTests; fi
PROFILER=$WORK/async-profiler-$ASYNC_PROFILER_VERSION
if [ ! -f "$PROFILER/linux-x64/libasyncProfiler.so" ]; then
  mvn -B -q -ntp dependency:get -Dartifact="tools.profiler:async-profiler:$ASYNC_PROFILER_VERSION" >&2
  mkdir -p "$PROFILER"
  (cd "$PROFILER" && unzip -q -o "$HOME/.m2/repository/tools/profiler/async-profiler/$ASYNC_PROFILER_VERSION/async-profiler-$ASYNC_PROFILER_VERSION.jar" 'linux-x64/*')
fi

feature=$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
FLAGS=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms16m)
if [ -f "$WORK/archive-$feature/changelog.aot" ]; then FLAGS+=(-XX:AOTCache="$WORK/archive-$feature/changelog.aot")
elif [ -f "$WORK/archive-$feature/changelog.jsa" ]; then FLAGS+=(-XX:SharedArchiveFile="$WORK/archive-$feature/changelog.jsa"); fi

OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
for (( i = 1; i <= RUNS; i++ )); do
  (cd "$CLONE" && "$JAVA" "${FLAGS[@]}" \
    -agentpath:"$PROFILER/linux-x64/libasyncProfiler.so=start,event=itimer,interval=1ms,threads,collapsed,file=$OUT/$i.txt" \
    -cp "$JAR" dev.releaserules.benchmarks.Changelog "$SCOPE" > /dev/null 2> "$OUT/$i.err")
done
# One line per stack: "[thread];frame;frame... count", thread ids dropped so that the runs add up.
cat "$OUT"/*.txt | sed -E 's/ tid=[0-9]+\]/]/' > "$OUT/all.txt"

echo "$(basename "$CLONE") $SCOPE: $RUNS runs, $("$JAVA" -version 2>&1 | sed -n 1p | tr -d '"'), ${FLAGS[*]}"
echo
echo "| thread | samples | share |"
echo "| --- | ---: | ---: |"
awk '{ n = $NF; split($0, f, ";"); t[f[1]] += n; all += n }
  END { for (k in t) printf "%d\t%s\n", t[k], k; printf "%d\tALL\n", all }' "$OUT/all.txt" | sort -rn \
  | awk -F'\t' 'NR == 1 { all = $1; next } { printf "| %s | %d | %.0f %% |\n", $2, $1, 100 * $1 / all }' | head -8
echo
echo "Main thread, inclusive share of each frame (a frame counted once per stack):"
echo
echo "| share | samples | frame |"
echo "| ---: | ---: | --- |"
main=$(grep -E '^\[(main|DestroyJavaVM)\]' "$OUT/all.txt" || true)
printf '%s\n' "$main" | awk '{ n = $NF; $NF = ""; split($0, f, ";"); delete seen
    for (i in f) { g = f[i]; sub(/ +$/, "", g); if (!(g in seen)) { seen[g] = 1; c[g] += n } }; all += n }
  END { for (k in c) printf "%d\t%s\t%d\n", c[k], k, all }' | sort -rn \
  | grep -E 'dev/releaserules|org/eclipse/jgit|JarVerifier|ClassLoader.loadClass|MessageDigest|LoggerFactory|TimeZone' \
  | head -n "$TOP" | awk -F'\t' '{ printf "| %.0f %% | %d | `%s` |\n", 100 * $1 / $3, $1, $2 }'
