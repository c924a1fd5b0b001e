//===- FuzzTransform.cpp - libFuzzer on transformFile ---------------------===//
//
// Part of corogen, under the MIT licence.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// The fuzz target `corogen-fuzz`: each input is the text of an annotated
/// file, transformed by corogen::transformFile (what the command line runs)
/// with fixed compiler flags. Any input must end in diagnostics (an error) or
/// an output that clang parses without error, never in a crash, a sanitizer
/// report or a hang.
///
/// The flags: `-std=c++17` (or $COROGEN_FUZZ_STD), -I for the runtime and
/// for the headers the seed corpus includes (test/lit/Inputs,
/// test/lit/run/Inputs, bench), `-fno-caret-diagnostics` and `-include-pch`
/// of a prelude.
///
/// The prelude: parsing <corogen/corogen.hpp> and the standard headers it
/// and the seeds include takes clang about 0.4 s, most of an execution. So at
/// start-up the target precompiles a header that includes them (into a
/// directory under $TMPDIR, removed at exit), and each input is parsed with
/// it; the input's own #include lines of those headers then cost nothing,
/// since their include guards are already defined. The declarations come
/// from the PCH's AST, which is how a clang-based tool sees a translation
/// unit built with precompiled headers; a corogen that behaves differently
/// then is a bug too. COROGEN_FUZZ_PCH=0 parses every input from scratch.
///
/// Environment:
///   COROGEN_FUZZ_CHECK_OUTPUT=0  do not check the output. By default, when
///       the transformation succeeds, the output is parsed with clang too
///       (-fsyntax-only, same flags), and an error in it aborts. It costs
///       little: most mutated inputs do not get that far.
///   COROGEN_FUZZ_PCH=0  no prelude (about ten times slower).
///   COROGEN_FUZZ_VERBOSE=1  print each input's diagnostics; 2 also prints
///       the output.
///   COROGEN_FUZZ_STD=c++20  the language standard.
///
//===----------------------------------------------------------------------===//

#include "Transform.h"

#include "clang/Basic/DiagnosticOptions.h"
#include "clang/Frontend/FrontendActions.h"
#include "clang/Frontend/TextDiagnosticPrinter.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/Tooling.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include <sys/wait.h>
#include <unistd.h>

using namespace clang;

namespace {

/// Where the input is, as far as clang knows: a file of an in-memory file
/// system laid over the real one. Its directory does not exist on disk.
constexpr const char *InputPath = "/corogen-fuzz/input.cpp";

struct Settings {
  std::vector<std::string> Args;
  bool CheckOutput = false;
  int Verbose = 0;
};

/// The headers the prelude precompiles: the runtime, and the standard headers
/// the seed corpus includes most.
constexpr const char *PreludeText = R"(#include <corogen/corogen.hpp>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <exception>
#include <functional>
#include <initializer_list>
#include <iostream>
#include <list>
#include <map>
#include <memory>
#include <new>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>
)";

bool envFlag(const char *Name, bool Default) {
  const char *V = std::getenv(Name);
  if (!V || !*V)
    return Default;
  return std::strcmp(V, "0") != 0;
}

std::string PreludeDir;

void removePrelude() {
  if (!PreludeDir.empty())
    llvm::sys::fs::remove_directories(PreludeDir);
}

/// Precompiles the prelude with `Args` and returns the PCH's path; aborts on
/// failure (the fuzz target is useless without it).
std::string buildPrelude(const std::vector<std::string> &Args) {
  llvm::SmallString<128> Dir;
  if (std::error_code EC = llvm::sys::fs::createUniqueDirectory("corogen-fuzz", Dir)) {
    std::fprintf(stderr, "corogen-fuzz: cannot make a directory: %s\n", EC.message().c_str());
    std::abort();
  }
  PreludeDir = std::string(Dir);
  std::atexit(removePrelude);
  llvm::SmallString<128> Header(Dir), PCH(Dir);
  llvm::sys::path::append(Header, "prelude.hpp");
  llvm::sys::path::append(PCH, "prelude.hpp.pch");
  {
    std::error_code EC;
    llvm::raw_fd_ostream OS(Header, EC);
    OS << PreludeText;
  }
  std::vector<std::string> CommandLine = {"clang", "-resource-dir=" COROGEN_CLANG_RESOURCE_DIR,
                                          "-x", "c++-header"};
  CommandLine.insert(CommandLine.end(), Args.begin(), Args.end());
  CommandLine.insert(CommandLine.end(), {std::string(Header), "-o", std::string(PCH)});
  // In a child process: writing the PCH registers LLVM's signal handlers
  // (to remove a partial file), and libFuzzer then leaves SIGABRT to them,
  // so that an abort() (an assertion, or a check below) would kill the
  // process without libFuzzer writing the input down.
  pid_t Child = fork();
  if (Child == 0) {
    auto Files = llvm::makeIntrusiveRefCnt<FileManager>(FileSystemOptions());
    tooling::ToolInvocation Invocation(CommandLine, std::make_unique<GeneratePCHAction>(),
                                       Files.get());
    _exit(Invocation.run() ? 0 : 1);
  }
  int Status = 0;
  if (Child < 0 || waitpid(Child, &Status, 0) != Child || !WIFEXITED(Status) ||
      WEXITSTATUS(Status) != 0 || !llvm::sys::fs::exists(PCH)) {
    std::fprintf(stderr, "corogen-fuzz: cannot precompile the prelude\n");
    std::abort();
  }
  return std::string(PCH);
}

const Settings &settings() {
  static const Settings S = [] {
    Settings S;
    const char *Std = std::getenv("COROGEN_FUZZ_STD");
    S.Args.push_back(std::string("-std=") + (Std && *Std ? Std : "c++17"));
    for (const char *Dir : {COROGEN_FUZZ_INCLUDE_DIRS})
      S.Args.push_back(std::string("-I") + Dir);
    // Silences clang's "N errors generated." on standard error; the
    // diagnostics themselves go to a printer with its own options.
    S.Args.push_back("-fno-caret-diagnostics");
    S.CheckOutput = envFlag("COROGEN_FUZZ_CHECK_OUTPUT", true);
    if (const char *V = std::getenv("COROGEN_FUZZ_VERBOSE"))
      S.Verbose = std::atoi(V);
    if (envFlag("COROGEN_FUZZ_PCH", true)) {
      std::string PCH = buildPrelude(S.Args);
      S.Args.push_back("-include-pch");
      S.Args.push_back(PCH);
    }
    return S;
  }();
  return S;
}

/// Clang's diagnostic printer, writing into a string: it renders every
/// location and range corogen reports, so that a bad one shows up here.
struct CapturedDiagnostics {
  std::string Text;
  llvm::raw_string_ostream OS{Text};
  IntrusiveRefCntPtr<DiagnosticOptions> Options = new DiagnosticOptions();
  TextDiagnosticPrinter Printer{OS, Options.get()};
};

/// Parses `Output` with the same flags; true when clang finds no error.
bool outputParses(const std::string &Output, std::string &Diagnostics) {
  std::vector<std::string> Args = settings().Args;
  Args.push_back("-Wno-error");
  tooling::FixedCompilationDatabase DB(".", Args);
  const char *OutputPath = "/corogen-fuzz/output.cpp";
  tooling::ClangTool Tool(DB, {OutputPath});
  Tool.mapVirtualFile(OutputPath, Output);
  Tool.appendArgumentsAdjuster(tooling::getInsertArgumentAdjuster(
      "-resource-dir=" COROGEN_CLANG_RESOURCE_DIR, tooling::ArgumentInsertPosition::BEGIN));
  CapturedDiagnostics Diags;
  Tool.setDiagnosticConsumer(&Diags.Printer);
  Tool.setPrintErrorMessage(false);
  int Status = Tool.run(tooling::newFrontendActionFactory<SyntaxOnlyAction>().get());
  Diags.OS.flush();
  Diagnostics = Diags.Text;
  return Status == 0 && Diags.Printer.getNumErrors() == 0;
}

/// Whether the errors of an output include a refusal by corogen's runtime:
/// a static_assert whose message starts "corogen: ".
bool refusedByRuntime(const std::string &Diagnostics) {
  return Diagnostics.find("static_assert failed") != std::string::npos &&
         Diagnostics.find("\"corogen: ") != std::string::npos;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
  settings();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  const Settings &S = settings();
  // A std::string, which ends in the NUL that clang's lexer needs.
  std::string Code(reinterpret_cast<const char *>(Data), Size);
  // `#pragma clang __debug crash` and its kin crash clang on purpose.
  if (Code.find("__debug") != std::string::npos)
    return -1;

  tooling::FixedCompilationDatabase DB(".", S.Args);
  corogen::TransformOptions Opts;
  Opts.LineFileName = InputPath;
  corogen::RunOptions Run;
  Run.Contents = std::move(Code);
  CapturedDiagnostics Diags;
  Run.Diagnostics = &Diags.Printer;
  Run.PrintToolError = false;
  corogen::TransformResult Result;
  bool Ok = corogen::transformFile(DB, InputPath, Opts, Run, Result);
  Diags.OS.flush();
  if (S.Verbose)
    std::fprintf(stderr, "%s%s\n", Diags.Text.c_str(),
                 Ok ? "corogen-fuzz: transformed" : "corogen-fuzz: rejected");
  if (S.Verbose >= 2 && Ok)
    std::fprintf(stderr, "%s\n", Result.Output.c_str());
  if (Ok != Result.Succeeded) {
    std::fprintf(stderr, "corogen-fuzz: transformFile returned %d, but Result.Succeeded is %d\n",
                 Ok, Result.Succeeded);
    std::abort();
  }
  if (!Ok && Diags.Printer.getNumErrors() == 0) {
    std::fprintf(stderr, "corogen-fuzz: the transformation failed without an error\n%s",
                 Diags.Text.c_str());
    std::abort();
  }
  if (Ok && S.CheckOutput) {
    std::string OutputDiags;
    // (What only a template's instantiation shows, corogen's runtime
    // refuses with a static_assert whose message starts "corogen: ": such
    // an output is meant not to build.)
    if (!outputParses(Result.Output, OutputDiags) && !refusedByRuntime(OutputDiags)) {
      std::fprintf(stderr,
                   "corogen-fuzz: the output does not parse\n"
                   "--- output ---\n%s\n--- clang ---\n%s\n",
                   Result.Output.c_str(), OutputDiags.c_str());
      std::abort();
    }
  }
  return 0;
}
