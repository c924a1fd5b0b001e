//===- Emit.cpp - From the state-machine IR to C++ text -------------------===//
//
// Part of corogen, under the MIT licence.
//
//===----------------------------------------------------------------------===//

#include "Emit.h"

#include "EditBuffer.h"


#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <map>
#include <set>

using namespace clang;

namespace corogen {
namespace {

// The names the emitter gives. User code cannot use `corogen_` names (the
// analysis rejects them), so none of these can hide one of the user's.
constexpr const char *FrameClass = "corogen_frame";
constexpr const char *SelfName = "corogen_self";

std::string typeAlias(unsigned SlotIndex) { return slotTypeAlias(SlotIndex); }
std::string argName(unsigned SlotIndex) { return "corogen_arg_" + std::to_string(SlotIndex); }
std::string resumeLabel(unsigned Point) { return "corogen_resume_" + std::to_string(Point); }
/// The label a resume enters a region through.
std::string regionLabel(const TryRegion &R) {
  return (R.Box       ? "corogen_box_"
          : R.Handler ? "corogen_catch_"
                      : "corogen_try_") +
         std::to_string(R.Id);
}
std::string continueLabel(unsigned Point) { return "corogen_next_" + std::to_string(Point); }
std::string stepLabel(unsigned Step) { return "corogen_step_" + std::to_string(Step); }
/// The bool (or a switch's value) a condition that keeps operands is kept in.
std::string condName(unsigned Group) { return "corogen_cond_" + std::to_string(Group); }
/// The resume point being dispatched to, in a generator with `try` regions.
constexpr const char *TargetVar = "corogen_target";
/// The dispatch inside a region a resume enters: `Cases` (dispatchCases),
/// and on when the target is in none of them.
std::string dispatchSwitch(const std::string &Cases) {
  return std::string(" switch (") + TargetVar + ") {" + Cases + " default: break; }";
}

/// The braces that close `N` guards of a nested suspension.
std::string closeGuards(unsigned N) {
  std::string Out;
  for (unsigned I = 0; I != N; ++I)
    Out += "} ";
  return Out;
}

std::string quotedPath(StringRef Path) {
  std::string Out = "\"";
  for (char C : Path) {
    if (C == '"' || C == '\\')
      Out += '\\';
    Out += C;
  }
  return Out + "\"";
}

/// Writes one generator: applies its body edits to the rewriter, then wraps
/// the body in the frame class.
class GeneratorEmitter {
public:
  GeneratorEmitter(EditBuffer &Buf, const GeneratorIR &G, const EmitOptions &Opts)
      : Buf(Buf), G(G), Opts(Opts) {}

  void emit();

private:
  using Side = EditBuffer::Side;
  std::string rewritten(Offset B, Offset E) const { return B >= E ? "" : Buf.render(B, E); }
  void replace(Offset B, Offset E, std::string Text) { Buf.replace(B, E, std::move(Text)); }
  /// Text that belongs to what follows `O` (it goes before the token there).
  void insertBefore(Offset O, std::string Text) { Buf.insert(O, std::move(Text), Side::Right); }
  /// Text that belongs to what precedes `O`.
  void insertAfter(Offset O, std::string Text) { Buf.insert(O, std::move(Text), Side::Left); }
  /// Text that closes the construct that begins at `Begin` and ends at `O`
  /// (a brace, destructions): applied once every replacement is made, so
  /// that none ending at `O` takes it in, and where several constructs end
  /// at `O`, the innermost (the last to begin) first.
  void closeAt(Offset O, Offset Begin, std::string Text) {
    Closers.push_back(Closer{O, Begin, static_cast<unsigned>(Closers.size()), std::move(Text)});
  }
  void applyClosers();

  std::string slotRef(int Slot) const {
    const FrameSlot &S = G.Slots[Slot];
    if (S.Kind == SlotKind::Local && S.IsReference)
      return "(*" + S.Name + ")";
    if (S.Kind == SlotKind::Pack)
      return S.Elements;
    return S.Name;
  }
  /// The init-capture that holds a lambda's capture_box copy of `Name`
  /// (`this` for `*this`).
  static std::string boxName(StringRef Name) { return ("corogen_cap_" + Name).str(); }
  std::string slotAddress(int Slot) const {
    return "::corogen::detail::slot_address(" + G.Slots[Slot].Name + ")";
  }
  std::string liveUpdate(unsigned LiveId) const {
    if (LiveId == 0)
      return "";
    return ", (void)(this->corogen_live = " + std::to_string(LiveId) + ")";
  }
  std::string destroys(const std::vector<int> &Slots, unsigned LiveAfter) const {
    std::string Out;
    for (int S : Slots) {
      // (One made on one side of a condition only: if it was made.)
      if (G.Slots[S].MadeFlag >= 0)
        Out += "if (" + G.Slots[G.Slots[S].MadeFlag].Name + ") ";
      Out += "::corogen::detail::destroy_at(" + G.Slots[S].Name + "); ";
    }
    return Out + "this->corogen_live = " + std::to_string(LiveAfter) + ";";
  }
  /// The opening of a lambda that corogen wraps `E`'s text in, up to its
  /// body's first statement: `[&<captures>]<Signature> { <rebinds>`, the
  /// names of boxed structured bindings captured or declared again.
  static std::string wrapping(const BodyEdit &E, StringRef Signature) {
    return "[&" + E.Captures + "]" + Signature.str() + " { " + E.Rebinds;
  }
  std::string suspendBlock(const BodyEdit &E, StringRef Args) const;
  /// The suspension itself: the point set, the return, the resume label,
  /// and what a resume raises.
  std::string suspension(const BodyEdit &E) const;
  std::string suspendValue(const BodyEdit &E, StringRef Args) const;

  void emitLeaf(const BodyEdit &E);
  /// A fold's turn of element i: its yield or delegation and suspension;
  /// `Value` is set to the marker's value after the resume.
  std::string foldStep(const BodyEdit &E, const std::string &Args, std::string &Value) const;
  /// `at_index<R>(i, [&](auto &&ts) { Body }, ts...)`: Body run with
  /// element i of E's pack under the pack's name.
  std::string atIndex(const BodyEdit &E, StringRef R, StringRef Body) const;
  /// The text of [From, To) with each of `Pieces` that lies inside it,
  /// [Begin, End) in order, replaced by its text.
  struct Piece {
    Offset Begin, End;
    std::string Text;
  };
  std::string rewrittenWith(Offset From, Offset To, ArrayRef<Piece> Pieces) const;
  /// A fold's pattern after the resume (or [From, To) of it), the marker's
  /// value `Value` in its place and a kept operand (BodyEdit::FoldKept)
  /// read from the frame; keptMade, the kept operand's making in its
  /// element's turn, before the suspension.
  /// (With a guard, BodyEdit::Guarded, its condition's value in its place:
  /// that which lets the marker run where Passed, else the other.)
  std::string patternText(const BodyEdit &E, StringRef Value, Offset From = 0, Offset To = 0,
                          bool Passed = true) const;
  /// The Hold edits that hold no part of their fold's pattern that the
  /// fold writes on its own (patternText writes those).
  void holdTemporaries();
  /// The checks, in a turn after the resume, that the parts of the pattern
  /// whose types only the instantiation shows make no object whose
  /// destruction shows (BodyEdit::FoldChecked), and that those that may
  /// refer to a temporary refer to none (BodyEdit::FoldRefChecked).
  std::string madeChecks(const BodyEdit &E, StringRef Value) const;
  /// (With a guard, only the kept operand made on the side of its test
  /// that BeforeGuard says.)
  std::string keptMade(const BodyEdit &E, bool BeforeGuard = false) const;
  /// A turn of a fold whose pattern has a guard (BodyEdit::Guarded): the
  /// test of its condition, then `Passed` where it lets the marker run,
  /// else `Failed`.
  std::string guardedTurn(const BodyEdit &E, StringRef Value, StringRef Passed,
                          StringRef Failed) const;
  /// The fold's slots that live to the end of its statement (the operand
  /// kept before the fold, the pattern's kept operands, the values kept as
  /// objects): their making before the loop, in that order, and their
  /// destruction after the statement, in the reverse.
  void foldSlots(const BodyEdit &E, std::string &Make, std::string &Drop) const;
  /// The check that a marker's value in a fold's pattern, whose type only
  /// the instantiation may show, has no destructor (runtime dies_unseen).
  static std::string patternValueCheck(StringRef Value);
  void emitValueFold(const BodyEdit &E, const std::string &Args);
  void emitConstruct(const BodyEdit &E);
  /// Replaces [E.Begin, E.End) by `New`, a new-expression of `Type` that
  /// the initialiser then completes, as E.Init says (Default, Direct,
  /// CopyList, SameType, Copy, CopyDependent).
  void initialise(const BodyEdit &E, const std::string &New, const std::string &Type);
  void emitSuspend(const BodyEdit &E);
  void emitNestedSuspend(const BodyEdit &First);
  /// The construction of the temporary that edit `E` (a Temporary, a
  /// Spill or a MemberTemporary) makes in its slot from its text; an
  /// array's from its braced list, within the text around the list.
  std::string temporaryConstruction(const BodyEdit &E);
  /// The text that replaces a temporary's, [E.Begin, E.End), made in its
  /// slot where it stands (a Temporary or a MemberTemporary): the
  /// construction, then the slot named as the temporary was.
  std::string madeTemporary(const BodyEdit &E);
  /// For a reference of a template bound to a member of an object of a
  /// dependent type (E.PartSlot): the construction of the object's
  /// bound_value, with a `, ` after it, to go first; the object's text then
  /// names what it holds.
  std::string partObject(const BodyEdit &E);
  /// Constructs `Slot` in place from `Text` as `Init` says.
  std::string construction(int Slot, InitStyle Init, const std::string &Text,
                           unsigned LiveId) const;
  /// A kept operand where the expression used it.
  std::string keptUse(int Slot, bool XValue) const;
  /// How a kept operand in a box is named after the resume, by slot.
  std::map<int, std::string> BoxedUses;
  /// Member functions of the frame that edits of the body call, declared
  /// before corogen_body (BodyEdit::MakeInMember).
  std::string Members;
  /// `bool Name; Name = static_cast<bool>(Cond);`: a condition kept as a
  /// bool (contextually converted, as static_cast converts), declared
  /// without an initialiser, which a resume may jump past.
  /// (A switch's, of the type `Type` it converts to: `T Name; Name =
  /// (Cond);`, the implicit conversion a switch makes.)
  static std::string keptCondition(const std::string &Name, const std::string &Cond,
                                   const std::string &Type = "", bool TypeOfText = false) {
    // (A declaration without an initialiser, which a resume's jump into the
    // statement may cross.)
    if (TypeOfText)
      return "typename ::corogen::detail::switch_condition<decltype((" + Cond + "))>::type " +
             Name + "; " + Name + " = (" + Cond + "); ";
    if (!Type.empty())
      return Type + " " + Name + "; " + Name + " = (" + Cond + "); ";
    return "bool " + Name + "; " + Name + " = static_cast<bool>(" + Cond + "); ";
  }
  void emitLoop(const BodyEdit &E, const std::string &Suspend, const std::string &IncSuspend,
                const BodyEdit *IncLast);
  /// Emits the markers of group `Group` and the operands they keep; returns
  /// what runs before the statement, and sets `Last` to its last Suspend.
  std::string groupPrefix(unsigned Group, const BodyEdit *&Last);
  void emitReturn(const BodyEdit &E);
  void emitScopeExit(const BodyEdit &E);
  void emitRangeFor(const BodyEdit &E);
  void emitHoist(const BodyEdit &E);
  /// The statement binding a tuple-like structured binding (a Bind edit).
  std::string bindText(const BodyEdit &E) const;
  /// A Rebind: the region's label, the declaration again of the names,
  /// then the dispatch into the region (neither where nothing suspends in
  /// it).
  std::string rebindText(const BodyEdit &E) const {
    const TryRegion &R = G.Trys[E.Point - 1];
    std::string Cases = dispatchCases(R);
    if (Cases.empty())
      return " " + E.Bindings.Redeclaration;
    return " " + regionLabel(R) + ": ; " + E.Bindings.Redeclaration + dispatchSwitch(Cases);
  }
  void emitMoveHandler(const BodyEdit &E);
  /// What goes before the body: the frame's types, then its class up to
  /// its members (header), and corogen_body up to the resume's dispatch
  /// (bodyHeader); the members the body's edits write go between them.
  std::string header() const;
  std::string bodyHeader() const;
  std::string tail() const;
  std::string unwinders() const;
  /// Where a dispatch at the level of region `Try` (0: the body) sends a
  /// resume to `P`: its label, or the label of the region on its way.
  std::string dispatchTarget(const SuspendPoint &P, unsigned Try) const;
  void emitTryEntry(const TryRegion &T);
  /// The cases of the dispatch inside region `T`: one per suspension
  /// inside it (empty if none is).
  std::string dispatchCases(const TryRegion &T) const;
  /// What declares a boxed object: its region's label (where a resume
  /// enters), whether it is resuming there, and, after the declaration,
  /// the object's liveness and the dispatch into the region.
  struct BoxEntry {
    /// (After: `unused` of the object and its liveness; Dispatch: the
    /// dispatch into the region, which after() puts last.)
    std::string Label, Resuming, After, Dispatch;
    bool Entered = false;
    std::string after() const { return After + Dispatch; }
    /// The box's making lambda's init-captures (BodyEdit::Captures).
    std::string Captures;
    /// BoxBinding::BoundDeclared: the declared type of the variable that
    /// initialises it, if one does.
    std::string Declared;
    /// What the making function does first: the flags of the temporaries
    /// its initialiser makes on one side of a `?:` only start false.
    std::string Prologue;
  };
  BoxEntry boxEntry(unsigned Region, const std::string &Name, unsigned LiveId) const;
  /// Where a box entered as `B` says is made, the liveness `LiveId` then.
  std::string madeLive(const BoxEntry &B, unsigned LiveId) const;
  /// The boxes of a structured binding's bindings that are bound once
  /// (BodyEdit::BindingSlots), made from its object `Object` (after the
  /// object's liveness, before the dispatch), and its names, declared again
  /// as references to what they refer to.
  std::string boundOnce(const BodyEdit &E, const BoxEntry &B, const std::string &Object) const;
  /// `::corogen::detail::enter_box(resuming, slot, [&](void *corogen_at) { `,
  /// the box's making function open (the caller writes its body and closes
  /// it).
  std::string boxLambda(const BoxEntry &B, int Slot) const {
    return "::corogen::detail::enter_box(" + B.Resuming + ", " + slotAddress(Slot) + ", [&" +
           B.Captures + "](void *corogen_at) { " + B.Prologue;
  }
  /// boxLambda, then `return ::new (corogen_at) ` (the caller closes it).
  std::string enterBox(const BoxEntry &B, int Slot) const {
    return boxLambda(B, Slot) + "return ::new (corogen_at) ";
  }
  /// The declaration of a boxed local (a Construct edit).
  void emitBoxed(const BodyEdit &E);
  /// A boxed structured binding's object, named `Name` in the body, as its
  /// bindings reach it (BodyEdit::BindingObject: through bound_object).
  static std::string boundObject(const BodyEdit &E, const std::string &Name) {
    return E.Bindings.Object ? "::corogen::detail::bound_object(" + Name + ")" : Name;
  }
  /// The type a boxed structured binding's object is made as from `Init`
  /// (BodyEdit::BindingObject).
  static std::string bindingObjectType(const std::string &Init) {
    return "typename ::corogen::detail::binding_object<decltype((" + Init + "))>::type";
  }
  /// A boxed structured binding's bindings [Names, E.Bindings.End) declared
  /// again, bound to its boxed object `Object` as `How` holds it, with the
  /// declaration's `Type` (`auto [a, b]` becomes `auto &[a, b] = object;`);
  /// where the object's type depends on a template parameter, with the
  /// static_assert that checks at instantiation that they may be.
  std::string rebinding(const BodyEdit &E, const std::string &Type, Offset Names,
                        BoxBinding How, const std::string &Object) const {
    // (Unused where only the lambdas that declare them again name them.)
    return " [[maybe_unused]] " + Type + (How == BoxBinding::Object ? " &" : " ") +
           rewritten(Names, E.Bindings.End) + " = " + Object + ";";
  }
  /// The text before and after the initialiser `e` of the declaration of
  /// a box bound as `How` says.
  std::pair<std::string, std::string> boxedBinding(BoxBinding How, const BoxEntry &B,
                                                   int Slot) const;
  /// A boxed range-for's range and iterators (BodyEdit::RangeRegion): what
  /// goes before the range's text, and after it (Close, then Iters).
  std::string boxedRange(const BodyEdit &E, std::string &Close, std::string &Iters);
  /// The declaration of a range-for's boxed loop variable, made from
  /// `*Begin` (BodyEdit::LoopVarRegion).
  std::string boxedLoopVar(const BodyEdit &E, const std::string &Begin);
  /// The reference that names the object of a boxed range-for's box.
  std::string boxedName(int Slot) const { return G.Slots[Slot].Name + "_ref"; }
  /// The declaration of a boxed local, after `Label`, made by enter_box.
  void boxDeclaration(const BodyEdit &E, const std::string &Label, const std::string &Resuming);
  void emitSplitDeclaration(const BodyEdit &E);
  void emitTryExit(const TryRegion &T);
  std::string lineDirective(unsigned Line) const {
    if (!Opts.LineDirectives)
      return "\n";
    return "\n#line " + std::to_string(Line) + " " + quotedPath(Opts.FileName) + "\n";
  }

  EditBuffer &Buf;
  const GeneratorIR &G;
  const EmitOptions &Opts;
  std::set<unsigned> EmittedGroups;
  struct Closer {
    Offset At, Begin;
    unsigned Seq;
    std::string Text;
  };
  std::vector<Closer> Closers;
  /// The specifiers of each SplitDeclaration, by where it starts, as its
  /// boxed declarators repeat them.
  std::map<Offset, std::string> Specifiers;
  /// The suspensions (and the destructions after them) of the groups in
  /// rewritten statements' headers.
  std::map<unsigned, std::pair<std::string, std::string>> HeaderParts;
};

void GeneratorEmitter::emitLeaf(const BodyEdit &E) {
  switch (E.Kind) {
  case EditKind::UseSlot:
    replace(E.Begin, E.End, slotRef(E.Slot));
    return;
  case EditKind::ImplicitSelf:
    insertBefore(E.Begin, std::string(SelfName) + "->");
    return;
  case EditKind::ExplicitSelf:
    replace(E.Begin, E.End, SelfName);
    return;
  case EditKind::PredefinedName:
  case EditKind::ConstantValue:
    replace(E.Begin, E.End, E.Text);
    return;
  case EditKind::Capture: {
    // By copy, direct-initialised, as C++ initialises a closure's member.
    std::string From = E.Slot >= 0 ? slotRef(E.Slot) : E.Text;
    std::string Init = E.MoveArg ? E.Text + " = " + From : E.Text + "(" + From + ")";
    if (E.WrapInBraces) // an explicit capture: `x` or `&x` (the `&` stays)
      replace(E.Begin, E.End, (E.RefInit ? "&" : "") + Init);
    else
      insertBefore(E.Begin, std::string(", ") + (E.MoveArg ? "&" : "") + Init);
    return;
  }
  case EditKind::CaptureBox: {
    const FrameSlot &S = G.Slots[E.Slot];
    // (A by-copy capture of a reference copies the object it refers to.)
    std::string Type = "typename ::std::remove_reference<" + typeAlias(E.Slot) + ">::type";
    std::string From = slotRef(E.Slot);
    if (S.Kind == SlotKind::Self) {
      // The object `this` points to where the lambda is (const in a lambda
      // that is not mutable, around a nested one).
      Type = "typename ::std::remove_reference<decltype(*" + S.Name + ")>::type";
      From = "*" + S.Name;
      insertAfter(E.BodyBegin, " auto *" + S.Name + " = ::corogen::detail::ref_address(" +
                                   boxName(E.Text) + ".value); (void)" + S.Name + ";");
    }
    std::string Init =
        boxName(E.Text) + " = ::corogen::detail::capture_box<" + Type + ">(" + From + ")";
    if (E.WrapInBraces)
      replace(E.Begin, E.End, Init);
    else
      insertBefore(E.Begin, ", " + Init);
    return;
  }
  case EditKind::UseBox:
    if (E.MoveArg)
      replace(E.Begin, E.End, "::corogen::detail::as_const(" + boxName(E.Text) + ".value)");
    else
      replace(E.Begin, E.End, boxName(E.Text) + ".value");
    return;
  case EditKind::RecaptureBox:
    replace(E.Begin, E.End, boxName(E.Text));
    return;
  case EditKind::BoxedType:
    replace(E.Begin, E.End,
            "::std::remove_reference_t<decltype(" + E.Text + ")>");
    return;
  case EditKind::DeclaredType:
    if (E.Text.empty())
      replace(E.Begin, E.End, typeAlias(E.Slot));
    else // through an alias template, so that a `&` written after it
         // collapses, and `typename` may stand before it
      replace(E.Begin, E.End,
              "::corogen::detail::identity_t<" + typeAlias(E.Slot) + " " + E.Text + ">");
    return;
  case EditKind::Replace:
    replace(E.Begin, E.End, E.Text);
    return;
  case EditKind::Hold:
    return; // (holdTemporaries)
  case EditKind::ConstantCopy:
    // (Belongs to the text before the declaration, which its construction
    // replaces.)
    insertAfter(E.Begin, E.Text + " ");
    return;
  case EditKind::UseBinding:
    if (E.Slot >= 0)
      replace(E.Begin, E.End, slotRef(E.Slot));
    else if (E.RangeSlot >= 0)
      replace(E.Begin, E.End, "(" + slotRef(E.RangeSlot) + E.Text + ")");
    else // `decltype(x)`: the type it names
      replace(E.Begin, E.End, E.Text);
    return;
  case EditKind::ContinueGoto:
    replace(E.Begin, E.End, "goto " + (E.Step ? stepLabel(E.Step) : continueLabel(E.Point)));
    return;
  case EditKind::Rethrow:
    replace(E.Begin, E.End, "::std::rethrow_exception(" + G.Slots[E.Slot].Name + ")");
    return;
  default:
    return;
  }
}

void GeneratorEmitter::emitConstruct(const BodyEdit &E) {
  if (E.Slot < 0) { // a constant kept as `static constexpr`
    insertBefore(E.Begin, E.Text);
    return;
  }
  if (E.Region != 0)
    return emitBoxed(E);
  const FrameSlot &S = G.Slots[E.Slot];
  std::string Type = typeAlias(E.Slot);
  std::string Lead = !E.Separator ? "" : E.Split ? "; " : ", ";
  for (int Flag : E.MadeFlags)
    Lead += "(void)(" + G.Slots[Flag].Name + " = false), ";
  if (E.Init == InitStyle::KeptReference) {
    // In a template, the runtime's kept_reference keeps what the reference
    // binds to (the temporary, or only its address), and the reference
    // takes the address.
    const FrameSlot &Temp = G.Slots[E.TemporarySlot];
    Lead += partObject(E);
    replace(E.Begin, E.ArgBegin,
            Lead + "(void)::new (" + slotAddress(E.TemporarySlot) + ") " +
                typeAlias(E.TemporarySlot) + "(" + wrapping(E, "() -> decltype(auto)") + "return (");
    // (A list of one element: also the function that makes the temporary
    // from the list, a generic lambda, which the runtime calls, and so
    // instantiates, only where the element converts.)
    std::string Maker;
    if (E.CopyListMaker || E.DirectListMaker)
      Maker = ", " +
              wrapping(E, "(auto corogen_tag) -> typename decltype(corogen_tag)::type") +
              "return " + (E.DirectListMaker ? "typename decltype(corogen_tag)::type" : "") + "{" +
              rewritten(E.ArgBegin, E.ArgEnd) + "}; }";
    std::string Tail = "); }" + Maker + ")" + liveUpdate(Temp.LiveId) + ", (void)(" + S.Name +
                       " = " + Temp.Name + ".address())";
    // (After `(e)` or `{e}`, the closing parenthesis or brace goes.)
    if (E.ArgEnd != E.InitEnd)
      replace(E.ArgEnd, E.InitEnd, Tail);
    else
      insertAfter(E.InitEnd, Tail);
    return;
  }
  if (E.TemporarySlot >= 0) {
    // `const T &r = T(...);`: the temporary is made in its slot, as the
    // return value of a lambda (copy-initialised, with no move from a
    // prvalue), and the reference takes its address.
    const FrameSlot &Temp = G.Slots[E.TemporarySlot];
    std::string TT = typeAlias(E.TemporarySlot);
    if (Temp.IsArray || E.Init == InitStyle::Direct) {
      // `const T (&a)[N] = {...};`: the array is made from the list in its
      // slot (a new-expression that spells the array type), and the
      // reference takes its address; so is the object of `const T &r{a,
      // b};`, direct-list-initialised.
      replace(E.Begin, E.End,
              Lead + "(void)::new (" + slotAddress(E.TemporarySlot) + ") " +
                  (Temp.IsArray ? Temp.Type : TT));
      insertAfter(E.InitEnd, liveUpdate(Temp.LiveId) + ", (void)(" + S.Name +
                                 " = ::corogen::detail::ref_address(" +
                                 (Temp.IsArray ? Temp.Name
                                               : "static_cast<" + TT + " &&>(" + Temp.Name + ")") +
                                 "))");
      return;
    }
    if (E.ArgBegin != E.End || E.ArgEnd != E.InitEnd) {
      // `const int &r = make_pair(1, 2).first;`: the reference binds to the
      // same part of the temporary, made in its slot.
      std::string Prefix = rewritten(E.End, E.ArgBegin), Suffix = rewritten(E.ArgEnd, E.InitEnd);
      replace(E.Begin, E.ArgBegin,
              Lead + "(void)::new (" + slotAddress(E.TemporarySlot) + ") " + TT + "(" +
                  wrapping(E, "() -> typename ::std::remove_cv<" + TT + ">::type") + "return ");
      replace(E.ArgEnd, E.InitEnd,
              "; }())" + liveUpdate(Temp.LiveId) + ", (void)(" + S.Name +
                  " = ::corogen::detail::ref_address(" + Prefix + "static_cast<" + TT + " &&>(" +
                  Temp.Name + ")" + Suffix + "))");
      return;
    }
    replace(E.Begin, E.End,
            Lead + "(void)::new (" + slotAddress(E.TemporarySlot) + ") " + TT + "(" +
                wrapping(E, "() -> typename ::std::remove_cv<" + TT + ">::type") + "return ");
    insertAfter(E.InitEnd, "; }())" + liveUpdate(Temp.LiveId) + ", (void)(" + S.Name +
                               " = ::corogen::detail::ref_address(static_cast<" + TT + " &&>(" +
                               Temp.Name + ")))");
    return;
  }
  if (S.IsReference) {
    replace(E.Begin, E.End, Lead + "(void)(" + S.Name + " = ::corogen::detail::ref_address(");
    insertAfter(E.InitEnd, "))");
    return;
  }
  if (E.Init == InitStyle::BoundReference) {
    Lead += partObject(E);
    replace(E.Begin, E.ArgBegin,
            Lead + "(void)::new (" + slotAddress(E.Slot) + ") " + Type + "(" +
                wrapping(E, "() -> decltype(auto)") + "return (");
    // (After `(e)` or `{e}`, the closing parenthesis or brace goes.)
    if (E.ArgEnd != E.InitEnd)
      replace(E.ArgEnd, E.InitEnd, "); })" + liveUpdate(E.LiveId));
    else
      insertAfter(E.InitEnd, "); })" + liveUpdate(E.LiveId));
    return;
  }
  // An array's new-expression spells the array type: through an alias,
  // clang warns about the braces of a list in a template.
  if (E.Init == InitStyle::ArrayCopy) { // the initialiser follows, maybe in parentheses
    // (The initialiser ends where the declarator does.)
    replace(E.Begin, E.End, Lead + "::corogen::detail::copy_array(" + S.Name + ", ");
    insertAfter(E.StmtEnd, ")" + liveUpdate(E.LiveId));
    return;
  }
  if (S.IsArray) {
    std::string New = Lead + "(void)::new (" + slotAddress(E.Slot) + ") " + S.Type;
    if (E.Init == InitStyle::Copy || E.Init == InitStyle::SameType) { // `char s[] = "..."`
      replace(E.Begin, E.End, New + "{");
      insertAfter(E.InitEnd, "}");
    } else {
      replace(E.Begin, E.End, New);
    }
    insertAfter(E.StmtEnd, liveUpdate(E.LiveId));
    return;
  }
  initialise(E, Lead + "(void)::new (" + slotAddress(E.Slot) + ") " + Type, Type);
  insertAfter(E.StmtEnd, liveUpdate(E.LiveId));
}

void GeneratorEmitter::initialise(const BodyEdit &E, const std::string &New,
                                  const std::string &Type) {
  switch (E.Init) {
  case InitStyle::Default:
  case InitStyle::Direct:
  case InitStyle::CopyList:
    replace(E.Begin, E.End, New);
    break;
  case InitStyle::SameType:
    replace(E.Begin, E.End, New + "(");
    insertAfter(E.InitEnd, ")");
    break;
  case InitStyle::Copy:
    replace(E.Begin, E.End, New + "(::corogen::detail::copy_init<" + Type + ">(");
    insertAfter(E.InitEnd, "))");
    break;
  case InitStyle::ArrayCopy: // (emitConstruct)
  case InitStyle::BoundReference:
  case InitStyle::KeptReference:
    break;
  case InitStyle::CopyDependent:
    // Whether e is a prvalue of T is known only at instantiation; a return
    // statement copy-initialises as the declaration did, eliding the move.
    // (Without cv-qualifiers, which a scalar's return type would ignore
    // with a warning.)
    replace(E.Begin, E.End,
            New + "(" + wrapping(E, "() -> typename ::std::remove_cv<" + Type + ">::type") +
                "return ");
    insertAfter(E.InitEnd, "; }())");
    break;
  }
}

std::string GeneratorEmitter::suspension(const BodyEdit &E) const {
  return "this->corogen_point = " + std::to_string(E.Point) + "; return; " +
         resumeLabel(E.Point) + ": " +
         (!G.Trys.empty() ? std::string(TargetVar) + " = 0; " : "") + "this->corogen_resumed();";
}

std::string GeneratorEmitter::suspendBlock(const BodyEdit &E, StringRef Args) const {
  std::string Suspend = suspension(E);
  if (E.SuspendKind == PointKind::Yield)
    return "this->corogen_yield(" + Args.str() + "); " + Suspend;
  return "if (this->corogen_delegate(" + Args.str() + ")) { " + Suspend + " }";
}

std::string GeneratorEmitter::suspendValue(const BodyEdit &E, StringRef Args) const {
  if (E.SuspendKind == PointKind::Yield)
    return !E.ValueUsed       ? ""
           : E.CheckedOperand ? "::corogen::detail::checked_operand(this->corogen_take_sent())"
                              : "this->corogen_take_sent()";
  return "this->template corogen_delegate_result<decltype((" + Args.str() + "))>()";
}

std::string GeneratorEmitter::construction(int Slot, InitStyle Init, const std::string &Text,
                                           unsigned LiveId) const {
  // (An array's new-expression spells the array type, as emitConstruct's.)
  std::string T = G.Slots[Slot].IsArray ? G.Slots[Slot].Type : typeAlias(Slot);
  std::string Value;
  switch (Init) {
  case InitStyle::Copy:
    Value = T + "(::corogen::detail::copy_init<" + T + ">(" + Text + "))";
    break;
  case InitStyle::CopyList:
    Value = T + Text;
    break;
  default:
    Value = T + "(" + Text + ")";
    break;
  }
  return "(void)::new (" + slotAddress(Slot) + ") " + Value + liveUpdate(LiveId);
}

std::string GeneratorEmitter::temporaryConstruction(const BodyEdit &E) {
  if (!G.Slots[E.Slot].IsArray)
    return construction(E.Slot, E.Init, rewritten(E.Begin, E.End), E.LiveId);
  return rewritten(E.Begin, E.ArgBegin) + "(" +
         construction(E.Slot, E.Init, rewritten(E.ArgBegin, E.ArgEnd), E.LiveId) + ")" +
         rewritten(E.ArgEnd, E.End);
}

std::string GeneratorEmitter::partObject(const BodyEdit &E) {
  if (E.PartSlot < 0)
    return "";
  // The object's bound_value first, from the object's text, which then
  // names what it holds.
  const FrameSlot &Object = G.Slots[E.PartSlot];
  std::string Make = "(void)::new (" + slotAddress(E.PartSlot) + ") " + typeAlias(E.PartSlot) +
                     "(" + wrapping(E, "() -> decltype(auto)") + "return (" +
                     rewritten(E.PartBegin, E.PartEnd) + "); })" + liveUpdate(Object.LiveId) +
                     ", ";
  replace(E.PartBegin, E.PartEnd, Object.Name + ".get()");
  return Make;
}

std::string GeneratorEmitter::madeTemporary(const BodyEdit &E) {
  const FrameSlot &Slot = G.Slots[E.Slot];
  std::string Flag = Slot.MadeFlag >= 0 ? G.Slots[Slot.MadeFlag].Name + " = true" : "";
  if (Slot.IsBoxed) {
    // In a box, by `new auto(e)`; the liveness (and the flag) set once the
    // object is made, inside the making function (the box, made, cannot
    // fail then), which gives the object to name.
    std::string Object =
        "::corogen::detail::enter_box(false, " + slotAddress(E.Slot) +
        ", [&](void *corogen_at) { auto *corogen_object = ::new (corogen_at) auto(" +
        E.BoxedTypeName + rewritten(E.Begin, E.End) + "); " +
        (E.LiveId ? "this->corogen_live = " + std::to_string(E.LiveId) + "; " : "") +
        (Flag.empty() ? "" : Flag + "; ") + "return corogen_object; })";
    return E.XValue ? "::corogen::detail::as_xvalue(" + Object + ")" : Object;
  }
  return "(" + temporaryConstruction(E) + (Flag.empty() ? "" : ", (void)(" + Flag + ")") +
         ", static_cast<" + E.Text + ">(" + Slot.Name + "))";
}

std::string GeneratorEmitter::keptUse(int Slot, bool XValue) const {
  const FrameSlot &S = G.Slots[Slot];
  if (S.IsBoxed)
    return BoxedUses.at(Slot);
  std::string T = typeAlias(Slot);
  if (S.IsReference)
    return XValue ? "static_cast<" + T + " &&>(*" + S.Name + ")" : "(*" + S.Name + ")";
  return "static_cast<" + T + " &&>(" + S.Name + ")";
}

std::string GeneratorEmitter::groupPrefix(unsigned GroupId, const BodyEdit *&Last) {
  // The markers of one full-expression, in the order they run. Before each,
  // the operands evaluated before it (and the temporaries they make) are
  // kept in their slots, in order, under the guards of && || ?: it lies
  // under; then the generator suspends. The statement then runs with the
  // slots in the operands' places and each marker's value in its place.
  EmittedGroups.insert(GroupId);
  std::vector<const BodyEdit *> Group;
  for (const BodyEdit &E : G.Edits)
    if (E.Kind == EditKind::Suspend && E.Nested && E.Group == GroupId)
      Group.push_back(&E);
  std::sort(Group.begin(), Group.end(),
            [](const BodyEdit *A, const BodyEdit *B) { return A->Point < B->Point; });
  std::string Prefix;
  // The flags of the operands kept on one side of a condition only start
  // false (a loop runs the group again).
  for (const BodyEdit *Mark : Group) {
    for (int S : Mark->Slots)
      if (G.Slots[S].MadeFlag >= 0)
        Prefix += G.Slots[G.Slots[S].MadeFlag].Name + " = false; ";
    for (int Flag : Mark->MadeFlags)
      Prefix += G.Slots[Flag].Name + " = false; ";
  }
  for (const BodyEdit *Mark : Group) {
    const BodyEdit &E = *Mark;
    std::vector<const BodyEdit *> Steps;
    for (const BodyEdit &S : G.Edits)
      if ((S.Kind == EditKind::Spill || S.Kind == EditKind::Temporary ||
           S.Kind == EditKind::Guard) &&
          S.Point == E.Point)
        Steps.push_back(&S);
    std::sort(Steps.begin(), Steps.end(),
              [](const BodyEdit *A, const BodyEdit *B) { return A->Seq < B->Seq; });
    std::string Keep;
    unsigned Guards = 0;
    for (const BodyEdit *Step : Steps) {
      const BodyEdit &S = *Step;
      if (S.Kind == EditKind::Spill && S.Slot < 0) {
        // The left of a comma: it runs here, its value dropped.
        Keep += "(void)(" + rewritten(S.Begin, S.End) + "); ";
        replace(S.Begin, S.End, "(void)0");
        continue;
      }
      const FrameSlot &Slot = G.Slots[S.Slot];
      std::string Use;
      if (S.Kind == EditKind::Guard) {
        Use = keptUse(S.Slot, false);
      } else if (S.Kind == EditKind::Temporary) {
        // Made where the expression made it; it is then the slot.
        replace(S.Begin, S.End, madeTemporary(S));
        continue;
      } else if (Slot.IsBoxed) {
        // Kept in a box made by the operand's own text (its value, or its
        // address); named after the resume through the same text again.
        std::string Init = S.BoxedTypeName + rewritten(S.Begin, S.End);
        if (S.BoxAddress)
          Init = "::corogen::detail::ref_address(" + Init + ")";
        std::string Make = "[&](void *at) { return ::new (at) auto(" + Init + "); }";
        // (A lambda-expression: one text, in a member function of the
        // frame, makes one closure type.)
        if (S.MakeInMember) {
          std::string Maker = "corogen_make_" + std::to_string(S.Slot);
          Members += " auto " + Maker + "(void *corogen_at) { return ::new (corogen_at) auto(" +
                     Init + "); }";
          Make = "[&](void *at) { return this->" + Maker + "(at); }";
        }
        Keep += "(void)::corogen::detail::keep_in_box(" + slotAddress(S.Slot) + ", " + Make +
                ")" + liveUpdate(S.LiveId) + "; ";
        if (Slot.MadeFlag >= 0)
          Keep += G.Slots[Slot.MadeFlag].Name + " = true; ";
        std::string Object =
            "::corogen::detail::boxed_object(" + slotAddress(S.Slot) + ", " + Make + ")";
        if (!S.BoxAddress)
          Use = "::corogen::detail::as_xvalue(" + Object + ")";
        else if (S.XValue)
          Use = "::corogen::detail::as_xvalue(*" + Object + ")";
        else
          Use = "(*" + Object + ")";
        BoxedUses[S.Slot] = Use;
        replace(S.Begin, S.End, Use);
      } else {
        std::string Init = rewritten(S.Begin, S.End);
        if (Slot.IsReference)
          Keep += Slot.Name + " = ::corogen::detail::ref_address(" + Init + "); ";
        else
          Keep += temporaryConstruction(S) + "; ";
        if (Slot.MadeFlag >= 0)
          Keep += G.Slots[Slot.MadeFlag].Name + " = true; ";
        Use = keptUse(S.Slot, S.XValue);
        replace(S.Begin, S.End,
                S.CheckedOperand ? "::corogen::detail::checked_operand(" + Use + ")" : Use);
      }
      if (S.Guard != 0) {
        Keep += std::string("if (") + (S.Guard < 0 ? "!" : "") + "static_cast<bool>(" + Use +
                ")) { ";
        ++Guards;
      }
    }
    std::string Args = rewritten(E.ArgBegin, E.ArgEnd);
    std::string Suspend;
    if (E.RangeSlot >= 0) {
      // A temporary range, made in its slot and delegated to as an lvalue.
      const FrameSlot &R = G.Slots[E.RangeSlot];
      std::string Drop = R.LiveId == 0 ? ""
                                       : " ::corogen::detail::destroy_at(" + R.Name +
                                             "); this->corogen_live = " +
                                             std::to_string(R.PrevLiveId) + ";";
      Suspend = "{ " + construction(E.RangeSlot, InitStyle::SameType, Args, R.LiveId) + "; " +
                suspendBlock(E, R.Name) + " " + suspendValue(E, R.Name) + ";" + Drop + " } ";
      replace(E.Begin, E.End, "(void)0");
    } else {
      Suspend = "{ " + suspendBlock(E, Args) + " } ";
      replace(E.Begin, E.End, suspendValue(E, Args));
    }
    Prefix += Keep + Suspend + closeGuards(Guards);
  }
  Last = Group.back();
  return Prefix;
}

void GeneratorEmitter::emitNestedSuspend(const BodyEdit &First) {
  const BodyEdit *Last = nullptr;
  std::string Prefix = groupPrefix(First.Group, Last);
  const BodyEdit &E = *Last;
  if (E.InHeader) {
    // In a rewritten statement's header: the Hoist edit places it.
    HeaderParts[E.Group] = {Prefix, E.Slots.empty() ? "" : destroys(E.Slots, E.LiveAfter)};
    return;
  }
  if (E.Loop != LoopPart::None) {
    // A `for` whose condition and increment both suspend: one rebuilt loop.
    std::string IncPrefix;
    const BodyEdit *IncLast = nullptr;
    if (E.PairGroup != 0)
      IncPrefix = groupPrefix(E.PairGroup, IncLast);
    return emitLoop(E, Prefix, IncPrefix, IncLast);
  }
  if (E.KeepCondition) {
    // `{ prefix; bool c; c = static_cast<bool>(cond); destroy kept; if (c) S }`
    // (or a switch over c)
    std::string Name = condName(E.Group);
    std::string Cond = rewritten(E.CondBegin, E.CondEnd);
    replace(E.CondBegin, E.CondEnd, Name);
    insertBefore(E.StmtBegin, "{ " + Prefix + keptCondition(Name, Cond, E.CondType, E.CondTypeOfText) +
                                  destroys(E.Slots, E.LiveAfter) + " ");
    closeAt(E.StmtEnd, E.StmtBegin, " }");
    return;
  }
  // Before the statement: part of it (a replacement of text that ends there
  // keeps it); before a declaration, whose construction replaces its start,
  // part of what precedes it.
  if (E.WrapInBraces)
    insertBefore(E.StmtBegin, "{ " + Prefix);
  else if (E.Split) // (as in emitSuspend)
    closeAt(E.StmtBegin, 0, (E.Separator ? "; " : "") + Prefix);
  else
    insertAfter(E.StmtBegin, Prefix);
  // (In a declaration made of one statement per declarator, the end of the
  // declarator ends its statement.)
  std::string After =
      E.Slots.empty() ? "" : (E.Split ? "; " : " ") + destroys(E.Slots, E.LiveAfter);
  if (E.WrapInBraces)
    After += " }";
  if (!After.empty())
    closeAt(E.StmtEnd, E.StmtBegin, After);
}

void GeneratorEmitter::emitLoop(const BodyEdit &E, const std::string &Suspend,
                                const std::string &IncSuspend, const BodyEdit *IncLast) {
  // The label a `continue` of the body jumps to, when the body has one
  // (an unused label is a warning).
  bool Continued = llvm::any_of(G.Edits, [&](const BodyEdit &C) {
    return C.Kind == EditKind::ContinueGoto && C.Point == E.Group;
  });
  std::string Next = Continued ? continueLabel(E.Group) + ": " : "";
  // With kept operands that have destructors (KeepCondition), the condition
  // is evaluated into a bool and they die before the test: `bool c; c =
  // static_cast<bool>(cond); destroy kept; if (!c) break;`.
  std::string Keep = condName(E.Group);
  std::string Kept = E.KeepCondition ? destroys(E.Slots, E.LiveAfter) + " " : "";
  bool KeepCond = E.KeepCondition && E.Loop != LoopPart::ForInc;
  switch (E.Loop) {
  case LoopPart::None:
    return;
  case LoopPart::WhileCond:
    // A `continue` in the body suspends again, as re-evaluating c would.
    if (KeepCond) {
      std::string Cond = rewritten(E.CondBegin, E.CondEnd);
      replace(E.StmtBegin, E.BodyBegin,
              "for (;;) { " + Suspend + keptCondition(Keep, Cond) + Kept + "if (!" + Keep +
                  ") break; ");
    } else {
      replace(E.StmtBegin, E.CondBegin, "for (;;) { " + Suspend + "if (!(");
      replace(E.CondEnd, E.BodyBegin, ")) break; ");
    }
    closeAt(E.StmtEnd, E.StmtBegin, " }");
    return;
  case LoopPart::DoCond:
    replace(E.DoAt, E.DoAt + 2, "for (;;) {");
    if (KeepCond) {
      std::string Cond = rewritten(E.CondBegin, E.CondEnd);
      replace(E.WhileAt, E.StmtEnd,
              Next + Suspend + keptCondition(Keep, Cond) + Kept + "if (!" + Keep + ") break; }");
    } else {
      replace(E.WhileAt, E.CondBegin, Next + Suspend + "if (!(");
      replace(E.CondEnd, E.StmtEnd, ")) break; }");
    }
    return;
  case LoopPart::ForCond:
  case LoopPart::ForInc: {
    std::string Cond = rewritten(E.CondBegin, E.CondEnd);
    std::string Inc = rewritten(E.IncBegin, E.IncEnd);
    if (E.CondEnd > E.CondBegin)
      replace(E.CondBegin, E.CondEnd, "");
    if (E.IncEnd > E.IncBegin)
      replace(E.IncBegin, E.IncEnd, "");
    std::string Top = E.Loop == LoopPart::ForCond ? Suspend : "";
    if (!Cond.empty() && KeepCond)
      Top += keptCondition(Keep, Cond) + Kept + "if (!" + Keep + ") break; ";
    else if (!Cond.empty())
      Top += "if (!(" + Cond + ")) break; ";
    insertAfter(E.RParenAt + 1, " { " + Top);
    std::string Bottom = " " + Next + (E.Loop == LoopPart::ForInc ? Suspend : IncSuspend);
    // The increment's kept operands die at its end.
    const BodyEdit *IncGroup = E.Loop == LoopPart::ForInc ? &E : IncLast;
    std::string IncKept = IncGroup && IncGroup->KeepCondition
                              ? " " + destroys(IncGroup->Slots, IncGroup->LiveAfter)
                              : "";
    closeAt(E.BodyEnd, E.StmtBegin, Bottom + (Inc.empty() ? ";" : Inc + ";") + IncKept + " }");
    return;
  }
  }
}

void GeneratorEmitter::emitSuspend(const BodyEdit &E) {
  if (E.Nested) {
    // A group is emitted once, at the first of its edits to come.
    if (EmittedGroups.count(E.Group))
      return;
    // A `for` increment's group goes with its condition's.
    for (const BodyEdit &C : G.Edits)
      if (C.Kind == EditKind::Suspend && C.PairGroup == E.Group && E.Group != 0)
        return;
    return emitNestedSuspend(E);
  }
  std::string Args = rewritten(E.ArgBegin, E.ArgEnd);
  if (E.RangeSlot >= 0) {
    // The temporary range is made in its slot, delegated to as an lvalue,
    // and destroyed at the end of the statement.
    const FrameSlot &R = G.Slots[E.RangeSlot];
    std::string Make = "(void)::new (" + slotAddress(E.RangeSlot) + ") " +
                       typeAlias(E.RangeSlot) + "(" + Args + ")" + liveUpdate(R.LiveId) + ";";
    std::string Drop = R.LiveId == 0 ? ""
                                     : " ::corogen::detail::destroy_at(" + R.Name +
                                           "); this->corogen_live = " +
                                           std::to_string(R.PrevLiveId) + ";";
    replace(E.StmtBegin, E.StmtEnd,
            "{ " + Make + " " + suspendBlock(E, R.Name) + " " + suspendValue(E, R.Name) + ";" +
                Drop + " }");
    return;
  }
  if (E.FoldValues >= 0)
    return emitValueFold(E, Args);
  if (E.FoldSlot >= 0) {
    // `(CORO_YIELD(f(ts)), ...);` becomes a loop over the elements, whose
    // yield makes its value from element i, through a generic lambda whose
    // parameter has the pack's name: `for (i = 0; i != sizeof...(ts); ++i)
    // { at_index(i, [&](auto &&ts) { yield(f(ts)); }, ts...); <suspend> }`.
    // (A delegation, `(CORO_YIELD_FROM(gs), ...);`, starts with element i
    // the same way, `if (at_index<bool>(i, [&](auto &&gs) { return
    // delegate(gs); }, gs...)) { <suspend> }`, then reads its result.)
    std::string I = "this->" + G.Slots[E.FoldSlot].Name;
    // (A pattern around the marker, `(g(CORO_YIELD(f(ts))), ...);`, runs
    // after the resume, in element i's turn, with the marker's value in
    // its place, `at_index(i, [&](auto &&ts) { g(<value>); }, ts...);`,
    // where the value's type, if only the instantiation shows it, must
    // have no destructor: dies_unseen. A bare delegation reads its result.)
    std::string Value;
    std::string Step = foldStep(E, Args, Value);
    if (Value.empty() && E.Guarded)
      Value = "(void)0"; // (a yield whose value, nothing, is dropped)
    // (A kept operand's values: made before the loop, destroyed after it.)
    std::string Before, After;
    foldSlots(E, Before, After);
    if (!After.empty())
      After = " " + After;
    std::string Target;
    if (E.FoldTarget >= 0) {
      // `(std::cout << ... << CORO_YIELD(ts));`: the object on the left
      // first, then each turn its step, `target = fold_target(target,
      // *target << (<pattern>));`.
      Target = "this->" + G.Slots[E.FoldTarget].Name;
      Before += Target + " = ::std::addressof(" + rewritten(E.TargetBegin, E.TargetEnd) + "); ";
    }
    // (With a guard, `((ok(ts) && CORO_YIELD(ts)), ...);`, the pattern runs
    // in the turn that does not suspend too, with its condition's value in
    // its place, `(false && <value>)`: what does not run there stays
    // unevaluated.)
    auto Then = [&](bool Passed) -> std::string {
      std::string Checks = Passed ? patternValueCheck(Value) + madeChecks(E, Value) : "";
      std::string Pattern = E.PatternEnd != 0 ? patternText(E, Value, 0, 0, Passed) : "";
      if (E.FoldTarget >= 0)
        return atIndex(E, "",
                       Checks + Target + " = ::corogen::detail::fold_target(" + Target + ", *" +
                           Target + " " + E.FoldOperator + " (" + Pattern + "));");
      if (E.PatternEnd != 0)
        return atIndex(E, "", Checks + (E.Guarded ? "(void)(" + Pattern + ")" : Pattern) + ";");
      if (!Value.empty())
        return atIndex(E, "", "(void)" + Value + ";");
      return "";
    };
    if (E.Guarded)
      Step = guardedTurn(E, Value, Step + " " + Then(true) + ";", Then(false) + ";");
    else if (std::string Passed = Then(true); !Passed.empty())
      Step += " " + Passed + ";";
    std::string Loop =
        "for (" + I + " = 0; " + I + " != " + E.FoldCount + "; ++" + I + ") { " + Step + " }";
    replace(E.StmtBegin, E.StmtEnd,
            Before.empty() && After.empty() ? Loop : "{ " + Before + Loop + After + " }");
    return;
  }
  std::string Block = suspendBlock(E, Args);
  std::string Value = suspendValue(E, Args);
  if (!E.ValueUsed) {
    // `CORO_YIELD(x);` becomes the block; a delegation then reads (and so
    // releases) the sub-generator's result.
    replace(E.StmtBegin, E.StmtEnd, "{ " + Block + (Value.empty() ? "" : " " + Value + ";") + " }");
    return;
  }
  if (E.WrapInBraces) {
    // `v = CORO_YIELD(x);`: suspend, then assign the value.
    std::string Stmt = rewritten(E.StmtBegin, E.Begin) + Value + rewritten(E.End, E.StmtEnd);
    replace(E.StmtBegin, E.StmtEnd, "{ " + Block + " " + Stmt + " }");
    return;
  }
  // `T v = CORO_YIELD(x);`: suspend before the declaration, which keeps its
  // scope, then initialise v with the value.
  // (In a declaration made of one statement per declarator, at its
  // declarator once every replacement is made: after the previous
  // declarator's construction, or a header's text that ends where the
  // declaration starts.)
  if (E.Split)
    closeAt(E.StmtBegin, 0, (E.Separator ? "; { " : "{ ") + Block + " } ");
  else
    insertAfter(E.StmtBegin, "{ " + Block + " } ");
  replace(E.Begin, E.End, Value);
}

std::string GeneratorEmitter::atIndex(const BodyEdit &E, StringRef R, StringRef Body) const {
  std::string I = "this->" + G.Slots[E.FoldSlot].Name, Pack = E.FoldElements;
  // (With a kept operand, or values of per-element types, the element's
  // place too, `corogen_at`.)
  // (Without a function parameter pack, through the place alone.)
  if (Pack.empty())
    return "::corogen::detail::at_place<" +
           (R.empty() ? "void" : R.drop_front().drop_back().str()) + ", " + E.FoldCount + ">(" + I +
           ", [&]([[maybe_unused]] auto corogen_at) { " + Body.str() + " })";
  if (E.FoldKept >= 0 || E.FoldTuple || E.FoldPositions)
    return "::corogen::detail::at_position" + R.str() + "(" + I +
           ", [&]([[maybe_unused]] auto corogen_at, [[maybe_unused]] auto &&" + Pack + ") { " +
           Body.str() + " }, " + Pack + "...)";
  return "::corogen::detail::at_index" + R.str() + "(" + I + ", [&]([[maybe_unused]] auto &&" +
         Pack + ") { " + Body.str() + " }, " + Pack + "...)";
}

std::string GeneratorEmitter::patternText(const BodyEdit &E, StringRef Value, Offset From,
                                          Offset To, bool Passed) const {
  // [From, To) of the pattern (all of it by default), the marker's value
  // in its place, and the kept operands, where they lie inside, read from
  // the frame, `kept.template get<decltype(corogen_at)::value, j>()`; a
  // guard's condition, its value as the turn's test found it.
  if (To == 0)
    From = E.PatternBegin, To = E.PatternEnd;
  std::vector<Piece> Pieces;
  for (size_t J = 0; J != E.Kept.size(); ++J)
    Pieces.push_back({E.Kept[J].first, E.Kept[J].second,
                      "this->" + G.Slots[E.FoldKept].Name +
                          ".template get<decltype(corogen_at)::value, " + std::to_string(J) +
                          ">()"});
  if (E.Guarded)
    Pieces.push_back({E.GuardBegin, E.GuardEnd, Passed == E.GuardWhen ? "true" : "false"});
  Pieces.push_back({E.Begin, E.End, Value.str()});
  // (A held temporary around such a part: its text's start and end, where
  // both lie inside; at one offset, what ends there first, the inner one
  // first, then what starts there, the outer one first.)
  std::vector<std::pair<const BodyEdit *, bool>> Ends;
  for (const BodyEdit &H : G.Edits)
    if (H.Kind == EditKind::Hold && H.MoveArg && H.Point == E.Point && From <= H.Begin &&
        H.End <= To) {
      Ends.push_back({&H, true});
      Ends.push_back({&H, false});
    }
  auto At = [](const std::pair<const BodyEdit *, bool> &X) {
    return X.second ? X.first->Begin : X.first->End;
  };
  llvm::stable_sort(Ends, [&](const auto &A, const auto &B) {
    if (At(A) != At(B))
      return At(A) < At(B);
    if (A.second != B.second)
      return !A.second;
    return A.second ? A.first->End > B.first->End : A.first->Begin > B.first->Begin;
  });
  std::vector<Piece> Marks;
  for (const auto &X : Ends)
    Marks.push_back({At(X), At(X), X.second ? X.first->Text : std::string("))")});
  // (Before a part that starts where they stand.)
  Pieces.insert(Pieces.begin(), Marks.begin(), Marks.end());
  llvm::stable_sort(Pieces, [](const Piece &A, const Piece &B) { return A.Begin < B.Begin; });
  return rewrittenWith(From, To, Pieces);
}

std::string GeneratorEmitter::rewrittenWith(Offset From, Offset To, ArrayRef<Piece> Pieces) const {
  std::string Out;
  Offset At = From;
  for (const Piece &P : Pieces) {
    if (P.Begin < At || P.End > To)
      continue;
    Out += rewritten(At, P.Begin) + P.Text;
    At = P.End;
  }
  return Out + rewritten(At, To);
}

void GeneratorEmitter::foldSlots(const BodyEdit &E, std::string &Make, std::string &Drop) const {
  auto Made = [&](int Slot) {
    return "(void)::new (" + slotAddress(Slot) + ") " + typeAlias(Slot) + "()" +
           liveUpdate(G.Slots[Slot].LiveId) + "; ";
  };
  std::vector<int> Dying;
  if (E.FoldOuter >= 0) {
    // (`std::cout << "sum "` of `std::cout << "sum " << (0 + ... + p);`:
    // made once, before the turns, `outer.template make<0>([&]() ->
    // decltype(auto) { return (std::cout << "sum "); });`.)
    Make += Made(E.FoldOuter) + "this->" + G.Slots[E.FoldOuter].Name +
            ".template make<0>([&]() -> decltype(auto) { return (" +
            rewritten(E.OuterBegin, E.OuterEnd) + "); }); ";
    Dying.push_back(E.FoldOuter);
  }
  if (E.FoldKept >= 0) {
    Make += Made(E.FoldKept);
    Dying.push_back(E.FoldKept);
  }
  if (E.FoldObjects && !E.ValuesKept) {
    Make += Made(E.FoldValues);
    if (G.Slots[E.FoldValues].LiveId != 0)
      Dying.push_back(E.FoldValues);
  }
  if (!Dying.empty())
    Drop = destroys({Dying.rbegin(), Dying.rend()}, E.LiveAfter);
}

void GeneratorEmitter::holdTemporaries() {
  // `held_place(held.v[i] = (<text>))` in place of each that holds
  // none of the parts the fold writes on its own (the marker, a kept
  // operand, the guard's condition), an inner one first, which an outer
  // one's text then takes in; patternText writes the others.
  std::vector<const BodyEdit *> Holds;
  for (const BodyEdit &E : G.Edits)
    if (E.Kind == EditKind::Hold && !E.MoveArg)
      Holds.push_back(&E);
  llvm::stable_sort(Holds, [](const BodyEdit *A, const BodyEdit *B) {
    return A->Begin != B->Begin ? A->Begin > B->Begin : A->End < B->End;
  });
  for (const BodyEdit *E : Holds)
    replace(E->Begin, E->End, E->Text + rewritten(E->Begin, E->End) + "))");
}

std::string GeneratorEmitter::madeChecks(const BodyEdit &E, StringRef Value) const {
  std::string Out;
  // (A part of a guard's condition as it is written: what it makes lives
  // to the end of the fold in C++, the turn's test ends it.)
  for (const auto &[Begin, End] : E.FoldChecked)
    Out += "static_assert(::corogen::detail::made_dies_unseen<decltype((" +
           (E.Guarded && Begin >= E.GuardBegin && End <= E.GuardEnd
                ? rewritten(Begin, End)
                : patternText(E, Value, Begin, End)) +
           "))>::value, \"corogen: this part of a fold's pattern makes an object whose type has a "
           "destructor, which C++ keeps to the end of the whole fold, past the later elements' "
           "suspensions: loop over the elements instead\"); ";
  // (A kept operand's text as it is written, which it makes before the
  // suspension.)
  for (const auto &[Begin, End] : E.FoldRefChecked) {
    bool Kept = llvm::is_contained(E.Kept, std::make_pair(Begin, End));
    Out += "static_assert(::corogen::detail::refers_to_nothing<decltype((" +
           (Kept ? rewritten(Begin, End) : patternText(E, Value, Begin, End)) +
           "))>::value, \"corogen: this part of a fold's pattern keeps its value past the "
           "element's turn, and that value may refer to a temporary that an operand of a type "
           "that depends on a template parameter makes, which C++ keeps to the end of the whole "
           "fold but the turn ends: make that operand a variable first, or loop over the "
           "elements instead\"); ";
  }
  return Out;
}

std::string GeneratorEmitter::keptMade(const BodyEdit &E, bool BeforeGuard) const {
  // (In the order they are made; with a guard, the first KeptBeforeGuard
  // before its test, the rest after it.)
  std::string Out;
  for (size_t J = 0; J != E.Kept.size(); ++J)
    if ((E.Guarded && J < E.KeptBeforeGuard) == BeforeGuard)
      Out += "this->" + G.Slots[E.FoldKept].Name + ".template make<decltype(corogen_at)::value, " +
             std::to_string(J) + ">([&]() -> decltype(auto) { return (" +
             rewritten(E.Kept[J].first, E.Kept[J].second) + "); }); ";
  return Out;
}

std::string GeneratorEmitter::guardedTurn(const BodyEdit &E, StringRef Value, StringRef Passed,
                                          StringRef Failed) const {
  // `if (at_index<bool>(i, [&](auto &&ts) { return static_cast<bool>(ok(ts));
  // }, ts...)) { <Passed> } else { <Failed> }` (`!` for a guard that lets
  // the marker run where its condition is false), after an operand kept
  // before the condition; the suspension's label inside the first block.
  // (An `&&` or `||` of types that only the instantiation shows is checked
  // there to be the built-in one.)
  std::string Cond = rewritten(E.GuardBegin, E.GuardEnd);
  std::string Check;
  if (E.GuardChecked)
    Check = "static_assert(::corogen::detail::builtin_logical<decltype((" + Cond +
            ")), decltype((" + patternText(E, Value, E.ArmBegin, E.ArmEnd) +
            "))>::value, \"corogen: this && or || in a fold's pattern runs a marker under a "
            "condition, which corogen tests in the element's turn; its operands must be of "
            "arithmetic or pointer types, whose && and || are the built-in ones; convert each "
            "to bool yourself, `static_cast<bool>(...)`\"); ";
  std::string Test = atIndex(E, "<bool>",
                             keptMade(E, true) + Check + "return " + (E.GuardWhen ? "" : "!") +
                                 "static_cast<bool>(" + Cond + ");");
  return "if (" + Test + ") { " + Passed.str() + " } else { " + Failed.str() + " }";
}

std::string GeneratorEmitter::patternValueCheck(StringRef Value) {
  return "static_assert(::corogen::detail::dies_unseen<decltype(" + Value.str() +
         ")>::value, \"corogen: the value of this marker, in the pattern of a fold, would live in "
         "C++ to the end of the whole fold, past the later elements' suspensions, and its type "
         "has a destructor: loop over the elements instead\"); ";
}

std::string GeneratorEmitter::foldStep(const BodyEdit &E, const std::string &Args,
                                       std::string &Value) const {
  Value = suspendValue(E, Args);
  return E.SuspendKind == PointKind::Yield
             ? atIndex(E, "", keptMade(E) + "this->corogen_yield(" + Args + ");") + "; " +
                   suspension(E)
             : "if (" +
                   atIndex(E, "<bool>",
                           keptMade(E) + "return this->corogen_delegate(" + Args + ");") +
                   ") { " + suspension(E) + " }";
}

void GeneratorEmitter::emitValueFold(const BodyEdit &E, const std::string &Args) {
  // `int n = (0 + ... + int(CORO_YIELD(ts)));`: before the statement, a
  // loop over the elements, each turn keeping its pattern's value, `for (i
  // = 0; i != sizeof...(ts); ++i) { <yield element i; suspend> values.v[i]
  // = at_index<int>(i, [&](auto &&ts) { return int(<value>); }, ts...); }`
  // (for `&&` and `||`, while the values so far leave the fold open); the
  // statement then reads the fold of the values, in the fold's own shape,
  // `fold_values(values, [&](auto &&...corogen_v) { return (0 + ... +
  // corogen_v); })`.
  std::string I = "this->" + G.Slots[E.FoldSlot].Name;
  std::string Values = "this->" + G.Slots[E.FoldValues].Name;
  std::string Value;
  std::string Step = foldStep(E, Args, Value);
  if (Value.empty())
    Value = "(void)0"; // (a yield whose value, nothing, is dropped)
  // (Where the pattern holds more than the marker, its value, if only the
  // instantiation shows its type, must have no destructor, as in a fold
  // over `,`.)
  std::string Check;
  if (E.PatternBegin != E.Begin || E.PatternEnd != E.End)
    Check = patternValueCheck(Value);
  Check += madeChecks(E, Value);
  // (Objects, `f(std::string(CORO_YIELD(ts))...)`: the runtime's
  // fold_slots, made before the loop, makes each in its turn, `values.make(i,
  // [&] { return at_index<V>(...); });`, and is destroyed at the end of the
  // statement, Drop; each is passed as an xvalue.)
  std::string Make, Drop, AsValue = "static_cast<" + E.FoldValueType + ">";
  foldSlots(E, Make, Drop);
  // (The operand kept before the fold is read in its place, `outer.template
  // get<0>()`.)
  std::string Outer;
  if (E.FoldOuter >= 0)
    Outer = "this->" + G.Slots[E.FoldOuter].Name + ".template get<0>()";
  if (E.FoldTuple)
    AsValue = "static_cast<decltype(corogen_v) &&>";
  else if (E.FoldObjects)
    AsValue = "static_cast<" + E.FoldValueType + " &&>";
  // (With a guard, a turn that does not suspend keeps the pattern's value
  // too, its condition's value in its place.)
  auto Keep = [&](bool Passed) -> std::string {
    std::string Checks = Passed ? Check : "";
    std::string Pattern = patternText(E, Value, 0, 0, Passed);
    if (E.FoldTuple)
      // (One type per element: `at_position(i, [&](auto at, auto &&ts) {
      // values.template make<decltype(at)::value>([&]() -> decltype(auto) {
      // return (<pattern>); }); }, ts...);`, each passed as the pattern's
      // decltype names it; beside kept operands, the last of the element's
      // group, `make<decltype(at)::value, j>`.)
      return atIndex(E, "",
                     Checks + Values + ".template make<decltype(corogen_at)::value" +
                         (E.ValuesKept ? ", " + std::to_string(E.Kept.size()) : "") +
                         ">([&]() -> decltype(auto) { return (" + Pattern + "); });") +
             ";";
    std::string Kept = atIndex(E, "<" + E.FoldValueType + ">", Checks + "return " + Pattern + ";");
    if (E.FoldObjects)
      return Values + ".make(" + I + ", [&] { return " + Kept + "; });";
    return Values + ".v[" + I + "] = " + Kept + ";";
  };
  std::string Turn = E.Guarded ? guardedTurn(E, Value, Step + " " + Keep(true), Keep(false))
                               : Step + " " + Keep(true);
  std::string Go = I + " != " + E.FoldCount;
  if (E.FoldStop != 0)
    Go += " && (" + I + " == 0 || " + (E.FoldStop > 0 ? "" : "!") + "static_cast<bool>(" + Values +
          ".v[" + I + " - 1]))";
  std::string Loop = Make + "for (" + I + " = 0; " + Go + "; ++" + I + ") { " + Turn + " }";
  std::string Folded;
  if (!E.FoldList) {
    // (Each value a prvalue of its type, as the pattern's was; a call's
    // result as it is, a reference too.)
    // (A variable's parenthesised initialiser makes its type of them,
    // `Point p(fold_values(values, [&](auto &&...v) -> decltype(auto) {
    // return Point(x, static_cast<int>(v)...); }));`.)
    std::string Made = rewritten(E.FoldBegin, E.PatternBegin) + AsValue + "(corogen_v)" +
                       rewritten(E.PatternEnd, E.FoldEnd);
    if (!E.FoldMakes.empty())
      Made = E.FoldMakes + "(" + Made + ")";
    Folded = (E.ValuesKept
                  ? "::corogen::detail::fold_group_values<" + std::to_string(E.Kept.size()) + ">("
                  : std::string("::corogen::detail::fold_values(")) +
             Values + ", [&](auto &&...corogen_v) -> decltype(auto) { return " + Made + "; })";
  } else {
    // A braced list's elements, evaluated first to last, read the kept
    // values in turn, the index counting again from 0 (the pack's name
    // keeps the pattern an expansion): `int dummy[] = {0,
    // (static_cast<void>(ts), static_cast<int>(values.v[i++]))...};`.
    Loop += " " + I + " = 0;";
    Folded = rewritten(E.FoldBegin, E.PatternBegin) + "(static_cast<void>(" + E.FoldPackUse +
             "), " + AsValue + "(" + Values +
             (E.FoldObjects ? ".at(" + I + "++)" : ".v[" + I + "++]") + "))" +
             rewritten(E.PatternEnd, E.FoldEnd);
  }
  // (In a condition, what the turns keep dies once it is tested, as C++
  // ends the temporaries of the condition before the statement goes on:
  // `tested(static_cast<bool>(c), [&] { <drop> })`.)
  // (The operand kept before the fold read in its place.)
  std::vector<Piece> Pieces{{E.FoldBegin, E.FoldEnd, Folded}};
  if (E.FoldOuter >= 0)
    Pieces.insert(E.OuterEnd <= E.FoldBegin ? Pieces.begin() : Pieces.end(),
                  {E.OuterBegin, E.OuterEnd, Outer});
  auto Tested = [&]() {
    std::string Cond = rewrittenWith(E.CondBegin, E.CondEnd, Pieces);
    return Drop.empty()
               ? Cond
               : "::corogen::detail::tested(static_cast<bool>(" + Cond + "), [&] { " + Drop + " })";
  };
  if (E.FoldInCondition && E.Loop == LoopPart::WhileCond) {
    // `while (c) body` becomes `for (;;) { <loop> if (!(c)) break; body }`:
    // each test, a `continue`'s too, runs the turns again.
    std::string Cond = Tested();
    replace(E.StmtBegin, E.CondBegin, "for (;;) { " + Loop + " if (!(");
    replace(E.CondBegin, E.CondEnd, Cond);
    replace(E.CondEnd, E.BodyBegin, ")) break; ");
    closeAt(E.StmtEnd, E.StmtBegin, " }");
    return;
  }
  if (E.FoldInCondition && E.Loop == LoopPart::DoCond) {
    // `do body while (c);` becomes `for (;;) { body <loop> if (!(c))
    // break; }`, where a `continue` of the body goes (ContinueGoto).
    bool Continued = llvm::any_of(G.Edits, [&](const BodyEdit &C) {
      return C.Kind == EditKind::ContinueGoto && C.Point == E.Point;
    });
    std::string Cond = Tested();
    replace(E.DoAt, E.DoAt + 2, "for (;;) {");
    replace(E.WhileAt, E.CondBegin,
            (Continued ? continueLabel(E.Point) + ": " : "") + Loop + " if (!(");
    replace(E.CondBegin, E.CondEnd, Cond);
    replace(E.CondEnd, E.StmtEnd, ")) break; }");
    return;
  }
  if (E.FoldInCondition && E.Loop == LoopPart::ForCond) {
    // `for (i; c; n) body` becomes `for (i; ; n) { <loop> if (!(c)) break;
    // body }`, the increment where it was, after a `continue` too.
    std::string Cond = Tested();
    replace(E.CondBegin, E.CondEnd, "");
    insertAfter(E.RParenAt + 1, " { " + Loop + " if (!(" + Cond + ")) break; ");
    closeAt(E.BodyEnd, E.StmtBegin, " }");
    return;
  }
  if (E.FoldInCondition) {
    // `if ((0 + ... + p) > 3) ...`: the loop, then the statement, whose
    // branches keep their own edits. (A switch keeps nothing that dies.)
    insertBefore(E.StmtBegin, "{ " + Loop + " ");
    if (E.CondEnd != 0)
      replace(E.CondBegin, E.CondEnd, Tested());
    else
      replace(E.FoldBegin, E.FoldEnd, Folded);
    closeAt(E.StmtEnd, E.StmtBegin, " }");
    return;
  }
  if (E.WrapInBraces) {
    // A statement of its own, or an assignment: the loop, then it (the
    // operand kept before the fold read in its place).
    std::string Stmt = rewrittenWith(E.StmtBegin, E.StmtEnd, Pieces);
    replace(E.StmtBegin, E.StmtEnd,
            "{ " + Loop + " " + Stmt + (Drop.empty() ? "" : " " + Drop) + " }");
    return;
  }
  // `T v = (...);`: the loop before the declaration, which keeps its scope
  // (and, of objects, their destruction after it).
  insertAfter(E.StmtBegin, "{ " + Loop + " } ");
  replace(E.FoldBegin, E.FoldEnd, Folded);
  if (E.FoldOuter >= 0)
    replace(E.OuterBegin, E.OuterEnd, Outer);
  if (!Drop.empty())
    closeAt(E.StmtEnd, E.StmtBegin, " " + Drop);
}

void GeneratorEmitter::emitReturn(const BodyEdit &E) {
  replace(E.Begin, E.ArgBegin,
          std::string("{ this->corogen_return(") + (E.MoveArg ? "::std::move(" : ""));
  replace(E.ArgEnd, E.StmtEnd, std::string(E.MoveArg ? ")" : "") + "); return; }");
}

void GeneratorEmitter::emitScopeExit(const BodyEdit &E) {
  std::string D = destroys(E.Slots, E.LiveAfter);
  if (E.Kind == EditKind::DestroyBeforeJump) {
    insertBefore(E.Begin, "{ " + D + " ");
    closeAt(E.End, E.Begin, " }");
    return;
  }
  if (E.WrapInBraces) {
    insertBefore(E.StmtBegin, "{ ");
    closeAt(E.Begin, E.StmtBegin, " " + D + " }");
    return;
  }
  insertBefore(E.Begin, D + " ");
}

std::string GeneratorEmitter::bindText(const BodyEdit &E) const {
  const FrameSlot &S = G.Slots[E.Slot];
  if (!S.IsReference) // a runtime `binding`, made from the object (and an accessor)
    return " (void)::new (" + slotAddress(E.Slot) + ") " + typeAlias(E.Slot) +
           "(::corogen::detail::bound_object(" + slotRef(E.RangeSlot) + ")" +
           (E.Text.empty() ? "" : ", " + E.Text) + ")" + liveUpdate(S.LiveId) + ";";
  std::string Arg = slotRef(E.RangeSlot);
  if (E.MoveArg)
    Arg = "static_cast<" + typeAlias(E.RangeSlot) + " &&>(" + Arg + ")";
  std::string Get = E.Text.empty()
                        ? Arg + ".template get<" + std::to_string(E.Point) + ">()"
                        : E.Text + "<" + std::to_string(E.Point) + ">(" + Arg + ")";
  return " " + G.Slots[E.Slot].Name + " = ::corogen::detail::ref_address(" + Get + ");";
}

std::pair<std::string, std::string> GeneratorEmitter::boxedBinding(BoxBinding How,
                                                                  const BoxEntry &B,
                                                                  int Slot) const {
  std::string Enter = enterBox(B, Slot);
  switch (How) {
  case BoxBinding::Object:
    return {Enter + "auto(", "); })"};
  case BoxBinding::Address:
  case BoxBinding::Xvalue:
    // (As the value category of e says: an xvalue still binds as one.)
    return {std::string(How == BoxBinding::Xvalue ? "::std::move(" : "(") + "*" + Enter +
                "auto(::corogen::detail::ref_address(",
            ")); }))"};
  case BoxBinding::Temporary:
    // (As an xvalue, as a temporary binds.)
    return {"::std::move(" + Enter + "auto((", ")); }))"};
  case BoxBinding::Bound:
  case BoxBinding::BoundDeclared: {
    // (`bound_value<decltype(make())>`, which is `decltype((e))`, without
    // e's text, which may hold a lambda; for BoundDeclared, `decltype(e)`,
    // as `decltype(auto)` deduces it, or, of a variable of the generator,
    // which the lambda names through a reference of its own, the
    // variable's declared type, spelled: B.Declared. The bindings that the
    // text needs declared again are declared in `make`, which no lambda
    // could capture.)
    BoxEntry Outer = B;
    Outer.Prologue.clear();
    bool Bound = How == BoxBinding::Bound;
    return {boxLambda(Outer, Slot) + "auto corogen_make = [&]() -> " +
                (Bound || B.Declared.empty() ? "decltype(auto)" : B.Declared) + " { " + B.Prologue +
                "return " + (Bound ? "(" : ""),
            std::string(Bound ? ")" : "") +
                "; }; return ::new (corogen_at) "
                "::corogen::detail::bound_value<decltype(corogen_make())>(corogen_make); })" +
                (Bound ? ".get()" : "")};
  }
  }
  return {};
}

std::string GeneratorEmitter::boxedRange(const BodyEdit &E, std::string &Close,
                                         std::string &Iters) {
  // `{ auto &&r = <range's box>; auto &b = <box of range_begin(r)>; auto &e
  // = <box of range_end(r)>; for (; b != e; ++b) { ... } }`, each box
  // declared as a boxed local is, in its region.
  std::string Range = boxedName(E.RangeSlot), Begin = boxedName(E.BeginSlot),
              End = boxedName(E.EndSlot);
  BoxEntry R = boxEntry(E.RangeRegion, Range, G.Slots[E.RangeSlot].LiveId);
  R.Captures = E.Captures;
  R.Prologue += E.Rebinds;
  auto Bind = boxedBinding(E.RangeBinding, R, E.RangeSlot);
  // (`for (x : {a, b})`: `const auto &range = <box of braced_range{a,
  // b}>`, whose elements are copy-initialised from the list's, as the
  // list's array is, and const, as its elements are; before C++17,
  // `decltype(braced_range_of(a, b)){a, b}`.)
  // (With an element that is a braced list: the element type that the
  // others deduce, and the list's length, written; the list in braces of
  // its own, the array's, so that a first element in braces initialises
  // the first element, not the array.)
  if (E.RangeListByThunks) {
    // (With a lambda-expression among them, each element not in braces
    // becomes a call of a function that returns it, `corogen_element_0()`,
    // defined first in the making function: the element type is what the
    // calls deduce, and the list, in place, calls them in its order.)
    std::string Thunks, Calls;
    for (size_t I = 0; I != E.DeducingElements.size(); ++I) {
      auto [ElemBegin, ElemEnd] = E.DeducingElements[I];
      std::string Name = "corogen_element_" + std::to_string(I);
      Thunks += "auto " + Name + " = [&]() { return " + rewritten(ElemBegin, ElemEnd) + "; }; ";
      Calls += (I == 0 ? "" : ", ") + Name + "()";
      replace(ElemBegin, ElemEnd, Name + "()");
    }
    Bind = {boxLambda(R, E.RangeSlot) + Thunks +
                "return ::new (corogen_at) ::corogen::detail::braced_range<typename decltype("
                "::corogen::detail::braced_range_of(" +
                Calls + "))::element_type, " + std::to_string(E.ListCount) + ">{",
            "}; })"};
  } else if (!E.DeducingElements.empty()) {
    std::string Deducing;
    for (const auto &D : E.DeducingElements)
      Deducing += (Deducing.empty() ? "" : ", ") + rewritten(D.first, D.second);
    Bind = {enterBox(R, E.RangeSlot) + "::corogen::detail::braced_range<typename decltype(" +
                "::corogen::detail::braced_range_of(" + Deducing + "))::element_type, " +
                std::to_string(E.ListCount) + ">{",
            "}; })"};
  } else if (E.RangeListByDecltype)
    Bind = {enterBox(R, E.RangeSlot) + "decltype(::corogen::detail::braced_range_of(" +
                rewritten(E.InitBegin + 1, E.InitEnd - 1) + "))",
            "; })"};
  else if (E.RangeIsList)
    Bind = {enterBox(R, E.RangeSlot) + "::corogen::detail::braced_range", "; })"};
  Close = Bind.second + ";" + R.after();
  // (A part of a temporary, `Local{...}.items`: `auto &&range =
  // std::move(<box of the temporary>).items;`, the box around the
  // temporary's text alone.)
  if (E.PartEnd != 0) {
    Bind.first = rewritten(E.InitBegin, E.PartBegin) + Bind.first +
                 rewritten(E.PartBegin, E.PartEnd) + Bind.second +
                 rewritten(E.PartEnd, E.InitEnd);
    replace(E.InitBegin, E.InitEnd, "");
    Close = ";" + R.after();
  }
  for (int I = 0; I != 2; ++I) {
    int Slot = I == 0 ? E.BeginSlot : E.EndSlot;
    std::string Var = I == 0 ? Begin : End;
    BoxEntry It = boxEntry(E.RangeRegion + 1 + I, Var, G.Slots[Slot].LiveId);
    auto Make = boxedBinding(BoxBinding::Object, It, Slot);
    Iters += " " + It.Label + "auto &" + Var + " = " + Make.first + "::corogen::detail::range_" +
             (I == 0 ? "begin" : "end") + "(" + Range + ", 0)" + Make.second + ";" + It.after();
  }
  Iters += " for (; " + Begin + " != " + End + "; ++" + Begin + ") {";
  return R.Label + (E.RangeIsList                         ? "const auto &"
                    : E.RangeBinding == BoxBinding::Object ? "auto &"
                                                           : "auto &&") +
         Range + " = " + Bind.first;
}

std::string GeneratorEmitter::boxedLoopVar(const BodyEdit &E, const std::string &Begin) {
  // Made at the top of each iteration from `*begin`, in its region.
  const FrameSlot &V = G.Slots[E.LoopVarSlot];
  BoxEntry L = boxEntry(E.LoopVarRegion, V.SourceName, V.LiveId);
  std::string Deref = "*" + Begin;
  std::string Type = StringRef(rewritten(E.ArgBegin, E.VarNameAt)).trim().str();
  // (A structured binding, `auto [a, b]`, keeps its object in the box,
  // named `corogen_bindings_object`, and `auto &[a, b] = <it>;` binds its
  // bindings again each time the box is entered, before the dispatch.)
  std::string Object = boundObject(E, V.SourceName);
  if (!E.Bindings.Slots.empty())
    L.After += boundOnce(E, L, Object);
  else if (E.Bindings.End != 0)
    L.After = rebinding(E, Type, E.VarNameAt, E.LoopVarBinding, Object) + L.After;
  if (E.LoopVarBinding != BoxBinding::Object) {
    auto Bind = boxedBinding(E.LoopVarBinding, L, E.LoopVarSlot);
    std::string Declared =
        E.Bindings.End != 0 ? Type + " " + V.SourceName : rewritten(E.ArgBegin, E.ArgEnd);
    return " " + L.Label + Declared + " = " + Bind.first + Deref + Bind.second + ";" + L.after();
  }
  // (`auto v = *begin;` deduces as `new auto(*begin)` does.)
  std::string Make = E.Bindings.Object ? bindingObjectType(Deref) + "(" + Deref + ")"
                     : E.LoopVarAuto
                         ? Type + "(" + Deref + ")"
                         : Type + "(::corogen::detail::copy_init<" + Type + ">(" + Deref + "))";
  return " " + L.Label + "auto &" + V.SourceName + " = " + enterBox(L, E.LoopVarSlot) + Make +
         "; });" + L.after();
}

void GeneratorEmitter::emitRangeFor(const BodyEdit &E) {
  const FrameSlot &Range = G.Slots[E.RangeSlot];
  std::string RangeRef = slotRef(E.RangeSlot) + (E.RangeBound ? ".lvalue()" : "");
  std::string Begin = G.Slots[E.BeginSlot].Name, End = G.Slots[E.EndSlot].Name;
  std::string Open = Range.IsReference ? Range.Name + " = ::corogen::detail::ref_address("
                                       : "(void)::new (" + slotAddress(E.RangeSlot) + ") " +
                                             typeAlias(E.RangeSlot) + "(";
  if (E.RangeBound)
    Open += wrapping(E, "() -> decltype(auto)") + "return (";
  if (E.RangeIsList) // the braced list initialises the array in place
    Open = "(void)::new (" + slotAddress(E.RangeSlot) + ") " + typeAlias(E.RangeSlot);
  if (E.PartEnd != 0 && E.RangeRegion == 0) {
    // (A part of a temporary: the slot keeps the temporary, made from its
    // text, and the loop iterates over the part, the text around it.)
    RangeRef = "(" + rewritten(E.InitBegin, E.PartBegin) + RangeRef +
               rewritten(E.PartEnd, E.InitEnd) + ")";
    if (E.PartBegin != E.InitBegin)
      replace(E.InitBegin, E.PartBegin, "");
    if (E.PartEnd != E.InitEnd)
      replace(E.PartEnd, E.InitEnd, "");
  }
  std::string BoxClose, BoxIters;
  if (E.RangeRegion != 0) {
    Open = boxedRange(E, BoxClose, BoxIters);
    Begin = boxedName(E.BeginSlot); // (what the loop variable is made from)
  }
  // Markers in the range suspend before it is made; an init-statement
  // runs before them, where it stands, with its markers' text around it.
  auto Part = HeaderParts.find(E.PairGroup);
  std::string Before = E.PairGroup && Part != HeaderParts.end() ? Part->second.first : "";
  if (E.PreEnd > E.PreBegin) {
    auto InitPart = HeaderParts.find(E.Point);
    bool HasPart = E.Point && InitPart != HeaderParts.end();
    replace(E.Begin, E.PreBegin, "{ " + (HasPart ? InitPart->second.first : ""));
    replace(E.PreEnd, E.InitBegin,
            " " + (HasPart ? InitPart->second.second : "") + " " + Before + Open);
  } else {
    replace(E.Begin, E.InitBegin, "{ " + Before + Open);
  }

  // What the range's markers kept dies once the range is made (the end of
  // its full-expression), before the loop.
  std::string After = E.PairGroup && Part != HeaderParts.end() ? Part->second.second : "";
  std::string Iters =
      (E.RangeIsList ? "" : E.RangeBound ? "); })" : ")") + liveUpdate(Range.LiveId) + "; " +
      (After.empty() ? "" : After + " ") +
      "(void)::new (" + slotAddress(E.BeginSlot) + ") " +
      typeAlias(E.BeginSlot) + "(::corogen::detail::range_begin(" + RangeRef + ", 0))" +
      liveUpdate(G.Slots[E.BeginSlot].LiveId) + "; (void)::new (" + slotAddress(E.EndSlot) +
      ") " + typeAlias(E.EndSlot) + "(::corogen::detail::range_end(" + RangeRef + ", 0))" +
      liveUpdate(G.Slots[E.EndSlot].LiveId) + "; for (; " + Begin + " != " + End + "; ++" +
      Begin + ") {";
  if (E.RangeRegion != 0)
    Iters = BoxClose + " " + (After.empty() ? "" : After + " ") + BoxIters;
  std::string LoopVar;
  if (E.LoopVarRegion != 0) {
    LoopVar = boxedLoopVar(E, Begin);
  } else if (E.LoopVarSlot >= 0) {
    const FrameSlot &V = G.Slots[E.LoopVarSlot];
    if (V.IsReference && E.TemporarySlot >= 0) {
      // (Over a dependent range: the runtime's kept_reference keeps the
      // temporary `*begin` makes, if it makes one, or only the address.)
      const FrameSlot &Temp = G.Slots[E.TemporarySlot];
      LoopVar = " (void)::new (" + slotAddress(E.TemporarySlot) + ") " +
                typeAlias(E.TemporarySlot) + "([&]() -> decltype(auto) { return (*" + Begin +
                "); })" + liveUpdate(Temp.LiveId) + "; " + V.Name + " = " + Temp.Name +
                ".address();";
    } else if (V.IsReference)
      LoopVar = " " + V.Name + " = ::corogen::detail::ref_address(*" + Begin + ");";
    else
      LoopVar = " (void)::new (" + slotAddress(E.LoopVarSlot) + ") " +
                typeAlias(E.LoopVarSlot) + "(::corogen::detail::copy_init<" +
                typeAlias(E.LoopVarSlot) + ">(*" + Begin + "))" + liveUpdate(E.LiveId) + ";";
  } else {
    LoopVar = " " + rewritten(E.ArgBegin, E.ArgEnd) + " = *" + Begin + ";";
  }
  for (const BodyEdit &B : G.Edits)
    if (B.Kind == EditKind::Bind && B.WrapInBraces && B.RangeSlot == E.LoopVarSlot)
      LoopVar += bindText(B);
  for (const BodyEdit &B : G.Edits)
    if (B.Kind == EditKind::Rebind && B.WrapInBraces && B.RangeSlot == E.LoopVarSlot)
      LoopVar += rebindText(B);
  if (!E.WrapInBraces) {
    replace(E.InitEnd, E.BodyBegin + 1, Iters + LoopVar);
  } else {
    replace(E.InitEnd, E.BodyBegin, Iters + LoopVar + " ");
    std::string Inner = E.InnerSlots.empty() ? "" : " " + destroys(E.InnerSlots, E.InnerLiveAfter);
    closeAt(E.BodyEnd, E.Begin, Inner + " }");
  }
  closeAt(E.StmtEnd, E.Begin, " " + destroys(E.Slots, E.LiveAfter) + " }");
}

void GeneratorEmitter::emitHoist(const BodyEdit &E) {
  auto Part = [&](unsigned Group) {
    auto It = HeaderParts.find(Group);
    return It == HeaderParts.end() ? std::pair<std::string, std::string>() : It->second;
  };
  std::pair<std::string, std::string> Init = Part(E.Point), Cond = Part(E.PairGroup);
  std::string Keyword = rewritten(E.StmtBegin, E.LParenAt); // `if `, `switch `, `for `, ...
  bool HasInit = E.InitEnd > E.InitBegin, HasVar = E.ArgEnd > E.ArgBegin;
  std::string Var = !HasVar ? "" : E.Slot >= 0 ? slotRef(E.Slot) : E.Text;
  std::string Leave = E.Slots.empty() ? "" : destroys(E.Slots, E.LiveAfter) + " ";
  switch (E.Hoist) {
  case HoistKind::Select:
    // `{ init; T v = e; { if (v) S } }`, or `{ init; { if (c) S } }` (the
    // inner block keeps the destructions that follow an unbraced S from
    // looking like part of it, which -Wmisleading-indentation reports).
    replace(E.StmtBegin, E.LParenAt + 1, "{ " + (HasInit ? Init.first : Cond.first));
    if (HasInit && !HasVar && !Cond.second.empty()) {
      // The condition keeps operands with destructors: `{ init; T c; c =
      // cond; destroy kept; { if (c) S } }`, as KeepCondition.
      std::string Name = condName(E.PairGroup);
      std::string CondText = rewritten(E.CondBegin, E.CondEnd);
      replace(E.InitEnd, E.RParenAt + 1,
              " " + Init.second + " " + Cond.first +
                  keptCondition(Name, CondText, E.CondType, E.CondTypeOfText) + Cond.second + " { " + Keyword +
                  "(" + Name + ")");
    } else if (HasInit) {
      insertAfter(E.InitEnd, " " + Init.second + " " + Cond.first +
                                 (HasVar ? "" : "{ " + Keyword + "("));
    }
    if (HasVar)
      replace(E.ArgEnd, E.RParenAt + 1, "; " + Cond.second + " { " + Keyword + "(" + Var + ")");
    closeAt(E.StmtEnd, E.StmtBegin, " } " + Leave + "}");
    return;
  case HoistKind::While:
    // `for (;;) { T v = e; if (!(v)) break; S }`, v destroyed each time.
    replace(E.StmtBegin, E.ArgBegin, "for (;;) { " + Cond.first);
    replace(E.ArgEnd, E.BodyBegin,
            "; " + Cond.second + " if (!(" + Var + ")) { " + Leave + "break; } ");
    closeAt(E.StmtEnd, E.StmtBegin, " " + Leave + "}");
    return;
  case HoistKind::ForCondition: {
    // `{ init; for (;;) { T v = e; if (!(v)) break; S step: n; } }`, v
    // destroyed at the end of each iteration and when the loop ends.
    std::string Inc = E.IncEnd > E.IncBegin ? rewritten(E.IncBegin, E.IncEnd) : "";
    std::string Inner = E.InnerSlots.empty() ? "" : destroys(E.InnerSlots, E.InnerLiveAfter) + " ";
    if (HasInit) {
      replace(E.StmtBegin, E.LParenAt + 1, "{ " + Init.first);
      replace(E.InitEnd, E.ArgBegin, " " + Init.second + " for (;;) { " + Cond.first);
    } else {
      replace(E.StmtBegin, E.ArgBegin, "{ for (;;) { " + Cond.first);
    }
    replace(E.ArgEnd, E.BodyBegin,
            "; " + Cond.second + " if (!(" + Var + ")) { " + Inner + "break; } ");
    std::string Step = E.Step ? " " + stepLabel(E.Step) + ":" : "";
    std::pair<std::string, std::string> IncPart = Part(E.Group);
    closeAt(E.StmtEnd, E.StmtBegin,
            Step + " " + IncPart.first + Inc + "; " + IncPart.second + " " + Inner + "} " + Leave +
                "}");
    return;
  }
  case HoistKind::For:
    // `{ init; for (; c; n) S }`
    replace(E.StmtBegin, E.LParenAt + 1, "{ " + Init.first);
    insertAfter(E.InitEnd, " " + Init.second + " " + Keyword + "(;");
    closeAt(E.StmtEnd, E.StmtBegin, " }");
    return;
  }
}

void GeneratorEmitter::emitMoveHandler(const BodyEdit &E) {
  std::string Label = "corogen_handler_" + std::to_string(E.Handler);
  std::string Caught = E.Text, Boxed;
  if (E.Slot >= 0 && G.Slots[E.Slot].IsBoxed) {
    // `catch (const Local &e)`: the stub makes the box, of the address or
    // of a copy, from what it catches (`Local &` for a class caught by
    // value, which the copy is made from); the block's top names it again
    // as `e`, with the written type, each time it is entered, then
    // dispatches.
    // (A name inside its type, `catch (void (*f)(Local))`, a pointer caught
    // by value: the declarator declares the stub's variable, and, with
    // `*corogen_p` for the name, the pointer the box is named through.)
    const FrameSlot &Var = G.Slots[E.Slot];
    std::string Type = StringRef(rewritten(E.ArgBegin, E.ArgEnd)).trim().str();
    std::string Spelled = "::corogen::detail::type_t<" + Type + " >";
    bool Reference = E.Binding != BoxBinding::Object;
    // (The declarator with another name, and, for a reference, `*` for
    // its `&`.)
    auto Declarator = [&](const std::string &Name) {
      std::string Head = Reference ? rewritten(E.ArgBegin, E.RefAt) + "*" +
                                         rewritten(E.RefAt + 1, E.VarNameAt)
                                   : rewritten(E.ArgBegin, E.VarNameAt);
      return Head + Name + rewritten(E.VarNameAt + Var.SourceName.size(), E.ArgEnd);
    };
    Caught = (Reference ? Type + " " : Spelled + (E.CaughtClass ? " &" : " ")) + "corogen_caught";
    if (E.VarNameAt != 0)
      Caught = rewritten(E.ArgBegin, E.VarNameAt) + "corogen_caught" +
               rewritten(E.VarNameAt + Var.SourceName.size(), E.ArgEnd);
    BoxEntry B = boxEntry(E.Region, Var.SourceName, 0);
    B.Resuming = "false";
    // (A reference's box holds the runtime's caught_box: what it refers
    // to, and a copy of a pointer it binds, see caught_reference.)
    Boxed = " " + enterBox(B, E.Slot) +
            (Reference ? "::corogen::detail::caught_box<decltype(corogen_caught)>(corogen_caught)"
             : E.VarNameAt != 0 ? "auto(corogen_caught)"
                                : Spelled + "(corogen_caught)") +
            "; })" + liveUpdate(E.ParamLiveId) + ";";
    std::string Named = "return static_cast<" +
                        (Reference ? "::corogen::detail::caught_box<" + Type + " >" : Spelled) +
                        " *>(corogen_at);";
    // (Named through the pointer the declarator declares: `int (&r)[2]`
    // gives `int (*corogen_p)[2]`, whose pointee the box's reference is
    // to; an array or a function, whose type the handler adjusts, a
    // pointer to it, whose element's or own address is the variable's.)
    using Adjusted = BodyEdit::Adjusted;
    std::string Pointer = E.CaughtAdjusted != Adjusted::None ? "(*corogen_p)" : "*corogen_p";
    std::string Box = Reference ? "::corogen::detail::caught_box<decltype(*corogen_p)>"
                      : E.CaughtAdjusted == Adjusted::Array ? "decltype(&(*corogen_p)[0])"
                      : E.CaughtAdjusted == Adjusted::Function ? "decltype(corogen_p)"
                                                               : "";
    if (E.VarNameAt != 0)
      Named = "[[maybe_unused]] " + Declarator(Reference ? "corogen_p" : Pointer) +
              " = nullptr; return static_cast<" +
              (Box.empty() ? "decltype(corogen_p)" : Box + " *") + ">(corogen_at);";
    insertAfter(E.BodyBegin + 1,
                " " + B.Label + "auto &" + Var.SourceName + " = " + (Reference ? "*" : "") +
                    "::corogen::detail::enter_box(true, " + slotAddress(E.Slot) +
                    ", [](void *corogen_at) { " + Named + " })" + (Reference ? ".ref" : "") +
                    ";" + B.after());
  }
  std::string Body = rewritten(E.BodyBegin, E.BodyEnd);
  std::string Stub = "catch (" + Caught + ") { (void)::new (" + slotAddress(E.ExcSlot) + ") " +
                     typeAlias(E.ExcSlot) + "(::std::current_exception())" +
                     liveUpdate(E.LiveId) + ";" + Boxed;
  if (E.Slot >= 0 && Boxed.empty()) {
    const FrameSlot &Var = G.Slots[E.Slot];
    if (Var.IsReference)
      Stub += " " + Var.Name + " = ::corogen::detail::caught_reference<" + typeAlias(E.Slot) +
              " &>::address(corogen_caught, &" + G.Slots[E.CopySlot].Name + ");";
    else
      Stub += " (void)::new (" + slotAddress(E.Slot) + ") " + typeAlias(E.Slot) +
              "(corogen_caught)" + liveUpdate(E.ParamLiveId) + ";";
  }
  replace(E.Begin, E.End, Stub + " goto " + Label + "; }");
  // The block runs in a handler of the exception, rethrown from the frame,
  // where a resume enters it too, and dispatches.
  const TryRegion &R = G.Trys[E.HandlerRegion - 1];
  std::string Enter = regionLabel(R) + ": try { ::std::rethrow_exception(" +
                      G.Slots[E.ExcSlot].Name + "); } catch (...) {" +
                      dispatchSwitch(dispatchCases(R)) + " ";
  insertAfter(E.StmtEnd, " if (false) { " + Label + ": " + Enter + Body + " } }");
  if (E.WrapInBraces) {
    insertBefore(E.StmtBegin, "{ ");
    insertAfter(E.StmtEnd, " }");
  }
}

std::string GeneratorEmitter::header() const {
  std::string Out;
  for (size_t I = 0; I != G.Slots.size(); ++I) {
    const FrameSlot &S = G.Slots[I];
    Out += S.Preamble + " using " + typeAlias(I) + " = " + S.Type + ";";
  }
  Out += G.Preamble;
  // The body's names that these types name (a local alias, a constant, a
  // using-directive; LocalName::AtTop) are declared before them, by their
  // own text.
  std::string Names;
  for (const LocalName &L : G.LocalNames)
    if (L.AtTop)
      Names += " " + L.Text;
  Out = Names + Out;
  // (A base-specifier names a type: no `typename`, even when dependent.)
  Out += std::string(" struct ") + FrameClass + " final : ::corogen::detail::frame_for<" + FrameClass + ", " + G.HandleType + ", " +
         (G.HasHandlers ? "true" : "false") + ">::type {";
  return Out;
}

std::string GeneratorEmitter::bodyHeader() const {
  std::string Out = " void corogen_body() {";
  // A parameter pack cannot be a member: the body runs in a lambda whose
  // parameter pack (Elements, which the body's uses name) refers to the
  // tuple's elements.
  for (const FrameSlot &S : G.Slots)
    if (S.Kind == SlotKind::Pack)
      Out += " ::corogen::detail::unpack(this->" + S.Name + ", [&](decltype(" + S.SourceName +
             ") &..." + S.Elements + ") {";
  // (A region's dispatch tells from the target whether a resume enters it.)
  if (!G.Trys.empty())
    Out += std::string(" unsigned ") + TargetVar + " = this->corogen_point; switch (" + TargetVar +
           ") { case 0: break;";
  else
    Out += " switch (this->corogen_point) { case 0: break;";
  for (const SuspendPoint &P : G.Points)
    Out += " case " + std::to_string(P.Id) + ": goto " + dispatchTarget(P, 0) + ";";
  return Out + " }";
}

std::string GeneratorEmitter::dispatchTarget(const SuspendPoint &P, unsigned Try) const {
  if (P.Try == Try)
    return resumeLabel(P.Id);
  unsigned Region = P.Try;
  while (G.Trys[Region - 1].Parent != Try)
    Region = G.Trys[Region - 1].Parent;
  return regionLabel(G.Trys[Region - 1]);
}

std::string GeneratorEmitter::dispatchCases(const TryRegion &T) const {
  std::string Cases;
  for (const SuspendPoint &P : G.Points) {
    bool Inside = false;
    for (unsigned R = P.Try; R != 0; R = G.Trys[R - 1].Parent)
      Inside |= R == T.Id;
    if (Inside)
      Cases += " case " + std::to_string(P.Id) + ": goto " + dispatchTarget(P, T.Id) + ";";
  }
  return Cases;
}

void GeneratorEmitter::emitTryEntry(const TryRegion &T) {
  if (T.Box || T.Handler)
    return; // (emitBoxed, emitMoveHandler)
  insertBefore(T.TryBegin, regionLabel(T) + ": ");
  // The locals of the block die before a handler runs: an inner try unwinds
  // them, then lets the exception go on to the handlers. The dispatch is
  // inside it, since a jump may not enter a try block.
  insertAfter(T.BlockBegin + 1,
              std::string(T.Unwind ? " try {" : "") + dispatchSwitch(dispatchCases(T)));
}

void GeneratorEmitter::emitSplitDeclaration(const BodyEdit &E) {
  // `struct S { ... } a, *b = &a;` becomes `struct S { ... }; <a's> <b's>`,
  // where each boxed declarator's declaration repeats the specifiers
  // `struct S` (emitBoxed), and the one before it ends with its dispatch.
  bool Defines = E.InitEnd > E.InitBegin;
  std::string Spec = Defines ? rewritten(E.Begin, E.InitBegin) + E.Text + rewritten(E.InitEnd, E.End)
                             : rewritten(E.Begin, E.End);
  Specifiers[E.Begin] = StringRef(Spec).trim().str();
  // (An unnamed type is named through a pointer to it, which a typedef
  // declares: a typedef of the type itself would name it for linkage
  // purposes, which C++20 allows only for a C-like class.)
  std::string Definition = rewritten(E.InitBegin, E.InitEnd);
  if (!E.TypeAlias.empty())
    Definition = "typedef " + Definition + " *" + E.TypeAlias;
  replace(E.Begin, E.End, Defines ? Definition + "; " : "");
  for (Offset Comma : E.Commas)
    replace(Comma, Comma + 1, "");
}

GeneratorEmitter::BoxEntry GeneratorEmitter::boxEntry(unsigned Region, const std::string &Name,
                                                      unsigned LiveId) const {
  // A resume into the region goes through the declaration (its label),
  // which names the object again (Resuming), then dispatches. (The
  // reference is a variable of the body that the source may never name,
  // where the object's destructor alone mattered.)
  const TryRegion &R = G.Trys[Region - 1];
  std::string Cases = dispatchCases(R);
  bool Entered = !Cases.empty();
  BoxEntry B;
  B.Entered = Entered;
  B.Label = Entered ? regionLabel(R) + ": " : "";
  B.Resuming = Entered ? std::string(TargetVar) + " != 0" : "false";
  B.After = " ::corogen::detail::unused(" + Name + ");" + madeLive(B, LiveId);
  if (Entered)
    B.Dispatch = dispatchSwitch(Cases);
  return B;
}

std::string GeneratorEmitter::madeLive(const BoxEntry &B, unsigned LiveId) const {
  if (LiveId == 0)
    return "";
  return std::string(B.Entered ? " if (" + std::string(TargetVar) + " == 0)" : "") +
         " this->corogen_live = " + std::to_string(LiveId) + ";";
}

std::string GeneratorEmitter::boundOnce(const BodyEdit &E, const BoxEntry &B,
                                        const std::string &Object) const {
  // ` auto &box = enter_box(resuming, slot, [&](void *at) { return ::new (at)
  // boxed_binding<decltype(object), I, N, lvalue>(object); }); <liveness>`
  // for each binding, then `auto &a = box.ref();` for each name.
  // In a template, the binding also takes the lambda that reaches a
  // class's members, and the names are declared again through `rebound`:
  // ` auto &&[a, b] = rebound(object, box_a, box_b);`.
  std::string Boxes, Names;
  std::string Count = std::to_string(E.Bindings.Slots.size());
  std::string Lvalue = E.Bindings.Lvalue ? "true" : "false";
  if (E.Bindings.Dependent && E.Bindings.Forwarding)
    Lvalue = "::std::is_lvalue_reference<decltype(" + Object + ")>::value";
  std::string Access = E.Bindings.Accessor.empty() ? "" : ", decltype(" + E.Bindings.Accessor + ")";
  for (size_t I = 0; I != E.Bindings.Slots.size(); ++I) {
    const FrameSlot &S = G.Slots[E.Bindings.Slots[I]];
    Boxes += " auto &" + S.SourceName + " = " + enterBox(B, E.Bindings.Slots[I]) +
             "::corogen::detail::boxed_binding<decltype(" + Object + "), " + std::to_string(I) +
             ", " + Count + ", " + Lvalue + Access + ">(" + Object +
             (E.Bindings.Accessor.empty() ? "" : ", " + E.Bindings.Accessor) + "); });" +
             madeLive(B, S.LiveId);
    Names += " auto &" + E.Bindings.Names[I] + " = " + S.SourceName +
             ".ref(); ::corogen::detail::unused(" + E.Bindings.Names[I] + ");";
  }
  if (E.Bindings.Dependent)
    Names = " " + E.Bindings.Redeclaration +
            " static_assert(!::std::is_pointer<::std::remove_reference_t<decltype(" + Object +
            ")>>::value, \"corogen: a structured binding that lives across a suspension, whose "
            "object is an array of a type the frame cannot name, would bind a pointer here: "
            "take the array apart by hand\");";
  return Boxes + Names;
}

void GeneratorEmitter::emitBoxed(const BodyEdit &E) {
  // `T x = e;` becomes `auto &x = enter_box(resuming, slot, [&](void *at) {
  // return ::new (at) T(e); });`: the object is made by the declaration's
  // own text, so it has the type it had.
  BoxEntry B = boxEntry(E.Region, G.Slots[E.Slot].SourceName, E.LiveId);
  if (E.Bindings.End != 0) {
    // `auto [a, b] = e;` becomes `auto &corogen_bindings = enter_box(...,
    // ::new (at) auto(e)); auto &[a, b] = corogen_bindings;`: the bindings
    // name the boxed object's members again each time the declaration is
    // entered, before its dispatch.
    // (Or, where get<I> would be called again, the bindings are bound
    // once, in boxes of their own, and their names declared again as
    // references.)
    std::string Type = StringRef(rewritten(E.Begin, E.ArgBegin)).trim().str();
    std::string Object = boundObject(E, G.Slots[E.Slot].SourceName);
    if (!E.Bindings.Slots.empty())
      B.After += boundOnce(E, B, Object);
    else
      B.After = rebinding(E, Type, E.ArgBegin, E.Binding, Object) + B.After;
  }
  boxDeclaration(E, B.Label, B.Resuming);
  // (A declaration with no `;` ends with the box's lambda, where this goes,
  // last.)
  insertAfter(G.Trys[E.Region - 1].BlockBegin, (E.Unterminated ? ";" : "") + B.after());
}

void GeneratorEmitter::boxDeclaration(const BodyEdit &E, const std::string &Label,
                                      const std::string &Resuming) {
  const FrameSlot &S = G.Slots[E.Slot];
  BoxEntry Entry;
  Entry.Resuming = Resuming;
  Entry.Captures = E.Captures;
  Entry.Prologue += E.Rebinds;
  for (int Flag : E.MadeFlags)
    Entry.Prologue += G.Slots[Flag].Name + " = false; ";
  // (Of a split declaration, the declarator follows the specifiers.)
  std::string Specs = E.SplitFrom != 0 ? Specifiers.at(E.SplitFrom) + " " : "";
  if (E.BoxMember) {
    // `T a[N] = {...};` becomes `auto &a = enter_box(resuming, slot, [&](void
    // *at) { struct W { T a[N]; }; return ::new (at) W{{...}}; }).a;`: the
    // declaration's own text declares the member, and the initialiser
    // initialises it as it did the local (copy-initialisation, from a list
    // or an expression).
    std::string Class = S.Name + "_array";
    // (`T a[] = {...};` in a template: `auto <slot>_count = [&] { T
    // corogen_elements[] = {...}; return array_bound<N>(); };` first, whose
    // return type the member's bound names.)
    std::string Count;
    if (E.ListEnd != 0)
      Count = "auto " + S.Name + "_count = [&]() { " + Specs +
              StringRef(rewritten(E.Begin, E.VarNameAt)).trim().str() + " corogen_elements[] = " +
              rewritten(E.ListBegin, E.ListEnd) +
              "; return ::corogen::detail::array_bound<sizeof(corogen_elements) / "
              "sizeof(corogen_elements[0])>(); }; ";
    insertBefore(E.Begin, Label + "auto &" + S.SourceName + " = " +
                              boxLambda(Entry, E.Slot) + Count +
                              "struct " + Class + " { " + Specs);
    if (!E.Bound.empty())
      insertBefore(E.BoundAt, E.Bound);
    std::string Make = "; }; return ::new (corogen_at) " + Class;
    if (E.Init == InitStyle::Default) {
      insertAfter(E.ArgBegin, Make + "; })." + S.SourceName);
    } else {
      replace(E.ArgBegin, E.End, Make + "{");
      insertAfter(E.InitEnd, "}; })." + S.SourceName);
    }
    return;
  }
  std::string Type = Specs + StringRef(rewritten(E.Begin, E.ArgBegin)).trim().str();
  if (E.Binding == BoxBinding::BoundDeclared && E.PartEnd != 0) {
    // `decltype(auto) d = (make<T>().first);`: `auto &<bound> = <box of the
    // bound_value of decltype((make<T>()))>; auto &&d =
    // (<bound>.get().first);`, the text around the object after `get()`.
    auto Bind = boxedBinding(E.Binding, Entry, E.Slot);
    std::string Prefix = rewritten(E.End, E.PartBegin), Suffix = rewritten(E.PartEnd, E.InitEnd);
    replace(E.Begin, E.End, Label + "auto &" + E.BoundName + " = ");
    if (E.PartBegin != E.End)
      replace(E.End, E.PartBegin, Bind.first + "(");
    else
      insertBefore(E.PartBegin, Bind.first + "(");
    std::string Tail = ")" + Bind.second + "; auto &&" + S.SourceName + " = " + Prefix +
                       E.BoundName + ".get()" + Suffix;
    if (E.PartEnd != E.InitEnd)
      replace(E.PartEnd, E.InitEnd, Tail);
    else
      insertAfter(E.InitEnd, Tail);
    return;
  }
  if (E.Binding == BoxBinding::BoundDeclared) {
    // `decltype(auto) d = e;` in a template: `auto &<bound> = <box of the
    // bound_value of decltype(e)>; auto &&d = <bound>.get();`.
    Entry.Declared = E.Text;
    auto Bind = boxedBinding(E.Binding, Entry, E.Slot);
    replace(E.Begin, E.End, Label + "auto &" + E.BoundName + " = ");
    insertBefore(E.End, Bind.first);
    insertAfter(E.InitEnd, Bind.second + "; auto &&" + S.SourceName + " = " + E.BoundName +
                               ".get()");
    return;
  }
  if (E.Binding != BoxBinding::Object) {
    // `T &r = e;` keeps its declaration, bound to what the box holds.
    auto Bind = boxedBinding(E.Binding, Entry, E.Slot);
    replace(E.Begin, E.End, Label + Type + " " + S.SourceName + " = ");
    // (To a part of a temporary, `const T &r = make().part;`: around the
    // temporary's text, and the reference binds to that part of the
    // temporary the box keeps, again on each resume.)
    insertBefore(E.PartEnd != 0 ? E.PartBegin : E.End, Bind.first);
    insertAfter(E.PartEnd != 0 ? E.PartEnd : E.InitEnd, Bind.second);
    return;
  }
  // (A structured binding's object that may be an array: the runtime's
  // binding_object, an array_object for an array.)
  std::string Made = E.Bindings.Object ? bindingObjectType(rewritten(E.End, E.InitEnd)) : Type;
  initialise(E, Label + "auto &" + S.SourceName + " = " + enterBox(Entry, E.Slot) + Made, Made);
  insertAfter(E.StmtEnd, "; })");
}

void GeneratorEmitter::emitTryExit(const TryRegion &T) {
  if (T.Unwind)
    insertBefore(T.BlockEnd, " } catch (...) { this->corogen_unwind_to(" +
                                 std::to_string(T.LiveAtEntry) + "); throw; } ");
}

std::string GeneratorEmitter::tail() const {
  std::string Out = " this->corogen_fall_off();";
  for (const FrameSlot &S : G.Slots)
    if (S.Kind == SlotKind::Pack)
      Out += " });";
  Out += " }";
  Out += lineDirective(G.EndLine);
  // Members.
  for (size_t I = 0; I != G.Slots.size(); ++I) {
    const FrameSlot &S = G.Slots[I];
    std::string T = typeAlias(I);
    if (S.Kind == SlotKind::Self)
      Out += "  " + T + " " + S.Name + ";\n";
    else if (S.IsReference)
      Out += "  " + T + (S.Kind == SlotKind::Local ? " *" : " ") + S.Name + ";\n";
    else
      Out += "  union { " + S.Align + T + " " + S.Name + "; };\n";
  }
  // The constructor: `this` and references bind; by-value parameters move in.
  std::string Params, Inits, Body;
  bool Throwing = false;
  unsigned ByValue = 0;
  for (size_t I = 0; I != G.Slots.size(); ++I) {
    const FrameSlot &S = G.Slots[I];
    if (S.Kind == SlotKind::Local)
      continue;
    std::string T = typeAlias(I);
    if (S.Kind == SlotKind::Pack) {
      // One constructor parameter per element: each is moved (or bound)
      // once, straight into the tuple.
      std::string Elem = "decltype(" + S.SourceName + ")";
      Params += (Params.empty() ? "" : ", ") + Elem + " &&..." + argName(I);
      ++ByValue;
      Throwing = true;
      Body += " (void)::new (::corogen::detail::slot_address(" + S.Name + ")) " + T +
              "(static_cast<" + Elem + " &&>(" + argName(I) + ")...)" + liveUpdate(S.LiveId) +
              ";";
      continue;
    }
    Params += (Params.empty() ? "" : ", ") + T + " &&" + argName(I);
    std::string Arg = "static_cast<" + T + " &&>(" + argName(I) + ")";
    if (S.Kind == SlotKind::Self || S.IsReference) {
      Inits += (Inits.empty() ? " : " : ", ") + S.Name + "(" + Arg + ")";
      continue;
    }
    ++ByValue;
    Throwing |= S.LiveId != 0;
    Body += " (void)::new (::corogen::detail::slot_address(" + S.Name + ")) " + T + "(" + Arg +
            ")" + liveUpdate(S.LiveId) + ";";
  }
  if (Throwing && ByValue > 1)
    Body = " try {" + Body + " } catch (...) { corogen_unwind(); throw; }";
  Out += std::string("  explicit ") + FrameClass + "(" + Params + ")" + Inits + " {" + Body +
         " }\n";
  Out += std::string("  ~") + FrameClass + "() {}\n";
  Out += unwinders();
  Out += lineDirective(G.EndLine);
  // The function itself creates the frame and returns its handle.
  std::string Args;
  for (size_t I = 0; I != G.Slots.size(); ++I) {
    const FrameSlot &S = G.Slots[I];
    if (S.Kind == SlotKind::Local)
      continue;
    if (S.Kind == SlotKind::Pack) {
      Args += (Args.empty() ? "" : ", ") + ("static_cast<decltype(" + S.SourceName + ") &&>(" +
                                            S.SourceName + ")...");
      continue;
    }
    std::string Name = S.Kind == SlotKind::Self ? "this" : S.Name;
    Args += (Args.empty() ? "" : ", ") + ("static_cast<" + typeAlias(I) + " &&>(" + Name + ")");
  }
  Out += "}; return ::corogen::detail::make_generator<" + std::string(FrameClass) + ", " +
         G.HandleType + ">(" + Args + "); ";
  return Out;
}

std::string GeneratorEmitter::unwinders() const {
  bool AnyLive = false;
  for (const FrameSlot &S : G.Slots)
    AnyLive |= S.LiveId != 0;
  if (!AnyLive)
    return "  void corogen_unwind() noexcept {}";
  // Destroys from the innermost live slot outwards, down to `corogen_stop`.
  std::string Out = "  void corogen_unwind_to(unsigned corogen_stop) noexcept {\n"
                    "    while (this->corogen_live != corogen_stop) {\n"
                    "      switch (this->corogen_live) {\n";
  for (const FrameSlot &S : G.Slots) {
    if (S.LiveId == 0)
      continue;
    // (A kept operand made on one side of a condition only may be in the
    // chain without having been made: its flag says.)
    std::string If = S.MadeFlag >= 0 ? "if (" + G.Slots[S.MadeFlag].Name + ") " : "";
    // (A slot with two places in the chain, FrameSlot::SpillLiveId, has a
    // step for each.)
    auto Step = [&](unsigned Id, unsigned Prev) {
      Out += "      case " + std::to_string(Id) + ": this->corogen_live = " +
             std::to_string(Prev) + "; " + If + "::corogen::detail::destroy_at(" + S.Name +
             "); break;\n";
    };
    Step(S.LiveId, S.PrevLiveId);
    if (S.SpillLiveId != 0)
      Step(S.SpillLiveId, S.SpillPrevLiveId);
  }
  Out += "      }\n    }\n  }\n";
  return Out + "  void corogen_unwind() noexcept { corogen_unwind_to(0); }";
}

void GeneratorEmitter::applyClosers() {
  std::stable_sort(Closers.begin(), Closers.end(), [](const Closer &A, const Closer &B) {
    if (A.At != B.At)
      return A.At < B.At;
    if (A.Begin != B.Begin)
      return A.Begin > B.Begin;
    return A.Seq < B.Seq;
  });
  for (Closer &C : Closers)
    insertAfter(C.At, std::move(C.Text));
  Closers.clear();
}

void GeneratorEmitter::emit() {
  // (The frame's members that the body's edits write, before
  // corogen_body, which names them: filled in at the end.)
  insertAfter(G.BodyBegin + 1, header());
  size_t MembersAt = Buf.insert(G.BodyBegin + 1, "", EditBuffer::Side::Left);
  insertAfter(G.BodyBegin + 1, bodyHeader());
  for (const LocalName &L : G.LocalNames)
    insertAfter(L.After, L.Use);
  for (const TryRegion &T : G.Trys)
    emitTryEntry(T);
  // Uses first, so that the edits that move text carry them along; then the
  // suspensions, whose values the constructions around them initialise.
  // (Then a fold's held temporaries, around what the uses wrote.)
  for (const BodyEdit &E : G.Edits)
    emitLeaf(E);
  holdTemporaries();
  // A temporary kept by a reference member, made where the initialiser made
  // it, is then the slot; one inside another's text first. (One with a
  // marker inside, made after the resume, once the marker's value stands
  // in its text: after the suspensions.)
  std::vector<const BodyEdit *> Kept, KeptAroundMarkers;
  auto HoldsMarker = [&](const BodyEdit &E) {
    return llvm::any_of(G.Edits, [&](const BodyEdit &S) {
      return S.Kind == EditKind::Suspend && S.Nested && E.Begin <= S.Begin && S.End <= E.End;
    });
  };
  for (const BodyEdit &E : G.Edits) {
    if (E.Kind != EditKind::MemberTemporary)
      continue;
    if (HoldsMarker(E))
      KeptAroundMarkers.push_back(&E);
    else
      Kept.push_back(&E);
  }
  auto MakeKept = [&](std::vector<const BodyEdit *> &Edits) {
    std::sort(Edits.begin(), Edits.end(), [](const BodyEdit *A, const BodyEdit *B) {
      return A->Begin != B->Begin ? A->Begin > B->Begin : A->End < B->End;
    });
    for (const BodyEdit *E : Edits)
      replace(E->Begin, E->End, madeTemporary(*E));
  };
  MakeKept(Kept);
  // Suspensions that replace their statement first: a nested marker's
  // group inserts text at its statement's end, which may be where such a
  // statement ends (`if (int(CORO_YIELD(1)) > 0) CORO_YIELD(2);`).
  for (const BodyEdit &E : G.Edits) {
    if (E.Kind == EditKind::Suspend && !E.Nested)
      emitSuspend(E);
    else if (E.Kind == EditKind::Return)
      emitReturn(E);
  }
  // Groups from the last to the first: where an inner statement ends with
  // an enclosing one (`if (int(CORO_YIELD(1)) > 0) f(g(), CORO_YIELD(2));`),
  // the inner one's closing text goes first. (A group's text contains no
  // other group's.)
  for (auto It = G.Edits.rbegin(); It != G.Edits.rend(); ++It)
    if (It->Kind == EditKind::Suspend && It->Nested)
      emitSuspend(*It);
  MakeKept(KeptAroundMarkers);
  for (const BodyEdit &E : G.Edits) {
    if (E.Kind == EditKind::SplitDeclaration)
      emitSplitDeclaration(E); // (before its declarators' Constructs)
    else if (E.Kind == EditKind::Construct)
      emitConstruct(E);
    else if (E.Kind == EditKind::Bind && !E.WrapInBraces)
      insertAfter(E.Begin, bindText(E));
    else if (E.Kind == EditKind::Rebind && !E.WrapInBraces)
      insertAfter(E.Begin, rebindText(E));
  }
  for (const BodyEdit &E : G.Edits) {
    if (E.Kind == EditKind::Destroy || E.Kind == EditKind::DestroyBeforeJump)
      emitScopeExit(E);
    else if (E.Kind == EditKind::RangeFor)
      emitRangeFor(E);
    else if (E.Kind == EditKind::Hoist)
      emitHoist(E);
  }
  for (const TryRegion &T : G.Trys)
    emitTryExit(T);
  applyClosers();
  // Handlers move last, innermost first, carrying every edit inside them.
  for (auto It = G.Edits.rbegin(); It != G.Edits.rend(); ++It)
    if (It->Kind == EditKind::MoveHandler)
      emitMoveHandler(*It);
  insertBefore(G.BodyEnd, tail());
  Buf.fill(MembersAt, Members);
}

} // namespace

std::string emitFile(SourceManager &SM, const LangOptions &LO,
                     const std::vector<GeneratorIR> &Generators, const EmitOptions &Opts) {
  EditBuffer Buf(SM.getBufferData(SM.getMainFileID()));
  for (const GeneratorIR &G : Generators)
    GeneratorEmitter(Buf, G, Opts).emit();
  std::string Out;
  if (Opts.LineDirectives && !Generators.empty())
    Out = "#line 1 " + quotedPath(Opts.FileName) + "\n";
  return Out + Buf.render();
}

} // namespace corogen
