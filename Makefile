# srdt-assist: every workflow goes through this file (README lists the targets).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
MAIL ?= tests/fixtures/emails/intake-plain.eml

.PHONY: install test lint run serve addin corpus bench eval fixtures clean

install: $(VENV)/.installed

$(VENV)/.installed: setup.cfg constraints.txt tools/node/package-lock.json
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade "pip>=24"
	$(BIN)/pip install --quiet -c constraints.txt -e ".[dev]"
	@# real peers for the tests: Debian's Chromium for the task pane (Playwright downloads no
	@# browser) and Dovecot for IMAP drafts; the tests start their own instances
	@{ command -v chromium && command -v dovecot; } >/dev/null || { [ "$$(id -u)" = 0 ] && \
		command -v apt-get >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
		--no-install-recommends chromium dovecot-imapd; } || \
		echo "warning: chromium or dovecot is missing; their tests will be skipped"
	@# Mozilla's addons-linter, pinned by tools/node/package-lock.json, for the extension's test
	@command -v npm >/dev/null && npm ci --prefix tools/node --no-audit --no-fund --silent || \
		echo "warning: npm is missing; the Thunderbird extension will not be linted"
	touch $@

test: install
	$(BIN)/pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/mypy

# The main job: fetch the pinned packages, build the index (sources 1 to 4), draft a reply.
run: corpus
	$(BIN)/srdt-assist suggest $(MAIL)

# The HTTP API on 127.0.0.1:8000 (needs an index: `make corpus` or `make run` first).
serve: install
	$(BIN)/srdt-assist serve

# The Thunderbird extension (.xpi in build/), from the task pane's own files.
addin: install
	$(BIN)/python tools/build_thunderbird.py

corpus: install
	$(BIN)/srdt-assist -v corpus build
	$(BIN)/srdt-assist corpus stats

bench: install
	$(BIN)/python -m bench.run
	$(BIN)/python -m bench.pipeline bench
	$(BIN)/python -m bench.api

eval: install
	$(BIN)/python -m bench.anonymisation
	$(BIN)/python -m bench.pipeline eval
	$(BIN)/python -m bench.restated
	$(BIN)/python -m bench.eval

# Re-cut the committed test sample and retrain the theme model (needs `corpus fetch` first).
fixtures: install
	$(BIN)/python tools/make_corpus_sample.py --from var/packages --out tests/fixtures/corpus
	$(BIN)/python tools/train_theme_model.py --from var/packages

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache *.egg-info
