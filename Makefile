# Quick start (Debian 12, as root):  make demo   |   make test
# Each target installs the Debian packages that are missing, configures and builds.
# make install [PREFIX=/usr/local] [DESTDIR=/tmp/stage]   |   make package (a .deb, CPack)

BUILD    ?= build
JOBS     ?= 2
WERROR   ?= $(if $(CI),ON,OFF)
DEB_PKGS := build-essential cmake pkg-config libcli11-dev nlohmann-json3-dev libfmt-dev \
            libspdlog-dev catch2 libre2-dev libpoppler-cpp-dev libxml2-dev nettle-dev libutfcpp-dev \
            libvectorscan-dev libxlsxwriter-dev help2man man-db parallel python3 python3-jsonschema python3-openpyxl
SAMPLE   := data/samples/letter-york-2018.txt
PREFIX   ?= /usr/local
DESTDIR  ?=

.PHONY: all deps configure build demo test install package clean

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

install: build
	DESTDIR=$(DESTDIR) cmake --install $(BUILD) --prefix $(PREFIX)

package: build
	cd $(BUILD) && cpack -G DEB

clean:
	rm -rf $(BUILD)
