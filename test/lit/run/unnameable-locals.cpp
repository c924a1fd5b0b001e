// Locals whose type the frame cannot name, living across suspensions: a
// lambda kept in `auto` (capturing by reference and by copy, `this`, a large
// capture that does not fit in the frame), objects of classes defined in the
// body, in a loop, in a template, inside try blocks and handlers, behind a
// goto that jumps back past them, closed while suspended; `decltype` of
// one, and copies of one by another lambda. Each is made where its
// declaration runs, keeps its address, and dies where its scope ends, in
// reverse order of construction, as in the source.
// Python twin of the first one:
//   def closures(n):
//       base = 10
//       add = lambda a: a + base + n
//       t = Tracer("t"); keep = (lambda t, b: lambda a: t.name + str(a + b))(t, base)
//       yield add(1); base = 20; print(keep(1)); yield add(2)
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <array>
#include <stdexcept>
#include <string>

using trace::say;
using trace::Tracer;

corogen::generator<int> closures(int n) {
  int base = 10;
  auto add = [&](int a) { return a + base + n; };
  Tracer t("t");
  auto keep = [t, base](int a) { return t.name() + std::to_string(a + base); };
  const void *where = &keep;
  CORO_YIELD(add(1));
  base = 20;
  say(keep(1), where == &keep ? " same address" : " moved");
  CORO_YIELD(add(2));
  // A copy through decltype, and lambdas that copy it and refer to it.
  decltype(add) copy = add;
  auto byCopy = [add] { return add(0); };
  auto byRef = [&] { return add(0) + copy(0); };
  base = 30;
  CORO_YIELD(byCopy());
  base = 40;
  CORO_YIELD(byRef());
}
// CHECK-LABEL: closures
// CHECK-NEXT: ctor t
// CHECK-NEXT: copy t
// CHECK-NEXT: got 111
// CHECK-NEXT: t11 same address
// CHECK-NEXT: got 122
// CHECK-NEXT: got 130
// CHECK-NEXT: got 280
// CHECK-NEXT: dtor t
// CHECK-NEXT: dtor t
// CHECK-NEXT: end

corogen::generator<int> localClass() {
  for (int i = 0; i < 2; ++i) {
    struct Point {
      Tracer tag;
      int x, y;
      int sum() const { return x + y; }
    };
    Point p{Tracer("p" + std::to_string(i)), i, 10};
    CORO_YIELD(p.sum());
    p.x = 100;
    CORO_YIELD(p.sum());
  }
}
// CHECK-LABEL: localClass
// CHECK-NEXT: ctor p0
// CHECK-NEXT: got 10
// CHECK-NEXT: got 110
// CHECK-NEXT: dtor p0
// CHECK-NEXT: ctor p1
// CHECK-NEXT: got 11
// CHECK-NEXT: close
// CHECK-NEXT: dtor p1
// CHECK-NEXT: GEN_CLOSED

template <class T> corogen::generator<T> scaled(T k) {
  auto times = [k](T x) { return x * k; };
  struct Acc {
    T total;
  };
  Acc acc{T()};
  for (T x = 1; x <= 3; ++x) {
    acc.total += times(x);
    CORO_YIELD(acc.total);
  }
}
// CHECK-LABEL: scaled
// CHECK-NEXT: got 2
// CHECK-NEXT: got 6
// CHECK-NEXT: got 12
// CHECK-NEXT: got 0.5
// CHECK-NEXT: got 1.5
// CHECK-NEXT: got 3

corogen::generator<int> handlers() {
  auto show = [](const char *what) { say("caught ", what); };
  try {
    Tracer inside("inside");
    auto mark = [&inside] { return inside.name(); };
    CORO_YIELD(1);
    say("after ", mark());
  } catch (const std::exception &e) {
    show(e.what());
    CORO_YIELD(2);
  }
  CORO_YIELD(3);
}
// CHECK-LABEL: handlers
// CHECK-NEXT: ctor inside
// CHECK-NEXT: got 1
// CHECK-NEXT: dtor inside
// CHECK-NEXT: caught boom
// CHECK-NEXT: got 2
// CHECK-NEXT: got 3
// CHECK-NEXT: stop

corogen::generator<int> jumps() {
  int n = 0;
again:
  Tracer keep("k" + std::to_string(n));
  auto f = [keep] { return keep.name(); };
  CORO_YIELD(n);
  say("f ", f());
  if (++n < 2)
    goto again;
}
// CHECK-LABEL: jumps
// CHECK-NEXT: ctor k0
// CHECK-NEXT: copy k0
// CHECK-NEXT: got 0
// CHECK-NEXT: f k0
// CHECK-NEXT: dtor k0
// CHECK-NEXT: dtor k0
// CHECK-NEXT: ctor k1
// CHECK-NEXT: copy k1
// CHECK-NEXT: got 1
// CHECK-NEXT: f k1
// CHECK-NEXT: dtor k1
// CHECK-NEXT: dtor k1

// A closure larger than the room in the frame lives in memory of its own.
corogen::generator<long> big() {
  std::array<long, 16> a{};
  for (int i = 0; i < 16; ++i)
    a[i] = i;
  auto sum = [a] {
    long s = 0;
    for (long v : a)
      s += v;
    return s;
  };
  a[0] = 1000;
  CORO_YIELD(sum());
  CORO_YIELD(sum() + a[0]);
}
// CHECK-LABEL: big
// CHECK-NEXT: got 120
// CHECK-NEXT: got 1120

struct Counter {
  int step = 5;
  corogen::generator<int> run() {
    auto next = [this](int v) { return v + step; };
    CORO_YIELD(next(0));
    step = 7;
    CORO_YIELD(next(1));
  }
};
// CHECK-LABEL: member
// CHECK-NEXT: got 5
// CHECK-NEXT: got 8

// A local declared after one that lives across a suspension, in its block,
// must die first: it is boxed too, though no suspension follows it.
corogen::generator<int> afterFrameLocal() {
  {
    Tracer a("a");
    CORO_YIELD(0);
    struct Holder {
      Tracer t;
    };
    Holder h{Tracer("h")};
    say("holding ", h.t.name());
  }
  say("block done");
}
// CHECK-LABEL: afterFrameLocal
// CHECK-NEXT: ctor a
// CHECK-NEXT: got 0
// CHECK-NEXT: ctor h
// CHECK-NEXT: holding h
// CHECK-NEXT: dtor h
// CHECK-NEXT: dtor a
// CHECK-NEXT: block done

// A marker in the initialiser suspends before the object is made.
corogen::generator<int, int> sentInto() {
  struct Local {
    int v;
    ~Local() { say("~Local ", v); }
  };
  Local sent{int(CORO_YIELD(0)) + 1};
  int k = CORO_YIELD(sent.v);
  auto f = [k](int x) { return x * k; };
  CORO_YIELD(f(sent.v));
}
// CHECK-LABEL: sentInto
// CHECK-NEXT: got 0
// CHECK-NEXT: got 6
// CHECK-NEXT: got 18
// CHECK-NEXT: ~Local 6
// CHECK-NEXT: stop

template <class G> void drain(G g) {
  for (auto v : g)
    say("got ", v);
}

int main() {
  say("closures");
  drain(closures(100));
  say("end");
  say("localClass");
  {
    auto g = localClass();
    say("got ", g.next());
    say("got ", g.next());
    say("got ", g.next());
    say("close");
    g.close();
    say(corogen::getgeneratorstate(g));
  }
  say("scaled");
  drain(scaled(2));
  drain(scaled(0.5));
  say("handlers");
  {
    auto g = handlers();
    say("got ", g.next());
    say("got ", g.throw_exception(std::runtime_error("boom")));
    say("got ", g.next());
    try {
      g.next();
    } catch (const corogen::stop_iteration &) {
      say("stop");
    }
  }
  say("jumps");
  drain(jumps());
  say("big");
  drain(big());
  say("member");
  Counter c;
  drain(c.run());
  say("afterFrameLocal");
  drain(afterFrameLocal());
  say("sentInto");
  {
    auto g = sentInto();
    say("got ", g.next());
    say("got ", g.send(5));
    say("got ", g.send(3));
    try {
      g.next();
    } catch (const corogen::stop_iteration &) {
      say("stop");
    }
  }
}
