# The two commands of the README: `make run` and `make test`. Each installs what is missing
# (packaging/deps.sh), configures once, then builds incrementally.
PRESET ?= $(if $(CI),ci,release)
BUILD_DIR := build/$(PRESET)
JOBS ?= $(shell nproc 2>/dev/null || echo 2)

.PHONY: all deps configure build run test bench bench-deps bench-peer format clean deb translations

all: build

deps:
	@bash packaging/deps.sh

$(BUILD_DIR)/build.ninja: | deps
	cmake --preset $(PRESET)

configure: deps $(BUILD_DIR)/build.ninja

build: configure
	cmake --build $(BUILD_DIR) -j$(JOBS)

# Opens the user's library (created with the sample articles on first start). ARGS passes options,
# e.g. make run ARGS="--library /tmp/other.sqlite".
run: build
	$(BUILD_DIR)/ui/gui/newsmark $(ARGS)

# The whole suite, headless: every test sets QT_QPA_PLATFORM=offscreen, which renders WebEngine.
test: build
	cd $(BUILD_DIR) && QTWEBENGINE_CHROMIUM_FLAGS="--no-sandbox" ctest --output-on-failure -j$(JOBS)

bench: build
	python3 tests/benchmarks/run_benchmarks.py --build $(BUILD_DIR)

bench-deps:
	@bash packaging/deps.sh bench

# Start-up and memory at 100,000 articles beside RSS Guard, in one run (docs/PERFORMANCE.md).
bench-peer: build bench-deps
	tests/benchmarks/peer_startup.sh -b $(BUILD_DIR)

# lupdate over core/ and ui/ into resources/translations/*.ts, then the list of strings that
# still need a translator (fails while there are any). README, "Language".
translations: configure
	cmake --build $(BUILD_DIR) --target translations_unfinished

format:
	git ls-files '*.cpp' '*.h' | xargs clang-format -i

deb: build
	cd $(BUILD_DIR) && cpack -G DEB

clean:
	rm -rf build
