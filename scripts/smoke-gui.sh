#!/usr/bin/env bash
# Smoke test of the real desktop binary under Xvfb: start it with a
# temporary archive and settings folder (optionally with an article to
# draft), wait for the window, take a screenshot, check the process is
# alive, then quit it (Ctrl+Q through xdotool when installed, else SIGTERM)
# and check it exits cleanly. Without an article and with xdotool, it first
# runs a keyboard-only cycle (draft, save, add a second source, save, export). With an article, the unsaved draft must make
# Ctrl+Q ask instead of quitting, and SIGTERM ends the app. It prints the
# time from start to the window being shown and the resident memory.
#
#   scripts/smoke-gui.sh [BIN [ARTICLE [SCREENSHOT]]]
#
# FYNE_THEME=light|dark forces a theme; SMOKE_ARCHIVE uses an existing
# archive file instead of a new one (it is not modified unless saved to);
# SMOKE_SETTLE is how many seconds to wait after the window shows (2);
# SMOKE_KEYS are xdotool key names to press before the screenshot (to put
# the focus in an item and so highlight its source for a screenshot).
set -euo pipefail
bin=${1:-bin/briefdesk}
article=${2:-}
shot=${3:-ci-artifacts/screenshot.png}
tmp=$(mktemp -d)
xvfb_pid='' app_pid=''
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT
# fail prints the app's log, then the reason and the log's first lines (a
# panic's message) last, where a cut-off report still shows them.
fail() {
  if [ -s "$tmp/log" ]; then
    sed 's/^/  app: /' "$tmp/log" >&2
    echo "smoke-gui: the app's log began:" >&2
    head -n 3 "$tmp/log" | sed 's/^/  app: /' >&2
  fi
  echo "smoke-gui: FAIL: $*" >&2
  exit 1
}
now_ms() { date +%s%3N; }

command -v Xvfb >/dev/null || fail "Xvfb is not installed (apt-get install xvfb)"
command -v import >/dev/null || fail "import is not installed (apt-get install imagemagick)"
[ -x "$bin" ] || fail "no binary at $bin (run make build)"

# start_xvfb starts Xvfb on a free display (-displayfd makes it pick one
# and print its number when ready), waits as long as it lives, and checks
# that a client can connect; it reports failure when Xvfb died first.
start_xvfb() {
  : >"$tmp/display"
  exec 3>"$tmp/display"
  Xvfb -displayfd 3 -screen 0 1280x860x24 -nolisten tcp >"$tmp/xvfb.log" 2>&1 &
  xvfb_pid=$!
  exec 3>&-
  while kill -0 "$xvfb_pid" 2>/dev/null && [ ! -s "$tmp/display" ]; do sleep 0.05; done
  [ -s "$tmp/display" ] || return 1
  export DISPLAY=:$(tr -d '[:space:]' <"$tmp/display")
  while kill -0 "$xvfb_pid" 2>/dev/null; do
    if command -v xdotool >/dev/null; then
      xdotool getdisplaygeometry >/dev/null 2>&1 && return 0
    else
      xwininfo -root >/dev/null 2>&1 && return 0
    fi
    sleep 0.05
  done
  return 1
}
# display starts Xvfb; a display that dies as it starts is started again,
# up to three times.
display() {
  for attempt in 1 2 3; do
    start_xvfb && return 0
    kill "$xvfb_pid" 2>/dev/null || true
  done
  fail "Xvfb did not start: $(cat "$tmp/xvfb.log")"
}
display

# find_window prints the id of the shown BriefDesk window, if any.
find_window() {
  if command -v xdotool >/dev/null; then
    xdotool search --onlyvisible --name BriefDesk 2>/dev/null | head -n 1
  else
    local id
    id=$(xwininfo -root -tree 2>/dev/null | awk '/BriefDesk/ {print $1; exit}')
    [ -n "$id" ] && xwininfo -id "$id" 2>/dev/null | grep -q IsViewable && echo "$id"
  fi
}
command -v xdotool >/dev/null || command -v xwininfo >/dev/null || fail "install xdotool or x11-utils"

archive=${SMOKE_ARCHIVE:-$tmp/archive.db}
# show_window starts the app and waits as long as it lives for its window
# (the first start on a busy machine may be slow); it fails when the app
# exits first.
show_window() {
  start=$(now_ms)
  LANG=en_US.UTF-8 HOME="$tmp" XDG_CONFIG_HOME="$tmp/config" BRIEFDESK_ARCHIVE="$archive" \
    "$bin" ${article:+"$article"} >"$tmp/log" 2>&1 &
  app_pid=$!
  win=''
  while [ -z "$win" ]; do
    win=$(find_window || true)
    [ -n "$win" ] && return 0
    kill -0 "$app_pid" 2>/dev/null || return 1
    sleep 0.02
  done
}
# An app that dies inside GLFW's start-up (the display refused it, which a
# loaded machine's Xvfb does at times) is started again on a new display,
# up to three times; any other early exit fails at once.
for attempt in 1 2 3; do
  show_window && break
  wait "$app_pid" 2>/dev/null || true
  app_pid=''
  grep -q 'initGLFW\|failed to initialise GLFW' "$tmp/log" && [ "$attempt" != 3 ] ||
    fail "the app exited before showing its window (Xvfb: $(kill -0 "$xvfb_pid" 2>/dev/null && echo running || cat "$tmp/xvfb.log"))"
  echo "smoke-gui: GLFW could not start on display $DISPLAY; starting Xvfb again" >&2
  kill "$xvfb_pid" 2>/dev/null || true
  wait "$xvfb_pid" 2>/dev/null || true
  display
done
shown=$(( $(now_ms) - start ))
echo "smoke-gui: window shown after ${shown} ms"

sleep "${SMOKE_SETTLE:-2}" # let drafting finish and the frame settle

# A keyboard-only cycle (no article given): Ctrl+N, type an article, Tab to
# the published date, Enter drafts; Ctrl+S saves; Ctrl+Shift+N adds a
# second report of the same call as source B the same way, Ctrl+S saves
# again; Ctrl+E and Enter export the PDF to the pre-filled file in the home
# folder; Escape closes the confirmation. The brief in the archive (two
# sources) and the PDF are checked after quit.
cycle=no
if [ -z "$article" ] && command -v xdotool >/dev/null; then
  keys() { xdotool windowfocus --sync "$win" key --clearmodifiers "$@" 2>/dev/null; sleep 0.6; }
  # until CONDITION WHAT: wait up to 2 minutes for the shell condition to hold.
  until_() {
    for _ in $(seq 1200); do eval "$1" && return 0; sleep 0.1; done
    fail "keyboard cycle: $2"
  }
  title() { xdotool getwindowname "$win" 2>/dev/null; }
  keys ctrl+n
  xdotool type --delay 15 "RABAT - Morocco and China agreed on Monday to partner in vaccine trials. The two countries signed a strategic partnership in 2016."
  keys Tab Tab Tab
  xdotool type --delay 15 "2020-08-31"
  keys Return
  until_ '[[ "$(title)" == "* "* ]]' "Enter did not draft the article (title: $(title))"
  keys ctrl+s
  until_ '[[ "$(title)" != "* "* ]]' "Ctrl+S did not save (title: $(title))"
  keys ctrl+shift+n
  xdotool type --delay 15 "GENEVA - The World Health Organization welcomed the vaccine trials agreed by Morocco and China on Tuesday."
  keys Tab Tab Tab
  xdotool type --delay 15 "2020-09-01"
  keys Return
  until_ '[[ "$(title)" == "* "* ]]' "Ctrl+Shift+N and Enter did not add the source (title: $(title))"
  keys ctrl+s
  until_ '[[ "$(title)" != "* "* ]]' "Ctrl+S did not save the second source (title: $(title))"
  keys ctrl+e
  keys Return
  until_ '[ -n "$(find "$tmp" -maxdepth 1 -name "*.pdf")" ]' "Ctrl+E and Enter wrote no PDF"
  sleep 0.5
  keys Escape
  cycle=yes
fi
if [ -n "${SMOKE_KEYS:-}" ] && command -v xdotool >/dev/null; then
  # shellcheck disable=SC2086 # one word a key
  xdotool windowfocus --sync "$win" key --clearmodifiers --delay 150 $SMOKE_KEYS 2>/dev/null
  sleep 1
fi
mkdir -p "$(dirname "$shot")"
import -window root "$shot" || fail "screenshot"
kill -0 "$app_pid" 2>/dev/null || fail "the app died after showing its window"
if [ -r "/proc/$app_pid/status" ]; then
  echo "smoke-gui: resident memory $(awk '/VmRSS/ {printf "%.0f MB", $2/1024}' "/proc/$app_pid/status")"
fi
[ -s "$archive" ] || fail "the archive file was not created at $archive"

how="SIGTERM"
if command -v xdotool >/dev/null; then
  xdotool windowfocus --sync "$win" key --clearmodifiers ctrl+q 2>/dev/null || true
  if [ -n "$article" ]; then
    # The drafted article is unsaved: Ctrl+Q must ask, not quit.
    sleep 1.5
    kill -0 "$app_pid" 2>/dev/null || fail "Ctrl+Q quit without asking about the unsaved draft"
  else
    how="Ctrl+Q"
    for _ in $(seq 50); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
  fi
fi
if kill -0 "$app_pid" 2>/dev/null; then
  [ "$how" = "Ctrl+Q" ] && fail "Ctrl+Q did not quit"
  kill -TERM "$app_pid"
fi
set +e
wait "$app_pid"; code=$?
set -e
app_pid=''
[ $code -eq 0 ] || fail "the app exited with code $code"
if grep -qiE 'panic|fatal error|data race' "$tmp/log"; then fail "errors in the app's log"; fi
if [ "$cycle" = yes ]; then
  listed=$("$bin" list --db "$archive" 2>&1) || true
  grep -q "Morocco" <<<"$listed" || fail "the keyboard cycle saved no brief: $listed"
  id=$("$bin" list --db "$archive" --json | grep -o '"id": *"[^"]*"' | head -n 1 | sed 's/.*"\([^"]*\)"$/\1/')
  saved=$("$bin" show --db "$archive" "$id" 2>&1) || fail "briefdesk show $id: $saved"
  grep -q '"id": "B"' <<<"$saved" && grep -q 'World Health Organization' <<<"$saved" ||
    fail "the saved brief lacks the second source: $saved"
  pdf=$(find "$tmp" -maxdepth 1 -name '*.pdf' | head -n 1)
  [ -n "$pdf" ] || fail "the keyboard cycle exported no PDF into $tmp"
  if command -v pdftotext >/dev/null; then
    text=$(pdftotext "$pdf" -)
    grep -q "Morocco" <<<"$text" || fail "the exported PDF lacks the article's words"
    grep -q "World Health" <<<"$text" || fail "the exported PDF lacks the second source's words"
  fi
  echo "smoke-gui: keyboard cycle ok (drafted, saved, added source B, saved, exported $(basename "$pdf"))"
fi
echo "smoke-gui: ok (quit by $how; screenshot $shot)"
