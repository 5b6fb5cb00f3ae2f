#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages given as arguments when they are
# missing. As root it runs apt-get; otherwise it prints the command to run.
# On systems without dpkg (macOS, Windows) it only reminds what is needed.
set -euo pipefail

if ! command -v dpkg >/dev/null 2>&1; then
  echo "deps: not a Debian/Ubuntu system; make sure a C compiler and OpenGL headers are installed (see README)."
  exit 0
fi

missing=()
for pkg in "$@"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  echo "deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "deps: missing packages: ${missing[*]}"
  echo "deps: run this, then try again:"
  echo "  sudo apt-get install -y ${missing[*]}"
  exit 1
fi
