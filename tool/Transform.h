//===- Transform.h - The pipeline for one translation unit ------*- C++ -*-===//
//
// Part of corogen, under the MIT licence.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Runs the stages on a parsed translation unit: Analysis, Lowering and Emit,
/// and collects what the driver writes: the output text, the IR dump and the
/// files the unit read (for the depfile).
///
//===----------------------------------------------------------------------===//

#ifndef COROGEN_TOOL_TRANSFORM_H
#define COROGEN_TOOL_TRANSFORM_H

#include "clang/Tooling/Tooling.h"

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

} // namespace corogen

#endif // COROGEN_TOOL_TRANSFORM_H
