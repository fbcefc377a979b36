# Two commands for a fresh machine (Python 3.11 + make): `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install run test lint typecheck unit browser bench review clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Re-install whenever the dependency list changes.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[model,test,dask]'
	@touch $@

install: $(STAMP)

run: install
	$(BIN)/hsextract extract corpus/ --out outputs/
	$(BIN)/hsextract eval --gold gold/ --pred outputs/

# Debian chromium + chromedriver for the review page's browser test (apt-get, as root).
browser:
	@bash scripts/ensure-browser.sh

lint: install
	$(BIN)/ruff check src tests scripts $(wildcard bench)
	$(BIN)/python scripts/complexity.py src --allow scripts/complexity_allow.txt

typecheck: install
	$(BIN)/mypy src

unit: install
	$(BIN)/python -m pytest -q

test: install browser lint typecheck unit

review: install
	$(BIN)/hsextract review --pred outputs/ --gold gold/ --corpus corpus/ --out review.html

bench: install
	$(BIN)/python bench/bench.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache review.html
