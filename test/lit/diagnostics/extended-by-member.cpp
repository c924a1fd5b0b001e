// A local living across a suspension whose initialiser binds a reference
// member of an aggregate to a temporary keeps each temporary in a slot of
// its own (run/reference-member-temporaries.cpp), also a reference local
// bound to such an aggregate temporary (`const A &b = A{S{2}};`) or to an
// array of them (`const A (&arr)[1] = {A{S{4}}};`), and a temporary made
// on one side of `?:` only (`l`, `pick`: a flag says whether it was made).
// Refused still, with the advice to make the temporary a variable of its
// own: a member bound to an array temporary made otherwise than by a braced
// list in the file's text (`R ra{(s.v, TWO(1))};`, a macro's expansion
// beside other text: `R rb{{1, 2}};` works, and so do a cast of the list
// and a comma's right, run/reference-member-array-temporaries.cpp); a
// std::initializer_list member made from a braced list, whose array no
// slot can stand for; a temporary of a type the frame cannot name (kept
// in a box, `LocalRef m{Local{13}};`, and from a braced list alone,
// `LocalRef mb{{13}};`, as `new auto(Local{13})`:
// run/reference-member-boxed-temporaries.cpp) made by a braced list alone
// where another declaration of the body has its class's name and the
// class's definition declares a variable too (`shadowed`: `new auto(...)`
// names the class in the body, or an alias declared after its
// definition) or,
// before a marker of the initialiser, by text that holds a lambda-expression
// (whose closure type a copy of the text, which names the object after the
// suspension, would not share: `ml` works, `mm` does not); one
// made inside a macro's call but not all of it (`A n{ID(S{3})};`, a macro
// argument, which the macro may use more than once; all of a call works,
// `A m{MAKE_S(2)};`, and so does a marker's own value, `I
// i{CORO_YIELD(1)};`; markers before, after and inside such temporaries
// work: run/reference-member-temporaries.cpp); in a template, a local of a class of the
// body with a reference member made from a braced list (the list is not
// analysed there, and no check of the runtime can name the class), also
// bound by a structured binding's reference, and a structured binding of an
// object of a known class with a reference member made from a list that
// depends on a template parameter. A member
// bound to an object, and an
// aggregate a function returns (whose temporaries died in the function),
// are kept as usual.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s --implicit-check-not=error:
#include <corogen/corogen.hpp>

#include <initializer_list>

struct S {
  int v;
};
struct A {
  const S &r;
};
struct B {
  A in;
  int k;
};
struct L {
  std::initializer_list<int> il;
};
struct R {
  const int (&a)[2];
};
using Two = int[2];
#define TWO(x) Two{x, x}
A make(const S &s) { return A{s}; }

corogen::generator<int, int> members(bool cond) {
  S s{3};
  A a{S{1}};
  const A &b = A{S{2}};
  const A (&arr)[1] = {A{S{4}}};
  const A &pick = cond ? A{S{5}} : A{s};
  A c{s};
  // CHECK: :[[@LINE+1]]:5: error: 'k' lives across a suspension and its initialiser binds a reference member to a temporary (or makes a std::initializer_list member's array)
  L k{{1, 2}};
  A l{cond ? static_cast<const S &>(S{12}) : s};
  // CHECK: :[[@LINE+1]]:5: error: 'ra' lives across a suspension and its initialiser binds a reference member to a temporary (or makes a std::initializer_list member's array), which C++ keeps alive as long as 'ra'; the frame keeps such a temporary in a slot of its own (a box, for a type it cannot name), but not an array whose braced list a macro writes, one made inside a macro's call but not all of it, or one of a type the frame cannot name made by a braced list alone where another declaration has its class's name and the class's definition declares a variable too or, before a marker of the initialiser, by text that holds a lambda-expression; make the temporary a variable of its own
  R ra{(s.v, TWO(1))};
  R rb{{1, 2}};
  struct Local {
    int v;
  };
  struct LocalRef {
    const Local &r;
    int k;
  };
  LocalRef m{Local{13}};
  LocalRef mb{{13}};
  LocalRef ml{Local{[] { return 13; }()}};
  // CHECK: :[[@LINE+1]]:12: error: 'mm' lives across a suspension and its initialiser binds a reference member
  LocalRef mm{Local{[] { return 13; }()}, CORO_YIELD(13)};
  A n{S{CORO_YIELD(14)}};
  auto o = A{s};
  B p{c, 3};
  A q = make(S{14});
  CORO_YIELD(a.r.v + b.r.v + arr[0].r.v + pick.r.v + c.r.v + static_cast<int>(k.il.size()) + l.r.v + ra.a[1] + rb.a[0] + m.r.v + mb.r.v + ml.r.v + mm.r.v + n.r.v);
  CORO_YIELD(o.r.v + p.k + q.r.v);
}

// (A braced list alone is made as `new auto(Local{13})`, which must name the
// class in the body: where another declaration of the body has its name,
// through an alias that corogen declares after the class's definition,
// run/reference-member-boxed-temporaries.cpp; not where that declaration
// declares a variable too, after which no alias may go.)
corogen::generator<int, int> shadowed() {
  struct Local {
    int v;
  } first{1};
  (void)first;
  struct LocalRef {
    const Local &r;
  };
  {
    int Local = 1;
    (void)Local;
  }
  // CHECK: :[[@LINE+1]]:12: error: 'mb' lives across a suspension and its initialiser binds a reference member
  LocalRef mb{{13}};
  CORO_YIELD(mb.r.v);
}

struct I {
  const int &i;
};

#define MAKE_S(v) S{v}
#define ID(x) x

corogen::generator<int, int> own_value() {
  I i{CORO_YIELD(1)};
  A m{MAKE_S(2)};
  // CHECK: :[[@LINE+1]]:5: error: 'n' lives across a suspension and its initialiser binds a reference member to a temporary
  A n{ID(S{3})};
  CORO_YIELD(i.i + m.r.v + n.r.v);
}

template <class T> corogen::generator<int, int> body_class(T t) {
  struct Local {
    T k;
    const S &r;
  };
  struct Plain {
    T k;
  };
  // CHECK: :[[@LINE+1]]:9: error: 'lb' lives across a suspension and its initialiser binds a reference member to a temporary
  Local lb{t, S{1}};
  // CHECK: :[[@LINE+1]]:8: error: 'la' lives across a suspension and its initialiser binds a reference member to a temporary
  auto la = Local{t, S{2}};
  // CHECK: :[[@LINE+1]]:15: error: 'lr' lives across a suspension and its initialiser binds a reference member to a temporary
  const auto &lr(Local{t, S{3}});
  // CHECK: :[[@LINE+1]]:15: error: '[lk, lr2]' lives across a suspension and its initialiser binds a reference member to a temporary
  const auto &[lk, lr2] = Local{t, S{4}};
  // CHECK: :[[@LINE+1]]:15: error: '[ak]' lives across a suspension and its initialiser binds a reference member to a temporary
  const auto &[ak] = A{T{5}};
  // CHECK: :[[@LINE+1]]:8: error: '[ok]' lives across a suspension and its initialiser binds a reference member to a temporary
  auto [ok] = A{T{6}};
  // (A list that clang analyses in the template keeps them: `auto [kept] =
  // A{S{7}};`.)
  auto [kept] = A{S{7}};
  Plain p{t};
  CORO_YIELD(lb.r.v + la.r.v + lr.r.v + lk + lr2.v + ak.v + ok.v + kept.v + p.k);
}
