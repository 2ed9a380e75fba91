# Ethos: the two commands a fresh machine needs are `make run` and `make test`.
SWIFT ?= swift
ETHOS := .build/debug/ethos
CMARK_HEADER := /usr/include/cmark-gfm-core-extensions.h

.PHONY: all deps build run test schema-check docs release clean

all: build

# Installs the system libraries Ethos links (cmark-gfm) and the Python checker for the schema
# test, when missing.
deps:
	@if [ ! -f $(CMARK_HEADER) ]; then \
		echo "Installing cmark-gfm (libcmark-gfm-dev, libcmark-gfm-extensions-dev)"; \
		apt-get update -qq && apt-get install -y -qq libcmark-gfm-dev libcmark-gfm-extensions-dev; \
	fi
	@python3 -c "import jsonschema, yaml" 2>/dev/null || python3 -m pip install -q jsonschema PyYAML

build: deps
	$(SWIFT) build

# Validates every example, then holds each against the advice (ethos lint), and prints summaries.
run: build
	$(ETHOS) validate --strict Examples/*.yml
	$(ETHOS) lint --strict Examples/*.yml

test: build
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(MAKE) --no-print-directory schema-check

# The JSON Schema must accept every example and reject the invalid schema fixtures, checked by
# a real validator (Python jsonschema).
schema-check:
	$(ETHOS) schema -o .build/ethos.schema.json
	python3 Tests/schema/check_schema.py .build/ethos.schema.json

# Regenerates the KPI catalogue page from the catalogue itself.
docs: build
	$(ETHOS) kpis --format md > .build/kpis-table.md
	{ sed '/^| ID |/,$$d' docs/kpis.md; cat .build/kpis-table.md; } > .build/kpis.md && mv .build/kpis.md docs/kpis.md

release: deps
	$(SWIFT) build -c release --product ethos

clean:
	rm -rf .build
