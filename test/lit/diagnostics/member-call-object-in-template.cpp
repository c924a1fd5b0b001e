// In a template, the object of a call through `.` whose type depends on a
// template parameter, before a marker in the call's arguments, is named
// again after the resume only where the member is a member function in
// every definition of the object's class (run/member-call-object-in-
// template.cpp). Where it may be a data member (whose value, a pointer to a
// function say, C++ reads before the marker), where the object's class is
// a template parameter, or through `->` (which reads the pointer first),
// corogen refuses, and says to make the object a variable of its own.
// (The pointer's value would be read after the resume instead.)
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s --implicit-check-not=error:
#include <corogen/corogen.hpp>
#include <vector>

template <class T> struct Hook {
  void (*fire)(T);
};

template <class T> struct Sink {
  void put(T) {}
};
template <class T> struct Sink<T *> {
  void (*put)(T *);
};

template <class T> struct Derived : Sink<T> {};

template <class T, class B> corogen::generator<int, T> refused(B b, std::vector<T> *p) {
  Hook<T> hook{};
  Sink<T> sink;
  Derived<T> derived;
  // CHECK: :[[@LINE+1]]:13: error: CORO_YIELD here would need 'hook' kept across the suspension, which corogen cannot do faithfully yet (its type depends on a template parameter)
  hook.fire(CORO_YIELD(1));
  // CHECK: :[[@LINE+1]]:12: error: CORO_YIELD here would need 'sink' kept across the suspension
  sink.put(CORO_YIELD(2));
  // CHECK: :[[@LINE+1]]:15: error: CORO_YIELD here would need 'derived' kept across the suspension
  derived.put(CORO_YIELD(3));
  // CHECK: :[[@LINE+1]]:18: error: CORO_YIELD here would need 'b.items' kept across the suspension
  b.items.insert(CORO_YIELD(4));
  // CHECK: :[[@LINE+1]]:16: error: CORO_YIELD here would need 'p' kept across the suspension
  p->push_back(CORO_YIELD(5));
  // (A class of the body too: before, its pointer was read after the
  // resume.)
  struct Local {
    void (*fire)(int);
  } local{};
  // CHECK: :[[@LINE+1]]:14: error: CORO_YIELD here would need 'local' kept across the suspension
  local.fire(CORO_YIELD(7));
  CORO_YIELD(6);
}
