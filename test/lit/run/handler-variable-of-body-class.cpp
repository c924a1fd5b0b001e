// A handler's exception variable of a type the frame cannot name (a class
// of the body) that lives across a suspension in its handler: kept in a
// box, made by the stub handler from what it catches (a copy for a
// handler by value, the address for one by reference), and named again,
// with its written type, at the top of the handler's block, which a
// resume enters through. Before, refused as "declared otherwise". The
// copy dies before the exception object, at the end of the handler, on
// close() too; `throw;` after a suspension rethrows the same object.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <type_traits>

using trace::drive;
using trace::say;
using trace::Tracer;

corogen::generator<int, int> by_value() {
  struct Oops {
    Tracer t;
    int code;
  };
  try {
    throw Oops{Tracer("x"), 1};
  } catch (Oops e) {
    int got = CORO_YIELD(e.code);
    e.code = got;
    say("e ", e.t.name(), " ", e.code);
    static_assert(std::is_same<decltype(e), Oops>::value, "the declared type");
    CORO_YIELD(e.code + 1);
  }
  say("after");
}
// CHECK-LABEL: by value
// CHECK-NEXT: ctor x
// CHECK-NEXT: copy x
// CHECK-NEXT: got 1
// CHECK-NEXT: e x 2
// CHECK-NEXT: got 3
// CHECK-NEXT: dtor x
// CHECK-NEXT: dtor x
// CHECK-NEXT: after
// CHECK-NEXT: stop
// CHECK-LABEL: by value closed
// CHECK-NEXT: ctor x
// CHECK-NEXT: copy x
// CHECK-NEXT: got 1
// CHECK-NEXT: dtor x
// CHECK-NEXT: dtor x
// CHECK-NEXT: closed

corogen::generator<int, int> by_reference() {
  struct Oops {
    Tracer t;
    int code;
  };
  const void *first = nullptr;
  try {
    try {
      throw Oops{Tracer("r"), 7};
    } catch (const Oops &e) {
      first = &e;
      CORO_YIELD(e.code);
      static_assert(std::is_same<decltype(e), const Oops &>::value, "the declared type");
      say("inner ", e.t.name(), " same ", &e == first);
      throw;
    }
  } catch (Oops &again) {
    again.code = 8;
    CORO_YIELD(again.code);
    say("outer ", again.t.name(), " same ", &again == first);
  }
}
// CHECK-LABEL: by reference
// CHECK-NEXT: ctor r
// CHECK-NEXT: got 7
// CHECK-NEXT: inner r same 1
// CHECK-NEXT: got 8
// CHECK-NEXT: outer r same 1
// CHECK-NEXT: dtor r
// CHECK-NEXT: stop

// Of non-class types made of classes of the body: a pointer, a function
// pointer named through an alias (the box spells the written type), and
// one whose name stands inside its declarator (the box is named through a
// pointer that the same declarator declares).
corogen::generator<int, int> pointers() {
  struct Local {
    int v;
  };
  using F = int (*)(Local);
  static Local kept{4};
  try {
    throw &kept;
  } catch (Local *p) {
    CORO_YIELD(p->v);
    p->v = 6;
  }
  try {
    throw F([](Local l) { return l.v * 10; });
  } catch (const F f) {
    CORO_YIELD(f(kept));
  }
  try {
    throw F([](Local l) { return l.v + 1; });
  } catch (int (*const g)(Local)) {
    CORO_YIELD(g(kept));
    CORO_YIELD(g(Local{10}));
  }
  // (Declared as an array or a function, which the handler adjusts to a
  // pointer: the box is named through a pointer to what is declared.)
  static Local two[2] = {{20}, {21}};
  try {
    throw two;
  } catch (const Local arr[2]) {
    CORO_YIELD(arr[1].v);
  }
  try {
    throw F([](Local l) { return l.v * 2; });
  } catch (int h(Local)) {
    CORO_YIELD(h(Local{15}));
  }
}
// CHECK-LABEL: pointers
// CHECK-NEXT: got 4
// CHECK-NEXT: got 60
// CHECK-NEXT: got 7
// CHECK-NEXT: got 11
// CHECK-NEXT: got 21
// CHECK-NEXT: got 30
// CHECK-NEXT: stop

// In a template, of a class of the body whose members depend on a
// template parameter.
template <class T> corogen::generator<int, int> templated(T t) {
  struct Oops {
    T code;
  };
  try {
    throw Oops{t};
  } catch (const Oops &e) {
    CORO_YIELD(int(e.code));
    CORO_YIELD(int(e.code) + 10);
  }
}
// CHECK-LABEL: templated
// CHECK-NEXT: got 5
// CHECK-NEXT: got 15
// CHECK-NEXT: stop

int main() {
  say("by value");
  drive(by_value());
  say("by value closed");
  trace::close_at_first(by_value());
  say("by reference");
  drive(by_reference());
  say("pointers");
  drive(pointers());
  say("templated");
  drive(templated(5));
}
