# Everything a developer needs, from a fresh clone: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SAMPLE := sample_projects/marketing-team.en.raci.json
# What the real-window tests need (Xvfb, xdotool) and what Qt's xcb plugin loads.
SYSTEM_PACKAGES := xvfb xdotool libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 \
	libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libegl1 libfontconfig1 \
	fonts-wqy-microhei

.PHONY: run test lint typecheck unit bench clean help system-deps translations

help:
	@echo "make run    - set up .venv and open the editor on the bundled sample"
	@echo "make test   - set up .venv with test extras; lint, type-check and run every test headless"
	@echo "make bench  - print the benchmark table"
	@echo "make translations - refresh the .ts files from the source and build the .qm files"
	@echo "make clean  - remove .venv and caches"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --disable-pip-version-check -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --disable-pip-version-check -q -e ".[test]"
	touch $@ $(VENV)/.installed

run: $(VENV)/.installed
	$(BIN)/raci-editor $(SAMPLE)

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache

typecheck: $(VENV)/.installed-test
	$(BIN)/mypy

unit: $(VENV)/.installed-test system-deps
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

test: lint typecheck unit

# Installs the system packages with apt-get when missing and allowed (root on Debian/Ubuntu);
# elsewhere it says what to install, and the real-window tests are skipped.
system-deps:
	@if command -v Xvfb >/dev/null && command -v xdotool >/dev/null \
		&& ldconfig -p | grep -q libxcb-cursor.so.0 && ldconfig -p | grep -q libxcb-icccm.so.4; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "Installing system packages: $(SYSTEM_PACKAGES)"; \
		{ apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
			--no-install-recommends $(SYSTEM_PACKAGES) >/dev/null; } \
		|| echo "note: apt-get could not install them; the real-window tests will be skipped"; \
	else \
		echo "note: for the real-window tests and the desktop run: sudo apt-get install $(SYSTEM_PACKAGES)"; \
	fi

# The .ts lists every text of the source (no line numbers, so it changes only with the texts);
# translators fill it in (pyside6-linguist), then the .qm the program loads is built from it.
TRANSLATIONS := $(wildcard resources/translations/raci_editor_*.ts)
translations: $(VENV)/.installed
	$(BIN)/pyside6-lupdate -no-obsolete -locations none $$(find raci_editor -name '*.py' | sort) \
		-ts $(TRANSLATIONS)
	for ts in $(TRANSLATIONS); do $(BIN)/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm; done

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis build dist
