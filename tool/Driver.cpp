//===- Driver.cpp - corogen's command line --------------------------------===//
//
// Part of corogen, under the MIT licence.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// The command line of SPEC section 6: options, the compilation database
/// (flags after `--`, or compile_commands.json found with `-p`), and writing
/// the output and the depfile atomically, so that an error leaves any old
/// output as it was.
///
//===----------------------------------------------------------------------===//

#include "Transform.h"

#include "clang/Basic/Version.h"
#include "clang/Tooling/CompilationDatabase.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Signals.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"

using namespace clang;
using namespace llvm;

namespace {

cl::OptionCategory Category("corogen options");

cl::opt<std::string> InputPath(cl::Positional, cl::desc("<input>"), cl::Required,
                               cl::cat(Category));
cl::opt<std::string> OutputPath("o", cl::desc("Write the output to <file> ('-', the default: "
                                              "standard output)"),
                                cl::value_desc("file"), cl::init("-"), cl::cat(Category));
cl::opt<std::string> BuildPath("p", cl::desc("Read compiler flags from compile_commands.json "
                                             "in <build-dir>"),
                               cl::value_desc("build-dir"), cl::cat(Category));
cl::opt<bool> WriteDepFile("MD", cl::desc("Write a Makefile-style depfile (see -MF)"),
                           cl::cat(Category));
cl::opt<std::string> DepFilePath("MF", cl::desc("The depfile's name (default: <output>.d)"),
                                 cl::value_desc("file"), cl::cat(Category));
cl::opt<bool> NoLineDirectives("no-line-directives",
                               cl::desc("Do not map the output to the input with #line"),
                               cl::cat(Category));
cl::opt<std::string> EmitDot("emit-dot",
                             cl::desc("Also write each generator's state machine as Graphviz "
                                      "DOT to <file> ('-': standard output)"),
                             cl::value_desc("file"), cl::cat(Category));
cl::opt<bool> DumpIR("dump-ir",
                     cl::desc("Print each generator's state-machine IR instead of the output"),
                     cl::cat(Category));

int fail(const Twine &Message) {
  WithColor::error(errs(), "corogen") << Message << "\n";
  return 1;
}

/// Writes `Text` to `Path` through a temporary file and a rename, so that a
/// reader never sees a partial file.
bool writeAtomically(StringRef Path, StringRef Text) {
  if (Path == "-") {
    outs() << Text;
    outs().flush();
    return true;
  }
  SmallString<256> Temp;
  int FD;
  if (std::error_code EC = sys::fs::createUniqueFile(Path + ".tmp-%%%%%%", FD, Temp)) {
    fail("cannot write '" + Path + "': " + EC.message());
    return false;
  }
  {
    raw_fd_ostream OS(FD, /*shouldClose=*/true);
    OS << Text;
    OS.close();
    if (OS.has_error()) {
      sys::fs::remove(Temp);
      fail("cannot write '" + Path + "': " + OS.error().message());
      return false;
    }
  }
  if (std::error_code EC = sys::fs::rename(Temp, Path)) {
    sys::fs::remove(Temp);
    fail("cannot write '" + Path + "': " + EC.message());
    return false;
  }
  return true;
}

/// A Makefile rule's path, with spaces and '#' escaped.
std::string makePath(StringRef Path) {
  std::string Out;
  for (char C : Path) {
    if (C == ' ' || C == '#')
      Out += '\\';
    if (C == '$')
      Out += '$';
    Out += C;
  }
  return Out;
}

std::unique_ptr<tooling::CompilationDatabase> loadDatabase(int &Argc, const char **Argv) {
  std::string Error;
  std::unique_ptr<tooling::CompilationDatabase> DB =
      tooling::FixedCompilationDatabase::loadFromCommandLine(Argc, Argv, Error);
  if (!Error.empty()) {
    fail(Error);
    return nullptr;
  }
  cl::HideUnrelatedOptions(Category);
  if (!cl::ParseCommandLineOptions(Argc, Argv,
                                   "corogen: rewrites C++ generator functions into "
                                   "resumable classes\n",
                                   &errs()))
    return nullptr;
  if (DB && !BuildPath.empty()) {
    fail("give compiler flags either after '--' or with -p, not both");
    return nullptr;
  }
  if (DB)
    return DB;
  if (!BuildPath.empty()) {
    DB = tooling::CompilationDatabase::loadFromDirectory(BuildPath, Error);
    if (!DB)
      fail("cannot read the compilation database in '" + BuildPath + "': " + Error);
    return DB;
  }
  return std::make_unique<tooling::FixedCompilationDatabase>(".", std::vector<std::string>());
}

} // namespace

int main(int Argc, const char **Argv) {
  sys::PrintStackTraceOnErrorSignal(Argv[0]);
  cl::SetVersionPrinter([](raw_ostream &OS) {
    OS << "corogen version " << COROGEN_VERSION << " (clang " << CLANG_VERSION_STRING << ")\n";
  });
  std::unique_ptr<tooling::CompilationDatabase> DB = loadDatabase(Argc, Argv);
  if (!DB)
    return 1;

  SmallString<256> Input(InputPath);
  if (std::error_code EC = sys::fs::make_absolute(Input))
    return fail("cannot open '" + InputPath + "': " + EC.message());
  if (!sys::fs::is_regular_file(Input))
    return fail("cannot open '" + InputPath + "': " +
                (sys::fs::exists(Input) ? "not a regular file" : "no such file"));
  if (!BuildPath.empty() && DB->getCompileCommands(Input).empty())
    return fail("no compile command for '" + InputPath + "' in '" + BuildPath + "'");

  corogen::TransformOptions Opts;
  Opts.LineDirectives = !NoLineDirectives;
  Opts.LineFileName = std::string(Input);
  corogen::TransformResult Result;
  if (!corogen::transformFile(*DB, Input, Opts, corogen::RunOptions(), Result))
    return 1;

  if (DumpIR) {
    outs() << Result.IRDump;
    return 0;
  }
  if (!writeAtomically(OutputPath, Result.Output))
    return 1;
  if (!EmitDot.empty() && !writeAtomically(EmitDot, Result.Dot))
    return 1;
  if (WriteDepFile || !DepFilePath.empty()) {
    std::string DepPath = DepFilePath.empty() ? OutputPath + ".d" : std::string(DepFilePath);
    std::string Rule = makePath(OutputPath) + ":";
    for (const std::string &Dep : Result.Dependencies)
      Rule += " \\\n  " + makePath(Dep);
    if (!writeAtomically(DepPath, Rule + "\n"))
      return 1;
  }
  return 0;
}
