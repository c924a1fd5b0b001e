// A fold over another operator whose pattern holds one marker, with its
// value used: the whole initialiser of a variable, the right of an
// assignment, the value of CORO_RETURN, or a statement of its own (Python:
// `total = 0; for t in ts: total += (yield t)`). Each element's turn
// yields, and keeps the pattern's value; the statement then reads the fold
// of the kept values, in the fold's own shape (a right fold of `-` is `p0 -
// (p1 - p2)`). C++ leaves the operands of `+`, `-`, `*`, `<` and the like
// unsequenced, so the turns going left to right is one of its orders; `&&`
// and `||` go left to right and stop at the first value that decides, so
// the later elements never yield; `<<` and `>>` go left to right (a
// constant on the left). An init operand of `&&` on the right is read last,
// only where every element is true; the empty pack folds to the operator's
// value (`&&`: true) or to the init operand, yielding nothing. A
// delegation's result converted to a known type works too, as does a
// pattern that reads a variable before the marker, and throw_exception at
// one yield leaves the statement there, into the generator's handler. An
// `auto` variable so initialised has the fold's type, decayed, and a
// `decltype(auto)` one, of a fold of prvalues, its type. A fold works in a
// larger expression too that evaluates before it only names and literals
// (`say("sum ", (0 + ... + p))`, `base + (... * p) + 1`, `CORO_RETURN(1 +
// (...))`): the turns run before the statement, and what C++ leaves
// unsequenced with the fold (a call's other argument) after them; an
// `auto` variable so initialised has that expression's type. It works in
// the condition of an `if` or a `switch` too (the turns run before the
// statement, whose branches may suspend), and of a `while`, a `for` or a
// do-while (before each test). Folds of other operators, or in
// other larger expressions, stay refused
// (diagnostics/marker-in-pack-expansion.cpp).
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <cstddef>
#include <initializer_list>
#include <stdexcept>
#include <type_traits>
#include <utility>
#include <vector>

using trace::say;

// Sends the values of `replies` in turn, printing each yield.
template <class G> void script(G g, std::initializer_list<int> replies) {
  try {
    int v = g.next();
    for (int r : replies) {
      say("got ", v, " send ", r);
      v = g.send(r);
    }
    say("got ", v, " (no more replies)");
  } catch (corogen::stop_iteration &) {
    say("stop");
  }
}

template <class... Ts> corogen::generator<int, int> folds(Ts... ts) {
  int total = (0 + ... + int(CORO_YIELD(int(ts))));
  say("total ", total);
  long product = 2;
  product *= (int(CORO_YIELD(int(ts) * 10)) * ...);
  say("product ", product);
  int right = (int(CORO_YIELD(int(ts) + 100)) - ...);
  int left = (... - int(CORO_YIELD(int(ts) + 200)));
  say("right ", right, " left ", left);
  int base = 1000;
  double mixed = (0.5 + ... + (base + double(CORO_YIELD(int(sizeof(ts))))));
  say("mixed ", mixed);
}

template <class... Ts> corogen::generator<int, int> logic(bool last, Ts... ts) {
  bool all = (int(CORO_YIELD(int(ts))) && ...);
  say("all ", all);
  (... || int(CORO_YIELD(-int(ts))));
  say("after any");
  bool with_last = (int(CORO_YIELD(int(ts) + 50)) && ... && last);
  say("with last ", with_last);
}

// (`auto` variables, their types those of the folds, kept across the
// yield after them; an empty pack folds to the init operand.)
template <class... A> std::size_t count_of(A...) { return sizeof...(A); }

template <class... Ts> corogen::generator<int, int> deduced(Ts... ts) {
  int base = 7;
  auto total = (base + ... + int(CORO_YIELD(int(ts))));
  static_assert(std::is_same<decltype(total), int>::value, "int + int");
  const auto all = (int(CORO_YIELD(int(ts) + 10)) && ...);
  static_assert(std::is_same<decltype(all), const bool>::value, "&&");
  auto mixed = (0.5 + ... + short(CORO_YIELD(int(ts) + 20)));
  static_assert(std::is_same<decltype(mixed), double>::value, "double + short");
  auto wide = (short(CORO_YIELD(int(ts) + 30)) * ... * 2L);
  static_assert(std::is_same<decltype(wide), long>::value, "short * long");
  int hundred = 100;
  auto seeded = (long(CORO_YIELD(int(ts) + 40)) - ... - hundred);
  // (The empty pack folds to the int operand.)
  static_assert(std::is_same<decltype(seeded), std::conditional_t<sizeof...(ts) == 0, int, long>>::value,
                "long - int");
  // (In a larger initialiser, the type of its text with the fold's value
  // in its place, beside a lambda-expression too, or, of text naming a
  // class of the body, kept in a box; `decltype(auto)` of a fold alone,
  // whose pattern and init operand are prvalues, its `auto`.)
  struct Offset {
    int by;
  };
  auto scaled = [&] { return base; }() * (0 + ... + int(CORO_YIELD(int(ts) + 50))) + 0.5;
  static_assert(std::is_same<decltype(scaled), double>::value, "int * int + double");
  decltype(auto) exact = (int(CORO_YIELD(int(ts) + 60)) + ... + 0L);
  static_assert(std::is_same<decltype(exact), long>::value, "int + long, a prvalue");
  auto counted = Offset{1}.by + count_of(short(CORO_YIELD(int(ts) + 70))...);
  static_assert(std::is_same<decltype(counted), std::size_t>::value, "int + size_t");
  CORO_YIELD(total);
  say("total ", total, " all ", all, " mixed ", mixed, " wide ", wide, " seeded ", seeded);
  say("scaled ", scaled, " exact ", exact, " counted ", counted);
}

// (`<<` and `>>`, whose left operand C++17 evaluates first: the elements
// go left to right either way; an operand on the left is a constant.)
template <class... Ts> corogen::generator<int, int> shifts(unsigned bits, Ts... ts) {
  constexpr unsigned one = 1;
  unsigned left = (one << ... << unsigned(CORO_YIELD(int(ts))));
  say("left ", left);
  auto right = (unsigned(CORO_YIELD(int(ts) + 10)) >> ... >> bits);
  say("right ", right);
  bits = (... << unsigned(CORO_YIELD(int(ts) + 20)));
  say("bits ", bits);
}

// (Inside a larger expression, where what C++ evaluates before the fold
// is a name or a literal, read after the turns: a call's argument, an
// operand, the left of `&&`.)
int twice(int v) { return 2 * v; }
int late() {
  say("called after the turns");
  return 1;
}

template <class... Ts> corogen::generator<int, int> inside(Ts... ts) {
  say("sum ", (0 + ... + int(CORO_YIELD(int(ts)))));
  int base = 100;
  int t = base + (int(CORO_YIELD(int(ts) + 10)) * ...) + 1;
  say("t ", t);
  std::vector<int> got;
  got.push_back(twice((0 + ... + int(CORO_YIELD(int(ts) + 20)))));
  t = -(int(CORO_YIELD(int(ts) + 30)) - ...) * 2;
  say("t ", t, " got ", got[0]);
  bool big = (int(CORO_YIELD(int(ts) + 40)) + ...) > 5 && base > 0;
  say("big ", big);
  // (What C++ leaves unsequenced with the fold, a call's other argument,
  // runs after the turns, one of the orders C++ allows.)
  say("late ", late(), " ", (0 + ... + int(CORO_YIELD(int(ts) + 60))));
  std::pair<int, long> pair(late(), (0L + ... + int(CORO_YIELD(int(ts) + 70))));
  say("pair ", pair.first, " ", pair.second);
}

// (The condition of an `if` or a `switch`: the turns run before the
// statement, whose condition then reads the fold; the branches may
// suspend.)
template <class... Ts> corogen::generator<int, int> conditions(Ts... ts) {
  if ((0 + ... + int(CORO_YIELD(int(ts)))) > 5)
    say("big");
  else
    say("small");
  if ((int(CORO_YIELD(int(ts) + 10)) && ...)) {
    say("all true");
    CORO_YIELD(-1);
  } else {
    say("not all");
  }
  switch ((0 + ... + int(CORO_YIELD(int(ts) + 20)))) {
  case 0:
    say("zero");
    break;
  default:
    say("some");
    CORO_YIELD(-2);
    say("after -2");
    break;
  }
  say("done");
}

// (A loop's condition: the turns run before each test, after a
// `continue` too, a `for`'s increment first; a do-while's after the body.)
template <class... Ts> corogen::generator<int, int> loops(Ts... ts) {
  int rounds = 0;
  while ((0 + ... + int(CORO_YIELD(int(ts) + 10 * rounds))) > 0) {
    ++rounds;
    if (rounds == 1) {
      say("continue");
      continue;
    }
    CORO_YIELD(-1);
  }
  say("rounds ", rounds);
  for (int i = 0; (0 + ... + int(CORO_YIELD(100 * i + int(ts)))) != 0; ++i) {
    if (i == 0) {
      say("skip");
      continue;
    }
    say("for ", i);
  }
  int tries = 0;
  do {
    ++tries;
    if (tries == 1) {
      say("again");
      continue;
    }
    say("try ", tries);
  } while ((int(CORO_YIELD(int(ts) + 1000)) || ...));
  say("tries ", tries);
  say("done");
}

corogen::generator<int, void, int> count(int from, int n) {
  for (int i = 0; i < n; ++i)
    CORO_YIELD(from + i);
  CORO_RETURN(n * 10);
}

template <class... Gs> corogen::generator<int, void, int> chained(Gs... gs) {
  int total = 0;
  total = (1 + ... + int(CORO_YIELD_FROM(gs)));
  CORO_RETURN(total);
}

// (As CORO_RETURN's value, in an unbraced `if` too.)
template <class... Gs> corogen::generator<int, void, int> summed(bool twice, Gs... gs) {
  if (twice)
    CORO_RETURN((int(CORO_YIELD_FROM(gs)) * ... * 2));
  CORO_RETURN((int(CORO_YIELD_FROM(gs)) + ...));
}

template <class... Gs> corogen::generator<int, void, int> plus_one(Gs... gs) {
  CORO_RETURN(1 + (int(CORO_YIELD_FROM(gs)) + ...));
}

template <class... Ts> corogen::generator<int, int> guarded(Ts... ts) {
  try {
    int total = (0 + ... + int(CORO_YIELD(int(ts))));
    say("never ", total);
  } catch (const std::runtime_error &e) {
    say("caught ", e.what());
    CORO_YIELD(-1);
  }
}

int main() {
  script(folds(1, 'a', 2.5), {5, 6, 7, 2, 3, 4, 10, 20, 30, 40, 50, 60, 1, 2, 3});
  // CHECK:      got 1 send 5
  // CHECK-NEXT: got 97 send 6
  // CHECK-NEXT: got 2 send 7
  // CHECK-NEXT: total 18
  // CHECK-NEXT: got 10 send 2
  // CHECK-NEXT: got 970 send 3
  // CHECK-NEXT: got 20 send 4
  // CHECK-NEXT: product 48
  // CHECK-NEXT: got 101 send 10
  // CHECK-NEXT: got 197 send 20
  // CHECK-NEXT: got 102 send 30
  // CHECK-NEXT: got 201 send 40
  // CHECK-NEXT: got 297 send 50
  // CHECK-NEXT: got 202 send 60
  // CHECK-NEXT: right 20 left -70
  // CHECK-NEXT: got 4 send 1
  // CHECK-NEXT: got 1 send 2
  // CHECK-NEXT: got 8 send 3
  // CHECK-NEXT: mixed 3006.5
  // CHECK-NEXT: stop
  script(logic(true, 1, 2, 3), {1, 0, 0, 7, 1, 1, 1});
  // CHECK-NEXT: got 1 send 1
  // CHECK-NEXT: got 2 send 0
  // CHECK-NEXT: all 0
  // CHECK-NEXT: got -1 send 0
  // CHECK-NEXT: got -2 send 7
  // CHECK-NEXT: after any
  // CHECK-NEXT: got 51 send 1
  // CHECK-NEXT: got 52 send 1
  // CHECK-NEXT: got 53 send 1
  // CHECK-NEXT: with last 1
  // CHECK-NEXT: stop
  script(logic(false, 4), {1, 0, 1});
  // CHECK-NEXT: got 4 send 1
  // CHECK-NEXT: all 1
  // CHECK-NEXT: got -4 send 0
  // CHECK-NEXT: after any
  // CHECK-NEXT: got 54 send 1
  // CHECK-NEXT: with last 0
  // CHECK-NEXT: stop
  script(logic(true), {});
  // CHECK-NEXT: all 1
  // CHECK-NEXT: after any
  // CHECK-NEXT: with last 1
  // CHECK-NEXT: stop
  script(deduced(1, 2), {3, 4, 5, 0, 6, 7, 8, 9, 1, 2, 2, 3, 4, 5, 6, 7, 1});
  // CHECK-NEXT: got 1 send 3
  // CHECK-NEXT: got 2 send 4
  // CHECK-NEXT: got 11 send 5
  // CHECK-NEXT: got 12 send 0
  // CHECK-NEXT: got 21 send 6
  // CHECK-NEXT: got 22 send 7
  // CHECK-NEXT: got 31 send 8
  // CHECK-NEXT: got 32 send 9
  // CHECK-NEXT: got 41 send 1
  // CHECK-NEXT: got 42 send 2
  // CHECK-NEXT: got 51 send 2
  // CHECK-NEXT: got 52 send 3
  // CHECK-NEXT: got 61 send 4
  // CHECK-NEXT: got 62 send 5
  // CHECK-NEXT: got 71 send 6
  // CHECK-NEXT: got 72 send 7
  // CHECK-NEXT: got 14 send 1
  // CHECK-NEXT: total 14 all 0 mixed 13.5 wide 144 seeded 99
  // CHECK-NEXT: scaled 35.5 exact 9 counted 3
  // CHECK-NEXT: stop
  script(inside(1, 2), {3, 4, 5, 6, 7, 8, 9, 1, 2, 3, 4, 5, 6, 7});
  // CHECK-NEXT: got 1 send 3
  // CHECK-NEXT: got 2 send 4
  // CHECK-NEXT: sum 7
  // CHECK-NEXT: got 11 send 5
  // CHECK-NEXT: got 12 send 6
  // CHECK-NEXT: t 131
  // CHECK-NEXT: got 21 send 7
  // CHECK-NEXT: got 22 send 8
  // CHECK-NEXT: got 31 send 9
  // CHECK-NEXT: got 32 send 1
  // CHECK-NEXT: t -16 got 30
  // CHECK-NEXT: got 41 send 2
  // CHECK-NEXT: got 42 send 3
  // CHECK-NEXT: big 0
  // CHECK-NEXT: got 61 send 4
  // CHECK-NEXT: got 62 send 5
  // CHECK-NEXT: called after the turns
  // CHECK-NEXT: late 1 9
  // CHECK-NEXT: got 71 send 6
  // CHECK-NEXT: got 72 send 7
  // CHECK-NEXT: called after the turns
  // CHECK-NEXT: pair 1 13
  // CHECK-NEXT: stop
  {
    auto g = plus_one(count(1, 1), count(5, 2));
    for (int v : g)
      say("plus one ", v);
    say("result ", g.result());
  }
  // CHECK-NEXT: plus one 1
  // CHECK-NEXT: plus one 5
  // CHECK-NEXT: plus one 6
  // CHECK-NEXT: result 31
  script(conditions(1, 2), {3, 4, 1, 1, 0, 0, 0});
  // CHECK-NEXT: got 1 send 3
  // CHECK-NEXT: got 2 send 4
  // CHECK-NEXT: big
  // CHECK-NEXT: got 11 send 1
  // CHECK-NEXT: got 12 send 1
  // CHECK-NEXT: all true
  // CHECK-NEXT: got -1 send 0
  // CHECK-NEXT: got 21 send 0
  // CHECK-NEXT: got 22 send 0
  // CHECK-NEXT: zero
  // CHECK-NEXT: done
  // CHECK-NEXT: stop
  script(conditions(7), {1, 0, 5, 0});
  // CHECK-NEXT: got 7 send 1
  // CHECK-NEXT: small
  // CHECK-NEXT: got 17 send 0
  // CHECK-NEXT: not all
  // CHECK-NEXT: got 27 send 5
  // CHECK-NEXT: some
  // CHECK-NEXT: got -2 send 0
  // CHECK-NEXT: after -2
  // CHECK-NEXT: done
  // CHECK-NEXT: stop
  script(loops(1, 2), {1, 0, 1, 1, 0, 0, 0, 5, 0, 1, 2, 0, 0, 0, 1, 0, 0});
  // CHECK-NEXT: got 1 send 1
  // CHECK-NEXT: got 2 send 0
  // CHECK-NEXT: continue
  // CHECK-NEXT: got 11 send 1
  // CHECK-NEXT: got 12 send 1
  // CHECK-NEXT: got -1 send 0
  // CHECK-NEXT: got 21 send 0
  // CHECK-NEXT: got 22 send 0
  // CHECK-NEXT: rounds 2
  // CHECK-NEXT: got 1 send 5
  // CHECK-NEXT: got 2 send 0
  // CHECK-NEXT: skip
  // CHECK-NEXT: got 101 send 1
  // CHECK-NEXT: got 102 send 2
  // CHECK-NEXT: for 1
  // CHECK-NEXT: got 201 send 0
  // CHECK-NEXT: got 202 send 0
  // CHECK-NEXT: again
  // CHECK-NEXT: got 1001 send 0
  // CHECK-NEXT: got 1002 send 1
  // CHECK-NEXT: try 2
  // CHECK-NEXT: got 1001 send 0
  // CHECK-NEXT: got 1002 send 0
  // CHECK-NEXT: tries 2
  // CHECK-NEXT: done
  // CHECK-NEXT: stop
  script(loops(), {});
  // CHECK-NEXT: rounds 0
  // CHECK-NEXT: again
  // CHECK-NEXT: tries 1
  // CHECK-NEXT: done
  // CHECK-NEXT: stop
  script(shifts(1, 1, 2), {2, 3, 64, 5, 3, 2});
  // CHECK-NEXT: got 1 send 2
  // CHECK-NEXT: got 2 send 3
  // CHECK-NEXT: left 32
  // CHECK-NEXT: got 11 send 64
  // CHECK-NEXT: got 12 send 5
  // CHECK-NEXT: right 16
  // CHECK-NEXT: got 21 send 3
  // CHECK-NEXT: got 22 send 2
  // CHECK-NEXT: bits 12
  // CHECK-NEXT: stop
  script(deduced(), {1});
  // CHECK-NEXT: got 7 send 1
  // CHECK-NEXT: total 7 all 1 mixed 0.5 wide 2 seeded 100
  // CHECK-NEXT: scaled 0.5 exact 0 counted 1
  // CHECK-NEXT: stop
  {
    auto g = chained(count(10, 2), count(20, 0), count(30, 1));
    for (int v : g)
      say("chained ", v);
    say("result ", g.result());
  }
  // CHECK-NEXT: chained 10
  // CHECK-NEXT: chained 11
  // CHECK-NEXT: chained 30
  // CHECK-NEXT: result 31
  {
    auto g = chained();
    for (int v : g)
      say("chained ", v);
    say("result ", g.result());
  }
  // CHECK-NEXT: result 1
  for (bool twice : {false, true}) {
    auto g = summed(twice, count(1, 1), count(5, 2));
    for (int v : g)
      say("summed ", v);
    say("result ", g.result());
  }
  // CHECK-NEXT: summed 1
  // CHECK-NEXT: summed 5
  // CHECK-NEXT: summed 6
  // CHECK-NEXT: result 30
  // CHECK-NEXT: summed 1
  // CHECK-NEXT: summed 5
  // CHECK-NEXT: summed 6
  // CHECK-NEXT: result 400
  {
    auto g = guarded(1, 2, 3);
    say("got ", g.next());
    say("got ", g.send(9));
    say("got ", g.throw_exception(std::runtime_error("stop")));
    say("state ", corogen::getgeneratorstate(g));
  }
  // CHECK-NEXT: got 1
  // CHECK-NEXT: got 2
  // CHECK-NEXT: caught stop
  // CHECK-NEXT: got -1
  // CHECK-NEXT: state GEN_SUSPENDED
}
