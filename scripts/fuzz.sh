#!/usr/bin/env bash
# The long fuzz campaign (not in CI): random seed, more cases, a table of outcomes.
# Usage: scripts/fuzz.sh [--seed N] [--per-family N]
set -euo pipefail
cd "$(dirname "$0")/.."
exec .venv/bin/python scripts/fuzz.py "$@"
