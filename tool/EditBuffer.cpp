//===- EditBuffer.cpp - Text edits that may nest and move -----------------===//
//
// Part of corogen, under the MIT licence.
//
//===----------------------------------------------------------------------===//

#include "EditBuffer.h"

#include <algorithm>
#include <cassert>

namespace corogen {

bool EditBuffer::contains(unsigned Begin, unsigned End, const Edit &E) const {
  if (!E.IsInsert)
    return E.Begin >= Begin && E.End <= End;
  if (E.Begin > Begin && E.Begin < End)
    return true;
  return (E.Begin == Begin && E.S == Side::Right) || (E.Begin == End && E.S == Side::Left);
}

size_t EditBuffer::insert(unsigned Offset, std::string Text, Side S) {
  assert(Offset <= Source.size() && "insertion past the end of the file");
  Edits.push_back(Edit{Offset, Offset, std::move(Text), true, S,
                       static_cast<unsigned>(Edits.size()), false});
  return Edits.size() - 1;
}

void EditBuffer::replace(unsigned Begin, unsigned End, std::string Text) {
  assert(Begin <= End && End <= Source.size() && "bad replacement range");
  for (Edit &E : Edits)
    if (!E.Dead && contains(Begin, End, E))
      E.Dead = true;
  Edits.push_back(Edit{Begin, End, std::move(Text), false, Side::Right,
                       static_cast<unsigned>(Edits.size()), false});
}

std::string EditBuffer::render(unsigned Begin, unsigned End) const {
  std::vector<const Edit *> Inside;
  for (const Edit &E : Edits)
    if (!E.Dead && contains(Begin, End, E))
      Inside.push_back(&E);
  // At one offset: what belongs to the left, then what belongs to the right,
  // then the replacement that starts there.
  auto Rank = [](const Edit *E) { return E->IsInsert ? (E->S == Side::Left ? 0 : 1) : 2; };
  std::sort(Inside.begin(), Inside.end(), [&](const Edit *A, const Edit *B) {
    if (A->Begin != B->Begin)
      return A->Begin < B->Begin;
    if (Rank(A) != Rank(B))
      return Rank(A) < Rank(B);
    return A->Seq < B->Seq;
  });
  std::string Out;
  unsigned Cursor = Begin;
  for (const Edit *E : Inside) {
    if (E->Begin < Cursor)
      continue; // inside a replacement made after it
    Out += Source.slice(Cursor, E->Begin).str();
    Out += E->Text;
    Cursor = E->IsInsert ? E->Begin : E->End;
  }
  Out += Source.slice(Cursor, End).str();
  return Out;
}

} // namespace corogen
