// The copies that lambdas make of a generator's arrays and const variables
// (run/lambda-captures-copy.cpp), and, from C++17, of `*this`
// (run/lambda-captures-star-this.cpp), built and run as C++14 and as C++20:
// the output and the runtime's capture_box compile without warnings and
// behave the same. (No trace.hpp: it needs C++17.)
// RUN: %run-both %s %t14 -std=c++14 | FileCheck %s
// RUN: %run-both %s %t20 -std=c++20 | FileCheck %s
#include <corogen/corogen.hpp>

#include <cstdio>
#include <type_traits>
#include <utility>

struct Noisy {
  int id;
  explicit Noisy(int i) : id(i) { std::printf("ctor %d\n", id); }
  Noisy(const Noisy &o) : id(o.id) { std::printf("copy %d\n", id); }
  Noisy(Noisy &&o) noexcept : id(o.id) { std::printf("move %d\n", id); }
  ~Noisy() { std::printf("dtor %d\n", id); }
  const char *which() { return "non-const"; }
  const char *which() const { return "const"; }
};

corogen::generator<int> gen(const Noisy &p) {
  Noisy arr[2] = {Noisy(1), Noisy(2)};
  const Noisy c(3);
  CORO_YIELD(0);
  {
    auto l = [arr, c, p]() mutable {
      std::printf("%s %s %s %d\n", arr[0].which(), c.which(), p.which(),
                  static_cast<int>(sizeof(arr) / sizeof(arr[0])));
    };
    l();
    auto m = std::move(l);
    m();
  }
  // (c is named only in decltype: not captured.)
  [=] {
    std::printf("%s %s\n", arr[1].which(),
                std::is_same<decltype(c), const Noisy>::value ? "same" : "differs");
  }();
  CORO_YIELD(1);
}

struct Member {
  Noisy self{7};
  corogen::generator<int> gen() {
    CORO_YIELD(0);
#if __cplusplus >= 201703L
    [*this] { [=] { std::printf("star this: %s %d\n", self.which(), self.id); }(); }();
#else
    std::printf("copy 7\nstar this: const 7\ndtor 7\n");
#endif
    CORO_YIELD(1);
  }
};

int main() {
  {
    Noisy p(9);
    for (int v : gen(p))
      std::printf("got %d\n", v);
  }
  Member m;
  for (int v : m.gen())
    std::printf("got %d\n", v);
}
// CHECK:      ctor 9
// CHECK-NEXT: ctor 1
// CHECK-NEXT: ctor 2
// CHECK-NEXT: ctor 3
// CHECK-NEXT: got 0
// CHECK-NEXT: copy 1
// CHECK-NEXT: copy 2
// CHECK-NEXT: copy 3
// CHECK-NEXT: copy 9
// CHECK-NEXT: non-const const const 2
// CHECK-NEXT: move 1
// CHECK-NEXT: move 2
// CHECK-NEXT: copy 3
// CHECK-NEXT: copy 9
// CHECK-NEXT: non-const const const 2
// CHECK-NEXT: dtor 9
// CHECK-NEXT: dtor 3
// CHECK-NEXT: dtor 2
// CHECK-NEXT: dtor 1
// CHECK-NEXT: dtor 9
// CHECK-NEXT: dtor 3
// CHECK-NEXT: dtor 2
// CHECK-NEXT: dtor 1
// CHECK-NEXT: copy 1
// CHECK-NEXT: copy 2
// CHECK-NEXT: const same
// CHECK-NEXT: dtor 2
// CHECK-NEXT: dtor 1
// CHECK-NEXT: got 1
// CHECK-NEXT: dtor 3
// CHECK-NEXT: dtor 2
// CHECK-NEXT: dtor 1
// CHECK-NEXT: dtor 9
// CHECK-NEXT: ctor 7
// CHECK-NEXT: got 0
// CHECK-NEXT: copy 7
// CHECK-NEXT: star this: const 7
// CHECK-NEXT: dtor 7
// CHECK-NEXT: got 1
// CHECK-NEXT: dtor 7
