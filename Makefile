# BriefDesk. `make run` installs what is missing and starts the app;
# `make test` runs gofmt and vet, the unit tests with the race detector and the smoke
# tests of the real binary.

GO        ?= go
GOFMT     ?= $(shell $(GO) env GOROOT)/bin/gofmt
TAGS      := migrated_fynedo
TEST_TAGS := ci,migrated_fynedo
BIN       := bin/briefdesk
APT_PKGS  := gcc libgl1-mesa-dev xorg-dev xvfb poppler-utils imagemagick xdotool file xz-utils
# Only the tests need these: pandoc reads exported Word documents back.
TEST_APT_PKGS := pandoc

.PHONY: run test deps test-deps build vet unit smoke cross-check bench fuzz dist dist-macos clean model model-check ranker

deps:
	@bash scripts/deps.sh $(APT_PKGS)

test-deps:
	@bash scripts/deps.sh $(APT_PKGS) $(TEST_APT_PKGS)

# The one real (cgo, OpenGL) build; keep these flags so the build cache is reused.
build:
	$(GO) build -tags $(TAGS) -o $(BIN) .

run: deps build
	./$(BIN)

vet:
	@unformatted="$$($(GOFMT) -l .)"; \
	if [ -n "$$unformatted" ]; then echo "gofmt needed: $$unformatted"; exit 1; fi
	$(GO) vet -tags $(TEST_TAGS) ./...

# -tags ci gives Fyne's software driver: no OpenGL code is compiled here. The
# race detector makes the parser several times slower: hence the long timeout.
unit:
	$(GO) test -race -timeout 45m -tags $(TEST_TAGS) ./...

smoke: build
	bash scripts/smoke-cli.sh $(BIN)
	bash scripts/smoke-gui.sh $(BIN)

test: test-deps vet unit smoke cross-check

bench:
	$(GO) test -tags $(TEST_TAGS) -run '^$$' -bench . -benchmem ./briefing/...

fuzz:
	bash scripts/fuzz.sh 20s

# Retrain the tagger and parser from UD English EWT in ../shared/ud with the
# options of the shipped model: the same data gives assets/syntax/model.bin
# byte for byte (about 6 minutes of CPU, 20 on a busy 2-core machine).
# `make model-check` retrains into a temporary file and compares it with the
# shipped one. Other trainer options go in MODEL_FLAGS, e.g. WordNet's parts
# of speech for the tagger, its semantic classes for the parser (Debian's
# wordnet-base) and the words between, and -plain-tags to keep the shipped
# parser in front of WordNet's tagger:
# make model MODEL_FLAGS='-wordnet /usr/share/wordnet -tag-classes -semantic -between'
MODEL_FLAGS ?=
TRAIN_FLAGS = -train ../shared/ud/en_ewt-ud-train.conllu.xz -dev ../shared/ud/en_ewt-ud-dev.conllu.xz

model:
	$(GO) run ./scripts/trainsyntax $(TRAIN_FLAGS) $(MODEL_FLAGS) -out assets/syntax/model.bin

model-check:
	@out=$$(mktemp); trap 'rm -f '$$out EXIT; \
	$(GO) run ./scripts/trainsyntax $(TRAIN_FLAGS) -out $$out && \
	cmp $$out assets/syntax/model.bin && echo "model-check: make model rebuilds assets/syntax/model.bin byte for byte"

# Retrain the summary's sentence ranker on the business articles of the BBC
# News Summary data in ../shared/eval/dev (checked on the tech articles). The
# same code and data give the same briefing/draft/summary/weights.go; rerun it
# when the stages before the summary change what they find.
ranker:
	$(GO) run ./scripts/trainsummary -data ../shared/eval/dev/bbc_business_tech.jsonl \
		-train business -check tech -out briefing/draft/summary/weights.go

# Every non-GUI package must build for macOS and Windows without cgo.
cross-check:
	bash scripts/cross-check.sh

# Linux .tar.xz and plain binary, and the Windows .exe (mingw-w64).
dist: deps
	bash scripts/dist.sh linux windows

# On a Mac with the Xcode command line tools: dist/BriefDesk.app and a zip.
dist-macos:
	bash scripts/dist.sh macos

clean:
	rm -rf bin dist ci-artifacts
