# Quickstart: `make run` (serve the seeded demo portal) and `make test` (the whole suite).
SHELL := /bin/bash
PYTHON ?= python3
UV_VERSION := 0.13.9
TOOLS := .tools
UV := $(TOOLS)/bin/uv
PY := .venv/bin/python
export UV_PROJECT_ENVIRONMENT := .venv
export UV_PYTHON_DOWNLOADS := never
export UV_PYTHON := $(PYTHON)

.PHONY: install messages migrate seed run test lint format worker beat makemessages clean

$(UV):
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet uv==$(UV_VERSION)

.venv/.installed: uv.lock pyproject.toml | $(UV)
	$(UV) sync --frozen --quiet
	touch $@

install: .venv/.installed

messages: install
	$(PY) manage.py compilemessages --ignore=.venv --ignore=.tools -v 0

migrate: install
	$(PY) manage.py migrate --noinput -v 0

seed: migrate
	$(PY) manage.py seed_demo

run: messages seed
	@echo "Serving the portal on http://127.0.0.1:8000 (Ctrl+C to stop)"
	$(PY) manage.py runserver 127.0.0.1:8000

# The worker tests run first in their own process: eager tasks must be off before
# Django loads (STACK-NOTES). Without CELERY_BROKER_URL they skip.
test: messages
	CELERY_TASK_ALWAYS_EAGER=false $(PY) -m pytest -m worker -q $(PYTEST_ARGS)
	$(PY) -m pytest $(PYTEST_ARGS)

lint: install
	.venv/bin/ruff check .
	.venv/bin/ruff format --check .
	.venv/bin/lint-imports
	DATABASE_URL=sqlite:///:memory: DJANGO_SETTINGS_MODULE=lms.settings.test $(PY) manage.py makemigrations --check --dry-run

format: install
	.venv/bin/ruff format .
	.venv/bin/ruff check --fix .

makemessages: install
	$(PY) manage.py makemessages -l es -l en --ignore=.venv --ignore=.tools --ignore=tests --ignore=bench
	$(PY) manage.py makemessages -d djangojs -l es -l en --ignore=.venv --ignore=.tools --ignore=staticfiles

worker: install
	.venv/bin/celery -A lms worker -l info

beat: install
	.venv/bin/celery -A lms beat -l info

clean:
	rm -rf .venv $(TOOLS) db.sqlite3 staticfiles
