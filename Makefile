# tamga: the two set-up commands are `make demo` and `make test` (see README.md).
# Both install what is missing on a fresh Debian machine, then build.

SWIFT      ?= swift
SUDO       := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_GET    := DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get
BIN_DEBUG   = $(shell $(SWIFT) build --show-bin-path)
BIN_RELEASE = $(shell $(SWIFT) build -c release --show-bin-path)

# Debian packages the tests use, as command:package pairs: the standard tools
# an export must interoperate with (age, minisign), git for the merge test,
# headless Chromium and poppler's pdf tools for the printed-HTML checks,
# libfiu's fiu-run for the write-failure tests, pandoc for the differential parsing test,
# OpenSSH's server and client for the sync tests over SSH on loopback, curl for the web server's tests.
# The evidence export's tools (mat2, exiftool, vips, pdftotext) come with `deps`.
TEST_TOOLS := age:age age-keygen:age minisign:minisign git:git /usr/sbin/sshd:openssh-server ssh:openssh-client chromium:chromium pdftotext:poppler-utils pdfinfo:poppler-utils script:bsdutils fiu-run:fiu-utils pandoc:pandoc curl:curl

.PHONY: all deps test-deps browser-deps build release test test-sanitize demo fuzz bench crash-test fault-test tamper-test attack-test clean

all: build

## deps: install libsodium-dev and cmark-gfm's -dev packages with apt-get when pkg-config cannot find them
deps:
	@if ! pkg-config --exists libsodium 2>/dev/null; then \
	  echo "make: libsodium not found by pkg-config; installing libsodium-dev with apt-get"; \
	  $(APT_GET) update -qq && $(APT_GET) install -y -qq libsodium-dev pkg-config; \
	fi
	@pkg-config --exists libsodium || { echo "make: libsodium is still missing; install libsodium-dev" >&2; exit 1; }
	@if ! pkg-config --exists libcmark-gfm 2>/dev/null || [ ! -e /usr/include/cmark-gfm-core-extensions.h ]; then \
	  echo "make: cmark-gfm not found; installing libcmark-gfm-dev and libcmark-gfm-extensions-dev with apt-get"; \
	  $(APT_GET) update -qq && $(APT_GET) install -y -qq libcmark-gfm-dev libcmark-gfm-extensions-dev; \
	fi
	@pkg-config --exists libcmark-gfm || { echo "make: cmark-gfm is still missing; install libcmark-gfm-dev" >&2; exit 1; }
	@missing=""; for pair in $(EVIDENCE_TOOLS); do [ -e $${pair%%:*} ] || missing="$$missing $${pair##*:}"; done; \
	if [ -n "$$missing" ]; then \
	  echo "make: installing$$missing with apt-get (evidence export)"; \
	  $(APT_GET) update -qq && $(APT_GET) install -y -qq $$missing; \
	fi

# deps also installs what `tamga export --with-attachments` runs (issue 17): mat2 strips metadata, exiftool
# verifies it is gone, vips blacks out regions, pdftotext reads a PDF's text for the leak scan, and
# pdftoppm + tesseract (its English and Kyrgyz Cyrillic models) read back what each page shows
EVIDENCE_TOOLS := /usr/bin/mat2:mat2 /usr/bin/exiftool:libimage-exiftool-perl /usr/bin/vips:libvips-tools /usr/bin/vipsheader:libvips-tools /usr/bin/pdftotext:poppler-utils /usr/bin/pdftoppm:poppler-utils /usr/bin/tesseract:tesseract-ocr /usr/share/tesseract-ocr/5/tessdata/eng.traineddata:tesseract-ocr-eng /usr/share/tesseract-ocr/5/tessdata/kir.traineddata:tesseract-ocr-kir

## test-deps: deps, plus the tools the interop and merge tests run
test-deps: deps
	@missing=""; for pair in $(TEST_TOOLS); do command -v $${pair%%:*} >/dev/null 2>&1 || missing="$$missing $${pair##*:}"; done; \
	if [ -n "$$missing" ]; then \
	  echo "make: installing$$missing with apt-get"; \
	  $(APT_GET) update -qq && $(APT_GET) install -y -qq $$missing; \
	fi
	@# sshd refuses to start without its privilege-separation folder (the sync tests start one on loopback)
	@[ -d /run/sshd ] || $(SUDO) mkdir -p -m 0755 /run/sshd

## browser-deps: what the browser tests (WebBrowserTests) drive: Debian's chromium and chromium-driver, and Selenium with
## axe-core (selenium-axe-python) from PyPI, versions pinned in Tests/Browser/requirements.txt, in a virtual environment
## in .build/browser-venv (reinstalled when the requirements change)
BROWSER_VENV := .build/browser-venv
browser-deps:
	@missing=""; for pair in chromium:chromium chromedriver:chromium-driver python3:python3; do \
	  command -v $${pair%%:*} >/dev/null 2>&1 || missing="$$missing $${pair##*:}"; done; \
	python3 -c 'import ensurepip, venv' >/dev/null 2>&1 || missing="$$missing python3-venv"; \
	if [ -n "$$missing" ]; then \
	  echo "make: installing$$missing with apt-get (browser tests)"; \
	  $(APT_GET) update -qq && $(APT_GET) install -y -qq $$missing; \
	fi
	@if ! cmp -s Tests/Browser/requirements.txt $(BROWSER_VENV)/requirements.txt; then \
	  echo "make: installing Selenium and axe-core into $(BROWSER_VENV) (Tests/Browser/requirements.txt)"; \
	  rm -rf $(BROWSER_VENV) && python3 -m venv $(BROWSER_VENV) && \
	  $(BROWSER_VENV)/bin/pip install -q --disable-pip-version-check -r Tests/Browser/requirements.txt && \
	  cp Tests/Browser/requirements.txt $(BROWSER_VENV)/requirements.txt; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

## test: the whole test suite (unit, vectors, end-to-end through the built binary, the browser workflow).
## Everything is built once, optimised, with -enable-testing (for the tests' @testable imports), in its own
## scratch folder so that `make release` and `make demo` keep their plain release build in .build; the
## end-to-end tests run the tamga binary of that build. Why optimised: the unit tests run the name and
## identifier engines over large corpora, and in a debug build they spent 3.6 times the CPU (measured on this
## 2-core machine, CleanSummaryRound10 + LatinOnlyNameRound10: 147 s user CPU debug, 41 s optimised; the 125
## parameterized unit suites timed in both a debug and an optimised run: 1111 s against 414 s). The
## release binary with -enable-testing spends the same CPU as the plain release one on add and export.
## The debug build remains for `make crash-test`, `fault-test`, `tamper-test`, `attack-test` and `test-sanitize`.
## scripts/test-timing.py ranks suites and tests by time from a run's event stream (see its header).
TEST_SCRATCH := .build-test
TEST_BUILD   := -c release -Xswiftc -enable-testing --scratch-path $(TEST_SCRATCH)
test: test-deps browser-deps
	$(SWIFT) build $(TEST_BUILD) --build-tests
	TAMGA_BINARY="$(CURDIR)/$(TEST_SCRATCH)/release/tamga" $(SWIFT) test $(TEST_BUILD) --skip-build

## test-sanitize: the unit and vault tests under AddressSanitizer, then ThreadSanitizer, then
## the end-to-end tests against a tamga binary built with AddressSanitizer and leak detection on.
## In-process leak detection is off for the unit tests: at exit it reports their static fixtures
## and Foundation/Dispatch state. The binary's leak check is on; Tests/Sanitizers/lsan.supp lists
## the one Foundation leak it accepts. Any sanitizer report from the binary fails the target.
ASAN_REPORTS := $(CURDIR)/.build-asan/reports
test-sanitize: test-deps
	ASAN_OPTIONS=detect_leaks=0 $(SWIFT) test --sanitize address --scratch-path .build-asan --skip TamgaEndToEndTests
	$(SWIFT) test --sanitize thread --scratch-path .build-tsan --skip TamgaEndToEndTests
	$(SWIFT) build --sanitize address --scratch-path .build-asan --product tamga
	@rm -rf "$(ASAN_REPORTS)" && mkdir -p "$(ASAN_REPORTS)"
	ASAN_OPTIONS=detect_leaks=1:exitcode=86:log_path="$(ASAN_REPORTS)/tamga" \
	LSAN_OPTIONS=suppressions="$(CURDIR)/Tests/Sanitizers/lsan.supp" \
	TAMGA_BINARY="$(CURDIR)/.build-asan/debug/tamga" $(SWIFT) test --filter TamgaEndToEndTests
	@if grep -l 'ERROR: ' "$(ASAN_REPORTS)"/* 2>/dev/null; then \
	  echo "sanitizer reports from the tamga binary: see the files above" >&2; exit 1; fi
	@echo "test-sanitize: no AddressSanitizer, LeakSanitizer or ThreadSanitizer report"

## demo: build in release mode and run the main job on the bundled examples
demo: release
	TAMGA_BINARY="$(BIN_RELEASE)/tamga" ./scripts/demo.sh

## bench: tamga vs libsodium in C, grep -F and Python re; writes BENCHMARKS.md (see it for knobs)
bench: deps
	@command -v hyperfine >/dev/null 2>&1 || { $(APT_GET) update -qq && $(APT_GET) install -y -qq hyperfine; }
	./Benchmarks/run.sh

## crash-test: SIGKILL add, edit, member remove and rekey at random moments (RUNS, SEED), then check
crash-test: build
	TAMGA_BINARY="$(BIN_DEBUG)/tamga" ./scripts/crash-test.sh $(RUNS) $(SEED)

## fault-test: add, edit, attach, member remove, rekey, export -o on a full disk or with
## libfiu failing write/fsync/open/close/rename/unlink (RUNS, SEED), then check and retry
fault-test: test-deps build
	TAMGA_BINARY="$(BIN_DEBUG)/tamga" ./scripts/fault-test.sh $(RUNS) $(SEED)

## attack-test: forge every action with the keys of each insider (contributor, State member,
## removed member, removed administrator) and do every keyless rollback; print the tally
## (also part of `make test`)
attack-test: test-deps build
	@TAMGA_BINARY="$(BIN_DEBUG)/tamga" $(SWIFT) test --filter AttackCampaignTests > .build/attack-test.log 2>&1; status=$$?; \
	  grep -E 'attack-test|✘|Test run' .build/attack-test.log; exit $$status

## tamper-test: alter every kind of file in a vault and count what `check` reports
tamper-test: build
	TAMGA_BINARY="$(BIN_DEBUG)/tamga" ./scripts/tamper-test.sh

## fuzz: libFuzzer + ASan over every parser, FUZZ_SECONDS each (see Fuzz/README.md)
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := document policy object age minisign
fuzz: deps
	$(SWIFT) build -c debug --product tamga-fuzz --scratch-path .build-fuzz \
	  --sanitize fuzzer -Xswiftc -sanitize=fuzzer,address
	@for t in $(FUZZ_TARGETS); do \
	  mkdir -p Fuzz/corpus/$$t Fuzz/artifacts/$$t; \
	  echo "== fuzzing $$t for $(FUZZ_SECONDS) s"; \
	  TAMGA_FUZZ_TARGET=$$t .build-fuzz/debug/tamga-fuzz Fuzz/corpus/$$t Fuzz/seeds/$$t \
	    -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -artifact_prefix=Fuzz/artifacts/$$t/ \
	    -print_final_stats=1 2>&1 | grep -E 'DONE|stat::number_of_executed_units|ERROR|SUMMARY' || exit 1; \
	done

clean:
	rm -rf .build .build-fuzz $(TEST_SCRATCH)
