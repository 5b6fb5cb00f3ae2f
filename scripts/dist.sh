#!/usr/bin/env bash
# Builds BriefDesk's release artefacts into dist/.
#
#   bash scripts/dist.sh [linux] [windows] [macos]     (default: linux windows)
#
# linux   dist/BriefDesk.tar.xz (binary, .desktop file, icon, install Makefile)
#         and dist/briefdesk, the plain binary.
# windows dist/BriefDesk.exe, cross-compiled with mingw-w64, with icon and
#         version information. Skipped, with a log line, when the compiler is
#         missing and cannot be installed.
# macos   dist/BriefDesk.app and dist/BriefDesk-macos.zip; runs on a Mac only.
#
# Every build works on a copy of the source tree in a temporary folder, so the
# files `fyne package` writes (a resource file, a bumped Build number in
# FyneApp.toml, a reused executable) never touch the working tree.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
DIST=$ROOT/dist
TOOLS=$ROOT/bin/tools
FYNE=$TOOLS/fyne
FYNE_TOOLS_VERSION=v1.7.4
TAGS=migrated_fynedo
WINDOWS_CC=${WINDOWS_CC:-x86_64-w64-mingw32-gcc}
VERSION=${VERSION:-$(sed -n 's/^Version *= *"\(.*\)"/\1/p' FyneApp.toml)}

log() { printf 'dist: %s\n' "$*" >&2; }
die() {
	log "error: $*"
	exit 1
}

# ensure_fyne installs the pinned fyne packaging tool into bin/tools.
ensure_fyne() {
	local have=""
	[ -x "$FYNE" ] && have=$("$FYNE" version 2>/dev/null || true)
	case $have in
	*"cli version: $FYNE_TOOLS_VERSION"*) return ;;
	esac
	log "installing fyne.io/tools/cmd/fyne@$FYNE_TOOLS_VERSION into bin/tools"
	GOBIN=$TOOLS go install "fyne.io/tools/cmd/fyne@$FYNE_TOOLS_VERSION"
}

# STAGE is the folder the source is copied to; removed on exit.
STAGE=$(mktemp -d "${TMPDIR:-/tmp}/briefdesk-dist.XXXXXX")
trap 'rm -rf "$STAGE"' EXIT

# stage_source copies the tracked and untracked (not ignored) files of the
# working tree into a fresh folder under $STAGE and prints its path.
stage_source() {
	local dir
	dir=$(mktemp -d "$STAGE/src.XXXXXX")
	git ls-files -z --cached --others --exclude-standard |
		tar --null --ignore-failed-read -T - -cf - 2>/dev/null | tar -xf - -C "$dir"
	printf '%s\n' "$dir"
}

# check_file fails unless `file` describes path with the given words.
check_file() {
	local path=$1 want=$2 got
	got=$(file -b "$path")
	case $got in
	*"$want"*) log "$(basename "$path"): $got" ;;
	*) die "$(basename "$path") is not a $want: $got" ;;
	esac
}

# report prints an artefact's size and the seconds its build took.
report() {
	local path=$1 started=$2
	log "$(basename "$path"): $(du -h "$path" | cut -f1) ($(wc -c <"$path" | tr -d " ") bytes), built in $((SECONDS - started)) s"
}

dist_linux() {
	local started=$SECONDS src
	ensure_fyne
	src=$(stage_source)
	log "linux: building the binary (tags $TAGS, version $VERSION)"
	(cd "$src" && go build -tags "$TAGS" -ldflags "-s -w -X main.version=$VERSION" -o "$src/out/briefdesk" .)
	log "linux: packaging with fyne $FYNE_TOOLS_VERSION"
	(cd "$src" && "$FYNE" package -os linux -exe "$src/out/briefdesk" -app-version "$VERSION")
	mkdir -p "$DIST"
	cp "$src/out/briefdesk" "$DIST/briefdesk"
	cp "$src/BriefDesk.tar.xz" "$DIST/BriefDesk.tar.xz"
	rm -rf "$src"
	check_file "$DIST/briefdesk" "ELF 64-bit LSB"
	case $(tar -tJf "$DIST/BriefDesk.tar.xz") in
	*bin/briefdesk*) ;;
	*) die "BriefDesk.tar.xz holds no binary" ;;
	esac
	report "$DIST/briefdesk" "$started"
	report "$DIST/BriefDesk.tar.xz" "$started"
}

# ensure_mingw reports whether the Windows cross-compiler is available,
# installing it with apt-get when running as root; MINGW_MISSING says why not.
ensure_mingw() {
	command -v "$WINDOWS_CC" >/dev/null && return 0
	if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
		MINGW_MISSING="installing it needs root and apt-get"
		return 1
	fi
	log "installing gcc-mingw-w64-x86-64 with apt-get"
	DEBIAN_FRONTEND=noninteractive apt-get install -y -q gcc-mingw-w64-x86-64 >/dev/null ||
		{ apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q gcc-mingw-w64-x86-64 >/dev/null; } || {
		MINGW_MISSING="apt-get could not install gcc-mingw-w64-x86-64"
		return 1
	}
	command -v "$WINDOWS_CC" >/dev/null || {
		MINGW_MISSING="gcc-mingw-w64-x86-64 does not provide it"
		return 1
	}
}

dist_windows() {
	local started=$SECONDS src
	if ! ensure_mingw; then
		log "windows: SKIPPED: no $WINDOWS_CC ($MINGW_MISSING)"
		return 0
	fi
	ensure_fyne
	src=$(stage_source)
	log "windows: cross-compiling with $WINDOWS_CC (tags $TAGS, version $VERSION)"
	# fyne package writes a resource file (icon, manifest, version
	# information) and builds with -H=windowsgui; GOFLAGS carries the other
	# link flags. Naming an existing -exe skips its first, resource-less
	# build, which would also use up the link flags.
	: >"$src/briefdesk.exe"
	(cd "$src" && CGO_ENABLED=1 GOOS=windows GOARCH=amd64 CC=$WINDOWS_CC \
		GOFLAGS="${GOFLAGS:-} -ldflags=-s -ldflags=-w -ldflags=-X=main.version=$VERSION" \
		"$FYNE" package -os windows -tags "$TAGS" -app-version "$VERSION" -exe "$src/briefdesk.exe")
	mkdir -p "$DIST"
	cp "$src/BriefDesk.exe" "$DIST/BriefDesk.exe"
	rm -rf "$src"
	check_file "$DIST/BriefDesk.exe" "PE32+ executable (GUI)"
	report "$DIST/BriefDesk.exe" "$started"
}

dist_macos() {
	local started=$SECONDS src
	[ "$(uname -s)" = Darwin ] || die "the macOS build runs on a Mac (with the Xcode command line tools)"
	ensure_fyne
	src=$(stage_source)
	log "macos: building and packaging (tags $TAGS, version $VERSION)"
	(cd "$src" && GOFLAGS="${GOFLAGS:-} -ldflags=-s -ldflags=-w -ldflags=-X=main.version=$VERSION" \
		"$FYNE" package -os darwin -tags "$TAGS" -app-version "$VERSION")
	mkdir -p "$DIST"
	rm -rf "$DIST/BriefDesk.app"
	cp -R "$src/BriefDesk.app" "$DIST/BriefDesk.app"
	rm -rf "$src"
	(cd "$DIST" && rm -f BriefDesk-macos.zip && ditto -c -k --keepParent BriefDesk.app BriefDesk-macos.zip)
	report "$DIST/BriefDesk-macos.zip" "$started"
}

targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(linux windows)
for t in "${targets[@]}"; do
	case $t in
	linux | windows | macos) "dist_$t" ;;
	*) die "unknown target $t (use linux, windows or macos)" ;;
	esac
done
