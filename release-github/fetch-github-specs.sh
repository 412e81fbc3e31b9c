#!/usr/bin/env bash
# Fetches pinned npm packages that describe GitHub's API (the OpenAPI description, webhook payload
# examples, the GraphQL schema) into a cache directory outside the repository, once per version.
# Usage: fetch-github-specs.sh CACHE_DIR @scope/name@version...
# The contract tests of release-github read them from there and fail when they are missing.
set -euo pipefail
cache=$1
shift
mkdir -p "$cache"
for spec in "$@"; do
  name=${spec%@*}
  version=${spec##*@}
  dir="$cache/$(echo "${name#@}" | tr / -)-$version"
  [ -f "$dir/.complete" ] && continue
  if ! command -v npm >/dev/null 2>&1; then
    echo "fetch-github-specs: npm is needed to fetch $spec into $dir (install Node.js and npm)" >&2
    exit 1
  fi
  tmp=$(mktemp -d "$cache/.fetch.XXXXXX")
  (cd "$tmp" && npm pack --silent "$spec" >/dev/null)
  mkdir -p "$tmp/out"
  tar -xzf "$tmp"/*.tgz -C "$tmp/out"
  rm -rf "$dir"
  mv "$tmp/out" "$dir"
  rm -rf "$tmp"
  touch "$dir/.complete"
  echo "fetch-github-specs: $spec in $dir"
done
