#!/usr/bin/env bash
# Installs Swift $SWIFT_VERSION with swiftly (swift.org's installer), the system packages the toolchain
# needs, and libcmark-dev, on an Ubuntu runner; then puts swift on the PATH of later workflow steps.
set -euo pipefail
sudo apt-get update -qq
sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq curl libcmark-dev pkg-config
curl -fsSLO "https://download.swift.org/swiftly/linux/swiftly-$(uname -m).tar.gz"
tar zxf "swiftly-$(uname -m).tar.gz"
./swiftly init --assume-yes --quiet-shell-followup --skip-install
. "${SWIFTLY_HOME_DIR:-$HOME/.local/share/swiftly}/env.sh"
# The toolchain's own prerequisites, as swiftly lists them for this system.
swiftly install --use "${SWIFT_VERSION:-latest}" --assume-yes --post-install-file=post-install.sh
if [ -s post-install.sh ]; then sudo bash post-install.sh; fi
rm -f "swiftly-$(uname -m).tar.gz" swiftly post-install.sh
echo "${SWIFTLY_BIN_DIR:-$HOME/.local/share/swiftly/bin}" >> "$GITHUB_PATH"
swift --version
