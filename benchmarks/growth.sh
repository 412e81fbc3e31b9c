#!/usr/bin/env bash
# Cost growth: the same benchmarks on synthetic repositories of 10k, 100k and 500k commits (one tag
# per 50 commits, so tags grow with commits too), to show that every operation's cost is linear in
# the commits it reads and never tags x commits. In process (JMH, warm): the whole-history
# changelog, the latest release's changelog, the next version from the repository, the changed
# paths between the latest two releases and between the oldest and the latest v tag; and the
# whole-history changelog as a whole process (wall time and peak memory, one run). Writes a
# Markdown table to stdout and to benchmarks/RESULTS-growth.md.
#
# usage: benchmarks/growth.sh [--sizes "10000 100000 500000"] [--java JAVA]
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
WORK=$HERE/work
SIZES="10000 100000 500000"
JAVA=java
while [ $# -gt 0 ]; do
  case $1 in
    --sizes) SIZES=$2; shift 2 ;;
    --java) JAVA=$2; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done

if [ ! -f "$HERE/target/classpath.txt" ]; then
  mvn -B -q -ntp -f "$HERE/pom.xml" package -DskipTests
fi
CP="$HERE/target/classes:$(cat "$HERE/target/classpath.txt")"
JAR=$HERE/target/release-benchmarks-0.1.0-SNAPSHOT-cli.jar
BENCHMARKS='ChangelogBenchmark.(wholeHistory|latestRelease)$|NextVersionBenchmark.fromRepository|ChangedPathsBenchmark.changedPaths'
LOAD_BEFORE=$(uptime)
ROWS=""
for size in $SIZES; do
  tags=$(( size / 50 ))
  repo=$WORK/repo-$size-$tags-seed42
  if [ ! -d "$repo/.git" ]; then
    "$JAVA" -cp "$CP" dev.releaserules.benchmarks.SyntheticRepository --commits "$size" --tags "$tags" --out "$repo" >&2
  fi
  # The heap grows with the repository; JMH's forks get room for the 500k one.
  (cd "$ROOT" && "$JAVA" -cp "$CP" org.openjdk.jmh.Main "$BENCHMARKS" -f 1 -wi 2 -i 3 -w 1s -r 1s \
    -jvmArgs "-Xmx2g" -p repo="$repo" -p commits="$size" -tu ms -rf csv -rff "$WORK/growth-$size.csv" \
    > "$WORK/growth-$size.log")
  start=$(date +%s%N)
  (cd "$repo" && /usr/bin/time -f %M -o "$WORK/growth-$size.time" "$JAVA" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
    -Xms16m -cp "$JAR" dev.releaserules.benchmarks.Changelog --all > "$WORK/growth-$size.md")
  end=$(date +%s%N)
  score() { # NAME [PARAM] -> score in ms
    awk -F, -v name="$1" -v param="${2:-}" '
      { gsub(/"/, "") }
      $1 ~ name"$" && (param == "" || index($0, ","param",") > 0) { printf "%.3f", $5 }' "$WORK/growth-$size.csv"
  }
  releases=$(grep -c '^## ' "$WORK/growth-$size.md" || true)
  ROWS+="| $size | $tags | $releases | $(score wholeHistory) | $(score latestRelease) | $(score fromRepository) | $(score changedPaths latest) | $(score changedPaths wide) | $(awk -v ns=$(( end - start )) 'BEGIN { printf "%.2f", ns / 1e9 }') | $(awk -v k="$(tail -n 1 "$WORK/growth-$size.time")" 'BEGIN { printf "%.0f", k / 1024 }') |"$'\n'
done
TABLE="| commits | tags | releases | whole history (ms) | latest release (ms) | next version (ms) | changed paths, latest range (ms) | changed paths, oldest v tag to latest (ms) | whole history, whole process (s) | its peak memory (MiB) |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
$ROWS"
{
  echo "# Cost growth"
  echo
  echo "Written by \`benchmarks/growth.sh\` on $(date -u +%Y-%m-%dT%H:%M:%SZ). In process: JMH, one fork, 2 warm-up and 3"
  echo "measured iterations of 1 s, average time per operation (\`-jvmArgs -Xmx2g\`). Whole process: one run of the"
  echo "\`Changelog --all\` command (C1, serial GC, \`-Xms16m\`, no class-data-sharing archive)."
  echo "Load (\`uptime\`) before: \`${LOAD_BEFORE#*load average: }\`; after: \`$(uptime | sed 's/.*load average: //')\`."
  echo
  printf '%s' "$TABLE"
} | tee "$HERE/RESULTS-growth.md"
