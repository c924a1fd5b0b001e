//===- Lowering.cpp - From the analysed AST to the state-machine IR -------===//
//
// Part of corogen, under the MIT licence.
//
//===----------------------------------------------------------------------===//

#include "Lowering.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Lex/Lexer.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/raw_ostream.h"

#include <functional>
#include <tuple>

using namespace clang;

namespace corogen {
namespace {
/// Calls `Each(Begin, End, Before)` for each identifier (or keyword) of
/// the text `Text`, [Begin, End), with the text before it, its trailing
/// spaces trimmed (where it ends with `::`, `.` or `->`, the name is looked
/// up in what precedes it).
template <class F> void forEachIdentifier(StringRef Text, F Each) {
  for (size_t I = 0; I < Text.size();) {
    if (isalpha(static_cast<unsigned char>(Text[I])) || Text[I] == '_') {
      size_t J = I;
      while (J < Text.size() && (isalnum(static_cast<unsigned char>(Text[J])) || Text[J] == '_'))
        ++J;
      Each(I, J, Text.take_front(I).rtrim());
      I = J;
    } else {
      ++I;
    }
  }
}

/// Adds to `Words` each identifier (or keyword) of the text `Text` (with
/// `Unqualified`, but those after `::`, which no local name hides).
void addIdentifiers(StringRef Text, llvm::DenseSet<StringRef> &Words, bool Unqualified = false) {
  forEachIdentifier(Text, [&](size_t Begin, size_t End, StringRef Before) {
    if (!Unqualified || !Before.endswith("::"))
      Words.insert(Text.slice(Begin, End));
  });
}

/// Whether `VD`'s initialiser names `VD` itself: `std::function<void(int)>
/// f = [&](int n) { f(n - 1); };`, `void *p = &p;`.
static bool namesItself(const VarDecl *VD) {
  struct Finder : RecursiveASTVisitor<Finder> {
    const VarDecl *Var;
    bool Found = false;
    bool shouldVisitLambdaBody() const { return true; }
    bool VisitDeclRefExpr(DeclRefExpr *R) {
      Found |= R->getDecl() == Var;
      return !Found;
    }
  } F;
  F.Var = VD;
  if (const Expr *Init = VD->getInit())
    F.TraverseStmt(const_cast<Expr *>(Init));
  return F.Found;
}

/// Whether destroying an object of type `T` does something (assumed, when
/// `T` depends on a template parameter).
bool needsDestruction(QualType T) {
  if (T->isReferenceType())
    return false;
  if (T->isDependentType())
    return true;
  return T.isDestructedType() != QualType::DK_none;
}

/// Whether an xvalue of class type `T` can initialise an object of `T`:
/// a move constructor that is not deleted, or, where none takes part in
/// overload resolution (none is declared, or a defaulted one is deleted,
/// [class.copy.ctor] p10), a copy constructor that takes a const
/// reference. (Assumed where the class's declarations do not say: a
/// template's, say.)
bool movableFromXValue(QualType T) {
  const auto *RD = T->getAsCXXRecordDecl();
  if (!RD || !RD->hasDefinition() || T->isDependentType())
    return true;
  RD = RD->getDefinition();
  for (const CXXConstructorDecl *C : RD->ctors()) {
    if (C->isMoveConstructor()) {
      if (!C->isDeleted())
        return true;
      if (!C->isDefaulted())
        return false; // (`= delete`: overload resolution picks it)
    }
  }
  if (RD->needsImplicitMoveConstructor() && !RD->defaultedMoveConstructorIsDeleted())
    return true;
  unsigned Quals = 0;
  for (const CXXConstructorDecl *C : RD->ctors())
    if (C->isCopyConstructor(Quals) && (Quals & Qualifiers::Const) && !C->isDeleted())
      return true;
  if (RD->needsImplicitCopyConstructor())
    return !RD->defaultedCopyConstructorIsDeleted() && RD->implicitCopyConstructorHasConstParam();
  return false;
}

std::string quoted(StringRef S) {
  std::string Out = "\"";
  for (char C : S) {
    if (C == '"' || C == '\\')
      Out += '\\';
    Out += C;
  }
  return Out + "\"";
}


class Lowerer {
public:
  Lowerer(const GeneratorInfo &GI, ASTContext &Ctx, Diagnoser &Diags, GeneratorIR &IR)
      : GI(GI), Ctx(Ctx), SM(Ctx.getSourceManager()), LO(Ctx.getLangOpts()), Diags(Diags),
        IR(IR), BoxedBindings(boxedBindings(GI)) {
    for (const MarkerSite &M : GI.Markers) {
      MarkerByStmt[M.Statement].push_back(&M);
      MarkerCalls.insert(M.Call);
      if (M.Kind == MarkerKind::Yield)
        YieldCalls[M.Call] = &M;
    }
    for (const auto &Entry : GI.MemberTemporaries)
      for (const MaterializeTemporaryExpr *MTE : Entry.second)
        MemberTemporaryOwners[MTE] = Entry.first;
  }

  bool run();

  // The expression walker reports what it finds through these.
  void useOf(const DeclRefExpr *DRE);
  /// The name of `VD` at `Loc` now names its slot `Slot`.
  void useSlotAt(SourceLocation Loc, const VarDecl *VD, int Slot);
  void implicitSelf(SourceLocation Loc);
  /// The name of `RD`, a class of the body, everywhere in its scope: its
  /// own, or, where another declaration of the body has it, an alias that
  /// corogen declares after its definition (aliasedClassStmt).
  std::string className(const CXXRecordDecl *RD);
  llvm::DenseMap<const CXXRecordDecl *, std::string> ClassAliases;
  /// Whether `E`, a name in a member generator of a template that may
  /// name a member of `this`, does: clang reads every qualified name whose
  /// qualifier depends on a template parameter so (`std::is_same<T,
  /// U>::value`), as the qualifier might name a base; `this` is named for
  /// one whose qualifier is a dependent base of the class, as written
  /// (`Base<T>::m`), and for an unqualified one.
  bool isImplicitMember(const CXXDependentScopeMemberExpr *E) const {
    if (!E->isImplicitAccess())
      return false;
    const auto *MD = dyn_cast<CXXMethodDecl>(GI.Function);
    if (!E->getQualifier() || !MD || !MD->getParent()->hasDefinition())
      return true;
    const Type *Q = E->getQualifier()->getAsType();
    return Q && llvm::any_of(MD->getParent()->bases(), [&](const CXXBaseSpecifier &B) {
             return B.getType()->isDependentType() &&
                    Ctx.hasSameUnqualifiedType(B.getType(), QualType(Q, 0));
           });
  }
  void explicitSelf(const CXXThisExpr *E);
  void predefinedName(const PredefinedExpr *E);
  void rethrow(const CXXThrowExpr *E);
  void lambda(const LambdaExpr *E);
  /// `decltype((x))` in the lambda `LE` of a frame variable it does not
  /// capture: spelled as the type C++ gives it, or false where it cannot.
  bool uncapturedDecltype(const LambdaExpr *LE, const VarDecl *VD, bool Nested,
                          SourceLocation Begin, SourceLocation End);
  void lambdaSelfCapture(const LambdaExpr *E);
  // The lambda walker reports what it finds through these.
  /// A use, in a lambda, of `VD`, which the lambda keeps in a capture_box;
  /// `Const`: the lambda that holds the copy is not mutable.
  void useBox(const DeclRefExpr *DRE, bool Const);
  /// A nested lambda's explicit capture of a variable kept in a box.
  void recaptureBox(const LambdaCapture &C);
  /// `decltype(x)` in a lambda, where `x` names a frame variable: the type
  /// it was declared with; false if `TL` is not one.
  /// (`InExpression`: written in an expression or a type that is not a
  /// frame local's, where a `decltype` in a macro's body is left to the
  /// use of the name it holds, where that names the same type.)
  bool declaredType(DecltypeTypeLoc TL, bool InExpression = false);
  /// `decltype(x)` of a boxed local: the type of the object (the body's `x`
  /// is a reference to it); false if `TL` is not one.
  bool boxedType(DecltypeTypeLoc TL);
  /// A frame constant of integral or enumeration type whose value a lambda
  /// reads without capturing it: replaced by that value; false if `DRE` is
  /// not one.
  bool constantValue(const DeclRefExpr *DRE);
  /// Where C++ reads a constant of the generator for its value alone (a
  /// constant expression; a class of the body's function): a frame local
  /// or a boxed one, replaced by its value (constantValue), or, of a type
  /// that depends on a template parameter, by its initialiser's
  /// (dependentConstant); false if `DRE` is not one.
  bool readAsConstant(const DeclRefExpr *DRE) {
    if (frameSlot(DRE->getDecl()) < 0 && !isBoxed(DRE->getDecl()))
      return false;
    QualType T = DRE->getType();
    if (T->isDependentType())
      return dependentConstant(DRE, nullptr);
    // (`const int d = sizeof(T);`: of a known type, but a value that
    // depends on a template parameter.)
    return T->isIntegralOrEnumerationType() &&
           (constantValue(DRE) || dependentConstant(DRE, nullptr));
  }
  /// The value of the constant `DRE` names, if constantValue can use it.
  const APValue *readConstant(const DeclRefExpr *DRE) const;
  /// The value `V` of the constant `DRE` names, as a literal of its type.
  std::string constantLiteral(const DeclRefExpr *DRE, const APValue &V) const;
  /// The value of the constant of the body `DRE` names, as text that a
  /// constant expression may hold in its place (in the lambda `LE`): a
  /// literal, or, where it depends on a template parameter, its
  /// initialiser's text; empty where it has none.
  /// AtTop: at the top of the function, outside the body, where the
  /// frame's types are.
  std::string constantText(const DeclRefExpr *DRE, const LambdaExpr *LE,
                           bool AtTop = false) const {
    if (const APValue *V = readConstant(DRE))
      return constantLiteral(DRE, *V);
    return dependentConstantValue(DRE, LE, AtTop);
  }
  /// A frame constant whose value depends on a template parameter, which
  /// the lambda `LE` reads without capturing it: replaced by its
  /// initialiser's value; false where that cannot be.
  bool dependentConstant(const DeclRefExpr *DRE, const LambdaExpr *LE);
  /// What dependentConstant replaces `DRE` with ("" where it cannot).
  std::string dependentConstantValue(const DeclRefExpr *DRE, const LambdaExpr *LE,
                                     bool AtTop = false) const;
  /// Whether `D`, declared in the body, is in scope at the offset `At`:
  /// declared before it, in a block, statement, lambda or class that holds
  /// it (a class's members in all of the class).
  bool inScopeAt(const Decl *D, Offset At) const;
  llvm::DenseSet<const DeclRefExpr *> ConstantsRead;
  /// A constant whose value depends on a template parameter, read where a
  /// declaration hides what its initialiser's text names: the body
  /// declares a `static constexpr` copy of it just before its declaration
  /// (at At), named Name, which the readers name (dependentConstantValue).
  struct ConstantCopy {
    std::string Name, Declaration;
    Offset At = 0;
  };
  mutable llvm::MapVector<const VarDecl *, ConstantCopy> ConstantCopies;
  /// Whether `DRE` reads a constant through its copy.
  bool readsConstantCopy(const DeclRefExpr *DRE) const {
    const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
    std::string Text = VD && frameSlot(VD) >= 0 ? dependentConstantValue(DRE, nullptr) : "";
    return ConstantCopies.count(VD) && Text == ConstantCopies.find(VD)->second.Name;
  }
  /// `decltype(p)` of a parameter pack of the generator, which stays as
  /// written: it names the function's parameter, whose declared type it is.
  bool packDeclaredType(DecltypeTypeLoc TL) const {
    const auto *DRE = dyn_cast<DeclRefExpr>(TL.getUnderlyingExpr());
    return DRE && isPack(DRE->getDecl());
  }
  bool isPack(const ValueDecl *D) const {
    const auto *VD = dyn_cast_or_null<VarDecl>(D);
    return VD && PackSlotOf.count(VD);
  }
  /// `decltype(x)` where `x` is a structured binding kept in the frame: the
  /// type it names in the source (a use of `x` would name an lvalue); false
  /// if `TL` is not one.
  bool bindingType(DecltypeTypeLoc TL);
  /// What `decltype(b)` names, spelled for the body, of binding `B` kept in
  /// the frame (`T`: its type as clang sees it); "" where the body declares
  /// `b` again, whose decltype says it.
  std::string bindingDeclaredType(const BindingDecl *B, QualType T) const;
  /// Whether `decltype(x)` (TL, x being DRE) stands in a macro's body,
  /// where it cannot be rewritten: reported.
  bool decltypeInMacro(DecltypeTypeLoc TL, const DeclRefExpr *DRE);
  /// A `decltype(auto)` local of a template kept in a box as a bound_value
  /// (BoxBinding::BoundDeclared).
  bool isBoundDeclared(const VarDecl *VD) const {
    return !VD->getType()->isReferenceType() && llvm::is_contained(GI.BoundReferences, VD);
  }
  /// The name of the body's reference to the bound_value that keeps such
  /// a local.
  std::string boundName(const VarDecl *VD) {
    auto It = BoundNames.find(VD);
    if (It == BoundNames.end())
      It = BoundNames.try_emplace(VD, mintName(("bound_" + VD->getName()).str())).first;
    return It->second;
  }
  llvm::DenseMap<const VarDecl *, std::string> BoundNames;
  /// The slot of the runtime's kept_reference that keeps a reference of a
  /// template (GeneratorInfo::KeptReferences), by the reference.
  llvm::DenseMap<const VarDecl *, int> KeptReferenceSlot;
  /// Whether `D` is a boxed local (GeneratorInfo::BoxedLocals): the body
  /// keeps its name, so it is not in SlotOf.
  bool isBoxed(const ValueDecl *D) const {
    const auto *VD = dyn_cast_or_null<VarDecl>(D);
    return VD && llvm::is_contained(GI.BoxedLocals, VD);
  }
  /// The slot of a local or parameter of the generator, or -1.
  int frameSlot(const ValueDecl *D) const {
    const auto *VD = dyn_cast_or_null<VarDecl>(D);
    if (auto It = SlotOf.find(VD); It != SlotOf.end())
      return It->second;
    auto It = ParamSlotOf.find(VD);
    return It == ParamSlotOf.end() ? -1 : It->second;
  }

private:
  // Frame layout.
  void layoutHeader();
  void layoutParameters();
  int addLocalSlot(const VarDecl *VD);
  /// The `alignas(...)` of a frame member for `VD`, declared with an
  /// alignment beyond its type's; refused where corogen cannot spell it.
  std::string alignmentOf(const VarDecl *VD);
  /// A boxed local (GeneratorInfo::BoxedLocals): its slot, its region, and
  /// the rewrite of its declaration; returns the slot.
  int lowerBoxed(const DeclStmt *DS, const VarDecl *VD, Offset SplitFrom);
  /// How a box keeps what the glvalue `Init` (as written) is: its address,
  /// bound again as an lvalue or as an xvalue.
  static BoxBinding addressBinding(const Expr *Init) {
    return Init->IgnoreImplicit()->isXValue() ? BoxBinding::Xvalue : BoxBinding::Address;
  }
  /// How `E` keeps the value of the condition `Cond` of a switch, whose
  /// type depends on a template parameter: as decltype of its text names
  /// it, or, where it holds a lambda (which decltype may not hold before
  /// C++20), through a never-called lambda at the top (deducedOf); either
  /// way in the runtime's switch_condition.
  void dependentSwitchType(const Expr *Cond, BodyEdit &E) {
    if (!holdsLambda(Cond)) {
      E.CondTypeOfText = true;
      return;
    }
    // (The Hoist of the switch and the Suspend that keeps its value both
    // name it: one lambda.)
    std::string &Type = SwitchTypes[Cond];
    if (Type.empty())
      Type = "typename ::corogen::detail::switch_condition<" + deducedOf(Cond, IR.Preamble) +
             " >::type";
    E.CondType = Type;
  }
  llvm::DenseMap<const Expr *, std::string> SwitchTypes;
  /// The init-captures (BodyEdit::Captures) for the names of boxed
  /// structured bindings in `E`, in their order, and the declarations that
  /// declare others again (BodyEdit::Rebinds), where `E` needs the bindings
  /// themselves (wrappedBindings).
  void bindingCaptures(const Expr *E, BodyEdit &Edit) const {
    WrappedBindings Wrapped = wrappedBindings(GI, E, BoxedBindings);
    for (const BindingDecl *B : Wrapped.Captured)
      Edit.Captures += ", &" + B->getName().str() + " = " + B->getName().str();
    // (Each boxed structured binding is lowered before the text after it.)
    for (const DecompositionDecl *DD : Wrapped.Declared)
      Edit.Rebinds += Rebindings.lookup(DD) + " ";
  }
  /// A boxed structured binding's bindings declared again, bound to its
  /// boxed object, as the body declares them on each resume: `auto &[a, b]
  /// = corogen_bindings_object;`.
  llvm::DenseMap<const DecompositionDecl *, std::string> Rebindings;
  /// Where the bindings `[a, b]` of `DD` end, after the `]`.
  Offset bindingsEnd(const DecompositionDecl *DD) const;
  /// A new region of a boxed local, in the innermost one, whose declaration
  /// is at `At`.
  /// Adds `R` to IR.Trys as a new region inside the innermost one, entered
  /// with the live slots as they are; returns it as added.
  TryRegion addRegion(TryRegion R);
  TryRegion boxRegion(Offset At);
  /// A new slot holding a `box`, named after `Name`.
  int addBoxSlot(StringRef Name, StringRef SourceName, SourceLocation Loc);
  /// The box slot of the local `VD`; for a structured binding, fills
  /// `Boxed`, how its bindings are named again.
  int addBoxSlotOf(const VarDecl *VD, BoxBindings &Boxed);
  /// A range-for whose range and iterators are kept in boxes
  /// (GeneratorInfo::BoxedRangeFors).
  void lowerBoxedRange(const CXXForRangeStmt *RF, BodyEdit &E);
  /// The SplitDeclaration of `DS`, if it needs one; returns where it starts
  /// (0: none).
  Offset splitDeclaration(const DeclStmt *DS);
  /// Whether `VD` is a structured binding declared `auto &`, `const auto &`
  /// or `auto &&` whose type depends on a template parameter.
  bool isBoundReference(const VarDecl *VD) const {
    return isa<DecompositionDecl>(VD) && VD->getType()->isReferenceType() &&
           llvm::is_contained(GI.AutoFromInit, VD);
  }
  int addHiddenSlot(StringRef Name, QualType T, bool IsReference, SourceLocation Loc);
  int addSpelledSlot(StringRef Name, StringRef Type, SourceLocation Loc);
  std::string spellType(QualType T) const;
  /// `Printed`, T printed, with the aliases of the body the top declares
  /// under names of their own (GeneratorInfo::TopAliasNames) so named.
  std::string withTopAliases(std::string Printed, QualType T) const;
  /// The text that declares at the top what `DS`, one of
  /// GeneratorInfo::LocalNames, declares in the body.
  std::string topText(const DeclStmt *DS) const;
  /// The name of a parameter pack that the pattern of a pack expansion
  /// expands ("" if none is found).
  std::string expandedPack(const Expr *Pattern) const;
  std::string spellAutoFromInit(const VarDecl *VD, std::string &Preamble);
  /// `decltype((e))` for an initialiser or range `e` in a template, spelled
  /// where the frame's types are: from its text with the locals made
  /// lvalues of their types, or, where that cannot be (namesThroughHelper),
  /// through a lambda declared in Preamble.
  /// (Replaced: text to stand for ranges of E's, in place of E's own.)
  using TextReplacement = std::pair<std::pair<Offset, Offset>, std::string>;
  std::string deducedOf(const Expr *E, std::string &Preamble,
                        ArrayRef<TextReplacement> Replaced = {});
  /// A never-called lambda, declared in Preamble, whose parameters are the
  /// locals and bindings that `E`'s text names (as lvalues of their types)
  /// and whose body is `Body` of that text; returns the call's arguments,
  /// in parentheses, after its name.
  std::string helperLambda(const Expr *E, llvm::function_ref<std::string(StringRef)> Body,
                           std::string &Preamble, ArrayRef<TextReplacement> Replaced = {});
  /// The bound of `VD`, an array whose bound its braced list gives, where
  /// brace elision may make fewer elements than the list has
  /// (elidingArrayList): as the instantiation counts it, in a helper lambda
  /// that declares such an array from the list's text. Empty where none
  /// may.
  std::string elidedBound(const VarDecl *VD, std::string &Preamble);
  /// The runtime's check, at instantiation, that `Base`, the object whose
  /// member a reference or a range-for's range of a template binds, is no
  /// temporary (GeneratorInfo::TemporaryPartChecks), for a Preamble.
  std::string temporaryPartCheck(const Expr *Base, std::string &Preamble);
  /// A reference of a template bound to a member of an object of a
  /// dependent type, `make<T>().first` (GeneratorInfo::TemporaryPartChecks),
  /// kept by a kept_reference or a bound_reference made from its
  /// initialiser's text: the object, in a slot of its own made first
  /// (E.PartSlot), the runtime's bound_value, which keeps a prvalue's object,
  /// as C++ keeps the whole temporary, or else its address; the reference
  /// binds to the member of what it holds, `corogen_r_object.get().first`.
  void keepPartObject(const VarDecl *VD, int Slot, BodyEdit &E) {
    const Expr *Object = temporaryPartOf(VD);
    if (!Object)
      return;
    std::string Preamble;
    std::string Of = deducedOf(Object, Preamble);
    std::string Name =
        isa<DecompositionDecl>(VD) ? "bindings_object" : (VD->getName() + "_object").str();
    E.PartSlot = addSpelledSlot(Name, "::corogen::detail::bound_value<" + Of + " >",
                                VD->getLocation());
    IR.Slots[E.PartSlot].Preamble = Preamble;
    DeclaredAt[E.PartSlot] = DeclaredAt.lookup(Slot);
    constructed(E.PartSlot);
    setPart(E, Object);
  }
  /// E.PartBegin and E.PartEnd: the object's text.
  void setPart(BodyEdit &E, const Expr *Object) const {
    E.PartBegin = off(SM.getFileLoc(Object->getBeginLoc()));
    E.PartEnd = offAfter(fileEndLoc(SM, Object->getEndLoc()));
  }
  /// The object whose member `VD` binds (TemporaryPartChecks), or null.
  const Expr *temporaryPartOf(const VarDecl *VD) const {
    for (const auto &Part : GI.TemporaryPartChecks)
      if (Part.first == VD)
        return Part.second;
    return nullptr;
  }
  /// TemporaryPartChecks' check for `VD`, if it has one, added to the
  /// Preamble of its slot.
  void checkTemporaryPart(const VarDecl *VD, int Slot) {
    // (A reference kept by a kept_reference, or a structured binding's by
    // a bound_reference, keeps the object instead, keepPartObject; so does
    // a `decltype(auto)` local's box, lowerBoxed.)
    if ((!IR.Slots[Slot].IsBoxed &&
         (isBoundReference(VD) ||
          (IR.Slots[Slot].IsReference && llvm::is_contained(GI.KeptReferences, VD)))) ||
        (IR.Slots[Slot].IsBoxed && isBoundDeclared(VD)))
      return;
    for (const auto &Check : GI.TemporaryPartChecks)
      if (Check.first == VD) {
        std::string &Preamble = IR.Slots[Slot].Preamble;
        Preamble += temporaryPartCheck(Check.second, Preamble);
      }
  }
  unsigned NextInit = 1;
  /// What a local declared with `T` (`auto`, `const auto`, `auto &`, ...)
  /// deduces from an expression whose decltype is `Of`; a structured
  /// binding's hidden object (`Binding`) copies an array.
  std::string spellDeduced(QualType T, StringRef Of, bool Binding) const;
  /// The text of `E`, spelled where the frame's types are (see inside).
  /// (Replaced: text to stand for ranges of E's, in place of E's own.)
  std::string unevaluatedText(const Expr *E, bool Helper = false,
                              std::vector<const ValueDecl *> *Named = nullptr,
                              TypeLoc TL = TypeLoc(), bool Constant = false,
                              ArrayRef<TextReplacement> Replaced = {}) const;
  /// decltype of a value fold, or a call with an expansion, whose pattern
  /// holds a marker: `auto total = (0 + ... + int(CORO_YIELD(ts)));`.
  std::string valueFoldType(const MarkerSite &M, std::string &Preamble);
  /// A fold's pattern, where it holds more than the marker
  /// (MarkerSite::FoldPattern), else the marker's macro call: its range in
  /// the file, and the type of its value.
  std::pair<Offset, Offset> patternRange(const MarkerSite &M) const;
  QualType patternType(const MarkerSite &M) const;
  /// Whether the values of a call's expansion are of a type that depends
  /// on a template parameter, kept in the runtime's fold_tuple, one type
  /// per element, and elementPatternType, that type, decltype of the
  /// pattern's text (a pattern of the pack).
  bool foldTuple(const MarkerSite &M) const;
  /// Whether such a call's values are objects beside operands that the
  /// pattern keeps (BodyEdit::ValuesKept).
  bool keptValues(const MarkerSite &M) const;
  std::string elementPatternType(const MarkerSite &M, std::string &Preamble);
  /// A type that names the element of the fold's pack, in a pattern of it
  /// that the frame spells, `per_element<T, decltype(ts)>...`: decltype of
  /// a pack of parameters or of constants, a type pack's name.
  std::string packElement(const MarkerSite &M) const;
  /// The type written for `VD`, a TypeFromText local (without its outer
  /// reference with DropReference), spelled where the frame's types are.
  std::string typeFromText(const VarDecl *VD, bool DropReference) const;
  /// `decltype(x)` of a local or a binding of the body: the type it names,
  /// spelled where the frame's types are ("" for any other decltype).
  std::string declaredTypeOf(DecltypeTypeLoc TL) const;
  /// The type of a structured binding's name in an expression, an lvalue
  /// of its referenced type.
  std::string bindingLvalueType(const BindingDecl *B) const;
  /// Set by unevaluatedText to the name of a local of the body that stands
  /// in a constant expression (a template argument, an array's bound) and
  /// is no constant whose value it can spell.
  mutable std::string UnspelledConstant;
  /// What deducedOf gave for each AutoFromInit local.
  llvm::DenseMap<const VarDecl *, std::string> DeducedOf;
  /// The type of a local of the body named in an expression (an lvalue of
  /// its type), spelled where the frame's types are: through its slot's
  /// alias, or as written.
  std::string localLvalueType(const VarDecl *VD) const;
  std::string mintName(StringRef Base);

  // The walk over the body.
  void lowerStmt(const Stmt *S);
  void lowerChildren(const Stmt *S);
  /// (`Constant`: E is a constant expression, whose constants of the
  /// generator are read as their values.)
  void lowerExpr(const Stmt *E, bool Constant = false);
  /// The frame names in a written type (decltype, array bounds).
  void lowerType(const TypeSourceInfo *TSI);
  void lowerCompound(const CompoundStmt *CS);
  void lowerDeclStmt(const DeclStmt *DS);
  void lowerConstruct(const DeclStmt *DS, const VarDecl *VD, int Slot);
  /// Makes the bindings of a structured binding in the frame usable after
  /// its object's construction, which ends at `After` (0: a range-for's
  /// loop variable, made at the top of each iteration). `Of`: for one whose
  /// type depends on a template parameter and is deduced, decltype of what
  /// it is deduced from.
  void lowerBindings(const DecompositionDecl *DD, int Slot, Offset After, StringRef Of = "");
  /// Binding `Index` of the `DD` whose object is in Slot, kept by the
  /// runtime's `binding`; `Lvalue` says whether the object is an lvalue
  /// reference; `Accessor`, the lambda that reaches a class's members (or
  /// "": the runtime's, which has up to MaxDependentBindings names).
  int runtimeBinding(const DecompositionDecl *DD, const BindingDecl *B, unsigned Index, int Slot,
                     Offset After, StringRef Lvalue, StringRef Accessor = "");
  /// `[[maybe_unused]] auto &&[a, b] = ::corogen::detail::rebound(<Object>
  /// <Bindings>);`: the names of `DD` declared again, `Bindings` being `,
  /// binding` for each.
  std::string reboundDeclaration(const DecompositionDecl *DD, const std::string &Object,
                                 const std::string &Bindings) const {
    return "[[maybe_unused]] auto &&" + text(off(DD->getLocation()), bindingsEnd(DD)) +
           " = ::corogen::detail::rebound(" + Object + Bindings + ");";
  }
  /// Declares, in Slot's preamble, the lambda through which the runtime's
  /// bindings of `DD` reach a class's members; returns its name.
  std::string memberAccessor(const DecompositionDecl *DD, int Slot);
  unsigned NextMembers = 1;
  void lowerFor(const ForStmt *FS, const std::vector<const MarkerSite *> *Markers = nullptr);
  /// An `if`, `switch` or `while` whose init-statement and condition
  /// variable run before it (GeneratorInfo::Hoisted).
  void lowerHoisted(const Stmt *S);
  /// `RangeGroup`: the group of the markers in its range (0: none).
  void lowerRangeFor(const CXXForRangeStmt *RF,
                     const std::vector<const MarkerSite *> *RangeMarkers = nullptr);
  /// Returns what an `auto` loop variable deduces from (decltype of
  /// `*begin`).
  std::string lowerDependentRange(const CXXForRangeStmt *RF, BodyEdit &E);
  void lowerKnownRange(const CXXForRangeStmt *RF, BodyEdit &E, const VarDecl *RangeVar,
                       const VarDecl *BeginVar, const VarDecl *EndVar);
  void finishRangeFor(const CXXForRangeStmt *RF, BodyEdit &E, const Stmt *Body);
  void lowerJumpTarget(const Stmt *S, bool IsLoop);
  void lowerTry(const CXXTryStmt *TS);
  void lowerHandler(const CXXCatchStmt *CS);
  void lowerJump(const Stmt *S, bool IsBreak);
  /// Lowers the markers of one statement; returns the first state they
  /// make (0 if none).
  unsigned lowerMarkers(const std::vector<const MarkerSite *> &Ms);
  void lowerMarker(const MarkerSite &M);
  void lowerValueFold(const MarkerSite &M, BodyEdit &E);
  void lowerRunningFold(const MarkerSite &M, const CXXFoldExpr &FE, BodyEdit &E);
  /// A new suspension point at `M`, and its Suspend edit.
  BodyEdit suspendEdit(const MarkerSite &M);
  /// The slot keeping the temporary range of a delegation whose value is
  /// dropped, or -1.
  int temporaryRangeSlot(const MarkerSite &M);
  /// What the markers of one full-expression share while they are lowered.
  struct GroupState {
    unsigned First = 0;
    /// The operands kept so far, and their slots.
    llvm::DenseMap<const Stmt *, int> Kept;
    /// The kept slots with destructors, innermost first.
    std::vector<int> Cleanup;
    /// How many guards (&&, ||, ?:) the operand being kept lies under.
    unsigned GuardDepth = 0;
    /// The flags of the member temporaries kept on one side of a condition
    /// (keepMemberTemporary), set false before the group runs.
    std::vector<int> MemberFlags;
    /// The index in IR.Edits of each earlier marker's Suspend edit.
    llvm::DenseMap<const MarkerSite *, size_t> SuspendEditOf;
  };
  /// Registers the kept slot `Slot`, which has a destructor, in the
  /// unwinding chain and for destruction at the end of the full-expression;
  /// one made under a guard gets a flag (FrameSlot::MadeFlag).
  void keepDestructible(int Slot, GroupState &GS, SourceLocation Loc);
  /// Gives `Slot`, made on one side of a condition only, the bool slot that
  /// says whether it was made (FrameSlot::MadeFlag), which its destruction
  /// and the unwinding chain's step for it test; returns the flag's slot.
  int addMadeFlag(int Slot, SourceLocation Loc) {
    int Flag = addHiddenSlot("made", Ctx.BoolTy, false, Loc);
    IR.Slots[Slot].MadeFlag = Flag;
    return Flag;
  }
  /// The runtime's check, beside a slot's alias, that `Type`, which `VD`'s
  /// braced list makes where only the instantiation shows what it
  /// initialises, is no aggregate whose temporaries the frame cannot keep
  /// (makesBracedAggregate); empty where none is needed.
  static std::string bracedLocalCheck(const VarDecl *VD, const std::string &Type) {
    bool NestsList = false;
    if (!makesBracedAggregate(VD, &NestsList))
      return "";
    return " static_assert(::corogen::detail::braced_local<" + Type +
           (NestsList ? ", true" : "") + ">::value, \"\");";
  }
  /// Reports that `Operand`, evaluated before marker `M`, cannot be kept
  /// across its suspension, and why (`Why`, for MarkerOperandUnsupported;
  /// other kinds say it themselves); returns false.
  bool refuseOperand(const MarkerSite &M, const Expr *Operand, StringRef Why,
                     DiagKind Kind = DiagKind::MarkerOperandUnsupported);
  /// For a variable of the generator whose type depends on a template
  /// parameter, named alone as an operand that C++ may evaluate after the
  /// marker: the type its kept address points to ("" for anything else).
  std::string dependentVariableType(const Expr *Operand) const;
  /// Whether C++ does not order `Operand` before a marker beside it: an
  /// argument of a call, or an operand of an operator that sequences
  /// neither of its operands first.
  bool unorderedOperand(const Expr *Operand) const;
  /// `decltype(x)` of a variable of the generator, spelled where the body
  /// is ("" where it cannot be).
  std::string declaredTypeOf(const VarDecl *X);
  /// Whether `E` is a member (a data member, or an enumerator or static
  /// member named through it) of a variable or of `this`, through `.` (or
  /// `this->`) only: it names the same entity wherever it is evaluated.
  static bool isMemberOfVariable(const Expr *E);
  /// Whether `Operand` is the object of a call, through `.`, of a member
  /// function in every class its type may turn out to be of.
  bool objectOfMemberFunctionCall(const Expr *Operand) const;
  /// The expression that evaluates `Operand`, through parentheses and
  /// implicit conversions (`Object`: the child it holds, if asked).
  const Stmt *memberAccessOf(const Expr *Operand, const Expr **Object = nullptr) const;
  /// The left of a built-in comma before a marker on its right: run before
  /// the suspension, its value dropped, its temporaries kept.
  bool discard(const Expr *Operand, const MarkerSite &M, BodyEdit &Suspend, GroupState &GS);
  /// Lowers the nested markers of one full-expression, in the order they run.
  void lowerNested(const std::vector<const MarkerSite *> &Ms);
  /// Keeps the operands that a nested marker's full-expression evaluates
  /// before it; false after a diagnostic.
  bool spillOperands(const MarkerSite &M, BodyEdit &Suspend, GroupState &GS);
  /// Adds to Before the operands that the element `Init` of a braced list
  /// (before a marker's) evaluates, in order; false when one cannot be kept.
  bool listElements(const Expr *Init, const MarkerSite &M, std::vector<const Expr *> &Before);
  /// Of an operand whose type `T` the frame cannot name (`Kept`: what of it
  /// is kept), the expression whose text the frame can keep in a box:
  /// making the same type wherever it is written again, and no temporary;
  /// null if none.
  const Expr *unnameableOperandSource(const Expr *Operand, const Expr *Kept, QualType T) const;
  /// Whether the text of `E` (which holds a lambda-expression), rewritten,
  /// means the same in a member function of the frame as in the body: what
  /// it names of the generator is frame locals and parameters, which are
  /// members of the frame, and no local, type, enumerator or function that
  /// the body declares outside it; and no init-capture in it makes a
  /// temporary.
  bool textMovesToMember(const Expr *E) const;
  /// Whether a lambda-expression captures nothing by copy (nor in an
  /// init-capture): making its closure reads no value.
  static bool capturesByReferenceOnly(const LambdaExpr *L);
  /// Keeps `Operand` in a new hidden slot of type `T` (by value, or by
  /// address), made before the suspension `Suspend` as `Init` says and read
  /// after it (as an xvalue; through checked_operand where `Checked`).
  void keepInSlot(const Expr *Operand, const BodyEdit &Suspend, GroupState &GS, int Guard,
                  QualType T, bool ByValue, InitStyle Init, bool XValue, bool Checked);
  bool spill(const Expr *Operand, const MarkerSite &M, BodyEdit &Suspend, GroupState &GS,
             int Guard);
  /// Whether `MTE`, a temporary of marker `M`'s full-expression, lives on
  /// after it: bound to a reference that a variable of the statement
  /// extends it with (a reference local, or a reference member of an
  /// aggregate it makes, also where only g++ extends it).
  bool extendedByVariable(const MaterializeTemporaryExpr *MTE, const MarkerSite &M) const;
  /// The frame local whose aggregate's reference member keeps `MTE` alive
  /// (GeneratorInfo::MemberTemporaries), or null.
  const VarDecl *memberTemporaryOwner(const MaterializeTemporaryExpr *MTE) const {
    return MemberTemporaryOwners.lookup(MTE);
  }
  llvm::DenseMap<const MaterializeTemporaryExpr *, const VarDecl *> MemberTemporaryOwners;
  /// Keeps such a temporary, made before marker `M` of its local's
  /// initialiser, in its slot from there on: an operand of its own (Spill)
  /// when `Operand`, else made inside a kept operand's text (Temporary).
  /// It is not destroyed with the statement's temporaries but after the
  /// local (keepMemberTemporaries takes the slot up); one made on one side
  /// of a condition only gets a made-flag. False after a diagnostic.
  bool keepMemberTemporary(const MaterializeTemporaryExpr *MTE, bool Operand, const MarkerSite &M,
                           BodyEdit &Suspend, GroupState &GS,
                           llvm::function_ref<bool(StringRef)> Refuse);
  /// How edit `E` makes member temporary `MTE` in slot `E.Slot` (its
  /// text's range, its initialisation, the reference type it is used as).
  void makeMemberTemporary(const MaterializeTemporaryExpr *MTE, BodyEdit &E);
  /// A slot for member temporary `MTE` of `VD`: of its type, or a box
  /// (GeneratorInfo::BoxedMemberTemporaries).
  int memberTemporarySlot(const VarDecl *VD, const MaterializeTemporaryExpr *MTE);
  /// The slots of member temporaries made before a marker of their local's
  /// initialiser (keepMemberTemporary).
  llvm::DenseMap<const MaterializeTemporaryExpr *, int> KeptMemberTemporaries;
  /// Keeps in the frame the temporaries that evaluating a kept operand makes
  /// under `S` (they live to the end of the statement); false after a
  /// diagnostic. `InitsParam`: `S` initialises a by-value parameter.
  bool keepTemporaries(const Stmt *S, bool InitsParam, const MarkerSite &M, BodyEdit &Suspend,
                       GroupState &GS, llvm::function_ref<bool(StringRef)> Refuse);
  /// How a slot of type `T` is initialised from the text of `E`: directly
  /// from a prvalue of its type, else by copy-initialisation.
  InitStyle initStyleFor(const Expr *E, QualType T) const;
  bool isImmutable(const Expr *E) const;
  void lowerReturn(const MarkerSite &M);

  // Scopes: the frame locals each holds, and the live slot at its entry.
  struct Scope {
    std::vector<int> Slots;
    unsigned LiveAtEntry = 0;
    const Stmt *Owner = nullptr; ///< the statement that opened it
    /// The regions of boxed locals declared in it, which end with it.
    unsigned BoxRegions = 0;
  };
  void pushScope(const Stmt *Owner) { Scopes.push_back(Scope{{}, Live, Owner}); }
  /// The scopes (by owner, outermost first) around `S`.
  std::vector<const Stmt *> scopeChain(const Stmt *S) const;
  bool opensScope(const Stmt *S) const {
    return isa<CompoundStmt, ForStmt>(S) ||
           (isa<IfStmt, SwitchStmt, WhileStmt>(S) && llvm::is_contained(GI.Hoisted, S)) ||
           (isa<CXXForRangeStmt>(S) &&
            llvm::is_contained(GI.SuspendingRangeFors, cast<CXXForRangeStmt>(S)));
  }
  void lowerGoto(const GotoStmt *GS);
  bool endsInJump(const CompoundStmt *CS) const;
  /// Whether `DS` declares the condition variable of an `if`, a `switch`
  /// or a loop.
  bool isConditionVariable(const DeclStmt *DS) const {
    DynTypedNodeList Parents = Ctx.getParents(*DS);
    return !Parents.empty() && isConditionVariableOf(Parents[0].get<Stmt>(), DS);
  }
  /// Whether the `for` loop's condition variable lives across a suspension
  /// or has a marker in its initialiser: the loop is rebuilt so that the
  /// variable is made at the top of each iteration (lowerForCondition).
  bool rebuildsCondition(const ForStmt *F) const {
    const DeclStmt *DS = F->getConditionVariableDeclStmt();
    return DS && (GI.isFrameLocal(F->getConditionVariable()) || MarkerByStmt.count(DS) ||
                  MarkerByStmt.count(F));
  }
  void lowerForCondition(const ForStmt *FS, const std::vector<const MarkerSite *> *IncMarkers);
  /// Lowers an init-statement that runs before its rewritten statement, at
  /// [Begin, End) (its `;` included); returns its markers' group (0: none).
  unsigned lowerHeaderInit(const Stmt *Init, Offset &Begin, Offset &End);
  /// Lowers the condition variable of a rewritten statement into H: where
  /// it stands (ArgBegin, ArgEnd), its markers' group (PairGroup), its slot
  /// or, not in the frame, its name (Slot, Text).
  void lowerConditionVariable(const DeclStmt *DS, BodyEdit &H);
  /// Whether `S` is the unbraced body of an `if`, a loop or a `switch`
  /// (maybe after labels): a declaration there that suspends before it is
  /// made gets braces, so that the suspension stays in the body.
  bool isUnbracedBody(const Stmt *S) const {
    DynTypedNodeList Parents = Ctx.getParents(*S);
    const Stmt *P = Parents.empty() ? nullptr : Parents[0].get<Stmt>();
    if (!P || isa<CompoundStmt>(P))
      return false;
    if (isa<LabelStmt, CaseStmt, DefaultStmt>(P))
      return isUnbracedBody(P);
    return isBodyOf(P, S);
  }
  unsigned NextStep = 1;
  /// Registers a constructed slot in the innermost scope.
  void constructed(int Slot);
  /// Makes `S` the innermost place of the unwinding chain, linked to the
  /// one that was (a new LiveId).
  void enterChain(FrameSlot &S);
  /// Enters a box's region, to the end of the innermost scope.
  void enterBoxRegion(unsigned Region) {
    TryStack.push_back(Region);
    ++Scopes.back().BoxRegions;
  }
  /// Constructs PendingSlots, and enters PendingRegions, in the innermost
  /// scope.
  void enterPending() {
    for (int Slot : PendingSlots)
      constructed(Slot);
    PendingSlots.clear();
    for (unsigned Region : PendingRegions) {
      IR.Trys[Region - 1].LiveAtEntry = Live;
      enterBoxRegion(Region);
    }
    PendingRegions.clear();
  }
  /// The slots to destroy when leaving the scopes from `Depth` inwards,
  /// innermost first.
  std::vector<int> slotsToLeave(size_t Depth) const;
  void popScope() {
    Live = Scopes.back().LiveAtEntry;
    TryStack.resize(TryStack.size() - Scopes.back().BoxRegions);
    Scopes.pop_back();
  }

  Offset off(SourceLocation L) const { return fileOffset(SM, L); }
  /// The main file's text [Begin, End).
  std::string text(Offset Begin, Offset End) const {
    return SM.getBufferData(SM.getMainFileID()).slice(Begin, End).str();
  }
  Offset offAfter(SourceLocation L) const { return fileOffsetAfterToken(SM, LO, L); }
  /// The offset just past the `;` that ends a statement ending at `L`.
  Offset offAfterSemi(SourceLocation L) const;
  /// The offset just past the end of the statement `S`, its `;` included.
  Offset stmtEnd(const Stmt *S) const;
  /// Whether the token at `L` is not written in the file where an edit would
  /// go: it comes from a macro's definition (also one expanded inside a
  /// macro argument, such as a marker's).
  bool inMacroBody(SourceLocation L) const {
    return L.isMacroID() && SM.getSpellingLoc(L) != SM.getFileLoc(L);
  }
  /// Like inMacroBody, but a token of a marker's own expansion (an operand
  /// that begins or ends with a marker) is in the file: the marker's call is
  /// replaced whole.
  bool inForeignMacro(SourceLocation L) const {
    if (!inMacroBody(L))
      return false;
    while (SM.isMacroArgExpansion(L))
      L = SM.getImmediateSpellingLoc(L);
    if (L.isFileID())
      return false;
    StringRef Name = Lexer::getImmediateMacroName(L, SM, LO);
    return !(Name == "CORO_YIELD" || Name == "CORO_YIELD_FROM" || Name == "CORO_RETURN") ||
           !SM.getImmediateExpansionRange(L).getBegin().isFileID();
  }

  const GeneratorInfo &GI;
  ASTContext &Ctx;
  const SourceManager &SM;
  const LangOptions &LO;
  Diagnoser &Diags;
  GeneratorIR &IR;
  /// The bindings of the structured bindings the generator boxes
  /// (bindingCaptures).
  const llvm::SmallPtrSet<const BindingDecl *, 8> BoxedBindings;
  /// The operands that a call calls, or whose member it calls (spill).
  llvm::DenseSet<const Expr *> CalledObjects;

  /// The markers of each statement; those of one full-expression in the
  /// order they run.
  llvm::DenseMap<const Stmt *, std::vector<const MarkerSite *>> MarkerByStmt;
  /// The parts of hoisted statements' headers (init-statements, condition
  /// variables, and the statements, for their conditions): the markers there
  /// are placed by the Hoist edit.
  llvm::DenseSet<const Stmt *> HeaderStmts;
  /// The marker calls, which kept operands do not evaluate again.
  llvm::DenseSet<const Stmt *> MarkerCalls;
  llvm::DenseMap<const Stmt *, const MarkerSite *> YieldCalls;
  /// The CORO_YIELD whose value `Operand` is, taken as it is, not converted:
  /// by one of the marker's own operators (markers.hpp), or, in a template,
  /// where the marker's operand depends on a template parameter.
  const MarkerSite *sentValueOf(const Expr *Operand) const;
  llvm::DenseMap<const VarDecl *, int> SlotOf;
  /// The slots of the parameters (which keep their names).
  llvm::DenseMap<const VarDecl *, int> ParamSlotOf;
  /// The generator's parameter packs' slots.
  llvm::DenseMap<const VarDecl *, int> PackSlotOf;
  /// How each structured binding kept in the frame is spelled.
  llvm::DenseMap<const BindingDecl *, BodyEdit> BindingUses;
  /// What `decltype` of a binding kept by the runtime's `binding` names.
  llvm::DenseMap<const BindingDecl *, std::string> BindingTypes;
  /// The bindings of dependent structured bindings kept in the frame, whose
  /// names the body declares again on each resume (lowerBindings).
  llvm::SmallPtrSet<const BindingDecl *, 8> Rebound;
  /// What `decltype` of a boxed binding that is bound once names (the
  /// body declares its name again as a reference).
  llvm::DenseMap<const BindingDecl *, std::string> BoundOnceTypes;
  /// The slots whose destruction does nothing (decided when each is made):
  /// they take no place in the unwinding chain.
  llvm::DenseSet<int> Trivial;
  /// Where each slot's declaration stands, for jumps back past it.
  llvm::DenseMap<int, Offset> DeclaredAt;
  std::vector<Scope> Scopes;
  struct JumpTarget {
    size_t Depth;
    bool IsLoop;
    /// A loop rebuilt around a suspension in its condition or increment:
    /// its `continue`s jump to that suspension's label.
    unsigned ContinuePoint = 0;
    /// A `for` whose condition variable is rebuilt (HoistKind::ForCondition):
    /// its `continue`s jump to the label of its increment, leaving only the
    /// scopes from ContinueDepth on (the condition variable stays).
    unsigned Step = 0;
    size_t ContinueDepth = 0;
  };
  std::vector<JumpTarget> Targets;
  unsigned Live = 0;
  unsigned NextLiveId = 1;
  /// The last of a fold's slots made so far before its loop (lowerMarker).
  unsigned FoldChain = 0;
  /// A fold's slot of the spelled `Type`, with a destructor, made before
  /// its loop after the slots before it (FoldChain), and destroyed at the
  /// statement's end.
  int addFoldSlot(StringRef Name, const std::string &Type, const std::string &Preamble,
                  SourceLocation Loc);
  unsigned NextPoint = 1;
  /// Slots the next block constructs on entry (a range-for's loop variable,
  /// a moved handler's exception and exception variable).
  std::vector<int> PendingSlots;
  /// The regions of boxed slots in PendingSlots (a boxed loop variable's),
  /// which the next block enters.
  std::vector<unsigned> PendingRegions;
  /// For each enclosing handler: the slot keeping a moved handler's
  /// exception, or -1 for a handler that stays a handler.
  std::vector<int> HandlerStack;
  std::vector<const CXXTryStmt *> TrysWithMovedHandlers;
  unsigned NextHandler = 1;
  std::vector<unsigned> TryStack;
  /// The generator's send type, if it is known.
  QualType SendType;
  /// The order of spills, temporaries and guards.
  unsigned NextSeq = 1;
  bool Failed = false;
};

/// Visits an expression for the uses that must name the frame.
class ExprWalker : public RecursiveASTVisitor<ExprWalker> {
public:
  explicit ExprWalker(Lowerer &L, bool Constant = false) : L(L), Constant(Constant) {}
  bool VisitDeclRefExpr(DeclRefExpr *E) {
    // In a constant expression (a case label, an array bound, a template
    // argument, static_assert), a constant of the generator that lives in
    // the frame is read as its value: its member would be no constant.
    if (Constant > 0 && L.readAsConstant(E))
      return true;
    L.useOf(E);
    return true;
  }
  bool TraverseConstantExpr(ConstantExpr *E) {
    return constant(true, [&] { return RecursiveASTVisitor::TraverseConstantExpr(E); });
  }
  bool TraverseConstantArrayTypeLoc(ConstantArrayTypeLoc TL) {
    return constant(true, [&] { return RecursiveASTVisitor::TraverseConstantArrayTypeLoc(TL); });
  }
  // (In a template, a bound or a case label that depends on a template
  // parameter is no ConstantExpr yet.)
  bool TraverseDependentSizedArrayTypeLoc(DependentSizedArrayTypeLoc TL) {
    return constant(true,
                    [&] { return RecursiveASTVisitor::TraverseDependentSizedArrayTypeLoc(TL); });
  }
  bool TraverseCaseStmt(CaseStmt *S) {
    constant(true, [&] {
      return TraverseStmt(S->getLHS()) && (!S->getRHS() || TraverseStmt(S->getRHS()));
    });
    return TraverseStmt(S->getSubStmt());
  }
  bool TraverseTemplateArgumentLoc(const TemplateArgumentLoc &A) {
    return constant(A.getArgument().getKind() == TemplateArgument::Expression,
                    [&] { return RecursiveASTVisitor::TraverseTemplateArgumentLoc(A); });
  }
  bool VisitMemberExpr(MemberExpr *E) {
    if (E->isImplicitAccess())
      L.implicitSelf(E->getBeginLoc());
    return true;
  }
  bool VisitCXXDependentScopeMemberExpr(CXXDependentScopeMemberExpr *E) {
    if (L.isImplicitMember(E))
      L.implicitSelf(E->getBeginLoc());
    return true;
  }
  bool VisitUnresolvedMemberExpr(UnresolvedMemberExpr *E) {
    if (E->isImplicitAccess())
      L.implicitSelf(E->getBeginLoc());
    return true;
  }
  bool VisitCXXThisExpr(CXXThisExpr *E) {
    if (!E->isImplicit())
      L.explicitSelf(E);
    return true;
  }
  bool VisitPredefinedExpr(PredefinedExpr *E) {
    L.predefinedName(E);
    return true;
  }
  bool TraverseDecltypeTypeLoc(DecltypeTypeLoc TL) {
    // (`decltype(x)` of a frame local is its declared type, which its use,
    // a member or through a pointer, would not always be: `auto &&r`.)
    return L.packDeclaredType(TL) || L.boxedType(TL) || L.bindingType(TL) ||
           L.declaredType(TL, /*InExpression=*/true) ||
           RecursiveASTVisitor::TraverseDecltypeTypeLoc(TL);
  }
  bool VisitCXXThrowExpr(CXXThrowExpr *E) {
    if (!E->getSubExpr())
      L.rethrow(E);
    return true;
  }
  // A lambda's body runs in its own function, under its captures' names; its
  // captures of frame variables and its init-captures' initialisers are
  // rewritten, and so are its parameters' and return types, which name
  // what the body around the lambda names (in unevaluated operands).
  bool TraverseLambdaExpr(LambdaExpr *E) {
    L.lambda(E);
    for (unsigned I = 0; I != E->capture_size(); ++I)
      if (E->capture_begin()[I].capturesVariable() && E->isInitCapture(E->capture_begin() + I))
        TraverseStmt(E->capture_inits().begin()[I]);
    TypeLoc TL = E->getCallOperator()->getTypeSourceInfo()->getTypeLoc();
    if (auto Proto = TL.getAsAdjusted<FunctionProtoTypeLoc>()) {
      if (E->hasExplicitParameters())
        for (ParmVarDecl *P : Proto.getParams())
          TraverseDecl(P);
      if (E->hasExplicitResultType())
        TraverseTypeLoc(Proto.getReturnLoc());
      TraverseStmt(Proto.getTypePtr()->getNoexceptExpr());
    }
    return true;
  }
  bool shouldVisitTemplateInstantiations() const { return false; }

private:
  /// Traverses, inside a constant expression if `On`.
  template <class F> bool constant(bool On, F Traverse) {
    Constant += On;
    bool Result = Traverse();
    Constant -= On;
    return Result;
  }
  Lowerer &L;
  /// Inside a constant expression (nested).
  unsigned Constant = 0;
};

/// Visits what a class defined in the body runs in its own functions: its
/// member functions' bodies, parameters and exception specifications, and
/// its default member initialisers. There a local of the generator may be
/// named only where C++ does not odr-use it: in an unevaluated operand
/// (`sizeof(x)`, `decltype(x)`), which names the frame's member as the
/// body does (a non-static member in an unevaluated operand), or as a
/// constant read for its value, which is read as that value. `this`, the
/// class's own members, `__func__` and `throw;` are the class's own, and
/// stay as written.
class LocalClassWalker : public UnevaluatedAwareVisitor<LocalClassWalker> {
public:
  explicit LocalClassWalker(Lowerer &L) : L(L) {}
  void walk(const CXXRecordDecl *RD) {
    for (Decl *Member : RD->decls()) {
      if (const auto *Nested = dyn_cast<CXXRecordDecl>(Member)) {
        if (Nested->isThisDeclarationADefinition())
          walk(Nested);
      } else if (const auto *FD = dyn_cast<FieldDecl>(Member)) {
        if (FD->hasInClassInitializer())
          TraverseStmt(FD->getInClassInitializer());
      } else if (const auto *MD = dyn_cast<FunctionDecl>(Member)) {
        // (Its return type, its parameters' types and default arguments,
        // its exception specification, and its body.)
        if (const TypeSourceInfo *TSI = MD->getTypeSourceInfo())
          TraverseTypeLoc(TSI->getTypeLoc());
        if (MD->doesThisDeclarationHaveABody())
          TraverseStmt(MD->getBody());
      }
    }
  }
  bool VisitDeclRefExpr(DeclRefExpr *E) {
    if (L.frameSlot(E->getDecl()) < 0 && !L.isBoxed(E->getDecl()))
      return true;
    if (L.readAsConstant(E))
      return true;
    if (Unevaluated > 0)
      L.useOf(E);
    return true;
  }
  bool TraverseDecltypeTypeLoc(DecltypeTypeLoc TL) {
    return L.packDeclaredType(TL) || L.boxedType(TL) || L.bindingType(TL) ||
           L.declaredType(TL, /*InExpression=*/true) ||
           UnevaluatedAwareVisitor<LocalClassWalker>::TraverseDecltypeTypeLoc(TL);
  }
  bool shouldVisitTemplateInstantiations() const { return false; }
  template <class F> bool unevaluated(bool, F Traverse) {
    ++Unevaluated;
    bool Result = Traverse();
    --Unevaluated;
    return Result;
  }

private:
  Lowerer &L;
  unsigned Unevaluated = 0;
};

/// The aliases with GNU's `may_alias` in `T`'s sugar (`typedef unsigned
/// __attribute__((may_alias)) u32a; u32a *p;`), which its canonical type
/// drops: an access through `unsigned *` may not alias a float.
static std::vector<const TypedefNameDecl *> mayAliasAliases(QualType T) {
  if (T.isCanonical())
    return {}; // (no alias in it)
  struct Walk : RecursiveASTVisitor<Walk> {
    std::vector<const TypedefNameDecl *> Found;
    bool VisitTypedefType(TypedefType *TT) {
      if (TT->getDecl()->hasAttr<MayAliasAttr>())
        Found.push_back(TT->getDecl());
      return true;
    }
  } W;
  W.TraverseType(T);
  return W.Found;
}

std::string Lowerer::spellType(QualType T) const {
  // Spelled canonically, so that every name in it is qualified from the
  // global scope and no alias needs to be visible where the frame is; a type
  // that depends on a template parameter is spelled as written instead, in
  // terms of the parameters the frame, a local class, sees too.
  PrintingPolicy PP = Ctx.getPrintingPolicy();
  PP.SuppressUnwrittenScope = true;
  PP.SuppressScope = false;
  PP.FullyQualifiedName = true;
  PP.SuppressTagKeyword = true;
  PP.Bool = true;
  if (T->isDependentType())
    return withTopAliases(T.getAsString(PP), T);
  // (An alias with `may_alias` is kept, by its qualified name: one of the
  // body is refused, addLocalSlot.)
  if (!mayAliasAliases(T).empty())
    return T.getAsString(PP);
  PP.PrintCanonicalTypes = true;
  return T.getCanonicalType().getAsString(PP);
}

std::string Lowerer::withTopAliases(std::string Printed, QualType T) const {
  // An alias of the body that the top declares under a name of its own
  // (GeneratorInfo::TopAliasNames) is printed by its name in the body: each
  // such name in the text, unqualified, becomes the top's. (A type written
  // in one place names one alias of a name: the others are out of scope,
  // or hidden there.)
  if (GI.TopAliasNames.empty())
    return Printed;
  struct Aliases : RecursiveASTVisitor<Aliases> {
    const GeneratorInfo &GI;
    llvm::StringMap<std::string> Found;
    explicit Aliases(const GeneratorInfo &GI) : GI(GI) {}
    bool VisitTypedefType(TypedefType *TT) {
      if (auto It = GI.TopAliasNames.find(TT->getDecl()); It != GI.TopAliasNames.end())
        Found[TT->getDecl()->getName()] = It->second;
      return true;
    }
  } Walk(GI);
  Walk.TraverseType(T);
  if (Walk.Found.empty())
    return Printed;
  std::string Out;
  StringRef Text = Printed;
  size_t Copied = 0;
  forEachIdentifier(Text, [&](size_t Begin, size_t End, StringRef Before) {
    auto It = Walk.Found.find(Text.slice(Begin, End));
    if (It == Walk.Found.end() || Before.endswith("::") || Before.endswith(".") ||
        Before.endswith("->"))
      return;
    Out += Text.slice(Copied, Begin).str() + It->second;
    Copied = End;
  });
  return Out + Text.substr(Copied).str();
}

std::string Lowerer::topText(const DeclStmt *DS) const {
  // Its own text, where the aliases it declares, and those it names, that
  // the top declares under names of their own have those.
  std::vector<std::pair<Offset, std::string>> Edits;
  struct Aliases : RecursiveASTVisitor<Aliases> {
    const Lowerer &L;
    std::vector<std::pair<Offset, std::string>> &Edits;
    Aliases(const Lowerer &L, std::vector<std::pair<Offset, std::string>> &Edits)
        : L(L), Edits(Edits) {}
    bool VisitTypedefTypeLoc(TypedefTypeLoc TL) {
      if (auto It = L.GI.TopAliasNames.find(TL.getTypedefNameDecl());
          It != L.GI.TopAliasNames.end())
        Edits.push_back({L.off(TL.getNameLoc()), It->second});
      return true;
    }
  } Walk(*this, Edits);
  for (const Decl *D : DS->decls()) {
    if (const auto *TD = dyn_cast<TypedefNameDecl>(D))
      if (auto It = GI.TopAliasNames.find(TD); It != GI.TopAliasNames.end())
        Edits.push_back({off(TD->getLocation()), It->second});
    Walk.TraverseDecl(const_cast<Decl *>(D));
  }
  CharSourceRange Range = CharSourceRange::getTokenRange(DS->getSourceRange());
  std::string Text = Lexer::getSourceText(Range, SM, LO).str();
  Offset Start = off(DS->getBeginLoc());
  // (Declarators of one declaration share the type written before them.)
  llvm::sort(Edits);
  Edits.erase(std::unique(Edits.begin(), Edits.end()), Edits.end());
  for (auto It = Edits.rbegin(); It != Edits.rend(); ++It) {
    Offset At = It->first;
    Token Tok;
    if (At < Start || Lexer::getRawToken(SM.getComposedLoc(SM.getFileID(DS->getBeginLoc()), At),
                                         Tok, SM, LO, /*IgnoreWhiteSpace=*/false) ||
        !Tok.is(tok::raw_identifier) || At - Start + Tok.getLength() > Text.size())
      continue;
    Text.replace(At - Start, Tok.getLength(), It->second);
  }
  return Text;
}

std::string Lowerer::expandedPack(const Expr *Pattern) const {
  // The first pack the pattern names outside a nested expansion: every
  // pack an expansion expands has the same size.
  struct Finder : RecursiveASTVisitor<Finder> {
    std::string Name;
    bool VisitDeclRefExpr(DeclRefExpr *E) {
      if (const auto *VD = dyn_cast<VarDecl>(E->getDecl()); VD && VD->isParameterPack())
        take(VD->getName());
      if (const auto *NT = dyn_cast<NonTypeTemplateParmDecl>(E->getDecl());
          NT && NT->isParameterPack())
        take(NT->getName());
      return true;
    }
    bool VisitTemplateTypeParmTypeLoc(TemplateTypeParmTypeLoc TL) {
      if (TL.getTypePtr()->isParameterPack() && TL.getDecl())
        take(TL.getDecl()->getName());
      return true;
    }
    bool TraversePackExpansionExpr(PackExpansionExpr *) { return true; }
    bool TraversePackExpansionTypeLoc(PackExpansionTypeLoc) { return true; }
    bool TraverseSizeOfPackExpr(SizeOfPackExpr *) { return true; }
    void take(StringRef N) {
      if (Name.empty())
        Name = N.str();
    }
  } F;
  F.TraverseStmt(const_cast<Expr *>(Pattern));
  return F.Name;
}

std::string Lowerer::localLvalueType(const VarDecl *VD) const {
  auto Slot = SlotOf.find(VD);
  return "typename ::std::add_lvalue_reference<" +
         (Slot != SlotOf.end() ? slotTypeAlias(Slot->second) : spellType(VD->getType())) +
         " >::type";
}

std::string Lowerer::declaredTypeOf(DecltypeTypeLoc TL) const {
  const auto *DRE = dyn_cast<DeclRefExpr>(TL.getUnderlyingExpr());
  if (!DRE)
    return "";
  if (const auto *B = dyn_cast<BindingDecl>(DRE->getDecl())) {
    // A binding's referenced type.
    auto Dependent = BindingTypes.find(B);
    return "::corogen::detail::identity_t<" +
           (Dependent != BindingTypes.end() ? Dependent->second : spellType(TL.getType())) +
           " >";
  }
  const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
  if (!VD || !isBodyLocal(VD, GI.Function))
    return "";
  // (Through an alias template where it is more than a name, so that a
  // `::` or a `&` written after it applies to the whole type, and without
  // `typename`, which may stand before it.)
  QualType T = VD->getType();
  if (auto Slot = SlotOf.find(VD); Slot != SlotOf.end() && !VD->isStaticLocal()) {
    // (A reference's slot alias names what it refers to.)
    if (!T->isReferenceType())
      return slotTypeAlias(Slot->second);
    return "::corogen::detail::identity_t<" + slotTypeAlias(Slot->second) +
           (T->isLValueReferenceType() ? " &" : " &&") + " >";
  }
  return "::corogen::detail::identity_t<" + spellType(T) + " >";
}

std::string Lowerer::typeFromText(const VarDecl *VD, bool DropReference) const {
  // Qualifiers, pointers and references are spelled around what they apply
  // to (through identity_t, as a `const` written first has no place in a
  // qualified type's text), and the types they apply to from their text,
  // as decltype of an initialiser is (Analysis, typeIsSpelledByText).
  std::function<std::string(TypeLoc)> Spell = [&](TypeLoc TL) -> std::string {
    auto Around = [&](TypeLoc Inner, StringRef Before, StringRef After) {
      return Before.str() + "::corogen::detail::identity_t<" + Spell(Inner) + " >" + After.str();
    };
    if (auto Q = TL.getAs<QualifiedTypeLoc>())
      return Around(Q.getUnqualifiedLoc(), TL.getType().getLocalQualifiers().getAsString() + " ",
                    "");
    if (auto P = TL.getAs<PointerTypeLoc>())
      return Around(P.getPointeeLoc(), "", " *");
    if (auto R = TL.getAs<LValueReferenceTypeLoc>())
      return Around(R.getPointeeLoc(), "", " &");
    if (auto R = TL.getAs<RValueReferenceTypeLoc>())
      return Around(R.getPointeeLoc(), "", " &&");
    if (auto Paren = TL.getAs<ParenTypeLoc>())
      return Spell(Paren.getInnerLoc());
    // (`decltype(x)` of a local, whole, becomes x's declared type, wherever
    // its text comes from: a macro may write it.)
    if (auto D = TL.getAs<DecltypeTypeLoc>())
      if (std::string Declared = declaredTypeOf(D); !Declared.empty())
        return Declared;
    // (An array's bound as written, the body's constants it names read as
    // their values, or, left out, the number of elements of the variable's braced list, each
    // a braced list: Analysis, bracedCount.)
    if (auto A = TL.getAs<ArrayTypeLoc>()) {
      std::string Bound;
      if (const Expr *Size = A.getSizeExpr())
        Bound = unevaluatedText(Size, false, nullptr, TypeLoc(), /*Constant=*/true);
      else if (const auto *List = dyn_cast_or_null<InitListExpr>(VD->getInit()))
        Bound = std::to_string(List->getNumInits());
      return Around(A.getElementLoc(), "", "[" + Bound + "]");
    }
    return unevaluatedText(nullptr, false, nullptr, TL);
  };
  TypeLoc TL = VD->getTypeSourceInfo()->getTypeLoc();
  if (auto R = TL.getAs<ReferenceTypeLoc>(); R && DropReference)
    TL = R.getPointeeLoc();
  // (`decltype(r)` of a reference `r`, which declares a reference:
  // Analysis, resolveDecltypeOfReferences.)
  else if (auto D = TL.getUnqualifiedLoc().getAs<DecltypeTypeLoc>(); D && DropReference)
    return "typename ::std::remove_reference<" + Spell(D) + " >::type";
  return Spell(TL);
}

std::string Lowerer::unevaluatedText(const Expr *E, bool Helper,
                                     std::vector<const ValueDecl *> *Named, TypeLoc TL,
                                     bool Constant, ArrayRef<TextReplacement> Replaced) const {
  // The frame's types are declared at the top of the function, where the
  // parameters are in scope but not the locals of the body: each local that
  // the text names becomes an lvalue of its type, which is what the name is
  // in an expression (`std::declval` of an lvalue reference to its type),
  // the type spelled by its slot's alias or, for an ordinary local, as
  // written; a structured binding's name, an lvalue of its referenced
  // type. (The analysis made sure each such name stands in the file's
  // text, outside decltype, and has a type the frame can name.) With
  // Helper, the names stay (they name the parameters of the lambda the
  // text goes into), and are listed in Named instead.
  // `decltype(x)` of a local or a binding names its declared type, which
  // is spelled in its place (the analysis made sure it stands in the
  // file's text).
  struct Names : ConstantContextVisitor<Names> {
    const Lowerer &L;
    bool Helper;
    std::vector<const ValueDecl *> *Named;
    std::vector<std::pair<std::pair<Offset, Offset>, std::string>> Edits;
    Names(const Lowerer &L, bool Helper, std::vector<const ValueDecl *> *Named)
        : L(L), Helper(Helper), Named(Named) {}
    void name(const ValueDecl *D) {
      if (Named && !llvm::is_contained(*Named, D))
        Named->push_back(D);
    }
    /// Inside a template argument or an array's bound (Constant), a
    /// constant expression: a constant of the body is read as its value
    /// there (a literal, or its initialiser's text so read), or, where it
    /// cannot be, Unspelled is set.
    std::string Unspelled;
    bool VisitDeclRefExpr(DeclRefExpr *E) {
      const auto *B = dyn_cast<BindingDecl>(E->getDecl());
      const auto *VD = dyn_cast<VarDecl>(E->getDecl());
      if (!B && !(VD && isBodyLocal(VD, L.GI.Function)))
        return true;
      if (Constant && VD && !L.GI.declaredAtTop(VD)) {
        std::string Value = L.constantText(E, nullptr, /*AtTop=*/true);
        if (Value.empty())
          Unspelled = VD->getName().str();
        else
          Edits.push_back({{L.off(E->getBeginLoc()), L.offAfter(E->getEndLoc())}, "(" + Value + ")"});
        return true;
      }
      if (Helper) {
        name(E->getDecl());
        return true;
      }
      Edits.push_back({{L.off(E->getBeginLoc()), L.offAfter(E->getEndLoc())},
                       "::std::declval<" +
                           (B ? L.bindingLvalueType(B) : L.localLvalueType(VD)) + ">()"});
      return true;
    }
    bool VisitTypedefTypeLoc(TypedefTypeLoc TL) {
      // (An alias the top declares under a name of its own.)
      if (auto It = L.GI.TopAliasNames.find(TL.getTypedefNameDecl());
          It != L.GI.TopAliasNames.end() && TL.getNameLoc().isFileID())
        Edits.push_back({{L.off(TL.getNameLoc()), L.offAfter(TL.getNameLoc())}, It->second});
      return true;
    }
    bool TraverseDecltypeTypeLoc(DecltypeTypeLoc TL) {
      std::string Type = L.declaredTypeOf(TL);
      if (Type.empty())
        return ConstantContextVisitor<Names>::TraverseDecltypeTypeLoc(TL);
      // (Its text in the file: a macro's whole use may write it.)
      CharSourceRange Range = Lexer::makeFileCharRange(
          CharSourceRange::getTokenRange(TL.getDecltypeLoc(), TL.getRParenLoc()), L.SM, L.LO);
      if (Range.isValid())
        Edits.push_back({{L.off(Range.getBegin()), L.off(Range.getEnd())}, Type});
      else
        Edits.push_back({{L.off(TL.getDecltypeLoc()), L.offAfter(TL.getRParenLoc())}, Type});
      return true;
    }
  } Walk(*this, Helper, Named);
  Walk.Constant = Constant; // (E is a constant expression itself)
  if (E)
    Walk.TraverseStmt(const_cast<Expr *>(E));
  else
    Walk.TraverseTypeLoc(TL);
  if (!Walk.Unspelled.empty())
    UnspelledConstant = Walk.Unspelled;
  Offset Begin, End;
  SourceLocation First = E ? E->getBeginLoc() : TL.getBeginLoc();
  if (!E) {
    Begin = off(SM.getFileLoc(TL.getBeginLoc()));
    End = offAfter(fileEndLoc(SM, TL.getEndLoc()));
  } else if (Helper) {
    // (The text the file holds for it, a macro's use included.)
    CharSourceRange Range =
        Lexer::makeFileCharRange(CharSourceRange::getTokenRange(E->getSourceRange()), SM, LO);
    Begin = off(Range.getBegin());
    End = Range.isTokenRange() ? offAfter(Range.getEnd()) : off(Range.getEnd());
  } else {
    Begin = off(SM.getFileLoc(E->getBeginLoc()));
    End = offAfter(fileEndLoc(SM, E->getEndLoc()));
  }
  StringRef Buffer = SM.getBufferData(SM.getFileID(SM.getFileLoc(First)));
  for (const TextReplacement &R : Replaced) {
    llvm::erase_if(Walk.Edits, [&](const TextReplacement &Edit) {
      return Edit.first.first < R.first.second && R.first.first < Edit.first.second;
    });
    Walk.Edits.push_back(R);
  }
  std::sort(Walk.Edits.begin(), Walk.Edits.end());
  std::string Out;
  Offset At = Begin;
  for (const auto &Edit : Walk.Edits) {
    if (Edit.first.first < At || Edit.first.second > End)
      continue;
    Out += Buffer.slice(At, Edit.first.first).str() + Edit.second;
    At = Edit.first.second;
  }
  return Out + Buffer.slice(At, End).str();
}

std::string Lowerer::bindingLvalueType(const BindingDecl *B) const {
  // A binding names an lvalue of its referenced type (without a reference).
  auto Dependent = BindingTypes.find(B);
  std::string Type = Dependent != BindingTypes.end()
                         ? "typename ::std::remove_reference<" + Dependent->second + " >::type"
                         : spellType(B->getType().getNonReferenceType());
  return "typename ::std::add_lvalue_reference<" + Type + " >::type";
}

std::string Lowerer::helperLambda(const Expr *E, llvm::function_ref<std::string(StringRef)> Body,
                                  std::string &Preamble, ArrayRef<TextReplacement> Replaced) {
  std::vector<const ValueDecl *> Named;
  std::string Text = unevaluatedText(E, /*Helper=*/true, &Named, TypeLoc(), false, Replaced);
  std::string Params, Args;
  for (const ValueDecl *D : Named) {
    const auto *B = dyn_cast<BindingDecl>(D);
    std::string Type = B ? bindingLvalueType(B) : localLvalueType(cast<VarDecl>(D));
    Params += (Params.empty() ? "" : ", ") + Type + " " + D->getName().str();
    Args += (Args.empty() ? "" : ", ") + ("::std::declval<" + Type + ">()");
  }
  std::string Name = "corogen_init_" + std::to_string(NextInit++);
  Preamble += " auto " + Name + " = [&](" + Params + ") " + Body(Text) + "; (void)" + Name + ";";
  return Name + "(" + Args + ")";
}

std::string Lowerer::temporaryPartCheck(const Expr *Base, std::string &Preamble) {
  std::string Of = deducedOf(Base, Preamble);
  return " static_assert(::corogen::detail::no_temporary<" + Of + " >::value, \"\");";
}

std::string Lowerer::elidedBound(const VarDecl *VD, std::string &Preamble) {
  const InitListExpr *List = elidingArrayList(Ctx, VD);
  if (!List)
    return "";
  QualType Elem = Ctx.getAsArrayType(VD->getType())->getElementType();
  // (Through identity_t: an element that is an array itself is no prefix.)
  std::string Type = "::corogen::detail::identity_t<" + spellType(Elem) + " >";
  std::string Call = helperLambda(
      List,
      [&](StringRef Text) {
        return "{ " + Type + " corogen_elements[] = " + Text.str() +
               "; return ::corogen::detail::array_bound<sizeof(corogen_elements) / "
               "sizeof(corogen_elements[0])>(); }";
      },
      Preamble);
  return "decltype(" + Call + ")::value";
}

std::string Lowerer::deducedOf(const Expr *E, std::string &Preamble,
                               ArrayRef<TextReplacement> Replaced) {
  // (Not for what the replacements spell, a marker's operand, say.)
  auto Replacement = [&](const Stmt *S) {
    Offset B = off(S->getBeginLoc()), End = offAfter(S->getEndLoc());
    return llvm::any_of(Replaced, [&](const TextReplacement &R) {
      return R.first.first <= B && End <= R.first.second;
    });
  };
  if (!namesThroughHelper(E, GI.Function, Replacement))
    return "decltype((" + unevaluatedText(E, false, nullptr, TypeLoc(), false, Replaced) + "))";
  // A lambda may not stand in decltype (before C++20), nor may a local be
  // renamed inside a macro: the text goes whole into a lambda, never
  // called, whose parameters are the body's locals and bindings it names,
  // as lvalues of their types, and which returns it as decltype((text)) is
  // ([dcl.type.auto.deduct] p5). `decltype(x)` of one of them is spelled
  // as its declared type (the parameter's would be a reference).
  return "decltype(" +
         helperLambda(
             E, [](StringRef Text) { return "-> decltype(auto) { return (" + Text.str() + "); }"; },
             Preamble, Replaced) +
         ")";
}

std::pair<Offset, Offset> Lowerer::patternRange(const MarkerSite &M) const {
  if (M.FoldPattern)
    return {off(M.FoldPattern->getBeginLoc()), offAfter(M.FoldPattern->getEndLoc())};
  return {off(M.MacroBegin), offAfter(M.RParen)};
}

bool Lowerer::keptValues(const MarkerSite &M) const {
  return !M.FoldKept.empty() && M.ValueFold && !isa<CXXFoldExpr>(M.ValueFold) &&
         !isBracedListFold(M.ValueFold) && (foldTuple(M) || patternType(M)->isRecordType());
}

bool Lowerer::foldTuple(const MarkerSite &M) const {
  const Expr *Pattern = M.FoldPattern ? M.FoldPattern : static_cast<const Expr *>(M.Call);
  return M.ValueFold && !isa<CXXFoldExpr>(M.ValueFold) &&
         foldPatternType(Pattern)->isDependentType();
}

std::string Lowerer::packElement(const MarkerSite &M) const {
  // (A type pack names its element's type itself.)
  std::string Name = M.FoldPack->getName().str();
  return isa<TemplateTypeParmDecl>(M.FoldPack) ? Name : "decltype(" + Name + ")";
}

std::string Lowerer::elementPatternType(const MarkerSite &M, std::string &Preamble) {
  // decltype of the pattern's text, the marker's value a prvalue of the
  // send type that names the pack's element type, so that the type is a
  // pattern of the pack even where the marker holds all that names it:
  // `decltype((T(::corogen::detail::kept<int, decltype(ts)>())))`.
  std::string Value = "::corogen::detail::kept<" + spellType(sendTypeOf(GI.HandleType)) + ", " +
                      packElement(M) + ">()";
  const Expr *Pattern = M.FoldPattern ? M.FoldPattern : static_cast<const Expr *>(M.Call);
  return deducedOf(Pattern, Preamble, {{{off(M.MacroBegin), offAfter(M.RParen)}, Value}});
}

QualType Lowerer::patternType(const MarkerSite &M) const {
  return foldPatternType(M.FoldPattern ? M.FoldPattern : static_cast<const Expr *>(M.Call))
      .getUnqualifiedType();
}

std::string Lowerer::valueFoldType(const MarkerSite &M, std::string &Preamble) {
  // The fold's own text, each element's pattern a value of the pattern's
  // type, `(0 + ... + ::corogen::detail::kept<int, decltype(ts)>())` (the
  // expansion still over the pack: the fold of the values kept, as the
  // statement reads it). A fold's other operand is a value of its type (a
  // type known in the template, and what decays is the same for any value
  // category: the variable is `auto`); a call's function and other
  // arguments are spelled as deducedOf spells them.
  auto Kept = [&](QualType T, StringRef Element) {
    return "::corogen::detail::kept<" + spellType(T) + ", " + Element.str() + ">()";
  };
  // (Of a type that depends on a template parameter: each element's as
  // the call takes it from the runtime's fold_tuple, `::std::declval<
  // decltype((T(...))) &&>()`.)
  std::string Pattern = foldTuple(M)
                            ? "::std::declval<" + elementPatternType(M, Preamble) + " &&>()"
                            : Kept(patternType(M), packElement(M));
  if (const auto *FE = dyn_cast<CXXFoldExpr>(M.ValueFold)) {
    std::string Op = (" " + BinaryOperator::getOpcodeStr(FE->getOperator()) + " ").str();
    std::string Init =
        FE->getInit() ? Kept(FE->getInit()->getType().getUnqualifiedType(), "void") : "";
    std::string Fold = FE->isLeftFold() ? (Init.empty() ? "" : Init + Op) + "..." + Op + Pattern
                                        : Pattern + Op + "..." + (Init.empty() ? "" : Op + Init);
    return "decltype(((" + Fold + ")))";
  }
  return deducedOf(M.ValueFold, Preamble, {{patternRange(M), Pattern}});
}

std::string Lowerer::spellAutoFromInit(const VarDecl *VD, std::string &Preamble) {
  // Spelled from decltype of the initialiser's text, at the top of the
  // function, where the frame's types are declared.
  // A value fold's, from the fold's (Lowerer::valueFoldType); one in a
  // larger initialiser, `auto t = base + (0 + ... + p);`, from the
  // initialiser's text with a value of the fold's type in its place.
  auto Fold = llvm::find_if(GI.Markers, [&](const MarkerSite &M) { return M.Var == VD; });
  const Expr *Init = singleInitialiser(VD);
  std::string Of;
  if (Fold == GI.Markers.end() || !Fold->ValueFold)
    Of = deducedOf(Init, Preamble);
  else if (Init->IgnoreParenImpCasts() == Fold->ValueFold)
    Of = valueFoldType(*Fold, Preamble);
  else
    Of = deducedOf(Init, Preamble,
                   {{{off(Fold->ValueFold->getBeginLoc()), offAfter(Fold->ValueFold->getEndLoc())},
                     "::corogen::detail::kept<" + valueFoldType(*Fold, Preamble) + ", void>()"}});
  DeducedOf[VD] = Of;
  return spellDeduced(VD->getType(), Of, isa<DecompositionDecl>(VD));
}

std::string Lowerer::spellDeduced(QualType T, StringRef Of, bool Binding) const {
  // `auto` decays (but a structured binding copies an array:
  // [dcl.struct.bind] p1), `auto &` and `auto &&` keep the referred type,
  // `const auto &` and `volatile auto &` add their qualifiers to it.
  bool Const = T.getNonReferenceType().isConstQualified();
  bool Volatile = T.getNonReferenceType().isVolatileQualified();
  // A structured binding's reference may extend a temporary, which only
  // the instantiation knows of: the runtime keeps either.
  if (Binding && T->isReferenceType())
    return "::corogen::detail::bound_reference<" + Of.str() + ", " + (Const ? "true" : "false") +
           ", " + (T->isRValueReferenceType() ? "true" : "false") + ">";
  if (!T->isReferenceType())
    return std::string(Const ? "const " : "") + (Volatile ? "volatile " : "") +
           (Binding ? "typename ::corogen::detail::binding_object<" + Of.str() + ">::type"
                    : "typename ::std::decay<" + Of.str() + ">::type");
  // (Kept by address: the runtime refuses a prvalue, whose temporary the
  // reference would keep alive.)
  std::string Referred = "typename ::corogen::detail::bound_local<" + Of.str() + ", " +
                         (Const ? "true" : "false") + ", " +
                         (T->isRValueReferenceType() ? "true" : "false") + ">::type";
  // (`const auto &r = v;` of a volatile v refers to a const volatile
  // object: auto deduces `volatile T`.)
  return std::string(Const ? "const " : "") + (Volatile ? "volatile " : "") + Referred;
}

std::string Lowerer::mintName(StringRef Base) {
  // `corogen_x` for `x`, but where the output uses that name itself
  // (isReservedName), `corogen_local_x`; then, where another slot has it,
  // numbered.
  std::string Name = ("corogen_" + Base).str();
  if (isReservedName(Name))
    Name = ("corogen_local_" + Base).str();
  auto Taken = [&](const std::string &N) {
    return isReservedName(N) ||
           llvm::any_of(IR.Slots,
                        [&](const FrameSlot &S) {
                          return S.Name == N || S.Elements == N || S.SourceName == N;
                        }) ||
           llvm::any_of(BoundNames, [&](const auto &B) { return B.second == N; });
  };
  if (!Taken(Name))
    return Name;
  for (unsigned I = 2;; ++I) {
    std::string Candidate = Name + "_" + std::to_string(I);
    if (!Taken(Candidate))
      return Candidate;
  }
}

Offset Lowerer::stmtEnd(const Stmt *S) const {
  // A statement that ends in a sub-statement ends where that one does; an
  // expression statement, a jump or a declaration ends after its `;`.
  while (true) {
    if (const auto *F = dyn_cast<ForStmt>(S))
      S = F->getBody();
    else if (const auto *W = dyn_cast<WhileStmt>(S))
      S = W->getBody();
    else if (const auto *RF = dyn_cast<CXXForRangeStmt>(S))
      S = RF->getBody();
    else if (const auto *If = dyn_cast<IfStmt>(S))
      S = If->getElse() ? If->getElse() : If->getThen();
    else if (const auto *L = dyn_cast<LabelStmt>(S))
      S = L->getSubStmt();
    else
      break;
  }
  if (isa<CompoundStmt, CXXTryStmt, SwitchStmt>(S))
    return offAfter(S->getEndLoc());
  return offAfterSemi(S->getEndLoc());
}

Offset Lowerer::offAfterSemi(SourceLocation L) const {
  SourceLocation FileLoc = fileEndLoc(SM, L);
  Token Tok;
  if (!Lexer::getRawToken(FileLoc, Tok, SM, LO, /*IgnoreWhiteSpace=*/true) && Tok.is(tok::semi))
    return offAfter(FileLoc);
  SourceLocation After = Lexer::findLocationAfterToken(FileLoc, tok::semi, SM, LO,
                                                       /*SkipTrailingWhitespaceAndNewLine=*/false);
  if (After.isValid())
    return off(After);
  return offAfter(FileLoc);
}

void Lowerer::layoutHeader() {
  const FunctionDecl *FD = GI.Function;
  IR.Name = FD->getQualifiedNameAsString();
  IR.HandleType = spellType(FD->getReturnType());
  SendType = sendTypeOf(FD->getReturnType());
  IR.IsDependent = FD->isDependentContext();
  for (const DeclStmt *DS : GI.NameDeclarations) {
    LocalName L;
    L.AtTop = llvm::is_contained(GI.LocalNames, DS);
    L.Text = topText(DS);
    L.After = stmtEnd(DS);
    for (const Decl *D : DS->decls()) {
      L.Always |= isa<UsingDirectiveDecl>(D);
      const auto *Alias = dyn_cast<TypedefNameDecl>(D);
      if (auto Top = Alias ? GI.TopAliasNames.find(Alias) : GI.TopAliasNames.end();
          Top != GI.TopAliasNames.end())
        L.Names.push_back(Top->second);
      else if (const auto *ND = dyn_cast<NamedDecl>(D); ND && ND->getIdentifier())
        L.Names.push_back(ND->getName().str());
      auto Use = [&](StringRef Name) -> std::string {
        if (isa<TypedefNameDecl>(D))
          return " (void)sizeof(::corogen::detail::type_use<" + Name.str() + ">);";
        if (isa<VarDecl>(D))
          return " (void)" + Name.str() + ";";
        return "";
      };
      if (const auto *ND = dyn_cast<NamedDecl>(D); ND && ND->getIdentifier()) {
        L.Use += Use(ND->getName());
        // (The frame's types may name only some of several names declared
        // at once.)
        if (!DS->isSingleDecl())
          L.Text += Use(L.Names.back());
      }
    }
    IR.LocalNames.push_back(L);
  }
  IR.Line = SM.getExpansionLineNumber(FD->getBeginLoc());
  const auto *Body = cast<CompoundStmt>(FD->getBody());
  IR.BodyBegin = off(Body->getLBracLoc());
  IR.BodyEnd = off(Body->getRBracLoc());
  IR.EndLine = SM.getExpansionLineNumber(Body->getRBracLoc());
}

void Lowerer::layoutParameters() {
  if (const auto *MD = dyn_cast<CXXMethodDecl>(GI.Function); MD && MD->isInstance()) {
    FrameSlot Self;
    Self.Kind = SlotKind::Self;
    Self.Name = "corogen_self";
    Self.Type = "decltype(this)";
    Self.Line = IR.Line;
    IR.Slots.push_back(Self);
  }
  for (const ParmVarDecl *P : GI.Function->parameters()) {
    if (!P->getIdentifier())
      continue; // nothing in the body can name it
    if (P->isParameterPack()) {
      // Kept as a tuple; the body's uses name the parameters of the lambda
      // that unpacks it (and `decltype(p)`, unchanged, the declared type).
      FrameSlot S;
      S.Kind = SlotKind::Pack;
      S.SourceName = P->getName().str();
      S.Name = mintName(P->getName());
      S.Elements = mintName((P->getName() + "_elements").str());
      S.Type = ("::std::tuple<decltype(" + P->getName() + ")...>").str();
      S.Line = SM.getExpansionLineNumber(P->getLocation());
      S.LiveId = NextLiveId++;
      S.PrevLiveId = Live;
      Live = S.LiveId;
      IR.Slots.push_back(S);
      PackSlotOf[P] = static_cast<int>(IR.Slots.size()) - 1;
      continue;
    }
    FrameSlot S;
    S.Kind = SlotKind::Param;
    S.Name = P->getName().str();
    S.SourceName = S.Name;
    S.Type = ("decltype(" + P->getName() + ")").str();
    // A parameter taken by value is moved into the frame (in a template,
    // where its type depends on a template parameter, the runtime's
    // moved_slot checks it at instantiation).
    S.IsReference = P->getType()->isReferenceType();
    if (!S.IsReference && P->getType()->isDependentType()) {
      S.Type = "typename ::corogen::detail::moved_slot<" + S.Type + ", true>::type";
    } else if (!S.IsReference && P->getType()->isRecordType() && !movableFromXValue(P->getType())) {
      Diags.report(P->getLocation(), DiagKind::ParameterImmovable) << P->getName();
      Failed = true;
    }
    S.Line = SM.getExpansionLineNumber(P->getLocation());
    IR.Slots.push_back(S);
    ParamSlotOf[P] = static_cast<int>(IR.Slots.size()) - 1;
    if (needsDestruction(P->getType())) {
      IR.Slots.back().LiveId = NextLiveId++;
      IR.Slots.back().PrevLiveId = Live;
      Live = IR.Slots.back().LiveId;
    }
  }
}

int Lowerer::addLocalSlot(const VarDecl *VD) {
  FrameSlot S;
  S.Kind = SlotKind::Local;
  S.SourceName = VD->getName().str();
  S.Name = mintName(isa<DecompositionDecl>(VD) ? StringRef("bindings") : VD->getName());
  QualType T = VD->getType();
  // `T a[] = {x, y};` in a template: the bound comes from the initialiser,
  // where each pack expansion counts as the size of a pack it expands.
  std::string PackBound;
  // (With a dependent initialiser, clang leaves the bound dependent.)
  const ArrayType *AT = Ctx.getAsArrayType(T);
  const auto *DSAT = dyn_cast_or_null<DependentSizedArrayType>(AT);
  std::string ElidedBound;
  if (AT && (isa<IncompleteArrayType>(AT) || (DSAT && !DSAT->getSizeExpr()))) {
    const Expr *Init = VD->getInit();
    if (const auto *EWC = dyn_cast_or_null<ExprWithCleanups>(Init))
      Init = EWC->getSubExpr();
    const auto *List = dyn_cast_or_null<InitListExpr>(Init);
    ElidedBound = elidedBound(VD, S.Preamble);
    if (List && ElidedBound.empty()) {
      unsigned Fixed = 0;
      for (const Expr *Init : List->inits()) {
        if (const auto *PE = dyn_cast<PackExpansionExpr>(Init)) {
          std::string Pack = expandedPack(PE->getPattern());
          if (Pack.empty()) {
            Diags.report(PE->getEllipsisLoc(), DiagKind::ArrayBoundFromPack) << VD->getName();
            Failed = true;
          }
          PackBound += " + sizeof...(" + Pack + ")";
        } else {
          ++Fixed;
        }
      }
      if (!PackBound.empty())
        PackBound = "[" + std::to_string(Fixed) + PackBound + "]";
      T = Ctx.getConstantArrayType(AT->getElementType(), llvm::APInt(64, Fixed), nullptr,
                                   ArrayType::Normal, 0);
    }
  }
  // (A structured binding's reference of a deduced dependent type is a
  // runtime bound_reference, which may hold a temporary.)
  bool BoundReference = isBoundReference(VD);
  S.IsReference = T->isReferenceType() && !BoundReference;
  S.IsArray = T->isArrayType();
  if (llvm::is_contained(GI.AutoFromInit, VD))
    S.Type = spellAutoFromInit(VD, S.Preamble);
  else if (llvm::is_contained(GI.TypeFromText, VD)) {
    UnspelledConstant.clear();
    S.Type = typeFromText(VD, S.IsReference);
    if (!UnspelledConstant.empty()) {
      Diags.report(VD->getLocation(), DiagKind::LocalInDeclaredType)
          << localName(VD) << UnspelledConstant;
      Failed = true;
    }
  }
  else if (!ElidedBound.empty())
    S.Type = "::corogen::detail::identity_t<" + spellType(AT->getElementType()) + " >[" +
             ElidedBound + "]";
  else if (!PackBound.empty())
    S.Type = "::corogen::detail::identity_t<" +
             spellType(Ctx.getAsArrayType(T)->getElementType()) + " >" + PackBound;
  else
    S.Type = spellType(S.IsReference ? T.getNonReferenceType() : T);
  // A type that depends on a template parameter (or made from a list that
  // does), made from a braced list, may be a std::initializer_list, or an
  // aggregate that binds a reference member to a temporary, which the frame
  // cannot keep (Analysis refuses those it sees): the runtime refuses them
  // there.
  // (A static_assert beside the alias: an array's new-expression spells
  // its type, and through an alias clang warns about the list's braces.)
  S.Preamble += bracedLocalCheck(VD, S.Type);
  if (!S.IsReference)
    S.Align = alignmentOf(VD);
  for (const TypedefNameDecl *Alias : mayAliasAliases(T))
    if (Alias->getDeclContext()->isFunctionOrMethod()) {
      Diags.report(VD->getLocation(), DiagKind::LocalMayAlias) << localName(VD) << Alias->getName();
      Failed = true;
    }
  S.Line = SM.getExpansionLineNumber(VD->getLocation());
  IR.Slots.push_back(S);
  int Index = static_cast<int>(IR.Slots.size()) - 1;
  if (!BoundReference && !needsDestruction(T))
    Trivial.insert(Index);
  SlotOf[VD] = Index;
  DeclaredAt[Index] = off(VD->getBeginLoc());
  checkTemporaryPart(VD, Index);
  return Index;
}

/// Whether `VD`'s alignment depends on a template parameter: its type's,
/// or an attribute's.
static bool alignmentDependent(const VarDecl *VD) {
  return VD->getType()->isDependentType() ||
         llvm::any_of(VD->specific_attrs<AlignedAttr>(),
                      [](const AlignedAttr *A) { return A->isAlignmentDependent(); });
}

std::string Lowerer::alignmentOf(const VarDecl *VD) {
  bool Attributed = VD->hasAttr<AlignedAttr>();
  if (!alignmentDependent(VD)) {
    // (Also a type's alias with GNU's `aligned`, which the slot's type,
    // spelled canonically, does not have.)
    CharUnits Declared = Attributed ? Ctx.getDeclAlign(VD) : Ctx.getTypeAlignInChars(VD->getType());
    if (Declared <= Ctx.getTypeAlignInChars(VD->getType().getCanonicalType()))
      return "";
    return "alignas(" + std::to_string(Declared.getQuantity()) + ") ";
  }
  if (!Attributed)
    return ""; // (spelled as written, its aliases kept)
  // (In a template: the specifiers as written, which the member's
  // declaration may repeat; a GNU attribute's text is not one.)
  std::string Out;
  for (const AlignedAttr *A : VD->specific_attrs<AlignedAttr>()) {
    // (Its range is the keyword's: the `)` that closes the `(` after it
    // ends it.)
    llvm::Optional<Token> Close;
    if (A->isAlignas() && !A->getLocation().isMacroID()) {
      unsigned Depth = 0;
      for (llvm::Optional<Token> Tok = Lexer::findNextToken(A->getLocation(), SM, LO);
           Tok && !Tok->is(tok::eof); Tok = Lexer::findNextToken(Tok->getLocation(), SM, LO)) {
        Depth += Tok->is(tok::l_paren);
        if (Depth == 0 || (Tok->is(tok::r_paren) && --Depth == 0)) {
          Close = Tok;
          break;
        }
      }
    }
    if (!Close || !Close->is(tok::r_paren)) {
      Diags.report(A->getLocation(), DiagKind::LocalAlignment) << localName(VD);
      Failed = true;
      return "";
    }
    Out += text(off(A->getLocation()), off(Close->getLocation()) + 1) + " ";
  }
  return Out;
}

int Lowerer::addHiddenSlot(StringRef Name, QualType T, bool IsReference, SourceLocation Loc) {
  FrameSlot S;
  S.Kind = SlotKind::Local;
  S.Name = mintName(Name);
  S.IsReference = IsReference;
  S.Type = spellType(T);
  S.Line = SM.getExpansionLineNumber(Loc);
  IR.Slots.push_back(S);
  int Index = static_cast<int>(IR.Slots.size()) - 1;
  if (!IsReference && !needsDestruction(T))
    Trivial.insert(Index);
  return Index;
}

int Lowerer::addSpelledSlot(StringRef Name, StringRef Type, SourceLocation Loc) {
  FrameSlot S;
  S.Kind = SlotKind::Local;
  S.Name = mintName(Name);
  S.Type = Type.str();
  S.Line = SM.getExpansionLineNumber(Loc);
  IR.Slots.push_back(S);
  return static_cast<int>(IR.Slots.size()) - 1;
}

int Lowerer::addFoldSlot(StringRef Name, const std::string &Type, const std::string &Preamble,
                         SourceLocation Loc) {
  int Index = addSpelledSlot(Name, Type, Loc);
  FrameSlot &Slot = IR.Slots[Index];
  Slot.Preamble = Preamble;
  Slot.LiveId = NextLiveId++;
  Slot.PrevLiveId = FoldChain;
  FoldChain = Slot.LiveId;
  return Index;
}

void Lowerer::constructed(int Slot) {
  FrameSlot &S = IR.Slots[Slot];
  Scopes.back().Slots.push_back(Slot);
  if (S.IsReference || S.IsConstexpr || Trivial.count(Slot))
    return;
  enterChain(S);
}

void Lowerer::enterChain(FrameSlot &S) {
  S.LiveId = NextLiveId++;
  S.PrevLiveId = Live;
  Live = S.LiveId;
}

std::vector<int> Lowerer::slotsToLeave(size_t Depth) const {
  std::vector<int> Result;
  for (size_t I = Scopes.size(); I > Depth; --I)
    for (auto It = Scopes[I - 1].Slots.rbegin(); It != Scopes[I - 1].Slots.rend(); ++It)
      if (IR.Slots[*It].LiveId != 0)
        Result.push_back(*It);
  return Result;
}

void Lowerer::useOf(const DeclRefExpr *DRE) {
  if (const auto *B = dyn_cast<BindingDecl>(DRE->getDecl())) {
    auto It = BindingUses.find(B);
    if (It == BindingUses.end())
      return;
    if (inMacroBody(DRE->getLocation())) {
      Diags.report(DRE->getLocation(), DiagKind::UseInMacro) << B->getName();
      Failed = true;
      return;
    }
    BodyEdit E = It->second;
    E.Begin = off(DRE->getLocation());
    E.End = offAfter(DRE->getLocation());
    IR.Edits.push_back(E);
    return;
  }
  const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
  if (!VD)
    return;
  auto It = SlotOf.find(VD);
  if (It == SlotOf.end()) {
    It = PackSlotOf.find(VD);
    if (It == PackSlotOf.end())
      return;
  }
  useSlotAt(DRE->getLocation(), VD, It->second);
}

void Lowerer::useSlotAt(SourceLocation Loc, const VarDecl *VD, int Slot) {
  if (inMacroBody(Loc)) {
    Diags.report(Loc, DiagKind::UseInMacro) << VD->getName();
    Failed = true;
    return;
  }
  BodyEdit E{EditKind::UseSlot};
  E.Begin = off(Loc);
  E.End = offAfter(Loc);
  E.Slot = Slot;
  IR.Edits.push_back(E);
}

std::string Lowerer::className(const CXXRecordDecl *RD) {
  if (!classNameTaken(GI.Function, RD))
    return RD->getName().str();
  std::string &Alias = ClassAliases[RD];
  if (Alias.empty()) {
    Alias = "corogen_class_" + std::to_string(ClassAliases.size());
    BodyEdit E{EditKind::Replace};
    E.Begin = E.End = stmtEnd(aliasedClassStmt(Ctx, RD));
    E.Text = std::string(" using ") + Alias + " = " + RD->getKindName().str() + " " +
             RD->getName().str() + ";";
    IR.Edits.push_back(E);
  }
  return Alias;
}

void Lowerer::implicitSelf(SourceLocation Loc) {
  const auto *MD = dyn_cast<CXXMethodDecl>(GI.Function);
  if (!MD || !MD->isInstance())
    return;
  if (inMacroBody(Loc)) {
    Diags.report(Loc, DiagKind::UseInMacro) << "this";
    Failed = true;
    return;
  }
  BodyEdit E{EditKind::ImplicitSelf};
  E.Begin = E.End = off(Loc);
  IR.Edits.push_back(E);
}

void Lowerer::explicitSelf(const CXXThisExpr *TE) {
  if (inMacroBody(TE->getLocation())) {
    Diags.report(TE->getLocation(), DiagKind::UseInMacro) << "this";
    Failed = true;
    return;
  }
  BodyEdit E{EditKind::ExplicitSelf};
  E.Begin = off(TE->getLocation());
  E.End = offAfter(TE->getLocation());
  IR.Edits.push_back(E);
}

void Lowerer::predefinedName(const PredefinedExpr *PE) {
  // Inside the frame, __func__ would name its member function; it keeps the
  // generator's name instead. (Inside a macro, such as assert, it cannot be
  // rewritten, and names the frame's function.)
  if (!PE->getFunctionName())
    return;
  SourceLocation Loc = PE->getLocation();
  if (inMacroBody(Loc)) {
    SourceLocation Call = SM.getExpansionLoc(Loc);
    Diags.report(Call, DiagKind::FuncNameInMacro)
        << PredefinedExpr::getIdentKindName(PE->getIdentKind())
        << Lexer::getImmediateMacroName(Loc, SM, LO);
    return;
  }
  BodyEdit E{EditKind::PredefinedName};
  E.Begin = off(Loc);
  E.End = offAfter(Loc);
  E.Text = quoted(PE->getFunctionName()->getString());
  IR.Edits.push_back(E);
}

void Lowerer::lowerExpr(const Stmt *E, bool Constant) {
  ExprWalker W(*this, Constant);
  W.TraverseStmt(const_cast<Stmt *>(E));
}

void Lowerer::lowerType(const TypeSourceInfo *TSI) {
  if (TSI)
    ExprWalker(*this).TraverseTypeLoc(TSI->getTypeLoc());
}

void Lowerer::lowerChildren(const Stmt *S) {
  for (const Stmt *Child : S->children()) {
    if (!Child)
      continue;
    if (isa<Expr>(Child) && !MarkerByStmt.count(Child))
      lowerExpr(Child);
    else
      lowerStmt(Child);
  }
}

void Lowerer::lowerStmt(const Stmt *S) {
  if (!S)
    return;
  if (isa<IfStmt, SwitchStmt, WhileStmt>(S) && llvm::is_contained(GI.Hoisted, S))
    return lowerHoisted(S);
  auto Marker = MarkerByStmt.find(S);
  if (Marker != MarkerByStmt.end() && !isa<DeclStmt>(S)) {
    const std::vector<const MarkerSite *> &Ms = Marker->second;
    if (const auto *FS = dyn_cast<ForStmt>(S))
      return lowerFor(FS, &Ms);
    // (A range-for that suspends places its range's suspensions itself,
    // after its init-statement.)
    if (const auto *RF = dyn_cast<CXXForRangeStmt>(S);
        RF && llvm::is_contained(GI.SuspendingRangeFors, RF)) {
      HeaderStmts.insert(RF);
      return lowerRangeFor(RF, &Ms);
    }
    unsigned First = lowerMarkers(Ms);
    // A marker in a condition: the rest of the statement is lowered as usual.
    if (const auto *If = dyn_cast<IfStmt>(S)) {
      lowerExpr(If->getCond());
      lowerStmt(If->getThen());
      lowerStmt(If->getElse());
      return;
    }
    if (const auto *Sw = dyn_cast<SwitchStmt>(S)) {
      lowerExpr(Sw->getCond());
      Targets.push_back(JumpTarget{Scopes.size(), /*IsLoop=*/false});
      lowerStmt(Sw->getBody());
      Targets.pop_back();
      return;
    }
    if (const auto *D = dyn_cast<DoStmt>(S)) {
      Targets.push_back(JumpTarget{Scopes.size(), /*IsLoop=*/true, First});
      lowerStmt(D->getBody());
      Targets.pop_back();
      lowerExpr(D->getCond());
      return;
    }
    if (const auto *W = dyn_cast<WhileStmt>(S)) {
      lowerExpr(W->getCond());
      Targets.push_back(JumpTarget{Scopes.size(), /*IsLoop=*/true});
      lowerStmt(W->getBody());
      Targets.pop_back();
      return;
    }
    // A marker in a range-for's range: the loop is lowered as usual.
    if (isa<CXXForRangeStmt>(S))
      return lowerJumpTarget(S, /*IsLoop=*/true);
    lowerExpr(S);
    return;
  }
  if (const auto *CS = dyn_cast<CompoundStmt>(S))
    return lowerCompound(CS);
  if (const auto *DS = dyn_cast<DeclStmt>(S))
    return lowerDeclStmt(DS);
  if (const auto *FS = dyn_cast<ForStmt>(S))
    return lowerFor(FS);
  if (const auto *RF = dyn_cast<CXXForRangeStmt>(S)) {
    if (llvm::is_contained(GI.SuspendingRangeFors, RF))
      return lowerRangeFor(RF);
    return lowerJumpTarget(S, /*IsLoop=*/true);
  }
  if (const auto *TS = dyn_cast<CXXTryStmt>(S); TS && llvm::is_contained(GI.SuspendingTrys, TS))
    return lowerTry(TS);
  if (const auto *CS = dyn_cast<CXXCatchStmt>(S)) {
    if (llvm::is_contained(GI.SuspendingHandlers, CS))
      return lowerHandler(CS);
    // (Frame locals named in its exception variable's type are renamed.)
    if (const VarDecl *Exc = CS->getExceptionDecl())
      lowerType(Exc->getTypeSourceInfo());
    HandlerStack.push_back(-1);
    lowerChildren(S);
    HandlerStack.pop_back();
    return;
  }
  if (isa<WhileStmt, DoStmt>(S))
    return lowerJumpTarget(S, /*IsLoop=*/true);
  if (isa<SwitchStmt>(S))
    return lowerJumpTarget(S, /*IsLoop=*/false);
  if (isa<BreakStmt>(S))
    return lowerJump(S, /*IsBreak=*/true);
  if (isa<ContinueStmt>(S))
    return lowerJump(S, /*IsBreak=*/false);
  if (const auto *GS = dyn_cast<GotoStmt>(S))
    return lowerGoto(GS);
  if (isa<Expr>(S))
    return lowerExpr(S);
  // (A case label is a constant expression, also where it depends on a
  // template parameter and is no ConstantExpr yet.)
  if (const auto *Case = dyn_cast<CaseStmt>(S)) {
    lowerExpr(Case->getLHS(), /*Constant=*/true);
    if (Case->getRHS())
      lowerExpr(Case->getRHS(), /*Constant=*/true);
    return lowerStmt(Case->getSubStmt());
  }
  lowerChildren(S);
}

void Lowerer::lowerCompound(const CompoundStmt *CS) {
  pushScope(CS);
  enterPending();
  for (const Stmt *Child : CS->body())
    lowerStmt(Child);
  std::vector<int> Leave = slotsToLeave(Scopes.size() - 1);
  // A block that ends in a jump never reaches its end (the jump destroyed
  // what it leaves); code there would only make compilers warn.
  if (!Leave.empty() && !endsInJump(CS)) {
    BodyEdit E{EditKind::Destroy};
    E.Begin = off(CS->getRBracLoc());
    E.Slots = Leave;
    E.LiveAfter = Scopes.back().LiveAtEntry;
    IR.Edits.push_back(E);
  }
  popScope();
}

void Lowerer::lowerDeclStmt(const DeclStmt *DS) {
  auto Marker = MarkerByStmt.find(DS);
  size_t SuspendEdit = IR.Edits.size();
  // With several declarators, the markers of each initialiser suspend when
  // its turn comes, after the earlier variables are made: the declaration
  // becomes a sequence of statements, one per declarator (Split).
  bool Split = Marker != MarkerByStmt.end() && !DS->isSingleDecl();
  // (Then, as the unbraced body of a statement, it goes in a block, which
  // is its variables' scope.)
  bool Wrap = Split && isUnbracedBody(DS);
  if (Wrap)
    pushScope(DS);
  if (Marker != MarkerByStmt.end() && !Split) {
    lowerMarkers(Marker->second);
    SuspendEdit = IR.Edits.size() - 1;
  }
  Offset SplitFrom = splitDeclaration(DS);
  const VarDecl *Previous = nullptr;
  for (const Decl *D : DS->decls()) {
    if (Split) {
      if (const auto *VD = dyn_cast<VarDecl>(D)) {
        std::vector<const MarkerSite *> Mine;
        for (const MarkerSite *M : Marker->second)
          if (M->Var == VD)
            Mine.push_back(M);
        SuspendEdit = IR.Edits.size();
        if (!Mine.empty()) {
          size_t First = IR.Edits.size();
          lowerMarkers(Mine);
          SuspendEdit = IR.Edits.size() - 1;
          // They stand before the declarator (after the previous one's
          // statement), and what they keep dies at its end.
          for (size_t I = First; I != IR.Edits.size(); ++I) {
            BodyEdit &E = IR.Edits[I];
            if (E.Kind != EditKind::Suspend)
              continue;
            E.Split = true;
            E.InHeader = false;
            if (Wrap)
              E.WrapInBraces = false; // (the whole declaration is in braces)
            E.Separator = Previous != nullptr;
            if (Previous)
              E.StmtBegin = offAfter(declaratorEnd(Previous, SM, LO));
            E.StmtEnd = offAfter(declaratorEnd(VD, SM, LO));
          }
        }
        Previous = VD;
      }
    }
    // Frame variables named in a static_assert or in a declared type
    // (decltype) are renamed as everywhere else.
    if (const auto *SA = dyn_cast<StaticAssertDecl>(D)) {
      lowerExpr(SA->getAssertExpr(), /*Constant=*/true);
      continue;
    }
    if (const auto *TD = dyn_cast<TypedefNameDecl>(D)) {
      lowerType(TD->getTypeSourceInfo());
      continue;
    }
    // (And in an enumerator's value, `enum { a = n };`.)
    if (const auto *ED = dyn_cast<EnumDecl>(D)) {
      for (const EnumConstantDecl *C : ED->enumerators())
        if (const Expr *Value = C->getInitExpr())
          lowerExpr(Value, /*Constant=*/true);
      continue;
    }
    // (So are they in the types of a class's members, `struct S {
    // decltype(x) m; };`. Its member functions and default member
    // initialisers name them only in unevaluated operands or as constants,
    // which LocalClassWalker rewrites.)
    if (const auto *RD = dyn_cast<CXXRecordDecl>(D);
        RD && RD->isThisDeclarationADefinition()) {
      for (const Decl *Member : RD->decls()) {
        if (const auto *FD = dyn_cast<FieldDecl>(Member))
          lowerType(FD->getTypeSourceInfo());
        else if (const auto *Alias = dyn_cast<TypedefNameDecl>(Member))
          lowerType(Alias->getTypeSourceInfo());
      }
      LocalClassWalker(*this).walk(RD);
      continue;
    }
    const auto *VD = dyn_cast<VarDecl>(D);
    if (!VD)
      continue;
    // (A variable that its initialiser names has its slot first.)
    int Slot = -1;
    if (GI.isFrameLocal(VD) && !isBoxed(VD) && !VD->isConstexpr() && namesItself(VD))
      Slot = addLocalSlot(VD);
    if (VD->getInit())
      lowerExpr(VD->getInit());
    if (!GI.isFrameLocal(VD)) {
      lowerType(VD->getTypeSourceInfo());
      // (and in its alignas)
      for (const AlignedAttr *A : VD->specific_attrs<AlignedAttr>()) {
        if (!A->isAlignmentExpr())
          lowerType(A->getAlignmentType());
        else if (const Expr *Alignment = A->getAlignmentExpr())
          lowerExpr(Alignment);
      }
      continue;
    }
    // Kept operands of its initialiser die after it is constructed, and it
    // (or the temporary a reference binds, or those of its reference
    // members) stays the innermost live slot.
    auto OutlivesKept = [&] {
      if (SuspendEdit < IR.Edits.size() && IR.Edits[SuspendEdit].Kind == EditKind::Suspend &&
          (IR.Edits[SuspendEdit].Nested || IR.Edits[SuspendEdit].FoldObjects ||
           IR.Edits[SuspendEdit].FoldKept >= 0 || IR.Edits[SuspendEdit].FoldOuter >= 0))
        IR.Edits[SuspendEdit].LiveAfter = Live;
    };
    if (llvm::is_contained(GI.BoxedLocals, VD)) {
      lowerBoxed(DS, VD, SplitFrom);
      OutlivesKept();
      continue;
    }
    if (VD->isConstexpr()) {
      // A constant needs no room in the frame: it becomes `static constexpr`,
      // which a resume may jump past.
      BodyEdit E{EditKind::Construct};
      E.Begin = E.End = off(DS->getBeginLoc());
      E.Init = InitStyle::Default;
      E.Text = "static ";
      IR.Edits.push_back(E);
      continue;
    }
    if (Slot < 0)
      Slot = addLocalSlot(VD);
    lowerConstruct(DS, VD, Slot);
    IR.Edits.back().Split = Split;
    OutlivesKept();
    if (const auto *DD = dyn_cast<DecompositionDecl>(VD))
      lowerBindings(DD, Slot, offAfter(DS->getEndLoc()),
                    llvm::is_contained(GI.AutoFromInit, VD) ? DeducedOf[VD] : "");
  }
  if (Wrap) {
    BodyEdit E{EditKind::Destroy};
    E.WrapInBraces = true;
    E.StmtBegin = off(DS->getBeginLoc());
    E.Begin = stmtEnd(DS);
    E.Slots = slotsToLeave(Scopes.size() - 1);
    E.LiveAfter = Scopes.back().LiveAtEntry;
    IR.Edits.push_back(E);
    popScope();
  }
}

Offset Lowerer::splitDeclaration(const DeclStmt *DS) {
  const TagDecl *Defined = nullptr;
  bool Boxed = false;
  std::vector<const VarDecl *> Vars;
  for (const Decl *D : DS->decls()) {
    if (const auto *VD = dyn_cast<VarDecl>(D)) {
      Vars.push_back(VD);
      Boxed = Boxed || llvm::is_contained(GI.BoxedLocals, VD);
    } else if (const auto *Tag = dyn_cast<TagDecl>(D);
               Tag && Tag->isThisDeclarationADefinition() &&
               !definedTypeName(Tag, DS, Ctx).empty()) {
      Defined = Tag;
    }
  }
  // (Analysis boxes all of them or none.)
  if (!Boxed || (Vars.size() < 2 && !Defined))
    return 0;
  BodyEdit E{EditKind::SplitDeclaration};
  E.Begin = off(DS->getBeginLoc());
  E.End = off(declaratorBegin(Vars.front()));
  if (Defined) {
    E.InitBegin = off(Defined->getBeginLoc());
    E.InitEnd = offAfter(Defined->getBraceRange().getEnd());
    E.Text = definedTypeName(Defined, DS, Ctx);
    E.TypeAlias = unnamedTypeAlias(Defined);
  }
  for (size_t I = 1; I != Vars.size(); ++I) {
    llvm::Optional<Token> Comma =
        Lexer::findNextToken(fileEndLoc(SM, declaratorEnd(Vars[I - 1], SM, LO)), SM, LO);
    assert(Comma && Comma->is(tok::comma) && "declarators not separated by a comma");
    E.Commas.push_back(off(Comma->getLocation()));
  }
  IR.Edits.push_back(E);
  return E.Begin;
}

Offset Lowerer::bindingsEnd(const DecompositionDecl *DD) const {
  llvm::Optional<Token> Close =
      Lexer::findNextToken(SM.getFileLoc(DD->bindings().back()->getLocation()), SM, LO);
  assert(Close && Close->is(tok::r_square) && "bindings not closed by ]");
  return offAfter(Close->getLocation());
}

int Lowerer::lowerBoxed(const DeclStmt *DS, const VarDecl *VD, Offset SplitFrom) {
  BoxBindings Boxed;
  int Slot = addBoxSlotOf(VD, Boxed);
  DeclaredAt[Slot] = off(VD->getBeginLoc());
  // A resume into its scope enters through the declaration, which names the
  // boxed object again, then dispatches (the suspensions lowered while the
  // region is on TryStack are inside it, up to the end of the block).
  unsigned Region = boxRegion(off(DS->getBeginLoc())).Id;
  // (One of split declarations, and a condition variable, end at their
  // declarator, with no `;` (the last of split ones before its `;`): what
  // the markers of its initialiser keep dies there after the dispatch,
  // which a resume jumps past.)
  bool Unterminated = SplitFrom != 0 || isConditionVariable(DS);
  IR.Trys[Region - 1].BlockBegin = Unterminated ? offAfter(declaratorEnd(VD, SM, LO)) : stmtEnd(DS);
  // Its written type stays in the body: the names in it are rewritten as
  // everywhere else.
  if (const TypeSourceInfo *TSI = VD->getTypeSourceInfo())
    ExprWalker(*this).TraverseTypeLoc(TSI->getTypeLoc());
  // (`decltype(auto)` of an object: `new decltype(auto)(e)` is read as
  // decltype((e)) by g++, so the box makes it with `auto`, and its const.)
  if (const AutoType *AT = VD->getType()->getContainedAutoType();
      AT && AT->isDecltypeAuto() && !VD->getType()->isReferenceType() && !isBoundDeclared(VD)) {
    BodyEdit Placeholder{EditKind::Replace};
    SourceRange Written = VD->getTypeSourceInfo()->getTypeLoc().getSourceRange();
    Placeholder.Begin = off(Written.getBegin());
    Placeholder.End = offAfter(Written.getEnd());
    Placeholder.Text = VD->getType().isConstQualified() ? "const auto" : "auto";
    IR.Edits.push_back(Placeholder);
  }
  lowerConstruct(DS, VD, Slot);
  // (The bindings' boxes, made after the object, die before it.)
  for (int Box : Boxed.Slots) {
    DeclaredAt[Box] = DeclaredAt[Slot];
    constructed(Box);
  }
  BodyEdit &E = IR.Edits.back();
  E.Region = Region;
  if (SplitFrom != 0) {
    E.Begin = off(declaratorBegin(VD));
    E.Separator = false;
    E.SplitFrom = SplitFrom;
  }
  E.Unterminated = Unterminated;
  // The type as written, which the body can name (`auto`, `const auto`,
  // the name of a local class), ends before the name.
  E.ArgBegin = off(VD->getLocation());
  // `auto x = e;` deduces as `new auto(e)` does and initialises the same.
  if (VD->getInitStyle() == VarDecl::CInit && VD->getType()->getContainedAutoType())
    E.Init = InitStyle::SameType;
  // An array, or an object of an unnamed class its declaration defines:
  // the declaration, up to the end of its declarator, declares the member
  // of a class made in the box (with the bound its list gives, where the
  // source leaves it out).
  if (llvm::is_contained(GI.BoxedMembers, VD)) {
    E.BoxMember = true;
    if (defaultInitialised(VD))
      E.Init = InitStyle::Default;
    E.ArgBegin = offAfter(VD->getLocation());
    const auto *AT = Ctx.getAsConstantArrayType(VD->getType());
    // (A bound that depends on a template parameter is written.)
    if (auto Array = VD->getTypeSourceInfo()->getTypeLoc().getAs<ArrayTypeLoc>();
        Array && (AT || Array.getSizeExpr())) {
      E.ArgBegin = offAfter(Array.getRBracketLoc());
      if (!Array.getSizeExpr()) {
        E.BoundAt = off(Array.getRBracketLoc());
        E.Bound = std::to_string(AT->getSize().getZExtValue());
      }
    } else if (Array && !Array.getSizeExpr()) {
      // (In a template, as the instantiation counts the list, which brace
      // elision and pack expansions may make differ from its length.)
      const auto *List = cast<InitListExpr>(VD->getInit()->IgnoreImplicit());
      E.ArgBegin = offAfter(Array.getRBracketLoc());
      E.BoundAt = off(Array.getRBracketLoc());
      E.Bound = "decltype(" + IR.Slots[Slot].Name + "_count())::value";
      E.ListBegin = off(List->getLBraceLoc());
      E.ListEnd = offAfter(List->getRBraceLoc());
      E.VarNameAt = off(VD->getLocation());
    }
  }
  E.Bindings = std::move(Boxed);
  // (An array's copy, made as the runtime's array_object, from e as a
  // whole: `= e`, `(e)` or `{e}`.)
  if (E.Bindings.Object && E.Init == InitStyle::ArrayCopy)
    E.Init = VD->getInitStyle() == VarDecl::CInit ? InitStyle::SameType : InitStyle::Direct;
  // A reference keeps its declaration; the box holds the temporary it
  // binds to, or the address of the object.
  // (A `decltype(auto)` of a template: the body names the box.)
  if (isBoundDeclared(VD)) {
    E.Binding = BoxBinding::BoundDeclared;
    E.BoundName = boundName(VD);
    // (Initialised by a member, in parentheses, of an object of a
    // dependent type, `decltype(auto) d = (make<T>().first);`: the box
    // holds the object's bound_value, which keeps a prvalue's object, and
    // `d` is `auto &&` bound to the member of what it holds, as
    // decltype(auto) would declare it.)
    if (const Expr *Object = temporaryPartOf(VD))
      setPart(E, Object);
    // (Initialised by a variable of the generator, `decltype(auto) d =
    // x;`: its declared type, which the making function, naming x through
    // a reference of its own, would not deduce.)
    const auto *DRE = dyn_cast<DeclRefExpr>(singleInitialiser(VD)->IgnoreImplicit());
    const auto *X = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
    if (X && X->hasLocalStorage()) {
      E.Text = declaredTypeOf(X);
      if (E.Text.empty()) {
        Diags.report(VD->getLocation(), DiagKind::DependentAutoLocal) << VD->getName();
        Failed = true;
      }
    } else if (const auto *B = DRE ? dyn_cast<BindingDecl>(DRE->getDecl()) : nullptr) {
      // (Of a structured binding's name, `decltype(auto) d = b;`: what
      // decltype(b) names, the binding's declared type.)
      E.Text = bindingDeclaredType(B, B->getType());
      if (E.Text.empty())
        E.Text = "decltype(" + B->getName().str() + ")";
    }
  } else if (llvm::is_contained(GI.BoundReferences, VD))
    E.Binding = BoxBinding::Bound;
  else if (VD->getType()->isReferenceType())
    E.Binding = extendedTemporary(VD) ? BoxBinding::Temporary : addressBinding(boundInitialiser(VD));
  // (Bound to a part of the temporary: the box makes the temporary from
  // its own text, and the rest of the initialiser names the part.)
  if (const MaterializeTemporaryExpr *MTE = extendedTemporary(VD);
      MTE && E.Binding == BoxBinding::Temporary) {
    Offset Begin = off(MTE->getBeginLoc()), End = offAfter(MTE->getEndLoc());
    if (Begin != E.End || End != E.InitEnd) {
      E.PartBegin = Begin;
      E.PartEnd = End;
    }
  }
  enterBoxRegion(Region);
  return Slot;
}

std::string Lowerer::memberAccessor(const DecompositionDecl *DD, int Slot) {
  // A class's members are reached through a structured binding of as many
  // names, in a lambda declared beside the frame's types, never
  // instantiated unless the object is a class (static, so that the frame
  // may name it): in the generator, where access is checked as for the
  // declaration (a member generator binds its class's private members),
  // which the runtime's own, up to 16 names, is not. (Called with
  // declared_index, it gives the names' decltypes alone, binding no
  // reference to a member, which a bit-field would refuse.)
  std::string Accessor = "corogen_members_" + std::to_string(NextMembers++);
  std::string Names, Types;
  for (size_t I = 0; I != DD->bindings().size(); ++I) {
    std::string Name = "corogen_m" + std::to_string(I);
    Names += (I ? ", " : "") + Name;
    Types += (I ? ", decltype(" : "decltype(") + Name + ")";
  }
  std::string List = "::corogen::detail::bindings::type_list<" + Types + ">()";
  IR.Slots[Slot].Preamble +=
      " [[maybe_unused]] static constexpr auto " + Accessor +
      " = [](auto &corogen_e, auto corogen_i) noexcept { [[maybe_unused]] auto &[" + Names +
      "] = corogen_e; if constexpr (decltype(corogen_i)::value == "
      "::corogen::detail::bindings::declared_index) return " +
      List + "; else return ::corogen::detail::bindings::member_at<decltype(corogen_i)::value>(" +
      List + ", " + Names + "); };";
  return Accessor;
}

void Lowerer::lowerBindings(const DecompositionDecl *DD, int Slot, Offset After,
                            StringRef Of) {
  if (isDependentBinding(DD)) {
    // Whether the object is tuple-like, an array or a class is known at
    // instantiation: each binding is a runtime `binding` made from the
    // object where the declaration stood (a tuple-like one calls get<I>
    // then, once), destroyed with it. get<I> takes the object as an lvalue
    // when it is an lvalue reference, as an xvalue otherwise.
    QualType T = DD->getType();
    std::string Lvalue = T->isLValueReferenceType() ? "true"
                         : T->isRValueReferenceType() && T->getContainedAutoType()
                             ? "::std::is_lvalue_reference<" + Of.str() + " >::value"
                             : "false";
    std::string Accessor = memberAccessor(DD, Slot);
    unsigned Index = 0;
    std::string Bindings;
    for (const BindingDecl *B : DD->bindings()) {
      int Binding = runtimeBinding(DD, B, Index++, Slot, After, Lvalue, Accessor);
      Bindings += ", " + IR.Slots[Binding].Name;
      Rebound.insert(B);
    }
    // The names stay the body's: declared again, `auto &&[a, b] =
    // rebound(object, bindings);`, after the bindings are made and on each
    // resume into their scope, which enters through that declaration (a
    // region, as a boxed local's), so that each is the binding it was (of a
    // bit-field too, which no reference reaches).
    TryRegion R = boxRegion(After);
    BodyEdit Rebind{EditKind::Rebind};
    Rebind.Begin = After;
    Rebind.Point = R.Id;
    Rebind.WrapInBraces = After == 0; // (a loop variable's: with its binds)
    Rebind.RangeSlot = Slot;
    Rebind.Bindings.Redeclaration = reboundDeclaration(
        DD, (IR.Slots[Slot].IsReference ? "*" : "") + IR.Slots[Slot].Name, Bindings);
    Rebindings[DD] = Rebind.Bindings.Redeclaration;
    IR.Edits.push_back(Rebind);
    if (After)
      enterBoxRegion(R.Id);
    else
      PendingRegions.push_back(R.Id);
    return;
  }
  unsigned Index = 0;
  for (const BindingDecl *B : DD->bindings()) {
    BodyEdit Use{EditKind::UseBinding};
    const Expr *Binding = B->getBinding()->IgnoreImplicit();
    const VarDecl *Holding = B->getHoldingVar();
    if (Holding && temporariesExtendedBy(Holding) != 0) {
      // get<I> returns a new object, which the reference keeps alive: the
      // runtime's binding keeps it in the frame.
      runtimeBinding(DD, B, Index++, Slot, After,
                     DD->getType()->isLValueReferenceType() ? "true" : "false");
      continue;
    }
    if (Holding) {
      // Tuple-like: a reference bound to get<I>(e), kept as its address.
      BodyEdit Bind{EditKind::Bind};
      Bind.Begin = After;
      Bind.RangeSlot = Slot;
      Bind.Point = Index;
      Bind.Slot = addHiddenSlot(B->getName(), Holding->getType().getNonReferenceType(),
                                /*IsReference=*/true, B->getLocation());
      const Expr *Get = Holding->getInit()->IgnoreImplicit();
      if (const auto *Call = dyn_cast<CallExpr>(Get); Call && !isa<CXXMemberCallExpr>(Call))
        Bind.Text = "::" + Call->getDirectCallee()->getQualifiedNameAsString();
      Bind.MoveArg = !DD->getType()->isLValueReferenceType();
      IR.Edits.push_back(Bind);
      Use.Slot = Bind.Slot;
    } else if (const auto *ME = dyn_cast<MemberExpr>(Binding)) {
      Use.Text = "." + ME->getMemberDecl()->getNameAsString();
      Use.RangeSlot = Slot;
    } else if (isa<ArraySubscriptExpr>(Binding)) {
      Use.Text = "[" + std::to_string(Index) + "]";
      Use.RangeSlot = Slot;
    }
    BindingUses[B] = Use;
    ++Index;
  }
}

int Lowerer::runtimeBinding(const DecompositionDecl *DD, const BindingDecl *B, unsigned Index,
                            int Slot, Offset After, StringRef Lvalue, StringRef Accessor) {
  int Binding = addSpelledSlot(
      B->getName(),
      "::corogen::detail::binding<" + slotTypeAlias(Slot) + ", " + std::to_string(Index) + ", " +
          std::to_string(DD->bindings().size()) + ", " + Lvalue.str() +
          (Accessor.empty() ? "" : ", decltype(" + Accessor.str() + ")") + ">",
      B->getLocation());
  IR.Slots[Binding].SourceName = B->getName().str();
  // An object made from a braced list of a type that depends on a template
  // parameter: the runtime refuses an aggregate that may bind a reference
  // member to a temporary, which the function that makes it would not keep
  // (beside the first binding's alias, after the object's).
  const CXXUnresolvedConstructExpr *List = Index == 0 ? bracedDecompositionObject(DD) : nullptr;
  if (List && List->getType()->isDependentType())
    IR.Slots[Binding].Preamble += " static_assert(::corogen::detail::braced_binding<" +
                                  slotTypeAlias(Slot) + ", " +
                                  std::to_string(DD->bindings().size()) + ">::value, \"\");";
  DeclaredAt[Binding] = off(DD->getBeginLoc());
  // (A loop variable's are made with it, at the top of the body.)
  if (After)
    constructed(Binding);
  else
    PendingSlots.push_back(Binding);
  BodyEdit Bind{EditKind::Bind};
  Bind.Begin = After;
  Bind.RangeSlot = Slot;
  Bind.Slot = Binding;
  Bind.Point = Index;
  Bind.Text = Accessor.str(); // (passed to the binding, if any)
  IR.Edits.push_back(Bind);
  BindingTypes[B] =
      "::corogen::detail::identity_t<typename " + slotTypeAlias(Binding) + "::declared_type>";
  // (A dependent one's name is declared again, the body's own.)
  if (Accessor.empty()) {
    BodyEdit Use{EditKind::UseBinding};
    Use.RangeSlot = Binding;
    Use.Text = ".ref()";
    BindingUses[B] = Use;
  }
  return Binding;
}

void Lowerer::lowerConstruct(const DeclStmt *DS, const VarDecl *VD, int Slot) {
  BodyEdit E{EditKind::Construct};
  E.Slot = Slot;
  bindingCaptures(VD->getInit(), E);
  // The first declarator's construction replaces the declaration's start; a
  // later one's, the `,` before it: the declaration becomes one expression,
  // constructing its variables in order.
  const VarDecl *Previous = nullptr;
  for (const Decl *D : DS->decls()) {
    if (D == VD)
      break;
    Previous = dyn_cast<VarDecl>(D);
  }
  E.Separator = Previous != nullptr;
  E.Begin = Previous ? offAfter(declaratorEnd(Previous, SM, LO)) : off(DS->getBeginLoc());
  E.StmtEnd = offAfter(declaratorEnd(VD, SM, LO)); // where the declarator ends
  const Expr *Init = VD->getInit();
  if (!Init) {
    E.Init = InitStyle::Default;
    E.End = E.StmtEnd;
  } else {
    E.InitEnd = offAfter(Init->getEndLoc());
    // (g++ cannot make a GNU vector from a braced list in a new-expression,
    // as the frame makes its locals.)
    if (VD->getType()->isVectorType() && isa<InitListExpr>(Init->IgnoreImplicit())) {
      Diags.report(VD->getLocation(), DiagKind::VectorFromList) << localName(VD);
      Failed = true;
    }
    switch (VD->getInitStyle()) {
    case VarDecl::CInit: {
      const Expr *Bare = Init->IgnoreImplicit();
      if (isa<InitListExpr>(Bare)) {
        E.Init = InitStyle::CopyList;
      } else {
        QualType VarT = VD->getType().getUnqualifiedType();
        // (An elidable copy, before C++17, is of its argument's prvalue.)
        const auto *Construct = dyn_cast<CXXConstructExpr>(Bare);
        if (Construct && Construct->isElidable() && Construct->getNumArgs() >= 1) {
          Bare = Construct->getArg(0)->IgnoreImplicit();
          Construct = dyn_cast<CXXConstructExpr>(Bare);
        }
        QualType InitT = Bare->getType().getUnqualifiedType();
        // (Not a constructor's implicit conversion, `S s = 1;`, whose text is
        // its argument: made directly from it, `S(1)`, it could take an
        // explicit constructor that copy-initialisation does not.)
        bool Converts = Construct && !isa<CXXTemporaryObjectExpr>(Construct);
        bool Same = Bare->isPRValue() && !Converts && !VarT->isDependentType() &&
                    Ctx.hasSameType(VarT, InitT) && VarT->isRecordType();
        // (Also where e's type depends on a template parameter, `Box b =
        // make(t);`: only the instantiation shows whether e is a prvalue
        // of T, which copy_init would move from.)
        // (And where a constructor converts e, or e is a prvalue of another
        // class that converts: through a forwarding reference, copy_init
        // would materialise e and move from it where C++ initialises the
        // constructor's parameter from the prvalue itself.)
        bool Dependent =
            (VarT->isDependentType() || Bare->isTypeDependent() ||
             (Bare->isPRValue() && (Converts || InitT->isRecordType()))) &&
            !VarT->isArrayType();
        E.Init = Same        ? InitStyle::SameType
                 : Dependent ? InitStyle::CopyDependent
                             : InitStyle::Copy;
      }
      E.End = off(Init->getBeginLoc());
      break;
    }
    case VarDecl::CallInit:
    case VarDecl::ListInit: {
      E.Init = InitStyle::Direct;
      // The list starts at the first `(` or `{` after the name.
      SourceLocation Loc = SM.getFileLoc(VD->getLocation());
      for (;;) {
        llvm::Optional<Token> Tok = Lexer::findNextToken(Loc, SM, LO);
        if (!Tok || Tok->isOneOf(tok::l_paren, tok::l_brace, tok::semi)) {
          E.End = Tok ? off(Tok->getLocation()) : off(Init->getBeginLoc());
          break;
        }
        Loc = Tok->getLocation();
      }
      break;
    }
    }
  }
  // The temporaries that its aggregates' reference members bind to: each in
  // a slot of its own, made where it stands in the initialiser, before the
  // local is complete; they die after it, also when a goto jumps back past
  // the declaration. (A reference's own temporary, made from them, is made
  // after them and dies before them.)
  auto keepMemberTemporaries = [&] {
    auto It = GI.MemberTemporaries.find(VD);
    if (It == GI.MemberTemporaries.end())
      return;
    for (const MaterializeTemporaryExpr *MTE : It->second) {
      // (One made before a marker of the initialiser is in its slot
      // already, and in the chain.)
      if (auto Kept = KeptMemberTemporaries.find(MTE); Kept != KeptMemberTemporaries.end()) {
        DeclaredAt[Kept->second] = DeclaredAt.lookup(Slot);
        Scopes.back().Slots.push_back(Kept->second);
        FrameSlot &S = IR.Slots[Kept->second];
        if (S.LiveId == 0)
          continue;
        // (Made after kept operands with destructors, which died at the
        // statement's end: a place of its own in the chain after it.)
        if (S.PrevLiveId == Live) {
          Live = S.LiveId;
          continue;
        }
        S.SpillLiveId = S.LiveId;
        S.SpillPrevLiveId = S.PrevLiveId;
        enterChain(S);
        continue;
      }
      BodyEdit Temp{EditKind::MemberTemporary};
      Temp.Slot = memberTemporarySlot(VD, MTE);
      makeMemberTemporary(MTE, Temp);
      DeclaredAt[Temp.Slot] = DeclaredAt.lookup(Slot);
      constructed(Temp.Slot);
      Temp.LiveId = IR.Slots[Temp.Slot].LiveId;
      // (Made on one side of a `?:` only: its destruction, and a later
      // slot's unwinding past it, test whether it was made.)
      if (Temp.LiveId != 0 && GI.GuardedMemberTemporaries.count(MTE))
        E.MadeFlags.push_back(addMadeFlag(Temp.Slot, MTE->getBeginLoc()));
      IR.Edits.push_back(Temp);
    }
  };
  // `T &r(e);` and `T &r{e};` (of a type reference-related to T's) bind as
  // `T &r = e;`: the initialiser is e, and the `)` or `}` after it goes.
  // (In a template, one bound by address to a variable, below, too.)
  const Expr *Bound = boundInitialiser(VD);
  if (!Bound && IR.Slots[Slot].IsReference && !isBoundReference(VD) &&
      !llvm::is_contained(GI.KeptReferences, VD) &&
      !llvm::is_contained(GI.ExtendedTemporaries, VD) &&
      !llvm::is_contained(GI.BracedReferences, VD))
    Bound = singleInitialiser(VD);
  // (So does a `decltype(auto)` of a template kept in a box: `(e)` deduces
  // and binds as `= e`.)
  if (!Bound && isBoundDeclared(VD))
    Bound = singleInitialiser(VD);
  if (Bound && (VD->getInitStyle() != VarDecl::CInit ||
                isa<InitListExpr>(VD->getInit()->IgnoreImplicit()))) {
    E.End = off(SM.getFileLoc(Bound->getBeginLoc()));
    E.InitEnd = offAfter(fileEndLoc(SM, Bound->getEndLoc()));
    BodyEdit Close{EditKind::Replace};
    Close.Begin = E.InitEnd;
    Close.End = E.StmtEnd;
    IR.Edits.push_back(Close);
    E.Init = InitStyle::Copy;
  }
  if (isBoundReference(VD)) {
    // Made from a function that returns the initialiser as it is.
    const Expr *Single = singleInitialiser(VD);
    keepPartObject(VD, Slot, E);
    E.Init = InitStyle::BoundReference;
    E.ArgBegin = off(SM.getFileLoc(Single->getBeginLoc()));
    E.ArgEnd = offAfter(fileEndLoc(SM, Single->getEndLoc()));
  } else if (IR.Slots[Slot].IsReference && llvm::is_contained(GI.KeptReferences, VD)) {
    // In a template: the runtime's kept_reference, in a slot of its own
    // made first from a function that returns the initialiser as it is,
    // keeps the temporary the reference binds to, if any (a prvalue, or a
    // conversion's result), or only the address; it dies with the
    // reference, also when a goto jumps back past the declaration.
    // (`= {e}` binds as `{e}` does.)
    const Expr *Single = singleInitialiser(VD);
    if (!Single)
      Single = copyListElement(VD);
    std::string Preamble;
    std::string Of = deducedOf(Single, Preamble);
    QualType T = VD->getType();
    bool Auto = T.getNonReferenceType()->getContainedAutoType() != nullptr;
    // (`auto &&` is an lvalue reference when the initialiser is an lvalue.)
    std::string Lvalue = T->isLValueReferenceType() ? "true"
                         : Auto ? "::std::is_lvalue_reference<" + Of + " >::value"
                                : "false";
    // A written type converts with copy-initialisation's rules, not a
    // list's ([dcl.init.list] p3), and `auto` never converts.
    bool Convert = !Auto && VD->getInitStyle() != VarDecl::ListInit && !copyListElement(VD);
    keepPartObject(VD, Slot, E);
    E.TemporarySlot = addSpelledSlot((VD->getName() + "_temporary").str(),
                                     "::corogen::detail::kept_reference<" + Of + ", " +
                                         slotTypeAlias(Slot) + ", " + Lvalue + ", " +
                                         (Convert ? "true" : "false") + ">",
                                     VD->getLocation());
    IR.Slots[E.TemporarySlot].Preamble = Preamble;
    DeclaredAt[E.TemporarySlot] = DeclaredAt.lookup(Slot);
    KeptReferenceSlot[VD] = E.TemporarySlot;
    constructed(E.TemporarySlot);
    E.Init = InitStyle::KeptReference;
    E.ArgBegin = off(SM.getFileLoc(Single->getBeginLoc()));
    E.ArgEnd = offAfter(fileEndLoc(SM, Single->getEndLoc()));
    // (A list of one element, `= {e}` or `{e}`, that converts e makes the
    // temporary by a list's rules: no narrowing, and, after `=`, no
    // explicit constructor.)
    E.CopyListMaker = copyListElement(VD) != nullptr;
    E.DirectListMaker = !E.CopyListMaker && VD->getInitStyle() == VarDecl::ListInit;
  } else if (IR.Slots[Slot].IsReference && llvm::is_contained(GI.ExtendedTemporaries, VD)) {
    // The temporary goes into a slot of its own, made first; the reference
    // takes its address.
    const MaterializeTemporaryExpr *MTE = extendedTemporary(VD);
    keepMemberTemporaries();
    E.TemporarySlot = addHiddenSlot((VD->getName() + "_temporary").str(), MTE->getType(),
                                    /*IsReference=*/false, VD->getLocation());
    // (An array, made from the braced list by an array new-expression.)
    IR.Slots[E.TemporarySlot].IsArray = MTE->getType()->isArrayType();
    // It dies with the reference, also when a goto jumps back past the
    // declaration.
    DeclaredAt[E.TemporarySlot] = DeclaredAt.lookup(Slot);
    constructed(E.TemporarySlot);
    E.Init = InitStyle::Copy;
    // Where the temporary stands in the initialiser (all of it, or the
    // object of a member access).
    E.ArgBegin = off(MTE->getBeginLoc());
    E.ArgEnd = offAfter(MTE->getEndLoc());
    // (`const A &a = A{1, 2};`: the array's new-expression replaces the
    // cast, and keeps its list.)
    // (And the parentheses around it go, `(A{1, 2})`: the opening ones
    // with the cast.)
    if (const InitListExpr *List = arrayListCast(MTE)) {
      E.End = off(List->getLBraceLoc());
      for (const Expr *Sub = MTE->getSubExpr()->IgnoreImplicit(); const auto *Paren =
               dyn_cast<ParenExpr>(Sub);
           Sub = Paren->getSubExpr()->IgnoreImplicit()) {
        BodyEdit Close{EditKind::Replace};
        Close.Begin = off(Paren->getRParen());
        Close.End = offAfter(Paren->getRParen());
        IR.Edits.push_back(Close);
      }
    }
    // (`const T &r{a, b};`: the braced list that follows the name makes the
    // temporary, direct-list-initialised, by a new-expression; clang's range
    // for it starts at the name.)
    if (VD->getInitStyle() == VarDecl::ListInit && !boundInitialiser(VD)) {
      E.Init = InitStyle::Direct;
      E.ArgBegin = E.End;
    }
  } else if (IR.Slots[Slot].IsReference && llvm::is_contained(GI.BracedReferences, VD)) {
    // In a template, a braced list that makes a temporary of the type the
    // reference refers to: made in a slot of its own of that type, as a
    // local of the type would be (`const T t{a, b};`, `const T t = {a,
    // b};`: the runtime refuses at instantiation what such a local would
    // not keep, braced_local), before the reference takes its address.
    QualType Object = VD->getType().getNonReferenceType();
    E.TemporarySlot =
        addHiddenSlot((VD->getName() + "_temporary").str(), Object, false, VD->getLocation());
    FrameSlot &Temp = IR.Slots[E.TemporarySlot];
    Temp.IsArray = Object->isArrayType();
    Temp.Preamble += bracedLocalCheck(VD, Temp.Type);
    DeclaredAt[E.TemporarySlot] = DeclaredAt.lookup(Slot);
    constructed(E.TemporarySlot);
    // (`{a, b}` after the name, direct-list-initialised by a new-expression;
    // `= {a, b}` copy-list-initialised as a lambda's return value.)
    E.Init = VD->getInitStyle() == VarDecl::ListInit ? InitStyle::Direct : InitStyle::Copy;
    E.ArgBegin = E.End;
    E.ArgEnd = E.InitEnd;
  } else if (IR.Slots[Slot].IsReference) {
    E.Init = InitStyle::Copy; // an address, taken from the initialiser
    // (`const S &r = c ? static_cast<const S &>(S()) : s;`: the temporaries
    // of the `?:`, made where they stand, before the reference binds.)
    keepMemberTemporaries();
  }
  else if (isa<DecompositionDecl>(VD) && VD->getType()->isArrayType())
    E.Init = InitStyle::ArrayCopy;
  if (!IR.Slots[Slot].IsReference)
    keepMemberTemporaries();
  constructed(Slot);
  E.LiveId = IR.Slots[Slot].LiveId;
  IR.Edits.push_back(E);
}

void Lowerer::lowerForCondition(const ForStmt *FS,
                                const std::vector<const MarkerSite *> *IncMarkers) {
  // `for (init; T v = c; inc) S` is `{ init; while (T v = c) { S inc; } }`
  // ([stmt.for]): `{ init; for (;;) { T v = c; if (!(v)) break; S step: inc;
  // } }`, v destroyed at the end of each iteration, after the increment; a
  // `continue` of S goes to the increment.
  BodyEdit H{EditKind::Hoist};
  H.Hoist = HoistKind::ForCondition;
  H.Begin = H.StmtBegin = off(FS->getBeginLoc());
  H.StmtEnd = stmtEnd(FS);
  H.LParenAt = off(FS->getLParenLoc());
  H.RParenAt = off(FS->getRParenLoc());
  H.BodyBegin = off(FS->getBody()->getBeginLoc());
  if (FS->getInc()) {
    H.IncBegin = off(FS->getInc()->getBeginLoc());
    H.IncEnd = offAfter(FS->getInc()->getEndLoc());
  }
  pushScope(FS);
  HeaderStmts.insert(FS);
  if (FS->getInit())
    H.Point = lowerHeaderInit(FS->getInit(), H.InitBegin, H.InitEnd);
  // A `break` leaves the condition variable's scope; a `continue` does not.
  unsigned Step = NextStep++;
  Targets.push_back(JumpTarget{Scopes.size(), /*IsLoop=*/true, 0, Step, 0});
  const DeclStmt *CondVarStmt = FS->getConditionVariableDeclStmt();
  pushScope(CondVarStmt);
  Targets.back().ContinueDepth = Scopes.size();
  lowerConditionVariable(CondVarStmt, H);
  if (FS->getInc())
    lowerExpr(FS->getInc());
  size_t BodyEdits = IR.Edits.size();
  lowerStmt(FS->getBody());
  if (llvm::any_of(llvm::make_range(IR.Edits.begin() + BodyEdits, IR.Edits.end()),
                   [&](const BodyEdit &E) {
                     return E.Kind == EditKind::ContinueGoto && E.Step == Step;
                   }))
    H.Step = Step;
  // The increment's markers suspend after the body (and after the step
  // label), while the condition variable lives.
  if (IncMarkers)
    H.Group = lowerMarkers(*IncMarkers);
  H.InnerSlots = slotsToLeave(Scopes.size() - 1);
  H.InnerLiveAfter = Scopes.back().LiveAtEntry;
  popScope();
  Targets.pop_back();
  H.Slots = slotsToLeave(Scopes.size() - 1);
  H.LiveAfter = Scopes.back().LiveAtEntry;
  popScope();
  IR.Edits.push_back(H);
}

void Lowerer::lowerFor(const ForStmt *FS, const std::vector<const MarkerSite *> *Markers) {
  if (rebuildsCondition(FS))
    return lowerForCondition(FS, Markers);
  pushScope(FS);
  if (llvm::is_contained(GI.Hoisted, FS)) {
    // The init-statement suspends: it runs before the loop.
    BodyEdit H{EditKind::Hoist};
    H.Hoist = HoistKind::For;
    H.Begin = H.StmtBegin = off(FS->getBeginLoc());
    H.StmtEnd = stmtEnd(FS);
    H.LParenAt = off(FS->getLParenLoc());
    H.Point = lowerHeaderInit(FS->getInit(), H.InitBegin, H.InitEnd);
    IR.Edits.push_back(H);
  } else if (FS->getInit()) {
    lowerStmt(FS->getInit());
  }
  unsigned ContinuePoint = 0;
  if (Markers)
    ContinuePoint = lowerMarkers(*Markers);
  // (A value fold in the condition leaves the increment where it is: a
  // `continue` runs it as written, then the turns.)
  if (Markers && Markers->size() == 1 && Markers->front()->ValueFold)
    ContinuePoint = 0;
  Targets.push_back(JumpTarget{Scopes.size(), /*IsLoop=*/true, ContinuePoint});
  if (FS->getConditionVariableDeclStmt())
    lowerStmt(FS->getConditionVariableDeclStmt());
  if (FS->getCond())
    lowerExpr(FS->getCond());
  if (FS->getInc())
    lowerExpr(FS->getInc());
  lowerStmt(FS->getBody());
  Targets.pop_back();
  std::vector<int> Leave = slotsToLeave(Scopes.size() - 1);
  if (!Leave.empty()) {
    // The init variable dies after the loop: enclose the loop and its
    // destruction in a block.
    BodyEdit E{EditKind::Destroy};
    E.WrapInBraces = true;
    E.StmtBegin = off(FS->getBeginLoc());
    E.Begin = stmtEnd(FS);
    E.Slots = Leave;
    E.LiveAfter = Scopes.back().LiveAtEntry;
    IR.Edits.push_back(E);
  }
  popScope();
}

unsigned Lowerer::lowerHeaderInit(const Stmt *Init, Offset &Begin, Offset &End) {
  Begin = off(Init->getBeginLoc());
  End = offAfterSemi(Init->getEndLoc());
  HeaderStmts.insert(Init);
  unsigned First = NextPoint;
  lowerStmt(Init);
  return NextPoint != First ? First : 0;
}

void Lowerer::lowerConditionVariable(const DeclStmt *DS, BodyEdit &H) {
  const auto *VD = cast<VarDecl>(DS->getSingleDecl());
  H.ArgBegin = off(DS->getBeginLoc());
  H.ArgEnd = offAfter(declaratorEnd(VD, SM, LO));
  HeaderStmts.insert(DS);
  unsigned First = NextPoint;
  lowerStmt(DS);
  H.PairGroup = NextPoint != First ? First : 0;
  auto Slot = SlotOf.find(VD);
  H.Slot = Slot == SlotOf.end() ? -1 : Slot->second;
  H.Text = VD->getName().str();
}

void Lowerer::lowerHoisted(const Stmt *S) {
  const Stmt *Init = nullptr, *Body = nullptr;
  const DeclStmt *CondVarStmt = nullptr;
  const Expr *Cond = nullptr;
  BodyEdit H{EditKind::Hoist};
  if (const auto *If = dyn_cast<IfStmt>(S)) {
    Init = If->getInit();
    CondVarStmt = If->getConditionVariableDeclStmt();
    Cond = If->getCond();
    H.LParenAt = off(If->getLParenLoc());
    H.RParenAt = off(If->getRParenLoc());
  } else if (const auto *Sw = dyn_cast<SwitchStmt>(S)) {
    Init = Sw->getInit();
    CondVarStmt = Sw->getConditionVariableDeclStmt();
    Cond = Sw->getCond();
    Body = Sw->getBody();
    H.LParenAt = off(Sw->getLParenLoc());
    H.RParenAt = off(Sw->getRParenLoc());
  } else {
    const auto *W = cast<WhileStmt>(S);
    CondVarStmt = W->getConditionVariableDeclStmt();
    Body = W->getBody();
    H.Hoist = HoistKind::While;
    H.LParenAt = off(W->getLParenLoc());
    H.RParenAt = off(W->getRParenLoc());
    H.BodyBegin = off(Body->getBeginLoc());
  }
  H.Begin = H.StmtBegin = off(S->getBeginLoc());
  H.StmtEnd = stmtEnd(S);
  // A `break` or `continue` of the loop leaves the condition variable's
  // scope; a `break` of a switch does not.
  if (H.Hoist == HoistKind::While)
    Targets.push_back(JumpTarget{Scopes.size(), /*IsLoop=*/true});
  pushScope(S);
  HeaderStmts.insert(S);
  if (Init)
    H.Point = lowerHeaderInit(Init, H.InitBegin, H.InitEnd);
  if (CondVarStmt) {
    // (The condition itself is the variable, named where it is declared.)
    lowerConditionVariable(CondVarStmt, H);
  } else {
    auto Marker = MarkerByStmt.find(S);
    if (Marker != MarkerByStmt.end())
      H.PairGroup = lowerMarkers(Marker->second);
    lowerExpr(Cond);
    // Where the condition stands, should it keep operands with destructors
    // (KeepCondition), and for a switch the type it converts to.
    H.CondBegin = off(SM.getFileLoc(Cond->getBeginLoc()));
    H.CondEnd = offAfter(fileEndLoc(SM, Cond->getEndLoc()));
    if (isa<SwitchStmt>(S) && !Cond->getType()->isDependentType())
      H.CondType = spellType(Cond->getType().getUnqualifiedType());
    else if (isa<SwitchStmt>(S))
      dependentSwitchType(Cond, H);
  }
  if (const auto *If = dyn_cast<IfStmt>(S)) {
    lowerStmt(If->getThen());
    lowerStmt(If->getElse());
  } else if (H.Hoist == HoistKind::While) {
    lowerStmt(Body);
  } else {
    Targets.push_back(JumpTarget{Scopes.size(), /*IsLoop=*/false});
    lowerStmt(Body);
    Targets.pop_back();
  }
  H.Slots = slotsToLeave(Scopes.size() - 1);
  H.LiveAfter = Scopes.back().LiveAtEntry;
  popScope();
  if (H.Hoist == HoistKind::While)
    Targets.pop_back();
  IR.Edits.push_back(H);
}

void Lowerer::lowerRangeFor(const CXXForRangeStmt *RF,
                            const std::vector<const MarkerSite *> *RangeMarkers) {
  const Stmt *Body = RF->getBody();
  const VarDecl *LoopVar = RF->getLoopVariable();
  const VarDecl *RangeVar = cast<VarDecl>(RF->getRangeStmt()->getSingleDecl());
  const VarDecl *BeginVar =
      RF->getBeginStmt() ? cast<VarDecl>(RF->getBeginStmt()->getSingleDecl()) : nullptr;
  const VarDecl *EndVar =
      RF->getEndStmt() ? cast<VarDecl>(RF->getEndStmt()->getSingleDecl()) : nullptr;
  const Expr *RangeInit = RF->getRangeInit();
  BodyEdit E{EditKind::RangeFor};
  bindingCaptures(RF->getRangeInit(), E);
  E.Begin = off(RF->getBeginLoc());
  E.StmtEnd = stmtEnd(RF);
  E.InitBegin = off(RangeInit->getBeginLoc());
  E.InitEnd = offAfter(RangeInit->getEndLoc());
  const auto *Block = dyn_cast<CompoundStmt>(Body);
  // An unbraced body gets braces: the loop variable's scope.
  E.WrapInBraces = Block == nullptr;
  E.BodyBegin = Block ? off(Block->getLBracLoc()) : off(Body->getBeginLoc());
  E.BodyEnd = Block ? off(Block->getRBracLoc()) : stmtEnd(Body);
  E.ArgBegin = off(LoopVar->getBeginLoc());
  E.ArgEnd = offAfter(LoopVar->getLocation());
  // The init-statement (C++20) runs first, in the loop's scope: what it
  // declares dies after the range. Then the range's markers suspend.
  pushScope(RF);
  if (RF->getInit())
    E.Point = lowerHeaderInit(RF->getInit(), E.PreBegin, E.PreEnd);
  if (RangeMarkers)
    E.PairGroup = lowerMarkers(*RangeMarkers);
  lowerExpr(RangeInit);

  std::string Deref;
  if (llvm::is_contained(GI.BoxedRangeFors, RF)) {
    lowerBoxedRange(RF, E);
  } else if (!BeginVar || !EndVar) {
    Deref = lowerDependentRange(RF, E);
  } else {
    lowerKnownRange(RF, E, RangeVar, BeginVar, EndVar);
  }
  // What the range's markers keep dies after the range is made, which then
  // stays the innermost live slot.
  if (E.PairGroup && IR.Slots[E.RangeSlot].LiveId != 0)
    for (BodyEdit &S : IR.Edits)
      if (S.Kind == EditKind::Suspend && S.Nested && S.Group == E.PairGroup && !S.Slots.empty())
        S.LiveAfter = IR.Slots[E.RangeSlot].LiveId;
  if (isBoxed(LoopVar)) {
    // Made in its box at the top of each iteration, from `*begin`: a
    // reference keeps the address of what `*begin` is, or the temporary it
    // makes; an object is made from it.
    TryRegion R = boxRegion(off(LoopVar->getBeginLoc()));
    E.LoopVarSlot = addBoxSlotOf(LoopVar, E.Bindings);
    E.LoopVarRegion = R.Id;
    // (Over a range whose type depends on a template parameter, the
    // instantiation tells which.)
    if (LoopVar->getType()->isReferenceType())
      E.LoopVarBinding = !BeginVar ? BoxBinding::Bound
                         : LoopVar->getInit()->IgnoreImplicit()->isPRValue()
                             ? BoxBinding::Temporary
                             : addressBinding(LoopVar->getInit());
    E.LoopVarAuto = LoopVar->getType()->getContainedAutoType() != nullptr;
    E.VarNameAt = off(LoopVar->getLocation());
    PendingSlots.push_back(E.LoopVarSlot);
    PendingSlots.insert(PendingSlots.end(), E.Bindings.Slots.begin(), E.Bindings.Slots.end());
    PendingRegions.push_back(R.Id);
  } else if (GI.isFrameLocal(LoopVar)) {
    if (BeginVar)
      E.LoopVarSlot = addLocalSlot(LoopVar);
    if (E.TemporarySlot >= 0)
      PendingSlots.push_back(E.TemporarySlot);
    PendingSlots.push_back(E.LoopVarSlot);
    if (const auto *DD = dyn_cast<DecompositionDecl>(LoopVar)) {
      // `for (auto &[k, v] : m)`: the range-for binds them after the loop
      // variable, at the top of each iteration.
      size_t First = IR.Edits.size();
      lowerBindings(DD, E.LoopVarSlot, 0, Deref);
      for (size_t I = First; I != IR.Edits.size(); ++I)
        IR.Edits[I].WrapInBraces = true;
    }
    const Expr *Init = LoopVar->getInit() ? LoopVar->getInit()->IgnoreImplicit() : nullptr;
    E.Init = Init && isa<InitListExpr>(Init) ? InitStyle::CopyList : InitStyle::Copy;
  }
  finishRangeFor(RF, E, Body);
}

void Lowerer::lowerBoxedRange(const CXXForRangeStmt *RF, BodyEdit &E) {
  // The range, then the iterators, each in a box of its own, in a region
  // that a resume enters through its declaration (as a boxed local's), to
  // the end of the loop.
  const Expr *BareInit = RF->getRangeInit()->IgnoreImplicit();
  E.RangeBinding = !RF->getBeginStmt() || !RF->getEndStmt() ? BoxBinding::Bound
                   : BareInit->isPRValue()                    ? BoxBinding::Object
                                                              : addressBinding(BareInit);
  // (A part of a temporary, `Local{...}.items`: the box keeps the
  // temporary, made from its text [PartBegin, PartEnd), and the range
  // names the part of it.)
  if (const MaterializeTemporaryExpr *MTE =
          RF->getBeginStmt() && RF->getEndStmt() ? rangeTemporaryPart(RF) : nullptr) {
    E.RangeBinding = BoxBinding::Temporary;
    E.PartBegin = off(MTE->getBeginLoc());
    E.PartEnd = offAfter(MTE->getEndLoc());
  }
  // (A braced list: the box keeps its array as the runtime's braced_range,
  // whose elements it deduces as the list does, const as the list's array
  // is.)
  E.RangeIsList = isa<CXXStdInitializerListExpr, InitListExpr>(BareInit);
  E.RangeListByDecltype = E.RangeIsList && !LO.CPlusPlus17;
  // (An element that is a braced list deduces nothing: the others give the
  // element type, Analysis, rangeIsBoxable.)
  const auto *Elements = dyn_cast<InitListExpr>(BareInit);
  if (const auto *Std = dyn_cast<CXXStdInitializerListExpr>(BareInit))
    Elements = dyn_cast<InitListExpr>(Std->getSubExpr()->IgnoreImplicit());
  auto Braced = [&](const Expr *Init) { return startsWithBrace(SM, Init); };
  bool HasBraced = Elements && llvm::any_of(Elements->inits(), Braced);
  // (With an element that holds a lambda-expression, before C++17 or beside
  // a braced one: RangeListByThunks.)
  E.RangeListByThunks = Elements && (!LO.CPlusPlus17 || HasBraced) &&
                        llvm::any_of(Elements->inits(), [&](const Expr *Init) {
                          return !Braced(Init) && holdsLambda(Init);
                        });
  if (HasBraced || E.RangeListByThunks) {
    for (const Expr *Init : Elements->inits())
      if (!Braced(Init))
        E.DeducingElements.push_back(
            {off(SM.getFileLoc(Init->getBeginLoc())), offAfter(fileEndLoc(SM, Init->getEndLoc()))});
    E.ListCount = Elements->getNumInits();
    E.RangeListByDecltype = false;
  }
  int *Slots[] = {&E.RangeSlot, &E.BeginSlot, &E.EndSlot};
  const char *Names[] = {"range", "begin", "end"};
  for (int I = 0; I != 3; ++I) {
    TryRegion R = boxRegion(off(RF->getBeginLoc()));
    if (I == 0)
      E.RangeRegion = R.Id;
    *Slots[I] = addBoxSlot(Names[I], "", RF->getBeginLoc());
    constructed(*Slots[I]);
    enterBoxRegion(R.Id);
  }
}

TryRegion Lowerer::addRegion(TryRegion R) {
  R.Id = static_cast<unsigned>(IR.Trys.size()) + 1;
  R.Parent = TryStack.empty() ? 0 : TryStack.back();
  R.LiveAtEntry = Live;
  IR.Trys.push_back(R);
  return R;
}

TryRegion Lowerer::boxRegion(Offset At) {
  TryRegion R;
  R.Box = true;
  R.TryBegin = At;
  return addRegion(R);
}

int Lowerer::addBoxSlotOf(const VarDecl *VD, BoxBindings &Boxed) {
  // (A box keeps its object with its type's alignment.)
  if (VD->hasAttr<AlignedAttr>() &&
      (alignmentDependent(VD) || Ctx.getDeclAlign(VD) > Ctx.getTypeAlignInChars(VD->getType()))) {
    Diags.report(VD->getLocation(), DiagKind::BoxedLocalAlignment) << localName(VD);
    Failed = true;
  }
  const auto *DD = dyn_cast<DecompositionDecl>(VD);
  if (!DD) {
    int Slot = addBoxSlot(VD->getName(), VD->getName(), VD->getLocation());
    checkTemporaryPart(VD, Slot);
    return Slot;
  }
  // A structured binding: the box keeps its object, named in the body by a
  // name of corogen's, and its bindings `[a, b]` are declared again after
  // the box's declaration, bound to it.
  int Slot = addBoxSlot("bindings", "", VD->getLocation());
  IR.Slots[Slot].SourceName = mintName("bindings_object");
  Boxed.End = bindingsEnd(DD);
  Boxed.Dependent = DD->getType()->isDependentType();
  // (An array's copy, and in a template, where only the instantiation
  // shows an array, any object, made as the runtime's binding_object of
  // decltype((e)), where e's text may stand in decltype: no lambda, no
  // marker. Elsewhere `new auto(e)`, and the runtime refuses a pointer.)
  const Expr *Init = VD->getInit();
  Boxed.Object = !DD->getType()->isReferenceType() &&
                 (DD->getType()->isArrayType() || Boxed.Dependent) && Init && !holdsLambda(Init) &&
                 llvm::none_of(GI.Markers, [&](const MarkerSite &M) { return M.Var == VD; });
  std::string Object = Boxed.Object
                           ? "::corogen::detail::bound_object(" + IR.Slots[Slot].SourceName + ")"
                           : IR.Slots[Slot].SourceName;
  // (As Emit's rebinding declares them: an object's box holds the object,
  // which `auto` deduces; a reference's, what it refers to. The text may
  // read them in unevaluated operands only, `decltype(a)`.)
  if (!bindsOnce(DD) && !Boxed.Dependent)
    Rebindings[DD] = "[[maybe_unused]] " +
                     StringRef(text(off(DD->getBeginLoc()), off(DD->getLocation()))).trim().str() +
                     (DD->getType()->isReferenceType() ? " " : " &") +
                     text(off(DD->getLocation()), Boxed.End) + " = " + Object + ";";
  // (Where get<I> would be called again, and where only the instantiation
  // shows whether it would: each binding in a box of its own, made once,
  // whose declared_type `decltype(a)` names; in a template, the names are
  // declared again through the runtime's `rebound`, the object's members
  // or elements, or what the bindings refer to.)
  if (bindsOnce(DD) || Boxed.Dependent) {
    Boxed.Lvalue = DD->getType()->isLValueReferenceType();
    Boxed.Forwarding = DD->getType()->isRValueReferenceType();
    if (Boxed.Dependent)
      Boxed.Accessor = memberAccessor(DD, Slot);
    std::string Bound;
    for (const BindingDecl *B : DD->bindings()) {
      int Box = addBoxSlot("binding", "", B->getLocation());
      IR.Slots[Box].SourceName = mintName(("bound_" + B->getName()).str());
      Boxed.Slots.push_back(Box);
      Boxed.Names.push_back(B->getName().str());
      BoundOnceTypes[B] =
          "::corogen::detail::binding_declared<decltype(" + IR.Slots[Box].SourceName + ")>";
      Bound += ", " + IR.Slots[Box].SourceName;
    }
    if (Boxed.Dependent) {
      Boxed.Redeclaration = reboundDeclaration(DD, Object, Bound);
      Rebindings[DD] = Boxed.Redeclaration;
    }
  }
  checkTemporaryPart(VD, Slot);
  return Slot;
}

int Lowerer::addBoxSlot(StringRef Name, StringRef SourceName, SourceLocation Loc) {
  FrameSlot S;
  S.Kind = SlotKind::Local;
  S.SourceName = SourceName.str();
  S.Name = mintName(Name);
  S.Type = "::corogen::detail::box";
  S.IsBoxed = true;
  S.Line = SM.getExpansionLineNumber(Loc);
  IR.Slots.push_back(S);
  return static_cast<int>(IR.Slots.size()) - 1;
}

std::string Lowerer::lowerDependentRange(const CXXForRangeStmt *RF, BodyEdit &E) {
  // The types are named through decltype of the range's text, at the
  // function's scope (the locals it names become lvalues of their types).
  // The range is kept in the runtime's bound_value, which keeps a prvalue's
  // object for the loop and anything else's address, as the instantiation
  // says; a reference loop variable is kept by address.
  const Expr *RangeInit = RF->getRangeInit();
  std::string Preamble;
  std::string Of = deducedOf(RangeInit, Preamble);
  std::string Holder = "::corogen::detail::bound_value<" + Of + " >";
  std::string Range = "decltype(::std::declval<" + Holder + " &>().lvalue())";
  // (A member of an object of a dependent type, `make<T>().items`: the
  // slot is the bound_value of the object, which keeps a prvalue's object
  // through the loop, as C++ keeps the whole temporary; the loop iterates
  // over the member of what it holds, emitRangeFor.)
  for (const auto &Part : GI.RangeParts)
    if (Part.first == RF) {
      Holder = "::corogen::detail::bound_value<" + deducedOf(Part.second, Preamble) + " >";
      setPart(E, Part.second);
    }
  std::string Iter = "decltype(::corogen::detail::range_begin(::std::declval<" + Range + " &>(), 0))";
  std::string Sentinel =
      "decltype(::corogen::detail::range_end(::std::declval<" + Range + " &>(), 0))";
  E.RangeBound = true;
  E.RangeSlot = addSpelledSlot("range", Holder, RF->getBeginLoc());
  IR.Slots[E.RangeSlot].Preamble = Preamble;
  constructed(E.RangeSlot);
  E.BeginSlot = addSpelledSlot("begin", Iter, RF->getBeginLoc());
  constructed(E.BeginSlot);
  E.EndSlot = addSpelledSlot("end", Sentinel, RF->getBeginLoc());
  constructed(E.EndSlot);
  const VarDecl *LoopVar = RF->getLoopVariable();
  std::string Deref = "decltype(*::std::declval<" + Iter + " &>())";
  if (!GI.isFrameLocal(LoopVar))
    return Deref;
  QualType T = LoopVar->getType();
  if (!T->getContainedAutoType()) {
    E.LoopVarSlot = addLocalSlot(LoopVar);
    return Deref;
  }
  // `auto` deduced from `*begin`: a reference to what it refers to, or its
  // decayed value (a structured binding's copies an array); `const` as
  // written.
  std::string Const = T.getNonReferenceType().isConstQualified() ? "const " : "";
  FrameSlot S;
  S.Kind = SlotKind::Local;
  S.SourceName = LoopVar->getName().str();
  StringRef Base = isa<DecompositionDecl>(LoopVar) ? StringRef("bindings") : LoopVar->getName();
  S.Name = mintName(Base);
  S.IsReference = T->isReferenceType();
  bool Forwarding = T->isRValueReferenceType();
  S.Type = S.IsReference ? Const + "typename ::corogen::detail::bound_local<" + Deref + ", " +
                               (Const.empty() ? "false" : "true") + ", " +
                               (Forwarding ? "true" : "false") + ">::type"
                         : spellDeduced(T, Deref, isa<DecompositionDecl>(LoopVar));
  S.Line = SM.getExpansionLineNumber(LoopVar->getLocation());
  IR.Slots.push_back(S);
  E.LoopVarSlot = static_cast<int>(IR.Slots.size()) - 1;
  SlotOf[LoopVar] = E.LoopVarSlot;
  if (S.IsReference) {
    // A reference keeps, for the iteration, the temporary that `*begin`
    // makes, where the instantiation makes one (a std::vector<bool>'s
    // proxy), in the runtime's kept_reference, made at the top of each
    // iteration before it (finishing the range-for's pending slots).
    std::string Lvalue = Forwarding ? "::std::is_lvalue_reference<" + Deref + " >::value" : "true";
    E.TemporarySlot = addSpelledSlot((Base + "_temporary").str(),
                                     "::corogen::detail::kept_reference<" + Deref + ", " +
                                         slotTypeAlias(E.LoopVarSlot) + ", " + Lvalue + ", false>",
                                     LoopVar->getLocation());
    KeptReferenceSlot[LoopVar] = E.TemporarySlot;
  }
  return Deref;
}

void Lowerer::lowerKnownRange(const CXXForRangeStmt *RF, BodyEdit &E, const VarDecl *RangeVar,
                              const VarDecl *BeginVar, const VarDecl *EndVar) {
  const Expr *RangeInit = RF->getRangeInit();
  // A prvalue range is kept by value (its temporary lives for the whole
  // loop); anything else by address, as `auto &&__range` would bind it.
  const Expr *BareInit = RangeInit->IgnoreImplicit();
  bool ByValue = BareInit->isPRValue();
  QualType RangeT = ByValue ? BareInit->getType().getUnqualifiedType()
                            : RangeVar->getType().getNonReferenceType();
  // A part of a temporary (`make().items`), which C++ keeps alive through
  // the loop: the slot keeps the temporary, made from its text
  // [PartBegin, PartEnd), and the loop iterates over the part, the rest of
  // the range's text around the slot.
  if (const MaterializeTemporaryExpr *MTE = rangeTemporaryPart(RF)) {
    ByValue = true;
    RangeT = MTE->getType().getUnqualifiedType();
    E.PartBegin = off(MTE->getBeginLoc());
    E.PartEnd = offAfter(MTE->getEndLoc());
  }
  // `for (x : {a, b})`: the initializer_list's array lives as long as the
  // loop; the frame keeps that array itself, iterated as the list would be.
  std::string ListType;
  if (const auto *List = dyn_cast<CXXStdInitializerListExpr>(BareInit)) {
    const auto *Inits = cast<InitListExpr>(List->getSubExpr()->IgnoreImplicit());
    QualType Elem = Inits->getNumInits() ? Inits->getInit(0)->getType() : Ctx.IntTy;
    if (const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
            List->getType()->getAsCXXRecordDecl()))
      Elem = Spec->getTemplateArgs()[0].getAsType();
    RangeT = Ctx.getConstantArrayType(Elem.withConst(), llvm::APInt(64, Inits->getNumInits()),
                                      nullptr, ArrayType::Normal, 0);
    E.RangeIsList = true;
    ListType = "::corogen::detail::braced_range<" + spellType(Elem.getUnqualifiedType()) + ", " +
               std::to_string(Inits->getNumInits()) + ">";
  }
  E.RangeSlot = addHiddenSlot("range", RangeT, !ByValue, RF->getBeginLoc());
  // (As the runtime's braced_range, which the list initialises in place,
  // its elements as the list's array's: an array new-expression, `new (p)
  // A{a, b}`, of a list that depends on a template parameter, is refused by
  // the compilers.)
  if (!ListType.empty())
    IR.Slots[E.RangeSlot].Type = ListType;
  constructed(E.RangeSlot);
  E.BeginSlot = addHiddenSlot("begin", BeginVar->getType(), false, RF->getBeginLoc());
  constructed(E.BeginSlot);
  E.EndSlot = addHiddenSlot("end", EndVar->getType(), false, RF->getBeginLoc());
  constructed(E.EndSlot);
}

void Lowerer::finishRangeFor(const CXXForRangeStmt *RF, BodyEdit &E, const Stmt *Body) {
  const auto *Block = dyn_cast<CompoundStmt>(Body);
  Targets.push_back(JumpTarget{Scopes.size(), /*IsLoop=*/true});
  if (Block) {
    lowerStmt(Block);
  } else {
    pushScope(Body);
    enterPending();
    lowerStmt(Body);
    E.InnerSlots = slotsToLeave(Scopes.size() - 1);
    E.InnerLiveAfter = Scopes.back().LiveAtEntry;
    popScope();
  }
  Targets.pop_back();
  if (E.LoopVarSlot >= 0)
    E.LiveId = IR.Slots[E.LoopVarSlot].LiveId;
  E.Slots = slotsToLeave(Scopes.size() - 1);
  E.LiveAfter = Scopes.back().LiveAtEntry;
  popScope();
  IR.Edits.push_back(E);
}

void Lowerer::lowerTry(const CXXTryStmt *TS) {
  TryRegion R;
  R.TryBegin = off(TS->getTryLoc());
  R.BlockBegin = off(TS->getTryBlock()->getLBracLoc());
  R.BlockEnd = off(TS->getTryBlock()->getRBracLoc());
  R = addRegion(R);
  size_t Index = R.Id - 1;
  unsigned FirstLiveInside = NextLiveId;
  TryStack.push_back(R.Id);
  lowerStmt(TS->getTryBlock());
  TryStack.pop_back();
  // A handler runs after the locals of the block are destroyed.
  IR.Trys[Index].Unwind = NextLiveId != FirstLiveInside;
  for (unsigned I = 0; I != TS->getNumHandlers(); ++I)
    lowerStmt(TS->getHandler(I));
}

void Lowerer::lowerHandler(const CXXCatchStmt *CS) {
  // A handler cannot be re-entered, so one that suspends runs after its try
  // statement; a stub handler keeps the exception alive and jumps there.
  const auto *TS = Ctx.getParents(*CS)[0].get<CXXTryStmt>();
  const auto *Block = cast<CompoundStmt>(CS->getHandlerBlock());
  BodyEdit E{EditKind::MoveHandler};
  E.Begin = off(CS->getCatchLoc());
  E.End = offAfter(CS->getEndLoc());
  E.BodyBegin = off(Block->getLBracLoc());
  E.BodyEnd = offAfter(Block->getRBracLoc());
  E.StmtBegin = off(TS->getTryLoc());
  E.StmtEnd = offAfter(TS->getEndLoc());
  E.Handler = NextHandler++;
  E.WrapInBraces = !llvm::is_contained(TrysWithMovedHandlers, TS);
  if (E.WrapInBraces)
    TrysWithMovedHandlers.push_back(TS);
  E.ExcSlot = addSpelledSlot("exception", "::std::exception_ptr", CS->getCatchLoc());
  PendingSlots.push_back(E.ExcSlot);
  // (The block's region, entered at its top, around a boxed exception
  // variable's.)
  TryRegion H;
  H.Handler = true;
  H.TryBegin = E.BodyBegin;
  H.BlockBegin = E.BodyBegin;
  H.BlockEnd = E.BodyEnd;
  E.HandlerRegion = addRegion(H).Id;
  TryStack.push_back(E.HandlerRegion);
  E.Text = "...";
  if (const VarDecl *Param = CS->getExceptionDecl()) {
    QualType T = Param->getType();
    // (A reference to a pointer binds to a copy the frame keeps, which a
    // write through a non-const one would show: refused; in a template,
    // the runtime's caught_reference refuses it at instantiation.)
    if (QualType P = T.getNonReferenceType(); T->isReferenceType() && !P.isConstQualified() &&
                                              (P->isAnyPointerType() || P->isMemberPointerType() ||
                                               P->isNullPtrType())) {
      Diags.report(Param->getLocation(), DiagKind::HandlerPointerReference) << Param->getName();
      Failed = true;
    }
    // A class caught by value matches as by reference; the variable copies
    // it. Other types keep their by-value match (a pointer's conversions).
    E.Text = spellType(T) + (T->isRecordType() ? " &" : " ") + "corogen_caught";
    if (isBoxed(Param)) {
      // Of a type the frame cannot name: a box, made by the stub from what
      // it catches, named again at the top of the block, a region a resume
      // enters through (the type as written, [ArgBegin, ArgEnd), names it
      // in both). A reference's box keeps the address.
      TypeLoc TL = Param->getTypeSourceInfo()->getTypeLoc();
      ExprWalker(*this).TraverseTypeLoc(TL);
      // (From the declaration's start, which a `const` before the type
      // begins, as the TypeLoc does not.)
      E.ArgBegin = off(Param->getBeginLoc());
      E.ArgEnd = offAfter(TL.getEndLoc());
      // (A name inside its type, `void (*f)(Local)`: the declarator,
      // whose name becomes another's; a reference's, `int (&r)[2]`, with
      // its `&`, which Analysis' boxable has found before the name. One of
      // an array or a function, `Local a[2]`, declares a pointer to it.)
      if (E.ArgEnd > off(Param->getLocation())) {
        E.VarNameAt = off(Param->getLocation());
        if (T->isReferenceType())
          E.RefAt = E.ArgBegin +
                    static_cast<Offset>(StringRef(text(E.ArgBegin, E.VarNameAt))
                                            .rtrim(" \t\n\r(")
                                            .size()) -
                    1;
      }
      QualType Declared = Param->getTypeSourceInfo()->getType();
      E.CaughtAdjusted = Declared->isArrayType()      ? BodyEdit::Adjusted::Array
                         : Declared->isFunctionType() ? BodyEdit::Adjusted::Function
                                                      : BodyEdit::Adjusted::None;
      E.Text.clear();
      E.Binding = T->isReferenceType() ? BoxBinding::Address : BoxBinding::Object;
      E.CaughtClass = T->isRecordType();
      E.Slot = addBoxSlot(Param->getName(), Param->getName(), Param->getLocation());
      DeclaredAt[E.Slot] = off(Param->getBeginLoc());
      TryRegion R = boxRegion(E.BodyBegin + 1);
      IR.Trys[R.Id - 1].BlockBegin = E.BodyBegin + 1;
      E.Region = R.Id;
      PendingSlots.push_back(E.Slot);
      PendingRegions.push_back(R.Id);
    } else if (Param->getIdentifier()) {
      E.Slot = addLocalSlot(Param);
      PendingSlots.push_back(E.Slot);
      // (A reference to a pointer binds to a copy the frame keeps: see
      // the runtime's caught_reference.)
      if (T->isReferenceType())
        E.CopySlot = addSpelledSlot(
            "caught_copy", "::corogen::detail::caught_copy<" + spellType(T) + " >",
            CS->getCatchLoc());
    }
  }
  HandlerStack.push_back(E.ExcSlot);
  lowerStmt(Block);
  HandlerStack.pop_back();
  TryStack.pop_back();
  E.LiveId = IR.Slots[E.ExcSlot].LiveId;
  if (E.Slot >= 0)
    E.ParamLiveId = IR.Slots[E.Slot].LiveId;
  IR.Edits.push_back(E);
}

/// Walks a lambda's body, and the lambdas nested in it, for what changes
/// there. In a member generator, if the lambda captures `this`, the
/// generator's object: the lambda captures the object's pointer under the
/// frame's name for it (or, for `[*this]`, names its copy's address so), and
/// the body's uses of `this` are rewritten as the frame's are; nested
/// lambdas do the same. The variables the lambda keeps in a capture_box:
/// their uses name the box's value, and nested lambdas capture the box.
/// `decltype(x)` of a frame variable: the type x was declared with, which
/// the init-capture of the same name does not have. Local classes have a
/// `this` of their own and cannot name the generator's variables.
class LambdaWalker : public RecursiveASTVisitor<LambdaWalker> {
public:
  LambdaWalker(Lowerer &L, bool Self) : L(L), Self(Self) {}
  /// `VD` is kept in a box by the lambda walked, mutable or not.
  void box(const VarDecl *VD, bool Mutable) { Holders[VD].push_back(Mutable); }
  bool VisitMemberExpr(MemberExpr *E) {
    if (Self && E->isImplicitAccess())
      L.implicitSelf(E->getBeginLoc());
    return true;
  }
  bool VisitCXXDependentScopeMemberExpr(CXXDependentScopeMemberExpr *E) {
    if (Self && L.isImplicitMember(E))
      L.implicitSelf(E->getBeginLoc());
    return true;
  }
  bool VisitUnresolvedMemberExpr(UnresolvedMemberExpr *E) {
    if (Self && E->isImplicitAccess())
      L.implicitSelf(E->getBeginLoc());
    return true;
  }
  bool VisitCXXThisExpr(CXXThisExpr *E) {
    if (Self && !E->isImplicit())
      L.explicitSelf(E);
    return true;
  }
  bool VisitDeclRefExpr(DeclRefExpr *E) {
    // Const where the innermost lambda that copied the variable is not
    // mutable, as its member is ([expr.prim.id.unqual] p3).
    auto It = Holders.find(dyn_cast<VarDecl>(E->getDecl()));
    if (It != Holders.end())
      L.useBox(E, !It->second.back());
    // A parameter pack's elements are captured under their new name.
    else if (L.isPack(E->getDecl()))
      L.useOf(E);
    return true;
  }
  bool TraverseDecltypeTypeLoc(DecltypeTypeLoc TL) {
    return L.packDeclaredType(TL) || L.boxedType(TL) || L.declaredType(TL) ||
           RecursiveASTVisitor::TraverseDecltypeTypeLoc(TL);
  }
  bool TraverseLambdaExpr(LambdaExpr *E) {
    if (Self)
      L.lambdaSelfCapture(E);
    // Init-captures are initialised where the lambda is.
    for (unsigned I = 0; I != E->capture_size(); ++I)
      if (E->capture_begin()[I].capturesVariable() && E->isInitCapture(E->capture_begin() + I))
        TraverseStmt(E->capture_inits().begin()[I]);
    // A boxed variable that this lambda copies (or would copy, named
    // outside an unevaluated operand) is held by it from here on.
    std::vector<const VarDecl *> Copied, Captured;
    for (const LambdaCapture &C : E->captures()) {
      if (!C.capturesVariable() || E->isInitCapture(&C) || !Holders.count(C.getCapturedVar()))
        continue;
      Captured.push_back(C.getCapturedVar());
      if (C.isExplicit())
        L.recaptureBox(C);
      if (C.getCaptureKind() == LCK_ByCopy)
        Copied.push_back(C.getCapturedVar());
    }
    if (E->getCaptureDefault() == LCD_ByCopy)
      for (auto &H : Holders)
        if (!llvm::is_contained(Captured, H.first))
          Copied.push_back(H.first);
    for (const VarDecl *VD : Copied)
      Holders[VD].push_back(E->isMutable());
    TraverseStmt(E->getBody());
    for (const VarDecl *VD : Copied)
      Holders[VD].pop_back();
    return true;
  }
  bool TraverseCXXRecordDecl(CXXRecordDecl *) { return true; }
  bool shouldVisitTemplateInstantiations() const { return false; }

private:
  Lowerer &L;
  bool Self;
  /// For each boxed variable, whether each lambda that holds a copy of it,
  /// outermost first, is mutable.
  llvm::DenseMap<const VarDecl *, std::vector<bool>> Holders;
};

/// Every name of a frame variable in a lambda's body (and in the lambdas
/// nested in it), and where it stands, so that the lambda can capture what
/// its capture list does not show: in a template clang lists no implicit
/// capture of a variable (it works them out at each instantiation), and
/// C++ captures no constant whose value alone is read.
class FrameNames : public UnevaluatedAwareVisitor<FrameNames> {
public:
  struct Name {
    const DeclRefExpr *Ref; ///< null for a nested lambda's capture
    const VarDecl *Var;
    /// In an unevaluated operand; SizeOnly: of `sizeof` or `alignof`,
    /// where a name's type is all that matters.
    bool Unevaluated, SizeOnly;
    /// A nested lambda that neither captures the variable nor has a
    /// capture-default stands between the name and the lambda walked.
    bool Fenced;
    /// Inside a lambda nested in the lambda walked.
    bool Nested = false;
    /// In a constant expression (a template argument, an array's bound, a
    /// case label), where C++ reads a constant's value without a capture.
    bool Constant = false;
    /// The operand of `decltype((x))`, whose type C++ takes from the
    /// member a capture by copy would declare ([expr.prim.id.unqual] p3):
    /// the range of the decltype.
    SourceLocation DecltypeBegin, DecltypeEnd;
  };
  explicit FrameNames(const Lowerer &L) : L(L) {}
  std::vector<Name> Names;

  bool VisitDeclRefExpr(DeclRefExpr *E) {
    if (const auto *VD = dyn_cast<VarDecl>(E->getDecl()); VD && L.frameSlot(VD) >= 0) {
      Names.push_back(Name{E, VD, !Uneval.empty(), !Uneval.empty() && Uneval.back(), fenced(VD)});
      Names.back().Nested = !Nested.empty();
      Names.back().Constant = ConstantDepth > 0;
    }
    return true;
  }
  bool TraverseTemplateArgumentLoc(const TemplateArgumentLoc &A) {
    return constant(A.getArgument().getKind() == TemplateArgument::Expression, [&] {
      return UnevaluatedAwareVisitor<FrameNames>::TraverseTemplateArgumentLoc(A);
    });
  }
  // (A `static_assert`'s or an `if constexpr`'s condition.)
  bool TraverseConstantExpr(ConstantExpr *E) {
    return constant(true,
                    [&] { return UnevaluatedAwareVisitor<FrameNames>::TraverseConstantExpr(E); });
  }
  bool TraverseStaticAssertDecl(StaticAssertDecl *D) {
    return constant(
        true, [&] { return UnevaluatedAwareVisitor<FrameNames>::TraverseStaticAssertDecl(D); });
  }
  bool TraverseConstantArrayTypeLoc(ConstantArrayTypeLoc TL) {
    return constant(true, [&] {
      return UnevaluatedAwareVisitor<FrameNames>::TraverseConstantArrayTypeLoc(TL);
    });
  }
  bool TraverseDependentSizedArrayTypeLoc(DependentSizedArrayTypeLoc TL) {
    return constant(true, [&] {
      return UnevaluatedAwareVisitor<FrameNames>::TraverseDependentSizedArrayTypeLoc(TL);
    });
  }
  bool TraverseCaseStmt(CaseStmt *S) {
    constant(true, [&] {
      return TraverseStmt(S->getLHS()) && (!S->getRHS() || TraverseStmt(S->getRHS()));
    });
    return TraverseStmt(S->getSubStmt());
  }
  bool TraverseDecltypeTypeLoc(DecltypeTypeLoc TL) {
    // `decltype(x)` names the declared type, with or without a capture.
    const auto *DRE = dyn_cast<DeclRefExpr>(TL.getUnderlyingExpr());
    if (DRE && L.frameSlot(DRE->getDecl()) >= 0)
      return true;
    // `decltype((x))`, as if x were captured.
    // (Also of a boxed local, which the body names through a reference.)
    if (isa<ParenExpr>(TL.getUnderlyingExpr()))
      if (const auto *Ref = dyn_cast<DeclRefExpr>(TL.getUnderlyingExpr()->IgnoreParens());
          Ref && isa<VarDecl>(Ref->getDecl()) &&
          (L.frameSlot(Ref->getDecl()) >= 0 || L.isBoxed(Ref->getDecl()))) {
        Names.push_back(
            Name{Ref, cast<VarDecl>(Ref->getDecl()), true, false, fenced(cast<VarDecl>(Ref->getDecl()))});
        Names.back().Nested = !Nested.empty();
        Names.back().DecltypeBegin = TL.getDecltypeLoc();
        Names.back().DecltypeEnd = TL.getRParenLoc();
        return true;
      }
    return UnevaluatedAwareVisitor<FrameNames>::TraverseDecltypeTypeLoc(TL);
  }
  bool TraverseLambdaExpr(LambdaExpr *E) {
    // A nested lambda's captures and init-captures are made where it is.
    for (const LambdaCapture &C : E->captures())
      if (C.capturesVariable() && !E->isInitCapture(&C) && L.frameSlot(C.getCapturedVar()) >= 0)
        Names.push_back(Name{nullptr, C.getCapturedVar(), !Uneval.empty(),
                             !Uneval.empty() && Uneval.back(), fenced(C.getCapturedVar())});
    for (unsigned I = 0; I != E->capture_size(); ++I)
      if (E->capture_begin()[I].capturesVariable() && E->isInitCapture(E->capture_begin() + I))
        TraverseStmt(E->capture_inits().begin()[I]);
    Nested.push_back(E);
    TraverseStmt(E->getBody());
    Nested.pop_back();
    return true;
  }
  bool TraverseCXXRecordDecl(CXXRecordDecl *) { return true; }
  bool shouldVisitTemplateInstantiations() const { return false; }
  // (UnevaluatedAwareVisitor's hook.)
  template <class F> bool unevaluated(bool SizeOnly, F Traverse) {
    Uneval.push_back(SizeOnly);
    bool Result = Traverse();
    Uneval.pop_back();
    return Result;
  }

private:
  unsigned ConstantDepth = 0;
  template <class F> bool constant(bool Is, F Traverse) {
    ConstantDepth += Is;
    bool Result = Traverse();
    ConstantDepth -= Is;
    return Result;
  }
  bool fenced(const VarDecl *VD) const {
    return llvm::any_of(Nested, [&](const LambdaExpr *E) {
      return E->getCaptureDefault() == LCD_None &&
             llvm::none_of(E->captures(), [&](const LambdaCapture &C) {
               return C.capturesVariable() && C.getCapturedVar() == VD;
             });
    });
  }

  const Lowerer &L;
  std::vector<bool> Uneval;
  std::vector<const LambdaExpr *> Nested;
};

/// Whether an init-capture `auto x = x` would not give the closure's member
/// the type a by-copy capture of `x` does ([expr.prim.lambda.capture] p10),
/// for a variable of type `T`: it decays an array and drops cv-qualifiers,
/// and a type that depends on a template parameter may turn out to be
/// either. (A reference to a function, whose member is a reference too,
/// becomes a reference init-capture.)
bool initCaptureChangesType(QualType T) {
  QualType C = T.getNonReferenceType().getCanonicalType();
  if (C.getCVRQualifiers() != 0 || C->isArrayType())
    return true;
  return C->isDependentType() &&
         !isa<PointerType, MemberPointerType, TemplateSpecializationType, InjectedClassNameType,
              RecordType, FunctionType>(C);
}

void Lowerer::lambdaSelfCapture(const LambdaExpr *LE) {
  for (auto It = LE->capture_begin(); It != LE->capture_end(); ++It) {
    if (!It->capturesThis())
      continue;
    BodyEdit E{EditKind::Capture};
    E.Slot = -1;
    E.Text = "corogen_self";
    E.WrapInBraces = It->isExplicit();
    if (It->getCaptureKind() == LCK_StarThis) {
      // `[*this]`, written so: a box with a copy of the object; the body
      // names its address as the frame names the object's.
      E.Kind = EditKind::CaptureBox;
      E.Slot = 0; // the Self slot comes first
      E.Text = "this";
      E.Begin = off(It->getLocation());
      SourceLocation Star = SM.getFileLoc(It->getLocation());
      if (Optional<Token> This = Lexer::findNextToken(Star, SM, LO))
        E.End = offAfter(This->getLocation());
      E.BodyBegin = offAfter(LE->getBody()->getBeginLoc());
    } else if (It->isExplicit()) {
      E.Begin = off(It->getLocation());
      E.End = offAfter(It->getLocation());
    } else {
      E.Begin = E.End = off(LE->getIntroducerRange().getEnd());
    }
    IR.Edits.push_back(E);
  }
}

const APValue *Lowerer::readConstant(const DeclRefExpr *DRE) const {
  const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
  QualType T = VD ? VD->getType() : QualType();
  if (!VD || T->isDependentType() || T->isReferenceType() || !T->isIntegralOrEnumerationType() ||
      !VD->isUsableInConstantExpressions(Ctx) || inMacroBody(DRE->getLocation()))
    return nullptr;
  const APValue *V = VD->evaluateValue();
  return V && V->isInt() ? V : nullptr;
}

bool Lowerer::constantValue(const DeclRefExpr *DRE) {
  // Where C++ needs no capture of a constant, the source only reads its
  // value ([basic.def.odr] p4: naming it otherwise would be an odr-use,
  // which needs a capture): the lambda reads the value itself.
  const APValue *V = readConstant(DRE);
  if (!V)
    return false;
  if (!ConstantsRead.insert(DRE).second)
    return true; // (seen from an enclosing lambda already)
  BodyEdit E{EditKind::ConstantValue};
  E.Begin = off(DRE->getLocation());
  E.End = offAfter(DRE->getLocation());
  E.Text = constantLiteral(DRE, *V);
  IR.Edits.push_back(E);
  return true;
}

std::string Lowerer::constantLiteral(const DeclRefExpr *DRE, const APValue &V) const {
  QualType T = cast<VarDecl>(DRE->getDecl())->getType();
  const llvm::APSInt &I = V.getInt();
  std::string Literal;
  if (T->isBooleanType())
    Literal = I.getBoolValue() ? "true" : "false";
  else if (I.isSigned() && I.isMinSignedValue())
    Literal = "(" + llvm::toString(++llvm::APSInt(I), 10) + "LL - 1)";
  else
    Literal = llvm::toString(I, 10) + (I.isSigned() ? "LL" : "ULL");
  return "static_cast<" + spellType(T.getUnqualifiedType()) + ">(" + Literal + ")";
}

bool Lowerer::dependentConstant(const DeclRefExpr *DRE, const LambdaExpr *LE) {
  std::string Text = dependentConstantValue(DRE, LE);
  if (Text.empty())
    return false;
  if (!ConstantsRead.insert(DRE).second)
    return true; // (seen from an enclosing lambda already)
  BodyEdit E{EditKind::ConstantValue};
  E.Begin = off(DRE->getLocation());
  E.End = offAfter(DRE->getLocation());
  E.Text = Text;
  IR.Edits.push_back(E);
  return true;
}

bool Lowerer::inScopeAt(const Decl *D, Offset At) const {
  // (An unscoped enumeration's enumerators are in its enclosing scope.)
  if (const auto *EC = dyn_cast<EnumConstantDecl>(D)) {
    const auto *Enum = cast<EnumDecl>(EC->getDeclContext());
    if (!Enum->isScoped())
      D = Enum;
  }
  const DeclContext *DC = D->getDeclContext();
  SourceRange Scope;
  bool Before = true;
  if (isa<ParmVarDecl>(D) || isa<RecordDecl>(DC)) {
    // A parameter of a lambda (or of a member function) of the body, in
    // all of it; a member of a class of the body, in all of the class.
    const auto *Owner = dyn_cast<Decl>(DC);
    if (!Owner)
      return true;
    Scope = Owner->getSourceRange();
    Before = !isa<RecordDecl>(DC);
  } else {
    // In a block of the body or of a lambda of it: the statement that
    // holds its declaration (an init-capture's: the lambda).
    DynTypedNodeList Up = Ctx.getParents(*D);
    while (!Up.empty() && Up[0].get<DeclStmt>())
      Up = Ctx.getParents(Up[0]);
    const Stmt *Holder = Up.empty() ? nullptr : Up[0].get<Stmt>();
    if (!Holder)
      return true; // (not known: as if it hid)
    Scope = Holder->getSourceRange();
  }
  Offset Begin = off(SM.getFileLoc(Scope.getBegin()));
  Offset End = offAfter(fileEndLoc(SM, Scope.getEnd()));
  return Begin <= At && At < End && (!Before || off(SM.getFileLoc(D->getLocation())) < At);
}

std::string Lowerer::dependentConstantValue(const DeclRefExpr *DRE, const LambdaExpr *LE,
                                            bool AtTop) const {
  // A constant whose value depends on a template parameter, read where C++
  // needs no capture: its value is that of its initialiser, a constant
  // expression at instantiation (or the source is ill-formed there, and so
  // is this, a template argument), read again in the lambda. Its text must
  // mean the same there: it names no local of the body but constants read
  // so too (`const int m = n * 2;`: n's value in its place), and no name
  // declared in the lambda that would hide what it names (variables and
  // enumerators of namespaces and classes are named by qualified names,
  // `::ns::scale`, which none hides).
  const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
  if (!VD || readConstant(DRE) || VD->isConstexpr() || inMacroBody(DRE->getLocation()))
    return "";
  QualType T = VD->getType();
  if (!T.isConstQualified() || T->isReferenceType() ||
      !(T->isDependentType() || T->isIntegralOrEnumerationType()))
    return "";
  const Expr *Init = singleInitialiser(VD);
  if (!Init || !(Init->isValueDependent() || T->isDependentType()))
    return "";
  CharSourceRange Range =
      Lexer::makeFileCharRange(CharSourceRange::getTokenRange(Init->getSourceRange()), SM, LO);
  if (Range.isInvalid())
    return "";
  struct Names : RecursiveASTVisitor<Names> {
    const FunctionDecl *F;
    bool Local = false;
    llvm::SmallPtrSet<const Decl *, 4> Named;
    /// The constants of the body it names, read as their values.
    std::vector<const DeclRefExpr *> Constants;
    /// The variables and enumerators of namespaces and classes, and the
    /// functions, classes, enumerations and aliases of namespaces, it names
    /// without a qualifier (at their names), named with their qualified
    /// names (which no name the lambda declares hides).
    std::vector<std::pair<SourceLocation, const NamedDecl *>> Outer;
    /// Whether `DC` is a context whose members the text may name by a
    /// qualified name: not a template's, but for a class template that
    /// holds the generator, whose injected-class-name names it in the
    /// generator, `Templated::Inner`.
    bool qualifiable(const DeclContext *DC) const {
      if (!DC->isDependentContext())
        return true;
      if (!isa<CXXRecordDecl>(DC))
        return false;
      for (const DeclContext *C = F->getDeclContext(); C; C = C->getParent())
        if (C == DC)
          return true;
      return false;
    }
    bool VisitDeclRefExpr(DeclRefExpr *E) {
      const auto *V = dyn_cast<VarDecl>(E->getDecl());
      Local |= isa<BindingDecl>(E->getDecl());
      // (A constexpr local stays in the body, static, named as it is.)
      if (V && isBodyLocal(V, F) && !V->isConstexpr()) {
        Constants.push_back(E);
        return true;
      }
      Named.insert(E->getDecl());
      const auto *EC = dyn_cast<EnumConstantDecl>(E->getDecl());
      // (Not a member of a class template, whose qualified name would
      // need its arguments. A function of a namespace that a call names,
      // which overload resolution picked where the text stood: among the
      // functions its qualified name finds, a subset of those, it is the
      // best still.)
      const auto *F = dyn_cast<FunctionDecl>(E->getDecl());
      // (And a static member function of a class, where its qualified
      // name finds the same set, in the class.)
      const auto *M = dyn_cast_or_null<CXXMethodDecl>(F);
      if (!E->hasQualifier() && !E->hasExplicitTemplateArgs() &&
          ((V && (V->isFileVarDecl() || V->isStaticDataMember())) ||
           (EC && !EC->getParentFunctionOrMethod()) ||
           (F && (F->getDeclContext()->isFileContext() || (M && M->isStatic())) &&
            !F->isTemplateInstantiation() && !F->getPrimaryTemplate())) &&
          qualifiable(E->getDecl()->getDeclContext()))
        Outer.push_back({E->getLocation(), E->getDecl()});
      return true;
    }
    bool InQualified = false;
    bool TraverseElaboratedTypeLoc(ElaboratedTypeLoc TL) {
      bool Saved = InQualified;
      InQualified |= TL.getQualifierLoc().hasQualifier();
      bool Result = RecursiveASTVisitor<Names>::TraverseElaboratedTypeLoc(TL);
      InQualified = Saved;
      return Result;
    }
    void outerType(SourceLocation NameLoc, const NamedDecl *D) {
      // (Of a namespace, or a member of a class, `::Holder::Inner`; a
      // local class's qualified name names its function, and is left.)
      if (!InQualified &&
          (D->getDeclContext()->isFileContext() || D->getDeclContext()->isRecord()) &&
          qualifiable(D->getDeclContext()))
        Outer.push_back({NameLoc, D});
    }
    bool VisitTagTypeLoc(TagTypeLoc TL) {
      Named.insert(TL.getDecl());
      outerType(TL.getNameLoc(), TL.getDecl());
      return true;
    }
    // (A name after a qualifier, `E::a`, is looked up in E: no local
    // hides it.)
    llvm::DenseSet<StringRef> Qualified;
    bool VisitDependentScopeDeclRefExpr(DependentScopeDeclRefExpr *E) {
      if (const IdentifierInfo *II = E->getDeclName().getAsIdentifierInfo())
        Qualified.insert(II->getName());
      return true;
    }
    bool VisitTypedefTypeLoc(TypedefTypeLoc TL) {
      Named.insert(TL.getTypedefNameDecl());
      outerType(TL.getNameLoc(), TL.getTypedefNameDecl());
      return true;
    }
    // (What unqualified lookup found for a call that depends on a template
    // parameter.)
    bool VisitUnresolvedLookupExpr(UnresolvedLookupExpr *E) {
      for (const NamedDecl *D : E->decls())
        Named.insert(D->getUnderlyingDecl());
      return true;
    }
    bool TraverseLambdaExpr(LambdaExpr *) {
      Local = true;
      return true;
    }
  } Walk;
  Walk.F = GI.Function;
  Walk.TraverseStmt(const_cast<Expr *>(Init));
  if (Walk.Local)
    return "";
  // Each constant of the body in the text becomes its value (a literal,
  // or, where it depends on a template parameter, its own initialiser's
  // text so read), in parentheses.
  std::string Text = Lexer::getSourceText(Range, SM, LO).str();
  Offset Start = off(Range.getBegin());
  llvm::sort(Walk.Constants, [&](const DeclRefExpr *A, const DeclRefExpr *B) {
    return off(A->getLocation()) < off(B->getLocation());
  });
  // And each name of a namespace or a class it names unqualified (Outer)
  // becomes its qualified name, from the global namespace.
  struct Ref {
    SourceLocation Loc;
    const NamedDecl *Outer; ///< named by its qualified name
    const DeclRefExpr *Constant; ///< read as its value
  };
  std::vector<Ref> Refs;
  for (const DeclRefExpr *R : Walk.Constants)
    Refs.push_back({R->getLocation(), nullptr, R});
  for (const auto &O : Walk.Outer)
    Refs.push_back({O.first, O.second, nullptr});
  llvm::sort(Refs, [&](const Ref &A, const Ref &B) { return off(A.Loc) < off(B.Loc); });
  for (auto It = Refs.rbegin(); It != Refs.rend(); ++It) {
    if (!It->Loc.isFileID())
      return "";
    std::string Value;
    if (It->Outer) {
      // (A member of a class template that holds the generator: named
      // through its injected-class-name, the current instantiation, which
      // the check below sees hidden where a declaration hides it.)
      const auto *Holder = dyn_cast<CXXRecordDecl>(It->Outer->getDeclContext());
      if (Holder && Holder->isDependentContext()) {
        if (!Holder->getIdentifier())
          return "";
        Value = Holder->getName().str() + "::" + It->Outer->getName().str();
      } else {
        std::string Name = It->Outer->getQualifiedNameAsString();
        if (StringRef(Name).contains('(') || StringRef(Name).contains('<'))
          continue; // (left as it is, for the check below)
        Value = "::" + Name;
      }
    } else if (It->Constant->getDecl() == VD) {
      return "";
    } else if (std::string Read = constantText(It->Constant, LE, AtTop); !Read.empty()) {
      Value = "(" + Read + ")";
    }
    Offset At = off(It->Loc), End = offAfter(It->Loc);
    if (Value.empty() || At < Start || End - Start > Text.size())
      return "";
    Text.replace(At - Start, End - At, Value);
  }
  // The identifiers of the text (but those after `::`), and the names the
  // lambda declares.
  llvm::DenseSet<StringRef> Words;
  addIdentifiers(Text, Words, /*Unqualified=*/true);
  for (StringRef Q : Walk.Qualified)
    Words.erase(Q);
  // (Outside a lambda, in a constant expression of the body: no name the
  // body declares, but what the text names, such as an enumerator of the
  // body.)
  struct Declared : RecursiveASTVisitor<Declared> {
    const Lowerer *L = nullptr;
    const llvm::DenseSet<StringRef> *Words;
    const llvm::SmallPtrSetImpl<const Decl *> *Named;
    /// In the body: only a declaration in scope at the offset At (declared
    /// before it, in a scope that holds it) hides what the text names.
    bool Scoped = false;
    Offset At = 0;
    bool Hides = false;
    bool VisitNamedDecl(NamedDecl *D) {
      if (D->getIdentifier() && Words->count(D->getName()) && !Named->count(D) &&
          (!Scoped || L->inScopeAt(D, At)))
        Hides = true;
      return true;
    }
  } Hide;
  Hide.L = this;
  Hide.Words = &Words;
  Hide.Named = &Walk.Named;
  if (AtTop) {
    // At the top of the function, what it names of the body is out of
    // scope (an enumerator, a class, an alias or a function that the body
    // declares: the name would find another entity there, or none), but
    // for the names the top declares too; and only the parameters and
    // those names may hide what it names.
    for (const Decl *D : Walk.Named)
      if (D->getParentFunctionOrMethod() == GI.Function && !GI.namedAtTop(D))
        return "";
    for (const ParmVarDecl *P : GI.Function->parameters())
      Hide.VisitNamedDecl(const_cast<ParmVarDecl *>(P));
    for (const DeclStmt *DS : GI.LocalNames)
      for (const Decl *D : DS->decls())
        if (const auto *ND = dyn_cast<NamedDecl>(D))
          Hide.VisitNamedDecl(const_cast<NamedDecl *>(ND));
  } else {
    // (In the body, or in a lambda of it, where the constant is read: a
    // declaration of the body or of the lambda in scope there.)
    Hide.Scoped = true;
    Hide.At = off(SM.getFileLoc(DRE->getLocation()));
    Hide.TraverseStmt(GI.Function->getBody());
  }
  std::string Type = spellType(T.getUnqualifiedType());
  if (!Hide.Hides)
    return "static_cast<" + Type + ">(::std::integral_constant<" + Type + ", static_cast<" + Type +
           ">(" + Text + ")>::value)";
  if (AtTop)
    return "";
  // Where a declaration hides what the text names (the lambda's own, or
  // one of a block between), the value is read from a copy that the body
  // declares just before the constant, where the text means what it
  // means in the constant's initialiser: `static constexpr` (the source
  // reads the constant in a constant expression, or is ill-formed at
  // instantiation, and so is the copy then), which every lambda and class
  // of the body reads without a capture.
  if (auto Found = ConstantCopies.find(VD); Found != ConstantCopies.end())
    return Found->second.Name;
  // (Before the statement of a block that declares it: its declaration,
  // or the `for`, `if`, `switch` or `while` statement whose header does.)
  const Stmt *Holder = nullptr;
  for (DynTypedNodeList Up = Ctx.getParents(*VD); !Up.empty();) {
    const Stmt *S = Up[0].get<Stmt>();
    if (!S || isa<LambdaExpr>(S))
      break;
    Up = Ctx.getParents(*S);
    if (!Up.empty() && Up[0].get<CompoundStmt>()) {
      Holder = S;
      break;
    }
  }
  if (!Holder || !Holder->getBeginLoc().isFileID())
    return "";
  Hide.Hides = false;
  Hide.At = off(SM.getFileLoc(VD->getLocation()));
  Hide.TraverseStmt(GI.Function->getBody());
  if (Hide.Hides)
    return "";
  ConstantCopy Copy;
  Copy.Name = "corogen_constant_" + std::to_string(ConstantCopies.size() + 1);
  Copy.At = off(Holder->getBeginLoc());
  Copy.Declaration =
      "static constexpr " + Type + " " + Copy.Name + " = static_cast<" + Type + ">(" + Text + ");";
  return ConstantCopies.insert({VD, Copy}).first->second.Name;
}

void Lowerer::lambda(const LambdaExpr *LE) {
  // An explicit capture of a parameter pack names its elements' pack.
  for (auto It = LE->capture_begin(); It != LE->capture_end(); ++It) {
    if (!It->capturesVariable() || !It->isExplicit() || LE->isInitCapture(It) ||
        !isPack(It->getCapturedVar()))
      continue;
    useSlotAt(It->getLocation(), It->getCapturedVar(),
              PackSlotOf.find(It->getCapturedVar())->second);
  }
  const auto *MD = dyn_cast<CXXMethodDecl>(GI.Function);
  bool Self = MD && MD->isInstance() &&
              llvm::any_of(LE->captures(), [](const LambdaCapture &C) { return C.capturesThis(); });
  if (Self)
    lambdaSelfCapture(LE);
  LambdaWalker Walker(*this, Self);
  // The captures clang lists, then those it does not: a name outside an
  // unevaluated operand, under a capture-default, captures its variable in
  // C++ (in a template, at instantiation) unless it only reads a constant,
  // which the lambda may then copy, or refer to, all the same.
  struct Capture {
    const VarDecl *Var;
    SourceLocation Loc; ///< invalid: implicit
    bool ByCopy;
  };
  std::vector<Capture> Captures;
  for (auto It = LE->capture_begin(); It != LE->capture_end(); ++It)
    if (It->capturesVariable() && !LE->isInitCapture(It) && frameSlot(It->getCapturedVar()) >= 0)
      Captures.push_back(Capture{It->getCapturedVar(),
                                 It->isExplicit() ? It->getLocation() : SourceLocation(),
                                 It->getCaptureKind() == LCK_ByCopy});
  auto Captured = [&](const VarDecl *VD) {
    return llvm::any_of(Captures, [&](const Capture &C) { return C.Var == VD; });
  };
  FrameNames Names(*this);
  Names.TraverseStmt(LE->getBody());
  for (const FrameNames::Name &N : Names.Names) {
    if (N.Unevaluated || LE->getCaptureDefault() == LCD_None || Captured(N.Var))
      continue;
    // (A nested lambda that does not capture it reads its value, and so
    // does a constant expression.)
    if ((N.Fenced || N.Constant) && N.Ref &&
        (readConstant(N.Ref) || !dependentConstantValue(N.Ref, LE).empty()))
      continue;
    // A reference usable in constant expressions (bound to an object that
    // is not local) names its object without a capture since C++20, and
    // for clang in every mode; g++ copies the object in C++17. By
    // reference that is all one; by copy it is refused below.
    const Expr *Init = N.Var->getInit();
    bool ByCopy = LE->getCaptureDefault() == LCD_ByCopy;
    if (ByCopy && N.Var->getType()->isReferenceType() &&
        ((Init && Init->isValueDependent()) || N.Var->isUsableInConstantExpressions(Ctx)))
      continue;
    Captures.push_back(Capture{N.Var, SourceLocation(), ByCopy});
  }
  // What stays uncaptured is named where C++ needs no capture: a constant
  // read (here, or in a nested lambda that does not capture it), which
  // reads its value; or a name in an unevaluated operand (see inside).
  // What cannot be carried over is refused.
  for (const FrameNames::Name &N : Names.Names) {
    if (isBoxed(N.Var)) {
      // `decltype((x))` of a boxed local, which the body names through a
      // reference (where g++ would take the reference's type): the type
      // C++ gives it, captured or not.
      if (uncapturedDecltype(LE, N.Var, N.Nested, N.DecltypeBegin, N.DecltypeEnd))
        continue;
    } else if (N.Unevaluated) {
      if (Captured(N.Var))
        continue;
      if (N.SizeOnly) {
        if (N.Ref)
          useOf(N.Ref);
        continue;
      }
      if (N.DecltypeBegin.isValid()) {
        if (uncapturedDecltype(LE, N.Var, N.Nested, N.DecltypeBegin, N.DecltypeEnd))
          continue;
      } else if (N.Ref && !isPack(N.Var)) {
        // Elsewhere in an unevaluated operand (noexcept, typeid, decltype
        // of a longer expression), g++ and clang read the name as the
        // variable, an lvalue of its declared type, in every mode.
        useOf(N.Ref);
        continue;
      }
    } else if (N.Constant && N.Ref && (constantValue(N.Ref) || dependentConstant(N.Ref, LE))) {
      continue;
    } else if (Captured(N.Var) && !N.Fenced) {
      continue;
    } else if (N.Ref && (constantValue(N.Ref) || dependentConstant(N.Ref, LE))) {
      continue;
    }
    Diags.report(N.Ref ? N.Ref->getLocation() : LE->getBeginLoc(), DiagKind::LambdaNameUncaptured)
        << N.Var->getName();
    Failed = true;
  }
  for (const Capture &C : Captures) {
    const VarDecl *VD = C.Var;
    QualType T = VD->getType();
    bool Function = T.getNonReferenceType()->isFunctionType();
    BodyEdit E{EditKind::Capture};
    E.Slot = frameSlot(VD);
    E.Text = VD->getName().str();
    E.MoveArg = !C.ByCopy || Function;
    E.RefInit = C.ByCopy && Function && C.Loc.isValid();
    if (C.ByCopy && !Function && initCaptureChangesType(T)) {
      E.Kind = EditKind::CaptureBox;
      Walker.box(VD, LE->isMutable());
    }
    E.WrapInBraces = C.Loc.isValid();
    if (C.Loc.isValid()) {
      E.Begin = off(C.Loc);
      E.End = offAfter(C.Loc);
    } else {
      E.Begin = E.End = off(LE->getIntroducerRange().getEnd());
    }
    IR.Edits.push_back(E);
  }
  Walker.TraverseStmt(LE->getBody());
}

bool Lowerer::uncapturedDecltype(const LambdaExpr *LE, const VarDecl *VD, bool Nested,
                                 SourceLocation Begin, SourceLocation End) {
  // `decltype((x))` of a variable that the lambda does not capture: under
  // `[=]` the type of the member a capture by copy would declare, `const`
  // unless the lambda is `mutable`; otherwise an lvalue of x's type
  // ([expr.prim.id.unqual] p3). Where g++ and clang disagree, it is left
  // to the caller to refuse: in a nested lambda, and for a reference under
  // `[=]` (g++ takes the reference, clang the copy's member).
  // A boxed local's type is the object's, named through the body's
  // reference (under `[=]`, whether captured or not: the copy's member has
  // the same type).
  int Slot = frameSlot(VD);
  bool Boxed = isBoxed(VD);
  if (Nested || isPack(VD) || (Slot < 0 && !Boxed) || inMacroBody(Begin) || inMacroBody(End))
    return false;
  bool Copy = LE->getCaptureDefault() == LCD_ByCopy;
  for (const LambdaCapture &C : LE->captures())
    if (Boxed && C.capturesVariable() && C.getCapturedVar() == VD && C.isExplicit())
      Copy = C.getCaptureKind() == LCK_ByCopy;
  if (Copy && VD->getType()->isReferenceType())
    return false;
  BodyEdit E{EditKind::UseBinding}; // (`decltype(x)`: the type it names)
  E.Begin = off(Begin);
  E.End = offAfter(End);
  std::string Alias =
      "::corogen::detail::identity_t<" +
      (Boxed ? "typename ::std::remove_reference<decltype(" + VD->getName().str() + ")>::type"
             : slotTypeAlias(Slot)) +
      " >";
  E.Text = Copy && !LE->isMutable()
               ? "::corogen::detail::identity_t<const " + Alias + " > &"
               : Alias + " &";
  IR.Edits.push_back(E);
  return true;
}

void Lowerer::useBox(const DeclRefExpr *DRE, bool Const) {
  const ValueDecl *VD = DRE->getDecl();
  if (inMacroBody(DRE->getLocation())) {
    Diags.report(DRE->getLocation(), DiagKind::UseInMacro) << VD->getName();
    Failed = true;
    return;
  }
  BodyEdit E{EditKind::UseBox};
  E.Begin = off(DRE->getLocation());
  E.End = offAfter(DRE->getLocation());
  E.Text = VD->getName().str();
  E.MoveArg = Const;
  IR.Edits.push_back(E);
}

void Lowerer::recaptureBox(const LambdaCapture &C) {
  const VarDecl *VD = C.getCapturedVar();
  if (inMacroBody(C.getLocation())) {
    Diags.report(C.getLocation(), DiagKind::UseInMacro) << VD->getName();
    Failed = true;
    return;
  }
  BodyEdit E{EditKind::RecaptureBox};
  E.Begin = off(C.getLocation());
  E.End = offAfter(C.getLocation());
  E.Text = VD->getName().str();
  IR.Edits.push_back(E);
}

bool Lowerer::decltypeInMacro(DecltypeTypeLoc TL, const DeclRefExpr *DRE) {
  if (!inMacroBody(TL.getDecltypeLoc()) && !inMacroBody(TL.getRParenLoc()) &&
      !inMacroBody(DRE->getLocation()))
    return false;
  Diags.report(DRE->getLocation(), DiagKind::UseInMacro) << DRE->getDecl()->getName();
  Failed = true;
  return true;
}

bool Lowerer::bindingType(DecltypeTypeLoc TL) {
  // `decltype(x)` of a binding names its referenced type, which a use of
  // `x` rewritten as an lvalue would not: the type is spelled instead.
  const auto *DRE = dyn_cast<DeclRefExpr>(TL.getUnderlyingExpr());
  const auto *B = DRE ? dyn_cast<BindingDecl>(DRE->getDecl()) : nullptr;
  std::string Type = B ? bindingDeclaredType(B, TL.getType()) : "";
  if (Type.empty())
    return false;
  if (decltypeInMacro(TL, DRE))
    return true;
  BodyEdit E{EditKind::UseBinding};
  E.Begin = off(TL.getDecltypeLoc());
  E.End = offAfter(TL.getRParenLoc());
  E.Text = Type;
  IR.Edits.push_back(E);
  return true;
}

std::string Lowerer::bindingDeclaredType(const BindingDecl *B, QualType T) const {
  auto Once = BoundOnceTypes.find(B);
  if (Once != BoundOnceTypes.end())
    return Once->second;
  if (!BindingUses.count(B) && !Rebound.count(B))
    return "";
  // (Through an alias template, so that a `&` written after it collapses,
  // and `typename` may stand before it.)
  auto Dependent = BindingTypes.find(B);
  return Dependent != BindingTypes.end()
             ? Dependent->second
             : "::corogen::detail::identity_t<" + spellType(T) + " >";
}

bool Lowerer::boxedType(DecltypeTypeLoc TL) {
  const auto *DRE = dyn_cast<DeclRefExpr>(TL.getUnderlyingExpr());
  const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  // (A boxed reference is declared as it was.)
  if (!VD || !isBoxed(VD) || VD->getType()->isReferenceType())
    return false;
  if (decltypeInMacro(TL, DRE))
    return true;
  // (One bound to a member of what its box holds is an `auto &&` of the
  // very type: its decltype stays.)
  if (isBoundDeclared(VD) && temporaryPartOf(VD))
    return true;
  BodyEdit E{EditKind::BoxedType};
  E.Begin = off(TL.getDecltypeLoc());
  E.End = offAfter(TL.getRParenLoc());
  E.Text = VD->getName().str();
  // (A `decltype(auto)` of a template, declared `auto &&`: the type its
  // bound_value keeps.)
  if (isBoundDeclared(VD)) {
    E.Kind = EditKind::Replace;
    E.Text = "::corogen::detail::bound_declared_t<decltype(" + boundName(VD) + ")>";
  }
  IR.Edits.push_back(E);
  return true;
}

bool Lowerer::declaredType(DecltypeTypeLoc TL, bool InExpression) {
  const auto *DRE = dyn_cast<DeclRefExpr>(TL.getUnderlyingExpr());
  int Slot = DRE ? frameSlot(DRE->getDecl()) : -1;
  if (Slot < 0)
    return false;
  const ValueDecl *VD = DRE->getDecl();
  // (The use of an object's name is its member, of the same declared type;
  // of an lvalue reference's, `(*p)`, of the same type too.)
  if (InExpression && !inMacroBody(DRE->getLocation()) &&
      (inMacroBody(TL.getDecltypeLoc()) || inMacroBody(TL.getRParenLoc())) &&
      (!IR.Slots[Slot].IsReference || VD->getType()->isLValueReferenceType()))
    return false;
  if (decltypeInMacro(TL, DRE))
    return true;
  BodyEdit E{EditKind::DeclaredType};
  E.Begin = off(TL.getDecltypeLoc());
  E.End = offAfter(TL.getRParenLoc());
  E.Slot = Slot;
  // A reference local's slot type is what it refers to. (A written `T &&`
  // collapses with the alias as with T. An `auto &&` of a template is an
  // lvalue or an rvalue reference as its initialiser says: where the
  // runtime's kept_reference keeps it, its type says which.)
  if (IR.Slots[Slot].Kind == SlotKind::Local && IR.Slots[Slot].IsReference) {
    QualType T = VD->getType();
    bool Auto = T.getNonReferenceType()->getContainedAutoType() != nullptr;
    auto Kept = KeptReferenceSlot.find(cast<VarDecl>(VD));
    if (Kept != KeptReferenceSlot.end()) {
      E.Kind = EditKind::Replace;
      E.Text = "::corogen::detail::kept_declared_t<" + slotTypeAlias(Kept->second) + ">";
    } else if (T->isLValueReferenceType()) {
      E.Text = "&";
    } else if (!Auto || !T->isDependentType()) {
      E.Text = "&&";
    } else if (const auto *Var = dyn_cast<VarDecl>(VD); Var && Var->getInit() &&
               singleInitialiser(Var) &&
               isa<DeclRefExpr>(singleInitialiser(Var)->IgnoreParens())) {
      E.Text = "&"; // (bound to a variable: an lvalue)
    } else {
      Diags.report(TL.getDecltypeLoc(), DiagKind::ForwardingDecltype) << VD->getName();
      Failed = true;
      return true;
    }
  }
  IR.Edits.push_back(E);
  return true;
}

void Lowerer::rethrow(const CXXThrowExpr *TE) {
  if (HandlerStack.empty() || HandlerStack.back() < 0)
    return;
  BodyEdit E{EditKind::Rethrow};
  E.Begin = off(TE->getThrowLoc());
  E.End = offAfter(TE->getThrowLoc());
  E.Slot = HandlerStack.back();
  IR.Edits.push_back(E);
}

void Lowerer::lowerJumpTarget(const Stmt *S, bool IsLoop) {
  Targets.push_back(JumpTarget{Scopes.size(), IsLoop});
  lowerChildren(S);
  Targets.pop_back();
}

void Lowerer::lowerJump(const Stmt *S, bool IsBreak) {
  auto Target = llvm::find_if(llvm::reverse(Targets), [&](const JumpTarget &T) {
    return IsBreak || T.IsLoop;
  });
  if (Target == Targets.rend())
    return;
  if (!IsBreak && (Target->ContinuePoint != 0 || Target->Step != 0)) {
    BodyEdit G{EditKind::ContinueGoto};
    G.Begin = off(S->getBeginLoc());
    G.End = offAfter(S->getBeginLoc());
    G.Point = Target->ContinuePoint;
    G.Step = Target->Step;
    IR.Edits.push_back(G);
  }
  size_t Depth = !IsBreak && Target->Step != 0 ? Target->ContinueDepth : Target->Depth;
  std::vector<int> Leave = slotsToLeave(Depth);
  if (Leave.empty())
    return;
  BodyEdit E{EditKind::DestroyBeforeJump};
  E.Begin = off(S->getBeginLoc());
  E.End = offAfterSemi(S->getEndLoc());
  E.Slots = Leave;
  E.LiveAfter = Scopes[Depth].LiveAtEntry;
  IR.Edits.push_back(E);
}

bool Lowerer::endsInJump(const CompoundStmt *CS) const {
  if (CS->body_empty())
    return false;
  const Stmt *Last = CS->body_back();
  while (const auto *L = dyn_cast<LabelStmt>(Last))
    Last = L->getSubStmt();
  if (isa<BreakStmt, ContinueStmt, GotoStmt, ReturnStmt>(Last))
    return true;
  const auto *E = dyn_cast<Expr>(Last);
  return E && isa<CXXThrowExpr>(E->IgnoreImplicit());
}

std::vector<const Stmt *> Lowerer::scopeChain(const Stmt *S) const {
  std::vector<const Stmt *> Chain;
  DynTypedNode N = DynTypedNode::create(*S);
  for (;;) {
    const Stmt *Child = N.get<Stmt>();
    DynTypedNodeList Parents = Ctx.getParents(N);
    if (Parents.empty())
      break;
    N = Parents[0];
    const Stmt *P = N.get<Stmt>();
    if (!P)
      break;
    // The body of a `for` whose condition variable is rebuilt is inside
    // that variable's scope, the inner of the loop's two.
    if (const auto *F = dyn_cast<ForStmt>(P); F && rebuildsCondition(F) && Child == F->getBody())
      Chain.push_back(F->getConditionVariableDeclStmt());
    // So is an unbraced body of a range-for in the frame: it has a scope of
    // its own, the loop variable's (finishRangeFor), which a jump within it
    // (to a label on it, too) does not leave.
    if (const auto *RF = dyn_cast<CXXForRangeStmt>(P);
        RF && opensScope(RF) && Child == RF->getBody() && !isa<CompoundStmt>(Child))
      Chain.push_back(Child);
    if (opensScope(P))
      Chain.push_back(P);
  }
  std::reverse(Chain.begin(), Chain.end());
  return Chain;
}

void Lowerer::lowerGoto(const GotoStmt *GS) {
  // [stmt.jump] p2: leaving a scope destroys its locals; so does jumping back
  // past a declaration in a scope the jump stays in.
  const LabelStmt *Label = GS->getLabel()->getStmt();
  std::vector<const Stmt *> Target = scopeChain(Label);
  size_t Common = 0;
  while (Common < Target.size() && Common < Scopes.size() &&
         Target[Common] == Scopes[Common].Owner)
    ++Common;
  std::vector<int> Leave = slotsToLeave(Common);
  Offset LabelAt = off(Label->getBeginLoc());
  if (Common > 0)
    for (auto It = Scopes[Common - 1].Slots.rbegin(); It != Scopes[Common - 1].Slots.rend(); ++It)
      if (IR.Slots[*It].LiveId != 0 && DeclaredAt.lookup(*It) > LabelAt)
        Leave.push_back(*It);
  if (Leave.empty())
    return;
  BodyEdit E{EditKind::DestroyBeforeJump};
  E.Begin = off(GS->getBeginLoc());
  E.End = offAfterSemi(GS->getEndLoc());
  E.Slots = Leave;
  E.LiveAfter = IR.Slots[Leave.back()].PrevLiveId;
  IR.Edits.push_back(E);
}

unsigned Lowerer::lowerMarkers(const std::vector<const MarkerSite *> &Ms) {
  std::vector<const MarkerSite *> Yields;
  const MarkerSite *Ret = nullptr;
  for (const MarkerSite *M : Ms) {
    if (M->Form == MarkerForm::Return)
      Ret = M;
    else
      Yields.push_back(M);
  }
  unsigned First = Yields.empty() ? 0 : NextPoint;
  if (Yields.size() == 1 && Yields[0]->Form != MarkerForm::Nested) {
    lowerMarker(*Yields[0]);
  } else {
    // One group per full-expression: a `for` may have two, its condition's
    // and then its increment's, which the rebuilt loop runs at its top and
    // at its bottom.
    std::vector<unsigned> Groups;
    for (size_t Begin = 0, End = 0; Begin < Yields.size(); Begin = End) {
      while (End < Yields.size() && Yields[End]->Root == Yields[Begin]->Root)
        ++End;
      Groups.push_back(NextPoint);
      lowerNested(std::vector<const MarkerSite *>(Yields.begin() + Begin, Yields.begin() + End));
    }
    if (Groups.size() == 2)
      for (BodyEdit &E : IR.Edits)
        if (E.Kind == EditKind::Suspend && E.Point + 1 == Groups[1])
          E.PairGroup = Groups[1];
  }
  if (Ret)
    lowerReturn(*Ret);
  return First;
}

BodyEdit Lowerer::suspendEdit(const MarkerSite &M) {
  SuspendPoint P;
  P.Id = NextPoint++;
  P.Kind = M.Kind == MarkerKind::Yield ? PointKind::Yield : PointKind::YieldFrom;
  P.Line = SM.getExpansionLineNumber(M.MacroBegin);
  P.Column = SM.getExpansionColumnNumber(M.MacroBegin);
  P.Try = TryStack.empty() ? 0 : TryStack.back();
  IR.Points.push_back(P);

  BodyEdit E{EditKind::Suspend};
  E.Point = P.Id;
  E.SuspendKind = P.Kind;
  E.Begin = off(M.MacroBegin);
  E.End = offAfter(M.RParen);
  E.ArgBegin = offAfter(M.LParen);
  E.ArgEnd = off(M.RParen);
  E.StmtBegin = off(M.Statement->getBeginLoc());
  E.StmtEnd = stmtEnd(M.Statement);
  E.ValueUsed = M.Form != MarkerForm::Statement;
  E.CheckedOperand = M.CheckedOperand;
  // (`T v = CORO_YIELD(x);` suspends before the declaration, which keeps
  // its scope; as an unbraced body, both go in braces.)
  E.WrapInBraces = M.Form != MarkerForm::InitVar || isUnbracedBody(M.Statement);
  return E;
}

int Lowerer::temporaryRangeSlot(const MarkerSite &M) {
  // A temporary range lives in the frame while it is delegated to, as a
  // range-for keeps its range: it is not moved anywhere. (A range's
  // delegation has no value, so it always stands as a statement.)
  if (M.Kind != MarkerKind::YieldFrom || M.Call->getNumArgs() != 1)
    return -1;
  const Expr *Arg = M.Call->getArg(0)->IgnoreImplicit();
  QualType T = Arg->getType();
  if (!Arg->isPRValue() || T->isDependentType() || !T->isRecordType() || isGeneratorType(T))
    return -1;
  int Index = addHiddenSlot("range", T.getUnqualifiedType(), false, M.MacroBegin);
  FrameSlot &Slot = IR.Slots[Index];
  if (needsDestruction(T)) {
    Slot.LiveId = NextLiveId++;
    Slot.PrevLiveId = Live;
  }
  return Index;
}

void Lowerer::lowerMarker(const MarkerSite &M) {
  BodyEdit E = suspendEdit(M);
  if (M.Form == MarkerForm::Statement)
    E.RangeSlot = temporaryRangeSlot(M);
  if (M.FoldPack) {
    // `(CORO_YIELD(f(ts)), ...);`: a loop over the pack's elements, its
    // index in the frame, each yield's operand made from element i.
    E.FoldSlot = addSpelledSlot("fold", "::std::size_t", M.MacroBegin);
    // (A pack of types or of constants, without a function parameter
    // pack: the turns name their elements through their places alone,
    // `at_place<void, sizeof...(Ns)>(i, [&](auto at) { ... })`.)
    std::string Name = M.FoldPack->getName().str();
    if (const auto *P = dyn_cast<ParmVarDecl>(M.FoldPack)) {
      E.FoldElements = IR.Slots[PackSlotOf.lookup(P)].Elements;
      E.FoldCount = "sizeof...(" + E.FoldElements + ")";
      E.FoldPackUse = E.FoldElements;
    } else {
      E.FoldCount = "sizeof...(" + Name + ")";
      E.FoldPackUse = isa<TemplateTypeParmDecl>(M.FoldPack)
                          ? "::corogen::detail::pack_tag<" + Name + ">()"
                          : Name;
    }
    if (M.FoldPattern || M.ValueFold) {
      // (Of a value fold, the pattern may be the marker itself.)
      std::tie(E.PatternBegin, E.PatternEnd) = patternRange(M);
      E.ValueUsed = true;
    }
    for (const Expr *X : M.FoldChecked)
      E.FoldChecked.push_back({off(X->getBeginLoc()), offAfter(X->getEndLoc())});
    for (const Expr *X : M.FoldRefChecked)
      E.FoldRefChecked.push_back({off(X->getBeginLoc()), offAfter(X->getEndLoc())});
    // (`Ts` or `decltype(ts)` in the pattern: in element i's turn, its
    // element's type, `std::tuple_element_t<i, std::tuple<Ts...>>`, i
    // being the place that at_position gives; `Ns`, a pack of constants,
    // `nth_value<i>(Ns...)`.)
    auto ElementOf = [&](SourceRange R, StringRef Before, StringRef After) {
      BodyEdit Name{EditKind::Replace};
      Name.Begin = off(R.getBegin());
      Name.End = offAfter(R.getEnd());
      Name.Text = Before.str() + text(Name.Begin, Name.End) + After.str();
      IR.Edits.push_back(Name);
      E.FoldPositions = true;
    };
    for (SourceRange R : M.FoldPackTypes)
      ElementOf(R, "::std::tuple_element_t<decltype(corogen_at)::value, ::std::tuple<", "...>>");
    for (SourceRange R : M.FoldPackValues)
      ElementOf(R, "::corogen::detail::nth_value<decltype(corogen_at)::value>(", "...)");
    // (A temporary that C++ keeps to the end of the fold, which a value
    // kept past the turn may refer to, `1` in `names(wrap(ts, 1,
    // int(CORO_YIELD(ts)))...)`: kept at its element's place in an array of
    // the pack's size, `held_place(held.v[i] = (1))`, an xvalue.)
    for (const HeldTemporary &H : M.FoldHeld) {
      std::string Type = spellType(H.Type);
      int Slot = addSpelledSlot("fold_held",
                                "::corogen::detail::fold_array<" + Type + ", sizeof...(" +
                                    M.FoldPack->getName().str() + ")>",
                                M.MacroBegin);
      BodyEdit Hold{EditKind::Hold};
      Hold.Begin = off(H.Range.getBegin());
      Hold.End = off(H.Range.getEnd());
      Hold.Slot = Slot;
      Hold.Point = E.Point;
      Hold.Text = "::corogen::detail::held_place(this->" + IR.Slots[Slot].Name + ".v[this->" +
                  IR.Slots[E.FoldSlot].Name + "] = (";
      // (Around a part that the fold writes on its own: patternText writes
      // it.)
      auto Around = [&](Offset B, Offset End) { return Hold.Begin <= B && End <= Hold.End; };
      Hold.MoveArg = Around(E.Begin, E.End) ||
                     (M.Guard.Cond && Around(off(M.Guard.Cond->getBeginLoc()),
                                             offAfter(M.Guard.Cond->getEndLoc()))) ||
                     llvm::any_of(M.FoldKept, [&](const Expr *K) {
                       return Around(off(K->getBeginLoc()), offAfter(K->getEndLoc()));
                     });
      IR.Edits.push_back(Hold);
    }
    // (The fold's slots with destructors die at the statement's end, in
    // the reverse of their making: one kept before the fold, then the
    // pattern's kept operands, then the values.)
    FoldChain = Live;
    E.LiveAfter = Live;
    if (M.FoldOuterKept) {
      // (An operand before the fold, `std::cout << "sum "` in `std::cout
      // << "sum " << (0 + ... + p);`: made before the turns, once.)
      std::string Preamble;
      std::string Type =
          "::corogen::detail::fold_tuple<" + deducedOf(M.FoldOuterKept, Preamble) + ">";
      E.FoldOuter = addFoldSlot("fold_outer", Type, Preamble, M.MacroBegin);
      E.OuterBegin = off(M.FoldOuterKept->getBeginLoc());
      E.OuterEnd = offAfter(M.FoldOuterKept->getEndLoc());
    }
    if (!M.FoldKept.empty()) {
      // (Operands before the marker, `twice(ts)` in `(sum(twice(ts),
      // int(CORO_YIELD(ts))), ...);`: kept in the runtime's fold_groups, a
      // fold_tuple of decltype of each one's text for each element, made in
      // its turn.)
      std::string Preamble, List;
      for (const Expr *X : M.FoldKept) {
        List += (List.empty() ? "" : ", ") + deducedOf(X, Preamble);
        E.Kept.push_back({off(X->getBeginLoc()), offAfter(X->getEndLoc())});
      }
      E.KeptBeforeGuard = M.FoldKeptBeforeGuard;
      // (A call's values that are objects, the last of each group:
      // decltype of each element's pattern, or the class.)
      if (keptValues(M)) {
        E.ValuesKept = true;
        List += ", " + (foldTuple(M) ? elementPatternType(M, Preamble) : spellType(patternType(M)));
      }
      std::string Element = "::corogen::detail::per_element<::corogen::detail::fold_tuple<" + List +
                            ">, " + packElement(M) + ">";
      E.FoldKept = addFoldSlot("fold_kept", "::corogen::detail::fold_groups<" + Element + "...>",
                               Preamble, M.MacroBegin);
    }
    if (M.Guard.Op) {
      // (`((ok(ts) && CORO_YIELD(ts)), ...);`: each turn tests `ok(ts)`
      // first, and suspends only where it lets the marker run.)
      E.Guarded = true;
      E.GuardWhen = M.Guard.When;
      E.GuardChecked = M.Guard.Checked;
      E.GuardBegin = off(M.Guard.Cond->getBeginLoc());
      E.GuardEnd = offAfter(M.Guard.Cond->getEndLoc());
      E.ArmBegin = off(M.Guard.Arm->getBeginLoc());
      E.ArmEnd = offAfter(M.Guard.Arm->getEndLoc());
    }
    if (const auto *Fold = dyn_cast_or_null<CXXFoldExpr>(M.ValueFold); Fold && runningFold(Fold))
      lowerRunningFold(M, *Fold, E);
    else if (M.ValueFold)
      lowerValueFold(M, E);
  }
  IR.Edits.push_back(E);
}

void Lowerer::lowerRunningFold(const MarkerSite &M, const CXXFoldExpr &FE, BodyEdit &E) {
  // `(std::cout << ... << CORO_YIELD(ts));`: the frame points to the
  // object on the left before the loop; each turn makes its step with the
  // pattern's value and points to what the step gives, the next step's
  // object (the runtime's fold_target checks that it is one of the same
  // type).
  const Expr *Target = FE.getInit();
  E.TargetBegin = off(Target->getBeginLoc());
  E.TargetEnd = offAfter(Target->getEndLoc());
  E.FoldOperator = BinaryOperator::getOpcodeStr(FE.getOperator()).str();
  E.FoldTarget = addSpelledSlot("fold_target", spellType(Target->getType()) + " *", M.MacroBegin);
}

void Lowerer::lowerValueFold(const MarkerSite &M, BodyEdit &E) {
  // `int n = (0 + ... + int(CORO_YIELD(ts)));`: the loop over the elements
  // runs before the statement, each turn keeping the pattern's value in a
  // frame array of the pack's size; the statement then reads the fold of
  // those values, `fold_values(values, [&](auto &&... v) { return (0 + ...
  // + v); })`.
  const Expr *FE = M.ValueFold;
  E.FoldBegin = off(FE->getBeginLoc());
  E.FoldEnd = offAfter(FE->getEndLoc());
  // (A braced list, alone or making an object, MarkerSite::ValueFold; not
  // a construction with parentheses, made once as a call is.)
  E.FoldList = isBracedListFold(FE);
  // (A variable's parenthesised initialiser, `Point p(x, P...);`: what it
  // holds becomes `Point(x, <values>...)`, which initialises it.)
  if (const auto *Parens = dyn_cast<ParenListExpr>(FE)) {
    E.FoldBegin = off(Parens->getExpr(0)->getBeginLoc());
    E.FoldEnd = offAfter(Parens->getExpr(Parens->getNumExprs() - 1)->getEndLoc());
    E.FoldMakes = "typename ::std::remove_cv<" + spellType(M.Var->getType()) + " >::type";
  }
  // (Where nothing is sent, the marker's value is dropped.)
  E.ValueUsed = !(M.Kind == MarkerKind::Yield && GI.SendTypeKnown && GI.SendsVoid);
  E.FoldInCondition = isa<IfStmt, SwitchStmt, WhileStmt, DoStmt, ForStmt>(M.Statement);
  if (const auto *If = dyn_cast<IfStmt>(M.Statement)) {
    // (What the turns keep dies once the condition is tested.)
    E.CondBegin = off(If->getCond()->getBeginLoc());
    E.CondEnd = offAfter(If->getCond()->getEndLoc());
  } else if (const auto *W = dyn_cast<WhileStmt>(M.Statement)) {
    E.Loop = LoopPart::WhileCond;
    E.CondBegin = off(W->getLParenLoc()) + 1;
    E.CondEnd = off(W->getRParenLoc());
    E.BodyBegin = off(W->getBody()->getBeginLoc());
  } else if (const auto *D = dyn_cast<DoStmt>(M.Statement)) {
    E.Loop = LoopPart::DoCond;
    E.DoAt = off(D->getDoLoc());
    E.WhileAt = off(D->getWhileLoc());
    E.CondBegin = off(D->getCond()->getBeginLoc());
    E.CondEnd = off(D->getRParenLoc());
  } else if (const auto *F = dyn_cast<ForStmt>(M.Statement)) {
    E.Loop = LoopPart::ForCond;
    E.CondBegin = off(F->getCond()->getBeginLoc());
    E.CondEnd = offAfter(F->getCond()->getEndLoc());
    E.RParenAt = off(F->getRParenLoc());
    E.BodyEnd = stmtEnd(F->getBody());
  }
  QualType V = patternType(M);
  std::string Count = "sizeof...(" + M.FoldPack->getName().str() + ")";
  if (E.ValuesKept) {
    // (Objects of a call's expansion beside kept operands: the last of
    // each element's group, made and read as a fold_tuple's.)
    E.FoldObjects = E.FoldTuple = true;
    E.FoldValues = E.FoldKept;
    E.FoldValueType = spellType(V);
  } else if (foldTuple(M)) {
    // (Of a type that depends on a template parameter, one per element,
    // `f(T(CORO_YIELD(ts))...)`: the runtime's fold_tuple of decltype of
    // each element's pattern, which only the instantiation shows to need
    // destruction or not.)
    E.FoldObjects = E.FoldTuple = true;
    std::string Preamble;
    std::string Element = elementPatternType(M, Preamble);
    E.FoldValues = addFoldSlot("fold_values", "::corogen::detail::fold_tuple<" + Element + "...>",
                               Preamble, M.MacroBegin);
  } else if (E.FoldValueType = spellType(V); !V->isRecordType()) {
    E.FoldValues = addSpelledSlot(
        "fold_values", "::corogen::detail::fold_array<" + E.FoldValueType + ", " + Count + ">",
        M.MacroBegin);
  } else {
    // (Objects, of a call's or a list's expansion, `f(std::string(
    // CORO_YIELD(ts))...)`: made in their turns in the runtime's
    // fold_slots, which is made before the loop and destroyed, with them,
    // at the end of the statement, the local it initialises made first;
    // close() or an exception during the turns destroys those made.)
    E.FoldObjects = true;
    std::string Type = "::corogen::detail::fold_slots<" + E.FoldValueType + ", " + Count + ">";
    E.FoldValues = needsDestruction(V) ? addFoldSlot("fold_values", Type, "", M.MacroBegin)
                                       : addSpelledSlot("fold_values", Type, M.MacroBegin);
  }
  if (const auto *Fold = dyn_cast<CXXFoldExpr>(FE)) {
    if (Fold->getOperator() == BO_LAnd)
      E.FoldStop = 1;
    else if (Fold->getOperator() == BO_LOr)
      E.FoldStop = -1;
  }
}

void Lowerer::lowerNested(const std::vector<const MarkerSite *> &Ms) {
  GroupState GS;
  GS.First = NextPoint;
  unsigned LiveBefore = Live;
  const MarkerSite &Last = *Ms.back();
  const Stmt *St = Last.Statement;
  for (const MarkerSite *M : Ms) {
    BodyEdit E = suspendEdit(*M);
    E.Nested = true;
    E.Group = GS.First;
    E.InHeader = HeaderStmts.count(St) != 0;
    E.ValueUsed = true;
    E.WrapInBraces = !isa<DeclStmt>(St) || isUnbracedBody(St);
    if (!spillOperands(*M, E, GS)) {
      Failed = true;
      Live = LiveBefore;
      return;
    }
    if (M != &Last) {
      GS.SuspendEditOf[M] = IR.Edits.size();
      IR.Edits.push_back(E);
      continue;
    }
    // A delegation to a temporary range whose value is dropped keeps the
    // range in the frame, as the statement form does.
    const Expr *Value = M->Root ? M->Root->IgnoreImplicit() : nullptr;
    if (const auto *Cast = dyn_cast_or_null<CStyleCastExpr>(Value);
        Cast && Cast->getType()->isVoidType())
      Value = Cast->getSubExpr()->IgnoreImplicit();
    if (Value == M->Call)
      E.RangeSlot = temporaryRangeSlot(*M);
    // The kept operands with destructors die at the end of the
    // full-expression (a CORO_RETURN destroys them as it unwinds).
    if (!isa<ReturnStmt>(St))
      E.Slots = GS.Cleanup;
    E.MadeFlags = GS.MemberFlags;
    E.LiveAfter = LiveBefore;
    Live = LiveBefore;
    if (const auto *W = dyn_cast<WhileStmt>(St)) {
      E.Loop = LoopPart::WhileCond;
      E.CondBegin = off(W->getLParenLoc()) + 1;
      E.CondEnd = off(W->getRParenLoc());
      E.BodyBegin = off(W->getBody()->getBeginLoc());
    } else if (const auto *D = dyn_cast<DoStmt>(St)) {
      E.Loop = LoopPart::DoCond;
      E.DoAt = off(D->getDoLoc());
      E.WhileAt = off(D->getWhileLoc());
      E.CondBegin = off(D->getCond()->getBeginLoc());
      E.CondEnd = off(D->getRParenLoc());
    } else if (const auto *F = dyn_cast<ForStmt>(St)) {
      E.Loop = M->Root == F->getInc() ? LoopPart::ForInc : LoopPart::ForCond;
      if (F->getCond()) {
        E.CondBegin = off(F->getCond()->getBeginLoc());
        E.CondEnd = offAfter(F->getCond()->getEndLoc());
      }
      if (F->getInc()) {
        E.IncBegin = off(F->getInc()->getBeginLoc());
        E.IncEnd = offAfter(F->getInc()->getEndLoc());
      }
      E.RParenAt = off(F->getRParenLoc());
      E.BodyEnd = stmtEnd(F->getBody());
    }
    if (E.Loop != LoopPart::None)
      E.WrapInBraces = false;
    // In a condition, kept operands with destructors die before the
    // branches or the body run: the condition is evaluated into a bool
    // first (KeepCondition). Not in a switch's condition (its value is not
    // a bool), a range-for's range, or a header the Select hoist places.
    const auto *If = dyn_cast<IfStmt>(St);
    const auto *Sw = dyn_cast<SwitchStmt>(St);
    // (In an if's or a switch's header, the Hoist edit places it.)
    if (!E.Slots.empty() && (If || Sw || E.Loop != LoopPart::None)) {
      E.KeepCondition = true;
      if (If || Sw) {
        const Expr *Cond = If ? If->getCond() : Sw->getCond();
        E.CondBegin = off(SM.getFileLoc(Cond->getBeginLoc()));
        E.CondEnd = offAfter(fileEndLoc(SM, Cond->getEndLoc()));
      }
      // (A switch's condition is kept as the integral or enumeration type
      // it converts to.)
      if (Sw && Sw->getCond()->getType()->isDependentType())
        dependentSwitchType(Sw->getCond(), E);
      else if (Sw)
        E.CondType = spellType(Sw->getCond()->getType().getUnqualifiedType());
      // (In a range-for's range, emitRangeFor destroys them once the range
      // is made.)
    } else if (isa<IfStmt, SwitchStmt, WhileStmt, DoStmt, ForStmt>(St) && !E.Slots.empty()) {
      Diags.report(M->Call->getBeginLoc(), DiagKind::MarkerOperandUnsupported)
          << (M->Kind == MarkerKind::Yield ? "CORO_YIELD" : "CORO_YIELD_FROM")
          << "an operand with a destructor"
          << "it would be destroyed too late";
      Failed = true;
      return;
    }
    IR.Edits.push_back(E);
  }
}

bool Lowerer::listElements(const Expr *Init, const MarkerSite &M,
                           std::vector<const Expr *> &Before) {
  // A nested list (braced, or with its braces elided) is not kept whole:
  // an array's has no value to keep, and elided braces no text; its own
  // elements are, in order. What the list itself makes of them, it makes
  // where the statement goes on, as the rest of the enclosing list.
  if (const auto *Nested = dyn_cast<InitListExpr>(Init)) {
    for (const Expr *Element : Nested->inits())
      if (!listElements(Element, M, Before))
        return false;
    return true;
  }
  // (A member or element that the list leaves out is value-initialised;
  // one with a default member initialiser that does more than give a
  // constant would run after the suspension, out of order.)
  if (isa<ImplicitValueInitExpr, NoInitExpr>(Init))
    return true;
  if (const auto *Default = dyn_cast<CXXDefaultInitExpr>(Init)) {
    if (!Default->getExpr()->HasSideEffects(Ctx))
      return true;
    refuseOperand(M, Default->getExpr(),
                  "it is a default member initialiser, which would run after the suspension");
    return false;
  }
  Before.push_back(Init);
  return true;
}

bool Lowerer::isImmutable(const Expr *E) const {
  E = E->IgnoreParenImpCasts();
  if (isa<IntegerLiteral, FloatingLiteral, CharacterLiteral, StringLiteral, CXXBoolLiteralExpr,
          CXXNullPtrLiteralExpr, CXXThisExpr>(E))
    return true;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    return isa<FunctionDecl, EnumConstantDecl>(DRE->getDecl());
  // (In a template, a function's name that overload resolution will pick
  // from at instantiation.)
  return isa<UnresolvedLookupExpr>(E);
}

bool Lowerer::spillOperands(const MarkerSite &M, BodyEdit &Suspend, GroupState &GS) {
  // The path from the full-expression down to the marker; at each step, the
  // operands evaluated before the one that leads to the marker (left to
  // right, as SPEC section 3 asks; an assignment's right side before its
  // left, as C++17 sequences them) are kept in the frame across the
  // suspension, unless an earlier marker of the expression kept them.
  std::vector<const Stmt *> Path;
  for (const Stmt *S = M.Call; S && S != M.Root;) {
    Path.push_back(S);
    S = evaluatingParent(Ctx, *S);
  }
  if (M.Root)
    Path.push_back(M.Root);
  std::reverse(Path.begin(), Path.end());
  GS.GuardDepth = 0;
  for (size_t I = 0; I + 1 < Path.size(); ++I) {
    const Stmt *Node = Path[I], *Next = Path[I + 1];
    std::vector<const Expr *> Before;
    int Guard = 0;
    if (const auto *BO = dyn_cast<BinaryOperator>(Node)) {
      if (BO->isAssignmentOp()) {
        if (BO->getLHS() == Next)
          Before.push_back(BO->getRHS());
      } else if (BO->isCommaOp()) {
        // The left runs first, its value dropped; its temporaries live to
        // the end of the full-expression.
        if (BO->getRHS() == Next && !discard(BO->getLHS(), M, Suspend, GS))
          return false;
      } else if (BO->getRHS() == Next) {
        Before.push_back(BO->getLHS());
      }
      if (BO->isLogicalOp() && BO->getRHS() == Next)
        Guard = BO->getOpcode() == BO_LAnd ? 1 : -1;
    } else if (const auto *BCO = dyn_cast<BinaryConditionalOperator>(Node)) {
      // GNU's `a ?: b`: `b` runs if `a` (evaluated once) is false.
      if (BCO->getFalseExpr() == Next) {
        Before.push_back(BCO->getCommon());
        Guard = -1;
      }
    } else if (const auto *CO = dyn_cast<ConditionalOperator>(Node)) {
      if (CO->getCond() != Next) {
        Before.push_back(CO->getCond());
        Guard = CO->getTrueExpr() == Next ? 1 : -1;
      }
    } else if (const auto *ASE = dyn_cast<ArraySubscriptExpr>(Node)) {
      if (ASE->getIdx() == Next)
        Before.push_back(ASE->getBase());
    } else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Node)) {
      if (Op->isAssignmentOp()) {
        if (Op->getNumArgs() == 2 && Op->getArg(0) == Next)
          Before.push_back(Op->getArg(1));
      } else {
        for (const Expr *Arg : Op->arguments()) {
          if (Arg == Next)
            break;
          Before.push_back(Arg);
        }
      }
    } else if (const auto *Call = dyn_cast<CallExpr>(Node)) {
      // The callee (with the object of a member call) comes first; on the
      // path itself, nothing is before it.
      if (Call->getCallee() == Next)
        continue;
      const Expr *Callee = Call->getCallee()->IgnoreParens();
      const auto *DME = dyn_cast<CXXDependentScopeMemberExpr>(Callee);
      if (const auto *MCE = dyn_cast<CXXMemberCallExpr>(Call)) {
        const auto *ME = dyn_cast<MemberExpr>(MCE->getCallee()->IgnoreParens());
        if (ME && !ME->isImplicitAccess()) {
          Before.push_back(ME->getBase());
          CalledObjects.insert(ME->getBase());
        }
      } else if (DME && !DME->isImplicitAccess() && DME->getBase()) {
        Before.push_back(DME->getBase());
        CalledObjects.insert(DME->getBase());
      } else if (!isImmutable(Call->getCallee())) {
        Before.push_back(Call->getCallee());
        CalledObjects.insert(Call->getCallee());
      }
      for (const Expr *Arg : Call->arguments()) {
        if (Arg == Next)
          break;
        Before.push_back(Arg);
      }
    } else if (const auto *CE = dyn_cast<CXXConstructExpr>(Node)) {
      for (const Expr *Arg : CE->arguments()) {
        if (Arg == Next)
          break;
        Before.push_back(Arg);
      }
    } else if (const auto *List = dyn_cast<InitListExpr>(Node)) {
      for (const Expr *Init : List->inits()) {
        if (Init == Next)
          break;
        if (!listElements(Init, M, Before))
          return false;
      }
    } else if (const auto *UC = dyn_cast<CXXUnresolvedConstructExpr>(Node)) {
      for (const Expr *Arg : UC->arguments()) {
        if (Arg == Next)
          break;
        Before.push_back(Arg);
      }
    }
    for (const Expr *E : Before) {
      auto Kept = GS.Kept.find(E);
      if (Kept != GS.Kept.end()) {
        // Kept by an earlier marker: a guard reads it again.
        if (Guard != 0) {
          BodyEdit G{EditKind::Guard};
          G.Begin = G.End = off(E->getBeginLoc());
          G.Slot = Kept->second;
          G.Point = Suspend.Point;
          G.Guard = Guard;
          G.Seq = NextSeq++;
          IR.Edits.push_back(G);
        }
        continue;
      }
      // A guard's operand is kept even when it is a constant: the guard
      // reads it.
      bool Keep = Guard != 0 || (!isa<CXXDefaultArgExpr>(E) && !isImmutable(E));
      if (Keep && !spill(E, M, Suspend, GS, Guard))
        return false;
    }
    if (Guard != 0)
      ++GS.GuardDepth;
  }
  return true;
}

/// Whether the frame can declare a member of type `T` (a lambda's closure
/// type, or a class local to the function, has no name outside it, nor
/// has a specialisation of a template for one, `Wrap<closure>`).
static bool isNameable(QualType T) { return typeHasNameAtTop(T.getNonReferenceType()); }

InitStyle Lowerer::initStyleFor(const Expr *E, QualType T) const {
  const Expr *W = E->IgnoreImplicit();
  if (isa<CXXUnresolvedConstructExpr>(W->IgnoreParens()))
    return InitStyle::SameType; // `T(...)` in a template
  // The value of CORO_YIELD, converted implicitly: after the rewrite it is
  // the sent value, of the send type.
  if (const auto *MCE = dyn_cast<CXXMemberCallExpr>(W);
      MCE && isa_and_nonnull<CXXConversionDecl>(MCE->getMethodDecl()) &&
      MarkerCalls.count(MCE->getImplicitObjectArgument()->IgnoreImplicit()))
    return !SendType.isNull() && !T->isDependentType() &&
                   Ctx.hasSameType(SendType.getUnqualifiedType(), T.getUnqualifiedType())
               ? InitStyle::SameType
               : InitStyle::Copy;
  if (const auto *FC = dyn_cast<CXXFunctionalCastExpr>(W);
      FC && isa<InitListExpr>(FC->getSubExpr()->IgnoreImplicit()))
    return InitStyle::SameType; // `T{...}`
  if (isa<InitListExpr>(W))
    return InitStyle::CopyList;
  if (const auto *CCE = dyn_cast<CXXConstructExpr>(W); CCE && !isa<CXXTemporaryObjectExpr>(CCE))
    return CCE->isListInitialization() ? InitStyle::CopyList : InitStyle::Copy;
  if (W->isPRValue() && !T->isDependentType() &&
      Ctx.hasSameType(W->getType().getUnqualifiedType(), T.getUnqualifiedType()))
    return InitStyle::SameType;
  return InitStyle::Copy;
}

/// The expression a default argument or default member initialiser `S`
/// stands for, or null.
static const Expr *defaultedExpr(const Stmt *S) {
  if (const auto *DA = dyn_cast<CXXDefaultArgExpr>(S))
    return DA->getExpr();
  if (const auto *DI = dyn_cast<CXXDefaultInitExpr>(S))
    return DI->getExpr();
  return nullptr;
}

/// Whether evaluating `S` materialises a temporary or makes one with a
/// destructor (outside lambdas); with ObservableOnly, only one whose
/// destructor is the user's: a standard library's (an allocator's, made by
/// a default argument of nearly every container constructor) does nothing
/// a program can see.
static bool makesTemporary(const SourceManager &SM, const Stmt *S, bool ObservableOnly) {
  if (isa<MaterializeTemporaryExpr>(S) && !ObservableOnly)
    return true;
  if (const auto *BT = dyn_cast<CXXBindTemporaryExpr>(S)) {
    const CXXDestructorDecl *D = BT->getTemporary()->getDestructor();
    if (!ObservableOnly || !D || !SM.isInSystemHeader(SM.getExpansionLoc(D->getLocation())))
      return true;
  }
  if (const Expr *Default = defaultedExpr(S))
    return makesTemporary(SM, Default, ObservableOnly);
  for (const Stmt *C : S->children())
    if (C && !isa<LambdaExpr>(C) && makesTemporary(SM, C, ObservableOnly))
      return true;
  return false;
}

/// Whether a glvalue may refer to a temporary that a default argument or
/// default member initialiser used in it materialises: one of a call or
/// construction whose result is not an object of its own (a temporary, or
/// what a constructor makes), whose subexpressions are not searched.
static bool defaultMakesTemporary(const SourceManager &SM, const Stmt *S) {
  if (const Expr *Default = defaultedExpr(S))
    return makesTemporary(SM, Default, false);
  if (isa<MaterializeTemporaryExpr, CXXBindTemporaryExpr, CXXConstructExpr>(S))
    return false;
  for (const Stmt *C : S->children())
    if (C && !isa<LambdaExpr>(C) && defaultMakesTemporary(SM, C))
      return true;
  return false;
}

/// Whether the child `C` of `S` initialises a by-value parameter (a call's
/// argument), or an element of an object a braced list initialises (which
/// that object owns), or is on the way to one (`InitsParam`: S is).
static bool initialisesParameter(const Stmt *S, const Stmt *C, bool InitsParam) {
  if (const auto *Call = dyn_cast<CallExpr>(S))
    return C != Call->getCallee();
  if (isa<CXXConstructExpr, InitListExpr>(S))
    return true;
  if (isa<CastExpr, ParenExpr, MaterializeTemporaryExpr, CXXBindTemporaryExpr>(S))
    return InitsParam;
  // A class prvalue that is a branch of `?:`, or the right of a comma, is
  // the result of that expression ([expr.cond] p7, [expr.comma] p1).
  if (const auto *CO = dyn_cast<ConditionalOperator>(S))
    return InitsParam && C != CO->getCond();
  if (const auto *BO = dyn_cast<BinaryOperator>(S); BO && BO->isCommaOp())
    return InitsParam && C == BO->getRHS();
  return false;
}

bool Lowerer::extendedByVariable(const MaterializeTemporaryExpr *MTE,
                                  const MarkerSite &M) const {
  if (MTE->getExtendingDecl())
    return true;
  const auto *DS = dyn_cast_or_null<DeclStmt>(M.Statement);
  if (!DS)
    return false;
  unsigned Begin = SM.getFileOffset(SM.getFileLoc(MTE->getBeginLoc()));
  for (const Decl *D : DS->decls()) {
    const auto *VD = dyn_cast<VarDecl>(D);
    // (Of a frame local, those are its MemberTemporaries.)
    if (!VD || !VD->getInit() || !extendsThroughMember(VD) || GI.MemberTemporaries.count(VD))
      continue;
    SourceRange Init = VD->getInit()->getSourceRange();
    if (SM.getFileOffset(SM.getFileLoc(Init.getBegin())) <= Begin &&
        Begin <= SM.getFileOffset(SM.getFileLoc(Init.getEnd())))
      return true;
  }
  return false;
}

bool Lowerer::keepTemporaries(const Stmt *S, bool InitsParam, const MarkerSite &M,
                              BodyEdit &Suspend, GroupState &GS,
                              llvm::function_ref<bool(StringRef)> Refuse) {
  if (isa<StmtExpr>(S))
    return true; // (as below)
  const auto *Construct = dyn_cast<CXXConstructExpr>(S);
  // What `&&`, `||` and `?:` may skip (all but the operand they evaluate
  // first) makes its temporaries on one side of a condition only: each gets
  // a flag that says whether it was made (keepDestructible).
  const Stmt *First = nullptr;
  if (const auto *BO = dyn_cast<BinaryOperator>(S); BO && BO->isLogicalOp())
    First = BO->getLHS();
  else if (const auto *CO = dyn_cast<ConditionalOperator>(S))
    First = CO->getCond();
  else if (const auto *BCO = dyn_cast<BinaryConditionalOperator>(S))
    First = BCO->getCommon();
  struct Guarded {
    GroupState &GS;
    bool On;
    Guarded(GroupState &GS, bool On) : GS(GS), On(On) { GS.GuardDepth += On; }
    ~Guarded() { GS.GuardDepth -= On; }
  };
  for (const Stmt *C : S->children()) {
    if (!C || isa<LambdaExpr>(C) || GS.Kept.count(C) || MarkerCalls.count(C))
      continue;
    Guarded Guard(GS, First && C != First);
    // A default argument's (or member initialiser's) text is not at the
    // call, where a temporary it makes would have to be kept.
    const Expr *Default = defaultedExpr(C);
    // Each statement in a GNU statement expression is a full-expression of
    // its own, whose temporaries die at its end: none of them is kept.
    if (isa<StmtExpr>(C))
      continue;
    if (Default && makesTemporary(SM, Default, /*ObservableOnly=*/true))
      return Refuse("a default argument or member initialiser in it makes a temporary with a "
                    "destructor, which must live to the end of the statement");
    // In a template, what depends on a template parameter is not resolved:
    // its temporaries do not show.
    if (const auto *E = dyn_cast<Expr>(C); E && E->isInstantiationDependent() &&
        (isa<CallExpr, CXXConstructExpr, CXXUnresolvedConstructExpr, InitListExpr,
             CXXNewExpr, ParenListExpr>(E) ||
         (isa<ExplicitCastExpr>(E) &&
          (E->getType()->isRecordType() || E->getType()->isDependentType())) ||
         (isa<UnaryOperator, BinaryOperator, ConditionalOperator>(E) && E->isTypeDependent())))
      return Refuse("it depends on a template parameter, so its temporaries are not known "
                    "until the template is instantiated");
    bool Param = initialisesParameter(S, C, InitsParam);
    const auto *MTE = dyn_cast<MaterializeTemporaryExpr>(C);
    if (!MTE) {
      // A class temporary that initialises a parameter is that parameter,
      // which dies when its call's statement ends ([expr.call] p7 leaves it
      // to the implementation whether that is when the function returns);
      // one that initialises an element is that element. One in any other
      // place would have to live on.
      if (isa<CXXBindTemporaryExpr>(C) && !Param)
        return Refuse("it makes a temporary that must live to the end of the statement");
      if (!keepTemporaries(C, Param, M, Suspend, GS, Refuse))
        return false;
      continue;
    }
    const Expr *Sub = MTE->getSubExpr();
    if (MarkerCalls.count(Sub->IgnoreImplicit()))
      continue; // a marker's own value
    // (An elidable copy's source, before C++17, is the object itself.)
    if (Construct && Construct->isElidable()) {
      if (!keepTemporaries(MTE, InitsParam, M, Suspend, GS, Refuse))
        return false;
      continue;
    }
    if (memberTemporaryOwner(MTE)) {
      if (!keepMemberTemporary(MTE, /*Operand=*/false, M, Suspend, GS, Refuse))
        return false;
      continue;
    }
    QualType T = MTE->getType();
    if (extendedByVariable(MTE, M) || T->isDependentType() || T->isArrayType() || !isNameable(T) ||
        inForeignMacro(MTE->getBeginLoc()) || inForeignMacro(MTE->getEndLoc()))
      return Refuse("it makes a temporary that must live to the end of the statement, which "
                    "corogen cannot keep here");
    // Its own temporaries first: they are made before it.
    if (!keepTemporaries(MTE, /*InitsParam=*/true, M, Suspend, GS, Refuse))
      return false;
    BodyEdit E{EditKind::Temporary};
    E.Begin = off(MTE->getBeginLoc());
    E.End = offAfter(MTE->getEndLoc());
    E.Point = Suspend.Point;
    E.Slot = addHiddenSlot("temporary", T.getUnqualifiedType(), false, MTE->getBeginLoc());
    E.Init = initStyleFor(Sub, T);
    E.Text = spellType(T) + (MTE->isLValue() ? " &" : " &&");
    if (needsDestruction(T))
      keepDestructible(E.Slot, GS, MTE->getBeginLoc());
    E.LiveId = IR.Slots[E.Slot].LiveId;
    E.Seq = NextSeq++;
    IR.Edits.push_back(E);
  }
  return true;
}

bool Lowerer::keepMemberTemporary(const MaterializeTemporaryExpr *MTE, bool Operand,
                                  const MarkerSite &M, BodyEdit &Suspend, GroupState &GS,
                                  llvm::function_ref<bool(StringRef)> Refuse) {
  const VarDecl *VD = memberTemporaryOwner(MTE);
  bool Guarded = GS.GuardDepth > 0 || GI.GuardedMemberTemporaries.count(MTE);
  // (Its text is in the file, or is a whole macro call there: Analysis,
  // memberTemporaries.)
  // Its own temporaries first: they are made before it, and die at the
  // statement's end.
  if (!keepTemporaries(MTE, /*InitsParam=*/true, M, Suspend, GS, Refuse))
    return false;
  BodyEdit E{Operand ? EditKind::Spill : EditKind::Temporary};
  E.Point = Suspend.Point;
  E.Slot = memberTemporarySlot(VD, MTE);
  makeMemberTemporary(MTE, E);
  // In the chain from here on, after the kept operands made before it (the
  // statement's end takes the chain back to before them; the local's
  // construction takes it up again, past them: keepMemberTemporaries).
  if (!Trivial.count(E.Slot)) {
    enterChain(IR.Slots[E.Slot]);
    // (Made on one side of a condition only: its destruction, and the
    // chain's step for it, test whether it was made.)
    if (Guarded)
      GS.MemberFlags.push_back(addMadeFlag(E.Slot, MTE->getBeginLoc()));
  }
  E.LiveId = IR.Slots[E.Slot].LiveId;
  E.Seq = NextSeq++;
  if (Operand)
    GS.Kept[MTE] = E.Slot;
  KeptMemberTemporaries[MTE] = E.Slot;
  IR.Edits.push_back(E);
  return true;
}

int Lowerer::memberTemporarySlot(const VarDecl *VD, const MaterializeTemporaryExpr *MTE) {
  std::string Name = (VD->getName() + "_temporary").str();
  if (GI.BoxedMemberTemporaries.count(MTE))
    return addBoxSlot(Name, "", MTE->getBeginLoc());
  return addHiddenSlot(Name, MTE->getType().getUnqualifiedType(), /*IsReference=*/false,
                       MTE->getBeginLoc());
}

void Lowerer::makeMemberTemporary(const MaterializeTemporaryExpr *MTE, BodyEdit &E) {
  QualType T = MTE->getType();
  E.Begin = off(MTE->getBeginLoc());
  E.End = offAfter(MTE->getEndLoc());
  // A box's object is made by `new auto(e)` from the text, and named as
  // the reference binds it (an lvalue or an xvalue).
  if (IR.Slots[E.Slot].IsBoxed) {
    E.XValue = MTE->isXValue();
    // (A braced list alone: `new auto(Local{1})`, its class named, or,
    // where another declaration of the body has its name, an alias of it
    // declared after its definition.)
    if (isa<InitListExpr>(MTE->getSubExpr()->IgnoreImplicit()))
      E.BoxedTypeName = className(MTE->getType()->getAsCXXRecordDecl());
    return;
  }
  E.Init = initStyleFor(MTE->getSubExpr(), T);
  E.Text = spellType(T) + (MTE->isLValue() ? " &" : " &&");
  if (!T->isArrayType())
    return;
  // An array, made from its braced list by an array new-expression (so
  // each element is made in place, as C++ makes it), `R r{{1, 2}};`; a
  // cast of the list to the array type, `R r{A{1, 2}};`, loses the type's
  // text and keeps the list, [ArgBegin, ArgEnd); the text around it runs
  // around the construction (parentheses, `(A{1, 2})`, the left of a
  // comma, `(f(), A{1, 2})`). (Analysis, collectMemberTemporaries, lets
  // no other array through.)
  IR.Slots[E.Slot].IsArray = true;
  E.Init = InitStyle::CopyList;
  E.Text = "::corogen::detail::identity_t<" + spellType(T) + ">" +
           (MTE->isLValue() ? " &" : " &&");
  const CXXFunctionalCastExpr *Cast = nullptr;
  const InitListExpr *List = arrayListOf(MTE, &Cast);
  E.ArgBegin = off(List->getLBraceLoc());
  E.ArgEnd = offAfter(List->getRBraceLoc());
  if (Cast) {
    BodyEdit Drop{EditKind::Replace};
    Drop.Begin = off(Cast->getBeginLoc());
    Drop.End = E.ArgBegin;
    IR.Edits.push_back(Drop);
  }
}

/// The lambda-expression that makes `E`'s closure, through the moves and
/// temporaries around it (C++14 moves a closure into a parameter), or null.
static const LambdaExpr *madeClosure(const Expr *E) {
  for (;;) {
    E = E->IgnoreImplicit()->IgnoreParens();
    const auto *CCE = dyn_cast<CXXConstructExpr>(E);
    if (!CCE || !CCE->isElidable() || CCE->getNumArgs() != 1)
      return dyn_cast<LambdaExpr>(E);
    E = CCE->getArg(0);
  }
}

/// The classes an object of type `T` (dependent) may turn out to be of:
/// where `T` names a class template's specialisation, the template's
/// definition and those of its partial and explicit specialisations; where
/// it names a class (one of the body, a member of the current
/// instantiation), that one. None where `T` is a template parameter, or a
/// definition is missing.
static std::vector<const CXXRecordDecl *> possibleClasses(QualType T) {
  std::vector<const CXXRecordDecl *> Classes;
  T = T.getNonReferenceType();
  const ClassTemplateDecl *Template = nullptr;
  if (const auto *TST = T->getAs<TemplateSpecializationType>())
    Template = dyn_cast_or_null<ClassTemplateDecl>(TST->getTemplateName().getAsTemplateDecl());
  else if (const auto *Spec =
               dyn_cast_or_null<ClassTemplateSpecializationDecl>(T->getAsCXXRecordDecl());
           Spec && !Spec->hasDefinition())
    Template = Spec->getSpecializedTemplate();
  if (Template) {
    Classes.push_back(Template->getTemplatedDecl()->getDefinition());
    llvm::SmallVector<ClassTemplatePartialSpecializationDecl *, 4> Partial;
    const_cast<ClassTemplateDecl *>(Template)->getPartialSpecializations(Partial);
    for (const auto *P : Partial)
      Classes.push_back(P->getDefinition());
    for (const auto *S : const_cast<ClassTemplateDecl *>(Template)->specializations())
      if (S->isExplicitSpecialization())
        Classes.push_back(S->getDefinition());
  } else if (const CXXRecordDecl *RD = T->getAsCXXRecordDecl()) {
    Classes.push_back(RD->getDefinition());
  }
  if (llvm::is_contained(Classes, nullptr))
    Classes.clear();
  return Classes;
}

/// The type of `E`, where clang leaves it unknown in a template, a data
/// member through `.` of an object of a class whose definitions
/// (possibleClasses) each declare it with one type: `a.items` with `a` of
/// a class of the body, `struct Acc { std::vector<int> items; } a;`.
static QualType objectType(const Expr *E) {
  E = E->IgnoreParens();
  if (!E->getType()->isSpecificBuiltinType(BuiltinType::Dependent))
    return E->getType();
  const auto *DME = dyn_cast<CXXDependentScopeMemberExpr>(E);
  if (!DME || DME->isArrow() || DME->isImplicitAccess())
    return QualType();
  QualType Base = objectType(DME->getBase());
  if (Base.isNull())
    return QualType();
  QualType Found;
  for (const CXXRecordDecl *RD : possibleClasses(Base)) {
    DeclContext::lookup_result R = RD->lookup(DME->getMember());
    const auto *FD = R.isSingleResult() ? dyn_cast<FieldDecl>(R.front()) : nullptr;
    if (!FD || (!Found.isNull() && Found.getCanonicalType() != FD->getType().getCanonicalType()))
      return QualType();
    Found = FD->getType();
  }
  return Found;
}

const Stmt *Lowerer::memberAccessOf(const Expr *Operand, const Expr **Object) const {
  const Expr *Child = Operand;
  const Stmt *Parent = nullptr;
  for (;;) {
    Parent = evaluatingParent(Ctx, *Child);
    if (!isa_and_nonnull<ParenExpr, ImplicitCastExpr>(Parent))
      break;
    Child = cast<Expr>(Parent);
  }
  if (Object)
    *Object = Child;
  return Parent;
}

/// Whether `Operand` is the object of a call through `.` of what is, in
/// every class its type may turn out to be of (possibleClasses), a member
/// function declared there: `items.push_back(...)` with `std::vector<T>
/// items;`. C++ binds the object to the call by reference, and reads no
/// value of it, before the arguments. (Not a data member, whose value, a
/// pointer to a function say, C++ reads before them.)
bool Lowerer::objectOfMemberFunctionCall(const Expr *Operand) const {
  if (!CalledObjects.count(Operand))
    return false;
  const Expr *Child = Operand;
  const Stmt *Parent = memberAccessOf(Operand, &Child);
  DeclarationName Member;
  if (const auto *DME = dyn_cast_or_null<CXXDependentScopeMemberExpr>(Parent)) {
    if (DME->isArrow() || DME->getBase() != Child)
      return false;
    Member = DME->getMember();
  } else if (const auto *ME = dyn_cast_or_null<MemberExpr>(Parent)) {
    return !ME->isArrow() && ME->getBase() == Child && isa<CXXMethodDecl>(ME->getMemberDecl());
  } else {
    return false;
  }
  QualType Object = objectType(Operand);
  if (Object.isNull())
    return false;
  std::vector<const CXXRecordDecl *> Classes = possibleClasses(Object);
  if (Classes.empty())
    return false;
  for (const CXXRecordDecl *RD : Classes) {
    DeclContext::lookup_result Found = RD->lookup(Member);
    if (Found.empty())
      return false; // (perhaps a base's, which may be anything)
    for (const NamedDecl *D : Found)
      if (!isa<CXXMethodDecl>(D) &&
          !(isa<FunctionTemplateDecl>(D) &&
            isa<CXXMethodDecl>(cast<FunctionTemplateDecl>(D)->getTemplatedDecl())))
        return false;
  }
  return true;
}

const MarkerSite *Lowerer::sentValueOf(const Expr *Operand) const {
  const Expr *E = Operand;
  for (;;) {
    E = E->IgnoreImplicit()->IgnoreParens();
    if (const auto *CCE = dyn_cast<CXXConstructExpr>(E);
        CCE && CCE->isElidable() && CCE->getNumArgs() == 1)
      E = CCE->getArg(0);
    else
      break;
  }
  return YieldCalls.lookup(E);
}

bool Lowerer::spill(const Expr *Operand, const MarkerSite &M, BodyEdit &Suspend,
                    GroupState &GS, int Guard) {
  auto Refuse = [&](StringRef Why) { return refuseOperand(M, Operand, Why); };
  // The value of CORO_YIELD as it is, `CORO_YIELD(x) < f(CORO_YIELD(y))`:
  // after the rewrite it is the sent value, of the send type (a reference
  // kept by address), also where that depends on a template parameter.
  if (const MarkerSite *Sent = sentValueOf(Operand); Sent && !SendType.isNull()) {
    if (inForeignMacro(Operand->getBeginLoc()) || inForeignMacro(Operand->getEndLoc()))
      return Refuse("it is written in a macro");
    // (The operator takes the kept value, checked where it is read: the
    // marker's own value is kept as it is.)
    if (auto It = GS.SuspendEditOf.find(Sent); It != GS.SuspendEditOf.end())
      IR.Edits[It->second].CheckedOperand = false;
    bool ByValue = !SendType->isReferenceType();
    keepInSlot(Operand, Suspend, GS, Guard, SendType.getNonReferenceType(), ByValue,
               ByValue ? InitStyle::SameType : InitStyle::Copy, SendType->isRValueReferenceType(),
               Sent->CheckedOperand);
    return true;
  }
  // An lvalue read by value is kept as that value (Python reads it first).
  const Expr *Kept = Operand;
  bool ByValue = Operand->isPRValue();
  if (const auto *Cast = dyn_cast<ImplicitCastExpr>(Operand);
      Cast && Cast->getCastKind() == CK_LValueToRValue)
    ByValue = true;
  // A temporary bound to a reference: the frame keeps the temporary (to the
  // end of the statement: not one that a variable keeps alive longer).
  if (const auto *MTE = dyn_cast<MaterializeTemporaryExpr>(Operand)) {
    // (A reference member's, which lives on with its local.)
    if (memberTemporaryOwner(MTE))
      return keepMemberTemporary(MTE, /*Operand=*/true, M, Suspend, GS, Refuse);
    if (extendedByVariable(MTE, M))
      return Refuse("it is a temporary that a reference binds, which C++ keeps alive as long "
                    "as the variable the declaration makes");
    ByValue = true;
    Kept = MTE->getSubExpr();
  }
  QualType T = Kept->getType();
  // A variable or a structured binding of a class type named alone (a
  // closure, an object of a class of the body, also where it depends on a
  // template parameter), which a call calls or whose member it calls: C++
  // reads no value of it, and the name is the same object after the
  // suspension (it lives across it), so it is read there again.
  const auto *Named = dyn_cast<DeclRefExpr>(Operand->IgnoreParenImpCasts());
  bool NamesVariable = Named && isa<VarDecl, BindingDecl>(Named->getDecl());
  const auto *NamedVar = NamesVariable ? dyn_cast<VarDecl>(Named->getDecl()) : nullptr;
  bool Closure = NamedVar && NamedVar->getInit() && !NamedVar->getType()->isReferenceType() &&
                 isa<LambdaExpr>(NamedVar->getInit()->IgnoreImplicit());
  // (In a template, where the member is looked up at instantiation, it
  // must be a member function: objectOfMemberFunctionCall.)
  if (CalledObjects.count(Operand) && NamesVariable && Guard == 0 && !ByValue &&
      (T->isRecordType() || Closure) &&
      (!isa_and_nonnull<CXXDependentScopeMemberExpr>(memberAccessOf(Operand)) ||
       objectOfMemberFunctionCall(Operand)))
    return true;
  // A closure that a lambda-expression makes, capturing by reference only
  // (its type one the frame cannot name, or, in a template, dependent):
  // making it reads no value and does nothing else, so it is made after the
  // resume, where the statement goes on.
  if (const LambdaExpr *Lambda = madeClosure(Operand);
      Lambda && Guard == 0 && capturesByReferenceOnly(Lambda))
    return true;
  // Of a type that depends on a template parameter, a variable named alone
  // where C++ does not order it before the marker is kept by address (it
  // makes no temporary, and what reads it happens where the full-expression
  // goes on); and `T(...)` is kept by value. (Whether anything else is read
  // by value, and which temporaries it makes, is decided at instantiation.)
  if ((T->isDependentType() || Kept->isTypeDependent()) && !ByValue) {
    std::string Type = dependentVariableType(Operand);
    if (!Type.empty()) {
      if (inForeignMacro(Operand->getBeginLoc()))
        return Refuse("it is written in a macro");
      BodyEdit E{EditKind::Spill};
      E.Begin = off(Operand->getBeginLoc());
      E.End = offAfter(Operand->getEndLoc());
      E.Point = Suspend.Point;
      E.Slot = addSpelledSlot("operand", Type, Operand->getBeginLoc());
      IR.Slots[E.Slot].IsReference = true;
      E.Init = InitStyle::Copy;
      E.Guard = Guard;
      E.Seq = NextSeq++;
      GS.Kept[Operand] = E.Slot;
      IR.Edits.push_back(E);
      return true;
    }
    // A boxed variable there (its type the frame cannot spell: a closure,
    // an object of a class of the body) is the same object after the
    // resume, where it is read again: as keeping its address would.
    // (So is a binding whose name the body declares again, Rebound.)
    const ValueDecl *NamedDecl = NamesVariable ? Named->getDecl() : nullptr;
    const auto *NamedBinding = dyn_cast_or_null<BindingDecl>(NamedDecl);
    if (NamedBinding)
      NamedDecl = NamedBinding->getDecomposedDecl();
    if (Guard == 0 && (isBoxed(NamedDecl) || (NamedBinding && Rebound.count(NamedBinding))) &&
        unorderedOperand(Operand))
      return true;
    // So is a member of a variable, `p.first`, `this->m` (through `.` or
    // `this`: no call, no temporary), which names the same object, or
    // enumerator, after the resume.
    if (Guard == 0 && isMemberOfVariable(Operand) && unorderedOperand(Operand))
      return true;
    // So is such a variable, or a member of one, whose member function a
    // call calls through `.`, where C++ orders it before the marker:
    // `items.push_back(CORO_YIELD(x))` (objectOfMemberFunctionCall).
    if (Guard == 0 &&
        ((NamesVariable && !(NamedVar && NamedVar->isParameterPack())) ||
         isMemberOfVariable(Operand)) &&
        objectOfMemberFunctionCall(Operand))
      return true;
  }
  // (A lambda-expression's closure, kept in a box that a member function
  // of the frame makes, is one type at instantiation too.)
  if ((T->isDependentType() || Kept->isTypeDependent()) &&
      (!isa<CXXUnresolvedConstructExpr>(Kept->IgnoreParens()) ||
       T->isSpecificBuiltinType(BuiltinType::Dependent)) &&
      !isa<LambdaExpr>(Kept->IgnoreParens()))
    return Refuse("its type depends on a template parameter");
  if (Kept->refersToBitField())
    return Refuse("it is a bit-field");
  if (!isNameable(T)) {
    // A variable or a structured binding named alone, not read by value,
    // is the same object after the suspension (it lives across it: in the
    // frame, boxed), so where the frame could not name its type to keep
    // its address, the name is left to be read there again.
    if (!ByValue && Guard == 0 && NamesVariable)
      return true;
    const Expr *Src = unnameableOperandSource(Operand, Kept, T);
    if (!Src || Guard != 0 || inForeignMacro(Operand->getBeginLoc()) ||
        inForeignMacro(Operand->getEndLoc()) || (!ByValue && defaultMakesTemporary(SM, Kept))) {
      if (ByValue) {
        refuseOperand(M, Operand, "", DiagKind::MarkerOperandUnnameable);
        return false;
      }
      return Refuse("its type cannot be named outside the generator");
    }
    // Else the frame keeps it in a box, made from the operand's own text:
    // a value read by value (the copy C++ makes, or the temporary a
    // prvalue makes), or a glvalue's address. The text makes the same type
    // wherever it stands, so after the resume it names the box's object
    // through the same text again, which is not run there.
    BodyEdit E{EditKind::Spill};
    E.Begin = off(Operand->getBeginLoc());
    E.End = offAfter(Operand->getEndLoc());
    E.Point = Suspend.Point;
    E.XValue = Operand->isXValue();
    E.Slot = addBoxSlot("operand", "", Operand->getBeginLoc());
    E.BoxAddress = !ByValue;
    E.MakeInMember = holdsLambda(Src);
    E.Seq = NextSeq++;
    if (ByValue)
      keepDestructible(E.Slot, GS, Operand->getBeginLoc());
    E.LiveId = IR.Slots[E.Slot].LiveId;
    GS.Kept[Operand] = E.Slot;
    IR.Edits.push_back(E);
    return true;
  }
  // The kept value is itself a temporary; those made inside it are kept
  // in slots of their own.
  const Expr *Top = Kept;
  for (;;) {
    Top = Top->IgnoreImplicit();
    if (const auto *FC = dyn_cast<CXXFunctionalCastExpr>(Top))
      Top = FC->getSubExpr();
    else if (const auto *BT = dyn_cast<CXXBindTemporaryExpr>(Top))
      Top = BT->getSubExpr();
    else if (const auto *CCE = dyn_cast<CXXConstructExpr>(Top);
             CCE && CCE->isElidable() && CCE->getNumArgs() == 1)
      Top = CCE->getArg(0);
    else
      break;
  }
  if (inForeignMacro(Operand->getBeginLoc()) || inForeignMacro(Operand->getEndLoc()))
    return Refuse("it is written in a macro");
  // Kept by address, it may refer to such a temporary.
  if (!ByValue && defaultMakesTemporary(SM, Kept))
    return Refuse("it is kept by reference, and a default argument or member initialiser in "
                  "it makes a temporary that must live to the end of the statement");
  if (!MarkerCalls.count(Top) && !keepTemporaries(Top, false, M, Suspend, GS, Refuse))
    return false;
  // A prvalue of a class type is made in the slot and passed on as an
  // xvalue, where C++ makes the object in place: its type must be movable.
  // (In a template, the runtime's moved_slot checks a dependent type.)
  if (Operand->isPRValue() && T->isRecordType() && !movableFromXValue(T)) {
    refuseOperand(M, Operand, "", DiagKind::MarkerOperandImmovable);
    return false;
  }
  keepInSlot(Operand, Suspend, GS, Guard, T, ByValue,
             ByValue ? initStyleFor(Kept, T) : InitStyle::Copy, Operand->isXValue(), false);
  if (Operand->isPRValue() && T->isDependentType()) {
    FrameSlot &S = IR.Slots[GS.Kept[Operand]];
    S.Type = "typename ::corogen::detail::moved_slot<" + S.Type + ", false>::type";
  }
  return true;
}

void Lowerer::keepInSlot(const Expr *Operand, const BodyEdit &Suspend, GroupState &GS, int Guard,
                         QualType T, bool ByValue, InitStyle Init, bool XValue, bool Checked) {
  BodyEdit E{EditKind::Spill};
  E.Begin = off(Operand->getBeginLoc());
  E.End = offAfter(Operand->getEndLoc());
  E.Point = Suspend.Point;
  E.XValue = XValue;
  E.CheckedOperand = Checked;
  // (A glvalue is kept by address, its cv-qualifiers with it.)
  E.Slot = addHiddenSlot("operand", ByValue ? T.getUnqualifiedType() : T, !ByValue,
                         Operand->getBeginLoc());
  E.Init = Init;
  E.Guard = Guard;
  if (ByValue && needsDestruction(T))
    keepDestructible(E.Slot, GS, Operand->getBeginLoc());
  E.LiveId = IR.Slots[E.Slot].LiveId;
  E.Seq = NextSeq++;
  GS.Kept[Operand] = E.Slot;
  IR.Edits.push_back(E);
}

std::string Lowerer::dependentVariableType(const Expr *Operand) const {
  const auto *DRE = dyn_cast<DeclRefExpr>(Operand->IgnoreParens());
  const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  if (!VD || VD->isParameterPack() || !unorderedOperand(Operand))
    return "";
  // (A slot's alias names what a reference refers to; a parameter's is its
  // declared type.)
  if (auto It = SlotOf.find(VD); It != SlotOf.end())
    return slotTypeAlias(It->second);
  if (auto It = ParamSlotOf.find(VD); It != ParamSlotOf.end())
    return "typename ::std::remove_reference<" + slotTypeAlias(It->second) + ">::type";
  return "";
}

bool Lowerer::isMemberOfVariable(const Expr *E) {
  E = E->IgnoreParens();
  const Expr *Base = nullptr;
  if (const auto *ME = dyn_cast<MemberExpr>(E)) {
    if (ME->isArrow() && !isa<CXXThisExpr>(ME->getBase()->IgnoreParenImpCasts()))
      return false;
    Base = ME->getBase();
  } else if (const auto *DME = dyn_cast<CXXDependentScopeMemberExpr>(E)) {
    if (DME->isImplicitAccess())
      return true; // (`m`, of `this`)
    if (DME->isArrow() && !isa<CXXThisExpr>(DME->getBase()->IgnoreParenImpCasts()))
      return false;
    Base = DME->getBase();
  } else {
    return false;
  }
  Base = Base->IgnoreParenImpCasts();
  if (isa<CXXThisExpr>(Base) || isMemberOfVariable(Base))
    return true;
  const auto *DRE = dyn_cast<DeclRefExpr>(Base);
  const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  return DRE && ((VD && !VD->isParameterPack()) || isa<BindingDecl>(DRE->getDecl()));
}

std::string Lowerer::declaredTypeOf(const VarDecl *X) {
  QualType T = X->getType();
  if (auto It = SlotOf.find(X); It != SlotOf.end()) {
    // (A reference local's slot type is what it refers to.)
    std::string Alias = slotTypeAlias(It->second);
    if (!IR.Slots[It->second].IsReference)
      return Alias;
    if (T->isLValueReferenceType())
      return Alias + " &";
    if (!T.getNonReferenceType()->getContainedAutoType() || !T->isDependentType())
      return Alias + " &&";
    // (An `auto &&` of a template: its kept_reference's type says which
    // reference it is; one bound to a variable is an lvalue reference.)
    if (auto Kept = KeptReferenceSlot.find(X); Kept != KeptReferenceSlot.end())
      return "::corogen::detail::kept_declared_t<" + slotTypeAlias(Kept->second) + ">";
    if (const Expr *Init = singleInitialiser(X); Init && isa<DeclRefExpr>(Init->IgnoreParens()))
      return Alias + " &";
    return "";
  }
  if (auto It = ParamSlotOf.find(X); It != ParamSlotOf.end())
    return slotTypeAlias(It->second); // (its declared type)
  if (isBoxed(X)) {
    // (Of one bound to a member of what its box holds, its own `auto &&`.)
    if (isBoundDeclared(X) && !temporaryPartOf(X))
      return "::corogen::detail::bound_declared_t<decltype(" + boundName(X) + ")>";
    if (isBoundDeclared(X))
      return "decltype(" + X->getName().str() + ")";
    if (T->isReferenceType())
      return "decltype(" + X->getName().str() + ")";
    return "::std::remove_reference_t<decltype(" + X->getName().str() + ")>";
  }
  return "";
}

bool Lowerer::unorderedOperand(const Expr *Operand) const {
  // Where the operand stands: an argument of a call, or an operand of an
  // operator that sequences neither of its operands before the other
  // ([expr.call] p8; `<<`, `>>`, `&&`, `||`, `,`, assignments and
  // subscripts order theirs).
  const Expr *Child = Operand;
  const Stmt *Parent = nullptr;
  for (;;) {
    Parent = evaluatingParent(Ctx, *Child);
    if (!isa_and_nonnull<ParenExpr>(Parent))
      break;
    Child = cast<Expr>(Parent);
  }
  auto Unordered = [](BinaryOperatorKind K) {
    return BinaryOperator::isAdditiveOp(K) || BinaryOperator::isMultiplicativeOp(K) ||
           BinaryOperator::isComparisonOp(K) || K == BO_And || K == BO_Or || K == BO_Xor;
  };
  bool Allowed = false;
  // (A braced list orders its elements.)
  if (const auto *Op = dyn_cast_or_null<CXXOperatorCallExpr>(Parent))
    Allowed = Op->isInfixBinaryOp() &&
              Unordered(BinaryOperator::getOverloadedOpcode(Op->getOperator()));
  else if (const auto *Call = dyn_cast_or_null<CallExpr>(Parent))
    Allowed = Call->getCallee() != Child;
  else if (const auto *BO = dyn_cast_or_null<BinaryOperator>(Parent))
    Allowed = Unordered(BO->getOpcode());
  else if (const auto *CE = dyn_cast_or_null<CXXConstructExpr>(Parent))
    Allowed = !CE->isListInitialization();
  else if (const auto *UC = dyn_cast_or_null<CXXUnresolvedConstructExpr>(Parent))
    Allowed = !UC->isListInitialization();
  else
    Allowed = isa_and_nonnull<ParenListExpr>(Parent);
  return Allowed;
}

/// Whether the temporaries that evaluating `S` makes (outside lambdas) all
/// die unseen where the object S initialises is made: S makes none that a
/// reference binds (what it makes might keep the reference), and each class
/// temporary initialises a by-value parameter or an element of an object
/// that a braced list makes, as keepTemporaries() sees them (`InitsParam`:
/// S itself is one); a default argument makes none whose destructor is the
/// user's. (A by-value parameter dies at the end of the making, not of the
/// statement, as for every operand kept before a suspension.)
static bool temporariesStayInside(const SourceManager &SM, const Stmt *S, bool InitsParam) {
  const auto *Construct = dyn_cast<CXXConstructExpr>(S);
  for (const Stmt *C : S->children()) {
    if (!C || isa<LambdaExpr>(C))
      continue;
    if (const Expr *Default = defaultedExpr(C)) {
      if (makesTemporary(SM, Default, /*ObservableOnly=*/true))
        return false;
      continue;
    }
    bool Param = initialisesParameter(S, C, InitsParam);
    if (const auto *MTE = dyn_cast<MaterializeTemporaryExpr>(C)) {
      // (An elidable copy's source, before C++17, is the object itself.)
      if (!Construct || !Construct->isElidable() ||
          !temporariesStayInside(SM, MTE->getSubExpr(), InitsParam))
        return false;
      continue;
    }
    if (isa<CXXBindTemporaryExpr>(C) && !Param)
      return false;
    if (!temporariesStayInside(SM, C, Param))
      return false;
  }
  return true;
}

/// Whether evaluating `S` makes a lambda-expression's closure, runs a
/// statement expression or a marker: text that, written a second time,
/// would make another type or run again.
static bool makesNewTypeOrRuns(const Stmt *S, const llvm::DenseSet<const Stmt *> &Markers,
                               bool Lambdas = true) {
  if ((Lambdas && isa<LambdaExpr>(S)) || isa<StmtExpr, BlockExpr>(S) || Markers.count(S))
    return true;
  // (A lambda's body is not run here, and holds no marker.)
  if (isa<LambdaExpr>(S))
    return false;
  for (const Stmt *C : S->children())
    if (C && makesNewTypeOrRuns(C, Markers, Lambdas))
      return true;
  return false;
}

bool Lowerer::capturesByReferenceOnly(const LambdaExpr *L) {
  // (In a template, what `[=]` captures may show only at instantiation.)
  if (L->getCaptureDefault() == LCD_ByCopy)
    return false;
  for (const LambdaCapture &C : L->captures()) {
    if (C.capturesThis())
      continue;
    if (!C.capturesVariable() || C.getCaptureKind() != LCK_ByRef ||
        cast<VarDecl>(C.getCapturedVar())->isInitCapture())
      return false;
  }
  return true;
}

bool Lowerer::textMovesToMember(const Expr *E) const {
  if (!E->getBeginLoc().isFileID() || !E->getEndLoc().isFileID())
    return false;
  // The lambda-expressions of the text, whose own declarations (parameters,
  // locals, captures) move with it.
  struct Lambdas : RecursiveASTVisitor<Lambdas> {
    llvm::SmallPtrSet<const DeclContext *, 4> Contexts;
    std::vector<const LambdaExpr *> Found;
    bool VisitLambdaExpr(LambdaExpr *LE) {
      Contexts.insert(LE->getCallOperator());
      Contexts.insert(LE->getLambdaClass());
      Found.push_back(LE);
      return true;
    }
  } Inner;
  Inner.TraverseStmt(const_cast<Expr *>(E));
  // An init-capture runs where the closure is made, inside the member
  // function: a temporary it makes would die there, not at the end of the
  // statement.
  for (const LambdaExpr *LE : Inner.Found)
    for (const Expr *Init : LE->capture_inits())
      if (Init && (isa<MaterializeTemporaryExpr, CXXBindTemporaryExpr>(Init->IgnoreParens()) ||
                   !temporariesStayInside(SM, Init, false)))
        return false;
  struct Names : RecursiveASTVisitor<Names> {
    const Lowerer &L;
    const llvm::SmallPtrSetImpl<const DeclContext *> &Inner;
    bool Ok = true;
    Names(const Lowerer &L, const llvm::SmallPtrSetImpl<const DeclContext *> &Inner)
        : L(L), Inner(Inner) {}
    /// Declared by the generator's body, outside the text's lambdas.
    bool ofBody(const Decl *D) const {
      for (const DeclContext *DC = D->getDeclContext(); DC; DC = DC->getParent()) {
        if (Inner.count(DC))
          return false;
        if (DC == L.GI.Function)
          return true;
      }
      return false;
    }
    void check(const ValueDecl *D) {
      if (!D || !ofBody(D))
        return;
      const auto *VD = dyn_cast<VarDecl>(D);
      // (A frame local or a parameter: a member, but not a boxed one, nor
      // one of a pack, which the body names through a lambda's parameter.)
      Ok &= VD && !VD->isStaticLocal() && !L.isBoxed(VD) && !L.isPack(VD) &&
            L.frameSlot(VD) >= 0;
    }
    bool VisitDeclRefExpr(DeclRefExpr *E) {
      check(E->getDecl());
      // (A constant read through a copy, a static local of the body.)
      Ok &= !L.readsConstantCopy(E);
      return true;
    }
    bool TraverseLambdaCapture(LambdaExpr *Outer, const LambdaCapture *C, Expr *Init) {
      if (C->capturesVariable())
        check(C->getCapturedVar());
      return RecursiveASTVisitor<Names>::TraverseLambdaCapture(Outer, C, Init);
    }
    bool VisitTagTypeLoc(TagTypeLoc TL) {
      Ok &= !ofBody(TL.getDecl());
      return true;
    }
    bool VisitTypedefTypeLoc(TypedefTypeLoc TL) {
      Ok &= !ofBody(TL.getTypedefNameDecl());
      return true;
    }
    bool VisitMemberExpr(MemberExpr *E) {
      Ok &= !ofBody(E->getMemberDecl());
      return true;
    }
    bool VisitOverloadExpr(OverloadExpr *E) {
      for (const NamedDecl *D : E->decls())
        Ok &= !ofBody(D->getUnderlyingDecl());
      return true;
    }
  } Walk(*this, Inner.Contexts);
  Walk.TraverseStmt(const_cast<Expr *>(E));
  return Walk.Ok;
}

const Expr *Lowerer::unnameableOperandSource(const Expr *Operand, const Expr *Kept,
                                             QualType T) const {
  // What the operand's text is: the expression under the copy or move into
  // a by-value parameter, the conversion of an lvalue to its value, or the
  // temporary a prvalue makes (with the moves C++14 elides).
  const Expr *Src = Kept;
  const CXXConstructExpr *Copy = nullptr;
  for (;;) {
    Src = Src->IgnoreImplicit();
    const auto *CCE = dyn_cast<CXXConstructExpr>(Src);
    if (!CCE || isa<CXXTemporaryObjectExpr>(CCE) || CCE->getNumArgs() != 1 ||
        !CCE->getConstructor()->isCopyOrMoveConstructor() ||
        CCE->getParenOrBraceRange().isValid())
      break;
    if (!CCE->isElidable())
      Copy = CCE;
    Src = CCE->getArg(0);
  }
  if (isa<InitListExpr>(Src) || !Ctx.hasSameUnqualifiedType(Src->getType(), T) ||
      off(Src->getBeginLoc()) != off(Operand->getBeginLoc()) ||
      offAfter(Src->getEndLoc()) != offAfter(Operand->getEndLoc()))
    return nullptr;
  // (A lambda-expression's text, written again, would make another type:
  // the frame's member function makes the operand, where its text must
  // mean what it means in the body.)
  bool Lambda = holdsLambda(Src);
  if (Lambda && !textMovesToMember(Src))
    return nullptr;
  // `auto(text)` direct-initialises where the parameter was
  // copy-initialised, which also considers explicit constructors: one that
  // copies or moves, or a template, may then match as well as the
  // constructor C++ picked (any other needs a conversion of the object,
  // where the copy or move it picked needs none).
  if (Copy) {
    for (const Decl *D : Copy->getConstructor()->getParent()->decls()) {
      bool Template = false;
      if (const auto *FT = dyn_cast<FunctionTemplateDecl>(D)) {
        D = FT->getTemplatedDecl();
        Template = true;
      }
      if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(D);
          Ctor && Ctor->isExplicit() && (Template || Ctor->isCopyOrMoveConstructor()))
        return nullptr;
    }
  }
  // Temporaries it makes would die inside the box's making function, not
  // at the end of the statement: one that a destructor of the user's
  // destroys, or any that a reference binds (what it makes may keep the
  // reference). (A standard library's temporary, a std::string made for a
  // by-value parameter, say, dies unseen.)
  // (A lambda-expression's body runs later: its captures' initialisers,
  // textMovesToMember.)
  if (!isa<LambdaExpr>(Src) && !temporariesStayInside(SM, Src, true))
    return nullptr;
  // (A lambda-expression's closure is made by the member function, whose
  // text is the one text of its type.)
  if (makesNewTypeOrRuns(Src, MarkerCalls, /*Lambdas=*/!Lambda))
    return nullptr;
  return Src;
}

bool Lowerer::refuseOperand(const MarkerSite &M, const Expr *Operand, StringRef Why,
                             DiagKind Kind) {
  auto D = Diags.report(M.Call->getBeginLoc(), Kind);
  D << (M.Kind == MarkerKind::Yield ? "CORO_YIELD" : "CORO_YIELD_FROM")
    << Lexer::getSourceText(CharSourceRange::getTokenRange(SM.getFileLoc(Operand->getBeginLoc()),
                                                           fileEndLoc(SM, Operand->getEndLoc())),
                            SM, LO);
  if (Kind == DiagKind::MarkerOperandUnsupported)
    D << Why;
  return false;
}

bool Lowerer::discard(const Expr *Operand, const MarkerSite &M, BodyEdit &Suspend,
                      GroupState &GS) {
  auto Refuse = [&](StringRef Why) { return refuseOperand(M, Operand, Why); };
  if (Operand->isTypeDependent())
    return Refuse("its type depends on a template parameter");
  if (inForeignMacro(Operand->getBeginLoc()) || inForeignMacro(Operand->getEndLoc()))
    return Refuse("it is written in a macro");
  if (!keepTemporaries(Operand, false, M, Suspend, GS, Refuse))
    return false;
  BodyEdit E{EditKind::Spill};
  E.Begin = off(Operand->getBeginLoc());
  E.End = offAfter(Operand->getEndLoc());
  E.Point = Suspend.Point;
  E.Slot = -1; // nothing kept
  E.Seq = NextSeq++;
  IR.Edits.push_back(E);
  return true;
}

void Lowerer::keepDestructible(int Slot, GroupState &GS, SourceLocation Loc) {
  if (GS.GuardDepth > 0) {
    // Whether the guards let it be made: set false before the
    // full-expression, true once it is made. The unwinding chain links each
    // kept slot to the one made before it in the text, which the guards may
    // have skipped: the chain's step for this one tests the flag too.
    addMadeFlag(Slot, Loc);
  }
  enterChain(IR.Slots[Slot]);
  GS.Cleanup.insert(GS.Cleanup.begin(), Slot);
}

void Lowerer::lowerReturn(const MarkerSite &M) {
  BodyEdit E{EditKind::Return};
  E.Begin = off(M.Statement->getBeginLoc());
  E.StmtEnd = offAfterSemi(M.Statement->getEndLoc());
  E.ArgBegin = offAfter(M.LParen);
  E.ArgEnd = off(M.RParen);
  // `return x;` moves from a local or by-value parameter ([class.copy.elision]
  // p3); CORO_RETURN(x) does the same.
  if (M.Call->getNumArgs() == 1) {
    const Expr *Arg = M.Call->getArg(0)->IgnoreParenImpCasts();
    if (const auto *DRE = dyn_cast<DeclRefExpr>(Arg)) {
      const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
      E.MoveArg = VD && VD->hasLocalStorage() && !VD->getType()->isReferenceType();
    }
  }
  IR.Edits.push_back(E);
}

bool Lowerer::run() {
  layoutHeader();
  layoutParameters();
  IR.HasHandlers = !GI.SuspendingTrys.empty();
  const auto *Body = cast<CompoundStmt>(GI.Function->getBody());
  Scopes.push_back(Scope{{}, Live, Body});
  // The outermost block's locals die when the generator finishes, which
  // unwinds them; only inner blocks destroy at their ends.
  for (const Stmt *Child : Body->body())
    lowerStmt(Child);
  Scopes.pop_back();
  // Of the body's names the top may declare, those that the frame's types
  // (or a name declared after them) name; an unused alias draws a warning.
  llvm::DenseSet<StringRef> Named;
  for (const FrameSlot &S : IR.Slots) {
    addIdentifiers(S.Preamble, Named);
    addIdentifiers(S.Type, Named);
  }
  for (auto L = IR.LocalNames.rbegin(); L != IR.LocalNames.rend(); ++L) {
    L->AtTop = L->AtTop && (L->Always || llvm::any_of(L->Names, [&](const std::string &N) {
                              return Named.count(N) != 0;
                            }));
    if (L->AtTop)
      addIdentifiers(L->Text, Named);
  }
  for (const auto &C : ConstantCopies) {
    BodyEdit E{EditKind::ConstantCopy};
    E.Begin = E.End = C.second.At;
    E.Text = C.second.Declaration;
    IR.Edits.push_back(E);
  }
  // Edits in source order; Emit relies on it.
  std::stable_sort(IR.Edits.begin(), IR.Edits.end(),
                   [](const BodyEdit &A, const BodyEdit &B) { return A.Begin < B.Begin; });
  return !Failed;
}

} // namespace

bool lowerGenerator(const GeneratorInfo &GI, ASTContext &Ctx, Diagnoser &Diags,
                    GeneratorIR &Out) {
  Lowerer L(GI, Ctx, Diags, Out);
  return L.run();
}

} // namespace corogen
