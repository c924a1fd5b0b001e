//===- EditBuffer.h - Text edits that may nest and move ---------*- C++ -*-===//
//
// Part of corogen, under the MIT licence.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// The emitter's text buffer: insertions and replacements over the original
/// text, where a later replacement may take in earlier edits (it reads them
/// with render() and supersedes them). An insertion at an offset belongs to
/// the text on its left or on its right; that decides whether a range that
/// starts or ends there contains it. clang's Rewriter leaves this to the
/// order of calls, which moving text cannot rely on.
///
//===----------------------------------------------------------------------===//

#ifndef COROGEN_TOOL_EDITBUFFER_H
#define COROGEN_TOOL_EDITBUFFER_H

#include "llvm/ADT/StringRef.h"

#include <string>
#include <vector>

namespace corogen {

class EditBuffer {
public:
  /// Which text an insertion belongs to.
  enum class Side { Left, Right };

  explicit EditBuffer(llvm::StringRef Source) : Source(Source) {}

  /// Returns the insertion's index, for fill.
  size_t insert(unsigned Offset, std::string Text, Side S);
  /// Sets the text of the insertion `Index`: one made early, where its
  /// order among the insertions at its offset matters, whose text is known
  /// only later.
  void fill(size_t Index, std::string Text) { Edits[Index].Text = std::move(Text); }
  /// Replaces [Begin, End) and every edit it contains.
  void replace(unsigned Begin, unsigned End, std::string Text);
  /// The text of [Begin, End) with the edits it contains.
  std::string render(unsigned Begin, unsigned End) const;
  std::string render() const { return render(0, static_cast<unsigned>(Source.size())); }

private:
  struct Edit {
    unsigned Begin, End;
    std::string Text;
    bool IsInsert;
    Side S;
    unsigned Seq;
    bool Dead;
  };
  bool contains(unsigned Begin, unsigned End, const Edit &E) const;

  llvm::StringRef Source;
  std::vector<Edit> Edits;
};

} // namespace corogen

#endif // COROGEN_TOOL_EDITBUFFER_H
