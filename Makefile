# ReceptionApp: set-up, run, test, build.
#
#   make run           set up, then open the app on the demo office database
#   make test          set up, then ruff, mypy (strict: core, db, sync) and pytest offscreen
#   make bench         set up, then every tests/benchmarks/bench_*.py script, one after another
#                      (tools/run_benchmarks.py; arguments for them: make bench BENCH_ARGS=...)
#   make translations  compile resources/translations/*.ts into .qm (pyside6-lrelease)
#   make screenshots   regenerate the README screenshots (tools/screenshots.py)
#   make wheel         build the wheel (and sdist) into dist/
#   make venv          only the set-up: .venv with the app installed editable, test extras
#   make clean         remove build output, caches and compiled translations (keeps .venv)
#
# Set-up = tools/check-system (Debian packages: installed by apt-get when run as root,
# otherwise the exact apt-get line is printed), then .venv from $(PYTHON) if missing, then
# `pip install -e .[test]` again whenever pyproject.toml changed. The installer is uv when
# there is one (on PATH, or pip-installed into .venv: ~8x faster); INSTALLER=pip forces pip.

PYTHON ?= python3
VENV ?= .venv
INSTALLER ?= auto
EXTRAS ?= test
BENCH_ARGS ?=
PYTEST_ARGS ?=

VPY := $(VENV)/bin/python
STAMP := $(VENV)/.receptionapp-installed
TS_FILES := $(wildcard resources/translations/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)
LINT_PATHS := receptionapp tests tools hatch_build.py conftest.py
MYPY_PATHS := receptionapp/core receptionapp/db receptionapp/sync receptionapp/resources.py

.DEFAULT_GOAL := help
.PHONY: help venv run test lint bench translations screenshots wheel clean

help:
	@sed -n '3,11p' Makefile | sed 's/^# \{0,1\}//'

# tools/check-system GROUP: base (Qt libraries, fonts, make, python3-venv), test (+ PostgreSQL),
# x11 (Qt on an X display), xvfb (x11 + Xvfb).
system-%:
	@PYTHON=$(PYTHON) tools/check-system $*

venv: system-base $(STAMP)

$(STAMP): pyproject.toml
	@set -e; \
	if [ ! -x "$(VPY)" ]; then \
	  echo "creating $(VENV) with $$($(PYTHON) -c 'import sys; print(sys.executable, sys.version.split()[0])')"; \
	  $(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
	    || { echo "ReceptionApp needs Python 3.11 or newer: set PYTHON=..." >&2; exit 1; }; \
	  $(PYTHON) -m venv $(VENV); \
	fi; \
	uv=""; \
	case "$(INSTALLER)" in \
	  uv|auto) \
	    if command -v uv >/dev/null 2>&1; then uv=uv; \
	    elif [ -x $(VENV)/bin/uv ]; then uv=$(VENV)/bin/uv; \
	    elif [ "$(INSTALLER)" = uv ] || $(VPY) -m pip --version >/dev/null 2>&1; then \
	      $(VPY) -m pip install --quiet --disable-pip-version-check uv && uv=$(VENV)/bin/uv \
	        || echo "could not install uv; using pip"; \
	    fi ;; \
	  pip) ;; \
	  *) echo "INSTALLER must be auto, uv or pip" >&2; exit 2 ;; \
	esac; \
	if [ -n "$$uv" ]; then \
	  echo "installing receptionapp[$(EXTRAS)] (editable) with $$uv"; \
	  $$uv pip install --quiet --python $(VPY) -e ".[$(EXTRAS)]"; \
	else \
	  echo "installing receptionapp[$(EXTRAS)] (editable) with pip"; \
	  $(VPY) -m pip --version >/dev/null 2>&1 || $(VPY) -m ensurepip --upgrade >/dev/null; \
	  $(VPY) -m pip install --quiet --disable-pip-version-check -e ".[$(EXTRAS)]"; \
	fi; \
	touch $@

# Without a display: one line and a non-zero exit (Qt would abort with a long message).
# $(error) keeps it to one line; it fires only when `run` is made.
NO_DISPLAY := no display (DISPLAY and WAYLAND_DISPLAY unset): run offscreen with \
  'QT_QPA_PLATFORM=offscreen make run' or under Xvfb with 'xvfb-run -a make run'

run:
	$(if $(strip $(DISPLAY)$(WAYLAND_DISPLAY)$(QT_QPA_PLATFORM)),,$(error $(NO_DISPLAY)))
	@if [ -n "$${DISPLAY:-}" ] && [ -z "$${QT_QPA_PLATFORM:-}$${WAYLAND_DISPLAY:-}" ]; then \
	  PYTHON=$(PYTHON) tools/check-system x11; \
	fi
	@$(MAKE) --no-print-directory venv translations
	$(VENV)/bin/receptionapp --demo

lint: venv
	$(VENV)/bin/ruff check $(LINT_PATHS)
	$(VENV)/bin/ruff format --check $(LINT_PATHS)
	$(VENV)/bin/mypy $(MYPY_PATHS)

# tests/benchmarks is run by `make bench`, not here.
test: system-test lint translations
	QT_QPA_PLATFORM=offscreen $(VPY) -m pytest tests --ignore=tests/benchmarks $(PYTEST_ARGS)

bench: venv translations
	QT_QPA_PLATFORM=offscreen $(VPY) tools/run_benchmarks.py $(BENCH_ARGS)

translations: $(QM_FILES)

resources/translations/%.qm: resources/translations/%.ts | venv
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@.tmp && mv -f $@.tmp $@

screenshots: venv translations
	$(VPY) tools/screenshots.py

wheel: venv
	@if [ -x $(VENV)/bin/uv ] || command -v uv >/dev/null 2>&1; then \
	  uv_bin=$$(command -v uv || echo $(VENV)/bin/uv); $$uv_bin build --out-dir dist .; \
	else \
	  $(VPY) -m pip wheel --no-deps --wheel-dir dist .; \
	fi
	@ls -l dist/*.whl

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache .hypothesis
	rm -f resources/translations/*.qm
	find receptionapp tests tools -name __pycache__ -type d -prune -exec rm -rf {} +
