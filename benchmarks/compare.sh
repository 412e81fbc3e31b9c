#!/usr/bin/env bash
# Whole-process comparison on a synthetic repository: git log (the lower bound), our library's
# Changelog command, git-cliff and conventional-changelog-cli. Each command runs in the
# repository with its output written to a file; the script reports the median wall time of RUNS
# runs after one warm-up run (a command whose warm-up takes more than SLOW_SECONDS is run once and
# that run is its only sample), prints medians and ratios, and writes a results file (default
# RESULTS-10k.md for 10,000 commits, RESULTS-100k.md for 100,000).
#
# usage: benchmarks/compare.sh [--commits N] [--tags N] [--seed S] [--runs N] [--repo DIR]
#                              [--results FILE] [--skip-competitors]
#   --skip-competitors  measure git log and our library only; the git-cliff and
#                       conventional-changelog rows are copied from the existing results file
# environment: SLOW_SECONDS (default 20), TIMEOUT_SECONDS (default 900)
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
WORK=$HERE/work

COMMITS=10000
TAGS=""
SEED=42
RUNS=5
REPO=""
RESULTS=""
SKIP_COMPETITORS=false
SLOW_SECONDS=${SLOW_SECONDS:-20}
TIMEOUT_SECONDS=${TIMEOUT_SECONDS:-900}

while [ $# -gt 0 ]; do
  case $1 in
    --commits) COMMITS=$2; shift 2 ;;
    --tags) TAGS=$2; shift 2 ;;
    --seed) SEED=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --repo) REPO=$2; shift 2 ;;
    --results) RESULTS=$2; shift 2 ;;
    --skip-competitors) SKIP_COMPETITORS=true; shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done
TAGS=${TAGS:-$(( COMMITS / 50 > 10 ? COMMITS / 50 : 10 ))}
REPO=$(realpath -m "${REPO:-$WORK/repo-$COMMITS-$TAGS-seed$SEED}")
if [ -z "$RESULTS" ]; then
  if [ $(( COMMITS % 1000 )) -eq 0 ]; then RESULTS=$HERE/RESULTS-$(( COMMITS / 1000 ))k.md; else RESULTS=$HERE/RESULTS-$COMMITS.md; fi
fi
OUT=$WORK/out
mkdir -p "$WORK" "$OUT"

# Tags the external tools are told are releases: final and pre-release versions, with or without
# the "v" prefix; per-component tags (api@v1.2.3) and junk tags (v.7.1.0, latest) are left out.
RELEASE_TAG_REGEX='^v?[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?$'

# ------------------------------------------------------------------------------------------------
# OUR LIBRARY: dev.releaserules.benchmarks.Changelog (ReleaseHistory on the public API), from the
# shaded jar target/release-benchmarks-*-cli.jar (JGit's jar signature dropped, as a CLI ships it),
# with an application class-data-sharing archive made once by this script and C1 only, which suits
# a process that lives a second or two on a 2-core machine. OUR_CMD is run inside the repository:
#   whole   the changelog of every release (--all)
#   latest  the changelog of the release with the highest version (--latest)
OUR_JAR=$HERE/target/release-benchmarks-0.1.0-SNAPSHOT-cli.jar
OUR_CDS=$WORK/cds/changelog.jsa
OUR_JVM=(java -XX:TieredStopAtLevel=1)
our_library() {
  OUR_CMD=("${OUR_JVM[@]}" ${OUR_HEAP:+"$OUR_HEAP"} -cp "$OUR_JAR" dev.releaserules.benchmarks.Changelog)
  case $1 in
    whole) OUR_CMD+=(--all) ;;
    latest) OUR_CMD+=(--latest) ;;
  esac
}
# ------------------------------------------------------------------------------------------------

log() { printf '%s\n' "$*" >&2; }

# quote ARG: ARG as a shell word, in single quotes when it needs quoting; a bare $BENCH stays
# unquoted so that the printed command lines expand it.
quote() {
  local safe='^[A-Za-z0-9_./:=@%+,$-]+$'
  if [[ $1 =~ $safe ]]; then
    printf '%s' "$1"
  else
    printf "'%s'" "${1//\'/\'\\\'\'}"
  fi
}

# The generator: built with Maven when its classes are missing, run only when the repository is.
GENERATION="(repository already present, not regenerated)"
if [ ! -f "$OUR_JAR" ] || [ ! -f "$HERE/target/classes/dev/releaserules/benchmarks/SyntheticRepository.class" ]; then
  log "building the benchmarks (the snapshot of the library must be installed: mvn install -DskipTests)"
  mvn -B -q -f "$HERE/pom.xml" package -DskipTests
fi
if [ ! -d "$REPO/.git" ]; then
  log "generating $REPO"
  GENERATION=$(java -cp "$HERE/target/classes" dev.releaserules.benchmarks.SyntheticRepository \
    --commits "$COMMITS" --tags "$TAGS" --seed "$SEED" --out "$REPO")
  printf '%s\n' "$GENERATION" >&2
fi

# The tools, from the npm registry into a scratch folder; git-cliff's native binary is called
# directly so that Node's start-up is not counted against it.
NODE_DIR=$WORK/node
if [ "$SKIP_COMPETITORS" = false ]; then
if [ ! -x "$NODE_DIR/node_modules/.bin/conventional-changelog" ] \
   || ! compgen -G "$NODE_DIR/node_modules/git-cliff-*/bin/git-cliff" > /dev/null; then
  log "installing git-cliff and conventional-changelog-cli into $NODE_DIR"
  mkdir -p "$NODE_DIR"
  (cd "$NODE_DIR" && npm install --no-audit --no-fund --save-exact git-cliff@2.14.2 conventional-changelog-cli@5.0.0 >&2)
fi
GIT_CLIFF=$(compgen -G "$NODE_DIR/node_modules/git-cliff-*/bin/git-cliff" | sed -n 1p)
CONVENTIONAL_CHANGELOG=$NODE_DIR/node_modules/.bin/conventional-changelog
fi

# The class-data-sharing archive of our command: the classes one --latest run loads, dumped once
# (static AppCDS; JDK 17's dynamic archive crashed on this JDK build). Without it, plain class loading.
if [ ! -f "$OUR_CDS" ] || [ "$OUR_JAR" -nt "$OUR_CDS" ]; then
  log "creating the class-data-sharing archive $OUR_CDS"
  mkdir -p "$(dirname "$OUR_CDS")"
  rm -f "$OUR_CDS"
  (cd "$REPO" && java -XX:DumpLoadedClassList="$OUR_CDS.classes" -cp "$OUR_JAR" \
      dev.releaserules.benchmarks.Changelog --latest > /dev/null) \
    && java -Xshare:dump -XX:SharedClassListFile="$OUR_CDS.classes" -XX:SharedArchiveFile="$OUR_CDS" \
      -cp "$OUR_JAR" > "$WORK/cds/dump.log" 2>&1 \
    || log "  the archive could not be made (see $WORK/cds/dump.log); measuring without it"
fi
if [ -f "$OUR_CDS" ]; then OUR_JVM+=(-XX:SharedArchiveFile="$OUR_CDS"); fi

# The latest release range: the last two release tags on main's first-parent line, where every
# release and release candidate of main is tagged.
mapfile -t RELEASE_TAGS < <(git -C "$REPO" log --first-parent --decorate-refs='refs/tags/*' \
  --format='%D' main | tr ',' '\n' | sed -n 's/^ *tag: //p' | grep -E "$RELEASE_TAG_REGEX" | sed -n 1,2p)
LATEST=${RELEASE_TAGS[0]}
PREVIOUS=${RELEASE_TAGS[1]}

NAMES=(); SCOPES=(); MEDIANS=(); SAMPLES=(); LINES=(); COMMANDS=()

# measure NAME SCOPE COMMAND...: runs COMMAND in the repository, output to a file, and records
# the median wall time in seconds (or "timeout"/"failed").
measure() {
  local name=$1 scope=$2; shift 2
  local output=$OUT/${name// /-}-$scope.txt
  local times=() start end status run total
  log "measuring $name ($scope): $*"
  total=$(( RUNS + 1 ))
  for (( run = 0; run < total; run++ )); do
    start=$(date +%s%N)
    status=0
    (cd "$REPO" && timeout "$TIMEOUT_SECONDS" "$@" > "$output" 2> "$output.err") || status=$?
    end=$(date +%s%N)
    if [ "$status" -ne 0 ]; then
      times=()
      MEDIANS+=("$([ "$status" -eq 124 ] && echo "timeout>${TIMEOUT_SECONDS}" || echo "failed($status)")")
      break
    fi
    local seconds
    seconds=$(awk -v ns=$(( end - start )) 'BEGIN { printf "%.3f", ns / 1e9 }')
    if [ "$run" -eq 0 ]; then
      if awk -v s="$seconds" -v slow="$SLOW_SECONDS" 'BEGIN { exit !(s > slow) }'; then
        times=("$seconds")
        break
      fi
      continue
    fi
    times+=("$seconds")
  done
  if [ ${#times[@]} -gt 0 ]; then
    MEDIANS+=("$(printf '%s\n' "${times[@]}" | sort -n | awk '
      { v[NR] = $1 }
      END { if (NR % 2) printf "%.3f", v[(NR + 1) / 2]; else printf "%.3f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }')")
  fi
  NAMES+=("$name"); SCOPES+=("$scope"); SAMPLES+=("${#times[@]}")
  LINES+=("$(wc -l < "$output" | tr -d ' ')")
  local words="" word
  for word in "$@"; do words+="$(quote "${word//"$HERE"/\$BENCH}") "; done
  COMMANDS+=("(cd \"\$REPO\" && ${words}> out.txt)")
  log "  median ${MEDIANS[-1]} s over ${#times[@]} run(s), ${LINES[-1]} output lines"
}

GIT_FORMAT='--format=%H%x00%s%x00%b'
measure "git log" whole git log "$GIT_FORMAT" main
measure "git log" latest git log "$GIT_FORMAT" "$PREVIOUS..$LATEST"
our_library whole
measure "release-rules" whole "${OUR_CMD[@]}"
our_library latest
measure "release-rules" latest "${OUR_CMD[@]}"
OUR_HEAP=-Xmx256m our_library whole
measure "release-rules -Xmx256m" whole "${OUR_CMD[@]}"
if [ "$SKIP_COMPETITORS" = false ]; then
  measure "git-cliff" whole "$GIT_CLIFF" --tag-pattern "$RELEASE_TAG_REGEX"
  measure "git-cliff" latest "$GIT_CLIFF" --tag-pattern "$RELEASE_TAG_REGEX" --latest
  measure "conventional-changelog" whole "$CONVENTIONAL_CHANGELOG" -p angular -r 0
  measure "conventional-changelog" latest "$CONVENTIONAL_CHANGELOG" -p angular -r 2
fi

# With --skip-competitors, the competitors' rows of the existing results file, so that the slow
# runs (git-cliff's whole history takes more than 7 minutes on 100k commits) are not repeated.
COPIED=0
PREVIOUS_MACHINE="(no earlier results file)"
if [ "$SKIP_COMPETITORS" = true ] && [ -f "$RESULTS" ]; then
  while IFS='|' read -r _ name scope median runs lines _; do
    name=$(echo $name); scope=$(echo $scope)
    NAMES+=("$name"); SCOPES+=("$scope"); MEDIANS+=("$(echo $median)"); SAMPLES+=("$(echo $runs)")
    LINES+=("$(echo $lines)"); COMMANDS+=("(copied from the earlier results file)")
    COPIED=$(( COPIED + 1 ))
  done < <(grep -E '^\| (git-cliff|conventional-changelog) \|' "$RESULTS")
  PREVIOUS_MACHINE=$(grep -E '^- (git-cliff|conventional-changelog-cli) ' "$RESULTS" || true)
fi

# ---------------------------------------------------------------------------------------- report
median_of() { # NAME SCOPE -> median or empty
  local i
  for i in "${!NAMES[@]}"; do
    if [ "${NAMES[$i]}" = "$1" ] && [ "${SCOPES[$i]}" = "$2" ]; then echo "${MEDIANS[$i]}"; return; fi
  done
}
ratio() { # A B -> A / B, or "-" when either is not a number
  awk -v a="$1" -v b="$2" 'BEGIN {
    if (a !~ /^[0-9.]+$/ || b !~ /^[0-9.]+$/ || b == 0) print "-"; else printf "%.1f×", a / b }'
}

TABLE="| tool | scope | median (s) | runs | output lines | vs git log | vs release-rules |
| --- | --- | ---: | ---: | ---: | ---: | ---: |"
for i in "${!NAMES[@]}"; do
  ours=$(median_of "release-rules" "${SCOPES[$i]}")
  TABLE+=$'\n'"| ${NAMES[$i]} | ${SCOPES[$i]} | ${MEDIANS[$i]} | ${SAMPLES[$i]} | ${LINES[$i]} | $(ratio "${MEDIANS[$i]}" "$(median_of "git log" "${SCOPES[$i]}")") | $(ratio "${MEDIANS[$i]}" "${ours:-x}") |"
done
printf '\n%s\n' "$TABLE"

CPU=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | sed -n 1p)
RANGE_COMMITS=$(git -C "$REPO" rev-list --count "$PREVIOUS..$LATEST")
TMP=$(mktemp "$RESULTS.XXXXXX")
{
  echo "# Whole-process benchmark results"
  echo
  echo "Written by \`benchmarks/compare.sh\` on $(date -u +%Y-%m-%dT%H:%M:%SZ); wall time of the whole"
  echo "process, median of $RUNS runs after one warm-up run (a command whose warm-up took more than"
  echo "${SLOW_SECONDS} s ran once, see *runs*). Each command runs in the repository and writes its output"
  echo "to a file. *vs git log* is the median divided by git log's over the same scope."
  echo
  echo "## Repository"
  echo
  echo "- generator: \`java -cp benchmarks/target/classes dev.releaserules.benchmarks.SyntheticRepository --commits $COMMITS --tags $TAGS --seed $SEED --out <dir>\`"
  echo "- commits (all branches): $(git -C "$REPO" rev-list --all --count); on main: $(git -C "$REPO" rev-list --count main); merges on main: $(git -C "$REPO" rev-list --merges --count main)"
  echo "- tags: $(git -C "$REPO" tag | wc -l | tr -d ' ') in all; matching the release pattern \`$RELEASE_TAG_REGEX\`: $(git -C "$REPO" tag | grep -cE "$RELEASE_TAG_REGEX"); release branches: $(git -C "$REPO" branch --list 'release/*' | wc -l | tr -d ' ')"
  echo "- latest release range: \`$PREVIOUS..$LATEST\` ($RANGE_COMMITS commits)"
  echo
  echo '```text'
  printf '%s\n' "$GENERATION"
  echo '```'
  echo
  echo "## Results"
  echo
  printf '%s\n' "$TABLE"
  echo
  echo "## Machine"
  echo
  echo "- CPU: $CPU; \`nproc\`: $(nproc)"
  echo "- memory (\`free -h\`):"
  echo
  echo '```text'
  free -h
  echo '```'
  echo
  echo "- $(java -version 2>&1 | sed -n 1p); $(git --version)"
  echo "- $(mvn -v 2>/dev/null | sed -n 1p | sed 's/\x1b\[[0-9;]*m//g')"
  echo "- our command: \`${OUR_JAR#"$HERE"/}\` with \`${OUR_JVM[*]//"$HERE"/\$BENCH}\`"
  if [ "$SKIP_COMPETITORS" = false ]; then
    echo "- node $(node --version), npm $(npm --version)"
    echo "- $("$GIT_CLIFF" --version) (native binary \`${GIT_CLIFF#"$HERE"/}\`)"
    echo "- conventional-changelog-cli $(node -p "require('$NODE_DIR/node_modules/conventional-changelog-cli/package.json').version"), conventional-changelog $(node -p "require('$NODE_DIR/node_modules/conventional-changelog/package.json').version"), conventional-changelog-angular $(node -p "require('$NODE_DIR/node_modules/conventional-changelog-angular/package.json').version")"
  else
    echo "- competitors not measured in this run (--skip-competitors): their $COPIED rows are copied from the"
    echo "  earlier results file, measured with:"
    printf '%s\n' "$PREVIOUS_MACHINE" | sed 's/^/  /'
  fi
  echo
  echo "## Command lines"
  echo
  echo '```bash'
  echo "BENCH=\$PWD/benchmarks   # run from the root of the project"
  echo "REPO=\$PWD/${REPO#"$ROOT"/}"
  for i in "${!NAMES[@]}"; do
    echo "# ${NAMES[$i]}, ${SCOPES[$i]}"
    echo "${COMMANDS[$i]}"
  done
  echo '```'
  echo
  echo "## Notes"
  echo
  echo "- git-cliff runs with its built-in default configuration (no \`cliff.toml\` in the repository)"
  echo "  and \`--tag-pattern\` so that, like conventional-changelog, it counts only version tags as"
  echo "  releases; without it the junk tag \`latest\` on the tip of main would be the latest release."
  echo "- conventional-changelog's \`-r 2\` renders two sections: the commits after the latest tag under"
  echo "  the version of \`package.json\` (0.0.0 in the synthetic repository) and the latest release; it"
  echo "  treats every semver-valid tag reachable from HEAD as a release, pre-releases included."
  echo "- \`git log\` over the whole history is the lower bound for a changelog of every release;"
  echo "  over \`$PREVIOUS..$LATEST\` for the latest release."
  echo "- release-rules counts \`vX.Y.Z\` and \`X.Y.Z\` tags without pre-releases as releases, as the"
  echo "  release flow does, and gives every release its own section, patch releases on maintenance"
  echo "  branches included; each section holds the commits since the release before it by precedence."
  echo "  Its latest release is the highest version, \`$LATEST\` here; the range starts at the release"
  echo "  before it by precedence."
} > "$TMP"
mv -f "$TMP" "$RESULTS"
log "wrote $RESULTS"
