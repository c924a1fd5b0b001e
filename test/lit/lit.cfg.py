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

# %run-both <input> <tmp> [flags]: transform, build with both compilers, run
# both programs, print what they print (once; they must agree). The script
# reads the tool, the compilers and the flags from the environment.
config.environment["COROGEN"] = config.corogen_tool
config.environment["CXX_GCC"] = config.cxx_gcc
config.environment["CXX_CLANG"] = config.cxx_clang
config.environment["CXXFLAGS_LIT"] = cxxflags
# `--param sanitize=1` (ctest's lit-sanitizers): the end-to-end programs are
# built with AddressSanitizer and UndefinedBehaviorSanitizer, and any report
# fails the test.
if lit_config.params.get("sanitize"):
    config.environment["CXXFLAGS_RUN"] = (
        "-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer")
    config.environment["ASAN_OPTIONS"] = "detect_leaks=1"
    config.environment["UBSAN_OPTIONS"] = "print_stacktrace=1"
else:
    config.environment["CXXFLAGS_RUN"] = ""
# `--param valgrind=<path>` (ctest's lit-valgrind): the end-to-end programs
# run under valgrind's memcheck, and any error or definite leak fails the test.
if lit_config.params.get("valgrind"):
    config.environment["RUN_WRAPPER"] = (
        lit_config.params["valgrind"] + " -q --error-exitcode=97 --leak-check=full"
        " --errors-for-leak-kinds=definite,indirect")
else:
    config.environment["RUN_WRAPPER"] = ""
config.substitutions.append(
    ("%run-both", "sh " + os.path.join(config.test_source_root, "Inputs", "run-both.sh")))
# FileCheck for the output of a program that uses Inputs/trace.hpp: every
# construction, copy, move and destruction it prints must be matched by a
# CHECK line, so that an extra one anywhere fails the test.
config.substitutions.append(
    ("%check-trace", "FileCheck --implicit-check-not='{{^(ctor|copy|move|dtor) }}'"))
# The directory of the shared test inputs, for -I.
config.substitutions.append(
    ("%inputs", os.path.join(config.test_source_root, "Inputs")))

if config.cxx_gcc:
    config.available_features.add("gcc")
if config.cxx_clang:
    config.available_features.add("clang")
