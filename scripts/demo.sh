#!/usr/bin/env bash
# Sets up the machine, builds corogen (which transforms the demo's generators)
# and runs the C++ twin of the seed notebook, examples/notebook/notebook.cpp:
# it prints what the Python notebook prints (examples/notebook/expected.txt).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/build.sh
if [[ ! -x build/bin/corogen-demo ]]; then
  echo "demo.sh: build/bin/corogen-demo was not built; it needs the corogen" \
    "tool (COROGEN_BUILD_TOOL=ON, or COROGEN_TOOL_EXECUTABLE)" >&2
  exit 1
fi
exec build/bin/corogen-demo
