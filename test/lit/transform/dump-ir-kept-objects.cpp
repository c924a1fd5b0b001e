// --dump-ir shows how the frame keeps what a reference or a range binds
// through: an array temporary that a reference member binds, in a slot of
// its own that an array new-expression makes (`array`); a template
// reference's object whose member it binds, the runtime's bound_value in a
// slot made first (`object`); a list of one element that converts
// (`copy-list-maker`, `direct-list-maker`); and a braced range with an
// element that holds a lambda, made through functions that return its
// elements (`list-by-functions`).
// RUN: %corogen --dump-ir %s -- %cxxflags | FileCheck %s
#include <corogen/corogen.hpp>

#include <utility>

struct R {
  const int (&a)[2];
};
struct P {
  int v;
};

corogen::generator<int> arrays() {
  R r{{1, 2}};
  CORO_YIELD(r.a[0]);
}
// CHECK-LABEL: generator arrays
// CHECK: slot local corogen_r_temporary {{.*}} array
// CHECK: edit member-temporary @{{[0-9]+}} slot corogen_r_temporary

template <class T> T make() { return T(); }

template <class T> corogen::generator<int> parts(T t) {
  const auto &p = make<std::pair<T, T>>().first;
  const T &c = {t};
  const T &d{t + 1};
  for (const P &q : {P{[t] { return t; }()}, {t}})
    CORO_YIELD(q.v);
  CORO_YIELD(p + c + d);
}
// CHECK-LABEL: generator parts
// CHECK: edit construct @{{[0-9]+}} slot corogen_local_p {{.*}}object corogen_p_object
// CHECK: edit construct @{{[0-9]+}} slot corogen_c {{.*}}copy-list-maker
// CHECK: edit construct @{{[0-9]+}} slot corogen_d {{.*}}direct-list-maker
// CHECK: edit range-for @{{[0-9]+}} {{.*}}list-by-functions
