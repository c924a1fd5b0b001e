// Boxed locals (a lambda kept in `auto`, an object of a local class) in the
// places a resume must reach through their declaration: a case of a
// switch, the body of a range-for that suspends, a loop whose condition
// suspends, a handler that suspends, a generator with a parameter pack, the
// init-statement of an `if` and of a `switch` (each tested once, after the
// init-statement ran); and closed or thrown into while suspended in their
// scope.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <stdexcept>
#include <string>
#include <vector>

using trace::say;
using trace::Tracer;

corogen::generator<int, int> places(std::vector<int> items) {
  for (int x : items) {
    auto scaled = [x](int k) { return x * k; };
    switch (x) {
    case 1: {
      Tracer one("one");
      auto tag = [&one] { return one.name(); };
      CORO_YIELD(scaled(10));
      say("case ", tag());
      break;
    }
    default:
      CORO_YIELD(scaled(100));
    }
  }
  int n = 0;
  while (int(CORO_YIELD(-1)) > 0) {
    struct Counter {
      Tracer t;
      int hits;
    };
    Counter c{Tracer("c" + std::to_string(n)), n};
    CORO_YIELD(c.hits);
    ++n;
  }
  try {
    throw std::runtime_error("e");
  } catch (const std::exception &e) {
    auto what = [&e] { return std::string(e.what()); };
    CORO_YIELD(int(what().size()));
    say("handler ", what());
  }
}
// CHECK-LABEL: places
// CHECK-NEXT: ctor one
// CHECK-NEXT: got 10
// CHECK-NEXT: case one
// CHECK-NEXT: dtor one
// CHECK-NEXT: got 200
// CHECK-NEXT: got -1
// CHECK-NEXT: ctor c0
// CHECK-NEXT: got 0
// CHECK-NEXT: dtor c0
// CHECK-NEXT: got -1
// CHECK-NEXT: ctor c1
// CHECK-NEXT: got 1
// CHECK-NEXT: dtor c1
// CHECK-NEXT: got -1
// CHECK-NEXT: got 1
// CHECK-NEXT: handler e
// CHECK-NEXT: stop

template <class... Ts> corogen::generator<std::string> packed(Ts... parts) {
  auto join = [&] {
    std::string s;
    for (const std::string &p : {std::string(parts)...})
      s += p;
    return s;
  };
  Tracer guard("guard");
  CORO_YIELD(join());
  CORO_YIELD(join() + "!");
}
// CHECK-LABEL: packed
// CHECK-NEXT: ctor guard
// CHECK-NEXT: got ab
// CHECK-NEXT: dtor guard
// CHECK-NEXT: closed

corogen::generator<int> thrownInto() {
  struct Guard {
    Tracer t;
  };
  Guard g{Tracer("g")};
  auto twice = [](int v) { return 2 * v; };
  try {
    CORO_YIELD(twice(1));
  } catch (const std::logic_error &) {
    say("caught");
    CORO_YIELD(twice(2));
  }
}
// CHECK-LABEL: thrownInto
// CHECK-NEXT: ctor g
// CHECK-NEXT: got 2
// CHECK-NEXT: caught
// CHECK-NEXT: got 4
// CHECK-NEXT: dtor g
// CHECK-NEXT: runtime_error escaped

corogen::generator<int> initStatements(int n) {
  struct Counter {
    Tracer t;
    int seen;
  };
  if (Counter c{Tracer("if"), 0}; say("test if"), n > 0) {
    CORO_YIELD(++c.seen);
    CORO_YIELD(++c.seen);
  } else {
    CORO_YIELD(-1);
  }
  switch (auto twice = [n] { return 2 * n; }; say("test switch"), twice()) {
  case 4:
    CORO_YIELD(twice());
    CORO_YIELD(twice() + 1);
    break;
  default:
    CORO_YIELD(0);
  }
}
// CHECK-LABEL: initStatements
// CHECK-NEXT: ctor if
// CHECK-NEXT: test if
// CHECK-NEXT: got 1
// CHECK-NEXT: got 2
// CHECK-NEXT: dtor if
// CHECK-NEXT: test switch
// CHECK-NEXT: got 4
// CHECK-NEXT: got 5
// CHECK-NEXT: end

int main() {
  say("places");
  {
    auto g = places({1, 2});
    say("got ", g.next());
    say("got ", g.next());
    say("got ", g.next());
    say("got ", g.send(1));
    say("got ", g.send(1));
    say("got ", g.send(1));
    say("got ", g.send(1));
    say("got ", g.send(0));
    try {
      g.next();
    } catch (const corogen::stop_iteration &) {
      say("stop");
    }
  }
  say("packed");
  {
    auto g = packed("a", "b");
    say("got ", g.next());
    g.close();
    say(g.state() == corogen::gen_state::closed ? "closed" : "open");
  }
  say("thrownInto");
  {
    auto g = thrownInto();
    say("got ", g.next());
    say("got ", g.throw_exception(std::logic_error("x")));
    try {
      g.throw_exception(std::runtime_error("y"));
    } catch (const std::runtime_error &) {
      say("runtime_error escaped");
    }
  }
  say("initStatements");
  for (int v : initStatements(2))
    say("got ", v);
  say("end");
}
