# Dealtracker: `make run` serves the dashboard with the seed deals; `make test` runs everything.
SHELL := /bin/bash
PORT ?= 8000
VENV := .venv
BIN := $(VENV)/bin
# The test suite runs against the real services (PostgreSQL and Redis); override to point elsewhere.
TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/dealtracker
# Redis database 1, away from development's 0; each run also gets its own cache key prefix
# (and the worker tests their own queue), so two runs at once cannot collide.
TEST_REDIS_URL ?= redis://127.0.0.1:6379/1

# Django 6.1 needs Python >= 3.12: take the first interpreter on the PATH (or in pyenv) that has it.
PYTHON ?= $(shell for p in python3.12 python3.13 python3.14 python3 $(HOME)/.pyenv/versions/3.1[2-9]*/bin/python3; do \
	  if command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then \
	    echo $$p; break; fi; done)

.PHONY: install run test lint format lock worker beat check-python clean

check-python:
	@if [ -z "$(PYTHON)" ]; then echo "Dealtracker needs Python 3.12 or newer (python3.12 or python3.13 on the PATH)."; exit 1; fi

$(BIN)/python: | check-python
	@echo "Creating $(VENV) with $(PYTHON) ($$($(PYTHON) --version))"
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: $(BIN)/python requirements.lock pyproject.toml
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.lock
	@touch $@

install: $(VENV)/.installed

run: install
	$(BIN)/python manage.py migrate --no-input
	$(BIN)/python manage.py load_seed
	$(BIN)/python manage.py compute_weekly_summaries --all
	$(BIN)/python manage.py create_editor
	@echo "Dealtracker on http://127.0.0.1:$(PORT)/ (editors: http://127.0.0.1:$(PORT)/admin/)"
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

test: lint
	DATABASE_URL=$${DATABASE_URL:-$(TEST_DATABASE_URL)} REDIS_URL=$${REDIS_URL:-$(TEST_REDIS_URL)} \
	  CACHE_KEY_PREFIX=dealtracker-test-$$$$ $(BIN)/pytest $(PYTEST_ARGS)

worker: install
	$(BIN)/celery -A dealtracker worker --loglevel=INFO

beat: install
	$(BIN)/celery -A dealtracker beat --loglevel=INFO

lock: install
	$(BIN)/pip freeze --exclude-editable | grep -v '^dealtracker' > requirements.lock.new
	(printf '# Every package at the exact version we test with. Regenerate after changing pyproject.toml:\n#   make lock\n'; cat requirements.lock.new) > requirements.lock && rm requirements.lock.new

clean:
	rm -rf $(VENV) staticfiles
