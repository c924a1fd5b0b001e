//===- Lowering.h - From the analysed AST to the state-machine IR -*- C++ -*-===//
//
// Part of corogen, under the MIT licence.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Lowers one analysed generator to its IR: lays out the frame (parameters,
/// `this`, and the locals that live across a suspension, chained for
/// unwinding), numbers the suspension points, and lists the edits of the
/// body: where each frame local is constructed and destroyed (at the end of
/// its scope, before a `break` or `continue` that leaves it), where each
/// suspension and return stands, and each use that must name the frame.
///
//===----------------------------------------------------------------------===//

#ifndef COROGEN_TOOL_LOWERING_H
#define COROGEN_TOOL_LOWERING_H

#include "Analysis.h"
#include "Diagnostics.h"
#include "IR.h"

#include "clang/AST/ASTContext.h"

namespace corogen {

/// Lowers `GI`; false after a diagnostic if it cannot be transformed.
bool lowerGenerator(const GeneratorInfo &GI, clang::ASTContext &Ctx, Diagnoser &Diags,
                    GeneratorIR &Out);

} // namespace corogen

#endif // COROGEN_TOOL_LOWERING_H
