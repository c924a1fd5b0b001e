#!/usr/bin/env bash
# Installs the Debian 12 packages that corogen needs to build, test and run its
# demo. Idempotent: when every package is present it does nothing and prints
# nothing.
set -euo pipefail

packages=(
  clang-14 llvm-14-dev llvm-14-tools libclang-14-dev libclang-cpp14-dev
  libclang-rt-14-dev libgtest-dev libgmock-dev libbenchmark-dev
  cmake ninja-build g++ python3 graphviz valgrind
)

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "setup.sh: dpkg-query not found; install these packages by hand:" >&2
  echo "  ${packages[*]}" >&2
  exit 1
fi

missing=()
for pkg in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  if [[ "$status" != "install ok installed" ]]; then
    missing+=("$pkg")
  fi
done

if ((${#missing[@]} == 0)); then
  exit 0
fi

sudo=()
if [[ "$(id -u)" -ne 0 ]]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "setup.sh: not root and sudo not found; as root, run:" >&2
    echo "  apt-get install ${missing[*]}" >&2
    exit 1
  fi
  sudo=(sudo)
fi

echo "setup.sh: installing ${missing[*]}"
"${sudo[@]}" apt-get update
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
  apt-get install -y --no-install-recommends "${missing[@]}"
