//===- IR.cpp - Printing the state-machine form ---------------------------===//
//
// Part of corogen, under the MIT licence.
//
//===----------------------------------------------------------------------===//

#include "IR.h"

#include <string>

namespace corogen {

bool isReservedName(const std::string &Name) {
  // Those of the runtime (runtime/include/corogen) and those the tool
  // writes (Emit, Lowering), whole...
  // clang-format off
  static const char *const Whole[] = {
      "at", "body", "caught", "chain_root", "clear_value", "closing", "delegate",
      "delegate_result", "delegating", "destroy_fn", "destroy_thunk", "e", "elements",
      "exception", "fall_off", "finish", "finished", "frame", "has_handlers", "has_value", "i",
      "innermost", "leaf", "link_sub", "live", "m", "make", "object", "observed_state", "p",
      "parent", "point", "put_value", "raise", "raise_exception", "raise_exit",
      "raise_if_pending", "raise_pending", "release_sub", "result", "resume_fn",
      "resume_thunk", "resumed", "return", "return_marker", "returned", "root", "self", "sent",
      "state", "stop", "sub", "sub_owner", "tag", "take_sent", "target", "unlink_from_parent",
      "unwind", "unwind_to", "v", "value", "yield", "yield_from_marker", "yield_marker"};
  // ... and the families they number, or name after something else
  // (`corogen_resume_3`, `corogen_cap_x`).
  static const char *const Families[] = {
      "alias_", "arg_", "box_", "cap_", "class_", "cond_", "constant_", "element_", "handler_",
      "init_", "make_", "members_", "next_", "resume_", "step_", "try_", "type_", "unnamed_"};
  // clang-format on
  const std::string Prefix = "corogen_";
  if (Name.compare(0, Prefix.size(), Prefix) != 0)
    return false;
  std::string Rest = Name.substr(Prefix.size());
  for (const char *W : Whole)
    if (Rest == W)
      return true;
  for (const char *F : Families)
    if (Rest.compare(0, std::string(F).size(), F) == 0)
      return true;
  return false;
}

static const char *slotKindName(SlotKind K) {
  switch (K) {
  case SlotKind::Self:
    return "self";
  case SlotKind::Param:
    return "param";
  case SlotKind::Pack:
    return "pack";
  case SlotKind::Local:
    return "local";
  }
  return "?";
}

static const char *editKindName(EditKind K) {
  switch (K) {
  case EditKind::Construct:
    return "construct";
  case EditKind::Destroy:
    return "destroy";
  case EditKind::DestroyBeforeJump:
    return "destroy-before-jump";
  case EditKind::UseSlot:
    return "use";
  case EditKind::ImplicitSelf:
    return "implicit-this";
  case EditKind::ExplicitSelf:
    return "this";
  case EditKind::Suspend:
    return "suspend";
  case EditKind::Return:
    return "return";
  case EditKind::Replace:
    return "replace";
  case EditKind::PredefinedName:
    return "predefined-name";
  case EditKind::ConstantValue:
    return "constant-value";
  case EditKind::ConstantCopy:
    return "constant-copy";
  case EditKind::RangeFor:
    return "range-for";
  case EditKind::MoveHandler:
    return "move-handler";
  case EditKind::Rethrow:
    return "rethrow";
  case EditKind::Spill:
    return "spill";
  case EditKind::Temporary:
    return "temporary";
  case EditKind::MemberTemporary:
    return "member-temporary";
  case EditKind::Guard:
    return "guard";
  case EditKind::Hoist:
    return "hoist";
  case EditKind::Capture:
    return "capture";
  case EditKind::CaptureBox:
    return "capture-box";
  case EditKind::UseBox:
    return "use-box";
  case EditKind::RecaptureBox:
    return "recapture-box";
  case EditKind::DeclaredType:
    return "declared-type";
  case EditKind::BoxedType:
    return "boxed-type";
  case EditKind::ContinueGoto:
    return "continue-goto";
  case EditKind::Bind:
    return "bind";
  case EditKind::UseBinding:
    return "use-binding";
  case EditKind::Hold:
    return "hold";
  case EditKind::Rebind:
    return "rebind";
  case EditKind::SplitDeclaration:
    return "split-declaration";
  }
  return "?";
}

void dumpIR(const GeneratorIR &G, llvm::raw_ostream &OS) {
  OS << "generator " << G.Name << " line " << G.Line << "\n";
  OS << "  handle " << G.HandleType << (G.IsDependent ? " (dependent)" : "")
     << (G.HasHandlers ? " (handlers)" : "") << "\n";
  for (const FrameSlot &S : G.Slots) {
    OS << "  slot " << slotKindName(S.Kind) << " " << S.Name;
    if (S.Name != S.SourceName && !S.SourceName.empty())
      OS << " (" << S.SourceName << ")";
    OS << " : " << S.Type << (S.IsReference ? " &" : "")
       << (S.IsConstexpr ? " constexpr" : "") << (S.IsBoxed ? " boxed" : "")
       << (S.IsArray ? " array" : "");
    if (S.LiveId != 0)
      OS << " live " << S.LiveId << " prev " << S.PrevLiveId;
    if (S.SpillLiveId != 0)
      OS << " (in its statement: live " << S.SpillLiveId << " prev " << S.SpillPrevLiveId << ")";
    OS << " line " << S.Line << "\n";
  }
  OS << "  state 0 entry\n";
  for (const SuspendPoint &P : G.Points)
    OS << "  state " << P.Id << " " << (P.Kind == PointKind::Yield ? "yield" : "yield-from")
       << " at " << P.Line << ":" << P.Column
       << (P.Try ? (G.Trys[P.Try - 1].Box       ? " in box "
                    : G.Trys[P.Try - 1].Handler ? " in handler "
                                                : " in try ") +
                       std::to_string(P.Try)
                 : std::string())
       << "\n";
  for (const BodyEdit &E : G.Edits) {
    OS << "  edit " << editKindName(E.Kind) << " @" << E.Begin;
    if (E.Slot >= 0)
      OS << " slot " << G.Slots[E.Slot].Name;
    if (!E.Slots.empty()) {
      OS << " slots";
      for (int S : E.Slots)
        OS << " " << G.Slots[S].Name;
      OS << " then live " << E.LiveAfter;
    }
    if (E.Kind == EditKind::Suspend)
      OS << " state " << E.Point;
    if (E.Kind == EditKind::Spill || E.Kind == EditKind::Temporary || E.Kind == EditKind::Guard)
      OS << " before " << E.Point;
    if (E.Kind == EditKind::Spill && E.Slot >= 0 && G.Slots[E.Slot].IsBoxed)
      OS << (E.BoxAddress ? " boxed-address" : " boxed-value")
         << (E.MakeInMember ? " made-by-member" : "");
    if (E.Guard != 0)
      OS << (E.Guard > 0 ? " if-true" : " if-false");
    if (E.Guarded)
      OS << " turn-guard @" << E.GuardBegin << (E.GuardWhen ? " when-true" : " when-false")
         << (E.GuardChecked ? " checked" : "");
    if (E.Kind == EditKind::SplitDeclaration && E.InitEnd > E.InitBegin)
      OS << " defines " << E.Text << (E.TypeAlias.empty() ? "" : " through " + E.TypeAlias);
    if (E.SplitFrom != 0)
      OS << " split-from @" << E.SplitFrom;
    if (E.Kind == EditKind::ConstantCopy)
      OS << " " << E.Text;
    if (E.Kind == EditKind::Rebind)
      OS << " object " << G.Slots[E.RangeSlot].Name << " entering box " << E.Point;
    if (E.Kind == EditKind::RangeFor && E.LoopVarSlot >= 0)
      OS << " loop-var " << G.Slots[E.LoopVarSlot].Name;
    if (E.RangeListByThunks)
      OS << " list-by-functions";
    if (E.PartSlot >= 0)
      OS << " object " << G.Slots[E.PartSlot].Name;
    if (E.CopyListMaker || E.DirectListMaker)
      OS << (E.CopyListMaker ? " copy-list-maker" : " direct-list-maker");
    if (E.Bindings.End != 0 && E.Bindings.Slots.empty())
      OS << " rebinds @" << E.Bindings.End;
    for (size_t I = 0; I != E.Bindings.Slots.size(); ++I)
      OS << (I ? ", " : " binds ") << E.Bindings.Names[I] << " in "
         << G.Slots[E.Bindings.Slots[I]].Name;
    OS << "\n";
  }
  for (const TryRegion &T : G.Trys)
    OS << (T.Box       ? "  box "
           : T.Handler ? "  handler "
                       : "  try ")
       << T.Id << " in " << T.Parent << " @" << T.TryBegin
       << (T.Unwind ? " unwind-to " + std::to_string(T.LiveAtEntry) : std::string()) << "\n";
  for (const StateEdge &E : G.Edges)
  {
    OS << "  path " << E.From << " -> " << (E.To == 0 ? std::string("end") : std::to_string(E.To));
    if (E.FirstLine != 0)
      OS << " lines " << E.FirstLine << "-" << E.LastLine;
    OS << "\n";
  }
}

static std::string dotEscape(llvm::StringRef S) {
  std::string Out;
  for (char C : S) {
    if (C == '"' || C == '\\')
      Out += '\\';
    Out += C;
  }
  return Out;
}

void writeDot(const GeneratorIR &G, llvm::raw_ostream &OS) {
  OS << "digraph \"" << dotEscape(G.Name) << "\" {\n";
  OS << "  label=\"" << dotEscape(G.Name) << " (line " << G.Line << ")\";\n";
  OS << "  node [shape=box, fontname=\"monospace\"];\n";
  OS << "  s0 [label=\"entry\", shape=ellipse];\n";
  for (const SuspendPoint &P : G.Points)
    OS << "  s" << P.Id << " [label=\"" << P.Id << ": "
       << (P.Kind == PointKind::Yield ? "CORO_YIELD" : "CORO_YIELD_FROM") << "\\nline " << P.Line
       << "\"];\n";
  OS << "  end [label=\"end\", shape=doublecircle];\n";
  for (const StateEdge &E : G.Edges) {
    OS << "  s" << E.From << " -> " << (E.To == 0 ? std::string("end") : "s" + std::to_string(E.To))
       << " [label=\"";
    if (E.FirstLine != 0 && E.FirstLine == E.LastLine)
      OS << "line " << E.FirstLine;
    else if (E.FirstLine != 0)
      OS << "lines " << E.FirstLine << "-" << E.LastLine;
    OS << "\"];\n";
  }
  OS << "}\n";
}

} // namespace corogen
