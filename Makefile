# Quick start (Debian 12, as root):  make demo   |   make test
# Each target installs the Debian packages that are missing, configures and builds.
# make install [PREFIX=/usr/local] [DESTDIR=/tmp/stage]   |   make package (a .deb, CPack)

BUILD    ?= build
JOBS     ?= 2
WERROR   ?= $(if $(CI),ON,OFF)
DEB_PKGS := build-essential cmake pkg-config libcli11-dev nlohmann-json3-dev libfmt-dev \
            libspdlog-dev catch2 libre2-dev libpoppler-cpp-dev libxml2-dev nettle-dev libutfcpp-dev \
            libhyperscan-dev libxlsxwriter-dev libjemalloc-dev help2man man-db parallel python3 python3-jsonschema python3-openpyxl \
            libjs-chart.js chromium
# Debian 12's Vectorscan (5.4.9) misses matches of small literal sets on AVX-512 CPUs
# (docs/performance.md); Hyperscan 5.4.0 does not. The two conflict, so it is removed.
DEB_CONFLICTS := libvectorscan-dev libvectorscan5
SAMPLE   := data/samples/letter-york-2018.txt
PREFIX   ?= /usr/local
DESTDIR  ?=
# `make fuzz` only: clang with libFuzzer, ASan and UBSan (not needed by the default build).
FUZZ_PKGS    := clang-14 libclang-rt-14-dev
FUZZ_BUILD   ?= build-fuzz
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= rules pipeline html pdf
SHARED       ?= ../shared
# The peers of ../shared/bench need these and wink-nlp from npm (docs/performance.md).
BENCH_PKGS := ripgrep time nodejs
BENCH_OUT  ?= /tmp/jtai-bench

# Installs those of the Debian packages $(1) that are missing, removing the packages $(2)
# that conflict with them.
define install_missing
@missing=$$(for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
if [ -n "$$missing" ]; then \
  echo "installing:" $$missing; \
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing $(addsuffix -,$(2)); \
fi
endef

.PHONY: all deps clang-deps configure build demo test asan-test install package bench fuzz fuzz-build fuzz-seeds clean

all: build

deps:
	$(call install_missing,$(DEB_PKGS),$(DEB_CONFLICTS))

# clang with libFuzzer and the sanitizer runtimes, for asan-test and fuzz.
clang-deps:
	$(call install_missing,$(FUZZ_PKGS))

configure: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DJTAI_WARNINGS_AS_ERRORS=$(WERROR)

build: configure
	cmake --build $(BUILD) -j $(JOBS)

demo: build
	$(BUILD)/jtai analyse --format json $(SAMPLE)

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# Sanitizer settings of asan-test and fuzz: any report ends the run; leaks that libraries
# keep on purpose are listed in tests/sanitizer/lsan.supp.
SANITIZER_ENV := ASAN_OPTIONS=abort_on_error=1:detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
  LSAN_OPTIONS=suppressions=$(CURDIR)/tests/sanitizer/lsan.supp:print_suppressions=0

# The unit tests, the bad-input suite, the issue 17 regressions and the fuzz replays under
# AddressSanitizer and UBSan (build-asan/); any report fails the test that saw it.
# Built with clang: on this 2-core machine it builds the sanitized tree in about half of
# GCC's time, and its warnings are errors here too.
asan-test: deps clang-deps
	CC=clang-14 CXX=clang++-14 cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DJTAI_SANITIZE=ON -DJTAI_WARNINGS_AS_ERRORS=ON
	cmake --build build-asan -j $(JOBS)
	cd build-asan && $(SANITIZER_ENV) \
	  JTAI_TIME_SCALE=5 ctest -j $(JOBS) --output-on-failure \
	  -R '^(cli\.bad_input_suite|cli\.bad_inputs|cli\.bad_pdfs|cli\.rules_check_five_mistakes|reliability\..*|fuzz\.replay_.*)$$'
	$(SANITIZER_ENV) build-asan/tests/jtai_tests

install: build
	DESTDIR=$(DESTDIR) cmake --install $(BUILD) --prefix $(PREFIX)

package: build
	cd $(BUILD) && cpack -G DEB

# Longest input each target is given: a rules file, a document's start, a page, a PDF.
FUZZ_MAX_LEN_rules    := 4096
FUZZ_MAX_LEN_pipeline := 16384
FUZZ_MAX_LEN_html     := 16384
FUZZ_MAX_LEN_pdf      := 262144

# Each target in turn for FUZZ_SECONDS, new inputs into $(FUZZ_BUILD)/corpus/TARGET, and any
# crash, hang (over 10 s) or leak into tests/fuzz/crashes/TARGET/ to be kept and replayed.
fuzz: $(addprefix fuzz-run-,$(FUZZ_TARGETS))

fuzz-build: deps clang-deps
	CC=clang-14 CXX=clang++-14 cmake -S . -B $(FUZZ_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DJTAI_FUZZ=ON -DJTAI_SANITIZE=ON
	cmake --build $(FUZZ_BUILD) -j $(JOBS) --target $(addprefix fuzz_,$(FUZZ_TARGETS))

fuzz-run-%: fuzz-build
	mkdir -p $(FUZZ_BUILD)/corpus/$* tests/fuzz/crashes/$*
	$(SANITIZER_ENV) $(FUZZ_BUILD)/tests/fuzz/fuzz_$* -max_total_time=$(FUZZ_SECONDS) -max_len=$(FUZZ_MAX_LEN_$*) -timeout=10 \
	  -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix=tests/fuzz/crashes/$*/ \
	  $(FUZZ_BUILD)/corpus/$* tests/fuzz/corpus/$*

# One fuzzer at a time: they share the machine's cores with everything else.
.NOTPARALLEL:

# Rewrites the seed corpus from the project's rules and the shared corpus.
fuzz-seeds:
	python3 tests/fuzz/make_seeds.py $(SHARED)

# jtai beside the peers (../shared/bench), the rules four times over and the scaling runs;
# the tables go to $(BENCH_OUT)/summary.md (docs/performance.md says how to read them).
bench: build
	$(call install_missing,$(BENCH_PKGS))
	bench/run.sh $(BUILD)/jtai $(BENCH_OUT)

clean:
	rm -rf $(BUILD) $(FUZZ_BUILD) build-asan
