//===- Diagnostics.cpp - corogen's messages through clang -----------------===//
//
// Part of corogen, under the MIT licence.
//
//===----------------------------------------------------------------------===//

#include "Diagnostics.h"

using namespace clang;

namespace corogen {

Diagnoser::Diagnoser(DiagnosticsEngine &Engine) : Engine(Engine) {
#define DIAG(Name, Level, Text)                                                \
  IDs[static_cast<unsigned>(DiagKind::Name)] =                                 \
      Engine.getCustomDiagID(DiagnosticsEngine::Level, Text);
#include "Diagnostics.def"
#undef DIAG
}

DiagnosticBuilder Diagnoser::report(SourceLocation Loc, DiagKind Kind) {
  return Engine.Report(Loc, IDs[static_cast<unsigned>(Kind)]);
}

} // namespace corogen
