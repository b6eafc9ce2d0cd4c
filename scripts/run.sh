#!/usr/bin/env bash
# Install workreport (scripts/setup.sh) and start it; arguments go to the workreport command.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh app
exec .venv/bin/workreport "$@"
