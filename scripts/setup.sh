#!/usr/bin/env bash
# Installs the Debian packages Veil builds and tests with (as root; skips what is present).
set -euo pipefail
packages=(pkg-config libssl-dev libsystemd-dev libre2-dev systemd ripgrep time)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
command -v swift >/dev/null || { echo "setup: swift is not on PATH (Swift 6.2+ toolchain needed)" >&2; exit 1; }
