//===- Diagnostics.h - corogen's messages through clang ---------*- C++ -*-===//
//
// Part of corogen, under the MIT licence.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// corogen's own diagnostics, declared once in Diagnostics.def and reported
/// through clang's DiagnosticsEngine, so that they share clang's format:
/// file:line:col, the source line and a caret.
///
//===----------------------------------------------------------------------===//

#ifndef COROGEN_TOOL_DIAGNOSTICS_H
#define COROGEN_TOOL_DIAGNOSTICS_H

#include "clang/Basic/Diagnostic.h"

namespace corogen {

enum class DiagKind {
#define DIAG(Name, Level, Text) Name,
#include "Diagnostics.def"
#undef DIAG
  NumDiags
};

/// Reports corogen's diagnostics on a clang DiagnosticsEngine.
class Diagnoser {
public:
  explicit Diagnoser(clang::DiagnosticsEngine &Engine);

  clang::DiagnosticBuilder report(clang::SourceLocation Loc, DiagKind Kind);
  bool hasErrors() const { return Engine.hasErrorOccurred(); }

private:
  clang::DiagnosticsEngine &Engine;
  unsigned IDs[static_cast<unsigned>(DiagKind::NumDiags)];
};

} // namespace corogen

#endif // COROGEN_TOOL_DIAGNOSTICS_H
