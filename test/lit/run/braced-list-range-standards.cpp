// A range-for that suspends over a braced list whose array the frame keeps
// in a box (its elements depend on a template parameter, or are of a class
// of the body) or in a slot (elements of a known type, in a template too):
// the array is the runtime's braced_range, its elements deduced as the
// std::initializer_list deduces them, made in place from the list (no copy
// of a prvalue), const, destroyed last first when the loop ends or the
// generator is closed. Built as C++14 (where the type is named by decltype
// of a call with the elements, as no class template argument deduction
// exists; before, refused; with an element that holds a lambda-expression,
// by decltype of calls of functions that return the elements), C++17 and
// C++20. A list of one std::array
// iterates that one array, once (the box used std::array's own deduction,
// which took `{a}` for a copy of `a`, and iterated its ints).
// (No trace.hpp: it needs C++17.)
// RUN: %run-both %s %t14 -std=c++14 | FileCheck %s
// RUN: %run-both %s %t17 -std=c++17 | FileCheck %s
// RUN: %run-both %s %t20 -std=c++20 | FileCheck %s
#include <corogen/corogen.hpp>

#include <array>
#include <cstdio>

struct Noisy {
  int id;
  explicit Noisy(int i) : id(i) { std::printf("ctor %d\n", id); }
  Noisy(const Noisy &o) : id(o.id) { std::printf("copy %d\n", id); }
  Noisy(Noisy &&o) noexcept : id(o.id) { std::printf("move %d\n", id); }
  ~Noisy() { std::printf("dtor %d\n", id); }
};

template <class T> corogen::generator<int> arrays(T t) {
  for (const auto &a : {t})
    CORO_YIELD(static_cast<int>(a.size()));
  for (auto x : {t[0], t[1]})
    CORO_YIELD(x);
}
// CHECK-LABEL: arrays
// CHECK-NEXT: got 2
// CHECK-NEXT: got 7
// CHECK-NEXT: got 8
// CHECK-NEXT: end

template <class T> corogen::generator<int> known(T t) {
  // (Of a known type: a slot of the frame.)
  for (const Noisy &n : {Noisy(t), Noisy(t + 1)})
    CORO_YIELD(n.id);
  std::printf("after\n");
}
// CHECK-LABEL: known
// CHECK-NEXT: ctor 1
// CHECK-NEXT: ctor 2
// CHECK-NEXT: got 1
// CHECK-NEXT: got 2
// CHECK-NEXT: dtor 2
// CHECK-NEXT: dtor 1
// CHECK-NEXT: after
// CHECK-NEXT: end

template <class T> corogen::generator<int> local(T t) {
  struct Local {
    Noisy n;
    T v;
  };
  Noisy named(10);
  for (const auto &l : {Local{Noisy(t), t}, Local{named, t * 2}})
    CORO_YIELD(l.v);
  std::printf("after\n");
}
// CHECK-LABEL: local
// CHECK-NEXT: ctor 10
// CHECK-NEXT: ctor 3
// CHECK-NEXT: copy 10
// CHECK-NEXT: got 3
// CHECK-NEXT: got 6
// CHECK-NEXT: dtor 10
// CHECK-NEXT: dtor 3
// CHECK-NEXT: after
// CHECK-NEXT: dtor 10
// CHECK-NEXT: end

template <class... T> corogen::generator<int> pack(T... ts) {
  for (int v : {ts...})
    CORO_YIELD(v);
}
// CHECK-LABEL: pack
// CHECK-NEXT: got 4
// CHECK-NEXT: got 5
// CHECK-NEXT: got 6
// CHECK-NEXT: end

corogen::generator<int> plain() {
  struct Point {
    Noisy n;
  };
  for (const Point &p : {Point{Noisy(20)}, Point{Noisy(21)}})
    CORO_YIELD(p.n.id);
}
// CHECK-LABEL: plain
// CHECK-NEXT: ctor 20
// CHECK-NEXT: ctor 21
// CHECK-NEXT: got 20
// CHECK-NEXT: got 21
// CHECK-NEXT: dtor 21
// CHECK-NEXT: dtor 20
// CHECK-NEXT: end

// An element that holds a lambda-expression (before C++17, or beside an
// element that is a braced list, where neither class template argument
// deduction nor decltype of the elements' text can name the element type):
// each element not in braces is returned by a function of the box's making
// function, whose calls deduce the type; the elements are made in place
// all the same, in the list's order. In a template and outside.
template <class T> corogen::generator<int> lambdas(T t) {
  struct Local {
    Noisy n;
    T v;
  };
  auto mk = [t] { return t; };
  for (auto f : {mk, [mk] { return mk; }()})
    CORO_YIELD(f());
  for (const auto &l : {Local{Noisy([t] { return t; }()), t}, {Noisy(t + 1), t + 1}})
    CORO_YIELD(l.v);
  std::printf("after\n");
}
// CHECK-LABEL: lambdas
// CHECK-NEXT: got 30
// CHECK-NEXT: got 30
// CHECK-NEXT: ctor 30
// CHECK-NEXT: ctor 31
// CHECK-NEXT: got 30
// CHECK-NEXT: got 31
// CHECK-NEXT: dtor 31
// CHECK-NEXT: dtor 30
// CHECK-NEXT: after
// CHECK-NEXT: end

corogen::generator<int> plain_lambdas() {
  struct Local {
    Noisy n;
    int v;
  };
  int k = 40;
  for (const Local &l : {Local{Noisy([k] { return k; }()), 1}, {Noisy(41), 2}, Local{Noisy(42), 3}})
    CORO_YIELD(l.v);
  auto mk = [k] { return k; };
  for (auto f : {mk, [mk] { return mk; }()})
    CORO_YIELD(f() + 1);
}
// CHECK-LABEL: plain_lambdas
// CHECK-NEXT: ctor 40
// CHECK-NEXT: ctor 41
// CHECK-NEXT: ctor 42
// CHECK-NEXT: got 1
// CHECK-NEXT: got 2
// CHECK-NEXT: got 3
// CHECK-NEXT: dtor 42
// CHECK-NEXT: dtor 41
// CHECK-NEXT: dtor 40
// CHECK-NEXT: got 41
// CHECK-NEXT: got 41
// CHECK-NEXT: end

// Closed at its first value: the boxed array dies, last element first.
// CHECK-LABEL: closed
// CHECK-NEXT: ctor 10
// CHECK-NEXT: ctor 3
// CHECK-NEXT: copy 10
// CHECK-NEXT: got 3
// CHECK-NEXT: dtor 10
// CHECK-NEXT: dtor 3
// CHECK-NEXT: dtor 10
// CHECK-NEXT: end

template <class G> void drive(const char *name, G g) {
  std::printf("%s\n", name);
  for (int v : g)
    std::printf("got %d\n", v);
  std::printf("end\n");
}

int main() {
  drive("arrays", arrays(std::array<int, 2>{{7, 8}}));
  drive("known", known(1));
  drive("local", local(3));
  drive("pack", pack(4, 5, 6));
  drive("plain", plain());
  drive("lambdas", lambdas(30));
  drive("plain_lambdas", plain_lambdas());
  std::printf("closed\n");
  {
    auto g = local(3);
    std::printf("got %d\n", g.next());
    g.close();
  }
  std::printf("end\n");
}
