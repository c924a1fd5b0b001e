# lit configuration for corogen's tool tests. Paths come from the
# lit.site.cfg.py that CMake writes into the build tree.
import os

import lit.formats

config.name = "corogen"
config.test_format = lit.formats.ShTest()
config.suffixes = [".cpp", ".test"]
config.excludes = ["Inputs"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.corogen_obj_root, "test", "lit")

# FileCheck, not and count live beside each other in LLVM's bin directory;
# RUN lines may name them directly.
config.environment["PATH"] = os.pathsep.join(
    [config.llvm_tools_dir, config.environment["PATH"]])

cxxflags = "-std=c++17 -Wall -Wextra -Werror -I" + config.runtime_include
config.substitutions.append(("%corogen", config.corogen_tool))
config.substitutions.append(("%FileCheck", config.filecheck))
config.substitutions.append(("%cxx-gcc", config.cxx_gcc))
config.substitutions.append(("%cxx-clang", config.cxx_clang))
config.substitutions.append(("%runtime-include", config.runtime_include))
config.substitutions.append(("%cxxflags", cxxflags))

if config.cxx_gcc:
    config.available_features.add("gcc")
if config.cxx_clang:
    config.available_features.add("clang")
