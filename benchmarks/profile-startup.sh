#!/usr/bin/env bash
# Where a short run of the Changelog command spends its CPU: runs the command RUNS times in a clone
# under async-profiler (CPU samples in its itimer mode, asked for every millisecond, delivered as
# often as the kernel's timer allows: about every 4 ms on the machine of RESULTS.md; every thread,
# the interpreter's and the JVM's own frames included), adds the runs' stacks together and prints
# the samples per run, then per thread the share of samples,
# then for the main thread the inclusive share of every frame of ours, of JGit's and of the JDK's
# class loading and jar verification. The same JVM options as compare-real.sh (C1, serial collector,
# 16 MiB initial heap), with the class-data-sharing archive or ahead-of-time cache compare-real.sh
# trained for the same java launcher, when there is one and it is newer than the jar.
#
# usage: benchmarks/profile-startup.sh [--runs N] [--java JAVA] [--top K] CLONE (--latest | --all)
#   --runs N     runs added together (default 10)
#   --java JAVA  the java launcher (default: java on the PATH)
#   --top K      frames listed (default 40)
# needs: Maven (async-profiler's jar comes from Maven Central, tools.profiler:async-profiler, pinned
# below; its Linux x64 library is taken from the jar with unzip), the benchmarks' -cli jar (built
# when missing).
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
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) break ;;
  esac
done
usage() { echo "usage: benchmarks/profile-startup.sh [--runs N] [--java JAVA] [--top K] CLONE (--latest | --all)" >&2; exit 2; }
if [ $# -ne 2 ]; then usage; fi
case $2 in --latest|--all) ;; *) usage ;; esac
CLONE=$(realpath "$1"); SCOPE=$2

JAR=$HERE/target/release-benchmarks-0.1.0-SNAPSHOT-cli.jar
if [ ! -f "$JAR" ]; then mvn -B -q -ntp -f "$HERE/pom.xml" package -DskipTests; fi
PROFILER=$WORK/async-profiler-$ASYNC_PROFILER_VERSION
if [ ! -f "$PROFILER/linux-x64/libasyncProfiler.so" ]; then
  mkdir -p "$PROFILER"
  mvn -B -q -ntp dependency:copy -Dartifact="tools.profiler:async-profiler:$ASYNC_PROFILER_VERSION" \
    -DoutputDirectory="$PROFILER" >&2
  (cd "$PROFILER" && unzip -q -o "async-profiler-$ASYNC_PROFILER_VERSION.jar" 'linux-x64/*')
fi

feature=$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
# compare-real.sh keeps its archives per java launcher (its command_for).
archives=$WORK/archive-$feature-$(realpath "$(command -v "$JAVA")" | cksum | cut -d' ' -f1)
FLAGS=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms16m)
if [ "$archives/changelog.aot" -nt "$JAR" ]; then FLAGS+=(-XX:AOTCache="$archives/changelog.aot")
elif [ "$archives/changelog.jsa" -nt "$JAR" ]; then FLAGS+=(-XX:SharedArchiveFile="$archives/changelog.jsa"); fi

OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
for (( i = 1; i <= RUNS; i++ )); do
  (cd "$CLONE" && "$JAVA" "${FLAGS[@]}" \
    -agentpath:"$PROFILER/linux-x64/libasyncProfiler.so=start,event=itimer,interval=1ms,threads,collapsed,file=$OUT/$i.txt" \
    -cp "$JAR" dev.releaserules.benchmarks.Changelog "$SCOPE" > /dev/null 2> "$OUT/$i.err") \
    || { echo "profile-startup: run $i failed:" >&2; cat "$OUT/$i.err" >&2; exit 1; }
done
# One line per stack: "[thread];frame;frame... count", thread ids dropped so that the runs add up.
cat "$OUT"/*.txt | sed -E 's/ tid=[0-9]+\]/]/' > "$OUT/all.txt"

total=$(awk '{ n += $NF } END { print n + 0 }' "$OUT/all.txt")
echo "$(basename "$CLONE") $SCOPE: $RUNS runs, $total samples ($(( total / RUNS )) per run), $("$JAVA" -version 2>&1 | sed -n 1p | tr -d '"'), ${FLAGS[*]}"
echo
echo "| thread | samples | share |"
echo "| --- | ---: | ---: |"
awk '{ n = $NF; split($0, f, ";"); t[f[1]] += n; all += n }
  END { for (k in t) printf "%d\t%s\n", t[k], k; printf "%d\tALL\n", all }' "$OUT/all.txt" | sort -rn \
  | awk -F'\t' 'NR == 1 { all = $1; next } NR <= 9 { printf "| %s | %d | %.0f %% |\n", $2, $1, 100 * $1 / all }'
echo
echo "Main thread, inclusive share of each frame (a frame counted once per stack):"
echo
echo "| share | samples | frame |"
echo "| ---: | ---: | --- |"
# The main thread is "main" or, once main has returned, "DestroyJavaVM"; awk alone filters and cuts,
# so that no early-closing pipe can fail the script under pipefail.
awk '/^\[(main|DestroyJavaVM)\]/ { n = $NF; $NF = ""; split($0, f, ";"); delete seen
    for (i in f) { g = f[i]; sub(/ +$/, "", g); if (!(g in seen)) { seen[g] = 1; c[g] += n } }; all += n }
  END { for (k in c) printf "%d\t%s\t%d\n", c[k], k, all }' "$OUT/all.txt" | sort -rn \
  | awk -F'\t' -v top="$TOP" '$2 ~ /dev\/releaserules|org\/eclipse\/jgit|JarVerifier|ClassLoader.loadClass|MessageDigest|LoggerFactory|TimeZone/ && ++n <= top {
      printf "| %.0f %% | %d | `%s` |\n", 100 * $1 / $3, $1, $2 }'
