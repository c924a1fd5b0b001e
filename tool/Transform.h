//===- Transform.h - The pipeline for one translation unit ------*- C++ -*-===//
//
// Part of corogen, under the MIT licence.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Runs the stages on a parsed translation unit: Analysis, Lowering and Emit,
/// and collects what the driver writes: the output text, the IR dump and the
/// files the unit read (for the depfile). transformFile is the whole run on
/// one file, shared by the driver and the fuzz target (tool/fuzz).
///
//===----------------------------------------------------------------------===//

#ifndef COROGEN_TOOL_TRANSFORM_H
#define COROGEN_TOOL_TRANSFORM_H

#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/Tooling.h"

#include "llvm/ADT/Optional.h"
#include "llvm/ADT/StringRef.h"

#include <memory>
#include <string>
#include <vector>

namespace corogen {

struct TransformOptions {
  bool LineDirectives = true;
  /// The annotated file's name as `#line` directives give it.
  std::string LineFileName;
};

struct TransformResult {
  bool Succeeded = false;
  std::string Output;
  std::string IRDump;
  /// Each generator's state machine as a Graphviz digraph.
  std::string Dot;
  /// Every file the translation unit read, sorted.
  std::vector<std::string> Dependencies;
};

/// A factory of the frontend action that transforms the main file.
std::unique_ptr<clang::tooling::FrontendActionFactory>
makeTransformActionFactory(const TransformOptions &Opts, TransformResult &Result);

/// How transformFile runs clang.
struct RunOptions {
  /// The file's text, in place of what the file system holds (the file need
  /// not exist).
  llvm::Optional<std::string> Contents;
  /// Receives clang's and corogen's diagnostics; null: clang's printer, on
  /// standard error.
  clang::DiagnosticConsumer *Diagnostics = nullptr;
  /// Whether clang's tooling prints "Error while processing <file>." when the
  /// run fails.
  bool PrintToolError = true;
};

/// Parses `File` (an absolute path) with the compiler flags `DB` gives for it,
/// with clang's resource directory put first and corogen's own flags last
/// (errors are not made of the user's warnings, and a generator falls off its
/// end without `return`), and transforms it. True when every stage succeeded
/// and `Result` holds the output; false after an error, reported through the
/// diagnostics.
bool transformFile(const clang::tooling::CompilationDatabase &DB, llvm::StringRef File,
                   const TransformOptions &Opts, const RunOptions &Run,
                   TransformResult &Result);

} // namespace corogen

#endif // COROGEN_TOOL_TRANSFORM_H
