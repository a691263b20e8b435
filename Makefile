# broadsheet — every target bootstraps what it needs; `make demo` and `make test` work on a fresh machine.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PAGEGEN_VENV := .cache/pagegen-venv
SHARED ?= ../shared
STAMP := $(VENV)/.installed

.PHONY: demo test bench lint system-deps pagegen clean

$(STAMP): pyproject.toml | system-deps
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev,bench]'
	touch $(STAMP)

# Debian packages: PostgreSQL (store tests), Tesseract (OCR), Chromium (web reader tests),
# fonts and Pango (pagegen, which makes test pages). Installed only when missing.
system-deps:
	@bash scripts/system-deps.sh

$(PAGEGEN_VENV)/.installed: | system-deps
	@if [ -d $(SHARED)/pagegen ]; then \
	  test -x $(PAGEGEN_VENV)/bin/python || $(PYTHON) -m venv $(PAGEGEN_VENV); \
	  $(PAGEGEN_VENV)/bin/pip install -q -r $(SHARED)/pagegen/requirements.txt && touch $@; \
	else echo "note: $(SHARED)/pagegen is missing; tests that need generated pages will be skipped"; fi

pagegen: $(PAGEGEN_VENV)/.installed

demo: $(STAMP) system-deps
	@echo "== The Arab Weekly, November 2017: a real page as dumped from its PDF =="
	$(PY) -m broadsheet read examples/arabweekly-2017-11-page.txt --date 2017-11-16 \
	    --publication "The Arab Weekly" --format text
	@echo "== A scanned page (made with pagegen from made-up articles), read through Tesseract =="
	$(PY) -m broadsheet read examples/scan-page.png --no-nlp --format text
	@rm -f demo.db
	$(PY) -m broadsheet ingest examples/arabweekly-2017-11-page.txt --db demo.db --workers 1 \
	    --date 2017-11-16 --publication "The Arab Weekly"
	@echo
	@echo "Open the reader on the demo store:  .venv/bin/broadsheet serve --db demo.db   then http://127.0.0.1:8000/"

test: $(STAMP) system-deps pagegen
	bash scripts/run-tests.sh

bench: $(STAMP) pagegen
	$(PY) -m bench

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/mypy

clean:
	rm -rf $(VENV) .cache build *.egg-info
