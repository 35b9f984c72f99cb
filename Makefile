# sdkgen — two commands on a fresh machine: `make generate`, then `make test`.
# Everything a target needs is installed here, pinned (Python: constraints.txt; npm: PRISM_VERSION).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SPEC := spec/leonardo-generation.yaml
OUT := generated/leonardo-sdk
PKG_SRC := $(OUT)/src/leonardo_sdk
CACHE := .cache
PRISM_VERSION := 5.16.0
PRISM := $(CACHE)/prism/node_modules/.bin/prism
PY_DIRS := generator tests bench

.PHONY: generate test check lint typecheck drift clean venv prism test-large bench ci-regenerate

venv: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $@

# The generated SDK installed into the test venv (editable: tests see what was just generated).
$(VENV)/.sdk-installed: $(STAMP) $(OUT)/pyproject.toml
	$(BIN)/python -m pip install --quiet -c constraints.txt -e $(OUT)
	touch $@

generate: $(STAMP)
	$(BIN)/sdkgen generate $(SPEC) -o $(OUT)
	$(MAKE) --no-print-directory $(VENV)/.sdk-installed

prism: $(PRISM)

$(PRISM):
	mkdir -p $(CACHE)/prism
	npm install --silent --no-audit --no-fund --prefix $(CACHE)/prism @stoplight/prism-cli@$(PRISM_VERSION)

test: $(VENV)/.sdk-installed $(PRISM)
	PRISM_BIN=$(abspath $(PRISM)) $(BIN)/python -m pytest -q -n 2 -m "not large"
	$(MAKE) --no-print-directory check

check: lint typecheck drift

lint: $(STAMP)
	$(BIN)/ruff check $(PY_DIRS)
	$(BIN)/ruff format --check $(PY_DIRS)
	$(BIN)/black --check -q $(PY_DIRS)
	cd $(OUT) && ../../$(BIN)/ruff check --no-cache . && ../../$(BIN)/ruff format --no-cache --check . && ../../$(BIN)/black --check -q .

typecheck: $(STAMP)
	$(BIN)/mypy --strict generator
	cd $(OUT)/src && ../../../$(BIN)/mypy --strict --no-incremental leonardo_sdk

drift: $(STAMP)
	$(BIN)/sdkgen check $(SPEC) -o $(OUT)

test-large: $(VENV)/.sdk-installed
	$(BIN)/python -m pytest -q -m large

clean:
	rm -rf $(VENV) $(CACHE) .pytest_cache .mypy_cache .ruff_cache .hypothesis
	find . -name __pycache__ -type d -prune -exec rm -rf {} +

bench: $(VENV)/.sdk-installed
	$(BIN)/python bench/run.py

# What CI runs when spec/ or templates/ change: report the SDK-visible diff, bump, regenerate, test.
ci-regenerate: $(STAMP)
	bash .ci/regenerate
