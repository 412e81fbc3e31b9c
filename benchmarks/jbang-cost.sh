#!/usr/bin/env bash
# What a warm JBang script call costs, split into JBang's own JVM and the script's: runs the call
# through ./jbang, then the two JVMs on their own (JBang's Main as the wrapper starts it, with and
# without the wrapper's tuning, and the script's java command that Main prints), and a JVM that
# prints one line, the floor of any java process. Medians of RUNS runs after a warm-up call (which
# builds the script and JBang's class-data-sharing archive when they are missing).
#
# usage: benchmarks/jbang-cost.sh [--runs N] SCRIPT [ARGS...]
#   e.g. benchmarks/jbang-cost.sh examples/validate.java --repo /tmp/demo/work --tag v2.3.0 --version 2.3.0
# environment: as ./jbang (JBANG_REPO, JBANG_CACHE_DIR, RELEASE_RULES_CACHE, JBANG_CLI_VERSION)
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
RUNS=5
if [ "${1:-}" = "--runs" ]; then RUNS=$2; shift 2; fi
if [ $# -eq 0 ] || [ "$1" = "-h" ] || [ "$1" = "--help" ]; then sed -n '2,11p' "$0"; exit 0; fi
cd "$ROOT"

./jbang "$@" > /dev/null 2>&1 || true   # warm: the script built, JBang's archive made
version="${JBANG_CLI_VERSION:-0.132.1}"
cache="${RELEASE_RULES_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/release-rules}/jbang/$version"
classpath=$(find "$cache/lib" -maxdepth 1 -name '*.jar' | LC_ALL=C sort | tr '\n' ':')
archive="$cache/jbang-$(readlink -f "$(command -v java)" | cksum | cut -d' ' -f1).jsa"
tuned=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:disable -Xlog:all=off)
if [ -f "$archive" ]; then tuned+=(-XX:SharedArchiveFile="$archive"); fi
export JBANG_RUNTIME_SHELL=bash JBANG_STDIN_NOTTY=true JBANG_LAUNCH_CMD=./jbang
SCRIPT_CMD=$(java "${tuned[@]}" -classpath "$classpath" dev.jbang.Main "$@" 2>/dev/null || true)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' > "$WORK/Hello.java"
javac -d "$WORK" "$WORK/Hello.java"

# sample NAME COMMAND...: RUNS runs; prints the median wall and CPU (user + system) seconds.
sample() {
  local name=$1; shift
  local i
  for (( i = 0; i < RUNS; i++ )); do
    /usr/bin/time -f "%e %U %S" -o "$WORK/t" "$@" > /dev/null 2>&1 || true
    tail -n 1 "$WORK/t" | awk '{ printf "%.2f %.2f\n", $1, $2 + $3 }'
  done > "$WORK/samples"
  local wall cpu
  wall=$(cut -d' ' -f1 "$WORK/samples" | sort -n | awk '{ v[NR] = $1 } END { printf "%.2f | %.2f", v[1], v[int((NR + 1) / 2)] }')
  cpu=$(cut -d' ' -f2 "$WORK/samples" | sort -n | awk '{ v[NR] = $1 } END { printf "%.2f", v[int((NR + 1) / 2)] }')
  echo "| $name | $wall | $cpu |"
}
echo "Load (\`uptime\`): \`$(uptime | sed 's/.*load average: //')\`; $(java -version 2>&1 | sed -n 1p | tr -d '"'); median of $RUNS warm runs."
echo
echo "| what | wall, fastest (s) | wall, median (s) | CPU, median (s) |"
echo "| --- | ---: | ---: | ---: |"
sample "the whole call: \`./jbang $*\`" ./jbang "$@"
sample "JBang's own JVM, as the wrapper starts it (C1, serial GC, its archive)" \
  java "${tuned[@]}" -classpath "$classpath" dev.jbang.Main "$@"
sample "JBang's own JVM with no options" java -classpath "$classpath" dev.jbang.Main "$@"
sample "the script's JVM alone (the command JBang prints)" bash -c "$SCRIPT_CMD"
sample "the script's JVM without its //JAVA_OPTIONS" \
  bash -c "${SCRIPT_CMD//-XX:TieredStopAtLevel=1 -XX:+UseSerialGC/}"
sample "a JVM that prints one line" java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$WORK" Hello
echo
echo "The script's JVM: \`$(printf '%s' "$SCRIPT_CMD" | grep -o -- ' -XX:[^ ]*' | tr -d '\n' | sed 's/^ //')\` (from its //JAVA_OPTIONS)."
