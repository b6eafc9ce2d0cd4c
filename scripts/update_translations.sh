#!/usr/bin/env bash
# Refresh the translation sources from the code, then compile them for the app:
#   translations/workreport_<lang>.ts  (edit these: Qt Linguist, or by hand)
#   resources/translations/workreport_<lang>.qm  (shipped; a test checks both are up to date)
set -euo pipefail
cd "$(dirname "$0")/.."
sources=$(find src/workreport/gui -name '*.py' | sort)
for lang in zh_CN en; do
  .venv/bin/pyside6-lupdate -silent -locations none -no-obsolete $sources -ts "translations/workreport_${lang}.ts"
  .venv/bin/pyside6-lrelease -silent -nounfinished "translations/workreport_${lang}.ts" -qm "resources/translations/workreport_${lang}.qm"
done
