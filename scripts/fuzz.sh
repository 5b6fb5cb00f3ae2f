#!/usr/bin/env bash
# Runs every fuzz target of the project for a short time each (default 20s).
set -euo pipefail
time=${1:-20s}
for pkg in $(go list ./briefing/...); do
  for target in $(go test -tags ci,migrated_fynedo -list '^Fuzz' "$pkg" | grep '^Fuzz' || true); do
    echo "== $pkg $target"
    go test -tags ci,migrated_fynedo -run '^$' -fuzz "^${target}\$" -fuzztime "$time" "$pkg"
  done
done
