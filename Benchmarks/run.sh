#!/usr/bin/env bash
# Every benchmark of the project, in one go on this machine.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -f Benchmarks/gan.sh ]; then bash Benchmarks/gan.sh; fi
bash Benchmarks/conv.sh
bash Benchmarks/build.sh
bash Benchmarks/output.sh
