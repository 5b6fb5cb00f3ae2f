#!/usr/bin/env bash
# Smoke test of the real binary's command line: draft the example article
# to JSON and Markdown, check the JSON parses and validates, and check the
# exit codes of a usage error and of empty input; draft from a web address
# served on this machine, from a file and that address together, and from
# one where nothing answers.
set -euo pipefail
bin=${1:-bin/briefdesk}
example=testdata/morocco-china-call.txt
pages=briefing/source/testdata/pages
out=$(mktemp -d)
http_pid=''
trap '[ -n "$http_pid" ] && kill "$http_pid" 2>/dev/null; rm -rf "$out"' EXIT

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

# A saved page served over HTTP on the loopback address (a free port).
# The log exists before the server starts, and the wait lasts as long as the
# server process lives: a busy machine may take seconds to start Python.
: >"$out/http.log"
python3 -u -m http.server --bind 127.0.0.1 --directory "$pages" 0 >>"$out/http.log" 2>&1 &
http_pid=$!
port=''
while kill -0 "$http_pid" 2>/dev/null; do
  port=$(sed -n 's/.* port \([0-9]*\).*/\1/p' "$out/http.log" | head -1)
  [ -n "$port" ] && break
  sleep 0.05
done
[ -n "$port" ] || fail "the test web server did not start: $(cat "$out/http.log")"
address="http://127.0.0.1:$port/news-wire.html"
"$bin" draft --json "$address" > "$out/web.json" || fail "draft --json URL"
"$bin" validate "$out/web.json" || fail "the brief drafted from a URL does not validate"
python3 - "$out/web.json" "$address" <<'PY' || fail "draft URL: wrong source"
import json, sys
s = json.load(open(sys.argv[1]))["source"]
assert s["url"] == sys.argv[2], s["url"]
assert s["fetched"].endswith("Z"), s["fetched"]
assert s["title"].startswith("Kenya and Tanzania agree"), s["title"]
assert "Namanga border post" in s["text"] and "Accept all" not in s["text"]
PY
# One brief from a file and a web address reporting the same event.
"$bin" draft --json --published 2024-05-08 briefing/merge/testdata/pairs/01-a.txt "$address" > "$out/two.json" || fail "draft FILE URL"
"$bin" validate "$out/two.json" || fail "the brief of two sources does not validate"
python3 - "$out/two.json" "$address" <<'PY' || fail "draft FILE URL: wrong sources"
import json, sys
b = json.load(open(sys.argv[1]))
assert b["schema"] == 2 and b["source"]["id"] == "A", (b["schema"], b["source"]["id"])
assert [s["id"] for s in b["sources"]] == ["B"] and b["sources"][0]["url"] == sys.argv[2], b["sources"]
assert any(sp["source"] == "B" for p in b["parties"] for sp in p["mentions"]), "no party mentioned in B"
PY
kill "$http_pid"
wait "$http_pid" 2>/dev/null || true
http_pid=''
set +e
"$bin" draft "$address" 2>"$out/err"; code=$?
set -e
[ $code -eq 1 ] || fail "unreachable URL exit code $code, want 1"
grep -q "No network, or the site is blocked" "$out/err" || fail "unreachable URL message: $(cat "$out/err")"
echo "smoke-cli: ok"
