// Generators whose parameters end in a pack (variadic templates). The pack
// lives across yields: by-value elements move into the frame once each and
// die when the generator finishes; reference elements refer to the caller's
// objects; forwarding references forward (a move stays a move); the pack
// works in sizeof..., in expansions, in an array whose bound it gives, in
// lambda captures by reference and by copy (implicit and explicit), in
// decltype (the declared types, so that std::forward<decltype(args)>
// forwards), in a member generator with a `try` around its yields, and as
// arguments of a delegation; an empty pack.
// Python twin:
//   def describe(*args):
//       yield str(len(args))
//       for n in ["[", *map(name, args), "]"]: yield n
//       yield "".join(name(a) + ";" for a in args)
//       yield "".join(map(name, copy(args))) + " copied"
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <stdexcept>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>

using trace::say;
using trace::Tracer;

std::string name(const Tracer &t) { return t.name(); }
std::string name(int i) { return std::to_string(i); }
std::string name(const std::string &s) { return s; }

template <class... Ts> corogen::generator<std::string> describe(Ts... args) {
  say("body starts");
  CORO_YIELD(std::to_string(sizeof...(args)));
  std::string names[] = {std::string("["), name(args)..., std::string("]")};
  for (const std::string &n : names)
    CORO_YIELD(n);
  CORO_YIELD([&] {
    std::string s;
    int unused[] = {0, (s += name(args) + ";", 0)...};
    (void)unused;
    return s;
  }());
  CORO_YIELD([args...] {
    std::string s;
    int unused[] = {0, (s += name(args), 0)...};
    (void)unused;
    return s + " copied";
  }());
}

template <class... Ts> corogen::generator<int> bump(int by, Ts &...targets) {
  for (int round = 1; round <= 2; ++round) {
    int unused[] = {0, (targets += by, 0)...};
    (void)unused;
    CORO_YIELD(round);
  }
}

template <class F, class... Ts>
corogen::generator<std::string> apply_later(F f, Ts &&...args) {
  CORO_YIELD(std::string("waiting"));
  CORO_YIELD(f(std::forward<Ts>(args)...));
}

std::string sink(Tracer t, const Tracer &r) { return t.name() + "<" + r.name(); }

// decltype of the pack names the parameters' declared types, as in the
// source: std::forward<decltype(args)> moves an rvalue element.
template <class... Ts> corogen::generator<std::string> relay(Ts &&...args) {
  static_assert(std::is_same<std::tuple<decltype(args)...>, std::tuple<Ts &&...>>::value, "");
  CORO_YIELD(std::string("ready"));
  CORO_YIELD(sink(std::forward<decltype(args)>(args)...));
  CORO_YIELD([&args...] {
    std::string s = std::to_string(sizeof...(args)) + " by reference:";
    int unused[] = {0, (s += " " + args.name(), 0)...};
    (void)unused;
    return s;
  }());
}

struct Counter {
  int base;
  template <class... Ts> corogen::generator<int> more(Ts... deltas) {
    int sum = 0;
    int unused[] = {0, (sum += deltas, 0)...};
    (void)unused;
    CORO_YIELD(sum);
  }
  template <class... Ts> corogen::generator<int> offsets(Ts... deltas) {
    try {
      int values[] = {(base + deltas)...};
      for (int v : values)
        CORO_YIELD(v);
      CORO_YIELD_FROM(more(deltas...));
    } catch (const std::runtime_error &e) {
      say("caught ", e.what(), " with ", sizeof...(deltas), " deltas");
      CORO_YIELD(-1);
    }
  }
};

int main() {
  {
    // CHECK: ctor three
    // CHECK-NEXT: move three
    // CHECK-NEXT: dtor (moved-from) three
    // CHECK-NEXT: created
    auto g = describe(1, std::string("two"), Tracer("three"));
    say("created");
    // CHECK-NEXT: body starts
    // CHECK-NEXT: got 3
    // CHECK-NEXT: got [
    // CHECK-NEXT: got 1
    // CHECK-NEXT: got two
    // CHECK-NEXT: got three
    // CHECK-NEXT: got ]
    // CHECK-NEXT: got 1;two;three;
    // The by-copy capture copies the frame's Tracer; the closure dies at the
    // end of the yield's statement, before the value reaches the caller.
    // CHECK-NEXT: copy three
    // CHECK-NEXT: dtor three
    // CHECK-NEXT: got 1twothree copied
    // Finishing destroys the frame's copy of the parameter.
    // CHECK-NEXT: dtor three
    // CHECK-NEXT: drained
    for (const std::string &v : g)
      say("got ", v);
    say("drained");
  }
  {
    // CHECK-NEXT: body starts
    // CHECK-NEXT: got 0
    // CHECK-NEXT: got [
    // CHECK-NEXT: got ]
    // CHECK-NEXT: got {{$}}
    // CHECK-NEXT: got  copied
    for (const std::string &v : describe())
      say("got ", v);
  }
  {
    int a = 1;
    long b = 2;
    auto g = bump(10, a, b);
    // CHECK-NEXT: round 1: 11 12
    // CHECK-NEXT: round 2: 21 22
    // CHECK-NEXT: round 3: stop
    for (int round = 1; round <= 3; ++round) {
      try {
        g.next();
        say("round ", round, ": ", a, " ", b);
      } catch (const corogen::stop_iteration &) {
        say("round ", round, ": stop");
      }
    }
  }
  {
    // CHECK-NEXT: ctor moved
    // CHECK-NEXT: ctor kept
    Tracer moved("moved");
    Tracer kept("kept");
    auto g = apply_later([](Tracer t, const Tracer &r) { return t.name() + "+" + r.name(); },
                         std::move(moved), kept);
    // CHECK-NEXT: waiting
    say(g.next());
    // The first element is forwarded as an rvalue: the lambda's parameter is
    // moved from `moved`; the second refers to `kept`.
    // CHECK-NEXT: move moved
    // CHECK-NEXT: dtor moved
    // CHECK-NEXT: moved+kept
    say(g.next());
    // CHECK-NEXT: dtor kept
    // CHECK-NEXT: dtor (moved-from) moved
  }
  {
    // CHECK-NEXT: ctor m
    // CHECK-NEXT: ctor k
    Tracer m("m"), k("k");
    auto g = relay(std::move(m), k);
    // CHECK-NEXT: ready
    say(g.next());
    // CHECK-NEXT: move m
    // CHECK-NEXT: dtor m
    // CHECK-NEXT: m<k
    say(g.next());
    // CHECK-NEXT: 2 by reference: m k
    say(g.next());
    // CHECK-NEXT: dtor k
    // CHECK-NEXT: dtor (moved-from) m
  }
  {
    Counter c{100};
    auto g = c.offsets(1, 2, 3);
    // CHECK-NEXT: 101 102 103 6
    int a = g.next(), b = g.next(), d = g.next(), e = g.next();
    say(a, " ", b, " ", d, " ", e);
    // CHECK-NEXT: caught boom with 3 deltas
    // CHECK-NEXT: after throw: -1
    say("after throw: ", g.throw_exception(std::runtime_error("boom")));
    // CHECK-NEXT: GEN_SUSPENDED
    say(corogen::getgeneratorstate(g));
    g.close();
    // CHECK-NEXT: GEN_CLOSED
    say(corogen::getgeneratorstate(g));
  }
  // CHECK-NEXT: end
  say("end");
}
