#!/usr/bin/env bash
# Checks that every package without the GUI (anything that does not depend
# on Fyne) builds and vets, tests included, for macOS and Windows with
# CGO_ENABLED=0 — the platforms that cannot be built here with cgo.
#
#   bash scripts/cross-check.sh [GOOS/GOARCH ...]   (default: darwin/arm64 darwin/amd64 windows/amd64)
set -euo pipefail

cd "$(dirname "$0")/.."
TAGS=migrated_fynedo
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(darwin/arm64 darwin/amd64 windows/amd64)

log() { printf 'cross-check: %s\n' "$*" >&2; }

# Packages whose dependencies include no Fyne package, listed for the host.
mapfile -t pkgs < <(go list -tags "$TAGS" -f '{{.ImportPath}}{{range .Deps}} {{.}}{{end}}' ./... |
	awk '!/ fyne\.io\/fyne\// { print $1 }')
[ ${#pkgs[@]} -gt 0 ] || {
	log "error: no packages found"
	exit 1
}
log "${#pkgs[@]} packages: ${pkgs[*]}"

failed=0
for target in "${targets[@]}"; do
	goos=${target%/*} goarch=${target#*/}
	start=$SECONDS
	if CGO_ENABLED=0 GOOS=$goos GOARCH=$goarch go build -tags "$TAGS" "${pkgs[@]}" &&
		CGO_ENABLED=0 GOOS=$goos GOARCH=$goarch go vet -tags "$TAGS" "${pkgs[@]}"; then
		log "$target: ok ($((SECONDS - start)) s)"
	else
		log "$target: FAILED"
		failed=1
	fi
done
exit $failed
