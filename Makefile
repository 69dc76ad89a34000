# visitplan — the two commands a newcomer needs are `make demo` and `make test`.
# Both do their own set-up (scripts/setup.sh installs what is missing).

SWIFT ?= swift
BIN := .build/debug/visitplan
SEED_PROGRAMME := seeds/stakhanov-lipetsk-2018-programme.visit.yaml
SEED_ACCOUNT := seeds/stakhanov-lipetsk-2018.visit.yaml

.PHONY: all setup build demo test lint format bench clean

all: build

setup:
	@scripts/setup.sh

build: setup
	$(SWIFT) build

# The main job on the seed visit: check the planned programme, then the
# account as recorded (which has no times, and says so in notes later on).
demo: build
	@echo "== visitplan check $(SEED_PROGRAMME)"
	@$(BIN) check $(SEED_PROGRAMME)
	@echo
	@echo "== visitplan check $(SEED_ACCOUNT) --lang ru"
	@$(BIN) check $(SEED_ACCOUNT) --lang ru

test: setup lint
	$(SWIFT) build --build-tests
	$(SWIFT) test

lint:
	$(SWIFT) format lint --strict --recursive Sources Tests Package.swift

format:
	$(SWIFT) format format --in-place --recursive Sources Tests Package.swift

# Performance figures (release build); not part of `make test`.
bench: setup
	Benchmarks/bench_check.sh

clean:
	rm -rf .build out Benchmarks/out
