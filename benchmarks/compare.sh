#!/usr/bin/env bash
# Whole-process comparison on a synthetic repository: git log (the lower bound), git-cliff,
# conventional-changelog-cli and, once it has a command, our library. Each command runs in the
# repository with its output written to a file; the script reports the median wall time of RUNS
# runs after one warm-up run (a command whose warm-up takes more than SLOW_SECONDS is run once and
# that run is its only sample), prints medians and ratios, and writes RESULTS.md.
#
# usage: benchmarks/compare.sh [--commits N] [--tags N] [--seed S] [--runs N] [--repo DIR]
#                              [--results FILE]
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
RESULTS=$HERE/RESULTS.md
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
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done
TAGS=${TAGS:-$(( COMMITS / 50 > 10 ? COMMITS / 50 : 10 ))}
REPO=$(realpath -m "${REPO:-$WORK/repo-$COMMITS-$TAGS-seed$SEED}")
OUT=$WORK/out
mkdir -p "$WORK" "$OUT"

# Tags the external tools are told are releases: final and pre-release versions, with or without
# the "v" prefix; per-component tags (api@v1.2.3) and junk tags (v.7.1.0, latest) are left out.
RELEASE_TAG_REGEX='^v?[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?$'

# ------------------------------------------------------------------------------------------------
# OUR LIBRARY — the slot the lead fills once the library has a command (a JBang script or
# `java -cp`). Set OUR_CMD to the command line for the scope in $1, run inside the repository:
#   whole   the changelog of the whole history, every release section
#   latest  the changelog of the latest release range, $PREVIOUS..$LATEST
# Leave OUR_CMD empty to skip; the report then says "not measured".
our_library() {
  OUR_CMD=()
  case $1 in
    whole) ;;   # e.g. OUR_CMD=(java -cp "$OUR_CLASSPATH" ... --all)
    latest) ;;  # e.g. OUR_CMD=(java -cp "$OUR_CLASSPATH" ... --from "$PREVIOUS" --to "$LATEST")
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
if [ ! -d "$REPO/.git" ]; then
  if [ ! -f "$HERE/target/classes/dev/releaserules/benchmarks/SyntheticRepository.class" ]; then
    log "building the generator"
    mvn -B -q -f "$HERE/pom.xml" package -DskipTests
  fi
  log "generating $REPO"
  GENERATION=$(java -cp "$HERE/target/classes" dev.releaserules.benchmarks.SyntheticRepository \
    --commits "$COMMITS" --tags "$TAGS" --seed "$SEED" --out "$REPO")
  printf '%s\n' "$GENERATION" >&2
fi

# The tools, from the npm registry into a scratch folder; git-cliff's native binary is called
# directly so that Node's start-up is not counted against it.
NODE_DIR=$WORK/node
if [ ! -x "$NODE_DIR/node_modules/.bin/conventional-changelog" ] \
   || ! compgen -G "$NODE_DIR/node_modules/git-cliff-*/bin/git-cliff" > /dev/null; then
  log "installing git-cliff and conventional-changelog-cli into $NODE_DIR"
  mkdir -p "$NODE_DIR"
  (cd "$NODE_DIR" && npm install --no-audit --no-fund git-cliff conventional-changelog-cli >&2)
fi
GIT_CLIFF=$(compgen -G "$NODE_DIR/node_modules/git-cliff-*/bin/git-cliff" | head -n 1)
CONVENTIONAL_CHANGELOG=$NODE_DIR/node_modules/.bin/conventional-changelog

# The latest release range: the last two release tags on main's first-parent line, where every
# release and release candidate of main is tagged.
mapfile -t RELEASE_TAGS < <(git -C "$REPO" log --first-parent --decorate-refs='refs/tags/*' \
  --format='%D' main | tr ',' '\n' | sed -n 's/^ *tag: //p' | grep -E "$RELEASE_TAG_REGEX" | head -n 2)
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
if [ ${#OUR_CMD[@]} -gt 0 ]; then measure "release-rules" whole "${OUR_CMD[@]}"; fi
our_library latest
if [ ${#OUR_CMD[@]} -gt 0 ]; then measure "release-rules" latest "${OUR_CMD[@]}"; fi
measure "git-cliff" whole "$GIT_CLIFF" --tag-pattern "$RELEASE_TAG_REGEX"
measure "git-cliff" latest "$GIT_CLIFF" --tag-pattern "$RELEASE_TAG_REGEX" --latest
measure "conventional-changelog" whole "$CONVENTIONAL_CHANGELOG" -p angular -r 0
measure "conventional-changelog" latest "$CONVENTIONAL_CHANGELOG" -p angular -r 2

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
if [ -z "$(median_of "release-rules" whole)" ]; then
  TABLE+=$'\n'"| release-rules | whole, latest | not measured | | | | |"
fi
printf '\n%s\n' "$TABLE"

CPU=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
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
  echo "- $(java -version 2>&1 | head -n 1); $(git --version)"
  echo "- node $(node --version), npm $(npm --version)"
  echo "- $("$GIT_CLIFF" --version) (native binary \`${GIT_CLIFF#"$HERE"/}\`)"
  echo "- conventional-changelog-cli $(node -p "require('$NODE_DIR/node_modules/conventional-changelog-cli/package.json').version"), conventional-changelog $(node -p "require('$NODE_DIR/node_modules/conventional-changelog/package.json').version"), conventional-changelog-angular $(node -p "require('$NODE_DIR/node_modules/conventional-changelog-angular/package.json').version")"
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
} > "$TMP"
mv -f "$TMP" "$RESULTS"
log "wrote $RESULTS"
