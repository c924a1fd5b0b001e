//===- Analysis.h - Generators, markers, and locals that outlive a yield -*- C++ -*-===//
//
// Part of corogen, under the MIT licence.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// The first stage after parsing: finds every generator (a function whose
/// return type is `corogen::generator<...>` and whose body holds a marker),
/// classifies each marker by how its value is used, rejects what cannot be
/// transformed faithfully, and decides which locals live across a
/// suspension. It writes no text.
///
//===----------------------------------------------------------------------===//

#ifndef COROGEN_TOOL_ANALYSIS_H
#define COROGEN_TOOL_ANALYSIS_H

#include "Diagnostics.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ASTTypeTraits.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallVector.h"

#include <optional>
#include <string>
#include <vector>

namespace clang {
class Sema;
}

namespace corogen {

enum class MarkerKind { Yield, YieldFrom, Return };

/// How the marker's value is used: the forms this version transforms.
enum class MarkerForm {
  Statement, ///< `CORO_YIELD(x);`
  InitVar,   ///< `T v = CORO_YIELD(x);`
  Assign,    ///< `v = CORO_YIELD(x);`
  Return,    ///< `CORO_RETURN(x);`
  /// Inside a larger expression: `total += int(CORO_YIELD(total));`,
  /// `f(a(), CORO_YIELD(x));`, `if (int(CORO_YIELD(x)) > 0)`.
  Nested
};

/// An operator of a fold's pattern that runs the marker under a condition
/// (MarkerSite::Guard, foldGuard): Op; its condition, Cond, evaluated once
/// in the element's turn, before the marker, and read again in its place
/// as `true` or `false`; the operand that holds the marker, Arm, which
/// runs where the condition is When; whether the operator is checked at
/// instantiation to be the built-in one (Checked: an `&&` or `||` one of
/// whose operands is of a type that depends on a template parameter).
struct FoldGuard {
  const clang::Expr *Op = nullptr, *Cond = nullptr, *Arm = nullptr;
  bool When = true;
  bool Checked = false;
};

/// A prvalue of a scalar type in a fold's pattern that C++ may make a
/// temporary of, which lives to the end of the whole fold, past the later
/// elements' turns, and which a value kept past its turn may refer to
/// (MarkerSite::FoldHeld): its text in the file, and its type.
struct HeldTemporary {
  clang::CharSourceRange Range;
  clang::QualType Type;
};

struct MarkerSite {
  MarkerKind Kind = MarkerKind::Yield;
  MarkerForm Form = MarkerForm::Statement;
  const clang::CallExpr *Call = nullptr;
  /// The statement the marker stands in (an expression statement, a
  /// declaration, or a `return`).
  const clang::Stmt *Statement = nullptr;
  /// InitVar: the variable it initialises.
  const clang::VarDecl *Var = nullptr;
  /// Nested: the full-expression that contains it.
  const clang::Expr *Root = nullptr;
  /// The `if`, `switch`, `while` or `for` whose init-statement or condition
  /// variable the marker stands in (Statement is that part), or, for an `if`
  /// or `switch` with one of those, whose condition it stands in (Statement
  /// is the statement): Lowering rewrites the statement so that its
  /// init-statement and condition variable run before it.
  const clang::Stmt *Header = nullptr;
  /// Statement: a yield that is the pattern of a fold over `,` that stands
  /// as a statement, `(CORO_YIELD(f(ts)), ...);` (Statement is the fold):
  /// the parameter pack it expands (foldedYieldPack).
  /// (A function parameter pack, or, where the pattern names none, a
  /// template parameter pack of types or of constants.)
  const clang::NamedDecl *FoldPack = nullptr;
  /// Such a fold's pattern, where it holds more than the marker (in
  /// parentheses, or cast to void): `g(CORO_YIELD(f(ts)))`, run again in
  /// each element's turn after the resume, with the marker's value.
  const clang::Expr *FoldPattern = nullptr;
  /// The operands of that pattern evaluated before the marker that cannot
  /// be evaluated again after it, `twice(ts)` in `(sum(twice(ts),
  /// int(CORO_YIELD(ts))), ...)`: kept in the frame, for each element, to
  /// the statement's end, as C++ keeps them to the end of the fold; in the
  /// order they are made (those of an operator around the marker before
  /// those of one inside it, as C++ may evaluate them, and left to right
  /// among the operands of one), the first FoldKeptBeforeGuard before the
  /// guard's condition, the rest after it.
  std::vector<const clang::Expr *> FoldKept;
  unsigned FoldKeptBeforeGuard = 0;
  /// An operator of that pattern that runs the marker under a condition,
  /// `ok(ts) && CORO_YIELD(ts)`, `ok(ts) ? CORO_YIELD(ts) : 0` (Op null
  /// where none): each turn evaluates the condition first and suspends
  /// only where it lets the marker run; the pattern then runs with the
  /// condition's value in its place.
  FoldGuard Guard;
  /// Where that pattern names its element's type through a pack: a type
  /// parameter pack, `Ts` in `(use(Ts(CORO_YIELD(ts))), ...)`, or decltype
  /// of the expanded parameter pack, `decltype(ts)`: each turn names its
  /// element's, `std::tuple_element_t<i, std::tuple<Ts...>>`.
  std::vector<clang::SourceRange> FoldPackTypes;
  /// Where it names a template parameter pack of constants, `Ns`: each
  /// turn names its element's, `nth_value<i>(Ns...)`.
  std::vector<clang::SourceRange> FoldPackValues;
  /// What that pattern makes, around the marker or in the kept operand,
  /// of a type that depends on a template parameter: C++ keeps it to the
  /// end of the fold, the turn ends it, so the output checks at
  /// instantiation that none is an object whose destruction shows.
  std::vector<const clang::Expr *> FoldChecked;
  /// The temporaries of scalar types that the pattern makes in a part
  /// whose value outlives the turn (a kept operand, the value of a call's
  /// or a list's expansion) and may refer to them, `1` in `names(wrap(ts,
  /// 1, int(CORO_YIELD(ts)))...)` where `wrap` takes a `const int &`: C++
  /// keeps them to the end of the fold, so each turn keeps its own in the
  /// frame, and the pattern takes it from there as an xvalue.
  std::vector<HeldTemporary> FoldHeld;
  /// Such parts of a type that depends on a template parameter, where
  /// what they may refer to is made by an operand of such a type that
  /// cannot be held so: the output checks at instantiation that each
  /// value is of an arithmetic or enumeration type, which refers to none.
  std::vector<const clang::Expr *> FoldRefChecked;
  /// Of a ValueFold in a larger expression, an operand that C++ sequences
  /// before the fold and that cannot be evaluated again after the turns,
  /// `std::cout << "sum "` in `std::cout << "sum " << (0 + ... + p);`:
  /// evaluated before the turns and kept to the statement's end.
  const clang::Expr *FoldOuterKept = nullptr;
  /// A fold over another operator, of that pattern, whose value is used
  /// (valueFold): the whole initialiser of Var (InitVar), the right of an
  /// assignment (Assign: Statement is the assignment), or a statement of
  /// its own (Statement is the fold, in its parentheses).
  /// Or, alike, a call one of whose arguments is such a pattern's
  /// expansion, `f(x, int(CORO_YIELD(ts))...)`, or a construction with
  /// parentheses, `Point(x, int(CORO_YIELD(ts))...)` (expandedCall), or a braced
  /// list one of whose elements is, alone or making an object,
  /// `(void)expand{0, (CORO_YIELD(ts), 0)...}` (expandedList), whose
  /// elements read the kept values in turn, as C++ evaluates them first to
  /// last.
  const clang::Expr *ValueFold = nullptr;
  /// Of an `auto` Var so initialised, what its initialiser evaluates
  /// besides the fold (around it, `base * (...)`, and a call's function
  /// and other arguments), whose text the frame's type spells.
  std::vector<const clang::Expr *> FoldBeside;
  /// A yield whose value one of the marker's own operators takes (a
  /// comparison with an arithmetic value, or the right of a compound
  /// assignment to a variable of an arithmetic or pointer type: clang
  /// types them as the built-in operators), where the send type is not
  /// arithmetic: the output checks that the send type's operator gives the
  /// type clang gave (the runtime's checked_operand).
  bool CheckedOperand = false;
  /// The macro call in the file, from the macro's name to its `)`.
  clang::SourceLocation MacroBegin, LParen, RParen;
};

/// Where `CE`, a marker of the generator `F` in a pack expansion, is a
/// CORO_YIELD or a CORO_YIELD_FROM in the pattern of a unary fold over
/// `,`, `(CORO_YIELD(f(ts)), ...)` (or `((void)CORO_YIELD(...), ...)`,
/// `(CORO_YIELD_FROM(gs), ...)`, `(g(CORO_YIELD(f(ts))), ...)`), the one
/// marker of a pattern that evaluates nothing before it but what may be
/// evaluated again after the resume and one operand that the frame keeps
/// (foldContextBefore; *Kept), and that expands
/// one parameter pack of F alone (no other pack, no type or `sizeof...` of
/// one, no lambda-expression), and makes around the marker nothing that
/// C++ would keep past the later elements' suspensions (a temporary with
/// a destructor; the marker's value too, where the pattern goes on; what
/// a part whose type depends on a template parameter makes is checked at
/// instantiation: *Checked lists those parts): that pack, the fold
/// (outermost parentheses included) and, where it holds more than the
/// marker (in parentheses, or cast to void), the pattern; else null.
/// Whether `Around`, the parent of `Inner` on the way from a marker to the
/// pattern of a fold, evaluates before Inner only what may be evaluated
/// again after the marker's resume (a variable, a member of one through
/// `.`, `this`, a literal; a value read where C++ leaves the order open),
/// and Inner unconditionally. With Once (a fold in a larger expression,
/// the whole of which runs once, after the turns), what C++ leaves
/// unsequenced with Inner may be anything.
/// With Kept, one operand that is not so, `twice(ts)` in `sum(twice(ts),
/// int(CORO_YIELD(ts)))`, may be kept instead (evaluated before the
/// marker, its value kept across the suspension): *Kept is set to it.
/// The type of `X`, a fold's pattern (or a part of one): its own, or, of a
/// `?:` whose condition alone depends on a template parameter, that which
/// its arms give, alike in type and value category.
clang::QualType foldPatternType(const clang::Expr *X);
/// With Guard, one operator that runs Inner under a condition (foldGuard)
/// may be the turn's guard: *Guard is set to it. With KeptMany, any
/// number of such operands may be kept, appended to it left to right.
bool foldContextBefore(const clang::Expr *Around, const clang::Expr *Inner, bool Once = false,
                       const clang::Expr **Kept = nullptr, FoldGuard *Guard = nullptr,
                       std::vector<const clang::Expr *> *KeptMany = nullptr);
/// Whether a fold `FE` over an operator other than `,` is one whose
/// elements' turns may each run to its value, kept, before the fold is made
/// of the kept values: a built-in arithmetic, bitwise or comparison
/// operator, `&&` or `||` (not with an operand on the left, which would
/// run first), `<<` or `>>` (with an operand on the left, a constant), of a
/// pattern and an operand of arithmetic or pointer types.
bool valueFold(const clang::ASTContext &Ctx, const clang::CXXFoldExpr *FE);
/// Whether a fold `FE` is a left fold over `<<` or `>>` whose operand on
/// the left is an object, a name or a member of one (`(std::cout << ... <<
/// p)`), each of whose steps may run in its element's turn, taking the
/// pattern's value, of a type known in the template whose destruction does
/// not show, and giving the next step's left operand.
bool runningFold(const clang::CXXFoldExpr *FE);
/// Whether `X`, what an expansion's values go to (MarkerSite::ValueFold),
/// is a braced list, alone or making an object (`T{...}`), not a call or
/// a construction with parentheses.
bool isBracedListFold(const clang::Expr *X);
/// Where the expansion `PE` is an argument of a call (or of a construction
/// with parentheses, `Point(x, p...)`) that may be made once its elements'
/// values are kept: of a pattern of arithmetic or pointer type, or of a
/// class that can be moved, a prvalue, or of a type that depends on a
/// template parameter, written in the file, whose function and other
/// arguments are names, members of variables through `.`, variables or
/// literals: the call; else null.
const clang::Expr *expandedCall(clang::ASTContext &Ctx, const clang::PackExpansionExpr *PE);
/// Where the expansion `PE` is an element of a braced list whose elements
/// before it are literals or enumerators, of a pattern of arithmetic or
/// pointer type, or a prvalue of a class that can be moved: the list, or
/// the object it makes (`expand{0, ...}`).
const clang::Expr *expandedList(clang::ASTContext &Ctx, const clang::PackExpansionExpr *PE);
/// What foldedYieldPack finds of a marker's pack expansion.
struct FoldShape {
  /// The fold (outermost parentheses included), or the call or the list
  /// whose argument or element the expansion is.
  const clang::Expr *Fold = nullptr;
  /// The pattern, where it holds more than the marker (in parentheses, or
  /// cast to void).
  const clang::Expr *Pattern = nullptr;
  /// MarkerSite::FoldKept, FoldKeptBeforeGuard, FoldChecked and Guard.
  std::vector<const clang::Expr *> Kept;
  unsigned KeptBeforeGuard = 0;
  std::vector<const clang::Expr *> Checked;
  FoldGuard Guard;
  /// MarkerSite::FoldHeld and FoldRefChecked.
  std::vector<HeldTemporary> Held;
  std::vector<const clang::Expr *> RefChecked;
  /// MarkerSite::FoldPackTypes and FoldPackValues.
  std::vector<clang::SourceRange> PackTypes, PackValues;
};
const clang::NamedDecl *foldedYieldPack(clang::ASTContext &Ctx, const clang::CallExpr *CE,
                                        const clang::FunctionDecl *F, FoldShape *Shape = nullptr);

/// A RecursiveASTVisitor that knows the unevaluated operands: it traverses
/// each (the operand of sizeof, alignof, noexcept and decltype, typeof, a
/// typeid of no polymorphic glvalue, a requires-expression) inside
/// `Derived::unevaluated(SizeOf, Traverse)`, SizeOf for sizeof and alignof,
/// which read no value but the operand's type and size. A derived visitor
/// that handles one of them itself falls back to this class's.
template <class Derived>
class UnevaluatedAwareVisitor : public clang::RecursiveASTVisitor<Derived> {
  using Base = clang::RecursiveASTVisitor<Derived>;
  Derived &self() { return *static_cast<Derived *>(this); }

public:
  bool TraverseUnaryExprOrTypeTraitExpr(clang::UnaryExprOrTypeTraitExpr *E) {
    bool Size = E->getKind() == clang::UETT_SizeOf || E->getKind() == clang::UETT_AlignOf ||
                E->getKind() == clang::UETT_PreferredAlignOf;
    return self().unevaluated(Size, [&] { return Base::TraverseUnaryExprOrTypeTraitExpr(E); });
  }
  bool TraverseCXXNoexceptExpr(clang::CXXNoexceptExpr *E) {
    return self().unevaluated(false, [&] { return Base::TraverseCXXNoexceptExpr(E); });
  }
  bool TraverseCXXTypeidExpr(clang::CXXTypeidExpr *E) {
    if (E->isPotentiallyEvaluated())
      return Base::TraverseCXXTypeidExpr(E);
    return self().unevaluated(false, [&] { return Base::TraverseCXXTypeidExpr(E); });
  }
  bool TraverseDecltypeTypeLoc(clang::DecltypeTypeLoc TL) {
    return self().unevaluated(false, [&] { return Base::TraverseDecltypeTypeLoc(TL); });
  }
  bool TraverseTypeOfExprTypeLoc(clang::TypeOfExprTypeLoc TL) {
    return self().unevaluated(false, [&] { return Base::TraverseTypeOfExprTypeLoc(TL); });
  }
  bool TraverseRequiresExpr(clang::RequiresExpr *E) {
    return self().unevaluated(false, [&] { return Base::TraverseRequiresExpr(E); });
  }
};

/// A RecursiveASTVisitor that counts, in `Constant`, how deep it stands in
/// the constant expressions of types, where C++ reads a constant's value:
/// a template argument that is an expression, an array's bound.
template <class Derived>
class ConstantContextVisitor : public clang::RecursiveASTVisitor<Derived> {
  using Base = clang::RecursiveASTVisitor<Derived>;
  Derived &self() { return *static_cast<Derived *>(this); }
  bool bound(clang::ArrayTypeLoc TL) {
    self().TraverseTypeLoc(TL.getElementLoc());
    ++Constant;
    self().TraverseStmt(TL.getSizeExpr());
    --Constant;
    return true;
  }

public:
  unsigned Constant = 0;
  bool TraverseTemplateArgumentLoc(const clang::TemplateArgumentLoc &A) {
    bool Value = A.getArgument().getKind() == clang::TemplateArgument::Expression;
    Constant += Value;
    bool Result = Base::TraverseTemplateArgumentLoc(A);
    Constant -= Value;
    return Result;
  }
  bool TraverseConstantArrayTypeLoc(clang::ConstantArrayTypeLoc TL) { return bound(TL); }
  bool TraverseDependentSizedArrayTypeLoc(clang::DependentSizedArrayTypeLoc TL) {
    return bound(TL);
  }
};

struct GeneratorInfo {
  const clang::FunctionDecl *Function = nullptr;
  /// The declared return type, `corogen::generator<Y, S, R>`.
  clang::QualType HandleType;
  /// False when the send type depends on a template parameter.
  bool SendTypeKnown = false;
  bool SendsVoid = false;
  /// Every marker, in source order.
  std::vector<MarkerSite> Markers;
  /// The locals whose lifetime spans a suspension, in source order.
  std::vector<const clang::VarDecl *> FrameLocals;
  /// Range-for statements with a suspension in their body.
  std::vector<const clang::CXXForRangeStmt *> SuspendingRangeFors;
  /// Of those, the ones whose range or iterators have types that the frame
  /// cannot name: each is kept in a box, and so is a loop variable of such
  /// a type that lives across a suspension (it is then in BoxedLocals).
  std::vector<const clang::CXXForRangeStmt *> BoxedRangeFors;
  /// `try` statements whose block suspends.
  std::vector<const clang::CXXTryStmt *> SuspendingTrys;
  /// Handlers whose block suspends.
  std::vector<const clang::CXXCatchStmt *> SuspendingHandlers;
  /// Frame locals declared `auto` (or `const auto`, `auto &`, `const auto &`,
  /// `auto &&`) whose type depends on a template parameter: the frame names
  /// their type through decltype of the initialiser, which names no local of
  /// the body.
  std::vector<const clang::VarDecl *> AutoFromInit;
  /// Frame locals whose written type depends on a template parameter and
  /// names a local or a structured binding of the body (`decltype(x) y =
  /// x;`): the frame spells it from its text, with `decltype(x)` replaced by
  /// x's declared type and other names of locals read as lvalues of theirs.
  std::vector<const clang::VarDecl *> TypeFromText;
  /// In a template: the declarations of the body that name types, or
  /// constants, or bring names in (`using V = std::vector<T>;`, `typedef T
  /// E;`, `constexpr int N = 2;`, `using namespace std;`, `using
  /// std::vector;`), in order, which the frame's types, spelled as written
  /// at the top of the function, may name. Each is declared there too (its
  /// own text), where it names nothing of the body but what comes before it
  /// here, and no other declares the same name or it declares aliases only
  /// (TopAliasNames).
  std::vector<const clang::DeclStmt *> LocalNames;
  /// Of the aliases LocalNames declares, those whose name another
  /// declaration of the body (or a parameter) has too: the top declares
  /// each under a name of its own (`corogen_alias_<n>_<name>`), which the
  /// frame's types spell in its place.
  llvm::DenseMap<const clang::TypedefNameDecl *, std::string> TopAliasNames;
  /// Every declaration of an alias or a constant (or a using-declaration)
  /// that is a statement of a block of the body: the frame may take all of
  /// its uses (the types of frame locals), so a use of it follows it.
  std::vector<const clang::DeclStmt *> NameDeclarations;
  /// Whether `D` is declared by one of LocalNames.
  bool declaredAtTop(const clang::Decl *D) const {
    for (const clang::DeclStmt *DS : LocalNames)
      for (const clang::Decl *Each : DS->decls())
        if (Each == D)
          return true;
    return false;
  }
  /// Whether the top of the function declares `D` under its own name, so
  /// that its name written there means it (not one of TopAliasNames).
  bool namedAtTop(const clang::Decl *D) const {
    const auto *Alias = llvm::dyn_cast<clang::TypedefNameDecl>(D);
    return declaredAtTop(D) && !(Alias && TopAliasNames.count(Alias));
  }
  /// Frame locals that are references bound to a temporary whose lifetime
  /// they extend (`const T &r = T(...);`): the temporary gets a slot of its
  /// own, made just before the reference.
  std::vector<const clang::VarDecl *> ExtendedTemporaries;
  /// Frame locals whose initialiser binds reference members of the
  /// aggregates it makes to temporaries (`A a{S(1), S(2)};` with `struct A
  /// { const S &r, &q; };`), which C++ keeps alive as long as the local:
  /// each temporary, in the order it is made, gets a slot of its own, made
  /// in its place in the initialiser and destroyed after the local.
  llvm::DenseMap<const clang::VarDecl *,
                 llvm::SmallVector<const clang::MaterializeTemporaryExpr *, 2>>
      MemberTemporaries;
  /// Those of them made on one side of a `?:` only (`A a{c ? A{S()} :
  /// A{s}};`): a flag says whether each was made.
  llvm::SmallPtrSet<const clang::MaterializeTemporaryExpr *, 4> GuardedMemberTemporaries;
  /// Those of them of a type the frame cannot name (a class of the body):
  /// each is kept in a runtime `box`, made in place by `new auto(e)` from
  /// its text, a prvalue of that type.
  llvm::SmallPtrSet<const clang::MaterializeTemporaryExpr *, 4> BoxedMemberTemporaries;
  /// Frame locals whose type the frame cannot name (a lambda's closure, a
  /// class defined in the body): each is kept in a runtime `box`, and its
  /// declaration stays in the body as a reference to the boxed object, made
  /// by the declaration's own initialiser; a resume enters through it.
  std::vector<const clang::VarDecl *> BoxedLocals;
  /// Those of them made as the member of a class made in the box, declared
  /// by the declaration's own text: arrays, and objects of an unnamed class
  /// that the declaration defines.
  std::vector<const clang::VarDecl *> BoxedMembers;
  /// Boxed `auto` references whose initialiser's type depends on a template
  /// parameter: the box holds the runtime's bound_value of the initialiser.
  std::vector<const clang::VarDecl *> BoundReferences;
  /// Frame locals that are references in a template whose type, or whose
  /// initialiser's, depends on a template parameter (`const T &r =
  /// make<T>();`, `auto &&r = f(t);`), initialised from one expression
  /// that decltype can spell: whether it binds to a temporary, which it
  /// would keep alive, is known at instantiation, where the runtime's
  /// kept_reference, a slot of its own made just before the reference,
  /// keeps that temporary or only the address.
  std::vector<const clang::VarDecl *> KeptReferences;
  /// In a template, references bound to a member of an object of a
  /// dependent type that may be a prvalue (`const auto &r =
  /// make<T>().first;`), with that object: C++ keeps the whole temporary
  /// alive with the reference. A reference kept by a kept_reference keeps
  /// the object in the runtime's bound_value, made first (Lowering, the
  /// KeptReferences lowering); for others (a structured binding's, a
  /// `decltype(auto)` one, a boxed one) the runtime checks at instantiation
  /// that the object is no temporary.
  std::vector<std::pair<const clang::VarDecl *, const clang::Expr *>> TemporaryPartChecks;
  /// In a template, range-fors over such a member, with that object: the
  /// range's slot is the bound_value of the object, and the loop iterates
  /// over the member of what it holds.
  std::vector<std::pair<const clang::CXXForRangeStmt *, const clang::Expr *>> RangeParts;
  /// In a template, frame locals that are references made from a braced
  /// list that makes a temporary of the type they refer to, which only the
  /// instantiation shows (`const std::vector<T> &r{a, b};`, `const T &r =
  /// {a, b};`): the temporary gets a slot of its own, of that type, made
  /// from the list as a local of the type would be.
  std::vector<const clang::VarDecl *> BracedReferences;
  /// `if`, `switch` and `while` statements rewritten so that their
  /// init-statement and condition variable run before them, as statements
  /// of a block around them: those with a marker there (or, with one of
  /// those, in the condition), or a variable there that lives across a
  /// suspension; and `for` statements whose init-statement suspends.
  std::vector<const clang::Stmt *> Hoisted;

  bool isFrameLocal(const clang::VarDecl *VD) const;
};

/// Finds and checks the generators of the main file. Diagnoses through
/// `Diags`; the result is meaningful only when no error was reported.
std::vector<GeneratorInfo> analyseGenerators(clang::ASTContext &Ctx, Diagnoser &Diags);

/// Checks that the value given to each CORO_YIELD and CORO_RETURN can
/// initialise the generator's yield or return type, as the runtime will
/// initialise it (direct-initialisation from the forwarded arguments), where
/// both are known: the annotated file compiles whatever the markers are
/// given, and the transformed one would fail inside the runtime.
void checkMarkerValues(clang::Sema &S, const GeneratorInfo &GI, Diagnoser &Diags);

/// Reports `co_yield`, `co_await` and `co_return` in generators; for a unit
/// that clang rejected (such a generator has no promise type), so that the
/// user learns what to write instead.
void reportCoroutineKeywords(clang::ASTContext &Ctx, Diagnoser &Diags);

/// The temporary whose lifetime the reference `VD` extends, when its
/// initialiser (boundInitialiser) is that temporary or a member of it (through
/// `.`, maybe nested), maybe converted to a base class, in parentheses or
/// not; else null.
const clang::MaterializeTemporaryExpr *extendedTemporary(const clang::VarDecl *VD);
/// Where the declarator of `VD` ends: its last token, the `)` of `(e)`
/// included (clang's end location leaves it out where e is not a
/// construction).
clang::SourceLocation declaratorEnd(const clang::VarDecl *VD, const clang::SourceManager &SM,
                                    const clang::LangOptions &LO);
/// What the reference `VD` binds to, as `T &r = e;` would: `e` of `= e`,
/// `(e)`, or `{e}` where e's type is reference-related to T's (any other
/// list makes a temporary of T from the list); null otherwise.
const clang::Expr *boundInitialiser(const clang::VarDecl *VD);

/// The one expression that initialises `VD` when it is `= e`, `(e)` or
/// `{e}` (not a list itself); else null. What `auto` deduces from.
const clang::Expr *singleInitialiser(const clang::VarDecl *VD);

/// e of `= {e}` (a list of one element that is not a list itself); else
/// null. A reference so initialised binds as `= e` does where e's type is
/// reference-related to the one it refers to, and to a temporary
/// copy-list-initialised from e otherwise ([dcl.init.list] p3).
const clang::Expr *copyListElement(const clang::VarDecl *VD);

/// The send type of a generator type, where it is known (void by default:
/// null then), also where it depends on a template parameter; else null.
clang::QualType sendTypeOf(clang::QualType T);

/// Whether the structured binding `DD` has a type that depends on a template
/// parameter: the template's AST does not say whether it is tuple-like, an
/// array or a class, and the runtime's `binding` decides.
bool isDependentBinding(const clang::DecompositionDecl *DD);

/// Whether the local `VD` is a std::initializer_list made from a braced
/// list (also `auto x = {a, b};` in a template, and a reference bound to
/// one), whose array lives as long as it.
bool makesInitializerList(const clang::VarDecl *VD);

/// Whether `VD` extends the lifetime of a temporary whose type has a
/// destructor (which then runs when `VD` dies).
bool extendsDestructedTemporary(const clang::VarDecl *VD);

/// Whether `VD` is default-initialised: declared with no initialiser
/// (`T x;`), whether or not a default constructor runs.
bool defaultInitialised(const clang::VarDecl *VD);

/// Whether `VD`'s initialiser binds a reference member of an aggregate to
/// a temporary, which then lives as long as `VD` (beyond the one a
/// reference local binds to).
bool extendsThroughMember(const clang::VarDecl *VD);

/// The braced list of a reference `VD` that makes a temporary of the type
/// it refers to whatever its elements are (none, several, or one braced
/// list: `const T &r{a, b};`, `const T &r = {};`), or null.
const clang::InitListExpr *bracedTemporaryList(const clang::VarDecl *VD);

/// In a template, the `T{...}` (a non-empty list, not analysed) that makes
/// the object of a structured binding `VD` (`auto [a, b] = T{x, y};`,
/// `const auto &[a, b](T{x, y});`), or null.
const clang::CXXUnresolvedConstructExpr *bracedDecompositionObject(const clang::VarDecl *VD);

/// The glvalue `?:` that a reference `VD` binds to, where a temporary on
/// one of its sides is kept alive by it (`const S &r = c ? static_cast<const
/// S &>(S()) : s;`), or null.
const clang::Expr *conditionalBinding(const clang::VarDecl *VD);

/// Whether the reference `VD` binds an array temporary that its braced list
/// makes, the whole initialiser (`const int (&a)[2] = {1, 2};`), or a cast of
/// it to the array type (`const A &a = A{1, 2};`, also in parentheses):
/// kept in a slot of its own made by the reference's declaration
/// (GeneratorInfo::ExtendedTemporaries).
bool bindsWholeArrayList(const clang::VarDecl *VD);
/// Whether the reference `VD` binds an array temporary that its braced list
/// makes inside the initialiser (after a comma's left, `const int (&a)[2] =
/// (f(), A{1, 2});`, or under a cast to a reference, `static_cast<const A
/// &>(A{1, 2})`): such an array is kept as a member temporary is
/// (memberTemporaries), made where its list stands, and the reference takes
/// its address.
bool bindsArrayInText(const clang::VarDecl *VD);

/// The temporaries that such a `VD` (of a type that does not depend on a
/// template parameter) keeps alive through the reference members of the
/// aggregates its initialiser makes (for a reference, inside the temporary
/// it binds, which is not one of them), in the order they are made, added
/// to `Out`, those made on one side of a `?:` only to `Guarded` too: false
/// where one of them is no plain temporary a slot can hold in its place
/// (an array, a std::initializer_list's array, one GNU's `a ?: b` may
/// make), or is made in a macro.
bool memberTemporaries(const clang::VarDecl *VD,
                       llvm::SmallVectorImpl<const clang::MaterializeTemporaryExpr *> &Out,
                       llvm::SmallPtrSetImpl<const clang::MaterializeTemporaryExpr *> &Guarded);

/// The braced list of `A{...}`, a temporary of an array type `A` made by a
/// cast of a braced list (whose new-expression in the frame spells the
/// array type itself and keeps the list), also in parentheses, `(A{...})`;
/// or null.
const clang::InitListExpr *arrayListCast(const clang::MaterializeTemporaryExpr *MTE);

/// The braced list that makes the array temporary `MTE` in place, or null:
/// all of it, `{1, 2}`, or the list of a cast of it to the array type,
/// `A{1, 2}` (`Cast`, if asked for, is then the cast), also in parentheses
/// or as the right operand of a built-in comma, `(f(), A{1, 2})`. Its
/// braces are in the file.
const clang::InitListExpr *arrayListOf(const clang::MaterializeTemporaryExpr *MTE,
                                       const clang::CXXFunctionalCastExpr **Cast = nullptr);

/// Whether `VD`, in a template, is made from a non-empty braced list of a
/// type that depends on a template parameter (its own, `T a{...};`, or one
/// it is made from, `auto a = T{...};`), which only the instantiation shows
/// to be an aggregate that may bind a reference member to a temporary, or
/// from a list that depends on one, of a known aggregate type with a
/// reference or std::initializer_list member: the runtime's `braced_local`
/// refuses it there. `NestsList`, when given, is set to whether an element
/// of that list (or of a list nested in it) is itself a braced list, or
/// makes an object of a type that depends on a template parameter from one,
/// which may make a std::initializer_list member whose array C++ keeps
/// alive as long as the local (no trait shows such a member: the runtime
/// refuses every aggregate made so).
bool makesBracedAggregate(const clang::VarDecl *VD, bool *NestsList = nullptr);

/// The most names of such a structured binding whose class members the
/// runtime reaches by itself (its `members<N>`); for more, Lowering declares
/// an accessor with as many names beside the frame.
constexpr unsigned MaxDependentBindings = 16;

/// How diagnostics name a local: its name, or `[a, b]` for a structured
/// binding.
std::string localName(const clang::VarDecl *VD);

/// Whether `DS` declares the condition variable of `Parent` (an `if`, a
/// `switch` or a loop).
bool isConditionVariableOf(const clang::Stmt *Parent, const clang::Stmt *DS);
/// Whether `S` is the init-statement of `Parent` (an `if`, a `switch`, a
/// `for` or a range-for).
bool isInitStatementOf(const clang::Stmt *Parent, const clang::Stmt *S);
/// How the declarations that a declaration `DS` of variables is split into
/// name `Tag`, which `DS` defines, after the definition: its name; where a
/// variable of its name declared in the same block, or by `DS`, hides it,
/// `type_t<struct S>` (an elaborated name, which no variable hides, where
/// a new-expression would read `struct S {` as a definition); for an
/// unnamed enumeration, `decltype(e)` of its first enumerator; for an
/// unnamed class or an enumeration without enumerators,
/// `pointee<unnamedTypeAlias(Tag)>`, the type that a typedef of a pointer
/// declared with the definition points to (`typedef struct { ... }
/// *corogen_unnamed_N;`). "": an unnamed class that `DS` defines for one
/// variable alone, which the class made in its box defines
/// (BodyChecker::boxedAsMember).
std::string definedTypeName(const clang::TagDecl *Tag, const clang::DeclStmt *DS,
                            clang::ASTContext &Ctx);
/// The typedef that names the pointer to `Tag` (an unnamed class or
/// enumeration that definedTypeName names by it), or "".
std::string unnamedTypeAlias(const clang::TagDecl *Tag);
/// Whether a variable or function of the name of `Tag` (defined by `DS`)
/// is declared in the same block before it, or by `DS`: the name alone
/// does not name the type after it.
bool hiddenInItsScope(const clang::TagDecl *Tag, const clang::DeclStmt *DS,
                      clang::ASTContext &Ctx);

/// Whether `Child` is a branch of the `if`, or the body of the loop or
/// `switch`, `Parent`.
bool isBodyOf(const clang::Stmt *Parent, const clang::Stmt *Child);

/// Whether the frame spells the type of `E`, an initialiser or a range in
/// a template, through a lambda at the function's top that returns it
/// (Lowerer::deducedOf): `E` holds a lambda (which decltype may not hold
/// before C++20), or names a local of the body `F`, or a structured
/// binding, inside a macro.
bool namesThroughHelper(const clang::Expr *E, const clang::FunctionDecl *F,
                        llvm::function_ref<bool(const clang::Stmt *)> Skip = nullptr);

/// Whether `VD` is a variable declared in the body of `F` (a local, static
/// or not), as opposed to a parameter of `F`, a global, or a variable of a
/// lambda in the body.
bool isBodyLocal(const clang::VarDecl *VD, const clang::FunctionDecl *F);

/// How many temporaries `VD`'s initialiser makes whose lifetime `VD`
/// extends ([class.temporary] p6): bound to it if it is a reference, or to
/// a reference member of an aggregate it initialises.
unsigned temporariesExtendedBy(const clang::VarDecl *VD);
/// The bindings of the structured bindings that `GI` boxes and whose names
/// stay the body's, declared again on each resume (not those bound once).
llvm::SmallPtrSet<const clang::BindingDecl *, 8> boxedBindings(const GeneratorInfo &GI);
/// Whether a declaration of the body of `F` other than the class `RD`'s
/// has `RD`'s name (which then may not name the class everywhere).
bool classNameTaken(const clang::FunctionDecl *F, const clang::CXXRecordDecl *RD);
/// The declaration statement that defines the class `RD` of a body alone,
/// in a block, after which an alias of corogen's may name it (`using
/// corogen_class_1 = struct Local;`), or null.
const clang::DeclStmt *aliasedClassStmt(clang::ASTContext &Ctx, const clang::CXXRecordDecl *RD);
/// The names of boxed structured bindings (`Boxed`, boxedBindings) that
/// `E` names, where corogen wraps `E` in a lambda (clang before 16 lets no
/// lambda capture a structured binding). Declared: the structured bindings
/// whose names the lambda declares again, bound to their boxed objects, as
/// the body does on each resume: those of which `E` takes `decltype(a)` or
/// names a bit-field, which a reference would not keep, and, in a template,
/// where the instantiation shows that, those of a dependent type; but not
/// where another name that `E` reads, or another structured binding
/// declared again, has one of their names, nor where corogen wraps a part
/// of `E` in a lambda of its own. Captured: the other bindings, which the
/// lambda init-captures by reference (`&a = a`). Refused: where `E` takes
/// `decltype` of a binding or names a bit-field, of one not declared again.
struct WrappedBindings {
  std::vector<const clang::DecompositionDecl *> Declared;
  std::vector<const clang::BindingDecl *> Captured;
  std::vector<std::pair<clang::SourceLocation, const clang::BindingDecl *>> Refused;
};
WrappedBindings wrappedBindings(const GeneratorInfo &GI, const clang::Expr *E,
                                const llvm::SmallPtrSetImpl<const clang::BindingDecl *> &Boxed);
/// Whether the bindings of `DD` may be declared again each time a resume
/// enters its declaration (which then binds them to its boxed object),
/// naming the same objects: each names a member or an element, or, of a
/// tuple-like object, the reference that a `std::get` returns, which has
/// no other effect.
bool rebindable(const clang::DecompositionDecl *DD);
/// Whether a boxed `DD` keeps each binding in a box of its own, made once
/// (the runtime's `binding`: get<I> is called once, where the declaration
/// stands), its names declared again as references to what they refer to:
/// a tuple-like object whose bindings are not rebindable.
bool bindsOnce(const clang::DecompositionDecl *DD);

/// The parent of `N` that evaluates it: clang's parent map also lists a
/// braced list's syntactic form, which holds an element before its
/// conversions (`P p{CORO_YIELD(1)};`) or a designator (`.a = ...`), and
/// may list the semantic list for it too, whose element is the converted
/// one. The first parent that has `N` as a child and is no syntactic form
/// (nor a designator), else the first parent (none: a null node).
clang::DynTypedNode evaluatingParent(clang::ASTContext &Ctx, const clang::DynTypedNode &N);
/// The same, as a statement (null when the parent is none, or no statement).
const clang::Stmt *evaluatingParent(clang::ASTContext &Ctx, const clang::Stmt &S);

/// Where the declarator of `VD` begins: its name, or the first `*`, `&`,
/// `&&`, `(` or class name of a pointer to member before it (`const S *p`:
/// the `*`). A location in a macro where a part of it is.
clang::SourceLocation declaratorBegin(const clang::VarDecl *VD);

/// Whether `E` holds a lambda expression.
bool holdsLambda(const clang::Expr *E);
/// Whether every type `T` is made of (what a pointer, a reference or an
/// array refers to, a function type's result and parameters, a template
/// specialisation's arguments) has a name at the top of the generator
/// function: no lambda's closure, no class or enumeration without a name,
/// and none of a function's body.
bool typeHasNameAtTop(clang::QualType T);
/// Whether `E`, an element of a braced list, is written as a braced list
/// itself (`{t}`), which deduces no type.
bool startsWithBrace(const clang::SourceManager &SM, const clang::Expr *E);
/// Whether a macro that the body of `F` defines (or defines again) writes
/// a part of `S` or `TL`: text copied to the top of the function, before
/// that #define, would expand otherwise there, or not at all.
bool usesBodyMacro(const clang::SourceManager &SM, const clang::FunctionDecl *F,
                   const clang::Stmt *S, clang::TypeLoc TL);

/// The temporary that the range of the range-for `S` is a part of (a
/// member of it, or it through a conversion to a base: `for (x :
/// make().items)`), which C++ keeps alive through the loop, where the
/// frame can keep it in its range's slot (it alone is extended, and its
/// text stands in the file); else null.
const clang::MaterializeTemporaryExpr *rangeTemporaryPart(const clang::CXXForRangeStmt *S);

/// The braced list of `VD`, an array of a template whose bound the list
/// gives, where brace elision may make fewer elements than the list has
/// (the element type may be an aggregate, and not each element is a braced
/// list: `T a[] = {1, 2};` is one T of two ints where T is such a class),
/// so that only the instantiation knows the bound; else null.
const clang::InitListExpr *elidingArrayList(const clang::ASTContext &Ctx,
                                            const clang::VarDecl *VD);

/// Whether `T` is `corogen::generator<...>`.
bool isGeneratorType(clang::QualType T);

/// Whether `Loc` is in the body of a generator whose send type is void
/// (for a marker whose value clang could not type-check).
bool sentVoidAt(clang::ASTContext &Ctx, clang::SourceLocation Loc);

/// The file offset of `Loc` (of its expansion in the file for a macro).
unsigned fileOffset(const clang::SourceManager &SM, clang::SourceLocation Loc);
/// The file location of the last token of a range ending at `Loc`.
clang::SourceLocation fileEndLoc(const clang::SourceManager &SM, clang::SourceLocation Loc);
/// The file offset just past the token at `Loc`.
unsigned fileOffsetAfterToken(const clang::SourceManager &SM,
                              const clang::LangOptions &LO, clang::SourceLocation Loc);

} // namespace corogen

#endif // COROGEN_TOOL_ANALYSIS_H
