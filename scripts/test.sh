#!/usr/bin/env bash
# Sets up the machine, builds corogen and runs every test (unit, runtime
# warnings matrix, lit). Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/build.sh
ctest --test-dir build --output-on-failure -j2
