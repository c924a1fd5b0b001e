//===- Transform.cpp - The pipeline for one translation unit --------------===//
//
// Part of corogen, under the MIT licence.
//
//===----------------------------------------------------------------------===//

#include "Transform.h"

#include "Analysis.h"
#include "Diagnostics.h"
#include "Emit.h"
#include "IR.h"
#include "Lowering.h"
#include "StateGraph.h"

#include "clang/AST/ASTConsumer.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Lex/Lexer.h"
#include "clang/Tooling/ArgumentsAdjusters.h"

#include "llvm/ADT/STLExtras.h"

#include "llvm/Support/raw_ostream.h"

#include <algorithm>

using namespace clang;

namespace corogen {
namespace {

/// Passes diagnostics on to clang's printer, and notes the CORO_YIELD calls
/// that clang's errors point into: where the marker's value, which cannot
/// know the send type, was used in a way clang cannot type-check.
class MarkerErrorSpotter : public DiagnosticConsumer {
public:
  MarkerErrorSpotter(DiagnosticConsumer &Next, std::vector<SourceLocation> &Spotted)
      : Next(Next), Spotted(Spotted) {}

  void BeginSourceFile(const LangOptions &LO, const Preprocessor *PP) override {
    Next.BeginSourceFile(LO, PP);
  }
  void EndSourceFile() override { Next.EndSourceFile(); }
  void finish() override { Next.finish(); }
  void clear() override {
    Next.clear();
    DiagnosticConsumer::clear();
  }
  void HandleDiagnostic(DiagnosticsEngine::Level Level, const Diagnostic &Info) override {
    DiagnosticConsumer::HandleDiagnostic(Level, Info);
    Next.HandleDiagnostic(Level, Info);
    if (Level < DiagnosticsEngine::Error || !Info.hasSourceManager())
      return;
    const SourceManager &SM = Info.getSourceManager();
    spot(SM, Info.getLocation());
    for (const CharSourceRange &R : Info.getRanges()) {
      spot(SM, R.getBegin());
      spot(SM, R.getEnd());
    }
  }

private:
  void spot(const SourceManager &SM, SourceLocation Loc) {
    for (; Loc.isMacroID(); Loc = SM.getImmediateMacroCallerLoc(Loc)) {
      // A location in the marker's argument is about the argument (an
      // undeclared name, say), not about the marker's value.
      if (SM.isMacroArgExpansion(Loc) ||
          Lexer::getImmediateMacroName(Loc, SM, LangOptions()) != "CORO_YIELD")
        continue;
      SourceLocation Call = SM.getImmediateExpansionRange(Loc).getBegin();
      if (!llvm::is_contained(Spotted, Call))
        Spotted.push_back(Call);
      return;
    }
  }

  DiagnosticConsumer &Next;
  std::vector<SourceLocation> &Spotted;
};

class TransformConsumer : public ASTConsumer {
public:
  TransformConsumer(CompilerInstance &CI, const TransformOptions &Opts, TransformResult &Result,
                    const std::vector<SourceLocation> &Spotted)
      : CI(CI), Opts(Opts), Result(Result), Spotted(Spotted) {}

  void HandleTranslationUnit(ASTContext &Ctx) override {
    DiagnosticsEngine &Engine = CI.getDiagnostics();
    SourceManager &SM = Ctx.getSourceManager();
    collectDependencies(SM);
    Diagnoser Diags(Engine);
    if (Engine.hasErrorOccurred()) {
      // A copy: the errors reported here pass through the spotter, which may
      // add to `Spotted`.
      std::vector<SourceLocation> Calls = Spotted;
      for (SourceLocation Loc : Calls)
        Diags.report(Loc, sentVoidAt(Ctx, Loc) ? DiagKind::YieldValueOfVoid
                                               : DiagKind::YieldValueUntyped);
      reportCoroutineKeywords(Ctx, Diags);
      return;
    }
    limitTraversalToMainFile(Ctx);
    std::vector<GeneratorInfo> Infos = analyseGenerators(Ctx, Diags);
    if (CI.hasSema())
      for (const GeneratorInfo &GI : Infos)
        checkMarkerValues(CI.getSema(), GI, Diags);
    if (Diags.hasErrors())
      return;
    std::vector<GeneratorIR> IRs;
    for (const GeneratorInfo &GI : Infos) {
      GeneratorIR IR;
      if (!lowerGenerator(GI, Ctx, Diags, IR))
        continue;
      buildStateGraph(GI, Ctx, IR);
      IRs.push_back(std::move(IR));
    }
    if (Diags.hasErrors())
      return;
    if (IRs.empty())
      Diags.report(SM.getLocForStartOfFile(SM.getMainFileID()), DiagKind::NoGenerators);
    llvm::raw_string_ostream Dump(Result.IRDump), Dot(Result.Dot);
    for (const GeneratorIR &IR : IRs) {
      dumpIR(IR, Dump);
      writeDot(IR, Dot);
    }
    Dump.flush();
    Dot.flush();
    EmitOptions EO;
    EO.LineDirectives = Opts.LineDirectives;
    EO.FileName = Opts.LineFileName;
    Result.Output = emitFile(SM, Ctx.getLangOpts(), IRs, EO);
    Result.Succeeded = true;
  }

private:
  /// Generators are rewritten only in the main file, and the stages look no
  /// further than a generator's body. Limiting the AST's traversal scope to
  /// the main file's top-level declarations spares clang's parent map (built
  /// on the first getParents) a walk over every header the file includes,
  /// most of a run's time.
  static void limitTraversalToMainFile(ASTContext &Ctx) {
    const SourceManager &SM = Ctx.getSourceManager();
    std::vector<Decl *> Scope;
    for (Decl *D : Ctx.getTranslationUnitDecl()->decls())
      if (D->getLocation().isValid() && SM.isInMainFile(SM.getFileLoc(D->getLocation())))
        Scope.push_back(D);
    Ctx.setTraversalScope(Scope);
  }

  void collectDependencies(SourceManager &SM) {
    for (auto It = SM.fileinfo_begin(), End = SM.fileinfo_end(); It != End; ++It)
      Result.Dependencies.push_back(It->first->getName().str());
    std::sort(Result.Dependencies.begin(), Result.Dependencies.end());
    Result.Dependencies.erase(
        std::unique(Result.Dependencies.begin(), Result.Dependencies.end()),
        Result.Dependencies.end());
  }

  CompilerInstance &CI;
  const TransformOptions &Opts;
  TransformResult &Result;
  const std::vector<SourceLocation> &Spotted;
};

class TransformAction : public ASTFrontendAction {
public:
  TransformAction(const TransformOptions &Opts, TransformResult &Result)
      : Opts(Opts), Result(Result) {}

protected:
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI, StringRef) override {
    DiagnosticsEngine &Engine = CI.getDiagnostics();
    Spotter = std::make_unique<MarkerErrorSpotter>(*Engine.getClient(), Spotted);
    OriginalClient = Engine.getClient();
    OwnedClient = Engine.ownsClient() ? Engine.takeClient() : nullptr;
    Engine.setClient(Spotter.get(), /*ShouldOwnClient=*/false);
    return std::make_unique<TransformConsumer>(CI, Opts, Result, Spotted);
  }
  void EndSourceFileAction() override {
    DiagnosticsEngine &Engine = getCompilerInstance().getDiagnostics();
    if (OwnedClient)
      Engine.setClient(OwnedClient.release(), /*ShouldOwnClient=*/true);
    else
      Engine.setClient(OriginalClient, /*ShouldOwnClient=*/false);
  }

private:
  const TransformOptions &Opts;
  TransformResult &Result;
  std::vector<SourceLocation> Spotted;
  std::unique_ptr<MarkerErrorSpotter> Spotter;
  DiagnosticConsumer *OriginalClient = nullptr;
  std::unique_ptr<DiagnosticConsumer> OwnedClient;
};

class TransformActionFactory : public tooling::FrontendActionFactory {
public:
  TransformActionFactory(const TransformOptions &Opts, TransformResult &Result)
      : Opts(Opts), Result(Result) {}
  std::unique_ptr<FrontendAction> create() override {
    return std::make_unique<TransformAction>(Opts, Result);
  }

private:
  const TransformOptions &Opts;
  TransformResult &Result;
};

} // namespace

std::unique_ptr<tooling::FrontendActionFactory>
makeTransformActionFactory(const TransformOptions &Opts, TransformResult &Result) {
  return std::make_unique<TransformActionFactory>(Opts, Result);
}

bool transformFile(const tooling::CompilationDatabase &DB, StringRef File,
                   const TransformOptions &Opts, const RunOptions &Run,
                   TransformResult &Result) {
  tooling::ClangTool Tool(DB, {std::string(File)});
  // Clang's lexer needs the NUL that ends a std::string's text.
  if (Run.Contents)
    Tool.mapVirtualFile(File, *Run.Contents);
  if (Run.Diagnostics)
    Tool.setDiagnosticConsumer(Run.Diagnostics);
  Tool.setPrintErrorMessage(Run.PrintToolError);
  // Clang's own headers come from the installed clang, not from beside the
  // tool's binary; the user's warnings are theirs to see when they compile
  // the output, and must not become errors here. A generator's body falls off
  // its end without a `return`, as it should.
  Tool.appendArgumentsAdjuster(tooling::getInsertArgumentAdjuster(
      "-resource-dir=" COROGEN_CLANG_RESOURCE_DIR, tooling::ArgumentInsertPosition::BEGIN));
  Tool.appendArgumentsAdjuster(
      tooling::getInsertArgumentAdjuster({"-Wno-error", "-Wno-return-type"},
                                         tooling::ArgumentInsertPosition::END));
  int Status = Tool.run(makeTransformActionFactory(Opts, Result).get());
  return Status == 0 && Result.Succeeded;
}

} // namespace corogen
