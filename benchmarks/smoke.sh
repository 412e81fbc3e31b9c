#!/usr/bin/env bash
# One-iteration smoke run of every JMH benchmark and of the Changelog command on a small synthetic
# repository (2,000 commits, 40 tags), so that they never rot; seconds, not minutes. Needs the
# project's snapshot in the local Maven repository (`mvn install -DskipTests` at the root) and
# nothing but Maven Central. The figures it prints mean nothing: one short iteration, no fork.
#
# usage: benchmarks/smoke.sh
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
REPO=$HERE/work/repo-2000-40-seed42

mvn -B -q -ntp -f "$HERE/pom.xml" package -DskipTests
CP="$HERE/target/classes:$(cat "$HERE/target/classpath.txt")"

if [ ! -d "$REPO/.git" ]; then
  java -cp "$CP" dev.releaserules.benchmarks.SyntheticRepository --commits 2000 --tags 40 --out "$REPO" > /dev/null
fi

# The whole-process command of compare.sh: both scopes must print release sections.
for scope in --all --latest; do
  sections=$(java -cp "$CP" dev.releaserules.benchmarks.Changelog --repo "$REPO" "$scope" | grep -c '^## ' || true)
  if [ "$sections" -lt 1 ]; then
    echo "smoke: Changelog $scope printed no release section" >&2
    exit 1
  fi
  echo "smoke: Changelog $scope: $sections release section(s)"
done

# The floor compare-real.sh measures beside the command: each stage prints its one line.
expected=(started opened "40 tags")
stages=(jvm open tags)
for k in 0 1 2; do
  printed=$(cd "$REPO" && java -cp "$CP" dev.releaserules.benchmarks.StartupFloor "${stages[$k]}") \
    || printed="(exit status $?)"
  if [ "$printed" != "${expected[$k]}" ]; then
    echo "smoke: StartupFloor ${stages[$k]} printed '$printed', expected '${expected[$k]}'" >&2
    exit 1
  fi
done
echo "smoke: StartupFloor: jvm, open and tags ran"

# Every benchmark once: no fork, no warm-up, one iteration of 100 ms; -foe fails the run on any error.
cd "$ROOT"
java -cp "$CP" org.openjdk.jmh.Main -f 0 -wi 0 -i 1 -r 100ms -foe true \
  -p repo="$REPO" -p commits=2000 -rf text -rff "$HERE/target/smoke.txt" > "$HERE/target/smoke.log" 2>&1 || {
  tail -n 60 "$HERE/target/smoke.log" >&2
  echo "smoke: a benchmark failed (log: $HERE/target/smoke.log)" >&2
  exit 1
}
cat "$HERE/target/smoke.txt"
echo "smoke: $(grep -c '^[A-Z][A-Za-z]*Benchmark\.' "$HERE/target/smoke.txt") benchmark results"
