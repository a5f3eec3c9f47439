#!/usr/bin/env bash
# Output-scaling benchmark: the time to handle a cell's printed output (write the events, read them
# back, bound them for the page, render the page, print everything for `lessons run`) for 10^4, 10^5
# and 10^6 printed lines. Handling is linear when the time per line stays flat (within 2x); the
# benchmark fails otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
# A debug build, like the incremental-build benchmark: the ratio between sizes is what is measured.
swift build --product output-bench >/dev/null
.build/debug/output-bench 10000 100000 1000000
