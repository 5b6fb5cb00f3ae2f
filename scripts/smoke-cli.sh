#!/usr/bin/env bash
# Smoke test of the real binary's command line: draft the example article
# to JSON and Markdown, check the JSON parses and validates, and check the
# exit codes of a usage error and of empty input.
set -euo pipefail
bin=${1:-bin/briefdesk}
example=testdata/morocco-china-call.txt
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

fail() { echo "smoke-cli: FAIL: $*" >&2; exit 1; }

"$bin" --version | grep -q BriefDesk || fail "--version"
"$bin" draft --json --published 2020-08-31 "$example" > "$out/brief.json" || fail "draft --json FILE"
python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$out/brief.json" || fail "draft output is not JSON"
"$bin" validate "$out/brief.json" || fail "draft output does not validate"
"$bin" draft --json - < "$example" | "$bin" validate - >/dev/null || fail "draft --json - (stdin)"
"$bin" draft --md "$example" | grep -q '^## Summary' || fail "draft --md"

set +e
"$bin" draft --no-such-flag "$example" 2>/dev/null; code=$?
[ $code -eq 2 ] || fail "usage error exit code $code, want 2"
printf '   \n' | "$bin" draft - 2>"$out/err"; code=$?
[ $code -eq 1 ] || fail "empty input exit code $code, want 1"
grep -q empty "$out/err" || fail "empty input message: $(cat "$out/err")"
set -e
echo "smoke-cli: ok"
