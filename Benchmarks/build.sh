#!/usr/bin/env bash
# Incremental-build benchmark: a cold build of the course's lessons, a rebuild with nothing changed,
# and a rebuild after a prose-only edit to one lesson. Runs on a copy of Lessons/ in a temporary
# folder, so the real course and its cache are left alone. The runtime libraries are compiled before
# timing starts (their compilation is shared by every course and cached by the hash of their sources).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product lessons >/dev/null
tool="$PWD/.build/debug/lessons"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r Lessons "$work/Lessons"
cd "$work"

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.4f\n", b - a }'; }
percent() { awk -v part="$1" -v whole="$2" 'BEGIN { printf "%.1f", 100 * part / whole }'; }
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

warm=$(mktemp -d); cp -r Lessons "$warm/"; (cd "$warm" && "$tool" build --out "$warm/Output" >/dev/null 2>&1); rm -rf "$warm"

start=$(now); "$tool" build >/dev/null 2>&1; cold=$(elapsed "$start" "$(now)")

unchanged=$(for _ in 1 2 3 4 5; do s=$(now); "$tool" build >/dev/null 2>&1; elapsed "$s" "$(now)"; done | median)

first=$(ls Lessons/*.md | head -n 1)
prose=$(for i in 1 2 3 4 5; do
  printf '\nAn added sentence of prose, edit %s.\n' "$i" >> "$first"
  s=$(now); out=$("$tool" build 2>&1); t=$(elapsed "$s" "$(now)")
  # A lesson that runs is reported "PATH: ran N cells in S s"; a bare "ran" would match names like "translates".
  grep -q ": ran " <<<"$out" && { echo "a prose-only edit re-ran a lesson:" >&2; echo "$out" >&2; exit 1; }
  echo "$t"
done | median)

printf '\nIncremental builds (%s lessons; %s, %s cores)\n' "$(ls Lessons/*.md | wc -l)" "$(uname -m)" "$(nproc)"
printf '%-32s %10s %12s\n' "build" "seconds" "of cold"
printf '%-32s %10.3f %11.1f%%\n' "cold (no cached results)" "$cold" 100
printf '%-32s %10.3f %11.1f%%\n' "nothing changed (median of 5)" "$unchanged" "$(percent "$unchanged" "$cold")"
printf '%-32s %10.3f %11.1f%%\n' "prose edit, one lesson (median)" "$prose" "$(percent "$prose" "$cold")"
