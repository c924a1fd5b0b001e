// A range-for that suspends over a part of a temporary (a member of an
// object that a call or a braced list makes), which C++ keeps alive
// through the loop: the frame keeps the temporary in the range's slot
// where the types are known and can be named
// (run/range-for-over-temporary-part.cpp), in a box where its type is a
// class of the body; refused where a macro makes the temporary (corogen
// rewrites the text around it), or, in a template, where
// the range's type depends on a template parameter and the object's type
// is a class of the body (which the frame cannot spell in decltype;
// elsewhere the range's slot is the runtime's bound_value of the object:
// run/template-reference-to-temporary-part.cpp), refused. A
// member of a variable, or through `->`, is no temporary's.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s --implicit-check-not=error:
#include <corogen/corogen.hpp>

#include <vector>

struct Box {
  std::vector<int> items;
};
Box make();

#define LOCAL_OF(x) Local{{x}}

corogen::generator<int> local() {
  struct Local {
    std::vector<int> items;
  };
  // (Made by a macro, whose text corogen cannot split.)
  // CHECK: :[[@LINE+1]]:3: error: this range-for suspends, and its range may be a part of a temporary (a member of an object that a call or a constructor makes, say), which C++ keeps alive through the loop; corogen keeps it only where the temporary's type and the range's are known and can be named outside the generator's body, and the temporary alone is kept alive (in a template, it has the instantiation check that the object is no temporary, where it can name the object's type): make the object a variable before the loop, and iterate over its member
  for (int x : LOCAL_OF(1).items)
    CORO_YIELD(x);
  for (int x : Local{{1, 2}}.items)
    CORO_YIELD(x);
  Local named{{3}};
  for (int x : named.items)
    CORO_YIELD(x);
}

template <class T> T build();

template <class T> corogen::generator<int> dependent(T t) {
  struct Local {
    std::vector<T> items;
  };
  // CHECK: :[[@LINE+1]]:3: error: this range-for suspends, and its range may be a part of a temporary
  for (T x : Local{{t}}.items)
    CORO_YIELD(int(x));
  for (int x : build<T>().items)
    CORO_YIELD(x);
  for (int x : t.items)
    CORO_YIELD(x);
  T *p = &t;
  for (int x : p->items)
    CORO_YIELD(x);
  for (int x : make().items)
    CORO_YIELD(x);
}
