#!/usr/bin/env bash
# Install workreport with its test tools (scripts/setup.sh test), then lint, type-check, check the
# core/GUI split, and run the tests. Arguments go to pytest (e.g. -m "not slow").
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
export QT_QPA_PLATFORM=offscreen
echo "== ruff";          .venv/bin/ruff check src tests scripts benchmarks packaging
echo "== ruff format";   .venv/bin/ruff format --check src tests scripts benchmarks packaging
echo "== mypy";          .venv/bin/mypy
echo "== import-linter"; .venv/bin/lint-imports
echo "== pytest";        .venv/bin/pytest "$@"
