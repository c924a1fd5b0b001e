#!/usr/bin/env bash
# Sets up the machine, then configures and builds corogen in build/. Shared by
# test.sh and demo.sh so that both build exactly the same way.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/setup.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j2
