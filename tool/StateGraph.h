//===- StateGraph.h - The paths between a generator's states ----*- C++ -*-===//
//
// Part of corogen, under the MIT licence.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Finds the edges of a lowered generator's state machine on clang's CFG of
/// the original body: from the entry and from each suspension, the paths
/// that reach the next suspension or the end without passing another one.
/// `--emit-dot` draws them; `--dump-ir` lists them.
///
//===----------------------------------------------------------------------===//

#ifndef COROGEN_TOOL_STATEGRAPH_H
#define COROGEN_TOOL_STATEGRAPH_H

#include "Analysis.h"
#include "IR.h"

#include "clang/AST/ASTContext.h"

namespace corogen {

/// Fills `IR.Edges`; leaves them empty if clang cannot build the CFG.
void buildStateGraph(const GeneratorInfo &GI, clang::ASTContext &Ctx, GeneratorIR &IR);

} // namespace corogen

#endif // COROGEN_TOOL_STATEGRAPH_H
