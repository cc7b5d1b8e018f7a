#!/usr/bin/env bash
# Build the Linux one-folder bundle into build/bundle/pilotzone/ (see installer/README.md).
#   installer/build-linux.sh            uses .venv/bin/python if present, else python3
#   PYTHON=/path/to/python installer/build-linux.sh
# The Python used needs the project's dependencies and PyInstaller installed.
# Note: the bundle copies this machine's system libraries — build on the oldest distribution you support.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${PYTHON:-}" ]; then
  if [ -x .venv/bin/python ]; then PYTHON=.venv/bin/python; else PYTHON=python3; fi
fi
"$PYTHON" -c 'import PyInstaller' 2>/dev/null || {
  echo "PyInstaller is not installed for $PYTHON: $PYTHON -m pip install pyinstaller" >&2; exit 2; }

version=$("$PYTHON" installer/version.py)
echo "Building pilotzone $version with $("$PYTHON" -m PyInstaller --version) ($PYTHON)"
start=$(date +%s)
rm -rf build/bundle/pilotzone
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level "${PYINSTALLER_LOG_LEVEL:-WARN}" \
  --distpath build/bundle --workpath build/pyinstaller installer/pilotzone.spec
echo "Built build/bundle/pilotzone/ in $(( $(date +%s) - start )) s: $(du -sh build/bundle/pilotzone | cut -f1) unpacked"
