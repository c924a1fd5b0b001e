// A range-for that suspends whose reference loop variable binds to the
// temporary `*begin` makes (a std::vector<bool>'s proxy, an iterator that
// returns by value): the loop variable is kept in a box that holds the
// temporary for the iteration, as C++ keeps it alive. Before, the frame
// kept only its address, and the reference dangled across the suspension
// (AddressSanitizer in lit-sanitizers reports such a read).
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>
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
  {
    auto g = made();
    say("got ", g.next());
    g.close();
    say("closed");
  }
}
