// An operand evaluated before a nested marker would have to be kept across
// the suspension, but corogen cannot keep it faithfully: in a template, it
// depends on a template parameter, so that the temporaries it makes are not
// known before instantiation (or it is a variable named alone that C++
// reads before the marker: `<<` sequences its operands); or a default argument of a call in it makes
// a temporary that must live to the end of the statement, one with a
// destructor, or one the kept reference may refer to (the default
// argument's text is at the function's declaration, not at the call,
// where corogen would keep it); or it is a copy of a type the frame cannot
// name. (Temporaries that live to the end of the
// statement are kept otherwise, on one side of a condition too:
// run/yield-twice-temporaries.cpp, run/yield-in-short-circuit-temporaries.cpp.)
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

#include <string>

int use(const std::string &, int);

template <class T> corogen::generator<int, int> tgen(T t) {
  // CHECK: :[[@LINE+1]]:47: error: CORO_YIELD here would need 'static_cast<int>(T(t).size())' kept across the suspension, which corogen cannot do faithfully yet (it depends on a template parameter, so its temporaries are not known until the template is instantiated)
  int n = static_cast<int>(T(t).size()) + int(CORO_YIELD(1));
  // A variable named alone is kept by address where C++ does not order it
  // before the marker (run/kept-dependent-variable.cpp), not where it does.
  // CHECK: :[[@LINE+1]]:20: error: CORO_YIELD here would need 't' kept across the suspension, which corogen cannot do faithfully yet (its type depends on a template parameter)
  int m = t << int(CORO_YIELD(n));
  // Nor where a subscript or a braced list orders it first.
  // CHECK: :[[@LINE+1]]:17: error: CORO_YIELD here would need 't' kept across the suspension
  int k = t[int(CORO_YIELD(m))];
  // CHECK: :[[@LINE+1]]:14: error: CORO_YIELD here would need 't' kept across the suspension
  T u{t, int(CORO_YIELD(k))};
  // A member through `->` (of other than `this`), which may call an
  // overloaded operator->, is not kept: one through `.` is read again
  // after the resume (run/kept-dependent-variable.cpp).
  // CHECK: :[[@LINE+1]]:40: error: CORO_YIELD here would need 't->name' kept across the suspension, which corogen cannot do faithfully yet (its type depends on a template parameter)
  int j = use(t.name, use(t->name, int(CORO_YIELD(k))));
  CORO_YIELD(k);
}

struct Noisy {
  ~Noisy();
  int value() const;
};
int take(const Noisy &n = Noisy());
const int &pick(const int &x = 5);
int add(const int &a, int b);

corogen::generator<int, int> defaults() {
  // CHECK: :[[@LINE+1]]:24: error: CORO_YIELD here would need 'take()' kept across the suspension, which corogen cannot do faithfully yet (a default argument or member initialiser in it makes a temporary with a destructor, which must live to the end of the statement)
  int a = take() + int(CORO_YIELD(1));
  // CHECK: :[[@LINE+1]]:27: error: CORO_YIELD here would need 'pick()' kept across the suspension, which corogen cannot do faithfully yet (it is kept by reference, and a default argument or member initialiser in it makes a temporary that must live to the end of the statement)
  int b = add(pick(), int(CORO_YIELD(a)));
  // Read by value, it refers to nothing: fine.
  int c = pick() + int(CORO_YIELD(b));
  CORO_YIELD(c);
}

// Of a type the frame cannot name: a variable named alone and not read by
// value is read again after the suspension, the same object
// (run/unnameable-operand-named-again.cpp); a copy, a temporary or an
// address made by text that makes no other temporary and no closure is
// kept in a box made by that text (run/unnameable-operand-boxed.cpp). A
// closure that captures by copy, made before the marker, is kept in a box
// that a member function of the frame makes from its text, one type
// (run/kept-lambda-captures-by-copy.cpp): refused where its text would
// mean something else there, naming a local the frame keeps in a box, a
// class, an alias or a static local of the body, or where an init-capture
// makes a temporary that must live to the end of the statement.
template <class F> int call(F f, int v) { return f(v); }
struct Tracer {
  ~Tracer();
};
template <class T> int take(T t, int v) { return v; }


int use(const Tracer &);

corogen::generator<int, int> unnameable() {
  int base = 1;
  struct Counter {
    int n;
  };
  Counter c{2};
  // CHECK: :[[@LINE+1]]:48: error: CORO_YIELD here would need '[c](int a) { return a + c.n; }' kept across the suspension, as the copy C++ makes of it before the suspension, and its type cannot be named outside the generator; take the value of CORO_YIELD into a variable before the statement ('S v = CORO_YIELD(...);') and use 'v' in it
  int r = call([c](int a) { return a + c.n; }, CORO_YIELD(1));
  // CHECK: :[[@LINE+1]]:60: error: CORO_YIELD here would need '[base](int a) { return a + Counter{base}.n; }' kept across the suspension
  r += call([base](int a) { return a + Counter{base}.n; }, CORO_YIELD(1));
  // CHECK: :[[@LINE+1]]:59: error: CORO_YIELD here would need '[k = use(Tracer())](int a) { return a + k; }' kept across the suspension
  r += call([k = use(Tracer())](int a) { return a + k; }, CORO_YIELD(1));
  static int calls = 0;
  // CHECK: :[[@LINE+1]]:54: error: CORO_YIELD here would need '[=](int a) { return a + calls + base; }' kept across the suspension
  r += call([=](int a) { return a + calls + base; }, CORO_YIELD(1));
  CORO_YIELD(r);
  // Nor a class temporary that must live to the end of the statement, which
  // the box's making function would destroy at its own end.
  struct Local {
    const Tracer &t;
  };
  // CHECK: :[[@LINE+1]]:29: error: CORO_YIELD here would need 'Local{Tracer()}' kept across the suspension, as the copy C++ makes of it before the suspension, and its type cannot be named outside the generator; take the value of CORO_YIELD into a variable before the statement ('S v = CORO_YIELD(...);') and use 'v' in it
  r = take(Local{Tracer()}, CORO_YIELD(2));
  CORO_YIELD(r);
  // Nor a copy of a class with an explicit constructor that copies, which
  // `auto(text)` would pick where the parameter's copy-initialisation
  // did not consider it. (One from another type would need a conversion,
  // and loses to the copy: `Some` is kept.)
  struct Some {
    Some() = default;
    explicit Some(int) {}
  };
  Some s;
  struct Picky {
    Picky() = default;
    Picky(const Picky &) = default;
    explicit Picky(Picky &) {}
  };
  Picky f;
  // CHECK-NOT: error: CORO_YIELD here would need 's'
  r = take(s, CORO_YIELD(3));
  // CHECK: :[[@LINE+1]]:15: error: CORO_YIELD here would need 'f' kept across the suspension, as the copy C++ makes of it
  r = take(f, CORO_YIELD(4));
  CORO_YIELD(r);
}
