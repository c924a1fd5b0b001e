#!/usr/bin/env bash
# Sets up the machine, builds corogen (which transforms the demo's generators)
# and runs the C++ twin of the seed notebook.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/build.sh
if [[ ! -x build/bin/corogen-demo ]]; then
  echo "demo.sh: build/bin/corogen-demo was not built" >&2
  exit 1
fi
exec build/bin/corogen-demo
