// An ordinary local with a destructor, declared after a local that the frame
// keeps, must die first; corogen keeps it in the frame too, which needs its
// type named outside the body, or a box.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

#include <string>

struct Tracer {
  ~Tracer() {}
};

// In a block of its own it dies before 'kept' without help; a closure, an
// object or an array, of a class defined before it or by its declaration
// (named or unnamed, for one variable or several), is kept in a box.
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
    Named two[2] = {{"y"}, {"z"}};
    struct Own {
      std::string s;
    } three[2] = {{"a"}, {"bc"}};
    struct {
      std::string s;
    } first{"a"}, second{"bc"};
    CORO_RETURN(size() + int(one.s.size() + two[1].s.size() + three[1].s.size() +
                             first.s.size() + second.s.size()));
  }
}
// A std::initializer_list whose array has destructors must die first too,
// and the frame cannot keep its array
// (diagnostics/initializer-list-local.cpp). (An aggregate whose reference
// member keeps a temporary alive joins the frame with its temporary:
// run/reference-member-temporaries.cpp.)

corogen::generator<int> lists() {
  {
    Tracer kept;
    CORO_YIELD(1);
    // CHECK: :[[@LINE+1]]:10: error: 'il' would be destroyed after 'kept', which lives across a suspension and is constructed before it, and 'il' cannot be kept with it in the frame
    auto il = {Tracer(), Tracer()};
    (void)il;
  }
  CORO_YIELD(2);
}
// CHECK-NOT: error:
