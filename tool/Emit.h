//===- Emit.h - From the state-machine IR to C++ text -----------*- C++ -*-===//
//
// Part of corogen, under the MIT licence.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Spells each lowered generator as C++: the frame class (a local class of
/// the generator function, deriving from the runtime's frame base) around
/// the rewritten body, and the function's `return` of its handle. Everything
/// outside generator bodies is copied byte for byte. Every emitted name comes
/// from the helpers in Emit.cpp. It makes no semantic decision: the IR says
/// what, Emit says how it is written.
///
//===----------------------------------------------------------------------===//

#ifndef COROGEN_TOOL_EMIT_H
#define COROGEN_TOOL_EMIT_H

#include "IR.h"

#include "clang/Basic/LangOptions.h"
#include "clang/Basic/SourceManager.h"

#include <string>
#include <vector>

namespace corogen {

struct EmitOptions {
  /// Emit `#line` directives that map the output to the annotated file.
  bool LineDirectives = true;
  /// The file name the directives give.
  std::string FileName;
};

/// The main file of `SM` with every generator of `Generators` rewritten.
std::string emitFile(clang::SourceManager &SM, const clang::LangOptions &LO,
                     const std::vector<GeneratorIR> &Generators, const EmitOptions &Opts);

} // namespace corogen

#endif // COROGEN_TOOL_EMIT_H
