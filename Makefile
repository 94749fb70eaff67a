# Quick start (Debian 12, as root):  make demo   |   make test
# Each target installs the Debian packages that are missing, configures and builds.

BUILD    ?= build
JOBS     ?= 2
WERROR   ?= $(if $(CI),ON,OFF)
DEB_PKGS := build-essential cmake pkg-config libcli11-dev nlohmann-json3-dev libfmt-dev \
            libspdlog-dev catch2 libre2-dev libpoppler-cpp-dev libxml2-dev nettle-dev libutfcpp-dev \
            libvectorscan-dev python3 python3-jsonschema
SAMPLE   := data/samples/letter-york-2018.txt
# The peers of ../shared/bench need these and wink-nlp from npm (docs/performance.md).
BENCH_PKGS := ripgrep time nodejs
BENCH_OUT  ?= /tmp/jtai-bench

.PHONY: all deps configure build demo test bench clean

all: build

deps:
	@missing=$$(for p in $(DEB_PKGS); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "installing:" $$missing; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi

configure: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DJTAI_WARNINGS_AS_ERRORS=$(WERROR)

build: configure
	cmake --build $(BUILD) -j $(JOBS)

demo: build
	$(BUILD)/jtai analyse --format json $(SAMPLE)

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# jtai beside the peers (../shared/bench), the rules four times over and the scaling runs;
# the tables go to $(BENCH_OUT)/summary.md (docs/performance.md says how to read them).
bench: build
	@missing=$$(for p in $(BENCH_PKGS); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "installing:" $$missing; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi
	bench/run.sh $(BUILD)/jtai $(BENCH_OUT)

clean:
	rm -rf $(BUILD)
