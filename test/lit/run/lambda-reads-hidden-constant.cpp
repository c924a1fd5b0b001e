// In a template, a lambda (or a class of the body) that reads, without a
// capture, a constant of the generator whose value depends on a template
// parameter, where a declaration in scope there hides what the constant's
// initialiser names unqualified (a function template, whose call its
// qualified name would take out of argument-dependent lookup; an entity
// of an unnamed namespace; the class template that holds the generator,
// whose injected-class-name qualifies its members): the body declares a
// `static constexpr` copy just before the constant, where the text means
// what it means in the source, and the lambda reads the copy (before,
// refused). The constant's block is entered again by resumes (a loop, a
// try block, a handler), which pass over the copy; a constant that names
// such a constant reads it as its value. Python twin (T = long, U = int):
//   sized = 2 * 4 * 8; doubled = 2 * 8; scaled = 5 * 8; more = doubled + 1
//   yield 1; yield 1 + sized; yield 100 + doubled; yield 1000 + scaled
//   yield more + 7
//   for i in range(2): step = 2 * 8; yield i; yield step + i - 3
//   try: inside = 5 * 8; yield 2; yield inside + 5; raise RuntimeError
//   except Exception: handled = 5 * 8 * 2; yield 3; yield handled - 1
//   header = 2 * 8 + 1; yield 5; yield header + 0
//   cond = 2 * 8 - 1; yield 6; yield cond + 0
//   thrice = 2 * 8 * 3; yield 4; yield thrice + 0
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>

#include <cstdio>
#include <stdexcept>

template <class T> constexpr int twice(T v) { return 2 * int(v); }
namespace {
constexpr int hidden_scale = 5;
}

template <class U> struct Templated {
  struct Inner {
    U a, b;
  };
  template <class T> corogen::generator<int> member() {
    const int sized = sizeof(Inner) * sizeof(T);
    const int doubled = twice(sizeof(T));
    const T scaled = hidden_scale * T(sizeof(T));
    const int more = doubled + 1;
    CORO_YIELD(1);
    CORO_YIELD([] {
      struct Templated {
        char c;
      };
      return int(sizeof(Templated)) + sized;
    }());
    CORO_YIELD([] {
      int twice = 100;
      return twice + doubled;
    }());
    CORO_YIELD([] {
      int hidden_scale = 1000;
      return int(hidden_scale + scaled);
    }());
    CORO_YIELD([] {
      int twice = 7;
      return more + twice;
    }());
    for (int i = 0; i < 2; ++i) {
      const int step = twice(sizeof(T));
      CORO_YIELD(i);
      CORO_YIELD([&i] {
        int twice = 3;
        return step + i - twice;
      }());
    }
    try {
      const int inside = hidden_scale * int(sizeof(T));
      CORO_YIELD(2);
      CORO_YIELD([] {
        int hidden_scale = 5;
        return inside + hidden_scale;
      }());
      throw std::runtime_error("x");
    } catch (const std::exception &) {
      const int handled = hidden_scale * int(sizeof(T)) * 2;
      CORO_YIELD(3);
      CORO_YIELD([] {
        int hidden_scale = 1;
        return handled - hidden_scale;
      }());
    }
    // (Declared by a statement's header: the copy stands before the
    // statement.)
    for (const int header = twice(sizeof(T)) + 1;;) {
      CORO_YIELD(5);
      CORO_YIELD([] {
        int twice = 0;
        return header + twice;
      }());
      break;
    }
    if (const int cond = twice(sizeof(T)) - 1) {
      CORO_YIELD(6);
      CORO_YIELD([] {
        int twice = 0;
        return cond + twice;
      }());
    }
    const int thrice = twice(sizeof(T)) * 3;
    struct Reader {
      static int read() {
        int twice = 0;
        return thrice + twice;
      }
    };
    CORO_YIELD(4);
    CORO_YIELD(Reader::read());
  }
};

int main() {
  auto gen = Templated<int>().member<long>();
  for (int v : gen)
    std::printf("%d ", v);
  std::printf("\n");
  // CHECK: 1 65 116 1040 24 0 13 1 14 2 45 3 79 5 17 6 15 4 48
}
