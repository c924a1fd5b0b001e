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

#include "clang/AST/ASTConsumer.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"

#include "llvm/Support/raw_ostream.h"

#include <algorithm>

using namespace clang;

namespace corogen {
namespace {

class TransformConsumer : public ASTConsumer {
public:
  TransformConsumer(CompilerInstance &CI, const TransformOptions &Opts, TransformResult &Result)
      : CI(CI), Opts(Opts), Result(Result) {}

  void HandleTranslationUnit(ASTContext &Ctx) override {
    DiagnosticsEngine &Engine = CI.getDiagnostics();
    SourceManager &SM = Ctx.getSourceManager();
    collectDependencies(SM);
    if (Engine.hasErrorOccurred())
      return;
    Diagnoser Diags(Engine);
    std::vector<GeneratorInfo> Infos = analyseGenerators(Ctx, Diags);
    if (Diags.hasErrors())
      return;
    std::vector<GeneratorIR> IRs;
    for (const GeneratorInfo &GI : Infos) {
      GeneratorIR IR;
      if (lowerGenerator(GI, Ctx, Diags, IR))
        IRs.push_back(std::move(IR));
    }
    if (Diags.hasErrors())
      return;
    if (IRs.empty())
      Diags.report(SM.getLocForStartOfFile(SM.getMainFileID()), DiagKind::NoGenerators);
    llvm::raw_string_ostream Dump(Result.IRDump);
    for (const GeneratorIR &IR : IRs)
      dumpIR(IR, Dump);
    Dump.flush();
    EmitOptions EO;
    EO.LineDirectives = Opts.LineDirectives;
    EO.FileName = Opts.LineFileName;
    Result.Output = emitFile(SM, Ctx.getLangOpts(), IRs, EO);
    Result.Succeeded = true;
  }

private:
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
};

class TransformAction : public ASTFrontendAction {
public:
  TransformAction(const TransformOptions &Opts, TransformResult &Result)
      : Opts(Opts), Result(Result) {}

protected:
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI, StringRef) override {
    return std::make_unique<TransformConsumer>(CI, Opts, Result);
  }

private:
  const TransformOptions &Opts;
  TransformResult &Result;
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

} // namespace corogen
