#!/usr/bin/env bash
# Whole-process comparison on real clones: git log (the lower bound), our library's Changelog
# command, git-cliff and conventional-changelog-cli, over the whole history and over the latest
# release, with the wall time (median of RUNS runs after one warm-up round) and the peak resident
# memory (/usr/bin/time, the largest of the runs) of every command. The commands run interleaved:
# every round runs each command once, in the same order, so that a change of load on a shared
# machine touches every tool alike. A command whose warm-up takes more than SLOW_SECONDS is not
# run again (its warm-up is its one sample). Writes a Markdown results file with the repositories'
# commits, the machine, the load (uptime) before and after, the tool versions and the command lines.
#
# usage: benchmarks/compare-real.sh [--runs N] [--results FILE] [--java JAVA] [--also-java JAVA]
#                                   [--baseline JAR] [--no-competitors] CLONE...
#   CLONE             a clone of a repository (any: the branch checked out is the history measured)
#   --runs N          measured rounds after the warm-up round (default 5)
#   --results FILE    the results file (default benchmarks/RESULTS-real.md)
#   --java JAVA       the java launcher of our command (default: java on the PATH); with JDK 25 or
#                     later our command runs from an ahead-of-time cache, before that from an
#                     application class-data-sharing archive, both trained on a synthetic repository
#   --also-java JAVA  also our command on a second java launcher (say JDK 25 beside JDK 17), in the
#                     same rounds, with its own archive or cache; its verdicts get rows of their own
#                     (archives are kept per java launcher: two builds of one feature release never
#                     share one)
#   --no-competitors  git log and our command only
#   --baseline JAR    also our command from another -cli jar (an earlier build), as "release-rules before"
# environment: SLOW_SECONDS (default 10), TIMEOUT_SECONDS (default 600)
# needs: git, java, Maven (to build the benchmarks once), /usr/bin/time (Debian package `time`),
# and for the competitors Node.js with npm: git-cliff and conventional-changelog-cli are installed
# from the npm registry, at the pinned versions below, into benchmarks/work/node.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
WORK=$HERE/work
RUNS=5
RESULTS=$HERE/RESULTS-real.md
JAVA=java
COMPETITORS=true
BASELINE=""
ALSO_JAVA=""
SLOW_SECONDS=${SLOW_SECONDS:-10}
TIMEOUT_SECONDS=${TIMEOUT_SECONDS:-600}
GIT_CLIFF_VERSION=2.14.2
CONVENTIONAL_CHANGELOG_CLI_VERSION=5.0.0
CLONES=()

while [ $# -gt 0 ]; do
  case $1 in
    --runs) RUNS=$2; shift 2 ;;
    --results) RESULTS=$(realpath -m "$2"); shift 2 ;;
    --java) JAVA=$(realpath "$(command -v "$2")"); shift 2 ;;
    --no-competitors) COMPETITORS=false; shift ;;
    --baseline) BASELINE=$(realpath "$2"); shift 2 ;;
    --also-java) ALSO_JAVA=$(realpath "$(command -v "$2")"); shift 2 ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    -*) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
    *) CLONES+=("$(realpath "$1")"); shift ;;
  esac
done
if [ ${#CLONES[@]} -eq 0 ]; then echo "no clone given (see --help)" >&2; exit 2; fi
log() { printf '%s\n' "$*" >&2; }

if [ ! -x /usr/bin/time ]; then
  log "installing the Debian package time (for /usr/bin/time)"
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y -qq time >&2; else sudo apt-get install -y -qq time >&2; fi
fi

# ---------------------------------------------------------------------------------- our command
OUR_JAR=$HERE/target/release-benchmarks-0.1.0-SNAPSHOT-cli.jar
if [ ! -f "$OUR_JAR" ]; then
  log "building the benchmarks (the library's snapshot must be installed: mvn install -DskipTests)"
  mvn -B -q -f "$HERE/pom.xml" package -DskipTests
fi
TRAINING=$WORK/repo-2000-40-seed42
if [ ! -d "$TRAINING/.git" ]; then
  java -cp "$HERE/target/classes" dev.releaserules.benchmarks.SyntheticRepository --commits 2000 --tags 40 \
    --out "$TRAINING" > /dev/null
fi
java_feature() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
java_name() { "$1" -version 2>&1 | sed -n 1p | tr -d '"'; }
# C1 only (a process of a second gains nothing from C2 on 2 cores), the serial collector with a
# small initial heap (no GC threads to start; the heap grows only as far as the live data needs,
# where the default initial heap of 1/64 of the memory lets a short run touch ~100 MiB before its
# first collection), and the classes from an archive made once by a training run on a synthetic
# repository, never on a measured one.
JVM_FLAGS=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms16m)
# command_for NAME JAR [JAVA]: sets CMD to our Changelog command from JAR on JAVA (default: --java) with
# its own archive, trained once per jar and java launcher, and PREFIX to CMD without the main class.
command_for() {
  local name=$1 jar=$2 java=${3:-$JAVA} archive feature archives
  feature=$(java_feature "$java")
  if ! [[ $feature =~ ^[0-9]+$ ]]; then log "cannot run $java (no java.specification.version)"; exit 2; fi
  archives=$WORK/archive-$feature-$(realpath "$(command -v "$java")" | cksum | cut -d' ' -f1)
  mkdir -p "$archives"
  CMD=("$java" "${JVM_FLAGS[@]}")
  if [ "$feature" -ge 25 ]; then
    archive=$archives/$name.aot
    if [ ! -f "$archive" ] || [ "$jar" -nt "$archive" ]; then
      log "training the ahead-of-time cache $archive"
      rm -f "$archive"
      (cd "$TRAINING" && "${CMD[@]}" -XX:AOTCacheOutput="$archive" -cp "$jar" \
        dev.releaserules.benchmarks.Changelog --all > /dev/null 2> "$archive.log")
    fi
    CMD+=(-XX:AOTCache="$archive")
  else
    archive=$archives/$name.jsa
    if [ ! -f "$archive" ] || [ "$jar" -nt "$archive" ]; then
      log "training the class-data-sharing archive $archive"
      rm -f "$archive"
      (cd "$TRAINING" && "${CMD[@]}" -XX:DumpLoadedClassList="$archive.classes" -cp "$jar" \
        dev.releaserules.benchmarks.Changelog --all > /dev/null)
      "$java" -Xshare:dump -XX:SharedClassListFile="$archive.classes" -XX:SharedArchiveFile="$archive" \
        -cp "$jar" > "$archive.log" 2>&1
    fi
    CMD+=(-XX:SharedArchiveFile="$archive")
  fi
  CMD+=(-cp "$jar")
  PREFIX=("${CMD[@]}")
  CMD+=(dev.releaserules.benchmarks.Changelog)
}
command_for changelog "$OUR_JAR"
OUR=("${CMD[@]}")
# The floor under our command, with its JVM options and archive: a JVM that prints a line, one that
# also opens the repository, one that also lists the tag names (StartupFloor).
FLOOR=("${PREFIX[@]}" dev.releaserules.benchmarks.StartupFloor)
if [ -n "$BASELINE" ]; then
  command_for baseline "$BASELINE"
  BASE=("${CMD[@]}")
fi
ALSO_TOOL=""
if [ -n "$ALSO_JAVA" ]; then
  command_for changelog "$OUR_JAR" "$ALSO_JAVA"
  ALSO=("${CMD[@]}")
  ALSO_TOOL="release-rules on $(java_name "$ALSO_JAVA")"
fi

# ---------------------------------------------------------------------------------- competitors
NODE_DIR=$WORK/node
if [ "$COMPETITORS" = true ]; then
  if [ ! -x "$NODE_DIR/node_modules/.bin/conventional-changelog" ] \
     || ! compgen -G "$NODE_DIR/node_modules/git-cliff-*/bin/git-cliff" > /dev/null \
     || [ "$(node -p "require('$NODE_DIR/node_modules/git-cliff/package.json').version")" != "$GIT_CLIFF_VERSION" ]; then
    log "installing git-cliff $GIT_CLIFF_VERSION and conventional-changelog-cli $CONVENTIONAL_CHANGELOG_CLI_VERSION into $NODE_DIR"
    mkdir -p "$NODE_DIR"
    (cd "$NODE_DIR" && npm install --no-audit --no-fund --save-exact "git-cliff@$GIT_CLIFF_VERSION" \
      "conventional-changelog-cli@$CONVENTIONAL_CHANGELOG_CLI_VERSION" >&2)
  fi
  # git-cliff's native binary, not its Node launcher, so that Node's start-up is not counted against it.
  GIT_CLIFF=$(compgen -G "$NODE_DIR/node_modules/git-cliff-*/bin/git-cliff" | sed -n 1p)
  CONVENTIONAL_CHANGELOG=$NODE_DIR/node_modules/.bin/conventional-changelog
fi

# Release tags for the competitors: versions with or without "v", pre-releases included (they
# cannot tell them apart by pattern alone); per-package tags (create-vite@5.0.0) and junk left out.
RELEASE_TAG_REGEX='^v?[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?$'
GIT_FORMAT='--format=%H%x00%s%x00%b'

# ---------------------------------------------------------------------------------- measurement
# Every command: repository index, tool, scope, and the words of the command.
C_REPO=(); C_TOOL=(); C_SCOPE=(); C_WORDS=(); C_SLOW=(); C_TIMES=(); C_RSS=(); C_LINES=(); C_STATUS=()
add() { # REPO_INDEX TOOL SCOPE WORD...
  C_REPO+=("$1"); C_TOOL+=("$2"); C_SCOPE+=("$3"); shift 3
  local words="" word
  for word in "$@"; do words+="$(printf '%q' "$word") "; done
  C_WORDS+=("$words"); C_SLOW+=(false); C_TIMES+=(""); C_RSS+=(0); C_LINES+=(0); C_STATUS+=(ok)
}

R_NAME=(); R_PATH=(); R_DESC=(); R_LATEST=(); R_PREVIOUS=(); R_COMMITS=()
for i in "${!CLONES[@]}"; do
  clone=${CLONES[$i]}
  name=$(basename "$clone")
  branch=$(git -C "$clone" symbolic-ref --short HEAD 2>/dev/null || echo HEAD)
  # The latest release as our command counts it: the highest final version, then the one before it.
  mapfile -t finals < <(git -C "$clone" tag | grep -E '^v?[0-9]+\.[0-9]+\.[0-9]+$' \
    | awk '{ v = $0; sub(/^v/, "", v); split(v, p, "."); printf "%010d%010d%010d %s\n", p[1], p[2], p[3], $0 }' \
    | sort -r | awk '{ print $2 }' | sed -n 1,2p)
  latest=${finals[0]:-}; previous=${finals[1]:-}
  R_NAME+=("$name"); R_PATH+=("$clone"); R_LATEST+=("$latest"); R_PREVIOUS+=("$previous")
  R_COMMITS+=("$(git -C "$clone" rev-list --count HEAD)")
  R_DESC+=("$name: \`$branch\` at \`$(git -C "$clone" rev-parse HEAD)\` ($(git -C "$clone" log -1 --format=%cs)), $(git -C "$clone" rev-list --count HEAD) commits, $(git -C "$clone" tag | wc -l | tr -d ' ') tags, latest release range \`$previous..$latest\` ($(git -C "$clone" rev-list --count "$previous..$latest") commits)")
  add "$i" "git log" whole git log "$GIT_FORMAT" HEAD
  add "$i" "git log" latest git log "$GIT_FORMAT" "$previous..$latest"
  add "$i" "release-rules" whole "${OUR[@]}" --all
  add "$i" "release-rules" latest "${OUR[@]}" --latest
  add "$i" floor jvm "${FLOOR[@]}" jvm
  add "$i" floor open "${FLOOR[@]}" open
  add "$i" floor tags "${FLOOR[@]}" tags
  if [ -n "$ALSO_JAVA" ]; then
    add "$i" "$ALSO_TOOL" whole "${ALSO[@]}" --all
    add "$i" "$ALSO_TOOL" latest "${ALSO[@]}" --latest
  fi
  if [ -n "$BASELINE" ]; then
    add "$i" "release-rules before" whole "${BASE[@]}" --all
    add "$i" "release-rules before" latest "${BASE[@]}" --latest
  fi
  if [ "$COMPETITORS" = true ]; then
    add "$i" git-cliff whole "$GIT_CLIFF" --tag-pattern "$RELEASE_TAG_REGEX"
    add "$i" git-cliff latest "$GIT_CLIFF" --tag-pattern "$RELEASE_TAG_REGEX" --latest
    add "$i" conventional-changelog whole "$CONVENTIONAL_CHANGELOG" -p angular -r 0
    add "$i" conventional-changelog latest "$CONVENTIONAL_CHANGELOG" -p angular -r 2
  fi
done

OUT=$WORK/out-real
mkdir -p "$OUT"
# run INDEX: one run of command INDEX in its repository; appends its wall time and keeps the largest RSS.
run() {
  local c=$1 clone=${R_PATH[${C_REPO[$1]}]} output=$OUT/$c.txt start end status=0 rss
  start=$(date +%s%N)
  (cd "$clone" && eval "timeout $TIMEOUT_SECONDS /usr/bin/time -f %M -o $OUT/$c.time ${C_WORDS[$c]}" \
    > "$output" 2> "$output.err") || status=$?
  end=$(date +%s%N)
  if [ "$status" -ne 0 ]; then
    C_STATUS[$c]=$([ "$status" -eq 124 ] && echo "timeout>${TIMEOUT_SECONDS}" || echo "failed($status)")
    C_SLOW[$c]=true
    return
  fi
  rss=$(tail -n 1 "$OUT/$c.time")
  if [ "$rss" -gt "${C_RSS[$c]}" ]; then C_RSS[$c]=$rss; fi
  C_LINES[$c]=$(wc -l < "$output" | tr -d ' ')
  C_TIMES[$c]+="$(awk -v ns=$(( end - start )) 'BEGIN { printf "%.3f", ns / 1e9 }') "
}

LOAD_BEFORE=$(uptime)
started=$(date +%s)
log "warm-up round ($LOAD_BEFORE)"
for c in "${!C_TOOL[@]}"; do
  run "$c"
  first=${C_TIMES[$c]%% *}
  log "  ${R_NAME[${C_REPO[$c]}]} ${C_TOOL[$c]} ${C_SCOPE[$c]}: ${first:-${C_STATUS[$c]}} s"
  if [ -n "$first" ] && awk -v s="$first" -v slow="$SLOW_SECONDS" 'BEGIN { exit !(s > slow) }'; then
    C_SLOW[$c]=true
  else
    C_TIMES[$c]=""   # the warm-up of a fast command is not a sample
  fi
done
for (( round = 1; round <= RUNS; round++ )); do
  log "round $round of $RUNS ($(uptime | sed 's/.*load average: //'))"
  for c in "${!C_TOOL[@]}"; do
    if [ "${C_SLOW[$c]}" = false ]; then run "$c"; fi
  done
done
LOAD_AFTER=$(uptime)
elapsed=$(( $(date +%s) - started ))

median() { # TIMES -> median
  printf '%s\n' $1 | sort -n | awk '{ v[NR] = $1 } END {
    if (NR == 0) print "-"; else if (NR % 2) printf "%.3f", v[(NR + 1) / 2]; else printf "%.3f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
M_MEDIAN=()
for c in "${!C_TOOL[@]}"; do
  if [ "${C_STATUS[$c]}" = ok ]; then M_MEDIAN+=("$(median "${C_TIMES[$c]}")"); else M_MEDIAN+=("${C_STATUS[$c]}"); fi
done
find_cmd() { # REPO TOOL SCOPE -> command index
  local c
  for c in "${!C_TOOL[@]}"; do
    if [ "${C_REPO[$c]}" = "$1" ] && [ "${C_TOOL[$c]}" = "$2" ] && [ "${C_SCOPE[$c]}" = "$3" ]; then echo "$c"; return; fi
  done
  echo -1
}
cell() { local c; c=$(find_cmd "$@"); if [ "$c" -ge 0 ]; then echo "${M_MEDIAN[$c]}"; else echo "-"; fi; }
mib() { local c; c=$(find_cmd "$@"); if [ "$c" -ge 0 ]; then awk -v k="${C_RSS[$c]}" 'BEGIN { printf "%.0f", k / 1024 }'; else echo "-"; fi; }
quotient() { # COMPETITOR OURS -> competitor / ours, unrounded (the verdicts compare this)
  awk -v a="$1" -v b="$2" 'BEGIN { sub(/^timeout>/, "", a); if (a !~ /^[0-9.]+$/ || b !~ /^[0-9.]+$/ || b == 0) print "-"; else printf "%.6f", a / b }'
}
speedup() { # COMPETITOR OURS -> competitor / ours, as printed
  awk -v q="$(quotient "$1" "$2")" 'BEGIN { if (q == "-") print "-"; else printf "%.1f×", q }'
}

# Columns for "ours before" and the second JDK only when they ran.
extra_header=""; extra_rule=""
if [ -n "$BASELINE" ]; then extra_header+=" ours before: whole, latest, peak |"; extra_rule+=" ---: |"; fi
if [ -n "$ALSO_JAVA" ]; then extra_header+=" ours on ${ALSO_TOOL#release-rules on }: whole, latest, peak |"; extra_rule+=" ---: |"; fi
extra_cells() { # REPO -> the extra cells of its summary row
  local cells=""
  if [ -n "$BASELINE" ]; then cells+=" $(cell "$1" "release-rules before" whole) s, $(cell "$1" "release-rules before" latest) s, $(mib "$1" "release-rules before" whole) MiB |"; fi
  if [ -n "$ALSO_JAVA" ]; then cells+=" $(cell "$1" "$ALSO_TOOL" whole) s, $(cell "$1" "$ALSO_TOOL" latest) s, $(mib "$1" "$ALSO_TOOL" whole) MiB |"; fi
  printf '%s' "$cells"
}
SUMMARY="| repository | git log whole | ours whole | git-cliff whole | conventional-changelog whole | ours latest | git-cliff latest | conventional-changelog latest | our peak, whole | git-cliff peak, whole | conventional-changelog peak, whole |$extra_header
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |$extra_rule"
SPEEDUPS="| repository | whole: git-cliff / ours | whole: conventional-changelog / ours | latest: ours | latest: git-cliff | latest: conventional-changelog |
| --- | ---: | ---: | ---: | ---: | ---: |"
for i in "${!R_NAME[@]}"; do
  ours=$(cell "$i" release-rules whole)
  SUMMARY+=$'\n'"| ${R_NAME[$i]} | $(cell "$i" "git log" whole) s | $ours s | $(cell "$i" git-cliff whole) s | $(cell "$i" conventional-changelog whole) s | $(cell "$i" release-rules latest) s | $(cell "$i" git-cliff latest) s | $(cell "$i" conventional-changelog latest) s | $(mib "$i" release-rules whole) MiB | $(mib "$i" git-cliff whole) MiB | $(mib "$i" conventional-changelog whole) MiB |$(extra_cells "$i")"
  SPEEDUPS+=$'\n'"| ${R_NAME[$i]} | $(speedup "$(cell "$i" git-cliff whole)" "$ours") | $(speedup "$(cell "$i" conventional-changelog whole)" "$ours") | $(cell "$i" release-rules latest) s | $(cell "$i" git-cliff latest) s | $(cell "$i" conventional-changelog latest) s |"
done
FLOORS="| repository | git log whole | a JVM that prints a line | + opening the repository | + listing the tag names | ours latest | ours whole |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
for i in "${!R_NAME[@]}"; do
  FLOORS+=$'\n'"| ${R_NAME[$i]} | $(cell "$i" "git log" whole) s | $(cell "$i" floor jvm) s | $(cell "$i" floor open) s | $(cell "$i" floor tags) s | $(cell "$i" release-rules latest) s | $(cell "$i" release-rules whole) s |"
done
# The targets of issue 16: whole history at least 10x faster than both competitors; the latest
# release in at most 0.12 s on a small repository (under 5,000 commits) and never slower than
# git-cliff on a larger one; peak memory of the whole history at most 128 MiB.
verdict() { # VALUE OP LIMIT -> met / missed / -
  awk -v v="$1" -v op="$2" -v l="$3" 'BEGIN { sub(/^timeout>/, "", l);
    if (v !~ /^[0-9.]+$/ || l !~ /^[0-9.]+$/) { print "-"; exit }
    ok = (op == ">=") ? (v + 0 >= l + 0) : (v + 0 <= l + 0); print ok ? "met" : "missed" }'
}
TARGETS="| repository | our command | target | ours | reference | measured | verdict |
| --- | --- | --- | ---: | ---: | ---: | --- |"
# target_rows TOOL: appends to TARGETS the verdicts of our command TOOL on every clone.
target_rows() {
  local tool=$1 i ours ours_latest peer label
  label=$([ "$tool" = release-rules ] && java_name "$JAVA" || echo "${tool#release-rules on }")
  for i in "${!R_NAME[@]}"; do
    ours=$(cell "$i" "$tool" whole); ours_latest=$(cell "$i" "$tool" latest)
    if [ "$COMPETITORS" = true ]; then
      for peer in git-cliff conventional-changelog; do
        TARGETS+=$'\n'"| ${R_NAME[$i]} | $label | whole history ≥ 10× faster than $peer | $ours s | $(cell "$i" "$peer" whole) s | $(speedup "$(cell "$i" "$peer" whole)" "$ours") | $(verdict "$(quotient "$(cell "$i" "$peer" whole)" "$ours")" ">=" 10) |"
      done
    fi
    if [ "${R_COMMITS[$i]}" -lt 5000 ]; then
      TARGETS+=$'\n'"| ${R_NAME[$i]} | $label | latest release ≤ 0.12 s | $ours_latest s | 0.12 s | $ours_latest s | $(verdict "$ours_latest" "<=" 0.12) |"
    elif [ "$COMPETITORS" = true ]; then
      TARGETS+=$'\n'"| ${R_NAME[$i]} | $label | latest release ≤ git-cliff's | $ours_latest s | $(cell "$i" git-cliff latest) s | $(speedup "$ours_latest" "$(cell "$i" git-cliff latest)") of git-cliff's | $(verdict "$ours_latest" "<=" "$(cell "$i" git-cliff latest)") |"
    fi
    TARGETS+=$'\n'"| ${R_NAME[$i]} | $label | peak memory, whole history ≤ 128 MiB | $(mib "$i" "$tool" whole) MiB | 128 MiB | $(mib "$i" "$tool" whole) MiB | $(verdict "$(mib "$i" "$tool" whole)" "<=" 128) |"
  done
}
target_rows release-rules
if [ -n "$ALSO_JAVA" ]; then target_rows "$ALSO_TOOL"; fi
printf '\n%s\n' "$TARGETS"

DETAIL="| repository | tool | scope | median (s) | samples (s) | peak RSS (MiB) | output lines |
| --- | --- | --- | ---: | --- | ---: | ---: |"
for c in "${!C_TOOL[@]}"; do
  DETAIL+=$'\n'"| ${R_NAME[${C_REPO[$c]}]} | ${C_TOOL[$c]} | ${C_SCOPE[$c]} | ${M_MEDIAN[$c]} | ${C_TIMES[$c]% } | $(awk -v k="${C_RSS[$c]}" 'BEGIN { printf "%.0f", k / 1024 }') | ${C_LINES[$c]} |"
done
printf '\n%s\n\n%s\n\n%s\n' "$SUMMARY" "$SPEEDUPS" "$FLOORS"

TMP=$(mktemp "$RESULTS.XXXXXX")
{
  echo "# Whole-process results on real repositories"
  echo
  echo "Written by \`benchmarks/compare-real.sh\` on $(date -u +%Y-%m-%dT%H:%M:%SZ) in $elapsed s: wall time of the whole"
  echo "process, median of $RUNS interleaved rounds after one warm-up round (a command whose warm-up took"
  echo "more than $SLOW_SECONDS s ran once: *samples* shows it); peak resident memory is the largest of the runs."
  echo
  echo "Load (\`uptime\`) before: \`${LOAD_BEFORE#*load average: }\`; after: \`${LOAD_AFTER#*load average: }\`."
  echo
  echo "## Repositories"
  echo
  for i in "${!R_DESC[@]}"; do echo "- ${R_DESC[$i]}"; done
  echo
  echo "## Summary"
  echo
  printf '%s\n\n%s\n' "$SUMMARY" "$SPEEDUPS"
  echo
  echo "## The floor under our command"
  echo
  echo "The same JVM, options and archive as our command ($(java_name "$JAVA")), running \`StartupFloor\`:"
  echo "what any run costs before the changelog's own work starts."
  echo
  printf '%s\n' "$FLOORS"
  echo
  echo "## Targets of issue 16"
  echo
  echo "Small repositories have fewer than 5,000 commits; the memory target, set for angular-cli, is checked on every clone."
  echo
  printf '%s\n' "$TARGETS"
  echo
  echo "## Every command"
  echo
  printf '%s\n' "$DETAIL"
  echo
  echo "## Machine"
  echo
  echo '```text'
  lscpu | grep -E '^(Architecture|CPU\(s\)|Model name|Thread|Core|Socket|L2|L3|Hypervisor)' || true
  free -h
  echo '```'
  echo
  echo "- $(. /etc/os-release && echo "$PRETTY_NAME"), $(uname -r); $(git --version)"
  echo "- our command: $("$JAVA" -version 2>&1 | sed -n 1p | tr -d '"'), \`${OUR[*]//"$HERE"/\$BENCH}\`"
  if [ -n "$ALSO_JAVA" ]; then echo "- \"$ALSO_TOOL\": $("$ALSO_JAVA" -version 2>&1 | sed -n 1p | tr -d '"'), \`${ALSO[*]//"$HERE"/\$BENCH}\`"; fi
  if [ -n "$BASELINE" ]; then echo "- \"release-rules before\": the same command from \`$BASELINE\`, an earlier build, with its own archive"; fi
  if [ "$COMPETITORS" = true ]; then
    echo "- node $(node --version); $("$GIT_CLIFF" --version) (native binary); conventional-changelog-cli $(node -p "require('$NODE_DIR/node_modules/conventional-changelog-cli/package.json').version")"
  fi
  echo
  echo "## Command lines (run in the clone)"
  echo
  echo '```bash'
  echo "BENCH=\$PWD/benchmarks   # from the root of the project"
  for c in "${!C_TOOL[@]}"; do
    if [ "${C_REPO[$c]}" = 0 ]; then echo "${C_WORDS[$c]//"$HERE"/\$BENCH}> out.txt"; fi
  done
  echo '```'
  echo
  echo "The other clones run the same commands with their own latest release range for \`git log\`."
  echo "git-cliff runs with its built-in default configuration (none of the clones has a \`cliff.toml\`),"
  echo "conventional-changelog with the angular preset; both count pre-release tags as releases, ours does"
  echo "not (as the release flow counts them), and ours reads \`vX.Y.Z\` and \`X.Y.Z\` tags."
} > "$TMP"
mv -f "$TMP" "$RESULTS"
log "wrote $RESULTS"
