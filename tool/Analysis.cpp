//===- Analysis.cpp - Generators, markers, and locals that outlive a yield ===//
//
// Part of corogen, under the MIT licence.
//
//===----------------------------------------------------------------------===//

#include "Analysis.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Lex/Lexer.h"
#include "clang/Sema/Initialization.h"
#include "clang/Sema/Sema.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/STLExtras.h"

#include <algorithm>
#include <array>
#include <functional>
#include <map>

using namespace clang;

namespace corogen {

unsigned fileOffset(const SourceManager &SM, SourceLocation Loc) {
  return SM.getFileOffset(SM.getFileLoc(Loc));
}

SourceLocation fileEndLoc(const SourceManager &SM, SourceLocation Loc) {
  // A token of a macro's body ends where the macro call ends; one of a
  // macro's argument is where it is written. (One level at a time: a marker
  // may stand in another marker's argument.)
  while (Loc.isMacroID()) {
    if (SM.isMacroArgExpansion(Loc))
      Loc = SM.getImmediateSpellingLoc(Loc);
    else
      Loc = SM.getImmediateExpansionRange(Loc).getEnd();
  }
  return Loc;
}

unsigned fileOffsetAfterToken(const SourceManager &SM, const LangOptions &LO,
                              SourceLocation Loc) {
  SourceLocation FileLoc = fileEndLoc(SM, Loc);
  return SM.getFileOffset(Lexer::getLocForEndOfToken(FileLoc, 0, SM, LO));
}

bool GeneratorInfo::isFrameLocal(const VarDecl *VD) const {
  return llvm::is_contained(FrameLocals, VD);
}

/// Whether `ND` is declared in namespace `corogen` (directly).
static bool inCorogenNamespace(const Decl *D) {
  const auto *NS = dyn_cast<NamespaceDecl>(D->getDeclContext());
  return NS && NS->getName() == "corogen" &&
         NS->getParent()->getRedeclContext()->isTranslationUnit();
}

SourceLocation declaratorBegin(const VarDecl *VD) {
  // The parts of a declarator before the name are pointers, references,
  // pointers to members and parentheses, each of which its TypeLoc
  // records; arrays and functions follow the name.
  SourceLocation Begin = VD->getLocation();
  const TypeSourceInfo *TSI = VD->getTypeSourceInfo();
  if (!TSI)
    return Begin;
  // (Locations of one file compare as their offsets.)
  SourceLocation InMacro;
  auto Before = [&](SourceLocation L) {
    if (L.isMacroID())
      InMacro = L;
    else if (L.isValid() && L < Begin)
      Begin = L;
  };
  for (TypeLoc TL = TSI->getTypeLoc(); !TL.isNull();) {
    if (auto Q = TL.getAs<QualifiedTypeLoc>()) {
      TL = Q.getUnqualifiedLoc();
    } else if (auto P = TL.getAs<PointerTypeLoc>()) {
      Before(P.getStarLoc());
      TL = P.getPointeeLoc();
    } else if (auto R = TL.getAs<ReferenceTypeLoc>()) {
      Before(R.getSigilLoc());
      TL = R.getPointeeLoc();
    } else if (auto M = TL.getAs<MemberPointerTypeLoc>()) {
      Before(M.getBeginLoc());
      TL = M.getPointeeLoc();
    } else if (auto Paren = TL.getAs<ParenTypeLoc>()) {
      Before(Paren.getLParenLoc());
      TL = Paren.getInnerLoc();
    } else if (auto A = TL.getAs<ArrayTypeLoc>()) {
      TL = A.getElementLoc();
    } else if (auto F = TL.getAs<FunctionTypeLoc>()) {
      TL = F.getReturnLoc();
    } else {
      break;
    }
  }
  return Begin.isMacroID() || InMacro.isInvalid() ? Begin : InMacro;
}

DynTypedNode evaluatingParent(ASTContext &Ctx, const DynTypedNode &N) {
  DynTypedNodeList Parents = Ctx.getParents(N);
  if (Parents.empty())
    return DynTypedNode();
  if (const Stmt *Child = N.get<Stmt>())
    for (const DynTypedNode &P : Parents) {
      const Stmt *PS = P.get<Stmt>();
      const auto *List = dyn_cast_or_null<InitListExpr>(PS);
      if (PS && llvm::is_contained(PS->children(), Child) && !(List && List->getSemanticForm()) &&
          !isa<DesignatedInitExpr>(PS))
        return P;
    }
  return Parents[0];
}

const Stmt *evaluatingParent(ASTContext &Ctx, const Stmt &S) {
  return evaluatingParent(Ctx, DynTypedNode::create(S)).get<Stmt>();
}

bool isConditionVariableOf(const Stmt *Parent, const Stmt *DS) {
  if (const auto *If = dyn_cast_or_null<IfStmt>(Parent))
    return If->getConditionVariableDeclStmt() == DS;
  if (const auto *Sw = dyn_cast_or_null<SwitchStmt>(Parent))
    return Sw->getConditionVariableDeclStmt() == DS;
  if (const auto *W = dyn_cast_or_null<WhileStmt>(Parent))
    return W->getConditionVariableDeclStmt() == DS;
  if (const auto *F = dyn_cast_or_null<ForStmt>(Parent))
    return F->getConditionVariableDeclStmt() == DS;
  return false;
}

bool isInitStatementOf(const Stmt *Parent, const Stmt *S) {
  if (const auto *If = dyn_cast_or_null<IfStmt>(Parent))
    return If->getInit() == S;
  if (const auto *Sw = dyn_cast_or_null<SwitchStmt>(Parent))
    return Sw->getInit() == S;
  if (const auto *F = dyn_cast_or_null<ForStmt>(Parent))
    return F->getInit() == S;
  if (const auto *RF = dyn_cast_or_null<CXXForRangeStmt>(Parent))
    return RF->getInit() == S;
  return false;
}

std::string unnamedTypeAlias(const TagDecl *Tag) {
  if (Tag->getIdentifier())
    return "";
  const auto *Enum = dyn_cast<EnumDecl>(Tag);
  if (Enum && !Enum->enumerators().empty())
    return "";
  // (Its offset in the file tells it from the others of the generator.)
  const SourceManager &SM = Tag->getASTContext().getSourceManager();
  return "corogen_unnamed_" + std::to_string(SM.getFileOffset(SM.getFileLoc(Tag->getBeginLoc())));
}

std::string definedTypeName(const TagDecl *Tag, const DeclStmt *DS, ASTContext &Ctx) {
  if (Tag->getIdentifier()) {
    if (!hiddenInItsScope(Tag, DS, Ctx))
      return Tag->getName().str();
    return "::corogen::detail::type_t<" + Tag->getKindName().str() + " " +
           Tag->getName().str() + ">";
  }
  // (An enumerator has the enumeration's type after its definition.)
  const auto *Enum = dyn_cast<EnumDecl>(Tag);
  if (Enum && !Enum->enumerators().empty())
    return "decltype(" + (*Enum->enumerator_begin())->getName().str() + ")";
  if (!Enum && llvm::count_if(DS->decls(), [](const Decl *D) { return isa<VarDecl>(D); }) < 2)
    return "";
  return "::corogen::detail::pointee<" + unnamedTypeAlias(Tag) + ">";
}

bool hiddenInItsScope(const TagDecl *Tag, const DeclStmt *DS, ASTContext &Ctx) {
  auto Hides = [&](const Decl *D) {
    const auto *ND = dyn_cast<NamedDecl>(D);
    return ND && !isa<TagDecl>(ND) && ND->getDeclName() == Tag->getDeclName();
  };
  if (llvm::any_of(DS->decls(), Hides))
    return true;
  DynTypedNodeList Up = Ctx.getParents(*DS);
  const auto *Block = Up.empty() ? nullptr : Up[0].get<CompoundStmt>();
  if (!Block)
    return false;
  for (const Stmt *S : Block->body()) {
    if (S == DS)
      break;
    if (const auto *Earlier = dyn_cast<DeclStmt>(S); Earlier && llvm::any_of(Earlier->decls(), Hides))
      return true;
  }
  return false;
}

bool isBodyOf(const Stmt *Parent, const Stmt *Child) {
  if (const auto *If = dyn_cast<IfStmt>(Parent))
    return If->getThen() == Child || If->getElse() == Child;
  if (const auto *W = dyn_cast<WhileStmt>(Parent))
    return W->getBody() == Child;
  if (const auto *D = dyn_cast<DoStmt>(Parent))
    return D->getBody() == Child;
  if (const auto *F = dyn_cast<ForStmt>(Parent))
    return F->getBody() == Child;
  if (const auto *RF = dyn_cast<CXXForRangeStmt>(Parent))
    return RF->getBody() == Child;
  if (const auto *Sw = dyn_cast<SwitchStmt>(Parent))
    return Sw->getBody() == Child;
  return false;
}

bool isBodyLocal(const VarDecl *VD, const FunctionDecl *F) {
  // (A lambda's parameters and locals belong to its call operator.)
  return VD->getDeclContext() == F && !isa<ParmVarDecl>(VD) &&
         (VD->isStaticLocal() || VD->hasLocalStorage());
}

bool namesThroughHelper(const Expr *E, const FunctionDecl *F,
                        llvm::function_ref<bool(const Stmt *)> Skip) {
  if (E->getBeginLoc().isMacroID() || E->getEndLoc().isMacroID())
    return true;
  struct Walk : RecursiveASTVisitor<Walk> {
    const FunctionDecl *F;
    llvm::function_ref<bool(const Stmt *)> Skip;
    bool Found = false;
    // (Not in what the text's spelling replaces.)
    bool TraverseStmt(Stmt *S) {
      return (S && Skip && Skip(S)) || RecursiveASTVisitor<Walk>::TraverseStmt(S);
    }
    bool TraverseLambdaExpr(LambdaExpr *) {
      Found = true;
      return false;
    }
    bool VisitDeclRefExpr(DeclRefExpr *E) {
      const auto *VD = dyn_cast<VarDecl>(E->getDecl());
      if (((VD && isBodyLocal(VD, F)) || isa<BindingDecl>(E->getDecl())) &&
          E->getLocation().isMacroID())
        Found = true;
      return !Found;
    }
  } W;
  W.F = F;
  W.Skip = Skip;
  W.TraverseStmt(const_cast<Expr *>(E));
  return W.Found;
}

namespace {
/// The temporaries whose lifetime `VD` extends ([class.temporary] p6):
/// those a reference binds to, a reference member of an aggregate it
/// initialises binds to, and the arrays of the std::initializer_lists it
/// (or such a member) is made from (`InitializerLists` counts those).
struct ExtendedBy : RecursiveASTVisitor<ExtendedBy> {
  const VarDecl *VD;
  unsigned Temporaries = 0, InitializerLists = 0;
  bool VisitMaterializeTemporaryExpr(MaterializeTemporaryExpr *E) {
    Temporaries += E->getExtendingDecl() == VD;
    return true;
  }
  bool VisitCXXStdInitializerListExpr(CXXStdInitializerListExpr *E) {
    const auto *Array = dyn_cast<MaterializeTemporaryExpr>(E->getSubExpr()->IgnoreImpCasts());
    InitializerLists += Array && Array->getExtendingDecl() == VD;
    return true;
  }
  bool TraverseLambdaExpr(LambdaExpr *) { return true; }
  explicit ExtendedBy(const VarDecl *VD) : VD(VD) {
    if (VD->getInit())
      TraverseStmt(const_cast<Expr *>(VD->getInit()));
  }
};

/// Whether `T` (a reference's referred type) names std::initializer_list.
bool namesInitializerList(QualType T) {
  T = T.getNonReferenceType();
  const TemplateDecl *TD = nullptr;
  if (const auto *TST = T->getAs<TemplateSpecializationType>())
    TD = TST->getTemplateName().getAsTemplateDecl();
  else if (const auto *RD = T->getAsCXXRecordDecl())
    if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD))
      TD = Spec->getSpecializedTemplate();
  return TD && TD->getName() == "initializer_list" && TD->isInStdNamespace();
}
} // namespace

unsigned temporariesExtendedBy(const VarDecl *VD) { return ExtendedBy(VD).Temporaries; }

llvm::SmallPtrSet<const BindingDecl *, 8> boxedBindings(const GeneratorInfo &GI) {
  llvm::SmallPtrSet<const BindingDecl *, 8> Bindings;
  for (const VarDecl *VD : GI.BoxedLocals)
    if (const auto *DD = dyn_cast<DecompositionDecl>(VD); DD && !bindsOnce(DD))
      Bindings.insert(DD->bindings().begin(), DD->bindings().end());
  // (And those of a dependent structured binding kept in the frame, whose
  // names the body declares again too.)
  for (const VarDecl *VD : GI.FrameLocals)
    if (const auto *DD = dyn_cast<DecompositionDecl>(VD);
        DD && isDependentBinding(DD) && !llvm::is_contained(GI.BoxedLocals, VD))
      Bindings.insert(DD->bindings().begin(), DD->bindings().end());
  return Bindings;
}

bool rebindable(const DecompositionDecl *DD) {
  return llvm::all_of(DD->bindings(), [&](const BindingDecl *B) {
    const VarDecl *Holding = B->getHoldingVar();
    if (!Holding)
      return B->getBinding() != nullptr;
    const auto *Call = dyn_cast_or_null<CallExpr>(
        Holding->getInit() ? Holding->getInit()->IgnoreImplicit() : nullptr);
    const FunctionDecl *Get = Call ? Call->getDirectCallee() : nullptr;
    return Get && Get->isInStdNamespace() && Get->getReturnType()->isReferenceType() &&
           temporariesExtendedBy(Holding) == 0;
  });
}

bool bindsOnce(const DecompositionDecl *DD) {
  return !DD->getType()->isDependentType() && !rebindable(DD);
}

bool classNameTaken(const FunctionDecl *F, const CXXRecordDecl *RD) {
  struct Same : RecursiveASTVisitor<Same> {
    const CXXRecordDecl *RD;
    bool Other = false;
    bool VisitNamedDecl(NamedDecl *D) {
      Other |= D != RD && D->getIdentifier() == RD->getIdentifier() &&
               !(isa<CXXRecordDecl>(D) && cast<CXXRecordDecl>(D)->isInjectedClassName());
      return true;
    }
  } W;
  W.RD = RD;
  W.TraverseStmt(F->getBody());
  return W.Other;
}

const DeclStmt *aliasedClassStmt(ASTContext &Ctx, const CXXRecordDecl *RD) {
  DynTypedNodeList Up = Ctx.getParents(*RD);
  const auto *DS = Up.empty() ? nullptr : Up[0].get<DeclStmt>();
  if (!DS || !DS->isSingleDecl() || !DS->getBeginLoc().isFileID() || !DS->getEndLoc().isFileID())
    return nullptr;
  DynTypedNodeList Block = Ctx.getParents(*DS);
  return !Block.empty() && Block[0].get<CompoundStmt>() ? DS : nullptr;
}

/// Whether corogen wraps a part of `E` in a lambda of its own: a marker's
/// kept operand, a temporary made in a box, a range's element (the text of
/// a lambda-expression).
static bool wrapsPart(const GeneratorInfo &GI, const Expr *E) {
  if (holdsLambda(E))
    return true;
  struct Walk : RecursiveASTVisitor<Walk> {
    const GeneratorInfo &GI;
    explicit Walk(const GeneratorInfo &GI) : GI(GI) {}
    bool Found = false;
    bool VisitCallExpr(CallExpr *C) {
      Found |= llvm::any_of(GI.Markers, [&](const MarkerSite &M) { return M.Call == C; });
      return !Found;
    }
    bool VisitMaterializeTemporaryExpr(MaterializeTemporaryExpr *MTE) {
      Found |= GI.BoxedMemberTemporaries.count(MTE) != 0;
      return !Found;
    }
  } W(GI);
  W.TraverseStmt(const_cast<Expr *>(E));
  return W.Found;
}

WrappedBindings wrappedBindings(const GeneratorInfo &GI, const Expr *E,
                                const llvm::SmallPtrSetImpl<const BindingDecl *> &Boxed) {
  WrappedBindings Out;
  // (Most generators box none: no walk then.)
  if (!E || Boxed.empty())
    return Out;
  struct Walk : RecursiveASTVisitor<Walk> {
    const GeneratorInfo &GI;
    const llvm::SmallPtrSetImpl<const BindingDecl *> &Boxed;
    Walk(const GeneratorInfo &GI, const llvm::SmallPtrSetImpl<const BindingDecl *> &B)
        : GI(GI), Boxed(B) {}
    std::vector<const BindingDecl *> Named;
    std::vector<std::pair<SourceLocation, const BindingDecl *>> Needs;
    std::vector<const BindingDecl *> Dependent;
    /// The names that `E` reads, but its own declarations' (which a
    /// declaration outside it does not hide).
    std::vector<std::pair<const IdentifierInfo *, const Decl *>> Reads;
    llvm::SmallPtrSet<const Decl *, 8> Own;
    const BindingDecl *boxed(const Expr *X) const {
      const auto *R = dyn_cast_or_null<DeclRefExpr>(X);
      const auto *B = R ? dyn_cast<BindingDecl>(R->getDecl()) : nullptr;
      return B && Boxed.count(B) ? B : nullptr;
    }
    void read(const NamedDecl *D) {
      if (D && D->getIdentifier())
        Reads.emplace_back(D->getIdentifier(), D);
    }
    bool VisitNamedDecl(NamedDecl *D) {
      Own.insert(D);
      return true;
    }
    bool VisitDecltypeTypeLoc(DecltypeTypeLoc TL) {
      // (Of a binding kept in the frame, and of a dependent one, bound
      // once, corogen spells the type.)
      if (const BindingDecl *B = boxed(TL.getUnderlyingExpr());
          B && llvm::is_contained(GI.BoxedLocals, B->getDecomposedDecl()) &&
          !B->getDecomposedDecl()->getType()->isDependentType())
        Needs.emplace_back(TL.getBeginLoc(), B);
      return true;
    }
    bool VisitDeclRefExpr(DeclRefExpr *R) {
      const BindingDecl *B = boxed(R);
      if (!B) {
        read(R->getDecl());
        return true;
      }
      if (!llvm::is_contained(Named, B))
        Named.push_back(B);
      if (B->getBinding() && B->getBinding()->refersToBitField())
        Needs.emplace_back(R->getLocation(), B);
      // (In a template, only the instantiation shows a bit-field: declared
      // again where it may be.)
      if (isDependentBinding(cast<DecompositionDecl>(B->getDecomposedDecl())))
        Dependent.push_back(B);
      read(B);
      return true;
    }
    bool VisitOverloadExpr(OverloadExpr *O) {
      Reads.emplace_back(O->getName().getAsIdentifierInfo(), nullptr);
      return true;
    }
    bool VisitTagTypeLoc(TagTypeLoc TL) {
      read(TL.getDecl());
      return true;
    }
    bool VisitTypedefTypeLoc(TypedefTypeLoc TL) {
      read(TL.getTypedefNameDecl());
      return true;
    }
    bool VisitTemplateSpecializationTypeLoc(TemplateSpecializationTypeLoc TL) {
      read(TL.getTypePtr()->getTemplateName().getAsTemplateDecl());
      return true;
    }
  } W(GI, Boxed);
  W.TraverseStmt(const_cast<Expr *>(E));
  auto Of = [](const BindingDecl *B) { return cast<DecompositionDecl>(B->getDecomposedDecl()); };
  auto Has = [](const DecompositionDecl *DD, const IdentifierInfo *Name) {
    return llvm::any_of(DD->bindings(),
                        [&](const BindingDecl *B) { return B->getIdentifier() == Name; });
  };
  // Declared again where the text needs the binding itself, and declaring
  // its names hides no other name the text reads.
  std::vector<const DecompositionDecl *> Wanted;
  std::vector<const BindingDecl *> Wanting = W.Dependent;
  for (const auto &Need : W.Needs)
    Wanting.push_back(Need.second);
  for (const BindingDecl *Want : Wanting) {
    const DecompositionDecl *DD = Of(Want);
    if (llvm::is_contained(Wanted, DD))
      continue;
    bool Hides = llvm::any_of(W.Reads, [&](const auto &Read) {
      const auto *B = dyn_cast_or_null<BindingDecl>(Read.second);
      bool Its = B && B->getDecomposedDecl() == DD;
      return !Its && !W.Own.count(Read.second) && Has(DD, Read.first);
    });
    if (!Hides)
      Wanted.push_back(DD);
  }
  // (Not where corogen wraps a part of the text in a lambda of its own,
  // which could not capture them either; two declared again in one block
  // may not share a name.)
  if (!Wanted.empty() && wrapsPart(GI, E))
    Wanted.clear();
  for (const DecompositionDecl *DD : Wanted)
    if (llvm::none_of(Wanted, [&](const DecompositionDecl *Other) {
          return Other != DD && llvm::any_of(DD->bindings(), [&](const BindingDecl *B) {
                   return Has(Other, B->getIdentifier());
                 });
        }))
      Out.Declared.push_back(DD);
  for (const BindingDecl *B : W.Named)
    if (!llvm::is_contained(Out.Declared, Of(B)))
      Out.Captured.push_back(B);
  for (const auto &Need : W.Needs)
    if (!llvm::is_contained(Out.Declared, Of(Need.second)))
      Out.Refused.push_back(Need);
  return Out;
}

bool usesBodyMacro(const SourceManager &SM, const FunctionDecl *F, const Stmt *S, TypeLoc TL) {
  // (A token of a macro's own text is spelled where its #define stands; a
  // macro's argument, where the call stands.)
  struct Walk : RecursiveASTVisitor<Walk> {
    const SourceManager &SM;
    SourceRange Body;
    bool Found = false;
    Walk(const SourceManager &SM, SourceRange Body) : SM(SM), Body(Body) {}
    void check(SourceLocation L) {
      if (Found || !L.isMacroID() || SM.isMacroArgExpansion(L))
        return;
      SourceLocation Spelling = SM.getSpellingLoc(L);
      Found = SM.getFileID(Spelling) == SM.getFileID(Body.getBegin()) &&
              !SM.isBeforeInTranslationUnit(Spelling, Body.getBegin()) &&
              SM.isBeforeInTranslationUnit(Spelling, Body.getEnd());
    }
    bool VisitStmt(Stmt *S) {
      check(S->getBeginLoc());
      check(S->getEndLoc());
      return true;
    }
    bool VisitTypeLoc(TypeLoc TL) {
      check(TL.getBeginLoc());
      check(TL.getEndLoc());
      return true;
    }
    // (`decltype(x)` of a local or a binding is replaced whole by its
    // declared type: a macro that writes it is not copied.)
    const FunctionDecl *F = nullptr;
    bool TraverseDecltypeTypeLoc(DecltypeTypeLoc TL) {
      const auto *DRE = dyn_cast<DeclRefExpr>(TL.getUnderlyingExpr());
      const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
      if (DRE && (isa<BindingDecl>(DRE->getDecl()) || (VD && isBodyLocal(VD, F))))
        return true;
      return RecursiveASTVisitor<Walk>::TraverseDecltypeTypeLoc(TL);
    }
  } W(SM, F->getBody()->getSourceRange());
  W.F = F;
  if (S)
    W.TraverseStmt(const_cast<Stmt *>(S));
  if (!TL.isNull())
    W.TraverseTypeLoc(TL);
  return W.Found;
}

bool startsWithBrace(const SourceManager &SM, const Expr *E) {
  SourceLocation L = E->getBeginLoc();
  return *SM.getCharacterData(SM.getExpansionLoc(L)) == '{' ||
         *SM.getCharacterData(SM.getSpellingLoc(L)) == '{';
}

bool holdsLambda(const Expr *E) {
  struct Finder : RecursiveASTVisitor<Finder> {
    bool Found = false;
    bool TraverseLambdaExpr(LambdaExpr *) {
      Found = true;
      return false;
    }
  } Walk;
  Walk.TraverseStmt(const_cast<Expr *>(E));
  return Walk.Found;
}

const MaterializeTemporaryExpr *rangeTemporaryPart(const CXXForRangeStmt *S) {
  const auto *Range = cast<VarDecl>(S->getRangeStmt()->getSingleDecl());
  if (S->getRangeInit()->IgnoreImplicit()->isPRValue())
    return nullptr;
  const MaterializeTemporaryExpr *MTE = extendedTemporary(Range);
  if (!MTE || temporariesExtendedBy(Range) != 1 || !MTE->getBeginLoc().isFileID() ||
      !MTE->getEndLoc().isFileID())
    return nullptr;
  return MTE;
}

/// The object, of a type that depends on a template parameter, whose
/// member (through `.`, subscripts of arrays, parentheses) `E` is, where
/// that object may be a prvalue, whose temporary C++ keeps alive with a
/// reference bound to the member (not a variable, `*p`, or an object
/// reached through `->`); else null.
static const Expr *temporaryPartBase(const Expr *E) {
  bool Member = false;
  for (;;) {
    E = E->IgnoreParenImpCasts();
    if (const auto *ME = dyn_cast<MemberExpr>(E)) {
      if (ME->isArrow())
        return nullptr;
      E = ME->getBase();
    } else if (const auto *DME = dyn_cast<CXXDependentScopeMemberExpr>(E)) {
      if (DME->isArrow() || DME->isImplicitAccess())
        return nullptr;
      E = DME->getBase();
    } else if (const auto *ASE = dyn_cast<ArraySubscriptExpr>(E)) {
      E = ASE->getBase();
    } else {
      break;
    }
    Member = true;
  }
  if (!Member || isa<DeclRefExpr, CXXThisExpr, UnaryOperator, StringLiteral>(E))
    return nullptr;
  return E->isPRValue() || E->isTypeDependent() ? E : nullptr;
}

const InitListExpr *elidingArrayList(const ASTContext &Ctx, const VarDecl *VD) {
  const ArrayType *AT = Ctx.getAsArrayType(VD->getType());
  const auto *DSAT = dyn_cast_or_null<DependentSizedArrayType>(AT);
  if (!AT || !(isa<IncompleteArrayType>(AT) || (DSAT && !DSAT->getSizeExpr())))
    return nullptr;
  const Expr *Init = VD->getInit();
  if (const auto *EWC = dyn_cast_or_null<ExprWithCleanups>(Init))
    Init = EWC->getSubExpr();
  const auto *List = dyn_cast_or_null<InitListExpr>(Init);
  if (!List)
    return nullptr;
  QualType Elem = AT->getElementType();
  const Type *Bare = Elem->getBaseElementTypeUnsafe();
  const CXXRecordDecl *Class = Bare->getAsCXXRecordDecl();
  bool MayBeAggregate = Elem->isArrayType() || Bare->isDependentType() ||
                        (Class && Class->hasDefinition() && Class->isAggregate());
  bool AllBraced = llvm::all_of(List->inits(), [](const Expr *E) {
    if (const auto *PE = dyn_cast<PackExpansionExpr>(E))
      E = PE->getPattern();
    return isa<InitListExpr>(E);
  });
  return MayBeAggregate && !AllBraced ? List : nullptr;
}

bool makesInitializerList(const VarDecl *VD) {
  const Expr *Init = VD->getInit();
  if (!Init || isa<DecompositionDecl>(VD))
    return false;
  if (ExtendedBy(VD).InitializerLists)
    return true;
  // In a template, clang leaves the list as it is written: `auto x = {a,
  // b};` deduces a std::initializer_list, as does a written one made from
  // a braced list.
  bool Braced = VD->getInitStyle() == VarDecl::ListInit ||
                (VD->getInitStyle() == VarDecl::CInit && isa<InitListExpr>(Init->IgnoreImplicit()));
  if (!Braced)
    return false;
  QualType T = VD->getType();
  if (const AutoType *AT = T->getContainedAutoType())
    return VD->getInitStyle() == VarDecl::CInit &&
           (AT->getDeducedType().isNull() || AT->getDeducedType()->isDependentType());
  // (A list of one std::initializer_list copies it: refused all the same.)
  return namesInitializerList(T);
}

bool extendsDestructedTemporary(const VarDecl *VD) {
  struct Walk : RecursiveASTVisitor<Walk> {
    const VarDecl *VD;
    bool Found = false;
    bool VisitMaterializeTemporaryExpr(MaterializeTemporaryExpr *E) {
      Found |= E->getExtendingDecl() == VD && E->getType().isDestructedType();
      return true;
    }
    bool TraverseLambdaExpr(LambdaExpr *) { return true; }
  } W;
  W.VD = VD;
  if (VD->getInit())
    W.TraverseStmt(const_cast<Expr *>(VD->getInit()));
  return W.Found;
}

namespace {
/// What a walk down the expression that initialises a reference or an
/// object finds under the nodes every such walk looks through (cleanups,
/// a temporary's binding to its destructor, both branches of `?:`, the
/// right of a comma): whether `Walk` holds of one of them; None for any
/// other node (`E` without parentheses).
llvm::Optional<bool> underSpine(const Expr *E, llvm::function_ref<bool(const Expr *)> Walk) {
  if (const auto *EWC = dyn_cast<ExprWithCleanups>(E))
    return Walk(EWC->getSubExpr());
  if (const auto *Bind = dyn_cast<CXXBindTemporaryExpr>(E))
    return Walk(Bind->getSubExpr());
  if (const auto *CO = dyn_cast<AbstractConditionalOperator>(E))
    return Walk(CO->getTrueExpr()) || Walk(CO->getFalseExpr());
  if (const auto *BO = dyn_cast<BinaryOperator>(E))
    return BO->getOpcode() == BO_Comma && Walk(BO->getRHS());
  return llvm::None;
}

/// The types of the members that the inits of `List` (a semantic form)
/// initialise, in order: bases, then named fields (of a union, the one it
/// initialises).
SmallVector<QualType, 8> initialisedMembers(const InitListExpr *List) {
  SmallVector<QualType, 8> Members;
  const auto *RD = List->getType()->getAsCXXRecordDecl();
  if (!RD)
    return Members;
  for (const CXXBaseSpecifier &Base : RD->bases())
    Members.push_back(Base.getType());
  if (RD->isUnion()) {
    if (const FieldDecl *FD = List->getInitializedFieldInUnion())
      Members.push_back(FD->getType());
  } else {
    for (const FieldDecl *FD : RD->fields())
      if (!FD->isUnnamedBitfield())
        Members.push_back(FD->getType());
  }
  return Members;
}

/// Whether a reference initialised by `E` may bind to a temporary made by
/// `E` (or to a part of one), rather than to an object or to a temporary
/// that a call made and that dies with the call.
bool bindsTemporary(const Expr *E) {
  E = E->IgnoreParens();
  if (isa<MaterializeTemporaryExpr>(E) || isa<CXXStdInitializerListExpr>(E))
    return true;
  if (llvm::Optional<bool> Under = underSpine(E, bindsTemporary))
    return *Under;
  if (const auto *Cast = dyn_cast<CastExpr>(E))
    return Cast->getCastKind() != CK_UserDefinedConversion &&
           Cast->getCastKind() != CK_ConstructorConversion && bindsTemporary(Cast->getSubExpr());
  if (const auto *ME = dyn_cast<MemberExpr>(E))
    return !ME->isArrow() && bindsTemporary(ME->getBase());
  if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E))
    return bindsTemporary(AS->getBase());
  return false;
}

/// Whether `E`, which initialises an object, makes an aggregate (the
/// object itself, or one it is made from: `auto a = A{...};`, `A a(A{...});`)
/// whose reference member, or a std::initializer_list member, or one of an
/// aggregate nested in it, binds to a temporary. C++ keeps such a temporary
/// alive as long as the object ([class.temporary] p6). Clang's AST marks it
/// so only where the braced list is the variable's own initialiser; g++
/// also extends it through a prvalue of the aggregate's type, and through
/// casts (`auto a = A{static_cast<const S &>(S())};`), so the walk follows
/// those too.
bool aggregateBindsTemporary(const Expr *E) {
  E = E->IgnoreParens();
  if (isa<CXXStdInitializerListExpr>(E))
    return true;
  if (llvm::Optional<bool> Under = underSpine(E, aggregateBindsTemporary))
    return *Under;
  if (const auto *MTE = dyn_cast<MaterializeTemporaryExpr>(E))
    return aggregateBindsTemporary(MTE->getSubExpr());
  if (const auto *Cast = dyn_cast<CastExpr>(E))
    return Cast->getCastKind() != CK_UserDefinedConversion &&
           aggregateBindsTemporary(Cast->getSubExpr());
  if (const auto *CE = dyn_cast<CXXConstructExpr>(E)) {
    // (A copy or a move of a prvalue of the same class, which C++14 may
    // elide and C++17 does not make.)
    const CXXConstructorDecl *Ctor = CE->getConstructor();
    return Ctor && Ctor->isCopyOrMoveConstructor() && CE->getNumArgs() >= 1 &&
           aggregateBindsTemporary(CE->getArg(0));
  }
  const auto *List = dyn_cast<InitListExpr>(E);
  if (!List)
    return false;
  // (The semantic form, whose inits follow the members; in a template, a
  // list that depends on a template parameter has none, and
  // makesBracedAggregate leaves it to the runtime.)
  if (!List->isSemanticForm() && List->getSemanticForm())
    List = List->getSemanticForm();
  if (List->isInstantiationDependent())
    return false;
  if (namesInitializerList(List->getType()))
    return true;
  SmallVector<QualType, 8> Members = initialisedMembers(List);
  for (unsigned I = 0; I < List->getNumInits(); ++I) {
    const Expr *Init = List->getInit(I);
    if (!Init)
      continue;
    QualType Member = I < Members.size() ? Members[I] : QualType();
    if (!Member.isNull() && Member->isReferenceType() ? bindsTemporary(Init)
                                                       : aggregateBindsTemporary(Init))
      return true;
  }
  return false;
}

/// The temporaries that `E`, which initialises an object, binds to
/// reference members of the aggregates it makes (aggregateBindsTemporary's
/// walk), in the order they are made (a temporary's own before it), added
/// to `Out`; false where one is not a plain temporary that a slot can hold
/// in its place: an array made otherwise than from its braced list, or a
/// std::initializer_list's array.
bool collectMemberTemporaries(const Expr *E, bool Reference,
                              SmallVectorImpl<const MaterializeTemporaryExpr *> &Out,
                              llvm::SmallPtrSetImpl<const MaterializeTemporaryExpr *> &Guarded,
                              bool InArm = false) {
  E = E->IgnoreParens();
  auto Collect = [&](const Expr *Sub, bool Ref, bool Arm = false) {
    return collectMemberTemporaries(Sub, Ref, Out, Guarded, InArm || Arm);
  };
  // One made on one side of `?:` only is Guarded: made where that side is.
  // (Not GNU's `a ?: b`, whose `a` is the value of the first side.)
  if (const auto *CO = dyn_cast<ConditionalOperator>(E))
    return Collect(CO->getTrueExpr(), Reference, true) &&
           Collect(CO->getFalseExpr(), Reference, true);
  if (isa<CXXStdInitializerListExpr>(E) || isa<AbstractConditionalOperator>(E))
    return !(Reference ? bindsTemporary(E) : aggregateBindsTemporary(E));
  if (const auto *EWC = dyn_cast<ExprWithCleanups>(E))
    return Collect(EWC->getSubExpr(), Reference);
  if (const auto *Bind = dyn_cast<CXXBindTemporaryExpr>(E))
    return Collect(Bind->getSubExpr(), Reference);
  if (const auto *BO = dyn_cast<BinaryOperator>(E); BO && BO->getOpcode() == BO_Comma)
    return Collect(BO->getRHS(), Reference);
  if (Reference) {
    // (bindsTemporary's walk, down to the temporary.)
    if (const auto *MTE = dyn_cast<MaterializeTemporaryExpr>(E)) {
      // (An array only where its braced list, or a cast of that list to
      // the array type, makes it in place, `R r{{1, 2}};`, `R r{A{1,
      // 2}};`, `R r{(f(), A{1, 2})};`: the slot's array new-expression
      // keeps the list.)
      if (MTE->getType()->isArrayType() && !arrayListOf(MTE))
        return false;
      if (!Collect(MTE->getSubExpr(), false))
        return false;
      Out.push_back(MTE);
      if (InArm)
        Guarded.insert(MTE);
      return true;
    }
    if (const auto *Cast = dyn_cast<CastExpr>(E))
      return Cast->getCastKind() == CK_UserDefinedConversion ||
             Cast->getCastKind() == CK_ConstructorConversion ||
             Collect(Cast->getSubExpr(), true);
    if (const auto *ME = dyn_cast<MemberExpr>(E))
      return ME->isArrow() || Collect(ME->getBase(), true);
    if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E))
      return Collect(AS->getBase(), true);
    return true;
  }
  if (const auto *MTE = dyn_cast<MaterializeTemporaryExpr>(E))
    return Collect(MTE->getSubExpr(), false);
  if (const auto *Cast = dyn_cast<CastExpr>(E))
    return Cast->getCastKind() == CK_UserDefinedConversion ||
           Collect(Cast->getSubExpr(), false);
  if (const auto *CE = dyn_cast<CXXConstructExpr>(E)) {
    const CXXConstructorDecl *Ctor = CE->getConstructor();
    return !(Ctor && Ctor->isCopyOrMoveConstructor() && CE->getNumArgs() >= 1) ||
           Collect(CE->getArg(0), false);
  }
  const auto *List = dyn_cast<InitListExpr>(E);
  if (!List)
    return true;
  if (!List->isSemanticForm() && List->getSemanticForm())
    List = List->getSemanticForm();
  if (List->isInstantiationDependent() || namesInitializerList(List->getType()))
    return false;
  SmallVector<QualType, 8> Members = initialisedMembers(List);
  for (unsigned I = 0; I < List->getNumInits(); ++I) {
    const Expr *Init = List->getInit(I);
    if (!Init)
      continue;
    QualType Member = I < Members.size() ? Members[I] : QualType();
    if (!Collect(Init, !Member.isNull() && Member->isReferenceType()))
      return false;
  }
  return true;
}
} // namespace

const InitListExpr *arrayListCast(const MaterializeTemporaryExpr *MTE) {
  const auto *Cast =
      dyn_cast<CXXFunctionalCastExpr>(MTE->getSubExpr()->IgnoreImplicit()->IgnoreParens());
  if (!Cast || !Cast->getType()->isArrayType())
    return nullptr;
  const auto *List = dyn_cast<InitListExpr>(Cast->getSubExpr()->IgnoreImplicit());
  return List && List->getLBraceLoc().isFileID() ? List : nullptr;
}

const InitListExpr *arrayListOf(const MaterializeTemporaryExpr *MTE,
                                const CXXFunctionalCastExpr **Cast) {
  const Expr *E = MTE->getSubExpr();
  for (const Expr *Prev = nullptr; E != Prev;) {
    Prev = E;
    E = E->IgnoreImplicit()->IgnoreParens();
    if (const auto *BO = dyn_cast<BinaryOperator>(E); BO && BO->getOpcode() == BO_Comma)
      E = BO->getRHS();
  }
  const auto *FC = dyn_cast<CXXFunctionalCastExpr>(E);
  if (FC && FC->getType()->isArrayType())
    E = FC->getSubExpr()->IgnoreImplicit();
  else
    FC = nullptr;
  const auto *List = dyn_cast<InitListExpr>(E);
  if (!List || !List->getLBraceLoc().isFileID() || !List->getRBraceLoc().isFileID())
    return nullptr;
  if (Cast)
    *Cast = FC;
  return List;
}

bool defaultInitialised(const VarDecl *VD) {
  const Expr *Init = VD->getInit();
  if (!Init)
    return true;
  const auto *CE = dyn_cast<CXXConstructExpr>(Init->IgnoreImplicit());
  return CE && CE->getNumArgs() == 0 && CE->getParenOrBraceRange().isInvalid() &&
         !CE->isListInitialization();
}

bool extendsThroughMember(const VarDecl *VD) {
  ExtendedBy Walk(VD);
  unsigned Others = Walk.Temporaries - Walk.InitializerLists;
  if (VD->getType()->isReferenceType() ? Others > 1 : Others > 0)
    return true;
  // (A structured binding's object too, `auto [r, k] = A{S(), 1};`, as g++
  // extends; not one bound by reference, which the walk above counts.)
  const Expr *Init = VD->getInit();
  if (!Init || (isa<DecompositionDecl>(VD) && VD->getType()->isReferenceType()) ||
      VD->getType()->isDependentType())
    return false;
  // (A std::initializer_list local is makesInitializerList's.)
  if (namesInitializerList(VD->getType()))
    return false;
  return aggregateBindsTemporary(Init);
}

const InitListExpr *bracedTemporaryList(const VarDecl *VD) {
  QualType T = VD->getType();
  const Expr *Init = VD->getInit();
  if (!T->isReferenceType() || !Init || isa<DecompositionDecl>(VD) ||
      T.getNonReferenceType()->getContainedAutoType() ||
      (VD->getInitStyle() != VarDecl::CInit && VD->getInitStyle() != VarDecl::ListInit))
    return nullptr;
  if (const auto *EWC = dyn_cast<ExprWithCleanups>(Init))
    Init = EWC->getSubExpr();
  const auto *List = dyn_cast<InitListExpr>(Init);
  if (!List)
    return nullptr;
  if (!List->isSyntacticForm() && List->getSyntacticForm())
    List = List->getSyntacticForm();
  return List->getNumInits() != 1 || isa<InitListExpr>(List->getInit(0)->IgnoreImplicit())
             ? List
             : nullptr;
}

namespace {
/// The one expression of an initialiser `E` written `e`, `(e)` or `{e}` (in
/// a template, `(e)` is a ParenListExpr, which has no type, under the
/// cleanups), or null; with `Lists`, a braced list of one element is
/// looked into too.
const Expr *onlyElement(const Expr *E, bool Lists) {
  E = E->IgnoreImplicit()->IgnoreParens();
  if (const auto *PL = dyn_cast<ParenListExpr>(E))
    return PL->getNumExprs() == 1 ? PL->getExpr(0)->IgnoreParens() : nullptr;
  if (const auto *List = dyn_cast<InitListExpr>(E); List && Lists)
    return List->getNumInits() == 1 ? List->getInit(0)->IgnoreParens() : nullptr;
  return E;
}
} // namespace

const CXXUnresolvedConstructExpr *bracedDecompositionObject(const VarDecl *VD) {
  if (!isa<DecompositionDecl>(VD) || !VD->getInit())
    return nullptr;
  const auto *UC =
      dyn_cast_or_null<CXXUnresolvedConstructExpr>(onlyElement(VD->getInit(), /*Lists=*/true));
  return UC && UC->isListInitialization() && UC->getNumArgs() > 0 ? UC : nullptr;
}

const Expr *conditionalBinding(const VarDecl *VD) {
  const Expr *E = VD->getType()->isReferenceType() ? boundInitialiser(VD) : nullptr;
  if (!E)
    return nullptr;
  if (const auto *EWC = dyn_cast<ExprWithCleanups>(E))
    E = EWC->getSubExpr();
  E = E->IgnoreParens();
  return isa<ConditionalOperator>(E) && E->isGLValue() && temporariesExtendedBy(VD) > 0 ? E
                                                                                         : nullptr;
}

bool bindsWholeArrayList(const VarDecl *VD) {
  const MaterializeTemporaryExpr *MTE = extendedTemporary(VD);
  if (!MTE || !MTE->getType()->isArrayType() || !VD->getInit())
    return false;
  const SourceManager &SM = VD->getASTContext().getSourceManager();
  return (isa<InitListExpr>(MTE->getSubExpr()->IgnoreImplicit()) ||
          (VD->getInitStyle() == VarDecl::CInit && arrayListCast(MTE))) &&
         SM.getFileOffset(SM.getFileLoc(MTE->getBeginLoc())) ==
             SM.getFileOffset(SM.getFileLoc(VD->getInit()->getBeginLoc()));
}

bool bindsArrayInText(const VarDecl *VD) {
  if (!VD->getType()->isReferenceType() || VD->getType()->isDependentType())
    return false;
  const MaterializeTemporaryExpr *MTE = extendedTemporary(VD);
  return MTE && MTE->getType()->isArrayType() && arrayListOf(MTE) && !bindsWholeArrayList(VD);
}

bool memberTemporaries(const VarDecl *VD, SmallVectorImpl<const MaterializeTemporaryExpr *> &Out,
                       llvm::SmallPtrSetImpl<const MaterializeTemporaryExpr *> &Guarded) {
  const Expr *Init = VD->getInit();
  if (!Init || VD->getType()->isDependentType())
    return false;
  // A reference's own temporary (`const A &a = A{S()};`), which its slot
  // keeps, is no member temporary: those made inside it are.
  const MaterializeTemporaryExpr *Own = nullptr;
  if (VD->getType()->isReferenceType()) {
    // (An array temporary only where its braced list makes it in place,
    // which checkEachLocal sees to.)
    Own = extendedTemporary(VD);
    if (Own) {
      if (!collectMemberTemporaries(Own->getSubExpr(), false, Out, Guarded))
        return false;
      // (But an array made from a list inside the initialiser, which is
      // kept as theirs are, where the text stands: bindsArrayInText.)
      if (bindsArrayInText(VD))
        Out.push_back(Own);
    } else if (const Expr *Arms = conditionalBinding(VD)) {
      // (Bound to what a glvalue `?:` designates: the temporaries on its
      // sides, `const S &r = c ? static_cast<const S &>(S()) : s;`.)
      if (!collectMemberTemporaries(Arms, true, Out, Guarded))
        return false;
    } else {
      return false;
    }
  } else if (!collectMemberTemporaries(Init, false, Out, Guarded)) {
    return false;
  }
  if (Out.empty())
    return false;
  // (Every temporary that clang's AST marks as kept alive by VD is one of
  // them, and none is made inside a macro.)
  struct Marked : RecursiveASTVisitor<Marked> {
    const VarDecl *VD;
    SmallVectorImpl<const MaterializeTemporaryExpr *> &Found;
    const MaterializeTemporaryExpr *Own;
    bool Missing = false;
    Marked(const VarDecl *VD, SmallVectorImpl<const MaterializeTemporaryExpr *> &Found,
           const MaterializeTemporaryExpr *Own)
        : VD(VD), Found(Found), Own(Own) {}
    bool VisitMaterializeTemporaryExpr(MaterializeTemporaryExpr *E) {
      Missing |= E->getExtendingDecl() == VD && E != Own && !llvm::is_contained(Found, E);
      return true;
    }
    bool VisitCXXStdInitializerListExpr(CXXStdInitializerListExpr *) {
      Missing = true;
      return true;
    }
    bool TraverseLambdaExpr(LambdaExpr *) { return true; }
  } W(VD, Out, Own);
  W.TraverseStmt(const_cast<Expr *>(Init));
  // (Or it is all that a macro's call in the file expands to, the call's
  // text makes it in its slot: `A a{MAKE_S(1)};` with `#define MAKE_S(v)
  // S{v}`, or a marker's own value, `I i{CORO_YIELD(1)};`. Not one in a
  // macro's argument, which the macro may use more than once.)
  const SourceManager &SM = VD->getASTContext().getSourceManager();
  const LangOptions &LO = VD->getASTContext().getLangOpts();
  auto WholeMacroCall = [&](const MaterializeTemporaryExpr *MTE) {
    SourceLocation Begin = MTE->getBeginLoc(), End = MTE->getEndLoc();
    SourceLocation CallBegin, CallEnd;
    return Begin.isMacroID() && End.isMacroID() && !SM.isMacroArgExpansion(Begin) &&
           !SM.isMacroArgExpansion(End) &&
           Lexer::isAtStartOfMacroExpansion(Begin, SM, LO, &CallBegin) &&
           Lexer::isAtEndOfMacroExpansion(End, SM, LO, &CallEnd) && CallBegin.isFileID() &&
           CallEnd.isFileID();
  };
  return !W.Missing && llvm::all_of(Out, [&](const MaterializeTemporaryExpr *MTE) {
    return (MTE->getBeginLoc().isFileID() && MTE->getEndLoc().isFileID()) || WholeMacroCall(MTE);
  });
}

namespace {
/// Whether a braced list that makes an object of type `T` (known) may bind
/// a reference member to a temporary or make a std::initializer_list
/// member: `T` (or its element type) is an aggregate with such a member, or
/// with a base or member that is such an aggregate.
bool mayBindMember(QualType T, unsigned Depth = 0) {
  T = T.getNonReferenceType();
  if (const ArrayType *AT = T->getAsArrayTypeUnsafe())
    return mayBindMember(AT->getElementType(), Depth);
  if (namesInitializerList(T))
    return true;
  const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
  if (!RD || !RD->hasDefinition() || !RD->isAggregate() || Depth > 32)
    return false;
  for (const CXXBaseSpecifier &Base : RD->bases())
    if (mayBindMember(Base.getType(), Depth + 1))
      return true;
  for (const FieldDecl *FD : RD->fields())
    if (FD->getType()->isReferenceType() || mayBindMember(FD->getType(), Depth + 1))
      return true;
  return false;
}
} // namespace

namespace {
/// Whether an element of `List` (a braced list that makes an object, or
/// an array of `Rank` dimensions whose elements' lists are looked into) is
/// a braced list, or a list-initialisation of a type that depends on a
/// template parameter or names std::initializer_list: what can make a
/// std::initializer_list member.
bool nestsBracedList(const Expr *List, unsigned Rank) {
  SmallVector<const Expr *, 8> Elements;
  if (const auto *IL = dyn_cast<InitListExpr>(List)) {
    if (!IL->isSyntacticForm() && IL->getSyntacticForm())
      IL = IL->getSyntacticForm();
    for (unsigned I = 0; I < IL->getNumInits(); ++I)
      Elements.push_back(IL->getInit(I));
  } else if (const auto *UC = dyn_cast<CXXUnresolvedConstructExpr>(List)) {
    // (`T{...}` keeps its braces as the one argument's list.)
    if (UC->getNumArgs() == 1 && isa<InitListExpr>(UC->getArg(0)))
      return nestsBracedList(UC->getArg(0), Rank);
    Elements.append(UC->arg_begin(), UC->arg_end());
  }
  for (const Expr *E : Elements) {
    if (!E)
      continue;
    E = E->IgnoreParens();
    if (const auto *DI = dyn_cast<DesignatedInitExpr>(E))
      E = DI->getInit()->IgnoreParens();
    E = E->IgnoreImplicit();
    if (isa<InitListExpr>(E)) {
      if (Rank == 0 || nestsBracedList(E, Rank - 1))
        return true;
      continue;
    }
    if (const auto *UC = dyn_cast<CXXUnresolvedConstructExpr>(E);
        UC && UC->isListInitialization())
      return true;
    if (const auto *Cast = dyn_cast<CXXFunctionalCastExpr>(E);
        Cast && Cast->isListInitialization() && namesInitializerList(Cast->getType()))
      return true;
    if (isa<CXXStdInitializerListExpr>(E))
      return true;
  }
  return false;
}
} // namespace

bool makesBracedAggregate(const VarDecl *VD, bool *NestsList) {
  const Expr *Init = VD->getInit();
  // (Not a structured binding's object: braced_local would refuse most of
  // the aggregates decomposed, which cannot be copy-assigned; see
  // checkEachLocal.)
  if (!Init || isa<DecompositionDecl>(VD))
    return false;
  bool Dependent = VD->getType().getNonReferenceType()->isDependentType();
  unsigned Rank = 0;
  for (QualType T = VD->getType().getNonReferenceType(); T->isArrayType();
       T = T->getAsArrayTypeUnsafe()->getElementType())
    ++Rank;
  // (A known type that has no such member needs no check.)
  if (!Dependent && !VD->getType()->getContainedAutoType() && !mayBindMember(VD->getType()))
    return false;
  // Whether `E`, which makes the object (or an object it is then made
  // from), makes it from a non-empty braced list where only the
  // instantiation shows what the list initialises: the object's type
  // depends on a template parameter, or the list does.
  std::function<bool(const Expr *)> Braced = [&](const Expr *E) -> bool {
    E = E->IgnoreParens();
    if (const auto *List = dyn_cast<InitListExpr>(E)) {
      bool Makes = List->getNumInits() > 0 && (Dependent || List->isInstantiationDependent());
      if (Makes && NestsList)
        *NestsList = *NestsList || nestsBracedList(List, Rank);
      return Makes;
    }
    if (const auto *PL = dyn_cast<ParenListExpr>(E)) {
      for (unsigned I = 0; I < PL->getNumExprs(); ++I)
        if (Braced(PL->getExpr(I)))
          return true;
      return false;
    }
    if (const auto *UC = dyn_cast<CXXUnresolvedConstructExpr>(E)) {
      if (!UC->isListInitialization())
        return UC->getNumArgs() == 1 && Braced(UC->getArg(0));
      if (UC->getNumArgs() > 0 && NestsList)
        *NestsList = *NestsList || nestsBracedList(UC, 0);
      return UC->getNumArgs() > 0;
    }
    if (llvm::Optional<bool> Under = underSpine(E, Braced))
      return *Under;
    if (const auto *MTE = dyn_cast<MaterializeTemporaryExpr>(E))
      return Braced(MTE->getSubExpr());
    if (const auto *Cast = dyn_cast<CastExpr>(E))
      return Cast->getCastKind() != CK_UserDefinedConversion && Braced(Cast->getSubExpr());
    return false;
  };
  // (`auto a{e};` is made from e.)
  if (const auto *List = dyn_cast<InitListExpr>(Init->IgnoreImplicit());
      List && VD->getInitStyle() == VarDecl::ListInit && VD->getType()->getContainedAutoType() &&
      List->getNumInits() == 1)
    return Braced(List->getInit(0));
  return Braced(Init);
}

bool isDependentBinding(const DecompositionDecl *DD) {
  return DD->getType()->isDependentType() ||
         llvm::any_of(DD->bindings(), [](const BindingDecl *B) {
           return !B->getBinding() || B->getType()->isDependentType();
         });
}

std::string localName(const VarDecl *VD) {
  const auto *DD = dyn_cast<DecompositionDecl>(VD);
  if (!DD)
    return VD->getName().str();
  std::string Out = "[";
  for (const BindingDecl *B : DD->bindings())
    Out += (Out.size() > 1 ? ", " : "") + B->getName().str();
  return Out + "]";
}

const Expr *singleInitialiser(const VarDecl *VD) {
  const Expr *Init = VD->getInit();
  if (!Init)
    return nullptr;
  switch (VD->getInitStyle()) {
  case VarDecl::CInit:
    return isa<InitListExpr>(Init->IgnoreImplicit()) ? nullptr : Init;
  case VarDecl::CallInit:
    if (const auto *PL = dyn_cast<ParenListExpr>(Init))
      return PL->getNumExprs() == 1 ? PL->getExpr(0) : nullptr;
    return Init;
  case VarDecl::ListInit:
    if (const auto *List = dyn_cast<InitListExpr>(Init->IgnoreImplicit()))
      return List->getNumInits() == 1 && !isa<InitListExpr>(List->getInit(0)) ? List->getInit(0)
                                                                              : nullptr;
    return nullptr;
  }
  return nullptr;
}

const Expr *copyListElement(const VarDecl *VD) {
  const Expr *Init = VD->getInit();
  if (!Init || VD->getInitStyle() != VarDecl::CInit)
    return nullptr;
  const auto *List = dyn_cast<InitListExpr>(Init->IgnoreImplicit());
  if (List && !List->isSyntacticForm() && List->getSyntacticForm())
    List = List->getSyntacticForm();
  return List && List->getNumInits() == 1 && !isa<InitListExpr>(List->getInit(0)->IgnoreImplicit())
             ? List->getInit(0)
             : nullptr;
}

SourceLocation declaratorEnd(const VarDecl *VD, const SourceManager &SM, const LangOptions &LO) {
  SourceLocation End = VD->getEndLoc();
  const Expr *Init = VD->getInit();
  if (VD->getInitStyle() != VarDecl::CallInit || !Init)
    return End;
  // (clang ends a declarator initialised by `(e)` with e where e is not a
  // construction, whose range holds the parentheses: `T x(make());`. The
  // parentheses in e match, so a `)` right after it closes the
  // declarator's.)
  llvm::Optional<Token> Tok = Lexer::findNextToken(fileEndLoc(SM, Init->getEndLoc()), SM, LO);
  return Tok && Tok->is(tok::r_paren) ? Tok->getLocation() : End;
}

/// Whether `T` is `decltype(auto)`, deduced or not.
static bool isDecltypeAuto(QualType T) {
  const AutoType *AT = T->getContainedAutoType();
  return AT && AT->isDecltypeAuto();
}

const Expr *boundInitialiser(const VarDecl *VD) {
  const Expr *Init = VD->getInit();
  if (!Init || !VD->getType()->isReferenceType())
    return nullptr;
  // (In a template, an `auto` reference deduces its type from the one
  // expression of `(e)` or `{e}`, which it then binds as `= e` does.)
  bool AutoOfOne = false;
  if (const AutoType *AT = VD->getType()->getContainedAutoType();
      AT && !AT->isDecltypeAuto() && Init->isTypeDependent())
    AutoOfOne = true;
  if (VD->getInitStyle() == VarDecl::CallInit) {
    if (const auto *PL = dyn_cast<ParenListExpr>(Init))
      return AutoOfOne && PL->getNumExprs() == 1 ? PL->getExpr(0) : nullptr;
    return Init;
  }
  // (A list of one element whose type is reference-related to the
  // reference's binds as that element does, `= {e}` too: clang keeps the
  // list, a glvalue. Any other makes a temporary from the list.)
  const Expr *Bare = Init;
  if (const auto *EWC = dyn_cast<ExprWithCleanups>(Bare))
    Bare = EWC->getSubExpr();
  if (const auto *List = dyn_cast<InitListExpr>(Bare)) {
    if (AutoOfOne && VD->getInitStyle() == VarDecl::ListInit && List->getNumInits() == 1 &&
        !isa<InitListExpr>(List->getInit(0)))
      return List->getInit(0);
    return List->isGLValue() && List->getNumInits() == 1 ? List->getInit(0) : nullptr;
  }
  return VD->getInitStyle() == VarDecl::CInit ? Init : nullptr;
}

const MaterializeTemporaryExpr *extendedTemporary(const VarDecl *VD) {
  const Expr *E = boundInitialiser(VD);
  // (`const T &r{a, b};`: the temporary is the braced list's, direct-list-
  // initialised.)
  if (!E && VD->getType()->isReferenceType() && VD->getInitStyle() == VarDecl::ListInit &&
      VD->getInit() && !VD->getInit()->isTypeDependent()) {
    const Expr *Init = VD->getInit();
    if (const auto *EWC = dyn_cast<ExprWithCleanups>(Init))
      Init = EWC->getSubExpr();
    const auto *MTE = dyn_cast<MaterializeTemporaryExpr>(Init);
    return MTE && MTE->getExtendingDecl() == VD ? MTE : nullptr;
  }
  if (!E)
    return nullptr;
  if (const auto *EWC = dyn_cast<ExprWithCleanups>(E))
    E = EWC->getSubExpr();
  // Through conversions to a base, casts to a reference to it and the
  // members of the temporary (`const int &r = make_pair(1, 2).first;`), in
  // parentheses.
  for (;;) {
    if (const auto *ICE = dyn_cast<ImplicitCastExpr>(E)) {
      if (ICE->getCastKind() != CK_DerivedToBase &&
          ICE->getCastKind() != CK_UncheckedDerivedToBase && ICE->getCastKind() != CK_NoOp)
        return nullptr;
      E = ICE->getSubExpr();
    } else if (const auto *PE = dyn_cast<ParenExpr>(E)) {
      E = PE->getSubExpr();
    } else if (const auto *EC = dyn_cast<ExplicitCastExpr>(E);
               EC && isa<CXXStaticCastExpr, CXXConstCastExpr, CStyleCastExpr>(EC) &&
               EC->getTypeAsWritten()->isReferenceType() &&
               (EC->getCastKind() == CK_NoOp || EC->getCastKind() == CK_DerivedToBase ||
                EC->getCastKind() == CK_UncheckedDerivedToBase)) {
      // A cast to a reference that designates the same object (or its base)
      // keeps extending it ([class.temporary] p6).
      E = EC->getSubExpr();
    } else if (const auto *ME = dyn_cast<MemberExpr>(E);
               ME && !ME->isArrow() && isa<FieldDecl>(ME->getMemberDecl())) {
      E = ME->getBase();
    } else {
      break;
    }
  }
  const auto *MTE = dyn_cast<MaterializeTemporaryExpr>(E);
  if (!MTE || MTE->getExtendingDecl() != VD)
    return nullptr;
  return MTE;
}

bool isGeneratorType(QualType T) {
  if (T.isNull())
    return false;
  if (const auto *RD = T->getAsCXXRecordDecl()) {
    if (const auto *CTSD = dyn_cast<ClassTemplateSpecializationDecl>(RD))
      return CTSD->getName() == "generator" && inCorogenNamespace(CTSD);
  }
  if (const auto *TST = T->getAs<TemplateSpecializationType>()) {
    if (const TemplateDecl *TD = TST->getTemplateName().getAsTemplateDecl())
      return TD->getName() == "generator" && inCorogenNamespace(TD);
  }
  return false;
}

QualType sendTypeOf(QualType T) {
  if (const auto *RD = T->getAsCXXRecordDecl())
    if (const auto *CTSD = dyn_cast<ClassTemplateSpecializationDecl>(RD))
      return CTSD->getTemplateArgs()[1].getAsType();
  if (const auto *TST = T->getAs<TemplateSpecializationType>()) {
    if (TST->getNumArgs() < 2)
      return QualType(); // (the default, void: no value to use)
    const TemplateArgument &S = TST->getArg(1);
    if (S.getKind() == TemplateArgument::Type)
      return S.getAsType();
  }
  return QualType();
}

/// The send type's template argument of a generator type, if it is known.
static void readSendType(QualType T, GeneratorInfo &GI) {
  if (const auto *RD = T->getAsCXXRecordDecl()) {
    if (const auto *CTSD = dyn_cast<ClassTemplateSpecializationDecl>(RD)) {
      const TemplateArgument &S = CTSD->getTemplateArgs()[1];
      GI.SendTypeKnown = true;
      GI.SendsVoid = S.getAsType()->isVoidType();
      return;
    }
  }
  if (const auto *TST = T->getAs<TemplateSpecializationType>()) {
    if (TST->getNumArgs() < 2) {
      GI.SendTypeKnown = true;
      GI.SendsVoid = true;
      return;
    }
    const TemplateArgument &S = TST->getArg(1);
    if (S.getKind() == TemplateArgument::Type && !S.getAsType()->isDependentType()) {
      GI.SendTypeKnown = true;
      GI.SendsVoid = S.getAsType()->isVoidType();
    }
  }
}

static const char *markerSpelling(MarkerKind K) {
  switch (K) {
  case MarkerKind::Yield:
    return "CORO_YIELD";
  case MarkerKind::YieldFrom:
    return "CORO_YIELD_FROM";
  case MarkerKind::Return:
    return "CORO_RETURN";
  }
  llvm_unreachable("unknown marker kind");
}

void checkMarkerValues(Sema &S, const GeneratorInfo &GI, Diagnoser &Diags) {
  ASTContext &Ctx = S.getASTContext();
  const auto *CTSD =
      dyn_cast_or_null<ClassTemplateSpecializationDecl>(GI.HandleType->getAsCXXRecordDecl());
  if (!CTSD)
    return; // (a dependent handle type: checked when the template is instantiated)
  const TemplateArgumentList &Params = CTSD->getTemplateArgs();
  for (const MarkerSite &M : GI.Markers) {
    if (M.Kind == MarkerKind::YieldFrom || M.Call->getNumArgs() == 0)
      continue;
    unsigned Index = M.Kind == MarkerKind::Yield ? 0 : 2;
    if (Index >= Params.size() || Params[Index].getKind() != TemplateArgument::Type)
      continue;
    QualType T = Params[Index].getAsType();
    if (T->isDependentType() || T->isVoidType())
      continue;
    // The runtime constructs T(std::forward<A>(a)...): each argument as an
    // lvalue, or an xvalue of a temporary.
    llvm::SmallVector<Expr *, 4> Args;
    bool Known = true;
    for (const Expr *A : M.Call->arguments()) {
      if (A->isTypeDependent() || A->isValueDependent() || A->containsErrors()) {
        Known = false;
        break;
      }
      Args.push_back(new (Ctx) OpaqueValueExpr(A->getExprLoc(), A->getType().getNonReferenceType(),
                                               A->isLValue() ? VK_LValue : VK_XValue));
    }
    if (!Known)
      continue;
    SourceLocation Loc = M.Call->getBeginLoc();
    InitializedEntity Entity = InitializedEntity::InitializeTemporary(T);
    InitializationKind Kind = InitializationKind::CreateDirect(Loc, Loc, Loc);
    InitializationSequence Seq(S, Entity, Kind, Args);
    if (!Seq.Failed())
      continue;
    std::string From;
    for (const Expr *A : M.Call->arguments())
      From += (From.empty() ? "'" : ", '") +
              A->getType().getNonReferenceType().getAsString(Ctx.getPrintingPolicy()) + "'";
    Diags.report(Loc, DiagKind::MarkerValueType)
        << markerSpelling(M.Kind) << (M.Kind == MarkerKind::Yield ? "yield" : "return")
        << T.getAsString(Ctx.getPrintingPolicy()) << From;
  }
}

/// Whether template argument `Index` of the handle type
/// `corogen::generator<Y, S, R>` is known to be void (a defaulted one is).
static bool handleArgIsVoid(QualType T, unsigned Index);

bool sentVoidAt(ASTContext &Ctx, SourceLocation Loc) {
  struct Finder : RecursiveASTVisitor<Finder> {
    const SourceManager &SM;
    SourceLocation Loc;
    bool SentVoid = false;
    Finder(const SourceManager &SM, SourceLocation Loc) : SM(SM), Loc(Loc) {}
    bool VisitFunctionDecl(FunctionDecl *FD) {
      const Stmt *Body = FD->doesThisDeclarationHaveABody() ? FD->getBody() : nullptr;
      if (Body && isGeneratorType(FD->getReturnType()) &&
          SM.isPointWithin(Loc, SM.getExpansionLoc(Body->getBeginLoc()),
                           SM.getExpansionLoc(Body->getEndLoc())))
        SentVoid = handleArgIsVoid(FD->getReturnType(), 1);
      return true;
    }
  };
  const SourceManager &SM = Ctx.getSourceManager();
  Finder F(SM, SM.getExpansionLoc(Loc));
  FileID File = SM.getFileID(F.Loc);
  for (Decl *D : Ctx.getTranslationUnitDecl()->decls())
    if (D->getLocation().isValid() && SM.getFileID(SM.getExpansionLoc(D->getLocation())) == File)
      F.TraverseDecl(D);
  return F.SentVoid;
}

static bool handleArgIsVoid(QualType T, unsigned Index) {
  if (const auto *RD = T->getAsCXXRecordDecl()) {
    if (const auto *CTSD = dyn_cast<ClassTemplateSpecializationDecl>(RD)) {
      const TemplateArgumentList &Args = CTSD->getTemplateArgs();
      return Index < Args.size() && Args[Index].getKind() == TemplateArgument::Type &&
             Args[Index].getAsType()->isVoidType();
    }
  }
  if (const auto *TST = T->getAs<TemplateSpecializationType>()) {
    for (const TemplateArgument &A : TST->template_arguments())
      if (A.isPackExpansion())
        return false;
    if (Index >= TST->getNumArgs())
      return true;
    const TemplateArgument &A = TST->getArg(Index);
    return A.getKind() == TemplateArgument::Type && !A.getAsType()->isDependentType() &&
           A.getAsType()->isVoidType();
  }
  return false;
}


/// Which marker `CE` calls, if any. Markers call functions of
/// `corogen::detail::marker`; inside a template the call may be unresolved.
static llvm::Optional<MarkerKind> markerKindOf(const CallExpr *CE) {
  StringRef Name;
  if (const FunctionDecl *Callee = CE->getDirectCallee()) {
    const auto *NS = dyn_cast<NamespaceDecl>(Callee->getDeclContext());
    if (!NS || NS->getName() != "marker" || !Callee->getIdentifier())
      return llvm::None;
    Name = Callee->getName();
  } else if (const auto *ULE =
                 dyn_cast_or_null<UnresolvedLookupExpr>(CE->getCallee()->IgnoreImplicit())) {
    if (!ULE->getName().isIdentifier())
      return llvm::None;
    Name = ULE->getName().getAsIdentifierInfo()->getName();
  } else {
    return llvm::None;
  }
  if (Name == "corogen_yield_marker")
    return MarkerKind::Yield;
  if (Name == "corogen_yield_from_marker")
    return MarkerKind::YieldFrom;
  if (Name == "corogen_return_marker")
    return MarkerKind::Return;
  return llvm::None;
}

/// Whether `E`, evaluated again after a suspension, names the same object
/// or reads the same variable: a variable, a member of one through `.`,
/// `this`, a literal. (A value it reads may have changed by then: the
/// caller allows a read only where C++ leaves it unsequenced with the
/// marker, so that reading it after the marker is one of C++'s orders.)
static bool evaluatedAgainAlike(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const auto *M = dyn_cast<MemberExpr>(E))
    return !M->isArrow() && isa<FieldDecl>(M->getMemberDecl()) && evaluatedAgainAlike(M->getBase());
  if (const auto *R = dyn_cast<DeclRefExpr>(E))
    return isa<VarDecl, EnumConstantDecl>(R->getDecl());
  return isa<CXXThisExpr, IntegerLiteral, FloatingLiteral, CharacterLiteral, StringLiteral,
             CXXBoolLiteralExpr, CXXNullPtrLiteralExpr>(E);
}

QualType foldPatternType(const Expr *X) {
  // (`ok(ts) ? int(CORO_YIELD(ts)) : 0`: clang leaves the type of a `?:`
  // whose condition alone depends on a template parameter unknown, but
  // the arms decide it: of the same type and value category, that one.)
  const auto *C = dyn_cast<ConditionalOperator>(X->IgnoreParens());
  if (!C || !X->isTypeDependent())
    return X->getType();
  const Expr *A = C->getTrueExpr(), *B = C->getFalseExpr();
  if (A->isTypeDependent() || B->isTypeDependent() || A->getValueKind() != B->getValueKind() ||
      A->refersToBitField() || B->refersToBitField() ||
      A->getType().getCanonicalType() != B->getType().getCanonicalType())
    return X->getType();
  return A->getType();
}

/// Whether `X`, a pattern or an operand beside a fold's `...`, is of a type
/// whose value the frame keeps and whose operators are the built-in ones:
/// arithmetic (not an enumeration) or a pointer, known in the template.
static bool keptValueType(const Expr *X) {
  QualType T = foldPatternType(X);
  return !T->isDependentType() &&
         ((T->isArithmeticType() && !T->isEnumeralType()) || T->isPointerType());
}

/// Whether `X`, the pattern of an expansion that is the arguments of a call
/// or the elements of a braced list, is of a type whose values the frame
/// keeps, one per element, to be passed as the pattern's were: of a
/// built-in type that keptValueType takes, or a prvalue of a complete
/// class type known in the template that can be moved (the kept object is
/// passed as an xvalue, as a temporary of the pattern would be materialised).
static bool keptObjectType(const Expr *X) {
  if (keptValueType(X))
    return true;
  QualType T = foldPatternType(X);
  if (T->isDependentType() || !X->isPRValue())
    return false;
  const auto *RD = T->getAsCXXRecordDecl();
  return RD && RD->hasDefinition() && !RD->isDependentContext() && !RD->isLambda() &&
         !StringRef(RD->getQualifiedNameAsString()).startswith("corogen::") && !RD->isAbstract() &&
         !T.isVolatileQualified() &&
         (RD->hasSimpleMoveConstructor() || RD->hasSimpleCopyConstructor() ||
          llvm::any_of(RD->ctors(), [](const CXXConstructorDecl *C) {
            return (C->isMoveConstructor() || C->isCopyConstructor()) && !C->isDeleted();
          }));
}

/// Whether `X`, an operand evaluated before a marker in a fold's pattern,
/// may be kept in the frame across the suspension, one per element, as
/// decltype of its text says: an expression of a value (not a braced
/// list, a bit-field, `void` or an overload set) written in the file.
static bool keepableOperand(const Expr *X) {
  if (isa<InitListExpr, ParenListExpr>(X->IgnoreParens()) || X->refersToBitField() ||
      X->getBeginLoc().isMacroID() || X->getEndLoc().isMacroID())
    return false;
  QualType T = X->getType();
  return !T.isNull() && (X->isTypeDependent() || (!T->isVoidType() && !X->hasPlaceholderType()));
}

/// Whether `X`, an operand kept before a fold's turns, makes inside it
/// (below its own value) a temporary that C++ would keep to the end of the
/// statement, past the turns, whose destruction may show, or which its
/// value may refer to: any temporary, or what a part whose type depends
/// on a template parameter makes.
/// An expression whose type depends on a template parameter that makes no
/// object of its own: a name, a member, an assignment to what is not of
/// such a type (whose value is its left operand).
static bool makesNothing(const Expr *X) {
  if (isa<DeclRefExpr, DependentScopeDeclRefExpr, MemberExpr, CXXDependentScopeMemberExpr,
          UnresolvedLookupExpr, UnresolvedMemberExpr, ParenExpr, CXXThisExpr>(X))
    return true;
  if (const auto *B = dyn_cast<BinaryOperator>(X))
    return B->isAssignmentOp() && !B->getLHS()->isTypeDependent();
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(X))
    return Op->isAssignmentOp() && Op->getNumArgs() == 2 && !Op->getArg(0)->isTypeDependent();
  return false;
}

/// `X` through the wrappers that make its value a temporary (parentheses,
/// implicit casts, materialisation and binding): the expression that makes
/// the value.
static const Expr *valueMaker(const Expr *X) {
  while (isa<ParenExpr, ImplicitCastExpr, MaterializeTemporaryExpr, CXXBindTemporaryExpr>(X))
    X = cast<Expr>(*X->child_begin());
  return X;
}

static bool makesLastingInside(const Expr *X) {
  struct Walk : RecursiveASTVisitor<Walk> {
    const Expr *Top;
    bool Found = false;
    bool VisitExpr(Expr *E) {
      if (E == Top)
        return true;
      if (isa<CXXBindTemporaryExpr, MaterializeTemporaryExpr>(E) ||
          (E->isTypeDependent() && !makesNothing(E)))
        Found = true;
      return !Found;
    }
    bool TraverseLambdaExpr(LambdaExpr *) { return true; }
  } W;
  // (Its own value, through the wrappers that make it a temporary.)
  const Expr *Top = valueMaker(X);
  W.Top = Top;
  for (const Stmt *C : Top->children())
    if (C)
      W.TraverseStmt(const_cast<Stmt *>(C));
  return W.Found;
}

/// Where `G` is an operator that runs Inner under a condition, the built-in
/// `&&` or `||` (or one that only the instantiation shows) whose right
/// operand is Inner, or a `?:` one of whose arms is Inner, whose condition
/// is written in the file: its parts (FoldGuard).
static std::optional<FoldGuard> foldGuard(const Expr *G, const Expr *Inner) {
  // (Its condition is evaluated once, in the turn, and read again as
  // `true` or `false` in its place: written in the file.)
  auto Made = [&](const Expr *Cond, const Expr *Arm, bool When,
                  bool Checked) -> std::optional<FoldGuard> {
    if (Arm != Inner || !Cond->getBeginLoc().isFileID() || !Cond->getEndLoc().isFileID())
      return std::nullopt;
    return FoldGuard{G, Cond, Arm, When, Checked};
  };
  // `&&` and `||`, built-in: known so in the template, or checked at
  // instantiation where an operand's type depends on a template parameter
  // (a user's operator would evaluate both operands).
  if (const auto *B = dyn_cast<BinaryOperator>(G); B && B->isLogicalOp())
    return Made(B->getLHS(), B->getRHS(), B->getOpcode() == BO_LAnd,
                B->getLHS()->isTypeDependent() || B->getRHS()->isTypeDependent());
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(G);
      Op && Op->getNumArgs() == 2 && Op->isTypeDependent() &&
      (Op->getOperator() == OO_AmpAmp || Op->getOperator() == OO_PipePipe))
    return Made(Op->getArg(0), Op->getArg(1), Op->getOperator() == OO_AmpAmp, true);
  // `?:`, not GNU's `a ?: b`, whose condition is its value too.
  if (const auto *C = dyn_cast<ConditionalOperator>(G))
    return Made(C->getCond(), Inner == C->getFalseExpr() ? C->getFalseExpr() : C->getTrueExpr(),
                Inner != C->getFalseExpr(), false);
  return std::nullopt;
}

bool foldContextBefore(const Expr *Around, const Expr *Inner, bool Once, const Expr **Kept,
                       FoldGuard *Guard, std::vector<const Expr *> *KeptMany) {
  // (Wrappers, and a member of what the marker gives.)
  if (isa<ParenExpr, ImplicitCastExpr, UnaryOperator, CStyleCastExpr, CXXFunctionalCastExpr,
          CXXStaticCastExpr, MemberExpr, CXXDependentScopeMemberExpr, MaterializeTemporaryExpr,
          CXXBindTemporaryExpr, ExprWithCleanups>(Around))
    return true;
  // (With Guard, one operator that runs Inner under a condition may be the
  // turn's guard, `ok(ts) && CORO_YIELD(ts)`: *Guard is set to it.)
  auto Guarded = [&] {
    if (!Guard || Guard->Op)
      return false;
    std::optional<FoldGuard> G = foldGuard(Around, Inner);
    if (G)
      *Guard = *G;
    return G.has_value();
  };
  // Those of `Children` before Inner, each evaluated again alike; where
  // they are sequenced before it, no value read (where Around's type
  // depends on a template parameter, clang shows no read: no variable).
  bool Dependent = Around->isTypeDependent() || Around->isValueDependent();
  auto AllAlike = [&](auto Children, bool Sequenced) {
    for (const Stmt *C : Children) {
      const auto *X = dyn_cast_or_null<Expr>(C);
      if (!X || X == Inner)
        return true;
      if (Once && !Sequenced)
        continue;
      // (Else one such operand may be kept, evaluated before the marker.)
      auto Keep = [&] {
        if (KeptMany && keepableOperand(X)) {
          KeptMany->push_back(X);
          return true;
        }
        if (!Kept || *Kept || !keepableOperand(X))
          return false;
        *Kept = X;
        return true;
      };
      if (!evaluatedAgainAlike(X)) {
        if (Keep())
          continue;
        return false;
      }
      const auto *Read = dyn_cast<ImplicitCastExpr>(X->IgnoreParens());
      if (Sequenced && Read && Read->getCastKind() == CK_LValueToRValue) {
        if (Keep())
          continue;
        return false;
      }
      const auto *Named = dyn_cast<DeclRefExpr>(X->IgnoreParenImpCasts());
      if (Sequenced && Dependent &&
          (isa<MemberExpr>(X->IgnoreParenImpCasts()) ||
           (Named && !isa<EnumConstantDecl>(Named->getDecl())))) {
        if (Keep())
          continue;
        return false;
      }
    }
    return true;
  };
  auto Object = [](const Expr *Callee) {
    Callee = Callee->IgnoreParenImpCasts();
    if (const auto *M = dyn_cast<MemberExpr>(Callee))
      return M->isImplicitAccess() || evaluatedAgainAlike(M->getBase());
    if (const auto *M = dyn_cast<CXXDependentScopeMemberExpr>(Callee))
      return M->isImplicitAccess() || evaluatedAgainAlike(M->getBase());
    if (const auto *M = dyn_cast<UnresolvedMemberExpr>(Callee))
      return M->isImplicitAccess() || evaluatedAgainAlike(M->getBase());
    return isa<DeclRefExpr, UnresolvedLookupExpr>(Callee);
  };
  if (const auto *B = dyn_cast<BinaryOperator>(Around)) {
    // (A marker that the left operand of `&&`, `||` or `,` decides, or the
    // condition of `?:`, runs first; one after would run only when reached.)
    if (B->isLogicalOp() || B->getOpcode() == BO_Comma)
      return B->getLHS() == Inner || (B->isLogicalOp() && Guarded());
    // (An assignment evaluates its right operand first.)
    if (B->isAssignmentOp())
      return B->getRHS() == Inner || AllAlike(std::array<const Stmt *, 1>{B->getRHS()}, true);
    bool Sequenced = B->isShiftOp() || B->getOpcode() == BO_PtrMemD || B->getOpcode() == BO_PtrMemI;
    return AllAlike(B->children(), Sequenced);
  }
  if (const auto *C = dyn_cast<ConditionalOperator>(Around))
    return C->getCond() == Inner || Guarded();
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Around)) {
    OverloadedOperatorKind K = Op->getOperator();
    if (K == OO_AmpAmp || K == OO_PipePipe || K == OO_Comma)
      return (Op->getNumArgs() > 0 && Op->getArg(0) == Inner) || (K != OO_Comma && Guarded());
    if (K == OO_Equal || (K >= OO_PlusEqual && K <= OO_GreaterGreaterEqual && K != OO_LessLess &&
                          K != OO_GreaterGreater)) // (as the built-in one: the right first)
      return Op->getNumArgs() == 2 &&
             (Op->getArg(1) == Inner || AllAlike(std::array<const Stmt *, 1>{Op->getArg(1)}, true));
    bool Sequenced =
        K == OO_LessLess || K == OO_GreaterGreater || K == OO_Subscript || K == OO_ArrowStar;
    return AllAlike(Op->arguments(), Sequenced);
  }
  if (const auto *Call = dyn_cast<CallExpr>(Around)) {
    // (The function, or the object of a member function, is sequenced
    // before the arguments, which are not among themselves.)
    if (Call->getCallee() != Inner && !Object(Call->getCallee()))
      return false;
    return AllAlike(Call->arguments(), false);
  }
  // (A braced list's elements go in order.)
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(Around))
    return AllAlike(Construct->arguments(), Construct->isListInitialization());
  if (const auto *Unresolved = dyn_cast<CXXUnresolvedConstructExpr>(Around))
    return AllAlike(Unresolved->arguments(), Unresolved->isListInitialization());
  if (isa<ParenListExpr>(Around)) // (a variable's parenthesised initialiser)
    return AllAlike(Around->children(), false);
  if (const auto *List = dyn_cast<InitListExpr>(Around))
    return AllAlike(List->inits(), true); // (in order)
  if (const auto *Sub = dyn_cast<ArraySubscriptExpr>(Around))
    return AllAlike(Sub->children(), true);
  return false;
}

bool valueFold(const ASTContext &Ctx, const CXXFoldExpr *FE) {
  // A built-in operator whose operands C++ leaves unsequenced (each
  // element's value is kept in its turn, and the fold is made of the kept
  // values, in its own shape, once all are), or `&&` and `||`, which go
  // left to right and stop where the value is known, or `<<` and `>>`,
  // whose left operand C++17 sequences first: the elements go left to
  // right in either fold, and the fold of values computes nothing anyone
  // sees; not the assignments.
  switch (FE->getOperator()) {
  case BO_Shl:
  case BO_Shr:
  case BO_Add:
  case BO_Sub:
  case BO_Mul:
  case BO_Div:
  case BO_Rem:
  case BO_And:
  case BO_Or:
  case BO_Xor:
  case BO_LT:
  case BO_GT:
  case BO_LE:
  case BO_GE:
  case BO_EQ:
  case BO_NE:
  case BO_LAnd:
  case BO_LOr:
    break;
  default:
    return false;
  }
  // (Of arithmetic or pointer operands, known in the template: built-in.)
  if (!keptValueType(FE->getPattern()))
    return false;
  if (const Expr *Init = FE->getInit()) {
    if (!keptValueType(Init))
      return false;
    // (`(init && ... && p)` evaluates init first, which decides whether any
    // element's turn comes; `(init << ... << p)` evaluates it first too,
    // before the turns, which the statement after them reads again: a
    // constant only, which reads the same.)
    if ((FE->getOperator() == BO_LAnd || FE->getOperator() == BO_LOr) && FE->isLeftFold())
      return false;
    if (BinaryOperator::isShiftOp(FE->getOperator()) && FE->isLeftFold() &&
        !Init->isEvaluatable(Ctx))
      return false;
  }
  return true;
}

/// The markers in `S`, CORO_RETURN's too with Returns.
static unsigned markerCount(const Stmt *S, bool Returns) {
  struct Markers : RecursiveASTVisitor<Markers> {
    bool Returns;
    unsigned Count = 0;
    bool VisitCallExpr(CallExpr *C) {
      llvm::Optional<MarkerKind> K = markerKindOf(C);
      Count += K && (Returns || *K != MarkerKind::Return);
      return true;
    }
  } Ms;
  Ms.Returns = Returns;
  Ms.TraverseStmt(const_cast<Stmt *>(S));
  return Ms.Count;
}

bool runningFold(const CXXFoldExpr *FE) {
  // `(std::cout << ... << CORO_YIELD(ts))`: a left fold over `<<` or `>>`
  // whose operand on the left is an object (of a class, or of a type the
  // template does not show), which C++17 evaluates first, then each
  // element's pattern and the step that takes it, in turn, each step's
  // result the next step's left operand; the object a name or a member of
  // one, written in the file, and the pattern's value no object whose
  // destruction shows, which C++ would keep to the end of the whole fold.
  const Expr *Init = FE->getInit();
  if (!Init || !FE->isLeftFold() || !BinaryOperator::isShiftOp(FE->getOperator()) ||
      !Init->isLValue() || !(Init->isTypeDependent() || Init->getType()->isRecordType()) ||
      !Init->getBeginLoc().isFileID() || !Init->getEndLoc().isFileID())
    return false;
  const Expr *X = Init->IgnoreParenImpCasts();
  while (const auto *M = dyn_cast<MemberExpr>(X)) {
    if (M->isArrow() && !isa<CXXThisExpr>(M->getBase()->IgnoreParenImpCasts()))
      return false;
    if (M->isArrow() || M->isImplicitAccess())
      return true;
    X = M->getBase()->IgnoreParenImpCasts();
  }
  const auto *R = dyn_cast<DeclRefExpr>(X);
  if (!R || !isa<VarDecl>(R->getDecl()) || cast<VarDecl>(R->getDecl())->isParameterPack())
    return false;
  QualType P = foldPatternType(FE->getPattern());
  if (P->isDependentType())
    return false;
  const CXXRecordDecl *RD = P->getBaseElementTypeUnsafe()->getAsCXXRecordDecl();
  return !RD || (RD->hasDefinition() && RD->hasTrivialDestructor());
}

const Expr *expandedCall(ASTContext &Ctx, const PackExpansionExpr *PE) {
  // The pattern's value, of an arithmetic or pointer type known in the
  // template, a prvalue (passed as the kept value is).
  // (Or of a type that depends on a template parameter, one per element,
  // kept as decltype of each element's pattern says, in a call: written in
  // the file, where the frame spells each element's type from its text.)
  const Expr *Pattern = PE->getPattern();
  if (foldPatternType(Pattern)->isDependentType()
          ? Pattern->getBeginLoc().isMacroID() || Pattern->getEndLoc().isMacroID()
          : !keptObjectType(Pattern) || !Pattern->isPRValue())
    return nullptr;
  DynTypedNodeList Up = Ctx.getParents(*PE);
  const auto *Call = Up.empty() ? nullptr : Up[0].get<CallExpr>();
  // (Or a class's construction, `Point(x, int(CORO_YIELD(ts))...)`, made
  // once with the values as a call is.)
  const auto *Made = Up.empty() ? nullptr : Up[0].get<CXXUnresolvedConstructExpr>();
  if (Made && Made->isListInitialization())
    Made = nullptr;
  // (Or a variable's parenthesised initialiser, `Point p(x,
  // int(CORO_YIELD(ts))...);`, made alike as `Point(x, ...)`, which then
  // initialises it: a variable of a type written, not a reference.)
  const auto *Parens = Up.empty() ? nullptr : Up[0].get<ParenListExpr>();
  if (Parens) {
    DynTypedNodeList Above = Ctx.getParents(*Parens);
    if (!Above.empty() && Above[0].get<ExprWithCleanups>())
      Above = Ctx.getParents(*Above[0].get<ExprWithCleanups>());
    const auto *VD = Above.empty() ? nullptr : Above[0].get<VarDecl>();
    if (!VD || VD->getInitStyle() != VarDecl::CallInit || VD->getType()->getContainedAutoType() ||
        VD->getType()->isReferenceType() || VD->getType()->isArrayType())
      return nullptr;
  }
  if (!Made && !Parens &&
      (!Call || isa<CXXOperatorCallExpr, CUDAKernelCallExpr, UserDefinedLiteral>(Call)))
    return nullptr;
  // What the call evaluates besides: C++17 evaluates the function first,
  // then the arguments in an order it leaves open; the elements' turns
  // run first, so the function and the other arguments are read after
  // them where they are the same there: a name, a member of a variable (or
  // of `this`) through `.`, a variable or a literal.
  std::function<bool(const Expr *)> Plain = [&](const Expr *X) {
    X = X->IgnoreParenImpCasts();
    if (isa<IntegerLiteral, FloatingLiteral, CharacterLiteral, CXXBoolLiteralExpr, StringLiteral,
            CXXNullPtrLiteralExpr, CXXThisExpr, UnresolvedLookupExpr>(X))
      return true;
    if (const auto *R = dyn_cast<DeclRefExpr>(X))
      return !cast<ValueDecl>(R->getDecl())->isParameterPack() && !isa<BindingDecl>(R->getDecl());
    if (const auto *M = dyn_cast<MemberExpr>(X))
      return (!M->isArrow() || isa<CXXThisExpr>(M->getBase()->IgnoreParenImpCasts())) &&
             Plain(M->getBase());
    if (const auto *M = dyn_cast<UnresolvedMemberExpr>(X))
      return M->isImplicitAccess() ||
             ((!M->isArrow() || isa<CXXThisExpr>(M->getBase()->IgnoreParenImpCasts())) &&
              Plain(M->getBase()));
    if (const auto *M = dyn_cast<CXXDependentScopeMemberExpr>(X))
      return M->isImplicitAccess() ||
             ((!M->isArrow() || isa<CXXThisExpr>(M->getBase()->IgnoreParenImpCasts())) &&
              Plain(M->getBase()));
    return false;
  };
  if (Made || Parens) {
    llvm::SmallVector<const Expr *, 4> Args;
    if (Made)
      Args.append(Made->arg_begin(), Made->arg_end());
    else
      for (unsigned I = 0; I != Parens->getNumExprs(); ++I)
        Args.push_back(Parens->getExpr(I));
    for (const Expr *Arg : Args)
      if (Arg != PE && !Plain(Arg))
        return nullptr;
    return Made ? static_cast<const Expr *>(Made) : Parens;
  }
  // (The function a name finds, not a variable's value, which C++17
  // reads before the arguments: a pattern may assign it.)
  const Expr *Callee = Call->getCallee()->IgnoreParenImpCasts();
  if (const auto *R = dyn_cast<DeclRefExpr>(Callee); R && !isa<FunctionDecl>(R->getDecl()))
    return nullptr;
  if (const auto *M = dyn_cast<MemberExpr>(Callee); M && !isa<CXXMethodDecl>(M->getMemberDecl()))
    return nullptr;
  if (!Plain(Callee))
    return nullptr;
  for (const Expr *Arg : Call->arguments())
    if (Arg != PE && !Plain(Arg))
      return nullptr;
  return Call;
}

bool isBracedListFold(const Expr *X) {
  const auto *Made = dyn_cast<CXXUnresolvedConstructExpr>(X);
  return isa<InitListExpr, CXXFunctionalCastExpr>(X) || (Made && Made->isListInitialization());
}

const Expr *expandedList(ASTContext &Ctx, const PackExpansionExpr *PE) {
  // The pattern's value, of an arithmetic or pointer type known in the
  // template (kept in the frame); the elements before the expansion,
  // which C++ evaluates before it, literals or enumerators, which read the
  // same after the elements' turns (`int dummy[] = {0, (CORO_YIELD(ts),
  // 0)...};`, `(void)expand{0, ...};`); one expansion.
  if (!keptObjectType(PE->getPattern()))
    return nullptr;
  DynTypedNodeList Up = Ctx.getParents(*PE);
  const auto *List = Up.empty() ? nullptr : Up[0].get<InitListExpr>();
  if (!List)
    return nullptr;
  bool Before = true;
  for (const Expr *Init : List->inits()) {
    if (Init == PE) {
      Before = false;
      continue;
    }
    if (isa<PackExpansionExpr>(Init))
      return nullptr;
    const Expr *X = Init->IgnoreParenImpCasts();
    while (const auto *U = dyn_cast<UnaryOperator>(X)) // (`-1`)
      if (U->getOpcode() == UO_Minus || U->getOpcode() == UO_Plus || U->getOpcode() == UO_Not ||
          U->getOpcode() == UO_LNot)
        X = U->getSubExpr()->IgnoreParenImpCasts();
      else
        break;
    const auto *R = dyn_cast<DeclRefExpr>(X);
    if (Before &&
        !isa<IntegerLiteral, FloatingLiteral, CharacterLiteral, CXXBoolLiteralExpr,
             CXXNullPtrLiteralExpr>(X) &&
        !(R && isa<EnumConstantDecl>(R->getDecl())))
      return nullptr;
  }
  if (Before)
    return nullptr;
  // The list, or the object it makes, `expand{...}`.
  Up = Ctx.getParents(*List);
  const Stmt *Above = Up.empty() ? nullptr : Up[0].get<Stmt>();
  if (const auto *U = dyn_cast_or_null<CXXUnresolvedConstructExpr>(Above);
      U && U->isListInitialization() && U->getNumArgs() == 1)
    return U;
  if (const auto *F = dyn_cast_or_null<CXXFunctionalCastExpr>(Above);
      F && F->isListInitialization())
    return F;
  return List;
}

/// The temporaries that a part of a fold's pattern whose value outlives its
/// element's turn, `Root` (a kept operand, or the pattern of a call's or a
/// list's expansion), makes and may refer to, which C++ keeps to the end
/// of the whole fold and the turn would end: those of scalar types kept,
/// one per element, in `Held`; false where one cannot be (of a class type,
/// or made by an operand whose type depends on a template parameter and
/// that is not a variable), but where the root's own type depends on one
/// (RootDependent): then `Deferred`, and the output checks at
/// instantiation that the root's value is of an arithmetic type, which
/// refers to nothing (the runtime's refers_to_nothing). They are, outside
/// the marker's operand, the guard's condition (whose value is a bool) and
/// the kept operands (whose values the frame keeps, and passes on as
/// xvalues): what clang materialises, and, of an operator, a call or a
/// construction whose meaning only the instantiation shows, the operands
/// that are prvalues, which a reference parameter or member may bind.
static bool heldTemporaries(ASTContext &Ctx, const CallExpr *CE, QualType Sent, const Expr *Root,
                            bool RootDependent, ArrayRef<const Expr *> Kept, const Expr *GuardCond,
                            std::vector<HeldTemporary> &Held, bool &Deferred) {
  const SourceManager &SM = Ctx.getSourceManager();
  auto Same = [](const Expr *A, const Expr *B) {
    return A->getBeginLoc() == B->getBeginLoc() && A->getEndLoc() == B->getEndLoc();
  };
  auto IsKept = [&](const Expr *X) {
    return llvm::any_of(Kept, [&](const Expr *K) { return K != Root && Same(K, X); });
  };
  bool Bad = false;
  auto Hold = [&](const Expr *X, QualType T) {
    if (!T.isNull() && T->isVoidType())
      return;
    CharSourceRange R = Lexer::makeFileCharRange(
        CharSourceRange::getTokenRange(X->getSourceRange()), SM, Ctx.getLangOpts());
    // (Its text written in the file, where the output holds it, or a
    // marker's call: not inside another macro's argument, which the macro
    // may stringise or use twice.)
    auto Written = [&](SourceLocation L) {
      return L.isFileID() || SM.getExpansionRange(L).getAsRange() ==
                                 SM.getExpansionRange(CE->getBeginLoc()).getAsRange();
    };
    if (!T.isNull() && T->isDependentType() && RootDependent)
      Deferred = true;
    else if (T.isNull() || T->isDependentType() || !T->isScalarType() || R.isInvalid() ||
             !SM.isWrittenInMainFile(R.getBegin()) || !Written(X->getBeginLoc()) ||
             !Written(X->getEndLoc()))
      Bad = true;
    else if (llvm::none_of(Held, [&](const HeldTemporary &H) {
               return H.Range.getBegin() == R.getBegin() && H.Range.getEnd() == R.getEnd();
             }))
      Held.push_back({R, T.getUnqualifiedType()});
  };
  // (A variable, or a member of one: an lvalue, whichever its type.)
  std::function<bool(const Expr *)> Named = [&](const Expr *X) {
    X = X->IgnoreParens();
    if (const auto *R = dyn_cast<DeclRefExpr>(X))
      return isa<VarDecl>(R->getDecl());
    if (const auto *M = dyn_cast<CXXDependentScopeMemberExpr>(X))
      return M->isImplicitAccess() || M->isArrow() || Named(M->getBase());
    if (const auto *M = dyn_cast<MemberExpr>(X))
      return M->isArrow() || Named(M->getBase());
    return false;
  };
  auto Operand = [&](const Expr *O) {
    const Expr *Bare = O->IgnoreParens();
    if (Bare == CE) {
      Hold(O, Sent);
      return;
    }
    if (IsKept(O) || IsKept(Bare) || Named(Bare) ||
        isa<StringLiteral, CXXThisExpr, UnresolvedLookupExpr, UnresolvedMemberExpr>(Bare))
      return;
    if (O->isTypeDependent())
      (RootDependent ? Deferred : Bad) = true;
    else if (O->isPRValue())
      Hold(O, O->getType());
  };
  struct Walk : RecursiveASTVisitor<Walk> {
    const CallExpr *CE;
    const Expr *GuardCond;
    std::function<bool(const Expr *)> IsKept, KeptValue;
    std::function<void(const Expr *)> Operand;
    std::function<void(const Expr *, QualType)> Hold;
    bool TraverseStmt(Stmt *S) {
      // (Not the marker's operand, nor the guard's condition; a kept
      // operand is walked as a root of its own.)
      if (!S || S == GuardCond || (isa<Expr>(S) && IsKept(cast<Expr>(S))))
        return true;
      return RecursiveASTVisitor<Walk>::TraverseStmt(S);
    }
    bool TraverseCallExpr(CallExpr *C) {
      return C == CE || RecursiveASTVisitor<Walk>::TraverseCallExpr(C);
    }
    bool TraverseUnaryExprOrTypeTraitExpr(UnaryExprOrTypeTraitExpr *) { return true; }
    bool TraverseCXXNoexceptExpr(CXXNoexceptExpr *) { return true; }
    bool TraverseDecltypeTypeLoc(DecltypeTypeLoc) { return true; }
    bool VisitMaterializeTemporaryExpr(MaterializeTemporaryExpr *M) {
      // (Not a kept operand's own value, which the frame keeps.)
      if (!M->isTypeDependent() && !KeptValue(M))
        Hold(M, M->getType());
      return true;
    }
    bool VisitExpr(Expr *X) {
      // (What only the instantiation shows: each operand that is a
      // prvalue, but the callee, and the object of a member.)
      // (Also a construction of a class known in the template from what
      // is not, `Holder(int(CORO_YIELD(ts)))`, whose constructor only the
      // instantiation picks.)
      const auto *Cast = dyn_cast<ExplicitCastExpr>(X);
      bool Unresolved =
          X->isTypeDependent() ||
          ((isa<CXXUnresolvedConstructExpr>(X) || (Cast && Cast->getCastKind() == CK_Dependent)) &&
           !X->getType()->isScalarType());
      if (!Unresolved ||
          isa<DeclRefExpr, UnresolvedLookupExpr, ParenExpr, PackExpansionExpr, CXXFoldExpr>(X))
        return true;
      // (The object of a member, `make(ts).first`, `make(ts).get()`, may
      // be a temporary that the member refers to.)
      const Expr *Base = nullptr;
      if (const auto *M = dyn_cast<CXXDependentScopeMemberExpr>(X))
        Base = M->isImplicitAccess() || M->isArrow() ? nullptr : M->getBase();
      else if (const auto *M = dyn_cast<UnresolvedMemberExpr>(X))
        Base = M->isImplicitAccess() || M->isArrow() ? nullptr : M->getBase();
      else if (const auto *M = dyn_cast<MemberExpr>(X))
        Base = M->isArrow() ? nullptr : M->getBase();
      if (isa<CXXDependentScopeMemberExpr, UnresolvedMemberExpr, MemberExpr>(X)) {
        if (Base)
          Operand(Base);
        return true;
      }
      const Expr *Callee = nullptr;
      if (const auto *C = dyn_cast<CallExpr>(X))
        Callee = C->getCallee();
      for (const Stmt *Child : X->children())
        if (const auto *O = dyn_cast_or_null<Expr>(Child); O && O != Callee)
          Operand(O);
      return true;
    }
    /// (A default argument's temporary, whose text is not at the call.)
    bool VisitCXXDefaultArgExpr(CXXDefaultArgExpr *D) {
      struct Find : RecursiveASTVisitor<Find> {
        bool Found = false;
        bool VisitMaterializeTemporaryExpr(MaterializeTemporaryExpr *) { return !(Found = true); }
      } F;
      F.TraverseStmt(D->getExpr());
      if (F.Found)
        Hold(D, QualType());
      return true;
    }
  } W;
  W.CE = CE;
  W.GuardCond = GuardCond;
  W.IsKept = IsKept;
  W.KeptValue = [&](const Expr *X) {
    return llvm::any_of(Kept, [&](const Expr *K) { return Same(K, X); });
  };
  W.Operand = Operand;
  W.Hold = Hold;
  W.TraverseStmt(const_cast<Expr *>(Root));
  return !Bad;
}

const NamedDecl *foldedYieldPack(ASTContext &Ctx, const CallExpr *CE, const FunctionDecl *F,
                                 FoldShape *Shape) {
  llvm::Optional<MarkerKind> Kind = markerKindOf(CE);
  if (!Kind || *Kind == MarkerKind::Return || !F)
    return nullptr;
  auto Up = [&](const Stmt *S) -> const Stmt * {
    DynTypedNodeList P = Ctx.getParents(*S);
    return P.empty() ? nullptr : P[0].get<Stmt>();
  };
  // The pattern: the call, or an expression around it that evaluates
  // nothing before it but what may be evaluated again after the resume
  // (foldContextBefore), in the element's turn: `(g(CORO_YIELD(f(ts))),
  // ...)`, `(sum += CORO_YIELD(ts), ...)`, `(out.push_back(CORO_YIELD(ts)),
  // ...)`.
  // (Or operands before it that the frame keeps, for each element,
  // evaluated before the suspension: `(sum(twice(ts), int(CORO_YIELD(ts))),
  // ...)`; made those of an outer operator first, as C++ may evaluate
  // them (the right of an assignment, after its left in the text, runs
  // first), and left to right among one's operands.)
  // (And one operator that runs the marker under a condition, the turn's
  // guard: `((ok(ts) && CORO_YIELD(ts)), ...)`, `(ok(ts) ? CORO_YIELD(ts) :
  // 0)`; the operands kept outside it are made before its condition.)
  const Stmt *Pattern = CE, *P = Up(CE);
  std::vector<std::vector<const Expr *>> Levels; // (inner first)
  FoldGuard Guard;
  size_t GuardLevel = 0;
  while (P && !isa<CXXFoldExpr, PackExpansionExpr>(P)) {
    const auto *Around = dyn_cast<Expr>(P);
    bool Guarded = Guard.Op != nullptr;
    Levels.emplace_back();
    if (!Around ||
        !foldContextBefore(Around, cast<Expr>(Pattern), false, nullptr, &Guard, &Levels.back()))
      return nullptr;
    if (!Guarded && Guard.Op)
      GuardLevel = Levels.size();
    Pattern = P, P = Up(P);
  }
  std::vector<const Expr *> Kept;
  unsigned KeptBeforeGuard = 0;
  for (size_t L = Levels.size(); L-- > 0;)
    for (const Expr *X : Levels[L]) {
      Kept.push_back(X);
      KeptBeforeGuard += Guard.Op && L >= GuardLevel;
    }
  // (Or the pattern of an expansion that is an argument of a call,
  // `f(x, int(CORO_YIELD(ts))...)`: expandedCall.)
  const Expr *FE = nullptr;
  if (const auto *PE = dyn_cast_or_null<PackExpansionExpr>(P)) {
    if (PE->getPattern() != Pattern)
      return nullptr;
    FE = expandedCall(Ctx, PE);
    if (!FE)
      FE = expandedList(Ctx, PE);
    if (!FE)
      return nullptr;
  } else if (const auto *Fold = dyn_cast_or_null<CXXFoldExpr>(P)) {
    if (Fold->getPattern() != Pattern || (Fold->getOperator() == BO_Comma && Fold->getInit()) ||
        (Fold->getOperator() != BO_Comma && !valueFold(Ctx, Fold) && !runningFold(Fold)))
      return nullptr;
    FE = Fold;
  } else {
    return nullptr;
  }
  // (One marker in it; of a pattern whose type only the instantiation
  // shows, a yield, whose value is of the send type.)
  if (markerCount(Pattern, /*Returns=*/true) != 1)
    return nullptr;
  // (Nor one whose text names a local inside a macro, whose type the
  // frame spells through a lambda, which cannot hold the pack.)
  // (A kept operand beside a call's values kept as objects: each value is
  // kept with its element's operands, BodyEdit::ValuesKept, which die
  // together; not beside a list's, which reads its values by a count.)
  // (Nor one whose type the frame would spell through a lambda, which
  // cannot hold the pack.)
  if (llvm::any_of(Kept, [&](const Expr *X) { return namesThroughHelper(X, F); }))
    return nullptr;
  if (!Kept.empty() && isa<PackExpansionExpr>(P) &&
      (foldPatternType(cast<Expr>(Pattern))->isDependentType() ||
       foldPatternType(cast<Expr>(Pattern))->isRecordType()) &&
      isBracedListFold(FE))
    return nullptr;
  if (isa<PackExpansionExpr>(P) && foldPatternType(cast<Expr>(Pattern))->isDependentType() &&
      (*Kind != MarkerKind::Yield ||
       namesThroughHelper(cast<Expr>(Pattern), F, [&](const Stmt *S) { return S == CE; })))
    return nullptr;
  // What the pattern makes around the marker lives, in C++, to the end of
  // the whole fold, past the later elements' suspensions, which a step of
  // the loop cannot keep: no temporary whose destruction shows, and no
  // call or construction whose type only the instantiation shows (the
  // marker's own operand's temporaries die before its suspension, as any
  // marker's). So for the marker's value, where the pattern goes on.
  auto Lasting = [](QualType T) {
    if (T.isNull() || T->isDependentType())
      return true;
    const CXXRecordDecl *RD = T->getBaseElementTypeUnsafe()->getAsCXXRecordDecl();
    return RD && RD->hasDefinition() && !RD->hasTrivialDestructor();
  };
  struct Made : RecursiveASTVisitor<Made> {
    const CallExpr *Marker;
    std::function<bool(QualType)> Lasting;
    /// The kept operand and its wrappers: the object it makes is kept to
    /// the statement's end, as C++ keeps it (not what it makes inside).
    /// (And a guard's operator: a built-in `&&` or `||` makes a bool, a
    /// `?:` whose arms decide its type what they make.)
    llvm::SmallPtrSet<const Expr *, 4> Kept;
    bool Found = false;
    bool TraverseCallExpr(CallExpr *C) {
      return C == Marker || RecursiveASTVisitor<Made>::TraverseCallExpr(C);
    }
    /// Those whose type depends on a template parameter, written in the
    /// file: the output checks at instantiation that each gives no object
    /// whose destruction shows (the runtime's made_dies_unseen).
    std::vector<const Expr *> Checked;
    bool VisitExpr(Expr *X) {
      if (Kept.count(X))
        return true;
      if (X->isTypeDependent() && !makesNothing(X) && X->getBeginLoc().isFileID() &&
          X->getEndLoc().isFileID() && !isa<InitListExpr, ParenListExpr>(X)) {
        Checked.push_back(X);
        return true;
      }
      if (isa<CXXBindTemporaryExpr>(X) ||
          (isa<MaterializeTemporaryExpr>(X) && Lasting(X->getType())) ||
          (X->isTypeDependent() && !makesNothing(X)))
        Found = true;
      return !Found;
    }
  } Rest;
  Rest.Marker = CE;
  Rest.Lasting = Lasting;
  for (const Expr *K : Kept)
    for (const Expr *X = K;; X = cast<Expr>(*X->child_begin())) {
      Rest.Kept.insert(X);
      if (X == valueMaker(K))
        break;
    }
  if (Guard.Op &&
      (!isa<ConditionalOperator>(Guard.Op) || !foldPatternType(Guard.Op)->isDependentType()))
    Rest.Kept.insert(Guard.Op);
  const Expr *Bare = cast<Expr>(Pattern)->IgnoreParens();
  if (const auto *Cast = dyn_cast<CStyleCastExpr>(Bare); Cast && Cast->getType()->isVoidType())
    Bare = Cast->getSubExpr()->IgnoreParens();
  if (Bare != CE) {
    // (The value of an expansion that is a call's arguments or a list's
    // elements is kept to the end of the statement, as C++ keeps it: the
    // object the pattern makes is no temporary of the turn.)
    // (So is the value of such a pattern whose type only the
    // instantiation shows: what it makes inside it is checked.)
    const Stmt *Inside = Pattern;
    if (const auto *Bind = dyn_cast<CXXBindTemporaryExpr>(Pattern);
        Bind && isa<PackExpansionExpr>(P))
      Inside = Bind->getSubExpr();
    if (isa<PackExpansionExpr>(P) && foldPatternType(cast<Expr>(Pattern))->isDependentType())
      for (const Stmt *Child : cast<Expr>(Pattern)->IgnoreParens()->children())
        Rest.TraverseStmt(const_cast<Stmt *>(Child));
    else
      Rest.TraverseStmt(const_cast<Stmt *>(Inside));
    // (A value whose type only the instantiation shows is checked there:
    // the runtime's dies_unseen.)
    // (Nor where the expansion's value is the marker's, made an object of
    // its own type, `f(std::string(CORO_YIELD(ts))...)`: that object is
    // the value kept.)
    QualType Value = *Kind == MarkerKind::Yield ? sendTypeOf(F->getReturnType()) : CE->getType();
    const Expr *Own = cast<Expr>(Inside)->IgnoreParens();
    if (const auto *Cast = dyn_cast<CXXFunctionalCastExpr>(Own);
        Cast && isa<PackExpansionExpr>(P) && !Value.isNull() &&
        Ctx.hasSameUnqualifiedType(Cast->getType(), Value.getNonReferenceType()))
      Own = Cast->getSubExpr()->IgnoreUnlessSpelledInSource()->IgnoreParens();
    if (Rest.Found || (!Value.isNull() && !Value->isDependentType() && Own != CE && Lasting(Value)))
      return nullptr;
  }
  // Its operand names one pack of F, and nothing the lambda that takes
  // each element in turn could not name so.
  // (But a type of the element through a pack, a type parameter pack's
  // name or decltype of the parameter pack, and a template parameter pack
  // of constants, written in the file, which the lambda names through the
  // element's place; without a function parameter pack, such a pack is
  // the one the fold goes over, Other.)
  struct Walk : RecursiveASTVisitor<Walk> {
    const FunctionDecl *F;
    const ParmVarDecl *Pack = nullptr;
    const NamedDecl *Other = nullptr;
    std::vector<SourceRange> Types, Values;
    bool Bad = false;
    const SourceManager *SM;
    void typeName(SourceRange R, std::vector<SourceRange> *To = nullptr) {
      // (In the file, or in a marker's argument.)
      auto Written = [&](SourceLocation L) {
        while (L.isMacroID() && SM->isMacroArgExpansion(L))
          L = SM->getImmediateSpellingLoc(L);
        return L.isFileID();
      };
      if (Written(R.getBegin()) && Written(R.getEnd()))
        (To ? To : &Types)->push_back(R);
      else
        Bad = true;
    }
    bool TraverseDecltypeTypeLoc(DecltypeTypeLoc TL) {
      const auto *R = dyn_cast<DeclRefExpr>(TL.getUnderlyingExpr());
      const auto *PV = R ? dyn_cast<ParmVarDecl>(R->getDecl()) : nullptr;
      if (!PV || !PV->isParameterPack() || !llvm::is_contained(F->parameters(), PV))
        return RecursiveASTVisitor::TraverseDecltypeTypeLoc(TL);
      Bad |= Pack && Pack != PV;
      Pack = PV;
      typeName(TL.getSourceRange());
      return !Bad;
    }
    bool TraverseTemplateTypeParmTypeLoc(TemplateTypeParmTypeLoc TL) {
      if (TL.getTypePtr()->isParameterPack()) {
        typeName(TL.getSourceRange());
        if (!Other)
          Other = TL.getDecl();
      }
      return !Bad;
    }
    // (A type that expands a pack itself, `std::tuple<Ts...>`, as it is.)
    bool TraversePackExpansionTypeLoc(PackExpansionTypeLoc) { return true; }
    // (Not decltype of another expression of the pack, whose text would
    // name the function's parameters in the lambda.)
    bool VisitTypeLoc(TypeLoc TL) {
      TypeLoc::TypeLocClass C = TL.getUnqualifiedLoc().getTypeLocClass();
      Bad |= (C == TypeLoc::Decltype || C == TypeLoc::TypeOfExpr) &&
             TL.getType()->containsUnexpandedParameterPack();
      // (Nor a pack of templates, `Cs<int>`, which no turn names alone.)
      if (auto S = TL.getAs<TemplateSpecializationTypeLoc>())
        if (const TemplateDecl *D = S.getTypePtr()->getTemplateName().getAsTemplateDecl())
          Bad |= D->isParameterPack();
      return !Bad;
    }
    bool VisitDeclRefExpr(DeclRefExpr *R) {
      const auto *PV = dyn_cast<ParmVarDecl>(R->getDecl());
      if (PV && PV->isParameterPack() && llvm::is_contained(F->parameters(), PV)) {
        Bad |= Pack && Pack != PV;
        Pack = PV;
      } else if (const auto *N = dyn_cast<NonTypeTemplateParmDecl>(R->getDecl());
                 N && N->isParameterPack()) {
        // (Of values, not references: `nth_value` gives a prvalue.)
        if (N->getType()->isReferenceType())
          Bad = true;
        typeName(R->getSourceRange(), &Values);
        if (!Other)
          Other = N;
      } else if (const auto *D = dyn_cast<ValueDecl>(R->getDecl()); D && D->isParameterPack()) {
        Bad = true;
      }
      return true;
    }
    // (`sizeof...(ts)` expands nothing: in the turn it still names the
    // function's pack, whose count it is.)
    bool VisitLambdaExpr(LambdaExpr *) { return !(Bad = true); }
    bool VisitPackExpansionExpr(PackExpansionExpr *) { return !(Bad = true); }
    bool VisitCXXFoldExpr(CXXFoldExpr *) { return !(Bad = true); }
  } W;
  W.F = F;
  W.SM = &Ctx.getSourceManager();
  W.TraverseStmt(const_cast<Stmt *>(Pattern));
  if (W.Bad || (!W.Pack && !W.Other))
    return nullptr;
  const NamedDecl *Pack = W.Pack ? static_cast<const NamedDecl *>(W.Pack) : W.Other;
  // What a kept operand, or the value of a call's or a list's expansion,
  // may refer to, which C++ keeps to the end of the fold: held, one per
  // element (heldTemporaries).
  std::vector<HeldTemporary> Held;
  QualType Sent = *Kind == MarkerKind::Yield ? sendTypeOf(F->getReturnType()) : CE->getType();
  // (Of the text, as decltype of it spells what the frame keeps: a member
  // of a temporary, `Point{1, 2}.x`, is an xvalue, kept by its address,
  // though C++ reads its value.)
  auto MayRefer = [](const Expr *X, QualType T) {
    const Expr *Text = X->IgnoreParenImpCasts();
    return T.isNull() || T->isDependentType() || (!Text->isTypeDependent() && !Text->isPRValue()) ||
           !(T->isArithmeticType() || T->isEnumeralType());
  };
  std::vector<std::pair<const Expr *, QualType>> Roots;
  for (const Expr *K : Kept)
    Roots.push_back({K, K->getType()});
  if (isa<PackExpansionExpr>(P))
    Roots.push_back({cast<Expr>(Pattern), foldPatternType(cast<Expr>(Pattern))});
  std::vector<const Expr *> RefChecked;
  for (const auto &[Root, T] : Roots) {
    bool Deferred = false;
    if (MayRefer(Root, T) &&
        !heldTemporaries(Ctx, CE, Sent, Root, T.isNull() || T->isDependentType(), Kept, Guard.Cond,
                         Held, Deferred))
      return nullptr;
    if (Deferred)
      RefChecked.push_back(Root);
  }
  if (!Shape)
    return Pack;
  Shape->Held = Held;
  Shape->RefChecked = RefChecked;
  Shape->Pattern = Bare != CE ? cast<Expr>(Pattern) : nullptr;
  Shape->Kept = Kept;
  Shape->KeptBeforeGuard = KeptBeforeGuard;
  Shape->Checked = Rest.Checked;
  Shape->Guard = Guard;
  Shape->PackTypes = W.Types;
  Shape->PackValues = W.Values;
  const Stmt *Outer = FE;
  for (const Stmt *Q = Up(FE); Q && isa<ParenExpr, ExprWithCleanups>(Q); Q = Up(Q))
    Outer = Q;
  Shape->Fold = cast<Expr>(Outer);
  return Pack;
}

namespace {

/// Where a traversal is: what a marker found there may not be.
struct MarkerContext {
  const FunctionDecl *Function = nullptr;
  bool InLambda = false;
  bool InUnevaluated = false;
  bool InDefaultArgument = false;
  bool InPackExpansion = false;
};

/// Sets a member of the current context for the extent of a traversal.
class ContextScope {
public:
  ContextScope(MarkerContext &Current, MarkerContext Next) : Current(Current), Saved(Current) {
    Current = Next;
  }
  ~ContextScope() { Current = Saved; }

private:
  MarkerContext &Current;
  MarkerContext Saved;
};

/// Finds marker calls and coroutine keywords, and reports markers that stand
/// where no generator can suspend.
class MarkerFinder : public UnevaluatedAwareVisitor<MarkerFinder> {
public:
  MarkerFinder(ASTContext &Ctx, Diagnoser &Diags, bool Quiet = false)
      : Ctx(Ctx), Diags(Diags), Quiet(Quiet) {}

  /// Markers by generator, in source order of the generators.
  std::map<unsigned, std::pair<const FunctionDecl *, std::vector<const CallExpr *>>> Found;
  llvm::DenseMap<const FunctionDecl *, SourceLocation> CoroutineKeywords;
  std::vector<const FunctionDecl *> FunctionTryBlocks;

  bool TraverseDecl(Decl *D) {
    if (!D)
      return true;
    // Only the main file is rewritten; markers in included headers belong to
    // those headers' own runs.
    if (!isa<TranslationUnitDecl>(D) && D->getLocation().isValid() &&
        !Ctx.getSourceManager().isInMainFile(Ctx.getSourceManager().getFileLoc(D->getLocation())))
      return true;
    const auto *FD = dyn_cast<FunctionDecl>(D);
    if (!FD || !FD->doesThisDeclarationHaveABody())
      return RecursiveASTVisitor::TraverseDecl(D);
    MarkerContext Next = Current;
    if (const auto *MD = dyn_cast<CXXMethodDecl>(FD); MD && MD->getParent()->isLambda())
      Next.InLambda = Current.Function != nullptr;
    else
      Next = MarkerContext{FD, false, false, false, false};
    if (FD->getBody() && isa<CXXTryStmt>(FD->getBody()))
      FunctionTryBlocks.push_back(FD);
    ContextScope S(Current, Next);
    return RecursiveASTVisitor::TraverseDecl(D);
  }
  /// Traverses with `Flag` of the current context set.
  template <class F> bool within(bool MarkerContext::*Flag, F Traverse) {
    MarkerContext Next = Current;
    Next.*Flag = true;
    ContextScope S(Current, Next);
    return Traverse();
  }
  bool TraverseLambdaExpr(LambdaExpr *E) {
    return within(&MarkerContext::InLambda,
                  [&] { return RecursiveASTVisitor::TraverseLambdaExpr(E); });
  }
  bool TraverseParmVarDecl(ParmVarDecl *D) {
    return within(&MarkerContext::InDefaultArgument,
                  [&] { return RecursiveASTVisitor::TraverseParmVarDecl(D); });
  }
  bool TraversePackExpansionExpr(PackExpansionExpr *E) {
    return within(&MarkerContext::InPackExpansion,
                  [&] { return RecursiveASTVisitor::TraversePackExpansionExpr(E); });
  }
  bool TraverseCXXFoldExpr(CXXFoldExpr *E) {
    return within(&MarkerContext::InPackExpansion,
                  [&] { return RecursiveASTVisitor::TraverseCXXFoldExpr(E); });
  }

  bool VisitCallExpr(CallExpr *CE) {
    llvm::Optional<MarkerKind> Kind = markerKindOf(CE);
    if (!Kind || Quiet)
      return true;
    const char *Name = markerSpelling(*Kind);
    SourceLocation Loc = CE->getBeginLoc();
    if (Current.InDefaultArgument)
      Diags.report(Loc, DiagKind::MarkerDefaultArgument) << Name;
    else if (Current.InUnevaluated)
      Diags.report(Loc, DiagKind::MarkerUnevaluated) << Name;
    else if (!Current.Function || !isGeneratorType(Current.Function->getReturnType()))
      Diags.report(Loc, DiagKind::MarkerOutsideGenerator) << Name;
    else if (Current.InLambda)
      Diags.report(Loc, DiagKind::MarkerInLambda) << Name;
    else if (Current.InPackExpansion && !foldedYieldPack(Ctx, CE, Current.Function))
      Diags.report(Loc, DiagKind::MarkerInPackExpansion) << Name;
    else {
      const SourceManager &SM = Ctx.getSourceManager();
      auto &Entry = Found[SM.getFileOffset(SM.getFileLoc(Current.Function->getBeginLoc()))];
      Entry.first = Current.Function;
      Entry.second.push_back(CE);
    }
    return true;
  }

  bool VisitCoyieldExpr(CoyieldExpr *E) { return noteKeyword(E->getBeginLoc()); }
  bool VisitCoawaitExpr(CoawaitExpr *E) { return noteKeyword(E->getBeginLoc()); }
  bool VisitDependentCoawaitExpr(DependentCoawaitExpr *E) { return noteKeyword(E->getBeginLoc()); }
  bool VisitCoreturnStmt(CoreturnStmt *S) { return noteKeyword(S->getBeginLoc()); }

  bool shouldVisitTemplateInstantiations() const { return false; }
  bool shouldVisitImplicitCode() const { return false; }

  // (UnevaluatedAwareVisitor's hook.)
  template <class Fn> bool unevaluated(bool, Fn &&Traverse) {
    MarkerContext Next = Current;
    Next.InUnevaluated = true;
    ContextScope S(Current, Next);
    return Traverse();
  }

private:
  bool noteKeyword(SourceLocation Loc) {
    if (Current.Function && !Current.InLambda)
      CoroutineKeywords.try_emplace(Current.Function, Loc);
    return true;
  }

  ASTContext &Ctx;
  Diagnoser &Diags;
  /// Only collects: reports nothing about markers.
  bool Quiet;
  MarkerContext Current;
};

/// Classifies markers by how their values are used.
class MarkerClassifier {
public:
  MarkerClassifier(ASTContext &Ctx, Diagnoser &Diags) : Ctx(Ctx), Diags(Diags) {}

  bool classify(const CallExpr *CE, GeneratorInfo &GI);

private:
  DynTypedNode parentOf(const DynTypedNode &N) { return evaluatingParent(Ctx, N); }
  /// Whether `E`, a parent of the marker's subtree, is only an implicit step
  /// (a conversion of the marker's value, a temporary) rather than a use.
  static bool isImplicitStep(const Stmt *S) {
    if (isa<ImplicitCastExpr, MaterializeTemporaryExpr, CXXBindTemporaryExpr,
            ExprWithCleanups>(S))
      return true;
    if (const auto *ME = dyn_cast<MemberExpr>(S))
      return isa<CXXConversionDecl>(ME->getMemberDecl());
    if (const auto *MCE = dyn_cast<CXXMemberCallExpr>(S))
      return MCE->getMethodDecl() && isa<CXXConversionDecl>(MCE->getMethodDecl());
    if (const auto *CCE = dyn_cast<CXXConstructExpr>(S))
      return !isa<CXXTemporaryObjectExpr>(CCE) && CCE->getNumArgs() == 1 &&
             !CCE->isListInitialization();
    return false;
  }
  /// Whether `Child` stands as a statement of `Parent` (not as its condition,
  /// initialiser or increment).
  static bool isStatementOf(const Stmt *Parent, const Stmt *Child) {
    if (isa<CompoundStmt, CaseStmt, DefaultStmt, LabelStmt>(Parent))
      return !isa<CaseStmt>(Parent) || cast<CaseStmt>(Parent)->getSubStmt() == Child;
    return isBodyOf(Parent, Child);
  }
  bool locateMacro(const CallExpr *CE, MarkerSite &Site, const char *Name);
  /// Whether the value of CORO_YIELD `CE` is taken by one of the marker's
  /// own operators (markers.hpp) that the send type may not make the
  /// built-in one: MarkerSite::CheckedOperand.
  bool checkedOperand(const CallExpr *CE, const GeneratorInfo &GI);
  /// The range-for whose hidden range variable `N` is, if it is one.
  const CXXForRangeStmt *rangeForOf(const DynTypedNode &N) {
    const auto *VD = N.get<VarDecl>();
    if (!VD || !VD->isImplicit())
      return nullptr;
    DynTypedNode DS = parentOf(N);
    const auto *RF = parentOf(DS).get<CXXForRangeStmt>();
    return RF && RF->getRangeStmt() == DS.get<DeclStmt>() ? RF : nullptr;
  }
  /// Whether Lowering can rewrite the header part `Part` of `Owner` (an
  /// init-statement or condition variable) to run before the statement (or,
  /// for a loop's condition variable, at the top of each iteration): all
  /// of them but a range-for's loop variable.
  static bool isRewritableHeader(const Stmt *Owner, const Stmt *Part) {
    if (isa<IfStmt, SwitchStmt>(Owner))
      return true;
    if (const auto *W = dyn_cast<WhileStmt>(Owner))
      return W->getConditionVariableDeclStmt() == Part;
    if (const auto *F = dyn_cast<ForStmt>(Owner))
      return F->getInit() == Part || F->getConditionVariableDeclStmt() == Part;
    if (const auto *RF = dyn_cast<CXXForRangeStmt>(Owner))
      return RF->getInit() == Part;
    return false;
  }
  bool classifyNested(MarkerSite &Site, GeneratorInfo &GI);
  bool classifyValueFold(MarkerSite &Site, GeneratorInfo &GI, const NamedDecl *Pack, const Expr *FE,
                         const Expr *Pattern);
  /// Whether a marker may stand in the initialiser of `VD`, declared by
  /// `DS` (node `N`): alone; or, with other declarators, where Lowering
  /// can make the declaration a sequence of statements, one per declarator (in a block, after a label, or in the init-statement of an
  /// `if`, `switch` or `for`, which runs before the rewritten statement).
  bool canSplit(const DynTypedNode &N, const DeclStmt *DS, const VarDecl *VD) {
    if (DS->isSingleDecl())
      return true;
    // (A declaration of several variables in a header is an init-statement.)
    const Stmt *P = parentOf(N).get<Stmt>();
    return isa_and_nonnull<CompoundStmt, LabelStmt, CaseStmt, DefaultStmt>(P) ||
           isConditionOrInit(P, DS) || (P && isBodyOf(P, DS));
  }
  /// The statement whose condition or init-statement the declaration `DS`
  /// is, if it is one.
  const Stmt *headerOwner(const DynTypedNode &N, const DeclStmt *DS) {
    const Stmt *P = parentOf(N).get<Stmt>();
    return P && isConditionOrInit(P, DS) ? P : nullptr;
  }
  static bool isConditionOrInit(const Stmt *P, const Stmt *DS) {
    const auto *RF = dyn_cast_or_null<CXXForRangeStmt>(P);
    return isConditionVariableOf(P, DS) || isInitStatementOf(P, DS) ||
           (RF && RF->getLoopVarStmt() == DS);
  }

  ASTContext &Ctx;
  Diagnoser &Diags;
};

bool MarkerClassifier::locateMacro(const CallExpr *CE, MarkerSite &Site, const char *Name) {
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation Loc = CE->getBeginLoc();
  // The marker must be the expansion of its macro, written in the file.
  if (!Loc.isMacroID() || Lexer::getImmediateMacroName(Loc, SM, Ctx.getLangOpts()) != Name) {
    Diags.report(Loc, DiagKind::MarkerInMacro) << Name;
    return false;
  }
  // Written in another marker's argument (`CORO_YIELD(int(CORO_YIELD(1)) + 1)`):
  // through the expansions of those arguments to this marker's own. In a
  // user macro's argument, it is not text corogen may rewrite (the macro may
  // use its argument twice, or not at all).
  SourceLocation Own = Loc;
  while (SM.isMacroArgExpansion(Own)) {
    SourceLocation Param = SM.getImmediateExpansionRange(Own).getBegin();
    StringRef Outer = Lexer::getImmediateMacroName(Param, SM, Ctx.getLangOpts());
    if (Outer != "CORO_YIELD" && Outer != "CORO_YIELD_FROM" && Outer != "CORO_RETURN") {
      Diags.report(Loc, DiagKind::MarkerInMacro) << Name;
      return false;
    }
    Own = SM.getImmediateSpellingLoc(Own);
  }
  CharSourceRange Range = SM.getImmediateExpansionRange(Own);
  if (!Range.getBegin().isFileID() || !Range.getEnd().isFileID()) {
    Diags.report(Loc, DiagKind::MarkerInMacro) << Name;
    return false;
  }
  Site.MacroBegin = Range.getBegin();
  Site.RParen = Range.getEnd();
  llvm::Optional<Token> Paren = Lexer::findNextToken(Site.MacroBegin, SM, Ctx.getLangOpts());
  if (!Paren || !Paren->is(tok::l_paren)) {
    Diags.report(Loc, DiagKind::MarkerInMacro) << Name;
    return false;
  }
  Site.LParen = Paren->getLocation();
  return true;
}

bool MarkerClassifier::checkedOperand(const CallExpr *CE, const GeneratorInfo &GI) {
  // The marker's operators: a compound assignment to a variable of a
  // built-in type, `total += CORO_YIELD(x)`, and a comparison with an
  // arithmetic value, `CORO_YIELD(x) > 2`, which clang types as the
  // built-in operators'.
  DynTypedNode Parent = parentOf(DynTypedNode::create(*static_cast<const Stmt *>(CE)));
  while (const Stmt *PS = Parent.get<Stmt>()) {
    if (!isImplicitStep(PS) && !isa<ParenExpr>(PS))
      break;
    Parent = parentOf(Parent);
  }
  const auto *Op = Parent.get<CXXOperatorCallExpr>();
  const auto *Callee = Op ? Op->getDirectCallee() : nullptr;
  if (!Callee ||
      !StringRef(Callee->getQualifiedNameAsString()).startswith("corogen::detail::marker::"))
    return false;
  // The output's operator is the built-in one where the send type is
  // arithmetic (an unscoped enumeration too), whose value is what clang
  // typed; else the output may call a class's operator, of another type.
  QualType S = sendTypeOf(GI.HandleType);
  return S.isNull() || S->isDependentType() || !S.getNonReferenceType()->isArithmeticType();
}

bool MarkerClassifier::classify(const CallExpr *CE, GeneratorInfo &GI) {
  MarkerSite Site;
  Site.Kind = *markerKindOf(CE);
  Site.Call = CE;
  const char *Name = markerSpelling(Site.Kind);
  if (!locateMacro(CE, Site, Name))
    return false;
  // The runtime has no value to take when Y (for CORO_YIELD) or R (for
  // CORO_RETURN) is void, but the annotated file compiles either way. The
  // marker is classified still, so that it is not taken for a plain return.
  if (Site.Kind != MarkerKind::YieldFrom && CE->getNumArgs() > 0 &&
      handleArgIsVoid(GI.HandleType, Site.Kind == MarkerKind::Yield ? 0 : 2))
    Diags.report(CE->getBeginLoc(), DiagKind::ValueForVoid)
        << Name << (Site.Kind == MarkerKind::Yield ? "yield" : "return");

  // Inside a GNU statement expression, whose statements Lowering does not
  // visit (a resume could not jump into it either).
  for (DynTypedNode N = parentOf(DynTypedNode::create(*static_cast<const Stmt *>(CE)));;
       N = parentOf(N)) {
    const Stmt *S = N.get<Stmt>();
    if (!S || S == GI.Function->getBody())
      break;
    if (isa<StmtExpr>(S)) {
      Diags.report(CE->getBeginLoc(), DiagKind::MarkerInExpression) << Name;
      return false;
    }
  }

  if (Site.Kind == MarkerKind::Yield)
    Site.CheckedOperand = checkedOperand(CE, GI);

  // Walk up over the implicit steps to the first real use of the value.
  DynTypedNode Top = DynTypedNode::create(*static_cast<const Stmt *>(CE));
  DynTypedNode Parent = parentOf(Top);
  while (const Stmt *PS = Parent.get<Stmt>()) {
    if (!isImplicitStep(PS))
      break;
    Top = Parent;
    Parent = parentOf(Parent);
  }
  const Stmt *TopStmt = Top.get<Stmt>();
  auto Reject = [&](DiagKind K) {
    Diags.report(CE->getBeginLoc(), K) << Name;
    return false;
  };

  if (const auto *VD = Parent.get<VarDecl>(); VD && rangeForOf(Parent)) {
    return classifyNested(Site, GI);
  } else if (VD) {
    if (Site.Kind == MarkerKind::Return)
      return Reject(DiagKind::MarkerInExpression);
    DynTypedNode DS = parentOf(Parent);
    const auto *Decl = DS.get<DeclStmt>();
    if (!Decl || isa<ParmVarDecl>(VD))
      return Reject(DiagKind::MarkerInExpression);
    if (const Stmt *Owner = headerOwner(DS, Decl)) {
      if (!isRewritableHeader(Owner, Decl))
        return Reject(DiagKind::MarkerInCondition);
      Site.Header = Owner;
    }
    if (!canSplit(DS, Decl, VD))
      return Reject(DiagKind::MarkerInMultipleDeclaration);
    if (Site.Kind == MarkerKind::Yield && VD->getType()->getContainedAutoType()) {
      Diags.report(VD->getLocation(), DiagKind::YieldValueAuto)
          << (GI.SendTypeKnown && !GI.SendsVoid ? "S" : "T");
      return false;
    }
    if (Site.Kind == MarkerKind::Yield && GI.SendTypeKnown && GI.SendsVoid) {
      Diags.report(CE->getBeginLoc(), DiagKind::YieldValueOfVoid);
      return false;
    }
    Site.Form = MarkerForm::InitVar;
    Site.Var = VD;
    Site.Statement = Decl;
    GI.Markers.push_back(Site);
    return true;
  }

  const Stmt *PS = Parent.get<Stmt>();
  if (!PS)
    return Reject(DiagKind::MarkerInExpression);
  // The pattern of a fold over `,` that stands as a statement, `(CORO_YIELD(
  // f(ts)), ...);`: a statement that yields once for each element.
  FoldShape Shape;
  if (const NamedDecl *Pack = foldedYieldPack(Ctx, CE, GI.Function, &Shape)) {
    const Expr *Fold = Shape.Fold, *Pattern = Shape.Pattern;
    Site.FoldKept = Shape.Kept;
    Site.FoldKeptBeforeGuard = Shape.KeptBeforeGuard;
    Site.FoldChecked = Shape.Checked;
    Site.FoldHeld = Shape.Held;
    Site.FoldRefChecked = Shape.RefChecked;
    Site.Guard = Shape.Guard;
    Site.FoldPackTypes = Shape.PackTypes;
    Site.FoldPackValues = Shape.PackValues;
    const Expr *Inner = Fold->IgnoreParens()->IgnoreImplicit()->IgnoreParens();
    if (const auto *FE = dyn_cast<CXXFoldExpr>(Inner); !FE || FE->getOperator() != BO_Comma)
      return classifyValueFold(Site, GI, Pack, Inner, Pattern);
    DynTypedNodeList Above = Ctx.getParents(*Fold);
    const Stmt *AS = Above.empty() ? nullptr : Above[0].get<Stmt>();
    if (!AS || !isStatementOf(AS, Fold)) {
      Diags.report(CE->getBeginLoc(), DiagKind::MarkerInPackExpansion) << Name;
      return false;
    }
    Site.Form = MarkerForm::Statement;
    Site.Statement = Fold;
    Site.FoldPack = Pack;
    Site.FoldPattern = Pattern;
    GI.Markers.push_back(Site);
    return true;
  }
  // Inside another marker's operand: part of that marker's expression.
  if (const auto *Call = dyn_cast<CallExpr>(PS); Call && markerKindOf(Call))
    return classifyNested(Site, GI);

  if (Site.Kind == MarkerKind::Return) {
    if (!isa<ReturnStmt>(PS))
      return Reject(DiagKind::MarkerInExpression);
    Site.Form = MarkerForm::Return;
    Site.Statement = PS;
    GI.Markers.push_back(Site);
    return true;
  }

  // `(void)CORO_YIELD(x);` is a statement too.
  if (const auto *Cast = dyn_cast<CStyleCastExpr>(PS); Cast && Cast->getType()->isVoidType()) {
    Top = Parent;
    TopStmt = PS;
    Parent = parentOf(Parent);
    PS = Parent.get<Stmt>();
    if (!PS)
      return Reject(DiagKind::MarkerInExpression);
  }
  if (isStatementOf(PS, TopStmt)) {
    Site.Form = MarkerForm::Statement;
    Site.Statement = TopStmt;
    GI.Markers.push_back(Site);
    return true;
  }
  if (const auto *BO = dyn_cast<BinaryOperator>(PS);
      BO && BO->getOpcode() == BO_Assign && BO->getRHS() == TopStmt) {
    DynTypedNode Above = parentOf(Parent);
    const Stmt *AS = Above.get<Stmt>();
    if (AS && isa<ExprWithCleanups>(AS)) {
      Parent = Above;
      Above = parentOf(Above);
      AS = Above.get<Stmt>();
    }
    if (AS && isStatementOf(AS, Parent.get<Stmt>())) {
      if (Site.Kind == MarkerKind::Yield && GI.SendTypeKnown && GI.SendsVoid) {
        Diags.report(CE->getBeginLoc(), DiagKind::YieldValueOfVoid);
        return false;
      }
      Site.Form = MarkerForm::Assign;
      Site.Statement = Parent.get<Stmt>();
      GI.Markers.push_back(Site);
      return true;
    }
  }
  return classifyNested(Site, GI);
}

/// Whether the value of the marker `CE` is dropped where it stands: cast
/// to void, or the left of a comma.
static bool markerValueDropped(const CallExpr *CE, ASTContext &Ctx) {
  const Stmt *Child = CE;
  for (;;) {
    DynTypedNodeList Up = Ctx.getParents(*Child);
    const Stmt *P = Up.empty() ? nullptr : Up[0].get<Stmt>();
    if (P && isa<ParenExpr>(P)) {
      Child = P;
      continue;
    }
    if (const auto *C = dyn_cast_or_null<ExplicitCastExpr>(P))
      return C->getType()->isVoidType();
    const auto *B = dyn_cast_or_null<BinaryOperator>(P);
    return B && B->getOpcode() == BO_Comma && B->getLHS() == Child;
  }
}

bool MarkerClassifier::classifyValueFold(MarkerSite &Site, GeneratorInfo &GI, const NamedDecl *Pack,
                                         const Expr *FE, const Expr *Pattern) {
  // A fold over another operator, or a call whose argument is the
  // expansion, whose value is used: the whole initialiser of a variable,
  // the right of an assignment standing as a statement (which C++17
  // evaluates before the left), or a statement of its own: the elements'
  // turns run before the statement, which then reads the fold of the
  // values kept, or makes the call with them.
  const char *Name = markerSpelling(Site.Kind);
  auto Reject = [&]() {
    Diags.report(Site.Call->getBeginLoc(), DiagKind::MarkerInPackExpansion) << Name;
    return false;
  };
  // (A fold that runs each step in its element's turn, whose value is
  // the object on the left: a statement of its own.)
  const auto *Fold = dyn_cast<CXXFoldExpr>(FE);
  bool Running = Fold && runningFold(Fold);
  auto Accept = [&](MarkerForm Form, const Stmt *Statement, const Stmt *Counted = nullptr) {
    if (Running && (Form != MarkerForm::Statement || isa<ReturnStmt>(Statement)))
      return Reject();
    // (No other marker in the statement, `a[CORO_YIELD(0)] = (... + p);`,
    // or in the condition of an `if` or a `switch`, whose branches run
    // after it.)
    if (markerCount(Counted ? Counted : Statement, /*Returns=*/false) != 1)
      return Reject();
    // (Values of a call's or a list's expansion with destructors die at
    // the statement's end, where corogen destroys them; in the condition
    // of an `if` or a loop, once the condition is tested (the runtime's
    // tested), but not in a switch's, which converts to another type.)
    // (Nor, alike, an operand of the pattern, or one before the fold, kept
    // to the statement's end.)
    if ((!Site.FoldKept.empty() || Site.FoldOuterKept) && isa<SwitchStmt>(Statement))
      return Reject();
    if (!Fold && Pattern && isa<SwitchStmt>(Statement)) {
      if (foldPatternType(Pattern)->isDependentType())
        return Reject();
      if (const CXXRecordDecl *RD = foldPatternType(Pattern)->getAsCXXRecordDecl();
          RD && !RD->hasTrivialDestructor())
        return Reject();
    }
    Site.Form = Form;
    Site.Statement = Statement;
    GI.Markers.push_back(Site);
    return true;
  };
  // (Where nothing is sent, the marker's value may only be dropped: `(void)`,
  // or the left of a comma, `(CORO_YIELD(ts), 0)`.)
  if (Site.Kind == MarkerKind::Yield && GI.SendTypeKnown && GI.SendsVoid &&
      !markerValueDropped(Site.Call, Ctx)) {
    Diags.report(Site.Call->getBeginLoc(), DiagKind::YieldValueOfVoid);
    return false;
  }
  // (Written in the file, or in a marker's argument, CORO_RETURN's.)
  const SourceManager &SM = Ctx.getSourceManager();
  auto Written = [&](SourceLocation L) {
    while (L.isMacroID() && SM.isMacroArgExpansion(L))
      L = SM.getImmediateSpellingLoc(L);
    return L.isFileID();
  };
  if (!Written(FE->getBeginLoc()) || !Written(FE->getEndLoc()))
    return Reject();
  // It may stand in a larger expression, `say("total ", (0 + ... + p));`,
  // `int t = f() + (0 + ... + p);`, where what C++ evaluates before it
  // reads the same after the turns (foldContextBefore: names and
  // literals), what it leaves unsequenced with it may run after them, and
  // no other marker stands: the turns run first, then the whole statement
  // (not in another marker's operand, nor beside a fold that runs its
  // steps).
  DynTypedNode Top = DynTypedNode::create(*static_cast<const Stmt *>(FE));
  DynTypedNode Parent = parentOf(Top);
  while (const Stmt *PS = Parent.get<Stmt>()) {
    if (!isImplicitStep(PS) && !isa<ParenExpr>(PS)) {
      const auto *Around = dyn_cast<Expr>(PS);
      const auto *Call = dyn_cast<CallExpr>(PS);
      const auto *Assign = dyn_cast<BinaryOperator>(PS);
      const auto *AssignOp = dyn_cast<CXXOperatorCallExpr>(PS);
      // (A member function's object through `->`, whose pointer C++17
      // reads before the arguments, is refused: the pattern may assign it.)
      auto ThroughPointer = [](const Expr *Callee) {
        Callee = Callee->IgnoreParenImpCasts();
        const Expr *Base = nullptr;
        if (const auto *M = dyn_cast<MemberExpr>(Callee); M && M->isArrow())
          Base = M->getBase();
        else if (const auto *M = dyn_cast<UnresolvedMemberExpr>(Callee);
                 M && M->isArrow() && !M->isImplicitAccess())
          Base = M->getBase();
        else if (const auto *M = dyn_cast<CXXDependentScopeMemberExpr>(Callee);
                 M && M->isArrow() && !M->isImplicitAccess())
          Base = M->getBase();
        return Base && !isa<CXXThisExpr>(Base->IgnoreParenImpCasts());
      };
      if (Running || !Around || (Call && markerKindOf(Call)) ||
          (Call && ThroughPointer(Call->getCallee())) ||
          (Assign && Assign->isAssignmentOp() && Assign->getRHS() == Top.get<Stmt>()) ||
          (AssignOp && AssignOp->isAssignmentOp() && AssignOp->getNumArgs() == 2 &&
           AssignOp->getArg(1) == Top.get<Stmt>()))
        break;
      // (One operand that C++ sequences before it and that cannot be
      // evaluated again, `std::cout << "sum " << (0 + ... + p);`, is kept,
      // evaluated before the turns.)
      const Expr *Outer = Site.FoldOuterKept;
      if (!foldContextBefore(Around, cast<Expr>(Top.get<Stmt>()), /*Once=*/true, &Outer))
        break;
      if (Outer != Site.FoldOuterKept &&
          (namesThroughHelper(Outer, GI.Function) || makesLastingInside(Outer)))
        break;
      Site.FoldOuterKept = Outer;
    }
    Top = Parent;
    Parent = parentOf(Parent);
  }
  Site.FoldPack = Pack;
  Site.FoldPattern = Pattern;
  Site.ValueFold = FE;
  if (const auto *VD = Parent.get<VarDecl>()) {
    DynTypedNode DSNode = parentOf(Parent);
    const auto *DS = DSNode.get<DeclStmt>();
    if (!DS || !DS->isSingleDecl() || isa<ParmVarDecl, DecompositionDecl>(VD) ||
        !VD->hasLocalStorage() || headerOwner(DSNode, DS) || rangeForOf(DSNode) ||
        VD->getType()->isReferenceType())
      return Reject();
    // (A list's values that are objects, passed as xvalues, would bind a
    // reference member of the aggregate it makes to the frame's objects,
    // which die at the statement's end, where C++ keeps the temporaries
    // alive with the variable: not where the made type may have one.)
    if (Pattern && foldPatternType(Pattern)->isRecordType() && isBracedListFold(FE)) {
      QualType T = isa<InitListExpr>(FE) ? VD->getType() : FE->getType();
      if (T->isArrayType())
        T = QualType(T->getBaseElementTypeUnsafe(), 0);
      if (T->isDependentType() || T->getContainedAutoType() || mayBindMember(T))
        return Reject();
    }
    // (`auto total = (0 + ... + p);`, whose type the frame spells from the
    // fold, Lowerer::valueFoldType, and `auto t = base + (0 + ... + p);`
    // from the initialiser's text with the fold's value in its place
    // (Lowerer::deducedOf, through a lambda where it must be): not
    // `decltype(auto)` but of a fold alone.)
    if (const AutoType *AT = VD->getType()->getContainedAutoType()) {
      std::vector<const Expr *> Beside;
      for (DynTypedNode Child = DynTypedNode::create(*static_cast<const Stmt *>(FE));
           Child.get<Stmt>() != Top.get<Stmt>();) {
        DynTypedNode Up = parentOf(Child);
        for (const Stmt *Sibling : Up.get<Stmt>()->children())
          if (Sibling && Sibling != Child.get<Stmt>() && isa<Expr>(Sibling))
            Beside.push_back(cast<Expr>(Sibling));
        Child = Up;
      }
      // (A fold's operands are of types known in the template, valueFold;
      // a call's function and other arguments are spelled from their
      // text, BodyChecker::autoIsSpelledByInit.)
      Site.FoldBeside = Beside;
      if (const auto *Call = dyn_cast<CallExpr>(FE)) {
        Site.FoldBeside.push_back(Call->getCallee());
        for (const Expr *Arg : Call->arguments())
          if (!isa<PackExpansionExpr>(Arg))
            Site.FoldBeside.push_back(Arg);
      } else if (!isa<CXXFoldExpr>(FE) && VD->getType()->isDependentType()) {
        // (A list or a construction that makes an object of a type the
        // template does not show, which may be a class of the body.)
        return Reject();
      }
      // (`decltype(auto)` of a built-in operator's fold is its `auto`: a
      // prvalue, where the fold of one element or none, the pattern or the
      // init operand, is one too.)
      const Expr *Init = Fold ? Fold->getInit() : nullptr;
      bool Prvalue = Fold && Beside.empty() && !Fold->getPattern()->isTypeDependent() &&
                     Fold->getPattern()->isPRValue() &&
                     (!Init || (!Init->isTypeDependent() && Init->isPRValue()));
      if ((AT->isDecltypeAuto() && !Prvalue) || !VD->getType()->getAs<AutoType>())
        return Reject();
    }
    Site.Var = VD;
    return Accept(MarkerForm::InitVar, DS);
  }
  const Stmt *PS = Parent.get<Stmt>();
  const Stmt *TopStmt = Top.get<Stmt>();
  // `CORO_RETURN((0 + ... + int(CORO_YIELD_FROM(gs))));`: the turns run
  // before the return statement, which returns the fold.
  if (const auto *Ret = dyn_cast_or_null<CallExpr>(PS);
      Ret && markerKindOf(Ret) == MarkerKind::Return && Ret->getNumArgs() == 1) {
    DynTypedNode Above = parentOf(Parent);
    while (Above.get<Stmt>() && isImplicitStep(Above.get<Stmt>()))
      Above = parentOf(Above);
    const auto *RS = Above.get<ReturnStmt>();
    if (!RS)
      return Reject();
    return Accept(MarkerForm::Statement, RS);
  }
  // `if ((0 + ... + int(CORO_YIELD(ts))) > 3)`, `switch (...)`: the turns
  // run before the statement, whose condition then reads the fold (not
  // with an init-statement or a condition variable, which would run
  // first; not a fold that runs its steps, which stands as a statement).
  if (const auto *If = dyn_cast_or_null<IfStmt>(PS);
      If && !Running && If->getCond() == TopStmt && !If->getInit() && !If->getConditionVariable())
    return Accept(MarkerForm::Statement, If, TopStmt);
  if (const auto *Sw = dyn_cast_or_null<SwitchStmt>(PS);
      Sw && !Running && Sw->getCond() == TopStmt && !Sw->getInit() && !Sw->getConditionVariable())
    return Accept(MarkerForm::Statement, Sw, TopStmt);
  // A loop's, `while ((... + p) > 0)`, `for (...; (... + p) > 0; ...)`,
  // `do ... while ((... + p) > 0);`: the turns run before each test (without a condition variable,
  // nor another marker in the header, whose loop Lowering rebuilds too).
  if (const auto *W = dyn_cast_or_null<WhileStmt>(PS);
      W && !Running && W->getCond() == TopStmt && !W->getConditionVariable())
    return Accept(MarkerForm::Statement, W, TopStmt);
  if (const auto *D = dyn_cast_or_null<DoStmt>(PS); D && !Running && D->getCond() == TopStmt)
    return Accept(MarkerForm::Statement, D, TopStmt);
  if (const auto *F = dyn_cast_or_null<ForStmt>(PS);
      F && !Running && F->getCond() == TopStmt && !F->getConditionVariable() &&
      (!F->getInit() || markerCount(F->getInit(), false) == 0) &&
      (!F->getInc() || markerCount(F->getInc(), false) == 0))
    return Accept(MarkerForm::Statement, F, TopStmt);
  // (`(void)expand{0, (CORO_YIELD(ts), 0)...};` is a statement too.)
  if (const auto *Cast = dyn_cast_or_null<ExplicitCastExpr>(PS);
      Cast && Cast->getType()->isVoidType()) {
    for (bool Cleanups = true; Cleanups;) {
      TopStmt = PS;
      Parent = parentOf(Parent);
      PS = Parent.get<Stmt>();
      Cleanups = isa_and_nonnull<ExprWithCleanups>(PS);
    }
    if (!PS || !isStatementOf(PS, TopStmt))
      return Reject();
  }
  if (PS && isStatementOf(PS, TopStmt))
    return Accept(MarkerForm::Statement, TopStmt);
  const Expr *RHS = nullptr;
  if (const auto *BO = dyn_cast_or_null<BinaryOperator>(PS); BO && BO->isAssignmentOp())
    RHS = BO->getRHS();
  else if (const auto *Op = dyn_cast_or_null<CXXOperatorCallExpr>(PS);
           Op && Op->isAssignmentOp() && Op->getNumArgs() == 2)
    RHS = Op->getArg(1);
  if (!RHS || RHS != TopStmt)
    return Reject();
  DynTypedNode Assign = Parent, Above = parentOf(Parent);
  if (const Stmt *AS = Above.get<Stmt>(); AS && isa<ExprWithCleanups>(AS)) {
    Assign = Above;
    Above = parentOf(Above);
  }
  const Stmt *AS = Above.get<Stmt>();
  if (!AS || !isStatementOf(AS, Assign.get<Stmt>()))
    return Reject();
  return Accept(MarkerForm::Assign, Assign.get<Stmt>());
}

bool MarkerClassifier::classifyNested(MarkerSite &Site, GeneratorInfo &GI) {
  const char *Name = markerSpelling(Site.Kind);
  auto Reject = [&](DiagKind K) {
    Diags.report(Site.Call->getBeginLoc(), K) << Name;
    return false;
  };
  if (Site.Kind == MarkerKind::Return)
    return Reject(DiagKind::MarkerInExpression);
  // Up to the full-expression: what each step evaluates, and where it ends.
  DynTypedNode Child = DynTypedNode::create(*static_cast<const Stmt *>(Site.Call));
  for (;;) {
    DynTypedNode Parent = parentOf(Child);
    const Stmt *C = Child.get<Stmt>();
    // The range of a range-for: evaluated once, before the loop.
    if (const CXXForRangeStmt *RF = rangeForOf(Parent)) {
      Site.Statement = RF;
      Child = DynTypedNode::create(*static_cast<const Stmt *>(RF->getRangeInit()));
      break;
    }
    if (const auto *VD = Parent.get<VarDecl>()) {
      DynTypedNode DSNode = parentOf(Parent);
      const auto *DS = DSNode.get<DeclStmt>();
      if (!DS || isa<ParmVarDecl>(VD))
        return Reject(DiagKind::MarkerInExpression);
      if (const Stmt *Owner = headerOwner(DSNode, DS)) {
        if (!isRewritableHeader(Owner, DS))
          return Reject(DiagKind::MarkerInCondition);
        Site.Header = Owner;
      }
      if (!canSplit(DSNode, DS, VD))
        return Reject(DiagKind::MarkerInMultipleDeclaration);
      Site.Statement = DS;
      Site.Var = VD;
      break;
    }
    const Stmt *P = Parent.get<Stmt>();
    if (!P)
      return Reject(DiagKind::MarkerInExpression);
    if (isa<ReturnStmt>(P) || isStatementOf(P, C)) {
      Site.Statement = isa<ReturnStmt>(P) ? P : C;
      break;
    }
    // A condition: the suspension comes before the statement (for a while
    // loop, at the top of each iteration). An init-statement or condition
    // variable would have to run first: rejected.
    // With an init-statement or a condition variable, the statement is
    // rewritten so that they run before it.
    if (const auto *If = dyn_cast<IfStmt>(P); If && If->getCond() == C) {
      if (If->getInit() || If->getConditionVariable())
        Site.Header = P;
      Site.Statement = P;
      break;
    }
    if (const auto *Sw = dyn_cast<SwitchStmt>(P); Sw && Sw->getCond() == C) {
      if (Sw->getInit() || Sw->getConditionVariable())
        Site.Header = P;
      Site.Statement = P;
      break;
    }
    // An init-statement that is an expression statement.
    if (isConditionOrInit(P, C) && isa<IfStmt, SwitchStmt, ForStmt, CXXForRangeStmt>(P)) {
      Site.Statement = C;
      Site.Header = P;
      break;
    }
    if (const auto *W = dyn_cast<WhileStmt>(P); W && W->getCond() == C) {
      if (W->getConditionVariable())
        return Reject(DiagKind::MarkerInCondition);
      Site.Statement = P;
      break;
    }
    if (const auto *D = dyn_cast<DoStmt>(P); D && D->getCond() == C) {
      Site.Statement = P;
      break;
    }
    if (const auto *F = dyn_cast<ForStmt>(P); F && (F->getCond() == C || F->getInc() == C)) {
      // (With a condition variable, the rebuilt loop places the increment's
      // markers itself, as a header's.)
      if (F->getConditionVariable())
        Site.Header = P;
      Site.Statement = P;
      break;
    }
    if (isa<WhileStmt, DoStmt, ForStmt, IfStmt, SwitchStmt, CXXForRangeStmt>(P))
      return Reject(DiagKind::MarkerInCondition);
    // (The right of && and ||, a branch of ?:, and the right of GNU's `?:`
    // run under a condition: Lowering guards the suspension with it. The
    // left of a built-in comma runs first, its value dropped. The left of
    // an assignment is
    // evaluated after its right, as C++17 sequences them: Lowering keeps the
    // right side.)
    if (isa<LambdaExpr, StmtExpr>(P))
      return Reject(DiagKind::MarkerInExpression);
    Child = Parent;
  }
  Site.Root = dyn_cast<Expr>(Child.get<Stmt>());
  if (Site.Var)
    Site.Root = Site.Var->getInit();
  if (Site.Kind == MarkerKind::Yield && GI.SendTypeKnown && GI.SendsVoid) {
    Diags.report(Site.Call->getBeginLoc(), DiagKind::YieldValueOfVoid);
    return false;
  }
  Site.Form = MarkerForm::Nested;
  GI.Markers.push_back(Site);
  return true;
}

/// The statements from `S` up to `Root` (or as far as statements go).
static std::vector<const Stmt *> pathUp(ASTContext &Ctx, const Stmt *S, const Stmt *Root) {
  std::vector<const Stmt *> Path;
  while (S) {
    Path.push_back(S);
    if (S == Root)
      break;
    S = evaluatingParent(Ctx, *S);
  }
  return Path;
}

/// Whether the marker `A` runs before the marker `B` of the same
/// full-expression `Root`: an operand of a marker runs before it; operands
/// run left to right (SPEC section 3), except that an assignment's right
/// operand runs before its left, as C++17 sequences them.
static bool runsBefore(ASTContext &Ctx, const SourceManager &SM, const CallExpr *A,
                       const CallExpr *B, const Stmt *Root) {
  std::vector<const Stmt *> PA = pathUp(Ctx, A, Root), PB = pathUp(Ctx, B, Root);
  auto IA = PA.rbegin(), IB = PB.rbegin();
  while (IA != PA.rend() && IB != PB.rend() && *IA == *IB) {
    ++IA;
    ++IB;
  }
  if (IA == PA.rend() || IB == PB.rend())
    return IB == PB.rend(); // one is in the other's operand: it runs first
  if (IA == PA.rbegin())
    return fileOffset(SM, A->getBeginLoc()) < fileOffset(SM, B->getBeginLoc());
  const Stmt *Parent = *std::prev(IA), *CA = *IA, *CB = *IB;
  if (const auto *BO = dyn_cast<BinaryOperator>(Parent); BO && BO->isAssignmentOp())
    return CA == BO->getRHS();
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Parent);
      Op && Op->isAssignmentOp() && Op->getNumArgs() == 2)
    return CA == Op->getArg(1);
  for (const Stmt *Child : Parent->children()) {
    if (Child == CA)
      return true;
    if (Child == CB)
      return false;
  }
  return fileOffset(SM, A->getBeginLoc()) < fileOffset(SM, B->getBeginLoc());
}

/// Markers that share a full-expression become one group of nested markers,
/// in the order they run; GI.Markers lists each group in that order.
static void groupMarkers(ASTContext &Ctx, GeneratorInfo &GI) {
  const SourceManager &SM = Ctx.getSourceManager();
  // Statements with several markers: those of one full-expression (a `for`
  // has two, its condition and its increment) are nested markers.
  llvm::MapVector<const Stmt *, std::vector<size_t>> ByStatement;
  for (size_t I = 0; I != GI.Markers.size(); ++I)
    if (GI.Markers[I].Kind != MarkerKind::Return)
      ByStatement[GI.Markers[I].Statement].push_back(I);
  for (auto &Entry : ByStatement) {
    // (A marker in a statement's header runs before the rewritten statement,
    // as nested markers' suspensions do.)
    if (Entry.second.size() < 2 && !GI.Markers[Entry.second.front()].Header)
      continue;
    llvm::MapVector<const Stmt *, std::vector<size_t>> ByRoot;
    for (size_t I : Entry.second) {
      MarkerSite &M = GI.Markers[I];
      switch (M.Form) {
      case MarkerForm::InitVar:
        M.Root = M.Var->getInit();
        break;
      case MarkerForm::Assign:
      case MarkerForm::Statement:
        M.Root = dyn_cast<Expr>(M.Statement);
        break;
      default:
        break;
      }
      M.Form = MarkerForm::Nested;
      ByRoot[M.Root].push_back(I);
    }
    for (auto &Group : ByRoot) {
      std::vector<size_t> Sorted = Group.second;
      std::stable_sort(Sorted.begin(), Sorted.end(), [&](size_t L, size_t R) {
        return runsBefore(Ctx, SM, GI.Markers[L].Call, GI.Markers[R].Call, Group.first);
      });
      std::vector<MarkerSite> Copies;
      for (size_t I : Sorted)
        Copies.push_back(GI.Markers[I]);
      for (size_t K = 0; K != Group.second.size(); ++K)
        GI.Markers[Group.second[K]] = Copies[K];
    }
  }
}

/// The statement whose end ends the scope a local is declared in.
static const Stmt *scopeOf(ASTContext &Ctx, const VarDecl *VD) {
  DynTypedNodeList Parents = Ctx.getParents(*VD);
  if (Parents.empty())
    return nullptr;
  DynTypedNode N = Parents[0];
  // A handler's exception variable, or a condition variable: the statement
  // that declares it is its scope.
  if (const Stmt *Owner = N.get<Stmt>();
      Owner && isa<CXXCatchStmt, IfStmt, WhileStmt, SwitchStmt, ForStmt>(Owner))
    return Owner;
  for (;;) {
    const Stmt *S = N.get<Stmt>();
    if (!S)
      return nullptr;
    DynTypedNodeList Up = Ctx.getParents(N);
    if (Up.empty())
      return S;
    DynTypedNode P = Up[0];
    const Stmt *PS = P.get<Stmt>();
    if (!PS)
      return S; // the function body
    if (isa<CompoundStmt, ForStmt, IfStmt, WhileStmt, SwitchStmt, CXXForRangeStmt,
            CXXCatchStmt>(PS))
      return PS;
    N = P;
  }
}

/// Checks a generator's body for what this version cannot transform, and
/// finds the locals that live across a suspension.
class BodyChecker : public RecursiveASTVisitor<BodyChecker> {
public:
  BodyChecker(ASTContext &Ctx, Diagnoser &Diags, GeneratorInfo &GI)
      : Ctx(Ctx), SM(Ctx.getSourceManager()), Diags(Diags), GI(GI) {
    for (const MarkerSite &M : GI.Markers)
      if (M.Kind != MarkerKind::Return)
        Suspensions.push_back(fileOffset(SM, M.MacroBegin));
    std::sort(Suspensions.begin(), Suspensions.end());
  }

  /// Whether a suspension lies in [From, To).
  bool suspendsBetween(unsigned From, unsigned To) const {
    auto It = std::lower_bound(Suspensions.begin(), Suspensions.end(), From);
    return It != Suspensions.end() && *It < To;
  }

  bool VisitVarDecl(VarDecl *VD) {
    if (VD->getName().startswith("corogen_"))
      Diags.report(VD->getLocation(), DiagKind::ReservedName) << VD->getName();
    if (!VD->hasLocalStorage() || isa<ParmVarDecl>(VD) || VD->isImplicit())
      return true;
    const Stmt *Scope = scopeOf(Ctx, VD);
    if (!Scope)
      return true;
    unsigned DeclEnd =
        fileOffsetAfterToken(SM, Ctx.getLangOpts(), declaratorEnd(VD, SM, Ctx.getLangOpts()));
    unsigned ScopeEnd = fileOffsetAfterToken(SM, Ctx.getLangOpts(), Scope->getEndLoc());
    if (!suspendsBetween(DeclEnd, ScopeEnd)) {
      // (And those declared with others, which may join a frame local, and
      // those that may keep a reference member's temporary across a
      // suspension of their initialiser.)
      const auto *DS = dyn_cast_or_null<DeclStmt>(parentStmt(VD));
      if (mayNeedDestruction(VD) || (DS && !DS->isSingleDecl()) || extendsThroughMember(VD))
        Plain.push_back({VD, Scope, fileOffset(SM, VD->getBeginLoc()), DeclEnd, ScopeEnd});
      return true;
    }
    Frame.push_back({VD, Scope, fileOffset(SM, VD->getBeginLoc()), DeclEnd, ScopeEnd});
    // (A structured binding's hidden object moves into the frame.)
    GI.FrameLocals.push_back(VD);
    return true;
  }
  bool VisitBindingDecl(BindingDecl *B) {
    if (B->getName().startswith("corogen_"))
      Diags.report(B->getLocation(), DiagKind::ReservedName) << B->getName();
    return true;
  }
  bool VisitCXXForRangeStmt(CXXForRangeStmt *S) {
    if (!suspendsBetween(fileOffset(SM, S->getBeginLoc()),
                         fileOffsetAfterToken(SM, Ctx.getLangOpts(), S->getEndLoc())))
      return true;
    // Over a range whose type depends on a template parameter, clang makes
    // no iterators; their types are named in the frame through decltype of
    // the range (where the locals of the body it names become lvalues of
    // their types), and the loop variable through its `auto`.
    // Otherwise the frame keeps the range (a reference, or the temporary it
    // binds) and the iterators, in members whose types it must name. Where
    // it cannot, they are kept in boxes.
    bool Dependent = !S->getBeginStmt() || !S->getEndStmt();
    auto TypeOf = [](const DeclStmt *DS) { return cast<VarDecl>(DS->getSingleDecl())->getType(); };
    bool Named = Dependent ? dependentRangeIsNameable(S)
                           : typeIsNameable(TypeOf(S->getRangeStmt())) &&
                                 typeIsNameable(TypeOf(S->getBeginStmt())) &&
                                 typeIsNameable(TypeOf(S->getEndStmt()));
    // A range that is a part of a temporary (`make().items`) keeps the
    // temporary alive through the loop: the frame's range slot keeps it,
    // where the range's type is known and can be named (Lowering,
    // lowerKnownRange); elsewhere refused.
    // (In a template, the range's slot is the runtime's bound_value of the
    // object, which keeps it where it is a prvalue.)
    // (Of a class of the body, a box keeps the temporary.)
    const auto *RangeVar = cast<VarDecl>(S->getRangeStmt()->getSingleDecl());
    bool Refused = false;
    if (Dependent) {
      if (const Expr *Base = temporaryPartBase(S->getRangeInit())) {
        Refused = !Named || !isSpelledByDecltype(Base);
        if (!Refused)
          GI.RangeParts.push_back({S, Base});
      }
    } else if (!S->getRangeInit()->IgnoreImplicit()->isPRValue() &&
               extendedTemporary(RangeVar)) {
      const MaterializeTemporaryExpr *Kept = rangeTemporaryPart(S);
      if (Kept && !typeIsNameable(Kept->getType()) && rangeIsBoxable(S))
        Named = false;
      else
        Refused = !Kept || !Named || !typeIsNameable(Kept->getType());
    }
    if (Refused) {
      Diags.report(S->getForLoc(), DiagKind::RangePartOfTemporary);
      return true;
    }
    if (!Named && !rangeIsBoxable(S)) {
      Diags.report(S->getForLoc(),
                   Dependent ? DiagKind::DependentRangeFor : DiagKind::UnnameableRange);
      if (Dependent)
        DependentRangeFors.push_back(S);
      return true;
    }
    if (!Named)
      GI.BoxedRangeFors.push_back(S);
    GI.SuspendingRangeFors.push_back(S);
    return true;
  }
  /// Whether the range-for `S`, whose range or iterators are of types the
  /// frame cannot name, can keep them in boxes, made by `auto` from the
  /// range (bound as `auto &&` binds it: a prvalue kept, anything else by
  /// address, bound again as the lvalue or xvalue it is; in a template, as
  /// the runtime's bound_value finds), and from the runtime's range_begin
  /// and range_end; a braced list as the runtime's braced_range its
  /// elements deduce (in a template too; not where every element is a
  /// braced list, which deduces nothing). Not with a loop variable in a
  /// macro.
  bool rangeIsBoxable(const CXXForRangeStmt *S) const {
    const Expr *Init = S->getRangeInit();
    const Expr *Bare = Init->IgnoreImplicit();
    const VarDecl *Var = S->getLoopVariable();
    bool Dependent = !S->getBeginStmt() || !S->getEndStmt();
    // (A braced list's array is kept as the runtime's braced_range its
    // elements deduce: by C++17's class template argument deduction, or
    // before, by decltype of a call with the elements' text, which may
    // then hold no lambda; neither deduces from an element that is a
    // braced list, which the list's element type makes.)
    bool List = (isa<CXXStdInitializerListExpr>(Bare) || (Dependent && isa<InitListExpr>(Bare))) &&
                Init->getBeginLoc().isFileID();
    if (List) {
      const auto *Elements = dyn_cast<InitListExpr>(Bare);
      if (const auto *Std = dyn_cast<CXXStdInitializerListExpr>(Bare))
        Elements = dyn_cast<InitListExpr>(Std->getSubExpr()->IgnoreImplicit());
      // (Where some are, the others deduce it, by decltype of a call with
      // their text, Lowering's DeducingElements; where one of those holds
      // a lambda-expression, whose text may not stand in decltype, or,
      // before C++17, any does, by decltype of calls of functions that
      // return them, RangeListByThunks.)
      auto Braced = [&](const Expr *E) { return startsWithBrace(SM, E); };
      List = Elements && !llvm::all_of(Elements->inits(), Braced);
    }
    // (The range's text is the file's: a macro's whole use may write it,
    // `LOCALS(t)`, but not the loop variable, whose declaration is
    // rewritten.)
    return (List || !isa<CXXStdInitializerListExpr, InitListExpr>(Bare)) &&
           Var->getLocation().isFileID() && Var->getBeginLoc().isFileID() &&
           S->getColonLoc().isFileID() &&
           Lexer::makeFileCharRange(CharSourceRange::getTokenRange(Init->getSourceRange()), SM,
                                    Ctx.getLangOpts())
               .isValid();
  }
  bool VisitCXXTryStmt(CXXTryStmt *S) {
    const CompoundStmt *Block = S->getTryBlock();
    if (suspendsBetween(fileOffset(SM, Block->getLBracLoc()), fileOffset(SM, Block->getRBracLoc())))
      GI.SuspendingTrys.push_back(S);
    return true;
  }
  bool VisitCXXCatchStmt(CXXCatchStmt *S) {
    const Stmt *Block = S->getHandlerBlock();
    if (suspendsBetween(fileOffset(SM, Block->getBeginLoc()), fileOffset(SM, Block->getEndLoc())))
      GI.SuspendingHandlers.push_back(S);
    return true;
  }
  bool VisitBreakStmt(BreakStmt *S) {
    recordJump(S, /*IsBreak=*/true);
    return true;
  }
  bool VisitContinueStmt(ContinueStmt *S) {
    recordJump(S, /*IsBreak=*/false);
    return true;
  }
  bool VisitGotoStmt(GotoStmt *S) {
    if (const Stmt *Label = S->getLabel()->getStmt())
      Jumps.push_back({fileOffset(SM, S->getBeginLoc()), Jump::Goto, range(Label)});
    return true;
  }
  bool VisitIndirectGotoStmt(IndirectGotoStmt *S) {
    Diags.report(S->getGotoLoc(), DiagKind::GotoInGenerator);
    return true;
  }
  bool VisitLabelStmt(LabelStmt *S) {
    if (S->getDecl()->getName().startswith("corogen_"))
      Diags.report(S->getIdentLoc(), DiagKind::ReservedName) << S->getDecl()->getName();
    return true;
  }
  bool VisitReturnStmt(ReturnStmt *S) {
    if (!llvm::any_of(GI.Markers, [&](const MarkerSite &M) { return M.Statement == S; }))
      Diags.report(S->getReturnLoc(), DiagKind::PlainReturn);
    return true;
  }
  bool TraverseLambdaExpr(LambdaExpr *) {
    // Markers in lambdas were reported already; a lambda's own `return`s are
    // its business, and what it captures Lowering carries over.
    return true;
  }
  bool TraverseCXXRecordDecl(CXXRecordDecl *) {
    // Nor are the locals and `return`s of a class defined in the body (its
    // member functions are functions of their own) the generator's.
    return true;
  }

  /// Whether `E` names no local of the body (only the generator's
  /// parameters, members and globals), and comes from no macro, so that
  /// decltype of its text names the same thing at the top of the function.
  /// Whether the frame can name the type of `E` through decltype of its
  /// text at the top of the function, where the locals of the body are not
  /// in scope: Lowering replaces each local it names with an lvalue of the
  /// local's type (`decltype(x)` of a local with its declared type), so
  /// each must stand in the file's text and have a type the frame can name:
  /// a frame local (its slot has one), a binding of a structured binding
  /// kept in the frame (not inside decltype), or an ordinary local whose
  /// type is written without `auto`.
  /// With Helper (namesThroughHelper), the text is copied whole into a
  /// lambda whose parameters are the locals and bindings it names: lambdas
  /// and macros may stand in it (and names inside macros, which keep their
  /// meaning there).
  /// `decltype(x)` of a local or a binding is replaced by its declared
  /// type either way, so it must stand in the file's text.
  bool isSpelledByDecltype(const Expr *E) const { return isSpelledByDecltype(E, TypeLoc()); }
  /// Or the type `TL` (never through the lambda), which must stand in the
  /// file's text.
  bool isSpelledByDecltype(const Expr *E, TypeLoc TL) const {
    // (A macro the body defines is not defined where the frame's types
    // are, or is defined otherwise there.)
    if (usesBodyMacro(SM, GI.Function, E, TL))
      return false;
    bool Helper = E && namesThroughHelper(E, GI.Function);
    struct Names : RecursiveASTVisitor<Names> {
      const BodyChecker &C;
      bool Helper;
      bool Ok = true;
      Names(const BodyChecker &C, bool Helper) : C(C), Helper(Helper) {}
      /// The type spelled, where it is `decltype(x)` whole: the frame
      /// spells x's declared type in place of all of it, which may then
      /// come from a macro's expansion too (Lowerer::typeFromText).
      TypeLoc Whole;
      /// A binding kept in the frame has a type the frame can name (its
      /// runtime binding's, if it depends on a template parameter).
      bool bindingIsNameable(const BindingDecl *B) const {
        const auto *DD = dyn_cast_or_null<DecompositionDecl>(B->getDecomposedDecl());
        QualType T = B->getType();
        // (A boxed one's dependent type has no name outside the body.)
        bool Boxed = DD && (C.needsBox(DD) || llvm::is_contained(C.GI.BoxedLocals, DD));
        return DD && C.GI.isFrameLocal(DD) &&
               (T.isNull() || T->isDependentType() ? !Boxed : C.typeIsNameable(T));
      }
      /// A class, an enumeration or an alias of the body has no name at
      /// the top of the function (an alias declared there too has).
      bool VisitTagTypeLoc(TagTypeLoc TL) {
        Ok &= TL.getDecl()->getParentFunctionOrMethod() == nullptr;
        return true;
      }
      bool VisitTypedefTypeLoc(TypedefTypeLoc TL) {
        // (One the top declares under a name of its own is renamed in the
        // file's text.)
        const TypedefNameDecl *TD = TL.getTypedefNameDecl();
        Ok &= !TD->getParentFunctionOrMethod() ||
              (C.GI.declaredAtTop(TD) &&
               (!C.GI.TopAliasNames.count(TD) || TL.getNameLoc().isFileID()));
        return true;
      }
      bool VisitDeclRefExpr(DeclRefExpr *E) {
        // (An enumerator of an enumeration of the body.)
        if (const auto *EC = dyn_cast<EnumConstantDecl>(E->getDecl())) {
          Ok &= !EC->getParentFunctionOrMethod();
          return true;
        }
        if (const auto *B = dyn_cast<BindingDecl>(E->getDecl())) {
          Ok &= bindingIsNameable(B) &&
                (Helper || (!E->getBeginLoc().isMacroID() && !E->getEndLoc().isMacroID()));
          return true;
        }
        const auto *VD = dyn_cast<VarDecl>(E->getDecl());
        if (!VD || !isBodyLocal(VD, C.GI.Function))
          return true;
        if (!Helper && (E->getBeginLoc().isMacroID() || E->getEndLoc().isMacroID())) {
          Ok = false;
          return true;
        }
        // (A boxed local's type has no name outside the body.)
        if (C.GI.isFrameLocal(VD) && !VD->isStaticLocal()) {
          Ok &= !C.needsBox(VD) && !llvm::is_contained(C.GI.BoxedLocals, VD);
          return true;
        }
        QualType T = VD->getType();
        Ok &= !T->getContainedAutoType() && !T->isVariableArrayType() &&
              (T->isDependentType() || C.typeIsNameable(T));
        return true;
      }
      bool TraverseDecltypeTypeLoc(DecltypeTypeLoc TL) {
        // `decltype(x)` of a local or a binding names its declared type,
        // which the frame spells in its place, in the file's text (also
        // where the text goes whole into a lambda, whose parameter `x` is a
        // reference).
        const auto *DRE = dyn_cast<DeclRefExpr>(TL.getUnderlyingExpr());
        const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
        // (Its text in the file, which a macro's whole use may write:
        // `TYPE_OF(x)`.)
        bool InFile =
            DRE && ((Whole && TypeLoc(TL) == Whole) ||
                    Lexer::makeFileCharRange(
                        CharSourceRange::getTokenRange(TL.getDecltypeLoc(), TL.getRParenLoc()),
                        C.SM, C.Ctx.getLangOpts())
                        .isValid());
        if (const auto *B = DRE ? dyn_cast<BindingDecl>(DRE->getDecl()) : nullptr) {
          Ok &= InFile && bindingIsNameable(B);
          return true;
        }
        if (VD && isBodyLocal(VD, C.GI.Function)) {
          QualType T = VD->getType();
          bool Frame = C.GI.isFrameLocal(VD) && !VD->isStaticLocal();
          Ok &= InFile && !C.needsBox(VD) && !llvm::is_contained(C.GI.BoxedLocals, VD) &&
                // (An `auto &&` of a template is an lvalue or an rvalue
                // reference as the instantiation says; a written `T &&`
                // collapses with its slot's alias as with T.)
                (Frame ? !(T->isRValueReferenceType() && T->isDependentType() &&
                           T.getNonReferenceType()->getContainedAutoType())
                       : !T->getContainedAutoType() && (T->isDependentType() || C.typeIsNameable(T)));
          return true;
        }
        // Elsewhere in decltype a local is an expression, as anywhere.
        return RecursiveASTVisitor<Names>::TraverseDecltypeTypeLoc(TL);
      }
    } Walk(*this, Helper);
    if (!E) {
      if (auto D = TL.getAs<DecltypeTypeLoc>()) {
        const auto *DRE = dyn_cast<DeclRefExpr>(D.getUnderlyingExpr());
        const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
        if (DRE && (isa<BindingDecl>(DRE->getDecl()) || (VD && isBodyLocal(VD, GI.Function)))) {
          Walk.Whole = TL;
          Walk.TraverseTypeLoc(TL);
          return Walk.Ok;
        }
      }
      Walk.TraverseTypeLoc(TL);
      return Walk.Ok && TL.getBeginLoc().isFileID() && TL.getEndLoc().isFileID();
    }
    Walk.TraverseStmt(const_cast<Expr *>(E));
    if (Helper) // (the text the file holds for it, a macro's use included)
      return Walk.Ok && Lexer::makeFileCharRange(CharSourceRange::getTokenRange(E->getSourceRange()),
                                                 SM, Ctx.getLangOpts())
                            .isValid();
    return Walk.Ok && E->getBeginLoc().isFileID() && E->getEndLoc().isFileID();
  }

  /// A dependent `auto` local (or structured binding) whose type the frame
  /// can spell from its initialiser: `auto`, `const auto`, `auto &`,
  /// `const auto &` or `auto &&`, initialised with `= e`, `(e)` or `{e}`
  /// from an expression that isSpelledByDecltype.
  bool autoIsSpelledByInit(const VarDecl *VD) const {
    const Expr *Init = singleInitialiser(VD);
    QualType T = VD->getType();
    // (`auto total = (0 + ... + int(CORO_YIELD(ts)));`: spelled from the
    // fold of values of the pattern's type, Lowerer::valueFoldType, with
    // the text beside it; `decltype(auto)` of a fold of prvalues too,
    // MarkerClassifier::classifyValueFold.)
    auto Marker = llvm::find_if(GI.Markers, [&](const MarkerSite &M) { return M.Var == VD; });
    if (Marker != GI.Markers.end())
      return Marker->ValueFold && !T->isReferenceType() &&
             llvm::all_of(Marker->FoldBeside,
                          [&](const Expr *X) { return isSpelledByDecltype(X); });
    QualType Base = T.getNonReferenceType();
    const auto *AT = Base->getAs<AutoType>();
    if (!Init || !AT || AT->isDecltypeAuto() ||
        ((Base.isConstQualified() || Base.isVolatileQualified()) && T->isRValueReferenceType()))
      return false;
    return isSpelledByDecltype(Init);
  }

  /// A dependent type written for `VD` that names a local of the body,
  /// which the frame can spell from its text (Lowerer::typeFromText):
  /// qualifiers, pointers, references and parentheses around types that
  /// isSpelledByDecltype, each written in the file. Not a structured
  /// binding's, nor a parameter pack's.
  /// Whether the frame can spell the bound of the array `A`, in a type
  /// that typeIsSpelledByText spells: written, outside a macro and naming
  /// no local of the body but constants (read as their values);
  /// or left out in the declaration of `VD` itself, whose initialiser
  /// gives it (`decltype(x) a[] = {...};`).
  bool arrayBoundIsSpelled(ArrayTypeLoc A, const VarDecl *VD) const {
    const Expr *Size = A.getSizeExpr();
    if (!Size)
      return VD && A.getTypePtr() == VD->getType().getTypePtr() && bracedCount(VD) >= 0 &&
             A.getLBracketLoc().isFileID();
    if (!Size->getBeginLoc().isFileID() || !Size->getEndLoc().isFileID())
      return false;
    // (A constant of the body is read as its value: Lowering's
    // unevaluatedText, which refuses one whose value it cannot spell.)
    struct Names : RecursiveASTVisitor<Names> {
      const FunctionDecl *F;
      bool Found = false;
      bool VisitDeclRefExpr(DeclRefExpr *E) {
        const auto *VD = dyn_cast<VarDecl>(E->getDecl());
        Found |= isa<BindingDecl>(E->getDecl()) ||
                 (VD && isBodyLocal(VD, F) &&
                  !(VD->getType().isConstQualified() && !VD->getType()->isReferenceType() &&
                    VD->hasInit()));
        return true;
      }
    } W;
    W.F = GI.Function;
    W.TraverseStmt(const_cast<Expr *>(Size));
    return !W.Found;
  }
  /// The number of elements of the braced list that initialises `VD`, an
  /// array, where each is a braced list itself; else -1. (An element that
  /// is not may, where the element type depends on a template parameter,
  /// begin a brace elision that makes fewer elements than the list has:
  /// `S a[] = {1, 2};` is one S of two ints.)
  static int bracedCount(const VarDecl *VD) {
    const auto *List = dyn_cast_or_null<InitListExpr>(VD->getInit());
    if (!List || !llvm::all_of(List->inits(), [](const Expr *E) { return isa<InitListExpr>(E); }))
      return -1;
    return static_cast<int>(List->getNumInits());
  }

  bool typeIsSpelledByText(const VarDecl *VD) const {
    const TypeSourceInfo *TSI = VD->getTypeSourceInfo();
    if (!TSI || isa<DecompositionDecl>(VD) || VD->isParameterPack())
      return false;
    TypeLoc TL = TSI->getTypeLoc();
    for (;;) {
      if (auto Q = TL.getAs<QualifiedTypeLoc>())
        TL = Q.getUnqualifiedLoc();
      else if (auto P = TL.getAs<PointerTypeLoc>())
        TL = P.getPointeeLoc();
      else if (auto R = TL.getAs<ReferenceTypeLoc>())
        TL = R.getPointeeLoc();
      else if (auto Paren = TL.getAs<ParenTypeLoc>())
        TL = Paren.getInnerLoc();
      else if (auto A = TL.getAs<ArrayTypeLoc>();
               A && arrayBoundIsSpelled(A, TL == TSI->getTypeLoc() ? VD : nullptr))
        TL = A.getElementLoc();
      else
        break;
    }
    if (TL.getAs<ArrayTypeLoc>() || TL.getAs<FunctionTypeLoc>() ||
        TL.getAs<MemberPointerTypeLoc>() || TL.getType()->getContainedAutoType())
      return false;
    // (`decltype(r)` of a reference makes `VD` a reference, which the frame
    // keeps by address where resolveDecltypeOfReferences gave it r's type.)
    if (auto D = TL.getAs<DecltypeTypeLoc>())
      if (const auto *DRE = dyn_cast<DeclRefExpr>(D.getUnderlyingExpr()))
        if (DRE->getDecl()->getType()->isReferenceType() &&
            !(TL == TSI->getTypeLoc().getUnqualifiedLoc() && VD->getType()->isReferenceType()))
          return false;
    return isSpelledByDecltype(nullptr, TL);
  }

  /// Whether the type written for `VD` names, in an array's bound or a
  /// template argument, a constant of the body whose value the top of the
  /// function may not read (Lowerer::dependentConstantValue, which refuses
  /// it): one whose value depends on a template parameter, whose
  /// initialiser names what the body declares (but constants so read, and
  /// names the top declares too), a lambda, a structured binding, or a name
  /// a parameter or a name of the top has; or that a macro writes. (Such a
  /// local is kept in a box instead, made in the body.)
  bool readsHiddenConstant(const VarDecl *VD) const {
    struct Reads : ConstantContextVisitor<Reads> {
      const BodyChecker &C;
      llvm::SmallPtrSet<const VarDecl *, 4> Seen;
      /// The names the top of the function declares: parameters, and what
      /// LocalNames declares there.
      llvm::StringMap<const Decl *> TopNames;
      bool hides(StringRef Name, const Decl *D) const {
        auto It = TopNames.find(Name);
        return It != TopNames.end() && It->second != D;
      }
      bool Hidden = false;
      explicit Reads(const BodyChecker &C) : C(C) {}
      /// What the top of the function does not see, or sees otherwise.
      bool ofBody(const Decl *D) const {
        return D->getParentFunctionOrMethod() == C.GI.Function && !C.GI.namedAtTop(D);
      }
      void initialiser(const VarDecl *V) {
        const Expr *Init = V->getInit();
        if (!Seen.insert(V).second)
          return;
        if (!Init ||
            !Lexer::makeFileCharRange(CharSourceRange::getTokenRange(Init->getSourceRange()),
                                      C.SM, C.Ctx.getLangOpts())
                 .isValid() ||
            usesBodyMacro(C.SM, C.GI.Function, Init, TypeLoc())) {
          Hidden = true;
          return;
        }
        ++Constant; // (what it names is read so too)
        TraverseStmt(const_cast<Expr *>(Init));
        --Constant;
      }
      bool VisitDeclRefExpr(DeclRefExpr *E) {
        if (!Constant)
          return true;
        const Decl *D = E->getDecl();
        const auto *V = dyn_cast<VarDecl>(D);
        Hidden |= isa<BindingDecl>(D) || E->getLocation().isMacroID() ||
                  hides(E->getNameInfo().getAsString(), D);
        if (V && isBodyLocal(V, C.GI.Function) && !C.GI.declaredAtTop(V)) {
          // (A constant whose value is known is read as a literal.)
          QualType T = V->getType();
          if (!T->isDependentType() && T->isIntegralOrEnumerationType() &&
              V->isUsableInConstantExpressions(C.Ctx) && !V->getInit()->isValueDependent())
            return true;
          initialiser(V);
          return true;
        }
        Hidden |= ofBody(D);
        return true;
      }
      bool VisitOverloadExpr(OverloadExpr *E) {
        if (Constant)
          for (const NamedDecl *D : E->decls())
            Hidden |= ofBody(D->getUnderlyingDecl()) || hides(D->getName(), D);
        return true;
      }
      bool VisitTagTypeLoc(TagTypeLoc TL) {
        Hidden |= Constant && ofBody(TL.getDecl());
        return true;
      }
      bool VisitTypedefTypeLoc(TypedefTypeLoc TL) {
        Hidden |= Constant && ofBody(TL.getTypedefNameDecl());
        return true;
      }
      bool TraverseLambdaExpr(LambdaExpr *) {
        Hidden |= Constant != 0;
        return true;
      }
    } Walk(*this);
    for (const ParmVarDecl *P : GI.Function->parameters())
      if (P->getIdentifier())
        Walk.TopNames[P->getName()] = P;
    for (const DeclStmt *DS : GI.LocalNames)
      for (const Decl *D : DS->decls())
        if (const auto *ND = dyn_cast<NamedDecl>(D); ND && ND->getIdentifier())
          Walk.TopNames[ND->getName()] = ND;
    Walk.TraverseTypeLoc(VD->getTypeSourceInfo()->getTypeLoc());
    return Walk.Hidden;
  }

  bool dependentRangeIsNameable(const CXXForRangeStmt *S) const {
    // (A braced list is no expression that decltype may name: it is boxed,
    // as the runtime's braced_range its elements deduce.)
    if (isa<InitListExpr>(S->getRangeInit()->IgnoreImplicit()) ||
        !isSpelledByDecltype(S->getRangeInit()))
      return false;
    const VarDecl *Var = S->getLoopVariable();
    // `auto`, `const auto`, and references to them (also for a structured
    // binding); or a written type.
    QualType T = Var->getType();
    if (!T->getContainedAutoType())
      return true;
    QualType Base = T.getNonReferenceType();
    return Base->getAs<AutoType>() != nullptr && !Base.isVolatileQualified();
  }

  /// Makes frame locals of the ordinary locals that the end of their scope,
  /// or a jump, would otherwise destroy after frame locals constructed
  /// before them (see the comment inside).
  void promoteLocalsLeftByJumps();

  /// The checks that need the set of frame locals.
  void checkFrameLocals();
  /// Those of them that look at one local at a time.
  void checkEachLocal();
  /// Whether `MTE`, a temporary that a reference member of what `VD`'s
  /// initialiser makes binds, of a type the frame cannot name, can be kept
  /// in a box (GeneratorInfo::BoxedMemberTemporaries).
  bool boxableMemberTemporary(const VarDecl *VD, const MaterializeTemporaryExpr *MTE) const;

  bool shouldVisitTemplateInstantiations() const { return false; }

private:
  bool typeIsNameable(QualType T) const;
  /// A local of the body (or a structured binding) that the type written
  /// for `VD` names, or null.
  const NamedDecl *localInType(const VarDecl *VD) const {
    const TypeSourceInfo *TSI = VD->getTypeSourceInfo();
    if (!TSI)
      return nullptr;
    // (A constant, or a type's name, that the top of the function declares
    // too is in scope there: GeneratorInfo::LocalNames.)
    struct Names : RecursiveASTVisitor<Names> {
      const FunctionDecl *F = nullptr;
      const GeneratorInfo *GI = nullptr;
      const NamedDecl *Found = nullptr;
      bool VisitDeclRefExpr(DeclRefExpr *E) {
        const auto *Var = dyn_cast<VarDecl>(E->getDecl());
        if (!Found && (isa<BindingDecl>(E->getDecl()) ||
                       (Var && isBodyLocal(Var, F) && !GI->declaredAtTop(Var))))
          Found = E->getDecl();
        return true;
      }
      bool VisitTypedefTypeLoc(TypedefTypeLoc TL) {
        const TypedefNameDecl *TD = TL.getTypedefNameDecl();
        if (!Found && TD->getParentFunctionOrMethod() && !GI->declaredAtTop(TD))
          Found = TD;
        return true;
      }
    } Walk;
    Walk.F = GI.Function;
    Walk.GI = &GI;
    Walk.TraverseTypeLoc(TSI->getTypeLoc());
    return Walk.Found;
  }
  /// Whether destroying `VD` may do something: it does, or its type depends
  /// on a template parameter and may be a class (not a lambda's closure,
  /// whose captures the template shows).
  bool mayNeedDestruction(const VarDecl *VD) const {
    if (VD->needsDestruction(Ctx))
      return true;
    QualType T = VD->getType();
    // A temporary whose lifetime it extends dies with it: one with a
    // destructor (in a template, a reference not bound to a variable may
    // be bound to one).
    if (extendsDestructedTemporary(VD))
      return true;
    if (T->isReferenceType() && VD->getInit() && !isa<DecompositionDecl>(VD) &&
        (T->isDependentType() || VD->getInit()->isTypeDependent())) {
      const Expr *Init = singleInitialiser(VD);
      return !Init || !isa<DeclRefExpr>(Init->IgnoreParens());
    }
    if (!T->isDependentType() || T->isReferenceType())
      return false;
    const Type *Base = T->getBaseElementTypeUnsafe();
    if (Base->isPointerType() || Base->isMemberPointerType())
      return false;
    const CXXRecordDecl *RD = Base->getAsCXXRecordDecl();
    return !RD || !RD->isLambda();
  }
  /// Whether an ordinary local can be made a frame local: its type can be
  /// named outside the body, or it can be boxed, and it is declared by a
  /// declaration statement.
  bool canPromote(const VarDecl *VD) const;
  /// Whether the frame cannot name the type of `VD`: a lambda's closure or
  /// a class defined in the body (or a type made of them); in a template,
  /// an `auto` local initialised by a lambda, or a local class.
  bool needsBox(const VarDecl *VD) const;
  /// Whether such a local can be kept in a box (GeneratorInfo::BoxedLocals):
  /// an object or an array (boxedAsMember; not a structured binding,
  /// `static` or `decltype(auto)`), or a reference, declared by a statement
  /// of a block, an init-statement or a condition, written in the file,
  /// with other variables only if they are boxed too, and defining a type
  /// only if definedTypeName names it (or the box's class defines it); or
  /// a handler's exception variable whose type is written in the file.
  /// (A marker in its initialiser suspends before the declaration, which
  /// then uses the sent value.)
  bool boxable(const VarDecl *VD) const;
  /// Whether `VD` is boxed as the member of a class made in the box: an
  /// array made from a braced list or by default, or an object of an
  /// unnamed class that its declaration defines.
  bool boxedAsMember(const VarDecl *VD) const;
  /// Keeps `VD`, which boxable takes, in a box (GeneratorInfo::BoxedLocals,
  /// and BoxedMembers where boxedAsMember).
  void keepInBox(const VarDecl *VD) {
    GI.BoxedLocals.push_back(VD);
    if (boxedAsMember(VD))
      GI.BoxedMembers.push_back(VD);
  }
  /// Refuses `decltype(a)` of a boxed structured binding's name, and one of
  /// a bit-field, in what corogen moves into a lambda, where the lambda
  /// cannot declare the bindings again (wrappedBindings).
  void checkBoxedBindingNames();
  /// Whether `Tag` is defined by the declaration statement `DS`.
  bool definedBy(const clang::TagDecl *Tag, const DeclStmt *DS) const;
  /// Whether `VD`'s declaration defines the unnamed class of its type, and
  /// no other variable (which definedTypeName would name it for).
  bool definesUnnamedClass(const VarDecl *VD) const;

  struct Range {
    unsigned Begin, End;
    bool contains(const Range &R) const { return Begin <= R.Begin && R.End <= End; }
  };
  Range range(const Stmt *S) const {
    return {fileOffset(SM, S->getBeginLoc()),
            fileOffsetAfterToken(SM, Ctx.getLangOpts(), S->getEndLoc())};
  }
  /// A local with its scope: the statement whose end destroys it.
  struct Local {
    const VarDecl *VD;
    const Stmt *Scope;
    unsigned Begin, DeclEnd, ScopeEnd;
  };
  /// A break, continue or goto, and where it goes: the loop or switch it
  /// leaves, or the label's statement.
  struct Jump {
    unsigned At;
    enum KindT { Break, Continue, Goto } Kind;
    Range Target;
    /// Whether taking it destroys the locals of `Scope`.
    bool leaves(const Range &Scope) const {
      switch (Kind) {
      case Break:
        return Target.contains(Scope);
      case Continue: // the loop's own scope (a for's init-statement) stays
        return Target.contains(Scope) &&
               !(Scope.Begin == Target.Begin && Scope.End == Target.End);
      case Goto:
        return !Scope.contains(Target);
      }
      return false;
    }
    /// Whether taking it, from the scope `Scope` of a local declared at
    /// `Declared`, after the declaration, destroys that local: it leaves the
    /// scope, or goes back before the declaration ([stmt.jump] p2).
    bool destroys(const Range &Scope, unsigned Declared) const {
      return leaves(Scope) || (Kind == Goto && Target.Begin < Declared);
    }
  };
  const Stmt *parentStmt(const VarDecl *VD) const {
    DynTypedNodeList Up = Ctx.getParents(*VD);
    return Up.empty() ? nullptr : Up[0].get<Stmt>();
  }
  void recordJump(const Stmt *S, bool IsBreak) {
    DynTypedNode N = DynTypedNode::create(*S);
    for (;;) {
      DynTypedNodeList Up = Ctx.getParents(N);
      if (Up.empty())
        return;
      N = Up[0];
      const Stmt *P = N.get<Stmt>();
      if (!P)
        return;
      if (isa<ForStmt, WhileStmt, DoStmt, CXXForRangeStmt>(P) ||
          (IsBreak && isa<SwitchStmt>(P))) {
        Jumps.push_back({fileOffset(SM, S->getBeginLoc()), IsBreak ? Jump::Break : Jump::Continue,
                         range(P)});
        return;
      }
    }
  }

  ASTContext &Ctx;
  const SourceManager &SM;
  Diagnoser &Diags;
  GeneratorInfo &GI;
  std::vector<unsigned> Suspensions;
  std::vector<const CXXForRangeStmt *> DependentRangeFors;
  std::vector<Local> Plain, Frame;
  std::vector<Jump> Jumps;
};

void BodyChecker::promoteLocalsLeftByJumps() {
  // A jump destroys the frame locals it leaves, or goes back past, before
  // it jumps (the body does that explicitly), and C++ destroys the ordinary
  // locals when it jumps. An ordinary local with a destructor, constructed after a frame
  // local that the same jump leaves, would then die after it: the wrong
  // order. Such a local becomes a frame local too, so that the frame's
  // chain destroys both in reverse order of construction. (CORO_RETURN needs
  // nothing: the frame's locals die after the body has returned.)
  std::sort(Plain.begin(), Plain.end(),
            [](const Local &A, const Local &B) { return A.Begin < B.Begin; });
  // The end of a block is such a jump too: the frame locals of a block die
  // at its end, explicitly, just before its closing brace. (Not those of the
  // function's body, which die after it returns.)
  for (const Local &L : Plain) {
    Range Scope = range(L.Scope);
    // A local declared together with a frame local (`T a, b;`) joins it in
    // the frame: the declaration becomes one chain of constructions, and
    // the frame destroys them in reverse order. (If it cannot,
    // MultipleDeclarators says so.)
    // So does every variable of a declaration with a marker in an
    // initialiser: Lowering makes it a sequence of constructions.
    if (const auto *DS = dyn_cast_or_null<DeclStmt>(parentStmt(L.VD));
        DS && !DS->isSingleDecl() && !L.VD->isConstexpr()) {
      bool HasMarker = llvm::any_of(GI.Markers, [&](const MarkerSite &M) {
        return M.Var && llvm::is_contained(DS->decls(), M.Var);
      });
      if (HasMarker || llvm::any_of(DS->decls(), [&](const Decl *D) {
            const auto *Other = dyn_cast<VarDecl>(D);
            return Other && Other != L.VD && GI.isFrameLocal(Other);
          })) {
        if (canPromote(L.VD)) {
          Frame.push_back(L);
          GI.FrameLocals.push_back(L.VD);
        } else if (HasMarker) {
          Diags.report(L.VD->getLocation(), DiagKind::MarkerInMultipleDeclaration)
              << "a marker";
        }
        continue;
      }
    }
    // A local whose initialiser binds a reference member to a temporary and
    // suspends: the temporary, made before the suspension, lives with the
    // local, which keeps it in the frame.
    if (extendsThroughMember(L.VD) && canPromote(L.VD) &&
        llvm::any_of(GI.Markers, [&](const MarkerSite &M) { return M.Var == L.VD; })) {
      Frame.push_back(L);
      GI.FrameLocals.push_back(L.VD);
      continue;
    }
    if (!mayNeedDestruction(L.VD))
      continue;
    const Local *Older = nullptr;
    for (const Local &F : Frame) {
      if (F.Begin >= L.Begin)
        continue;
      if ((F.Scope == L.Scope && L.Scope != GI.Function->getBody()) ||
          llvm::any_of(Jumps, [&](const Jump &J) {
            return J.At >= L.DeclEnd && J.At < L.ScopeEnd && J.destroys(Scope, L.Begin) &&
                   J.At >= F.DeclEnd && J.At < F.ScopeEnd &&
                   J.destroys(range(F.Scope), F.Begin);
          })) {
        Older = &F;
        break;
      }
    }
    if (!Older)
      continue;
    if (!canPromote(L.VD)) {
      Diags.report(L.VD->getLocation(), DiagKind::DestroyedAfterFrameLocal)
          << localName(L.VD) << localName(Older->VD);
      continue;
    }
    Frame.push_back(L);
    GI.FrameLocals.push_back(L.VD);
  }
  std::stable_sort(GI.FrameLocals.begin(), GI.FrameLocals.end(),
                   [&](const VarDecl *A, const VarDecl *B) {
                     return fileOffset(SM, A->getBeginLoc()) < fileOffset(SM, B->getBeginLoc());
                   });
}

bool BodyChecker::canPromote(const VarDecl *VD) const {
  if (needsBox(VD))
    return boxable(VD) && !makesInitializerList(VD);
  QualType T = VD->getType();
  const AutoType *AT = T->getContainedAutoType();
  // (A dependent `auto` one, if the frame can spell its type.)
  // (Not one whose temporaries the frame cannot keep. Those that reference
  // members bind are kept as a frame local's are, or refused there.)
  return !((!T->isDependentType() && !typeIsNameable(T)) || makesInitializerList(VD) ||
           (AT && (AT->getDeducedType().isNull() || AT->getDeducedType()->isDependentType()) &&
            !autoIsSpelledByInit(VD)) ||
           !VD->getParentFunctionOrMethod() || !isa_and_nonnull<DeclStmt>(parentStmt(VD)));
}

bool BodyChecker::typeIsNameable(QualType T) const { return typeHasNameAtTop(T); }

bool BodyChecker::needsBox(const VarDecl *VD) const {
  QualType T = VD->getType();
  // (A handler's exception variable is bound to what the handler catches:
  // boxed only where the frame cannot name its type, in a template too.)
  if (VD->isExceptionVariable())
    return !typeIsNameable(T);
  if (isa<DecompositionDecl>(VD) || (T->isReferenceType() && T->isDependentType()))
    return false;
  // (In a template too: a type made of a class or an enumeration of the
  // body, `Local`, `std::function<int(Local)>`, `std::vector<Local> *`.)
  if (!typeIsNameable(T))
    return true;
  // A reference bound to a temporary of such a type, or to a part of one
  // (`const int &v = Local{1}.v;`): the box keeps the temporary.
  if (const MaterializeTemporaryExpr *MTE = T->isReferenceType() ? extendedTemporary(VD) : nullptr;
      MTE && !MTE->getType()->isDependentType() && !typeIsNameable(MTE->getType()))
    return true;
  if (!T->isDependentType())
    return false;
  const AutoType *AT = T->getContainedAutoType();
  if (!AT || !(AT->getDeducedType().isNull() || AT->getDeducedType()->isDependentType()))
    return false;
  const Expr *Init = singleInitialiser(VD);
  return Init && isa<LambdaExpr>(Init->IgnoreImplicit()->IgnoreParens());
}

bool BodyChecker::boxable(const VarDecl *VD) const {
  QualType T = VD->getType();
  QualType Object = T.getNonReferenceType();
  bool Member = boxedAsMember(VD);
  // (An array object has no box, but a structured binding's reference
  // to an array that is a part of a class temporary, `auto &[a, b] =
  // Local{...}.items;`, keeps that temporary.)
  const MaterializeTemporaryExpr *Whole =
      T->isReferenceType() && isa<DecompositionDecl>(VD) ? extendedTemporary(VD) : nullptr;
  bool PartOfClass = Whole && Whole->getType()->isRecordType();
  // A handler's exception variable, `catch (const Local &e)`: the stub
  // handler makes its box from what it catches, and the handler's block
  // names it again at its top (Lowering's MoveHandler), where its written
  // type is spelled.
  if (VD->isExceptionVariable()) {
    // (Its type written before its name, or around it, `void (*f)(Local)`,
    // `Local a[2]` (whose type the handler adjusts to a pointer), `Local
    // (&r)[2]`, the name's `&` right before it.)
    const TypeSourceInfo *TSI = VD->getTypeSourceInfo();
    if (!TSI || !VD->getBeginLoc().isFileID() || !TSI->getTypeLoc().getEndLoc().isFileID() ||
        !VD->getLocation().isFileID())
      return false;
    if (!T->isReferenceType() ||
        SM.isBeforeInTranslationUnit(TSI->getTypeLoc().getEndLoc(), VD->getLocation()))
      return true;
    unsigned Begin = SM.getFileOffset(VD->getBeginLoc());
    // (The `&` before the name, past the parentheses around it.)
    StringRef Before = SM.getBufferData(SM.getFileID(VD->getLocation()))
                           .slice(Begin, SM.getFileOffset(VD->getLocation()))
                           .rtrim(" \t\n\r(");
    return Before.endswith("&") && !Before.endswith("&&");
  }
  // (A structured binding of an array: its box keeps the array's address,
  // or a copy, the runtime's array_object, made from `decltype((e))`,
  // where e's text may stand there: no lambda, no marker.)
  const auto *DD = dyn_cast<DecompositionDecl>(VD);
  if (DD && !T->isReferenceType() && Object->isArrayType() &&
      (holdsLambda(VD->getInit()) ||
       llvm::any_of(GI.Markers, [&](const MarkerSite &M) { return M.Var == VD; })))
    return false;
  if (VD->isStaticLocal() || VD->isConstexpr() ||
      (Object->isArrayType() && !Member && !PartOfClass && !DD) || T->isFunctionPointerType() ||
      T->isMemberPointerType())
    return false;
  // A reference, `T &r = e;`: to an object (the box keeps its address), or
  // to a temporary that is all of `e` or whose part `e` names through
  // members, conversions to a base and casts (the box keeps the temporary,
  // and a resume binds the reference again to that part of it).
  if (T->isReferenceType()) {
    if (!boundInitialiser(VD) || isa<InitListExpr>(boundInitialiser(VD)->IgnoreImplicit()))
      return false;
    unsigned Extended = temporariesExtendedBy(VD);
    const MaterializeTemporaryExpr *MTE = extendedTemporary(VD);
    // (The temporaries that the reference members of its temporary bind
    // get slots of their own, `const Local &r = Local{S()};`.)
    SmallVector<const MaterializeTemporaryExpr *, 2> Members;
    llvm::SmallPtrSet<const MaterializeTemporaryExpr *, 2> Guarded;
    if (MTE && Extended > 1 && memberTemporaries(VD, Members, Guarded))
      Extended -= Members.size();
    if (Extended > 1 || (Extended == 1 && !MTE))
      return false;
    if (MTE && (!MTE->getBeginLoc().isFileID() || !MTE->getEndLoc().isFileID()))
      return false;
  }
  // (`decltype(auto)` as deduced: an object, made by `auto` with its
  // const, or a reference, kept as one; in a template, where only the
  // instantiation tells which, kept in the runtime's bound_value of
  // decltype(e), as an `auto` reference is: but not where e names a
  // variable of the generator, which the box's making function names
  // through a reference of its own, whose decltype differs.)
  if (const AutoType *AT = T->getContainedAutoType();
      AT && AT->isDecltypeAuto() && (!AT->isDeduced() || T->isDependentType())) {
    // (`(e)` deduces as `= e` does, and is kept so. A variable of the
    // generator, `decltype(auto) d = x;`, has its declared type spelled
    // instead, and a structured binding's name its binding's (not a
    // pack's); the name of a template parameter or an enumerator means the
    // same in the box's making function.)
    const Expr *Single = singleInitialiser(VD);
    const auto *DRE = dyn_cast_or_null<DeclRefExpr>(Single ? Single->IgnoreImplicit() : nullptr);
    const auto *Var = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
    if (!Single || VD->getInitStyle() == VarDecl::ListInit ||
        (DRE && !Var &&
         !isa<BindingDecl, NonTypeTemplateParmDecl, EnumConstantDecl>(DRE->getDecl())))
      return false;
    if (Var && Var->hasLocalStorage() && (Var->isParameterPack() || isa<DecompositionDecl>(Var)))
      return false;
  }
  const auto *DS = dyn_cast_or_null<DeclStmt>(parentStmt(VD));
  if (!DS || !DS->getBeginLoc().isFileID() || !DS->getEndLoc().isFileID() ||
      !VD->getLocation().isFileID())
    return false;
  // Declared with other variables, or with a class or an enumeration that
  // the declaration defines, it gets a declaration of its own, which
  // repeats the declaration's specifiers (naming the type defined, whose
  // definition goes first): Lowering's SplitDeclaration. So each of them
  // must start in the file. An unnamed class that the declaration defines
  // for this variable alone is defined by the class made in the box.
  bool Several = llvm::count_if(DS->decls(), [](const Decl *D) { return isa<VarDecl>(D); }) > 1;
  for (const Decl *D : DS->decls()) {
    if (const auto *Var = dyn_cast<VarDecl>(D)) {
      if (Several && !declaratorBegin(Var).isFileID())
        return false;
      continue;
    }
    const auto *Tag = dyn_cast<TagDecl>(D);
    if (!Tag)
      return false;
    if (!definedBy(Tag, DS))
      continue; // (`struct S *p;` declaring S)
    // (Each declaration names it by definedTypeName.)
    if (!definedTypeName(Tag, DS, Ctx).empty()) {
      if (!Tag->getBeginLoc().isFileID() || !Tag->getBraceRange().getEnd().isFileID())
        return false;
      continue;
    }
    if (!Member)
      return false;
  }
  if (!Member && definesUnnamedClass(VD))
    return false;
  // (In a `for`'s init-statement, the loop is rewritten so that it runs
  // before the loop, in a block: findHoisted.)
  DynTypedNodeList Up = Ctx.getParents(*DS);
  // (A label before it: `again: T x = ...;`.)
  while (!Up.empty() && Up[0].get<LabelStmt>())
    Up = Ctx.getParents(Up[0]);
  if (Up.empty())
    return false;
  // (In the init-statement of an `if` or a `switch`, which is hoisted too,
  // or of a range-for that suspends, which runs before the loop,
  // and as the condition variable of these and of loops, which runs before
  // the statement's rewritten test: `{ T v = e; if (v) ... }`, `for (;;) {
  // T v = e; if (!(v)) break; ... }`.)
  const Stmt *P = Up[0].get<Stmt>();
  return isa_and_nonnull<CompoundStmt>(P) || isInitStatementOf(P, DS) ||
         isConditionVariableOf(P, DS);
}

bool BodyChecker::definedBy(const TagDecl *Tag, const DeclStmt *DS) const {
  return Tag->isThisDeclarationADefinition() &&
         llvm::is_contained(DS->decls(), static_cast<const Decl *>(Tag));
}

bool BodyChecker::definesUnnamedClass(const VarDecl *VD) const {
  // (Not an enumeration, whose enumerators would become the members of the
  // class made in the box.)
  const auto *DS = dyn_cast_or_null<DeclStmt>(parentStmt(VD));
  const TagDecl *Tag = VD->getType()->getBaseElementTypeUnsafe()->getAsCXXRecordDecl();
  return DS && Tag && definedBy(Tag, DS) && definedTypeName(Tag, DS, Ctx).empty();
}

/// Whether `T` is an array whose bound, which depends on a template
/// parameter, is written (`Local a[N];`): the member the box's class
/// declares from the declaration's text has it too. (One its braced list
/// gives, the box's making function counts: Lowering, ListBegin.)
static bool writtenBound(QualType T) {
  const auto *DSAT = dyn_cast<DependentSizedArrayType>(T.getTypePtr()->getUnqualifiedDesugaredType());
  return DSAT && DSAT->getSizeExpr();
}

bool BodyChecker::boxedAsMember(const VarDecl *VD) const {
  // An array (`T a[N] = {...};`), or an object of an unnamed class that its
  // declaration defines (`struct { ... } x = {...};`), becomes the member
  // of a class made in the box, declared by the declaration's own text:
  // `struct W { T a[N]; };` made as `W{{...}}`. A class that the
  // declaration defines then belongs to the function that makes it, so
  // none that the rest of the body may name (a named one).
  QualType T = VD->getType();
  bool Array = T->isArrayType();
  if ((!Array && !definesUnnamedClass(VD)) || T->isReferenceType() ||
      (VD->getInitStyle() == VarDecl::CallInit && !defaultInitialised(VD)) ||
      isa<DecompositionDecl>(VD) ||
      (Array && !Ctx.getAsConstantArrayType(T) && !writtenBound(T) &&
       !(VD->getInit() && isa<InitListExpr>(VD->getInit()->IgnoreImplicit()))))
    return false;
  const Expr *Init = VD->getInit();
  if (Array && Init && !defaultInitialised(VD) && !isa<InitListExpr>(Init->IgnoreImplicit()))
    return false;
  const TypeSourceInfo *TSI = VD->getTypeSourceInfo();
  if (!TSI)
    return false;
  // (An array type written otherwise, `decltype(a) b = {};`, must give
  // its bound.)
  if (Array) {
    auto Loc = TSI->getTypeLoc().getAs<ArrayTypeLoc>();
    if (Loc ? !Loc.getRBracketLoc().isFileID() : !Ctx.getAsConstantArrayType(TSI->getType()))
      return false;
  }
  // (A class or an enumeration that the declaration defines, but for an
  // unnamed class of this variable alone, goes before it: boxable.)
  return isa_and_nonnull<DeclStmt>(parentStmt(VD));
}

void BodyChecker::checkFrameLocals() {
  checkEachLocal();
  // A declaration of several variables with a boxed one is split into one
  // declaration per variable, each kept in a box: every other one is boxed
  // too. (In a template, `auto a = f(t), b = Local{t};` gives `a` a type
  // the frame spells from its initialiser, and `b` one it cannot: `a` is
  // boxed as any `auto` local whose type the frame cannot spell.)
  std::vector<const VarDecl *> Boxed = GI.BoxedLocals;
  for (const VarDecl *VD : Boxed) {
    const auto *DS = dyn_cast_or_null<DeclStmt>(parentStmt(VD));
    if (!DS)
      continue;
    for (const Decl *D : DS->decls()) {
      const auto *Other = dyn_cast<VarDecl>(D);
      if (!Other || llvm::is_contained(GI.BoxedLocals, Other))
        continue;
      if (llvm::is_contained(GI.AutoFromInit, Other) && boxable(Other)) {
        llvm::erase_value(GI.AutoFromInit, Other);
        llvm::erase_value(GI.KeptReferences, Other);
        GI.BoxedLocals.push_back(Other);
        if (Other->getType()->isReferenceType() || isDecltypeAuto(Other->getType()))
          GI.BoundReferences.push_back(Other);
        continue;
      }
      if (llvm::is_contained(GI.BoxedLocals, VD)) {
        Diags.report(VD->getLocation(), DiagKind::UnnameableLocal) << localName(VD);
        llvm::erase_value(GI.BoxedMembers, VD);
        llvm::erase_value(GI.BoundReferences, VD);
        llvm::erase_value(GI.BoxedLocals, VD);
      }
    }
  }
  checkBoxedBindingNames();
}

void BodyChecker::checkBoxedBindingNames() {
  // The bindings of a boxed structured binding stay the body's names (they
  // are declared again on each resume). Where corogen wraps text that names
  // one in a lambda (a boxed local's initialiser, a temporary made in its
  // slot, a template's kept_reference), the lambda init-captures it by
  // reference (`[&, &a = a]`: clang before 16 lets no lambda capture a
  // structured binding), or, where the text takes `decltype(a)` or names
  // a bit-field, which a reference would not keep, declares the bindings
  // again inside, bound to the boxed object (wrappedBindings). Refused:
  // those where declaring them again would hide another name the text
  // reads, and where corogen wraps a part of the text in a lambda of its
  // own (a marker's kept operand, a boxed temporary, a range's element),
  // which could not capture them either.
  llvm::SmallPtrSet<const BindingDecl *, 8> Names = boxedBindings(GI);
  if (Names.empty())
    return;
  std::set<unsigned> Reported; // (a type's location may be walked twice)
  auto Check = [&](const Expr *E) {
    for (const auto &Need : wrappedBindings(GI, E, Names).Refused)
      if (Reported.insert(Need.first.getRawEncoding()).second)
        Diags.report(Need.first, DiagKind::BoxedBindingInLambda) << Need.second->getName();
  };
  // (The initialisers that are wrapped: a boxed local's, a reference's
  // whose temporary is made in its slot, and, in a template, one the
  // runtime helps make; the ranges of boxed and dependent range-fors.)
  for (const VarDecl *VD : GI.FrameLocals)
    if (VD->getInit() &&
        (llvm::is_contained(GI.BoxedLocals, VD) ||
         llvm::is_contained(GI.ExtendedTemporaries, VD) ||
         llvm::is_contained(GI.KeptReferences, VD) || llvm::is_contained(GI.AutoFromInit, VD) ||
         VD->getType()->isDependentType() || VD->getInit()->isTypeDependent()))
      Check(VD->getInit());
  for (const CXXForRangeStmt *S : GI.SuspendingRangeFors)
    if (llvm::is_contained(GI.BoxedRangeFors, S) || !S->getBeginStmt())
      Check(S->getRangeInit());
}

bool BodyChecker::boxableMemberTemporary(const VarDecl *VD,
                                         const MaterializeTemporaryExpr *MTE) const {
  // Made by `new auto(e)` from its text, which must be a prvalue of the
  // temporary's type, `Local{1}`, `make()`, not a conversion.
  const Expr *Sub = MTE->getSubExpr()->IgnoreImplicit();
  const auto *Construct = dyn_cast<CXXConstructExpr>(Sub);
  if (!Sub->isPRValue() || MTE->getType()->isArrayType() ||
      (Construct && !isa<CXXTemporaryObjectExpr>(Construct)) ||
      !Ctx.hasSameUnqualifiedType(Sub->getType(), MTE->getType()))
    return false;
  // A braced list alone, `LocalRef r{{1}};`, is made as `new
  // auto(Local{1})`, named in the body, where its class is: one of the body
  // with a name that no other declaration of the body has.
  if (isa<InitListExpr>(Sub)) {
    const auto *RD = MTE->getType()->getAsCXXRecordDecl();
    if (!RD || !RD->getIdentifier() || RD->isLambda() ||
        RD->getParentFunctionOrMethod() != GI.Function)
      return false;
    // (Where another has, an alias declared after the class's definition
    // names it: aliasedClassStmt.)
    if (classNameTaken(GI.Function, RD) && !aliasedClassStmt(Ctx, RD))
      return false;
  }
  // Where a marker of the initialiser follows it, which keeps it before
  // the suspension and names it after by a copy of its text: text that
  // holds no lambda-expression, whose closure type the copy would not
  // share.
  if (!holdsLambda(Sub))
    return true;
  unsigned End = SM.getFileOffset(SM.getFileLoc(MTE->getEndLoc()));
  unsigned InitEnd = SM.getFileOffset(SM.getFileLoc(VD->getInit()->getEndLoc()));
  return llvm::none_of(GI.Markers, [&](const MarkerSite &M) {
    unsigned At = SM.getFileOffset(M.MacroBegin);
    return End < At && At <= InitEnd;
  });
}

void BodyChecker::checkEachLocal() {
  for (const VarDecl *VD : GI.FrameLocals) {
    // A loop variable is boxed by its loop: in a boxed range-for, one of a
    // type the frame cannot name (any, over a range whose type depends on a
    // template parameter), and a structured binding; and a reference bound
    // to the temporary that `*begin` makes (`for (auto &&b : bits)` over a
    // std::vector<bool>, `for (auto &&[k, v] : r)`), which the box keeps
    // alive for the iteration.
    if (llvm::any_of(GI.SuspendingRangeFors, [&](const CXXForRangeStmt *S) {
          if (S->getLoopVariable() != VD)
            return false;
          bool Boxed = llvm::is_contained(GI.BoxedRangeFors, S);
          if (!S->getBeginStmt())
            return Boxed;
          const auto *DD = dyn_cast<DecompositionDecl>(VD);
          return (Boxed && (needsBox(VD) || DD)) ||
                 (VD->getType()->isReferenceType() && temporariesExtendedBy(VD) != 0);
        })) {
      GI.BoxedLocals.push_back(VD);
      continue;
    }
    if (llvm::any_of(DependentRangeFors,
                     [&](const CXXForRangeStmt *S) { return S->getLoopVariable() == VD; }) ||
        llvm::any_of(GI.SuspendingRangeFors, [&](const CXXForRangeStmt *S) {
          return S->getLoopVariable() == VD && !S->getBeginStmt();
        }))
      continue;
    QualType T = VD->getType();
    // Its declaration becomes the construction of its frame member (or
    // box): a macro that writes its name cannot be rewritten. (A handler's
    // exception variable is carried by the handler, which keeps its text.)
    if (VD->getLocation().isMacroID() && !VD->isExceptionVariable()) {
      Diags.report(VD->getLocation(), DiagKind::DeclaredInMacro) << localName(VD);
      continue;
    }
    if (T->isVariableArrayType()) {
      Diags.report(VD->getLocation(), DiagKind::VariableLengthArray) << localName(VD);
      continue;
    }
    // In a template, a reference (or a structured binding's) bound to a
    // member of an object of a dependent type that may be a prvalue
    // (`const auto &r = make<T>().first;`): C++ keeps that whole temporary
    // alive with the reference, but the runtime, which sees only the
    // member (an xvalue), would keep its address; so the runtime checks at
    // instantiation that the object is no temporary (refused where the
    // frame cannot spell it in decltype).
    // (Also a `decltype(auto)` one initialised by such a member in
    // parentheses, which makes it a reference.)
    const AutoType *DeclAuto = T->getContainedAutoType();
    bool MayRefer = T->isReferenceType() ||
                    (DeclAuto && DeclAuto->isDecltypeAuto() && VD->getInit() &&
                     isa<ParenExpr>(VD->getInit()->IgnoreImplicit()));
    if (const Expr *Init = VD->getInit(); MayRefer && Init && Init->isTypeDependent())
      if (const Expr *Base = temporaryPartBase(Init)) {
        if (isSpelledByDecltype(Base)) {
          GI.TemporaryPartChecks.push_back({VD, Base});
        } else {
          Diags.report(VD->getLocation(), DiagKind::ReferenceToTemporary) << localName(VD);
          continue;
        }
      }
    // A std::initializer_list's array, or a temporary that a reference
    // member binds to, lives as long as a variable of the function; the
    // frame's member is made by a new-expression, where it would die at
    // once.
    if (makesInitializerList(VD)) {
      Diags.report(VD->getLocation(), DiagKind::InitializerListLocal) << localName(VD);
      continue;
    }
    // (A slot of its own for each temporary, where the frame can name it
    // and no marker of the initialiser stands among them.)
    if (extendsThroughMember(VD) || conditionalBinding(VD) || bindsArrayInText(VD)) {
      SmallVector<const MaterializeTemporaryExpr *, 2> Temporaries;
      llvm::SmallPtrSet<const MaterializeTemporaryExpr *, 2> Guarded;
      // (Markers of the initialiser may stand anywhere: a temporary after or
      // around one is made after the resume, with the local; one before it
      // is kept in its slot from before the suspension on, Lowering's
      // keepMemberTemporary.)
      // (One of a type the frame cannot name in a box:
      // boxableMemberTemporary.)
      if (!memberTemporaries(VD, Temporaries, Guarded) ||
          llvm::any_of(Temporaries, [&](const MaterializeTemporaryExpr *MTE) {
            return !typeIsNameable(MTE->getType()) && !boxableMemberTemporary(VD, MTE);
          })) {
        Diags.report(VD->getLocation(), DiagKind::ExtendedByMember) << localName(VD);
        continue;
      }
      for (const MaterializeTemporaryExpr *MTE : Temporaries)
        if (!typeIsNameable(MTE->getType()))
          GI.BoxedMemberTemporaries.insert(MTE);
      GI.MemberTemporaries[VD] = Temporaries;
      GI.GuardedMemberTemporaries.insert(Guarded.begin(), Guarded.end());
    }
    // In a template, a local of a class of the body made from a braced list
    // (`Local a{...};`, `auto a = Local{...};`: its type is dependent there,
    // and the list not analysed) may bind a reference member to a
    // temporary, which the box, made by a lambda that returns the object,
    // would not keep, and the runtime's braced_local cannot be told the
    // type: refused where the class has such a member.
    // (Also a structured binding of such an object, `const auto &[r, k] =
    // Local{S(), 1};`; and one of an object of a known class with such a
    // member made from a list that depends on a template parameter, `auto
    // [r] = A{S{t}};`. One of a dependent type, the runtime's
    // braced_binding checks at instantiation.)
    const CXXUnresolvedConstructExpr *Bound = bracedDecompositionObject(VD);
    if (Bound && !Bound->getType()->isDependentType() && mayBindMember(Bound->getType())) {
      Diags.report(VD->getLocation(), DiagKind::ExtendedByMember) << localName(VD);
      continue;
    }
    if (makesBracedAggregate(VD) || Bound) {
      QualType Made = VD->getType();
      if (Made->getContainedAutoType())
        if (const Expr *Single = singleInitialiser(VD)) {
          Single = onlyElement(Single, /*Lists=*/false);
          Made = Single ? Single->getType() : QualType();
        }
      if (!Made.isNull() && !Made->getContainedAutoType() && !typeIsNameable(Made) &&
          mayBindMember(Made)) {
        Diags.report(VD->getLocation(), DiagKind::ExtendedByMember) << localName(VD);
        continue;
      }
    }
    if (needsBox(VD)) {
      if (boxable(VD)) {
        keepInBox(VD);
      } else
        Diags.report(VD->getLocation(), DiagKind::UnnameableLocal) << localName(VD);
      continue;
    }
    if (const AutoType *AT = T->getContainedAutoType();
        AT && (AT->getDeducedType().isNull() ||
               AT->getDeducedType()->isSpecificBuiltinType(BuiltinType::Dependent))) {
      if (autoIsSpelledByInit(VD)) {
        GI.AutoFromInit.push_back(VD);
        // (A reference to a variable binds to it; to anything else, it may
        // keep a temporary alive.)
        if (T->isReferenceType() && !isa<DecompositionDecl>(VD) &&
            !isa<DeclRefExpr>(singleInitialiser(VD)->IgnoreParens()))
          GI.KeptReferences.push_back(VD);
      } else if (boxable(VD)) {
        // (Its own initialiser makes it in a box, of the type it deduces:
        // `auto it = boxed.begin();`. A reference, which may bind to a
        // temporary that only the instantiation shows, binds to what the
        // runtime's bound_value keeps: the object a prvalue makes, or the
        // address of what its initialiser is. A structured binding's
        // object is so boxed, and the runtime checks at instantiation that
        // its bindings may be declared again on each resume.)
        GI.BoxedLocals.push_back(VD);
        if (T->isReferenceType() || AT->isDecltypeAuto())
          GI.BoundReferences.push_back(VD);
      } else {
        Diags.report(VD->getLocation(), DiagKind::DependentAutoLocal) << localName(VD);
      }
      continue;
    }
    if (!typeIsNameable(T)) {
      // A structured binding is boxed as its object, and declared again,
      // as a reference to it, each time its declaration is entered (or,
      // where get<I> would be called again, each binding kept in a box of
      // its own: bindsOnce).
      const auto *DD = dyn_cast<DecompositionDecl>(VD);
      if (DD && boxable(DD))
        GI.BoxedLocals.push_back(VD);
      else
        Diags.report(VD->getLocation(), DiagKind::UnnameableLocal) << localName(VD);
      continue;
    }
    // (An array whose bound its list gives, which brace elision may make
    // smaller than the list: counted at the top of the function, where the
    // list's text must be spelled as decltype of an initialiser is.)
    // (Else it is kept in a box, whose making function, in the body,
    // counts them.)
    if (const InitListExpr *List = elidingArrayList(Ctx, VD); List && !isSpelledByDecltype(List)) {
      if (boxable(VD)) {
        keepInBox(VD);
      } else {
        Diags.report(VD->getLocation(), DiagKind::ElidedArrayBound) << localName(VD);
      }
      continue;
    }
    // A dependent type is spelled as written, at the top of the function:
    // a local named in it (`decltype(x)`) is not in scope there, so it is
    // spelled from its text as decltype of an initialiser is, where the
    // type is made of qualifiers, pointers and references around a type
    // written in the file.
    if (const NamedDecl *Local = T->isDependentType() ? localInType(VD) : nullptr) {
      if (!isa<TypedefNameDecl>(Local) && typeIsSpelledByText(VD) &&
          !(readsHiddenConstant(VD) && boxable(VD))) {
        GI.TypeFromText.push_back(VD);
      } else if (boxable(VD)) {
        keepInBox(VD);
        continue;
      } else {
        Diags.report(VD->getLocation(), DiagKind::LocalInDeclaredType)
            << localName(VD) << Local->getName();
        continue;
      }
    }
    if (T->isReferenceType() && VD->getInit() && !isa<DecompositionDecl>(VD) &&
        (T->isDependentType() || VD->getInit()->isTypeDependent())) {
      // In a template, whether the reference binds to a temporary (made
      // from the initialiser, or by a conversion to its type) is known at
      // instantiation: the runtime's kept_reference decides, unless it
      // names a variable of the type it refers to.
      const Expr *Init = singleInitialiser(VD);
      const auto *DRE = Init ? dyn_cast<DeclRefExpr>(Init->IgnoreParens()) : nullptr;
      const auto *Var = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
      if (Var && Ctx.hasSameUnqualifiedType(T.getNonReferenceType(),
                                            Var->getType().getNonReferenceType()))
        ; // bound to the variable, by address
      else if (Init && isSpelledByDecltype(Init) &&
               llvm::none_of(GI.Markers, [&](const MarkerSite &M) { return M.Var == VD; }))
        GI.KeptReferences.push_back(VD);
      // (`= {e}` binds as `{e}` does: kept_reference decides, and refuses
      // a conversion, which would follow a list's rules.)
      else if (const Expr *Element = copyListElement(VD);
               Element && !T.getNonReferenceType()->getContainedAutoType() &&
               isSpelledByDecltype(Element) &&
               llvm::none_of(GI.Markers, [&](const MarkerSite &M) { return M.Var == VD; }))
        GI.KeptReferences.push_back(VD);
      // (A braced list that makes a temporary of the type it refers to.)
      else if (bracedTemporaryList(VD) && !namesInitializerList(T) &&
               llvm::none_of(GI.Markers, [&](const MarkerSite &M) { return M.Var == VD; }))
        GI.BracedReferences.push_back(VD);
      else
        Diags.report(VD->getLocation(), DiagKind::ReferenceToTemporary) << localName(VD);
    } else if (T->isReferenceType() && VD->getInit() &&
               !(GI.MemberTemporaries.count(VD) &&
                 (conditionalBinding(VD) || bindsArrayInText(VD)))) {
      // A temporary whose lifetime the reference extends, whole or through
      // a part of it (`const int &r = pair().first;`; `{e}`'s e).
      const Expr *Bound = boundInitialiser(VD);
      const Expr *Init = (Bound ? Bound : VD->getInit())->IgnoreImplicit();
      if (temporariesExtendedBy(VD) || isa<MaterializeTemporaryExpr>(Init) ||
          Init->isPRValue()) {
        const MaterializeTemporaryExpr *MTE = extendedTemporary(VD);
        // (An array temporary, when the reference's whole initialiser is
        // the braced list that makes it, `const int (&a)[2] = {1, 2};`, or
        // a cast of one to the array type, `const A &a = A{1, 2};`.)
        // (One made from a list inside the initialiser, `(f(), A{1, 2})`,
        // `static_cast<const A &>(A{1, 2})`, is kept as a member temporary
        // is: bindsArrayInText, above.)
        bool ArrayFromList = bindsWholeArrayList(VD);
        // (Kept in a slot of its own, of a type the frame must name; a
        // structured binding's reference to a part of a temporary of a
        // class of the body, `const auto &[x, y] = Local{...}.p;`, in a
        // box that makes the temporary, as a plain reference's is.)
        bool Known = MTE && !T->isDependentType() && !MTE->getType()->isDependentType();
        if (Known && (!MTE->getType()->isArrayType() || ArrayFromList) &&
            typeIsNameable(MTE->getType())) {
          GI.ExtendedTemporaries.push_back(VD);
        } else if (Known && isa<DecompositionDecl>(VD) && !MTE->getType()->isArrayType() &&
                   boxable(VD)) {
          GI.BoxedLocals.push_back(VD);
          continue;
        } else {
          Diags.report(VD->getLocation(), DiagKind::ReferenceToTemporary) << localName(VD);
        }
      }
    }
    // The statement that declares it must declare it alone, and not in a
    // condition. (A handler's exception variable is carried by the handler.)
    for (DynTypedNode P : Ctx.getParents(*VD)) {
      if (P.get<CXXCatchStmt>())
        continue;
      const auto *DS = P.get<DeclStmt>();
      if (!DS) {
        Diags.report(VD->getLocation(), DiagKind::ConditionVariable) << localName(VD);
        continue;
      }
      // Several variables in one declaration: all of them, or none, live in
      // the frame (they become one chain of constructions).
      if (!DS->isSingleDecl() && !llvm::all_of(DS->decls(), [&](const Decl *D) {
            const auto *Other = dyn_cast<VarDecl>(D);
            return (Other && GI.isFrameLocal(Other) && !Other->isConstexpr()) ||
                   (isa<TagDecl>(D) && definedBy(cast<TagDecl>(D), DS));
          }))
        Diags.report(VD->getLocation(), DiagKind::MultipleDeclarators) << localName(VD);
      // (Those declared in a header run before the rewritten statement:
      // the init-statements and condition variables of if, switch, while
      // and for, and a range-for's init-statement.)
    }
  }
}

/// In a template, `decltype(r) q = e;` of a reference `r` of the body
/// declares `q` a reference of r's declared type, as the instantiation
/// shows; clang leaves q's type a dependent decltype, which is no reference
/// to what looks at it. So q is given r's declared type (where r's is
/// written, without `auto`), and the frame keeps it as the reference it is.
void resolveDecltypeOfReferences(const FunctionDecl *F) {
  struct Finder : RecursiveASTVisitor<Finder> {
    const FunctionDecl *F;
    bool VisitVarDecl(VarDecl *VD) {
      const TypeSourceInfo *TSI = VD->getTypeSourceInfo();
      if (!TSI || !VD->getType()->isDependentType() || isa<ParmVarDecl>(VD))
        return true;
      // (`const` or `volatile` on a reference does nothing.)
      TypeLoc TL = TSI->getTypeLoc().getUnqualifiedLoc();
      auto D = TL.getAs<DecltypeTypeLoc>();
      const auto *DRE = D ? dyn_cast<DeclRefExpr>(D.getUnderlyingExpr()) : nullptr;
      const auto *R = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
      if (R && isBodyLocal(R, F) && R->getType()->isReferenceType() &&
          !R->getType()->getContainedAutoType())
        VD->setType(R->getType());
      return true;
    }
    bool TraverseLambdaExpr(LambdaExpr *) { return true; }
    bool TraverseCXXRecordDecl(CXXRecordDecl *) { return true; }
  } Walk;
  Walk.F = F;
  Walk.TraverseStmt(F->getBody());
}

/// GeneratorInfo::NameDeclarations, and of them LocalNames.
void findLocalNames(ASTContext &Ctx, GeneratorInfo &GI) {
  struct Finder : RecursiveASTVisitor<Finder> {
    std::vector<const DeclStmt *> Found;
    bool VisitDeclStmt(DeclStmt *DS) {
      if (llvm::all_of(DS->decls(), [](const Decl *D) {
            const auto *VD = dyn_cast<VarDecl>(D);
            return isa<TypedefNameDecl, UsingDirectiveDecl, UsingDecl>(D) ||
                   (VD && VD->isConstexpr() && !VD->isStaticLocal() &&
                    !isa<DecompositionDecl>(VD));
          }))
        Found.push_back(DS);
      return true;
    }
    bool TraverseLambdaExpr(LambdaExpr *) { return true; }
    bool TraverseCXXRecordDecl(CXXRecordDecl *) { return true; }
  } F;
  F.TraverseStmt(GI.Function->getBody());
  // A name declared twice (in two blocks), or a parameter's (which a block
  // may hide, but not the top of the function), is left to the body.
  std::map<std::string, unsigned> Count;
  for (const ParmVarDecl *P : GI.Function->parameters())
    if (P->getIdentifier())
      Count[P->getName().str()] += 2;
  for (const DeclStmt *DS : F.Found)
    for (const Decl *D : DS->decls())
      if (const auto *ND = dyn_cast<NamedDecl>(D); ND && ND->getIdentifier())
        ++Count[ND->getName().str()];
  std::vector<const Decl *> Declared;
  for (const DeclStmt *DS : F.Found) {
    // (A statement of a block, where a use may follow it.)
    DynTypedNodeList Up = Ctx.getParents(*DS);
    if (!DS->getBeginLoc().isFileID() || !DS->getEndLoc().isFileID() || Up.empty() ||
        !Up[0].get<CompoundStmt>())
      continue;
    GI.NameDeclarations.push_back(DS);
    // (A macro the body defines is not defined at the top of the function.)
    if (!GI.Function->isDependentContext() ||
        usesBodyMacro(Ctx.getSourceManager(), GI.Function, DS, TypeLoc()))
      continue;
    bool Unique = llvm::all_of(DS->decls(), [&](const Decl *D) {
      const auto *ND = dyn_cast<NamedDecl>(D);
      return !ND || !ND->getIdentifier() || Count[ND->getName().str()] == 1;
    });
    // What it names of the body (a local, a class or an enumeration of the
    // body) must be declared at the top too.
    struct Names : RecursiveASTVisitor<Names> {
      const FunctionDecl *F;
      const std::vector<const Decl *> *Declared;
      bool Fine = true;
      bool known(const Decl *D) const { return llvm::is_contained(*Declared, D); }
      bool VisitDeclRefExpr(DeclRefExpr *E) {
        if (const auto *Var = dyn_cast<VarDecl>(E->getDecl()); Var && isBodyLocal(Var, F))
          Fine &= known(Var);
        Fine &= !isa<BindingDecl>(E->getDecl());
        return true;
      }
      bool VisitTagType(TagType *T) {
        Fine &= T->getDecl()->getParentFunctionOrMethod() == nullptr;
        return true;
      }
      bool VisitTypedefType(TypedefType *T) {
        const TypedefNameDecl *TD = T->getDecl();
        Fine &= TD->getParentFunctionOrMethod() == nullptr || known(TD);
        return true;
      }
      bool TraverseLambdaExpr(LambdaExpr *) {
        Fine = false;
        return true;
      }
    } Walk;
    Walk.F = GI.Function;
    Walk.Declared = &Declared;
    for (const Decl *D : DS->decls())
      Walk.TraverseDecl(const_cast<Decl *>(D));
    // (Aliases whose name is declared again are declared at the top under
    // names of their own.)
    bool Aliases = llvm::all_of(DS->decls(), [](const Decl *D) { return isa<TypedefNameDecl>(D); });
    if (!(Unique || Aliases) || !Walk.Fine)
      continue;
    GI.LocalNames.push_back(DS);
    if (!Unique)
      for (const Decl *D : DS->decls()) {
        const auto *TD = cast<TypedefNameDecl>(D);
        GI.TopAliasNames[TD] = "corogen_alias_" + std::to_string(GI.TopAliasNames.size() + 1) +
                               "_" + TD->getName().str();
      }
    for (const Decl *D : DS->decls())
      Declared.push_back(D);
  }
}

/// The statements whose header Lowering rewrites (GeneratorInfo::Hoisted).
void findHoisted(ASTContext &Ctx, GeneratorInfo &GI) {
  struct Finder : RecursiveASTVisitor<Finder> {
    GeneratorInfo &GI;
    explicit Finder(GeneratorInfo &GI) : GI(GI) {}
    bool declaresFrameLocal(const Stmt *S) const {
      const auto *DS = dyn_cast_or_null<DeclStmt>(S);
      return DS && llvm::any_of(DS->decls(), [&](const Decl *D) {
               const auto *VD = dyn_cast<VarDecl>(D);
               return VD && GI.isFrameLocal(VD);
             });
    }
    bool markedBy(const Stmt *Owner) const {
      return llvm::any_of(GI.Markers, [&](const MarkerSite &M) { return M.Header == Owner; });
    }
    void note(Stmt *S, const Stmt *Init, const Stmt *CondVar) {
      if (markedBy(S) || declaresFrameLocal(Init) || declaresFrameLocal(CondVar))
        GI.Hoisted.push_back(S);
    }
    bool VisitIfStmt(IfStmt *S) {
      if (S->getInit() || S->getConditionVariable())
        note(S, S->getInit(), S->getConditionVariableDeclStmt());
      return true;
    }
    bool VisitSwitchStmt(SwitchStmt *S) {
      if (S->getInit() || S->getConditionVariable())
        note(S, S->getInit(), S->getConditionVariableDeclStmt());
      return true;
    }
    bool VisitWhileStmt(WhileStmt *S) {
      if (S->getConditionVariable())
        note(S, nullptr, S->getConditionVariableDeclStmt());
      return true;
    }
    bool VisitForStmt(ForStmt *S) {
      // (A boxed local's declaration runs again on a resume, which must not
      // test the condition again: it runs before the loop.)
      const auto *Init = dyn_cast_or_null<DeclStmt>(S->getInit());
      if (markedBy(S) || (Init && llvm::any_of(Init->decls(), [&](const Decl *D) {
                            return llvm::is_contained(GI.BoxedLocals, D);
                          })))
        GI.Hoisted.push_back(S);
      return true;
    }
    bool TraverseLambdaExpr(LambdaExpr *) { return true; }
    bool shouldVisitTemplateInstantiations() const { return false; }
  } F(GI);
  (void)Ctx;
  F.TraverseStmt(GI.Function->getBody());
}

} // namespace

void reportCoroutineKeywords(ASTContext &Ctx, Diagnoser &Diags) {
  // clang drops a coroutine expression it cannot type-check, so the
  // keywords are found in the text of each generator's body.
  const SourceManager &SM = Ctx.getSourceManager();
  for (const Decl *D : Ctx.getTranslationUnitDecl()->decls()) {
    const auto *FD = dyn_cast<FunctionDecl>(D);
    if (const auto *FT = dyn_cast<FunctionTemplateDecl>(D))
      FD = FT->getTemplatedDecl();
    if (!FD || !FD->hasBody() || !isGeneratorType(FD->getReturnType()) ||
        !SM.isInMainFile(SM.getFileLoc(FD->getLocation())))
      continue;
    SourceRange Body = FD->getBody()->getSourceRange();
    SourceLocation Loc = SM.getFileLoc(Body.getBegin());
    // The body may end in another file (after an error, or an #include
    // inside it): then this file's text is read to its end.
    SourceLocation EndLoc = SM.getFileLoc(Body.getEnd());
    FileID File = SM.getFileID(Loc);
    unsigned End = SM.getFileID(EndLoc) == File ? SM.getFileOffset(EndLoc)
                                                 : SM.getBufferData(File).size();
    while (Loc.isValid() && SM.getFileOffset(Loc) < End) {
      Token Tok;
      if (Lexer::getRawToken(Loc, Tok, SM, Ctx.getLangOpts(), /*IgnoreWhiteSpace=*/true) ||
          Tok.is(tok::eof) || Tok.getEndLoc() == Loc)
        break;
      // (A raw token's keywords are still identifiers.)
      StringRef Word = Tok.is(tok::raw_identifier) ? Tok.getRawIdentifier() : StringRef();
      if (Word == "co_yield" || Word == "co_await" || Word == "co_return") {
        Diags.report(Tok.getLocation(), DiagKind::CoroutineKeyword) << Word;
        break;
      }
      Loc = Tok.getEndLoc();
    }
  }
}

/// Where the main file includes the file that holds `Loc` (a file
/// location), through as many headers as it takes; `Loc` itself when it is in
/// the main file.
static SourceLocation includeInMainFile(const SourceManager &SM, SourceLocation Loc) {
  for (FileID F = SM.getFileID(Loc); F.isValid() && F != SM.getMainFileID();
       F = SM.getFileID(Loc))
    Loc = SM.getIncludeLoc(F);
  return Loc;
}

/// The first #include that brings text of another file into `Body`, or an
/// invalid location. The body's own braces count too: one in an included
/// file is found through the #include that brings it.
static SourceLocation includeInBody(const SourceManager &SM, const Stmt *Body) {
  SourceLocation Begin = SM.getFileLoc(Body->getBeginLoc());
  SourceLocation End = SM.getFileLoc(Body->getEndLoc());
  FileID Main = SM.getMainFileID();
  if (SM.getFileID(Begin) != Main)
    return includeInMainFile(SM, Begin);
  unsigned BeginOffset = SM.getFileOffset(Begin);
  unsigned EndOffset = SM.getFileID(End) == Main ? SM.getFileOffset(End) : ~0u;
  SourceLocation First;
  unsigned FirstOffset = ~0u;
  for (unsigned I = 1, N = SM.local_sloc_entry_size(); I < N; ++I) {
    const SrcMgr::SLocEntry &Entry = SM.getLocalSLocEntry(I);
    if (!Entry.isFile())
      continue;
    SourceLocation Include = Entry.getFile().getIncludeLoc();
    if (Include.isInvalid() || SM.getFileID(Include) != Main)
      continue;
    unsigned Offset = SM.getFileOffset(Include);
    if (Offset > BeginOffset && Offset < EndOffset && Offset < FirstOffset) {
      First = Include;
      FirstOffset = Offset;
    }
  }
  return First;
}

bool typeHasNameAtTop(QualType T) {
  // Every type it is made of (what a pointer, a reference, an array or a
  // member pointer refers to, a function type's result and parameters, a
  // template specialisation's arguments, through aliases) is named at the
  // top of the function: no lambda's closure, no class or enumeration
  // without a name or inside one without a name, and none of a function's
  // body.
  struct Finder : RecursiveASTVisitor<Finder> {
    bool Unnameable = false;
    bool named(const TagDecl *TD) {
      Unnameable |= !TD->getIdentifier() || TD->getParentFunctionOrMethod();
      for (const DeclContext *DC = TD->getDeclContext(); DC; DC = DC->getParent())
        if (const auto *Outer = dyn_cast<TagDecl>(DC); Outer && !Outer->getIdentifier())
          Unnameable = true;
      return !Unnameable;
    }
    bool argumentsNamed(ArrayRef<TemplateArgument> Args) {
      for (const TemplateArgument &A : Args) {
        if (A.getKind() == TemplateArgument::Pack ? !argumentsNamed(A.pack_elements())
            : A.getKind() == TemplateArgument::Integral ? !TraverseType(A.getIntegralType())
                                                         : !TraverseTemplateArgument(A))
          return false;
      }
      return true;
    }
    bool VisitTagType(TagType *TT) {
      // (A specialisation's canonical type is a record: its arguments are
      // walked here.)
      const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(TT->getDecl());
      return named(TT->getDecl()) && (!Spec || argumentsNamed(Spec->getTemplateArgs().asArray()));
    }
    bool VisitInjectedClassNameType(InjectedClassNameType *IT) { return named(IT->getDecl()); }
  } F;
  F.TraverseType(T.getCanonicalType());
  return !F.Unnameable;
}

std::vector<GeneratorInfo> analyseGenerators(ASTContext &Ctx, Diagnoser &Diags) {
  MarkerFinder Finder(Ctx, Diags);
  Finder.TraverseDecl(Ctx.getTranslationUnitDecl());

  std::vector<GeneratorInfo> Result;
  MarkerClassifier Classifier(Ctx, Diags);
  const SourceManager &SM = Ctx.getSourceManager();
  for (auto &Entry : Finder.Found) {
    const FunctionDecl *FD = Entry.second.first;
    GeneratorInfo GI;
    GI.Function = FD;
    GI.HandleType = FD->getReturnType();
    readSendType(GI.HandleType, GI);
    if (llvm::is_contained(Finder.FunctionTryBlocks, FD)) {
      Diags.report(FD->getBody()->getBeginLoc(), DiagKind::FunctionTryBlock);
      continue;
    }
    if (SourceLocation Include = includeInBody(SM, FD->getBody()); Include.isValid()) {
      Diags.report(Include, DiagKind::IncludeInGenerator);
      continue;
    }
    auto KW = Finder.CoroutineKeywords.find(FD);
    if (KW != Finder.CoroutineKeywords.end()) {
      Diags.report(KW->second, DiagKind::CoroutineKeyword)
          << Lexer::getSourceText(CharSourceRange::getTokenRange(KW->second), SM,
                                  Ctx.getLangOpts());
      continue;
    }
    std::vector<const CallExpr *> Calls = Entry.second.second;
    std::sort(Calls.begin(), Calls.end(), [&](const CallExpr *A, const CallExpr *B) {
      return fileOffset(SM, A->getBeginLoc()) < fileOffset(SM, B->getBeginLoc());
    });
    for (const CallExpr *CE : Calls)
      Classifier.classify(CE, GI);
    groupMarkers(Ctx, GI);
    for (const ParmVarDecl *P : FD->parameters()) {
      if (P->getName().startswith("corogen_"))
        Diags.report(P->getLocation(), DiagKind::ReservedName) << P->getName();
    }
    if (FD->isDependentContext())
      resolveDecltypeOfReferences(FD);
    findLocalNames(Ctx, GI);
    BodyChecker Checker(Ctx, Diags, GI);
    Checker.TraverseStmt(FD->getBody());
    Checker.promoteLocalsLeftByJumps();
    Checker.checkFrameLocals();
    findHoisted(Ctx, GI);
    Result.push_back(std::move(GI));
  }
  return Result;
}

} // namespace corogen
