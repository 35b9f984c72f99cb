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
# Newest 5.x whose declared engines admit this machine's Node 20 (5.15.10+ require Node >= 24.14).
PRISM_VERSION := 5.14.2
PRISM_DIR := $(CACHE)/prism
PRISM := $(PRISM_DIR)/node_modules/.bin/prism
PRISM_STAMP := $(PRISM_DIR)/.installed-$(PRISM_VERSION)
PY_DIRS := generator tests bench

.PHONY: generate test check lint typecheck drift clean venv prism test-large test-kill github-spec bench ci-regenerate

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

# Installed from scratch into .cache/prism only, again whenever PRISM_VERSION changes (the stamp
# names the version). Quiet on success (stdout dropped), npm errors still reach stderr.
$(PRISM): $(PRISM_STAMP)
	@test -x $@ || { echo "$@ missing: rm -rf $(PRISM_DIR) and run make prism" >&2; exit 1; }

$(PRISM_STAMP):
	rm -rf $(PRISM_DIR)
	mkdir -p $(PRISM_DIR)
	SCARF_ANALYTICS=false npm install --prefix $(PRISM_DIR) --save-exact --ignore-scripts \
		--no-audit --no-fund --no-progress --loglevel=error \
		@stoplight/prism-cli@$(PRISM_VERSION) >/dev/null
	touch $@

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
	cd $(OUT)/src && ../../../$(BIN)/mypy --strict --cache-dir=/dev/null leonardo_sdk

drift: $(STAMP)
	$(BIN)/sdkgen check $(SPEC) -o $(OUT)

# GitHub's REST API description (npm @octokit/openapi, pinned), for the large tests; never committed.
GITHUB_OPENAPI_VERSION := 23.0.2
GITHUB_SPEC := $(CACHE)/github-openapi/$(GITHUB_OPENAPI_VERSION)/api.github.com.json

github-spec: $(GITHUB_SPEC)

$(GITHUB_SPEC):
	rm -rf $(@D)/.pack && mkdir -p $(@D)/.pack
	npm pack --silent --pack-destination $(@D)/.pack @octokit/openapi@$(GITHUB_OPENAPI_VERSION) >/dev/null
	tar -xzf $(@D)/.pack/*.tgz -C $(@D)/.pack package/generated/api.github.com.json
	mv $(@D)/.pack/package/generated/api.github.com.json $@
	rm -rf $(@D)/.pack

test-large: $(VENV)/.sdk-installed github-spec
	$(BIN)/python -m pytest -q -m large

# Only the kill campaign of test-large: SDKGEN_KILL_POINTS (default 50) random SIGKILL/SIGTERM on
# regenerations of GitHub's spec, each leaving the old or the new tree (tests/test_kill.py).
# SDKGEN_KILL_SEED replays a campaign, SDKGEN_KILL_SPEC runs it on another spec.
test-kill: $(VENV)/.sdk-installed github-spec
	$(BIN)/python -m pytest -q -s -m large tests/test_kill.py

clean:
	rm -rf $(VENV) $(CACHE) .pytest_cache .mypy_cache .ruff_cache .hypothesis
	find . -name __pycache__ -type d -prune -exec rm -rf {} +

bench: $(VENV)/.sdk-installed
	$(BIN)/python bench/run.py

# What CI runs when spec/ or templates/ change: report the SDK-visible diff, bump, regenerate, test.
ci-regenerate: $(STAMP)
	bash .ci/regenerate
