// A lambda that reads a constant of the generator without capturing it
// (C++ needs no capture to read a constant's value, [basic.def.odr] p4),
// after the constant has lived across a suspension: the lambda reads the
// constant's value, of the constant's type (overloads see an `int`, an
// `unsigned long long`, a `bool`, an enumerator), in a lambda without a
// capture-default and in one nested in a lambda that captures by reference;
// the extreme values of 64-bit types.
// Python twin:
//   limit = 3; big = 2**64 - 1; small = -2**63; flag = True; c = Color.green
//   yield limit
//   yield limit * 2 (from a function that reads limit)
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>

using trace::say;

enum class Color { red, green };
enum Plain { zero, one, two };

std::string kind(int) { return "int"; }
std::string kind(unsigned long long) { return "unsigned long long"; }
std::string kind(long long) { return "long long"; }
std::string kind(bool) { return "bool"; }
std::string kind(Color) { return "Color"; }
std::string kind(Plain) { return "Plain"; }
std::string kind(char) { return "char"; }

corogen::generator<std::string> gen() {
  const int limit = 3;
  const unsigned long long big = ~0ULL;
  const long long small = -9223372036854775807LL - 1;
  const bool flag = true;
  const Color c = Color::green;
  const Plain p = two;
  const char letter = 'x';
  CORO_YIELD(std::to_string(limit));
  CORO_YIELD([] { return kind(limit) + " " + std::to_string(limit * 2); }());
  CORO_YIELD([&] { return [] { return std::to_string(limit + 1); }(); }());
  CORO_YIELD([] { return kind(big) + " " + std::to_string(big); }());
  CORO_YIELD([] { return kind(small) + " " + std::to_string(small); }());
  CORO_YIELD([] { return kind(flag) + (flag ? " true" : " false"); }());
  CORO_YIELD([] { return kind(c) + (c == Color::green ? " green" : " red"); }());
  CORO_YIELD([] { return kind(p) + " " + std::to_string(p); }());
  CORO_YIELD([] { return kind(letter) + " " + std::string(1, letter); }());
}

int main() {
  // CHECK: 3
  // CHECK-NEXT: int 6
  // CHECK-NEXT: 4
  // CHECK-NEXT: unsigned long long 18446744073709551615
  // CHECK-NEXT: long long -9223372036854775808
  // CHECK-NEXT: bool true
  // CHECK-NEXT: Color green
  // CHECK-NEXT: Plain 2
  // CHECK-NEXT: char x
  for (const std::string &s : gen())
    say(s);
}
