// An ordinary local with a destructor, declared after a local that the frame
// keeps, must die first; corogen keeps it in the frame too, which needs its
// type named outside the body, or a box (a single object, declared alone). An
// array of objects of a class defined in the body can be neither: the
// message says to give it a block of its own.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

#include <string>

struct Tracer {
  ~Tracer() {}
};

corogen::generator<int, void, int> gen() {
  struct Named {
    std::string s;
  };
  for (;;) {
    Tracer kept;
    CORO_YIELD(1);
    // CHECK: :[[@LINE+1]]:11: error: 'names' would be destroyed after 'kept', which lives across a suspension and is constructed before it, and 'names' cannot be kept with it in the frame (its type cannot be named outside the body, or it is not declared by a declaration statement); declare 'names' in a block of its own
    Named names[2] = {{"a"}, {"bc"}};
    CORO_RETURN(int(names[1].s.size()));
  }
}

// In a block of its own it dies before 'kept' without help; a closure, or
// a single object, is kept in a box.
corogen::generator<int, void, int> fixed() {
  struct Named {
    std::string s;
  };
  for (;;) {
    Tracer kept;
    CORO_YIELD(1);
    {
      Named names[2] = {{"a"}, {"bc"}};
      if (names[0].s.empty())
        CORO_RETURN(0);
    }
    auto size = [s = std::string("abc")] { return int(s.size()); };
    Named one{"x"};
    CORO_RETURN(size() + int(one.s.size()));
  }
}
// CHECK-NOT: error:
