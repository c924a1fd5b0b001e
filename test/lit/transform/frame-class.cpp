// Each generator becomes its own resumable class, whose body dispatches on
// the suspension point to one resume label per suspension (CORO_RETURN is
// not a suspension). The checks are on the output; the generated names are
// matched, not spelled.
// RUN: %corogen %s -o %t.cpp --no-line-directives -- %cxxflags
// RUN: FileCheck %s < %t.cpp
#include <corogen/corogen.hpp>

corogen::generator<int> two() {
  CORO_YIELD(1);
  CORO_YIELD(2);
}
// CHECK-LABEL: corogen::generator<int> two() {
// CHECK-SAME:  struct [[FRAME:corogen_[a-z0-9_]+]] final :
// CHECK-SAME:  case 1: goto [[TWO1:corogen_[a-z0-9_]+]];
// CHECK-SAME:  case 2: goto [[TWO2:corogen_[a-z0-9_]+]];
// CHECK-NOT:   case 3:
// CHECK:       [[TWO1]]:
// CHECK:       [[TWO2]]:
// CHECK:       }; return {{.*}}[[FRAME]]

corogen::generator<int, void, int> one_and_return() {
  CORO_YIELD_FROM(two());
  CORO_RETURN(3);
}
// CHECK-LABEL: corogen::generator<int, void, int> one_and_return() {
// CHECK-SAME:  struct [[FRAME2:corogen_[a-z0-9_]+]] final :
// CHECK-SAME:  case 1: goto [[ONE1:corogen_[a-z0-9_]+]];
// CHECK-NOT:   case 2:
// CHECK:       [[ONE1]]:
// CHECK:       }; return {{.*}}[[FRAME2]]

int main() {
  for (int v : one_and_return())
    (void)v;
}
// CHECK-LABEL: int main() {
