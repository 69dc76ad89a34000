# visitplan — the two commands a newcomer needs are `make demo` and `make test`.
# Both do their own set-up (scripts/setup.sh installs what is missing).

SWIFT ?= swift
BIN := .build/debug/visitplan
SEED_PROGRAMME := seeds/stakhanov-lipetsk-2018-programme.visit.yaml
SEED_ACCOUNT := seeds/stakhanov-lipetsk-2018.visit.yaml
SEED_WISHES := seeds/stakhanov-lipetsk-2018-wishes.visit.yaml

.PHONY: all setup build demo test lint format bench bench-engines pdf fuzz clean

all: build

setup:
	@scripts/setup.sh

# Builds only: installing what is missing is `make setup`'s job (and demo's
# and test's, which run it first).
build:
	$(SWIFT) build

# The main job on the seed visit: check the planned programme and the account
# as recorded, then write the programme's workbook and its text programme and
# report to out/.
demo: setup build
	@echo "== visitplan check $(SEED_PROGRAMME)"
	@$(BIN) check $(SEED_PROGRAMME)
	@echo
	@echo "== visitplan check $(SEED_ACCOUNT) --lang ru"
	@$(BIN) check $(SEED_ACCOUNT) --lang ru || true
	@echo
	@mkdir -p out
	@echo "== visitplan export $(SEED_PROGRAMME) -o out/stakhanov-lipetsk-2018.xlsx"
	@$(BIN) export $(SEED_PROGRAMME) -o out/stakhanov-lipetsk-2018.xlsx
	@echo "wrote out/stakhanov-lipetsk-2018.xlsx"
	@echo
	@echo "== visitplan report $(SEED_PROGRAMME) -o out/programme.txt (and --template report)"
	@$(BIN) report $(SEED_PROGRAMME) -o out/programme.txt
	@$(BIN) report $(SEED_PROGRAMME) --template report -o out/report.txt
	@echo "wrote out/programme.txt and out/report.txt; the report begins:"
	@echo
	@head -n 12 out/report.txt
	@echo
	@echo "== visitplan plan $(SEED_WISHES) -o out/stakhanov-lipetsk-2018-planned.visit.yaml"
	@$(BIN) plan $(SEED_WISHES) -o out/stakhanov-lipetsk-2018-planned.visit.yaml
	@echo
	@echo "== visitplan check out/stakhanov-lipetsk-2018-planned.visit.yaml"
	@$(BIN) check out/stakhanov-lipetsk-2018-planned.visit.yaml
	@echo
	@echo "== visitplan page $(SEED_PROGRAMME) -o out/stakhanov-lipetsk-2018.html"
	@$(BIN) page $(SEED_PROGRAMME) -o out/stakhanov-lipetsk-2018.html
	@echo "wrote out/stakhanov-lipetsk-2018.html: open it in a browser"
	@echo
	@echo "== visitplan calendar $(SEED_PROGRAMME) --all -o out/calendars"
	@mkdir -p out/calendars
	@$(BIN) calendar $(SEED_PROGRAMME) -o out/calendars/visit.ics
	@$(BIN) calendar $(SEED_PROGRAMME) --all -o out/calendars
	@echo
	@echo "Live preview while editing: $(BIN) serve $(SEED_PROGRAMME)  (then open the address it prints)"

test: setup lint
	$(SWIFT) build --build-tests
	VISITPLAN_BROWSER_TESTS=required $(SWIFT) test
	Fuzz/run.sh 45 --smoke

# Fuzzing (libFuzzer + AddressSanitizer) for FUZZ_TIME seconds; the corpus
# grows in .build-fuzz/corpus, findings land in .build-fuzz/findings.
FUZZ_TIME ?= 1800
fuzz: setup
	Fuzz/run.sh $(FUZZ_TIME)

lint:
	$(SWIFT) format lint --strict --recursive Sources Tests Plugins Fuzz Package.swift

format:
	$(SWIFT) format format --in-place --recursive Sources Tests Plugins Benchmarks Fuzz Package.swift

# Performance figures (release build); not part of `make test`.
bench: setup
	Benchmarks/bench_load.sh
	Benchmarks/bench_check.sh
	Benchmarks/bench_export.sh
	Benchmarks/bench_report.sh
	python3 Benchmarks/bench_declension.py
	swift build -c release --product visitplan >/dev/null
	python3 Benchmarks/hostile_inputs.py
	python3 Benchmarks/plan/bench_plan.py
	python3 Benchmarks/bench_page.py

# The planner's engine comparison (docs/planner.md): visitplan's search,
# Gecode, Z3 and CP-SAT on the same visits. Installs Gecode and Z3's Python
# bindings with apt and OR-Tools with pip when missing; takes ~8 minutes.
bench-engines: setup
	@dpkg -s libgecode-dev python3-z3 >/dev/null 2>&1 || \
	  { echo "setup: installing libgecode-dev and python3-z3 with apt"; \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -q libgecode-dev python3-z3 >/dev/null; }
	@python3 -c 'import ortools' 2>/dev/null || \
	  python3 -m pip install --quiet --root-user-action=ignore ortools
	python3 Benchmarks/plan/bench_engines.py

# Print check: LibreOffice (headless) turns the demo workbook into a PDF, and
# pdftoppm into one PNG per page under out/pages/, to look at. Installs
# libreoffice-calc and poppler-utils when missing (large; not part of test).
pdf: demo
	@command -v libreoffice >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1 || \
	  { echo "setup: installing libreoffice-calc and poppler-utils with apt"; \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -q libreoffice-calc-nogui poppler-utils >/dev/null; }
	@# Carlito has Calibri's metrics: without it LibreOffice measures column
	@# widths in DejaVu Sans, a third wider, and shrinks every page to fit.
	@fc-list | grep -qi carlito || \
	  { echo "setup: installing fonts-crosextra-carlito with apt"; \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -q fonts-crosextra-carlito >/dev/null; }
	rm -rf out/pages && mkdir -p out/pages out/workbooks
	@# Every seed's workbook, so each kind of programme is looked at in print.
	@for seed in seeds/*.visit.yaml; do \
	  name=$$(basename $$seed .visit.yaml); \
	  $(BIN) export $$seed -o out/workbooks/$$name.xlsx || exit 1; \
	done
	libreoffice --headless --convert-to pdf --outdir out/workbooks out/workbooks/*.xlsx >/dev/null 2>&1
	@for pdf in out/workbooks/*.pdf; do \
	  name=$$(basename $$pdf .pdf); \
	  echo "$$name: $$(pdfinfo $$pdf | grep -E 'Pages' | tr -s ' ')"; \
	  pdftoppm -r 80 -png $$pdf out/pages/$$name; \
	done
	@ls out/pages

clean:
	rm -rf .build .build-fuzz out Benchmarks/out
