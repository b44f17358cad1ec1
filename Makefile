# Two commands for a new user:  `make demo` (set up, code the shipped example into tidings.duckdb)
# and `make test` (set up, run the tests). Both create .venv on first use.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: demo test bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/tidings ingest examples/sahel_talks.txt --date 2024-03-18
	$(VENV)/bin/tidings events

test: $(STAMP)
	$(PY) -m pytest -q

bench: $(STAMP)
	$(PY) bench/accuracy.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
