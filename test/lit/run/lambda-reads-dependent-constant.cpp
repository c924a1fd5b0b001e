// In a template, a lambda that reads a constant of the generator whose
// value depends on a template parameter without capturing it (C++ needs no
// capture to read a constant's value, [basic.def.odr] p4), after the
// constant has lived across a suspension: the lambda reads its
// initialiser's value, of the constant's type (an overload sees a `short`
// where the constant is a `const T`), in a lambda without a
// capture-default and in one nested in a lambda that captures by
// reference, for each instantiation. A constant whose initialiser names
// other constants of the body is read with theirs in their places, also
// where the lambda declares a name that one of those names, and a variable
// or an enumerator of a namespace by its qualified name, also where the
// lambda declares its name again (before, both refused). Python twin (N = 3, then 5):
//   size = 2 (then 4); twice = N * 2; total = N + 1; derived = twice + size + 7
//   yield size; yield size * 10; yield twice; yield total; yield size + total
//   yield derived; yield derived + 100; yield N * 3 + 4 + 1000 + 10000
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>

using trace::say;

inline std::string kind(short) { return "short"; }
inline std::string kind(int) { return "int"; }
inline std::string kind(long) { return "long"; }

namespace units {
constexpr int scale = 3;
enum Mode { fast = 4 };
} // namespace units
using namespace units;

template <class T, int N> corogen::generator<std::string> gen() {
  const int size = sizeof(T);
  const T twice = T(N) * 2;
  const long total{N + 1};
  CORO_YIELD(std::to_string(size));
  CORO_YIELD(std::to_string([] { return size * 10; }()));
  CORO_YIELD([] { return kind(twice) + " " + std::to_string(twice); }());
  CORO_YIELD([] { return [] { return kind(total) + " " + std::to_string(total); }(); }());
  CORO_YIELD(std::to_string([&] { return [] { return size + total; }(); }()));
  const int seven = 7;
  const T derived = twice + size + seven;
  CORO_YIELD([] { return kind(derived) + " " + std::to_string(derived); }());
  CORO_YIELD(std::to_string([] {
    int size = 100;
    return derived + size;
  }()));
  // (A lambda that declares the names of what the initialiser names of a
  // namespace: those are read by their qualified names.)
  const int scaled = N * scale + fast;
  CORO_YIELD(std::to_string([] {
    int scale = 1000, fast = 10000;
    return scaled + scale + fast;
  }()));
}

// A function of a namespace that the initialiser calls is named by its
// qualified name, which a name the lambda declares does not hide, and so
// is a class of a namespace; and a
// declaration the lambda or the body makes where the constant is not in
// its scope hides nothing (before, both refused).
constexpr int twice(int v) { return 2 * v; }
namespace ns {
constexpr int thrice(int v) { return 3 * v; }
} // namespace ns
using ns::thrice;
struct Box {
  int a, b;
};

template <class T> corogen::generator<int> qualified() {
  const int doubled = twice(sizeof(T));
  const int tripled = thrice(sizeof(T));
  CORO_YIELD(1);
  int d = [] {
    int twice = 1;
    int thrice = 10;
    return twice + thrice + doubled + tripled;
  }();
  CORO_YIELD(d);
  const int boxed = sizeof(Box) * sizeof(T);
  int e = [] {
    {
      struct Box {
        char c;
      };
      (void)sizeof(Box);
    }
    return boxed;
  }();
  CORO_YIELD(e);
  // (A class of a namespace is named by its qualified name, `::Box`, which
  // the lambda's own `Box` does not hide.)
  int f = [] {
    struct Box {
      char c;
    };
    return int(sizeof(Box)) + boxed;
  }();
  CORO_YIELD(f);
}

// A type and a static member function of a class that is no template,
// named unqualified in its member generator, are read by their qualified
// names, `::Holder::Inner`, `::Holder::half(...)`, which the lambda's own
// names do not hide (before, refused).
struct Holder {
  struct Inner {
    int a, b, c, d;
  };
  static constexpr int half(int v) { return v / 2; }
  template <class T> corogen::generator<int> member() {
    const int sized = sizeof(Inner) * half(sizeof(T));
    CORO_YIELD(1);
    int e = [] {
      struct Inner {
        char c;
      };
      int half = 100;
      return int(sizeof(Inner)) + sized + half;
    }();
    CORO_YIELD(e);
  }
};

// So are those of a class template that holds the generator, through its
// injected-class-name, `Templated::Inner`, `Templated::half(...)`, the
// current instantiation's (also from a class nested in it).
template <class U> struct Templated {
  struct Inner {
    U a, b, c;
  };
  static constexpr int half(int v) { return v / 2; }
  template <class T> corogen::generator<int> member() {
    const int sized = sizeof(Inner) * half(sizeof(T));
    CORO_YIELD(1);
    int e = [] {
      struct Inner {
        char c;
      };
      int half = 100;
      return int(sizeof(Inner)) + sized + half;
    }();
    CORO_YIELD(e);
  }
  struct Nested {
    template <class T> corogen::generator<int> member() {
      const int sized = sizeof(Inner) * sizeof(T);
      CORO_YIELD(2);
      int e = [] {
        struct Inner {
          char c;
        };
        return int(sizeof(Inner)) + sized;
      }();
      CORO_YIELD(e);
    }
  };
};

int main() {
  // CHECK-LABEL: templated members
  // CHECK-NEXT: 1
  // 1 + 24 * 2 + 100
  // CHECK-NEXT: 149
  // CHECK-NEXT: 2
  // 1 + 24 * 4
  // CHECK-NEXT: 97
  say("templated members");
  for (int v : Templated<long>().member<int>())
    say(v);
  for (int v : Templated<long>::Nested().member<int>())
    say(v);
  // CHECK-LABEL: members
  // CHECK-NEXT: 1
  // 1 + 16 * 2 + 100
  // CHECK-NEXT: 133
  say("members");
  for (int v : Holder().member<int>())
    say(v);
  // CHECK-LABEL: qualified
  // CHECK-NEXT: 1
  // 1 + 10 + 8 + 12
  // CHECK-NEXT: 31
  // 8 * 4
  // CHECK-NEXT: 32
  // CHECK-NEXT: 33
  say("qualified");
  for (int v : qualified<int>())
    say(v);
  // CHECK: 2
  // CHECK-NEXT: 20
  // CHECK-NEXT: short 6
  // CHECK-NEXT: long 4
  // CHECK-NEXT: 6
  // CHECK-NEXT: short 15
  // CHECK-NEXT: 115
  // CHECK-NEXT: 11013
  for (const std::string &s : gen<short, 3>())
    say(s);
  // CHECK-NEXT: 4
  // CHECK-NEXT: 40
  // CHECK-NEXT: int 10
  // CHECK-NEXT: long 6
  // CHECK-NEXT: 10
  // CHECK-NEXT: int 21
  // CHECK-NEXT: 121
  // CHECK-NEXT: 11019
  for (const std::string &s : gen<int, 5>())
    say(s);
}
