// A reference bound to a temporary, living across yields, whose initialiser
// suspends: the operands evaluated before the marker are kept across the
// suspension and die at the statement's end; the temporary the reference
// binds is made after the resume and lives with the reference, to the end
// of its scope. close() at the suspension destroys what was kept only.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>

using trace::say;
using trace::Tracer;

Tracer named(const Tracer &t, int k) {
  say("named ", t.name(), " ", k);
  return Tracer(t.name() + std::to_string(k));
}

corogen::generator<int, int> bound() {
  const Tracer &r = named(Tracer("a"), CORO_YIELD(1));
  say("use ", r.name());
  Tracer &&s = named(Tracer("b"), int(CORO_YIELD(2)) + int(CORO_YIELD(3)));
  const int &k = int(CORO_YIELD(int(r.name().size() + s.name().size())));
  say("use ", r.name(), " ", s.name(), " ", k);
}

int main() {
  say("bound");
  trace::drive(bound());
  say("closed first");
  trace::close_at_first(bound());
  say("closed second");
  auto g = bound();
  say("got ", g.next());
  say("got ", g.send(2));
  g.close();
  say("closed");
}
// CHECK-LABEL: bound
// CHECK-NEXT: ctor a
// CHECK-NEXT: got 1
// CHECK-NEXT: named a 2
// CHECK-NEXT: ctor a2
// CHECK-NEXT: dtor a
// CHECK-NEXT: use a2
// CHECK-NEXT: ctor b
// CHECK-NEXT: got 2
// CHECK-NEXT: got 3
// CHECK-NEXT: named b 7
// CHECK-NEXT: ctor b7
// CHECK-NEXT: dtor b
// CHECK-NEXT: got 4
// CHECK-NEXT: use a2 b7 5
// CHECK-NEXT: dtor b7
// CHECK-NEXT: dtor a2
// CHECK-NEXT: stop
// CHECK-LABEL: closed first
// CHECK-NEXT: ctor a
// CHECK-NEXT: got 1
// CHECK-NEXT: dtor a
// CHECK-NEXT: closed
// CHECK-LABEL: closed second
// CHECK-NEXT: ctor a
// CHECK-NEXT: got 1
// CHECK-NEXT: named a 2
// CHECK-NEXT: ctor a2
// CHECK-NEXT: dtor a
// CHECK-NEXT: use a2
// CHECK-NEXT: ctor b
// CHECK-NEXT: got 2
// CHECK-NEXT: dtor b
// CHECK-NEXT: dtor a2
// CHECK-NEXT: closed
