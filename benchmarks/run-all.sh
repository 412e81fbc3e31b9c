#!/usr/bin/env bash
# Reproduces every figure of benchmarks/RESULTS.md from scratch, in one command: installs the
# library's snapshot, builds the benchmarks, generates the 100k-commit repository if absent, runs the
# JMH suite on it (JSON in work/), runs compare.sh on it (RESULTS-100k.md), then writes RESULTS.md
# with the targets (met or missed by how much), the JMH table, the whole-process table and
# ANALYSIS.md. About 11 minutes on 2 cores, 7 of them git-cliff's whole history (time-out 420 s);
# --skip-competitors reuses the competitors' rows of RESULTS-100k.md and takes about 4 minutes.
# Run it on a quiet machine: the load (uptime) before and after goes into RESULTS.md.
#
# usage: benchmarks/run-all.sh [--skip-competitors] [--no-install] [--runs N]
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
WORK=$HERE/work
COMMITS=100000
TAGS=2000
REPO=$WORK/repo-$COMMITS-$TAGS-seed42
RUNS=5
INSTALL=true
COMPARE_OPTIONS=()

while [ $# -gt 0 ]; do
  case $1 in
    --skip-competitors) COMPARE_OPTIONS+=(--skip-competitors); shift ;;
    --no-install) INSTALL=false; shift ;;
    --runs) RUNS=$2; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done

started=$(date +%s)
LOAD_BEFORE=$(uptime)
echo "run-all: $LOAD_BEFORE" >&2
if [ "$INSTALL" = true ]; then
  (cd "$ROOT" && mvn -B -q -ntp install -DskipTests)
fi
mvn -B -q -ntp -f "$HERE/pom.xml" package -DskipTests
CP="$HERE/target/classes:$(cat "$HERE/target/classpath.txt")"
mkdir -p "$WORK"
if [ ! -d "$REPO/.git" ]; then
  java -cp "$CP" dev.releaserules.benchmarks.SyntheticRepository --commits "$COMMITS" --tags "$TAGS" \
    --seed 42 --out "$REPO" >&2
fi

# JMH: one fork per benchmark, the iterations of each class's annotations but fewer of them.
JMH_ARGS=(-f 1 -wi 2 -i 3 -p repo="$REPO" -p commits="$COMMITS" -rf json -rff "$WORK/jmh-100k.json")
echo "run-all: JMH ${JMH_ARGS[*]}" >&2
(cd "$ROOT" && java -cp "$CP" org.openjdk.jmh.Main "${JMH_ARGS[@]}" > "$WORK/jmh-100k.log")
tail -n 25 "$WORK/jmh-100k.log" >&2

# Whole process.
TIMEOUT_SECONDS=${TIMEOUT_SECONDS:-420} "$HERE/compare.sh" --commits "$COMMITS" --tags "$TAGS" --runs "$RUNS" \
  --repo "$REPO" --results "$HERE/RESULTS-100k.md" "${COMPARE_OPTIONS[@]}"

LOAD_AFTER=$(uptime)
HEADER="Written by \`benchmarks/run-all.sh ${COMPARE_OPTIONS[*]}\` on $(date -u +%Y-%m-%dT%H:%M:%SZ) in $(( $(date +%s) - started )) s.
Machine: $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | sed -n 1p), \`nproc\` $(nproc), $(free -h | awk '/^Mem:/ { print $2 }') RAM,
$(. /etc/os-release && echo "$PRETTY_NAME"), $(java -version 2>&1 | sed -n 1p), $(mvn -v 2>/dev/null | sed -n 1p | sed 's/\x1b\[[0-9;]*m//g'), $(git --version).
Load (\`uptime\`) before: \`${LOAD_BEFORE#*load average: }\`; after: \`${LOAD_AFTER#*load average: }\`.

JMH command (from the project root): \`java -cp benchmarks/target/classes:\$(cat benchmarks/target/classpath.txt) org.openjdk.jmh.Main ${JMH_ARGS[*]//"$HERE"/benchmarks}\`"
# The hand-kept section of issue 16 (real repositories, from compare-real.sh and growth.sh) stays on top.
ISSUE16=$(sed -n '/^## Issue 16/,/^## Targets of issue 7/p' "$HERE/RESULTS.md" 2>/dev/null | sed '$d')
if [ -n "$ISSUE16" ]; then HEADER+=$'\n\n'"$ISSUE16"; fi
java -cp "$CP" dev.releaserules.benchmarks.Report --jmh "$WORK/jmh-100k.json" --compare "$HERE/RESULTS-100k.md" \
  --analysis "$HERE/ANALYSIS.md" --header "$HEADER" --out "$HERE/RESULTS.md"
echo "run-all: wrote $HERE/RESULTS.md in $(( $(date +%s) - started )) s" >&2
