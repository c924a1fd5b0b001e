//===- IR.h - The state-machine form of one generator -----------*- C++ -*-===//
//
// Part of corogen, under the MIT licence.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// What Lowering decides about a generator and Emit spells out: the frame's
/// slots (parameters and the locals that live across a suspension, each with
/// its place in the unwinding chain), the suspension points that become the
/// states of the machine, and the edits of the body, said in terms of slots
/// and states rather than text. Plain data, so that `--dump-ir` can print it.
///
//===----------------------------------------------------------------------===//

#ifndef COROGEN_TOOL_IR_H
#define COROGEN_TOOL_IR_H

#include "llvm/Support/raw_ostream.h"

#include <string>
#include <vector>

namespace corogen {

/// A byte offset in the main file.
using Offset = unsigned;

enum class SlotKind {
  Self,  ///< `this` of a member generator
  Param, ///< a parameter, moved (by value) or bound (by reference) at creation
  /// A function parameter pack, kept as a std::tuple of its parameters'
  /// declared types; the body runs inside a lambda that takes the tuple's
  /// elements as a pack (named Elements), which the body's uses name.
  Pack,
  Local  ///< a local that lives across a suspension
};

/// One member of the frame that holds a parameter or a local.
/// The name of the alias the frame declares for slot `Index`'s type, at the
/// top of the function (`using corogen_type_N = ...;`, in slot order).
inline std::string slotTypeAlias(unsigned Index) {
  return "corogen_type_" + std::to_string(Index);
}

/// Whether `Name` is one the output uses for itself (the runtime's members,
/// the frame's, the generated code's labels, aliases and lambda
/// parameters): a slot minted for a local or a parameter may not take it
/// (`corogen_v` would be the fold's parameter, `corogen_body` the frame's
/// member function).
bool isReservedName(const std::string &Name);

struct FrameSlot {
  SlotKind Kind = SlotKind::Local;
  std::string Name;       ///< the member's name
  std::string SourceName; ///< the name in the annotated source
  std::string Type;       ///< spelled type (for a reference local: the referee)
  /// For a Pack: the name of the pack of references to its elements.
  std::string Elements;
  /// A local declared with an alignment beyond its type's (`alignas(64)
  /// char buf[64];`): the `alignas(...)` its member is declared with.
  std::string Align;
  /// Declarations that Type names, placed before its alias (the lambda
  /// through which a type is spelled from a template's text).
  std::string Preamble;
  bool IsReference = false;
  /// An array: constructed by an array new-expression that spells its type.
  bool IsArray = false;
  /// `constexpr` locals stay in the body as `static constexpr`.
  bool IsConstexpr = false;
  /// A local whose type the frame cannot name, kept in a runtime `box`
  /// (Type); the body names it through a reference of its own name.
  bool IsBoxed = false;
  /// Place in the unwinding chain: 0 if destroying it does nothing.
  unsigned LiveId = 0;
  /// The slot destroyed after this one while unwinding (0: none).
  unsigned PrevLiveId = 0;
  /// A temporary that a reference member binds, made before a marker of
  /// its local's initialiser after kept operands with destructors that die
  /// at the statement's end: its place in the chain until then (the
  /// suspension's), where it comes after them; LiveId is its place after
  /// the statement, past them (0: it has one place only).
  unsigned SpillLiveId = 0;
  unsigned SpillPrevLiveId = 0;
  /// A kept operand made on one side of `&&`, `||` or `?:` only: the bool
  /// slot that says whether it was made, which its destruction at the end
  /// of the full-expression tests (-1: it always is).
  int MadeFlag = -1;
  unsigned Line = 0;
};

/// A suspension point: a state of the machine.
enum class PointKind { Yield, YieldFrom };
struct SuspendPoint {
  unsigned Id = 0; ///< the value of corogen_point while suspended there
  PointKind Kind = PointKind::Yield;
  unsigned Line = 0;
  unsigned Column = 0;
  /// The innermost region around it (0: none): a `try`, or a boxed local's
  /// scope (TryRegion::Box).
  unsigned Try = 0;
};

/// A region that a resume enters through a label before it, dispatching
/// again inside: a `try` statement whose block suspends, since C++ forbids
/// jumping into a try block ([except.pre] p2); (Box) the scope of a boxed
/// local after its declaration, which must run again on a resume to name
/// the boxed object; or (Handler) the block of a handler that suspends,
/// moved after its try statement, which runs inside a `catch (...)` of the
/// exception it handles, rethrown from the frame on each entry, so that
/// the block handles it as the source's did (`throw;` in a function it
/// calls, `std::current_exception()`).
struct TryRegion {
  unsigned Id = 0;
  unsigned Parent = 0;  ///< the enclosing region (0: none)
  bool Handler = false;
  /// A boxed local's: TryBegin is its declaration, BlockBegin the end of
  /// the declaration (after its `;`), where the dispatch goes; the
  /// declaration's Construct edit writes both.
  bool Box = false;
  Offset TryBegin = 0;  ///< the `try` keyword
  Offset BlockBegin = 0; ///< the block's `{`
  Offset BlockEnd = 0;  ///< the block's `}`
  /// The live slot at the block's entry, to unwind to before a handler runs;
  /// Unwind is false when no slot with a destructor is declared inside.
  unsigned LiveAtEntry = 0;
  bool Unwind = false;
};

/// Which part of a loop suspends. `while (c) b` runs as
/// `for (;;) { <suspend> if (!(c)) break; b }`; `do b while (c);` as
/// `for (;;) { b next: <suspend> if (!(c)) break; }`; `for (i; c; n) b` as
/// `for (i;;) { <suspend?> if (!(c)) break; b next: <suspend?> n; }`; a
/// `continue` of the last two jumps to `next`.
enum class LoopPart { None, WhileCond, DoCond, ForCond, ForInc };

/// How a box (a boxed local, or a boxed range-for's range or loop
/// variable) holds what its declaration makes from its initialiser `e`.
enum class BoxBinding {
  Object,    ///< an object: the box holds it (`auto x = e;`)
  Address,   ///< a reference to what the lvalue `e` is: the box holds its
             ///< address
  Xvalue,    ///< a reference to what the xvalue `e` is: the box holds its
             ///< address, and the reference binds to it as an xvalue
  Temporary, ///< a reference to the temporary `e` is: the box holds it
  Bound,     ///< a reference, in a template: the box holds the runtime's
             ///< bound_value of `e`, which the instantiation makes one of
             ///< the two above
  /// `decltype(auto)` in a template: the box holds the bound_value of
  /// decltype(e) (an object, or a reference), which the body names
  /// (`<slot>_bound`) and binds an `auto &&` of the local's name to
  BoundDeclared,
};

/// How a frame local is initialised where its declaration stood.
enum class InitStyle {
  Default,    ///< `T x;`
  Copy,       ///< `T x = e;`: copy-initialised from e
  /// `T x = e;` with T, or e's type, depending on a template parameter:
  /// copy-initialised as a lambda's return value, so that a prvalue e of
  /// type T is not moved
  CopyDependent,
  /// `auto [a, b] = arr;` or `auto [a, b](arr);` of an array: copied element
  /// by element by the runtime's copy_array
  ArrayCopy,
  /// `auto &[a, b] = e;` (or `const auto &`, `auto &&`, `(e)`, `{e}`) in a
  /// template: the runtime's bound_reference, made from a lambda that
  /// returns e, at [ArgBegin, ArgEnd), as it is
  BoundReference,
  /// `const T &r = e;` (or `T &&`, `auto &&`, ..., `(e)`, `{e}`) in a
  /// template: the runtime's kept_reference in TemporarySlot, made from a
  /// lambda that returns e, at [ArgBegin, ArgEnd), as it is, keeps the
  /// temporary r binds to, if any; r takes the address it gives
  KeptReference,
  SameType,   ///< `T x = e;` with e a prvalue of T: constructed from e directly
  Direct,     ///< `T x(a, b);` and `T x{a, b};`: the parenthesised/braced list follows
  CopyList    ///< `T x = {a, b};`
};

/// How a statement whose header runs before it is rewritten (a Hoist edit):
/// `if`/`switch (init; T v = e) S` as `{ init; T v = e; if/switch (v) S }`
/// ([stmt.if] p3, [stmt.switch] p3); `while (T v = e) S` as
/// `for (;;) { T v = e; if (!(v)) break; S }` ([stmt.while] p2); and
/// `for (init; c; n) S` as `{ init; for (; c; n) S }` ([stmt.for] p1).
enum class HoistKind { Select, While, For, ForCondition };

enum class EditKind {
  /// Replace [Begin, End) (the declaration, or from the `,` before a later
  /// declarator, up to its initialiser) by the construction of `Slot` in
  /// place; `InitEnd` is where the initialiser ends, StmtEnd where the
  /// declarator does.
  Construct,
  /// Insert at Begin the destruction of `Slots` (in that order), after which
  /// the innermost live slot is `LiveAfter`. With WrapInBraces, the text
  /// from StmtBegin to there becomes a block (a split declaration that is
  /// the unbraced body of a statement, which is its variables' scope).
  Destroy,
  /// Like Destroy, before a `break` or `continue` statement [Begin, End),
  /// which it then encloses in braces.
  DestroyBeforeJump,
  /// A use of a renamed or reference local at [Begin, End).
  UseSlot,
  /// An implicit `this->` at Begin.
  ImplicitSelf,
  /// An explicit `this` at [Begin, End).
  ExplicitSelf,
  /// A suspension: the marker's macro call is [Begin, End), its arguments
  /// [ArgBegin, ArgEnd), the statement it stands in starts at StmtBegin and
  /// ends at StmtEnd (after its `;`).
  Suspend,
  /// An operand evaluated before a nested suspension, kept in Slot across it:
  /// its text [Begin, End) initialises the slot before the suspension (a
  /// value, or the address of a glvalue) and is replaced by the slot. Point
  /// is the suspension; XValue when the operand was an xvalue.
  Spill,
  /// A temporary made by an operand that is kept across suspension Point
  /// (bound to a reference, or materialised for a member access): its text
  /// [Begin, End) becomes the construction of the temporary in Slot (Init:
  /// SameType or Copy), and the expression then names Slot as `Text`, the
  /// reference type of the original (lvalue or xvalue). It is destroyed
  /// with the kept operands, at the end of the statement.
  Temporary,
  /// A temporary that a reference member of an aggregate made by a frame
  /// local's initialiser binds to, which lives as long as the local
  /// (GeneratorInfo::MemberTemporaries): its text [Begin, End) becomes its
  /// construction in Slot where it stands (Init: SameType, Copy or
  /// CopyList), then names Slot as `Text`, the reference type of the
  /// original. Slot is destroyed after the local, as a variable declared
  /// just before it. (An array, made from its braced list: the list is
  /// [ArgBegin, ArgEnd), the rest of the text runs around its construction,
  /// the left of a comma, `(f(), A{1, 2})`; so for a Temporary or Spill of
  /// one kept before a marker of the initialiser.)
  MemberTemporary,
  /// Before suspension Point, under the guard of an operand that an earlier
  /// marker of the same expression kept in Slot: what follows runs only if
  /// it is true (Guard 1) or false (Guard -1).
  Guard,
  /// `CORO_RETURN(args)`: the `return` statement is [Begin, StmtEnd), the
  /// arguments [ArgBegin, ArgEnd); MoveArg when they name a local.
  Return,
  /// A lambda's capture of a frame variable (Slot: a local or a parameter),
  /// which becomes an init-capture of the same name `Text`: the capture at
  /// [Begin, End), or, for an implicit one (WrapInBraces unset), added at
  /// Begin before the `]`. MoveArg for one that binds a reference (by
  /// reference, or a by-copy capture of a reference to a function, whose
  /// closure member is a reference: then RefInit when it is explicit, since
  /// its `&` is not written). With Slot -1 (`this` of a member generator),
  /// `Text` is the frame's pointer to the object, captured by copy.
  Capture,
  /// A lambda's by-copy capture of a frame variable (Slot) whose type an
  /// init-capture would not keep (an array, a const or volatile object, a
  /// type that depends on a template parameter), or of `*this` (Slot: the
  /// Self slot): becomes the init-capture `corogen_cap_<Text>` of a
  /// `capture_box` copied from it, at [Begin, End) or added at Begin as a
  /// Capture is. For `*this`, the lambda's body, whose `{` ends at
  /// BodyBegin, starts by naming the copy's address `corogen_self`.
  CaptureBox,
  /// A use at [Begin, End), inside a lambda, of a variable that the lambda
  /// (or an enclosing one) keeps in a capture_box: the box's value, as a
  /// const lvalue when MoveArg (the innermost lambda that copied it is not
  /// mutable). Text names the box as CaptureBox does.
  UseBox,
  /// A nested lambda's explicit capture at [Begin, End) of a variable kept
  /// in a capture_box: it captures the box (Text names it).
  RecaptureBox,
  /// `decltype(x)` at [Begin, End) of a boxed local `x` (Text), which the
  /// body names through a reference: the type of the object.
  BoxedType,
  /// `decltype(x)` at [Begin, End), inside a lambda, where `x` names a frame
  /// variable (Slot): the type x was declared with (Slot's type alias, and
  /// `Text`, `&` or `&&`, for a reference local).
  DeclaredType,
  /// [Begin, End) replaced by Text: the placeholder `decltype(auto)` of a
  /// boxed object, which the box makes with `new auto(e)` (or `const auto`
  /// where it deduced a const type); the `)` or `}` (with what precedes it)
  /// after the `e` of a reference's `(e)` or `{e}`, made `= e`.
  Replace,
  /// `__func__` and friends at [Begin, End): their value, `Text`.
  PredefinedName,
  /// A frame constant read in a lambda that does not capture it, at
  /// [Begin, End): its value, `Text`.
  ConstantValue,
  /// Before the declaration at Begin, of a constant that ConstantValue
  /// reads through a copy: the copy's declaration, `Text`.
  ConstantCopy,
  /// After the declaration of a structured binding that lives in the frame
  /// (at Begin): binds the tuple-like binding kept in Slot to
  /// `get<Point>(object)`, the object being RangeSlot; Text is the qualified
  /// name of the free `get` (empty: the member `get`), MoveArg when the
  /// object is passed as an xvalue ([dcl.struct.bind] p4). When Slot is not
  /// a reference (a binding whose type depends on a template parameter), it
  /// is a runtime `binding`, constructed from the object.
  Bind,
  /// After the bindings of a structured binding whose type depends on a
  /// template parameter are made (at Begin; with WrapInBraces, a range-for's
  /// loop variable's, with its Binds): Redeclaration declares their names again,
  /// bound to the object (RangeSlot) or to its bindings; region Point (a
  /// TryRegion::Box) is entered there, so that a resume runs it again
  /// before it dispatches.
  Rebind,
  /// A use of a structured binding at [Begin, End): Slot's referee when Slot
  /// is set, else RangeSlot followed by Text; with neither, `decltype(x)`,
  /// replaced by the type Text.
  UseBinding,
  /// A prvalue of a scalar type at [Begin, End) in the pattern of the fold
  /// of suspension Point that C++ may make a temporary of, kept to the end
  /// of the statement (MarkerSite::FoldHeld): `Text` goes before it,
  /// assigning it to its element's place in Slot, and `))` after it; the
  /// runtime's held_place makes the place an xvalue. MoveArg where it holds a part that the
  /// fold writes on its own (the marker, a kept operand, a guard's
  /// condition), whose pattern's text then writes it.
  Hold,
  /// A `continue` [Begin, End) of a loop rebuilt around a suspension: it
  /// jumps to the label of suspension Point.
  ContinueGoto,
  /// A handler [Begin, End) that suspends, of the try statement
  /// [StmtBegin, StmtEnd): its block [BodyBegin, BodyEnd] moves after the
  /// statement, where a stub handler jumps once it has kept the exception in
  /// ExcSlot and bound the exception variable (Slot) to it. `Text` is the
  /// stub's exception declaration; WrapInBraces on the first such handler of
  /// a try statement.
  MoveHandler,
  /// `throw;` at [Begin, End) in a moved handler: rethrows ExcSlot.
  Rethrow,
  /// A statement [StmtBegin, StmtEnd) whose init-statement
  /// [InitBegin, InitEnd) (its `;` included) and condition variable
  /// [ArgBegin, ArgEnd) run before it, as HoistKind says; its `(` is at
  /// LParenAt, its `)` at RParenAt, its body at BodyBegin. Point and
  /// PairGroup are the groups of the markers in its init-statement and in
  /// its condition variable or condition (0: none); the condition variable
  /// is Slot (or, not in the frame, named Text); Slots are the frame locals
  /// it declares, destroyed where its scope ends (LiveAfter then).
  Hoist,
  /// A declaration of boxed locals that becomes one declaration per
  /// declarator: it declares several, or defines a named class or
  /// enumeration, or an unnamed enumeration (at [InitBegin, InitEnd), which
  /// `Text` names: its name, or `decltype(e)` of its first enumerator).
  /// Its specifiers [Begin, End) (up to the first declarator) become that
  /// class's definition, if any; each declarator's Construct (SplitFrom)
  /// repeats them, the class named by Text; the `,` at each of Commas goes.
  SplitDeclaration,
  /// A range-for statement [Begin, StmtEnd) that suspends: desugared with
  /// the slots RangeSlot/BeginSlot/EndSlot; its loop variable's declaration is
  /// [ArgBegin, ArgEnd) and the range initialiser [InitBegin, InitEnd); the
  /// body's braces are at BodyBegin and BodyEnd.
  RangeFor
};

/// How a boxed structured binding (a Construct, or a RangeFor's loop
/// variable), or a dependent one kept in the frame (a Rebind), names its
/// bindings again on each entry.
struct BoxBindings {
  /// Its bindings `[a, b]` are [ArgBegin, End) (a RangeFor's loop
  /// variable's, [VarNameAt, End)); the box keeps its object, which a
  /// declaration `<type> &[a, b] = <object>;` after the box's binds again
  /// on each entry.
  Offset End = 0;
  /// Where its bindings may not be declared again (a tuple-like object
  /// whose `get` is the user's, which would be called again), and where
  /// the object's type depends on a template parameter: a box slot for
  /// each, which keeps the runtime's `binding`, made once after the
  /// object; on each entry each name in Names is declared again as a
  /// reference to what its binding refers to (Dependent: through
  /// Redeclaration). Lvalue: the object is an lvalue (`auto &[a, b]`),
  /// which get<I> is called on; Forwarding, `auto &&`, whose object is an
  /// lvalue as the instantiation says.
  std::vector<int> Slots;
  std::vector<std::string> Names;
  bool Lvalue = false;
  bool Forwarding = false;
  /// The object's type depends on a template parameter; Accessor is the
  /// lambda through which its bindings reach a class's members
  /// (Lowerer::memberAccessor).
  bool Dependent = false;
  std::string Accessor;
  /// A binding by value whose object may be an array (which `new auto(e)`
  /// would decay): the box makes the runtime's
  /// `binding_object<decltype((e))>::type` (an `array_object` for an
  /// array), which the bindings reach through `bound_object`.
  bool Object = false;
  /// The declaration that declares the names again on each entry, `auto
  /// &&[a, b] = ::corogen::detail::rebound(object, bindings...);` (the
  /// same the lambdas corogen wraps text in declare, Rebinds), where
  /// Dependent; a Rebind's.
  std::string Redeclaration;
};

struct BodyEdit {
  BodyEdit() = default;
  explicit BodyEdit(EditKind K) : Kind(K) {}

  EditKind Kind = EditKind::UseSlot;
  Offset Begin = 0, End = 0;
  Offset ArgBegin = 0, ArgEnd = 0;
  Offset InitBegin = 0, InitEnd = 0;
  Offset StmtBegin = 0, StmtEnd = 0;
  Offset BodyBegin = 0, BodyEnd = 0;
  int Slot = -1;
  std::vector<int> Slots;
  unsigned LiveAfter = 0;
  unsigned LiveId = 0;
  unsigned Point = 0;
  PointKind SuspendKind = PointKind::Yield;
  InitStyle Init = InitStyle::Default;
  bool WrapInBraces = false;
  bool MoveArg = false;
  /// Capture: see there.
  bool RefInit = false;
  bool XValue = false;
  /// A Spill into a box (its slot IsBoxed): the box keeps the operand's
  /// address, not a value.
  bool BoxAddress = false;
  /// A Spill into a box of a lambda-expression's closure: the frame's
  /// member function `corogen_make_<slot>` makes it, from the operand's
  /// text, so that its type is one type before the suspension and after.
  bool MakeInMember = false;
  /// Construct of a boxed array, or object of an unnamed class its
  /// declaration defines: the class made in the box has a member declared
  /// by [Begin, ArgBegin), the declaration up to the end of its declarator,
  /// with Bound inserted at BoundAt (`T a[] = {...}`).
  bool BoxMember = false;
  Offset BoundAt = 0;
  std::string Bound;
  /// Construct of a boxed structured binding, RangeFor whose loop variable
  /// is one, Rebind: its bindings (BoxBindings).
  BoxBindings Bindings;
  /// Construct, RangeFor: the init-captures (`, &a = a`) that each lambda
  /// corogen wraps the initialiser or the range in needs, for the names of
  /// boxed structured bindings in it (clang before 16 lets no lambda
  /// capture a structured binding; an init-capture's initialiser is not a
  /// capture).
  std::string Captures;
  /// The declarations that declare the bindings of boxed structured
  /// bindings again at the top of that lambda's body, where the text takes
  /// `decltype(a)` or names a bit-field, which a reference would not keep
  /// (`auto &[a, b] = corogen_bindings_object;`).
  std::string Rebinds;
  /// Construct of a boxed reference bound to a part of a temporary: the
  /// temporary's text [PartBegin, PartEnd), which the box makes. RangeFor
  /// over a part of a temporary (`make().items`): the range's slot keeps
  /// the temporary, made from [PartBegin, PartEnd) (in a template, the
  /// runtime's bound_value of the object, which keeps it where it is a
  /// prvalue). Construct of a reference of a template kept by a
  /// kept_reference, bound to a member of an object of a dependent type
  /// (`make<T>().first`): PartSlot, made first, is the bound_value of that
  /// object, [PartBegin, PartEnd), whose text is then `PartSlot.get()`.
  Offset PartBegin = 0, PartEnd = 0;
  int PartSlot = -1;
  /// Construct: a later declarator of the declaration, after a `,`.
  bool Separator = false;
  /// Construct of a boxed local of a SplitDeclaration (at SplitFrom, which
  /// is not 0): [Begin, ArgBegin) is its declarator.
  Offset SplitFrom = 0;
  /// Construct of a boxed local whose declaration ends at its declarator
  /// (a split one, or a condition variable): its dispatch there starts
  /// with the `;` it needs.
  bool Unterminated = false;
  /// SplitDeclaration: where the `,` between declarators stand.
  std::vector<Offset> Commas;
  /// SplitDeclaration of an unnamed type: the definition is declared as
  /// `typedef <definition> *TypeAlias;`, which Text names the type by.
  std::string TypeAlias;
  /// Construct: the declaration, which has several declarators and markers
  /// in their initialisers, becomes one statement per declarator. Suspend:
  /// in such a declaration, it stands at StmtBegin, the start of its
  /// declarator (or of the declaration), and what it keeps dies at
  /// StmtEnd, the end of its declarator.
  bool Split = false;
  /// Spill: what follows it (later spills and the suspension) runs only if
  /// the kept value is true (1) or false (-1): the left of && or ||, or the
  /// condition of ?:, when the marker is on their conditional side.
  int Guard = 0;
  /// Suspend in a loop's condition or increment: how the loop is rebuilt.
  LoopPart Loop = LoopPart::None;
  /// For a loop whose condition (CondBegin, CondEnd) or increment (IncBegin,
  /// IncEnd) suspends: where its `do`, `while` and `)` stand, and where its
  /// body ends (BodyEnd).
  Offset DoAt = 0, WhileAt = 0, RParenAt = 0;
  Offset CondBegin = 0, CondEnd = 0, IncBegin = 0, IncEnd = 0;
  /// Suspend inside a larger expression: its spills' slots to destroy after
  /// the statement (LiveAfter then), in Slots. The markers of one
  /// full-expression form a group, numbered by its first point (Group), in
  /// the order they run; the last one carries the group's Slots and the
  /// statement's loop shape.
  bool Nested = false;
  unsigned Group = 0;
  /// The last Suspend of a `for` condition's group: the group of the same
  /// loop's increment, which its rebuilt loop runs at the bottom.
  unsigned PairGroup = 0;
  /// Suspend: a group in the header of a Hoist statement, which places it.
  bool InHeader = false;
  /// Suspend, the last of a group in the condition [CondBegin, CondEnd) of an
  /// `if` or a loop, whose kept operands (Slots) have destructors: the
  /// condition is evaluated into `bool corogen_cond_<Group>` and they die
  /// before the branches or the body run, as the condition's full-expression
  /// ends there.
  bool KeepCondition = false;
  /// A KeepCondition Suspend, or the Hoist, of a switch: the type its
  /// condition [CondBegin, CondEnd) converts to, which it is kept as.
  std::string CondType;
  /// ... or, where that type depends on a template parameter, the type is
  /// named from decltype of the condition's text, through the runtime's
  /// switch_condition (which refuses a class type at instantiation).
  bool CondTypeOfText = false;
  HoistKind Hoist = HoistKind::Select;
  /// Hoist ForCondition: the increment [IncBegin, IncEnd) moves to the end
  /// of each iteration, after a label `corogen_step_<Step>` that the body's
  /// `continue`s jump to (Step 0: none does); InnerSlots are the condition
  /// variable's, destroyed at the end of each iteration (InnerLiveAfter).
  /// ContinueGoto with Step: it jumps to that label. (Its increment's
  /// markers are group Group, placed before the increment.)
  unsigned Step = 0;
  Offset LParenAt = 0;
  /// Spill, Temporary and Guard: the order in which they are evaluated.
  unsigned Seq = 0;
  /// Suspend: how the marker's value is used (none, or it initialises/assigns).
  bool ValueUsed = false;
  /// Suspend, and Spill of a marker's value: the value goes to one of the
  /// marker's operators, whose type the runtime's checked_operand checks
  /// (MarkerSite::CheckedOperand).
  bool CheckedOperand = false;
  int RangeSlot = -1, BeginSlot = -1, EndSlot = -1, LoopVarSlot = -1;
  int ExcSlot = -1;
  /// Construct: the slot of the temporary a reference extends, made first.
  /// RangeFor over a range whose type depends on a template parameter: the
  /// kept_reference of its reference loop variable, made at the top of
  /// each iteration.
  int TemporarySlot = -1;
  /// Construct: the flags of the member temporaries its initialiser makes
  /// on one side of a `?:` only (FrameSlot::MadeFlag), set false before it
  /// runs. Suspend of a group: those of the member temporaries that the
  /// group keeps before a marker on one side of a condition, set false
  /// before the group runs.
  std::vector<int> MadeFlags;
  /// Construct of a boxed local: its region (TryRegion::Box); its type is
  /// written from Begin to ArgBegin (its name), and Init says how the
  /// initialiser makes it (SameType: as `new T(e)` does). A boxed reference
  /// (`T &r = e;`) keeps its declaration, bound as Binding says.
  unsigned Region = 0;
  /// Construct of a boxed local: how it is made from its initialiser.
  BoxBinding Binding = BoxBinding::Object;
  /// BoxBinding::BoundDeclared: the name of the body's reference to the box.
  std::string BoundName;
  /// RangeFor with an init-statement [PreBegin, PreEnd) (its `;`
  /// included): it runs first; Point is the group of its markers (0: none).
  Offset PreBegin = 0, PreEnd = 0;
  /// RangeFor with an unbraced body: what the added block destroys.
  std::vector<int> InnerSlots;
  unsigned InnerLiveAfter = 0;
  unsigned Handler = 0;
  /// MoveHandler: the block's region (TryRegion::Handler).
  unsigned HandlerRegion = 0;
  /// MoveHandler whose exception variable (Slot) is boxed: its type is
  /// written at [ArgBegin, ArgEnd), Region is the block's, entered at its
  /// top, Binding says whether the box keeps the address (a reference) or
  /// a copy, made from what the stub catches (as a reference, for a class,
  /// CaughtClass).
  bool CaughtClass = false;
  /// Such a variable declared as an array or a function, whose type the
  /// handler adjusts to a pointer (to its element, or to it).
  enum class Adjusted : unsigned char { None, Array, Function } CaughtAdjusted = Adjusted::None;
  /// Such a variable, a reference whose name stands inside its declarator
  /// (VarNameAt): where its `&` is.
  Offset RefAt = 0;
  /// MoveHandler of a reference (Slot): the slot of the copy that it binds
  /// to where it refers to a pointer (the runtime's caught_reference).
  int CopySlot = -1;
  /// Suspend of a yield that is the pattern of a fold over `,`, `(CORO_YIELD(
  /// f(ts)), ...);`: the slot of the loop's index over the elements of the
  /// pack, whose parameters in the body are named FoldElements.
  int FoldSlot = -1;
  std::string FoldElements;
  /// Such a Suspend's number of elements, `sizeof...(ts)`, and an
  /// expression that names the pack (FoldElements; or, of a fold over a
  /// pack of types or constants, where FoldElements is empty and each turn
  /// names its element through its place, `Ns`, `pack_tag<Ts>()`).
  std::string FoldCount, FoldPackUse;
  /// Such a Suspend whose fold's pattern holds more than the marker
  /// (MarkerSite::FoldPattern): the pattern, [PatternBegin, PatternEnd),
  /// run with the marker's value after each resume.
  Offset PatternBegin = 0, PatternEnd = 0;
  /// Such a Suspend of a fold over another operator whose value is used
  /// (MarkerSite::ValueFold), [FoldBegin, FoldEnd): each turn keeps the
  /// pattern's value, of FoldValueType, in the frame array FoldValues; the
  /// fold then reads those values. FoldStop: of `&&` (1) or `||` (-1),
  /// whose loop ends after a value false (or true).
  Offset FoldBegin = 0, FoldEnd = 0;
  int FoldValues = -1;
  std::string FoldValueType;
  /// Such a Suspend of a call's or a list's expansion whose values are
  /// objects of a class (not scalars): kept in FoldValues, the runtime's
  /// fold_slots, made before the loop and destroyed at the end of the
  /// statement, after which LiveAfter is the innermost live slot; each
  /// value is passed as an xvalue.
  bool FoldObjects = false;
  /// Such values of a type that depends on a template parameter, one per
  /// element: FoldValues is the runtime's fold_tuple, each turn makes its
  /// element's at its place (`at_position`), and the call takes each as
  /// decltype of its pattern names it.
  bool FoldTuple = false;
  /// Such a Suspend whose pattern keeps an operand evaluated before the
  /// marker (MarkerSite::FoldKept), each [begin, end) in Kept, in the
  /// order they are made: FoldKept is the runtime's fold_groups of their
  /// values, a fold_tuple for each element, made before the loop and
  /// destroyed at the end of the statement (LiveAfter then); each turn
  /// makes its element's before the suspension, and the pattern reads them
  /// after.
  int FoldKept = -1;
  std::vector<std::pair<Offset, Offset>> Kept;
  /// (With a guard, the first KeptBeforeGuard of Kept are made before its
  /// condition is tested.)
  unsigned KeptBeforeGuard = 0;
  /// Of a call's expansion whose values are objects (FoldObjects) and
  /// whose pattern keeps operands: each value is the last of its element's
  /// group in FoldKept (FoldValues is FoldKept), made in its turn as a
  /// FoldTuple's (at place Kept.size()), so that each element's value and
  /// operands die together, its value first, the last element's first, as
  /// C++ destroys the temporaries of the whole expansion.
  bool ValuesKept = false;
  /// Such a Suspend whose pattern names its element's type through a pack
  /// (MarkerSite::FoldPackTypes, Replace edits of their own): each turn
  /// knows its element's place, as with FoldKept.
  bool FoldPositions = false;
  /// Such a Suspend whose pattern runs the marker under a condition
  /// (MarkerSite::Guard), `ok(ts) && CORO_YIELD(ts)`: the condition,
  /// [GuardBegin, GuardEnd), which each turn evaluates first (after the
  /// operands kept before it, KeptBeforeGuard), and suspends where
  /// it is GuardWhen; the pattern then runs with `true` or `false` in the
  /// condition's place. GuardChecked: an `&&` or `||` whose operands'
  /// types only the instantiation shows, [GuardBegin, GuardEnd) and the
  /// marker's arm [ArmBegin, ArmEnd), checked there to be the built-in one.
  bool Guarded = false, GuardWhen = true, GuardChecked = false;
  Offset GuardBegin = 0, GuardEnd = 0, ArmBegin = 0, ArmEnd = 0;
  /// The parts of such a pattern whose types only the instantiation shows
  /// (MarkerSite::FoldChecked): each turn checks that none makes an object
  /// whose destruction shows (the runtime's made_dies_unseen).
  std::vector<std::pair<Offset, Offset>> FoldChecked;
  /// Its parts whose values outlive the turn and may refer to a temporary
  /// that it makes and cannot keep (MarkerSite::FoldRefChecked): each turn
  /// checks that none is of a type that may refer to one.
  std::vector<std::pair<Offset, Offset>> FoldRefChecked;
  /// Such a Suspend of a ValueFold whose statement evaluates before it an
  /// operand that cannot be evaluated again (MarkerSite::FoldOuterKept),
  /// [OuterBegin, OuterEnd): FoldOuter is the runtime's fold_tuple of one
  /// value, made before the loop, read in the operand's place, destroyed
  /// at the end of the statement.
  int FoldOuter = -1;
  Offset OuterBegin = 0, OuterEnd = 0;
  int FoldStop = 0;
  /// Such a Suspend of a braced list's expansion (MarkerSite::ValueFold):
  /// the pattern becomes the next kept value, the fold's index counting
  /// them again, as C++ evaluates a list's elements first to last.
  bool FoldList = false;
  /// Such a Suspend of a variable's parenthesised initialiser that expands
  /// the pattern, `Point p(x, P...);`: the type that the values make, as
  /// `Point(x, <values>...)`, in [FoldBegin, FoldEnd), the list's inside.
  std::string FoldMakes;
  /// Such a Suspend in the condition of an `if` or a `switch` (StmtBegin,
  /// StmtEnd: the statement), whose branches hold edits of their own: the
  /// loop goes before it, the fold's text alone is replaced.
  bool FoldInCondition = false;
  /// Such a Suspend of a left fold over `<<` or `>>` of an object
  /// (MarkerSite::ValueFold, runningFold), `(std::cout << ... << p);`: the
  /// frame's FoldTarget points to the object, [TargetBegin, TargetEnd),
  /// before the loop, and each turn makes its step, `*target
  /// FoldOperator p`, and points it to the step's result.
  int FoldTarget = -1;
  Offset TargetBegin = 0, TargetEnd = 0;
  std::string FoldOperator;
  unsigned ParamLiveId = 0;
  /// RangeFor over a range whose type depends on a template parameter:
  /// its slot is the runtime's bound_value of it, made from a lambda that
  /// returns it as decltype(auto), and the loop names it by `lvalue()`.
  bool RangeBound = false;
  /// Construct of a boxed array of a template whose bound its braced list
  /// [ListBegin, ListEnd) gives: the box's making function counts the
  /// elements as the instantiation does, declaring such an array, of the
  /// element type written in [Begin, VarNameAt), in a lambda it never
  /// calls; Bound names that count.
  Offset ListBegin = 0, ListEnd = 0;
  /// The range is a braced list: its slot is the list's array. Boxed, the
  /// array is the runtime's braced_range, which, before C++17 (no class
  /// template argument deduction), decltype of braced_range_of called with
  /// the list's elements [InitBegin + 1, InitEnd - 1) names
  /// (RangeListByDecltype).
  bool RangeIsList = false;
  bool RangeListByDecltype = false;
  /// A boxed braced list with an element that is a braced list, which no
  /// deduction reads: its element type is what its other elements, the
  /// ranges [Begin, End) here, deduce (decltype of braced_range_of called
  /// with them), and ListCount its elements' number.
  std::vector<std::pair<Offset, Offset>> DeducingElements;
  unsigned ListCount = 0;
  /// A boxed braced list with an element that holds a lambda-expression,
  /// before C++17 (no class template argument deduction) or beside an
  /// element that is a braced list: its other elements, DeducingElements,
  /// each become a call of a function of the box's making function that
  /// returns it, the element type is what those calls deduce, and the
  /// array is made from the list in place (a lambda-expression may not
  /// stand in decltype, and its text written twice makes two types).
  bool RangeListByThunks = false;
  /// Construct of a reference of a template kept by a kept_reference,
  /// initialised by a braced list of one element, [ArgBegin, ArgEnd) its
  /// element: the kept_reference is also given a function that makes the
  /// temporary from the list, which it calls where the element's type is
  /// not reference-related to the reference's (copy-list-initialised for
  /// `= {e}`, CopyListMaker, direct-list-initialised for `{e}`).
  bool CopyListMaker = false, DirectListMaker = false;
  /// A member temporary kept in a box (a Spill, a Temporary or a
  /// MemberTemporary) that a braced list alone makes: the name of its
  /// class, written before the list in the box's `new auto(...)`.
  std::string BoxedTypeName;
  /// RangeFor whose range and iterators are kept in boxes (the slots are
  /// boxes): RangeRegion is the range's region, the next two the
  /// iterators'; the range is bound as RangeBinding says.
  unsigned RangeRegion = 0;
  BoxBinding RangeBinding = BoxBinding::Object;
  /// RangeFor whose loop variable is boxed (LoopVarSlot), made in region
  /// LoopVarRegion from `*begin` as LoopVarBinding says; an Object declared
  /// `auto` (LoopVarAuto) or of the type written in [ArgBegin, VarNameAt).
  unsigned LoopVarRegion = 0;
  BoxBinding LoopVarBinding = BoxBinding::Object;
  bool LoopVarAuto = false;
  Offset VarNameAt = 0;
  std::string Text;
};

/// A path of the state machine: from one state (0, the entry, or a
/// suspension) to the next suspension or to the end, through lines
/// FirstLine to LastLine of the source.
struct StateEdge {
  unsigned From = 0;
  /// A suspension's number, or 0 for the end (a return, falling off the end).
  unsigned To = 0;
  unsigned FirstLine = 0;
  unsigned LastLine = 0;
};

/// A declaration of an alias or a constant (or a using-declaration or
/// -directive) in a block of the body (GeneratorInfo::NameDeclarations):
/// its text, and the names it declares.
struct LocalName {
  std::string Text;
  std::vector<std::string> Names;
  /// Whether the top of the function declares it too: one of
  /// GeneratorInfo::LocalNames that the frame's types (or another such
  /// declaration) name; else only the use follows it in the body.
  bool AtTop = false;
  /// A using-directive: always declared (its names are not known here).
  bool Always = false;
  /// Where the declaration ends in the body, and a use there of what it
  /// declares: the body's own uses may all have gone into the frame's
  /// types.
  Offset After = 0;
  std::string Use;
};

/// One generator, lowered.
struct GeneratorIR {
  std::string Name;       ///< qualified name, for dumps and diagnostics
  std::string HandleType; ///< `corogen::generator<Y, S, R>` spelled in full
  bool IsDependent = false; ///< inside a template (shown by --dump-ir)
  bool HasHandlers = false;
  unsigned Line = 0;
  Offset BodyBegin = 0; ///< the body's `{`
  Offset BodyEnd = 0;   ///< the body's `}`
  unsigned EndLine = 0; ///< line of the body's `}`
  std::vector<FrameSlot> Slots;
  std::vector<SuspendPoint> Points;
  std::vector<BodyEdit> Edits;
  std::vector<StateEdge> Edges;
  std::vector<TryRegion> Trys;
  /// The body's aliases and constants: declared at the top too (AtTop),
  /// before the frame's types, where these name them; used in the body.
  std::vector<LocalName> LocalNames;
  /// Declared at the top after the frame's types, for types the body
  /// names: the never-called lambdas through which decltype names the type
  /// of an expression that holds a lambda (a dependent switch condition's).
  std::string Preamble;
};

/// Prints the IR in a stable, line-oriented form (`--dump-ir`).
void dumpIR(const GeneratorIR &G, llvm::raw_ostream &OS);
/// Writes the state machine as a Graphviz digraph (`--emit-dot`).
void writeDot(const GeneratorIR &G, llvm::raw_ostream &OS);

} // namespace corogen

#endif // COROGEN_TOOL_IR_H
