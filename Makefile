# Maatwerk — the two commands a new machine needs are `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
STAMP := $(VENV)/.installed
PG_URL ?= postgres://postgres@127.0.0.1:5432/test
BENCH_PG_URL ?= postgres://postgres@127.0.0.1:5432/maatwerk_bench
export DJANGO_SETTINGS_MODULE ?= maatwerk.settings.dev

.PHONY: install install-pdf-libraries install-browser run test test-sqlite test-postgres lint bench backup restore clean

## install: virtualenv with all Python packages, the vendored front-end assets, and the
## Debian libraries WeasyPrint draws PDFs with (pango)
install: $(STAMP) maatwerk/static/vendor/htmx.min.js install-pdf-libraries

install-pdf-libraries:
	@dpkg -s libpangoft2-1.0-0 >/dev/null 2>&1 || { \
	  echo "Installing pango for the PDF documents (WeasyPrint)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libpango-1.0-0 libpangoft2-1.0-0 >/dev/null; }

$(STAMP): requirements.txt requirements-dev.txt constraints.txt
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -r requirements-dev.txt -c constraints.txt
	touch $(STAMP)

maatwerk/static/vendor/htmx.min.js: package.json package-lock.json scripts/vendor-assets.mjs
	npm ci --no-audit --no-fund --loglevel=error
	npm run --silent vendor

## install-browser: Debian's chromium for the end-to-end tests (Playwright drives it)
install-browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Installing Debian chromium for the browser tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

## run: install, migrate, load the demo municipality and serve on http://127.0.0.1:8000
run: install
	mkdir -p var
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo
	@echo "Maatwerk draait op http://127.0.0.1:8000 — log in met een van de demo-accounts hierboven."
	$(PY) manage.py runserver 127.0.0.1:8000

## lint: ruff, formatting, the import layers, and no model change without a migration
lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	DJANGO_SETTINGS_MODULE=maatwerk.settings.test $(PY) manage.py makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=maatwerk.settings.test $(PY) manage.py spectacular --validate --fail-on-warn --file /dev/null

## test: the whole suite on SQLite, and once more on PostgreSQL when it is reachable (there
## without the browser tests and the API fuzzing, which exercise the screens and the HTTP layer,
## not the engine; everything that locks, counts or searches runs on both)
test: install install-browser lint test-sqlite test-postgres

test-sqlite:
	DJANGO_SETTINGS_MODULE=maatwerk.settings.test DJANGO_ALLOW_ASYNC_UNSAFE=true \
	  $(VENV)/bin/pytest -q -n 2 --dist loadfile

test-postgres:
	@if $(PY) -c "import psycopg,sys; psycopg.connect('$(PG_URL)', connect_timeout=3).close()" 2>/dev/null; then \
	  echo "PostgreSQL reachable: running the suite again on PostgreSQL"; \
	  DATABASE_URL=$(PG_URL) DJANGO_SETTINGS_MODULE=maatwerk.settings.test DJANGO_ALLOW_ASYNC_UNSAFE=true \
	    $(VENV)/bin/pytest -q -n 2 --dist loadfile -m "not e2e" --deselect tests/api/test_schemathesis.py; \
	else echo "PostgreSQL not reachable at $(PG_URL): skipping the PostgreSQL run"; fi

## bench: 100,000 cases in PostgreSQL, in-process (latency and query counts of every screen), then
## over real HTTP (gunicorn, production settings, Locust with 1 and 16 users) at 1,000, 100,000
## and 1,000,000 cases (growth side by side against a copy at 1,000), then two app servers on
## one database. BENCH_QUICK=1: only the HTTP bench, at 1,000 and 10,000 cases, and two servers.
bench: install
	@if [ "$(BENCH_QUICK)" != "1" ]; then BENCH_DATABASE_URL=$(BENCH_PG_URL) $(PY) -m bench.run; fi
	BENCH_HTTP_DATABASE_URL=$(BENCH_PG_URL)_http $(PY) -m bench.over_http
	BENCH_TWO_DATABASE_URL=$(BENCH_PG_URL)_two $(PY) -m bench.two_servers

clean:
	rm -rf $(VENV) node_modules maatwerk/static/vendor staticfiles

## backup: a timestamped copy of the database in DATABASE_URL (pg_dump, or SQLite's backup API) in var/backups/
backup:
	$(PY) scripts/backup.py backup

## restore: put a back-up back: make restore FILE=var/backups/… RESTORE_CONFIRM=yes
restore:
	$(PY) scripts/backup.py restore $(FILE)
