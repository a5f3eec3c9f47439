#!/usr/bin/env bash
# Installs the system packages the course needs when they are missing (Debian), or says what to do.
set -euo pipefail

need=()
pkg-config --exists libcmark 2>/dev/null || need+=(libcmark-dev pkg-config)
pkg-config --exists zlib 2>/dev/null || need+=(zlib1g-dev pkg-config)
if [ "${WITH_BROWSER:-0}" = 1 ] && ! command -v chromium >/dev/null 2>&1; then
  need+=(chromium)
fi
[ ${#need[@]} -eq 0 ] && exit 0

echo "Installing missing system packages: ${need[*]}" >&2
if [ "$(id -u)" -eq 0 ]; then
  apt=(apt-get)
elif command -v sudo >/dev/null 2>&1; then
  apt=(sudo apt-get)
else
  echo "error: missing ${need[*]}; install them with: apt-get update && apt-get install -y ${need[*]}" >&2
  exit 2
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "error: missing ${need[*]} and no apt-get here; install cmark's and zlib's development files (libcmark, zlib) by hand" >&2
  exit 2
fi
"${apt[@]}" update -qq >&2
DEBIAN_FRONTEND=noninteractive "${apt[@]}" install -y -qq "${need[@]}" >&2 || {
  echo "error: could not install ${need[*]}; install them with: apt-get update && apt-get install -y ${need[*]}" >&2
  exit 2
}
