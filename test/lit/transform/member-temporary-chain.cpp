// A temporary that a reference member binds, made before a marker of its
// local's initialiser after a kept temporary with a destructor, has two
// places in the unwinding chain: in its statement, after that temporary
// (close() at the suspension destroys both, it first); after the
// statement, which destroys the kept temporary, next to what was live
// before the statement (the local's scope destroys it alone). The
// statement's end leaves the chain at it.
// RUN: %corogen %s --dump-ir -- %cxxflags | FileCheck %s
#include <corogen/corogen.hpp>

struct D {
  int v;
  ~D() {}
};
struct S {
  int v;
  ~S() {}
};
struct K {
  int k;
  const S &r;
  int j;
};
int length(const D &d) { return d.v; }

corogen::generator<int, int> g() {
  K x{length(D{1}), S{2}, CORO_YIELD(3)};
  CORO_YIELD(x.r.v);
}
// CHECK: slot local corogen_temporary : D live [[D:[0-9]+]] prev 0
// CHECK: slot local corogen_x_temporary : S live [[S:[0-9]+]] prev 0 (in its statement: live [[SPILL:[0-9]+]] prev [[D]])
// CHECK: edit temporary {{.*}} slot corogen_temporary before 1
// CHECK: edit spill {{.*}} slot corogen_x_temporary before 1
// CHECK: edit suspend {{.*}} slots corogen_temporary then live [[S]] state 1
