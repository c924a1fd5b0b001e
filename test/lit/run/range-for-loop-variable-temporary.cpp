// A range-for that suspends whose reference loop variable binds to the
// temporary `*begin` makes (a std::vector<bool>'s proxy, an iterator that
// returns by value): the loop variable is kept in a box that holds the
// temporary for the iteration, as C++ keeps it alive. Before, the frame
// kept only its address, and the reference dangled across the suspension
// (AddressSanitizer in lit-sanitizers reports such a read). A structured
// binding declared as a reference (`auto &&[k, t]`) is kept so too: the box
// holds the temporary, and its bindings are declared again, bound to it,
// each time the box is entered; before, it was refused.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>
#include <utility>
#include <vector>

using trace::say;
using trace::Tracer;

corogen::generator<int> bits() {
  std::vector<bool> bits{true, false};
  for (auto &&b : bits) {
    CORO_YIELD(10);
    CORO_YIELD(int(b));
  }
}
// CHECK-LABEL: bits
// CHECK-NEXT: got 10
// CHECK-NEXT: got 1
// CHECK-NEXT: got 10
// CHECK-NEXT: got 0
// CHECK-NEXT: end

corogen::generator<int> made() {
  // Its iterator is a class of the body, so the range is boxed as well.
  struct Names {
    int n;
    struct It {
      int i;
      Tracer operator*() const { return Tracer("t" + std::to_string(i)); }
      It &operator++() {
        ++i;
        return *this;
      }
      bool operator!=(const It &o) const { return i != o.i; }
    };
    It begin() const { return {0}; }
    It end() const { return {n}; }
  };
  for (const auto &t : Names{2}) {
    CORO_YIELD(1);
    say("name ", t.name());
  }
}
// Each temporary lives through its iteration, across the suspension.
// CHECK-LABEL: made
// CHECK-NEXT: ctor t0
// CHECK-NEXT: got 1
// CHECK-NEXT: name t0
// CHECK-NEXT: dtor t0
// CHECK-NEXT: ctor t1
// CHECK-NEXT: got 1
// CHECK-NEXT: name t1
// CHECK-NEXT: dtor t1
// CHECK-NEXT: end
// Closed at the marker: the iteration's temporary dies.
// CHECK-LABEL: made closed
// CHECK-NEXT: ctor t0
// CHECK-NEXT: got 1
// CHECK-NEXT: dtor t0
// CHECK-NEXT: closed

// A range of known types whose `*begin` is a std::pair prvalue.
struct Pairs {
  int n;
  struct It {
    int i;
    std::pair<int, Tracer> operator*() const { return {i, Tracer("p" + std::to_string(i))}; }
    It &operator++() {
      ++i;
      return *this;
    }
    bool operator!=(const It &o) const { return i != o.i; }
  };
  It begin() const { return {0}; }
  It end() const { return {n}; }
};

corogen::generator<int> bindings() {
  for (auto &&[k, t] : Pairs{2}) {
    CORO_YIELD(k);
    say("name ", t.name());
  }
  // The same over a range of a class of the body, which is boxed too.
  struct Local {
    int n;
    Pairs::It begin() const { return {0}; }
    Pairs::It end() const { return {n}; }
  };
  for (const auto &[k, t] : Local{1}) {
    CORO_YIELD(k + 10);
    say("name ", t.name());
  }
}
// (The pair's Tracer is made from a temporary, which is moved.)
// CHECK-LABEL: bindings
// CHECK-NEXT: ctor p0
// CHECK-NEXT: move p0
// CHECK-NEXT: dtor (moved-from) p0
// CHECK-NEXT: got 0
// CHECK-NEXT: name p0
// CHECK-NEXT: dtor p0
// CHECK-NEXT: ctor p1
// CHECK-NEXT: move p1
// CHECK-NEXT: dtor (moved-from) p1
// CHECK-NEXT: got 1
// CHECK-NEXT: name p1
// CHECK-NEXT: dtor p1
// CHECK-NEXT: ctor p0
// CHECK-NEXT: move p0
// CHECK-NEXT: dtor (moved-from) p0
// CHECK-NEXT: got 10
// CHECK-NEXT: name p0
// CHECK-NEXT: dtor p0
// CHECK-NEXT: end
// CHECK-LABEL: bindings closed
// CHECK-NEXT: ctor p0
// CHECK-NEXT: move p0
// CHECK-NEXT: dtor (moved-from) p0
// CHECK-NEXT: got 0
// CHECK-NEXT: dtor p0
// CHECK-NEXT: closed

int main() {
  say("bits");
  for (int v : bits())
    say("got ", v);
  say("end");
  say("made");
  for (int v : made())
    say("got ", v);
  say("end");
  say("made closed");
  trace::close_at_first(made());
  say("bindings");
  for (int v : bindings())
    say("got ", v);
  say("end");
  say("bindings closed");
  trace::close_at_first(bindings());
}
