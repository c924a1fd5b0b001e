// A std::initializer_list made from a braced list, living across a
// suspension: C++ keeps the list's array alive as long as the variable
// only because the variable is declared in the function
// ([dcl.init.list] p6); the frame's member is made by a new-expression,
// which extends nothing, and only a braced list makes a
// std::initializer_list, so no translation keeps both the list and its
// array in the frame. Refused, in templates too (where `auto x = {a, b};`
// deduces one from the elements) and for a reference bound to one. An
// array, a container, or a range-for over a braced list (whose array the
// frame keeps: run/range-for-temporary.cpp) work.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

#include <initializer_list>
#include <vector>

template <class T> corogen::generator<int> dependent(T a, T b) {
  // CHECK: :[[@LINE+1]]:8: error: 'il' lives across a suspension and is a std::initializer_list made from a braced list, whose array C++ keeps alive only as long as a variable of the function
  auto il = {a, b};
  // CHECK: :[[@LINE+1]]:10: error: 'one' lives across a suspension and is a std::initializer_list made from a braced list
  auto &&one = {a};
  // CHECK: :[[@LINE+1]]:28: error: 'written' lives across a suspension and is a std::initializer_list made from a braced list
  std::initializer_list<T> written{a, b};
  // CHECK: :[[@LINE+1]]:30: error: 'ints' lives across a suspension and is a std::initializer_list made from a braced list
  std::initializer_list<int> ints = {1, static_cast<int>(a)};
  const T arr[] = {a, b};
  std::vector<T> v = {a, b};
  CORO_YIELD(0);
  CORO_YIELD(static_cast<int>(il.size() + one.size() + written.size() + ints.size() + arr[0] +
                              v.size()));
}

corogen::generator<int> plain(int a) {
  // CHECK: :[[@LINE+1]]:8: error: 'il' lives across a suspension and is a std::initializer_list made from a braced list
  auto il = {a, 2};
  // CHECK: :[[@LINE+1]]:37: error: 'r' lives across a suspension and is a std::initializer_list made from a braced list
  const std::initializer_list<int> &r = {a};
  const int arr[] = {a, 2};
  CORO_YIELD(0);
  CORO_YIELD(static_cast<int>(il.size() + r.size()) + arr[1]);
  for (int x : {a, 3})
    CORO_YIELD(x);
}
// CHECK-NOT: error:
