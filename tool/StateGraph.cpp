//===- StateGraph.cpp - The paths between a generator's states ------------===//
//
// Part of corogen, under the MIT licence.
//
//===----------------------------------------------------------------------===//

#include "StateGraph.h"

#include "clang/Analysis/CFG.h"
#include "clang/Basic/SourceManager.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"

#include <algorithm>
#include <map>

using namespace clang;

namespace corogen {
namespace {

class GraphBuilder {
public:
  GraphBuilder(const GeneratorInfo &GI, ASTContext &Ctx, GeneratorIR &IR)
      : GI(GI), SM(Ctx.getSourceManager()), IR(IR) {
    for (const MarkerSite &M : GI.Markers) {
      if (M.Kind == MarkerKind::Return)
        continue;
      unsigned Line = SM.getExpansionLineNumber(M.MacroBegin);
      unsigned Col = SM.getExpansionColumnNumber(M.MacroBegin);
      for (const SuspendPoint &P : IR.Points)
        if (P.Line == Line && P.Column == Col)
          PointOf[M.Call] = P.Id;
    }
  }

  void build(const CFG &G) {
    walk(0, &G.getEntry(), 0, G);
    for (const CFGBlock *B : G)
      for (unsigned I = 0; I != B->size(); ++I)
        if (unsigned Id = pointAt(B, I))
          walk(Id, B, I + 1, G);
    for (auto &Entry : Edges)
      IR.Edges.push_back(Entry.second);
  }

private:
  unsigned pointAt(const CFGBlock *B, unsigned I) const {
    llvm::Optional<CFGStmt> S = (*B)[I].getAs<CFGStmt>();
    if (!S)
      return 0;
    auto It = PointOf.find(S->getStmt());
    return It == PointOf.end() ? 0 : It->second;
  }

  void note(StateEdge &E, const Stmt *S) {
    SourceLocation Loc = SM.getExpansionLoc(S->getBeginLoc());
    if (!SM.isInMainFile(Loc))
      return;
    unsigned Line = SM.getExpansionLineNumber(Loc);
    E.FirstLine = E.FirstLine == 0 ? Line : std::min(E.FirstLine, Line);
    E.LastLine = std::max(E.LastLine, Line);
  }

  void addEdge(unsigned From, unsigned To, const StateEdge &Lines) {
    StateEdge &E = Edges[{From, To}];
    E.From = From;
    E.To = To;
    if (Lines.FirstLine != 0) {
      E.FirstLine = E.FirstLine == 0 ? Lines.FirstLine : std::min(E.FirstLine, Lines.FirstLine);
      E.LastLine = std::max(E.LastLine, Lines.LastLine);
    }
  }

  /// Follows every path from element `Index` of `Start` until it reaches a
  /// suspension or the exit.
  void walk(unsigned From, const CFGBlock *Start, unsigned Index, const CFG &G) {
    std::vector<std::pair<const CFGBlock *, unsigned>> Work{{Start, Index}};
    llvm::SmallPtrSet<const CFGBlock *, 16> Seen;
    StateEdge Lines;
    while (!Work.empty()) {
      const CFGBlock *B = Work.back().first;
      unsigned I = Work.back().second;
      Work.pop_back();
      bool Stopped = false;
      for (; I != B->size(); ++I) {
        if (unsigned To = pointAt(B, I)) {
          if (llvm::Optional<CFGStmt> S = (*B)[I].getAs<CFGStmt>())
            note(Lines, S->getStmt());
          addEdge(From, To, Lines);
          Stopped = true;
          break;
        }
        if (llvm::Optional<CFGStmt> S = (*B)[I].getAs<CFGStmt>())
          note(Lines, S->getStmt());
      }
      if (Stopped)
        continue;
      if (const Stmt *T = B->getTerminatorStmt())
        note(Lines, T);
      if (B == &G.getExit()) {
        addEdge(From, 0, Lines);
        continue;
      }
      for (const CFGBlock *Succ : B->succs())
        if (Succ && Seen.insert(Succ).second)
          Work.push_back({Succ, 0});
    }
  }

  const GeneratorInfo &GI;
  const SourceManager &SM;
  GeneratorIR &IR;
  llvm::DenseMap<const Stmt *, unsigned> PointOf;
  std::map<std::pair<unsigned, unsigned>, StateEdge> Edges;
};

} // namespace

void buildStateGraph(const GeneratorInfo &GI, ASTContext &Ctx, GeneratorIR &IR) {
  CFG::BuildOptions Options;
  Options.setAllAlwaysAdd();
  const FunctionDecl *FD = GI.Function;
  std::unique_ptr<CFG> G = CFG::buildCFG(FD, FD->getBody(), &Ctx, Options);
  if (!G)
    return;
  GraphBuilder(GI, Ctx, IR).build(*G);
}

} // namespace corogen
