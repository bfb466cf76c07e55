# Two commands do all set-up on a fresh Debian/Ubuntu machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-test
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: venv run test postgres-deps lint bench bench-quick system-deps clean dist dist-test fuzz

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

venv: $(STAMP)

# Opens the GUI on the bundled samples (imported into your default project; re-running adds nothing twice).
run: $(STAMP)
	$(VENV)/bin/annotator resources/samples

# Lint and types: ruff (rules in pyproject's [tool.ruff]) and mypy (strict for core, io, store, tasks).
lint: $(STAMP)
	$(PY) -m ruff check annotator tests bench fuzz scripts
	$(PY) -m mypy

# Lint and types, then every test, headless (tests/conftest.py selects Qt's offscreen platform).  The shared-
# project tests start a private PostgreSQL server (tests/pgserver.py): its programs come from Debian's
# `postgresql` package, installed here with apt when missing and we are root (CI); otherwise those tests skip.
test: lint postgres-deps
	$(PY) -m pytest

postgres-deps:
	@if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null; then \
	    if [ "$$(id -u)" = 0 ]; then \
	        apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql; \
	    else \
	        echo "PostgreSQL is not installed: the shared-project tests will skip (sudo apt-get install postgresql)"; \
	    fi; \
	fi

# Every performance figure (issue 7) in one table, each beside a same-run baseline; about 15 minutes.
# Inputs are built from ../shared/data; `make bench-quick` is a few-minute smoke run.
$(VENV)/.installed-bench: $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,bench]'
	touch $@

bench: $(VENV)/.installed-bench
	QT_QPA_PLATFORM=offscreen $(PY) bench/run_all.py

bench-quick: $(VENV)/.installed-bench
	QT_QPA_PLATFORM=offscreen $(PY) bench/run_all.py --quick

# Fuzz every reader and importer: 10,000 hypothesis inputs each, then atheris (coverage-guided); ~15 minutes.
fuzz: $(STAMP)
	$(PY) -m pip install --quiet -e '.[fuzz]'
	$(PY) fuzz/run.py --examples 10000
	$(PY) fuzz/atheris_fuzz.py --runs 20000
	$(PY) fuzz/project.py --examples 200

# The installer (docs/packaging.md): dist/annotator/ (one folder), its tarball and a .deb.  PyInstaller needs
# binutils (installed here with apt if missing); dpkg-deb comes with every Debian/Ubuntu.
SUDO := $(if $(shell command -v sudo),sudo,)
$(VENV)/.installed-build: $(STAMP)
	command -v objdump >/dev/null || { $(SUDO) apt-get update -q && $(SUDO) apt-get install -y -q binutils; }
	$(PY) -m pip install --quiet -e '.[test,build]'
	touch $@

dist: $(VENV)/.installed-build
	rm -rf dist/annotator
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN build.spec
	$(PY) packaging/linux/package.py

# Builds, runs the frozen self-test and a screenshot with no Python on PATH, checks the .deb, prints figures.
dist-test: dist
	packaging/dist_test.sh

# Qt's runtime libraries on Debian/Ubuntu (see README); needs root or sudo.
system-deps:
	$(if $(shell command -v sudo),sudo,) apt-get install -y --no-install-recommends \
	    python3-venv libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 \
	    libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 \
	    libxcb-randr0 libxcb-render-util0 libxcb-image0

clean:
	rm -rf $(VENV) build dist .pytest_cache .hypothesis
