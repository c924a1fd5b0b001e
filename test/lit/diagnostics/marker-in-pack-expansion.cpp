// A marker inside a pack expansion, a fold expression or a pattern before
// `...`, would suspend once for each element of the pack: corogen
// translates a fold over `,` standing as a statement, whose pattern
// expands one function parameter pack and holds one CORO_YIELD (or
// CORO_YIELD_FROM) before which it evaluates only what may be evaluated
// again after the resume (run/yield-in-fold.cpp), or over a built-in
// operator whose operands C++ leaves unsequenced, or `&&` and `||`, whose
// value initialises a variable, is assigned, or is discarded
// (run/yield-in-value-fold.cpp), or the pattern of an expansion that is
// an argument of a call whose value is so used, whose function and other
// arguments are names, members of variables and literals
// (run/yield-in-expansion.cpp), and refuses the others,
// with the advice to write that or loop over the elements
// (run/yield-over-pack.cpp).
// Before, the tool wrote the pattern out of its expansion, which did not
// compile.
// RUN: not %corogen %s -- %cxxflags -ferror-limit=0 2>&1 | FileCheck %s --implicit-check-not=error:
#include <corogen/corogen.hpp>

#include <string>
#include <tuple>
#include <utility>
#include <vector>

int sum(int a, int b) { return a + b; }
int twice(int a) { return 2 * a; }
int sum3(int a, int b, int c) { return a + b + c; }
template <class... A> int many(A... a) { return sizeof...(a); }
struct Log {
  Log &operator<<(int) { return *this; }
  Log &operator<<(const std::string &) { return *this; }
};
Log &operator<<(int, Log &l) { return l; }
Log &log_of(int) {
  static Log l;
  return l;
}

// (Objects of classes: kept to the statement's end, run/yield-in-expansion-objects.cpp.)
struct Held {
  explicit Held(int) {}
  ~Held() {}
};
struct Pinned {
  explicit Pinned(int) {}
  Pinned(Pinned &&) = delete;
};
void pin(const Pinned &, const Pinned &) {}
template <class T> corogen::generator<int, int, T> sub(T t) { CORO_RETURN(t); }
template <class T> T subs(T, T t) { return t; }
#define SAME(x) x
struct Point {
  int x, y;
};
struct Spot {
  explicit Spot(int) {}
  Spot(int, const Point &) {}
};
void use(const Spot &, int) {}

// A pack of templates, which no turn can name one element of (a pack of
// types or of constants is each turn's element's,
// run/yield-over-template-packs.cpp).
template <class T> struct Box {
  static int v() { return int(sizeof(T)); }
};
template <template <class> class... Cs> corogen::generator<int, int> boxes() {
  // CHECK: :[[@LINE+1]]:4: error: CORO_YIELD in a pack expansion
  (CORO_YIELD(Cs<int>::v()), ...);
}

template <class... Ts> corogen::generator<int, int> objects(Ts... ts) {
  // (Of a class that cannot be moved, or whose pattern makes a temporary
  // inside it, the string here, which C++ keeps to the whole expansion's
  // end.)
  // CHECK: :[[@LINE+1]]:18: error: CORO_YIELD in a pack expansion
  pin(Pinned(int(CORO_YIELD(ts)))...);
  // (Of a type that depends on a template parameter, run/yield-in-expansion-dependent.cpp,
  // run/yield-in-fold-pack-types.cpp: not a delegation, whose value's type
  // is its own.)
  // CHECK: :[[@LINE+1]]:17: error: CORO_YIELD_FROM in a pack expansion
  many(subs(ts, CORO_YIELD_FROM(sub(ts)))...);
  // CHECK: :[[@LINE+1]]:32: error: CORO_YIELD in a pack expansion
  many(Held(std::to_string(int(CORO_YIELD(ts))).size())...);
  // (A temporary of a class that a value kept past the turn may refer to,
  // which C++ keeps to the end of the whole fold: the frame keeps only
  // those of scalar types, run/yield-in-fold-held-temporaries.cpp.)
  // CHECK: :[[@LINE+1]]:17: error: CORO_YIELD in a pack expansion
  many(Spot(int(CORO_YIELD(ts)), Point{1, 2})...);
  // CHECK: :[[@LINE+1]]:33: error: CORO_YIELD in a pack expansion
  (use(Spot(Point{1, 2}.x), int(CORO_YIELD(ts))), ...);
  // (One of a scalar type, held in the frame by rewriting its text, not
  // inside a macro's argument, which the macro may stringise.)
  // CHECK: :[[@LINE+1]]:27: error: CORO_YIELD in a pack expansion
  many(Spot(SAME(1) + int(CORO_YIELD(ts)))...);
  // (A member of one, kept before the marker by its address, which
  // decltype of its text, an xvalue, names.)
  // CHECK: :[[@LINE+1]]:28: error: CORO_YIELD in a pack expansion
  (many(Point{1, 2}.x, int(CORO_YIELD(ts))), ...);
}

template <class... Ts> corogen::generator<int, int> each(Ts... ts) {
  // A fold whose pattern runs the marker under two conditions (one is
  // tested in the turn, run/yield-in-fold-guard.cpp), or holds two
  // markers (operands before it are kept, run/yield-in-fold-kept-operand.cpp,
  // run/yield-in-fold-kept-operands.cpp); over another operator, or in a
  // larger expression.
  // CHECK: :[[@LINE+1]]:29: error: CORO_YIELD in a pack expansion (a fold expression, or a pattern before '...') would suspend once for each element of the pack, which corogen translates only in a fold over ',' standing as a statement, of one function parameter pack (or of a template parameter pack, where it names none), whose pattern holds one CORO_YIELD (or CORO_YIELD_FROM), which one '&&', '||' or '?:' may run under a condition, and evaluates nothing before it but variables, literals and operands that the frame keeps (not in a switch's condition), nor makes around it a temporary with a destructor (or, where a value kept past the turn may refer to it, of a class), '(CORO_YIELD(f(ts)), ...);', '(g(h(ts), int(CORO_YIELD(ts))), ...);', or over a built-in arithmetic, comparison, shift or logical operator of values of arithmetic types, whose value initialises a variable, is assigned, is returned or is the condition of an 'if', a 'switch' or a loop, alone or in a larger expression that evaluates before it only names, literals and one operand that the frame keeps (not in a switch's condition), 'int n = (0 + ... + int(CORO_YIELD(ts)));', or over '<<' or '>>' with an object, a variable or a member of one, on the left, standing as a statement, '(out << ... << int(CORO_YIELD(ts)));', or expanded as the arguments of a call or the elements of a braced list so used, 'f(x, int(CORO_YIELD(ts))...);'; write that, or a loop over the elements (a range-for over a braced list of them, say)
  ((ts > 0 && (ts < 9 ? int(CORO_YIELD(ts)) : 0)), ...);
  // CHECK: :[[@LINE+2]]:12: error: CORO_YIELD in a pack expansion
  // CHECK: :[[@LINE+1]]:33: error: CORO_YIELD in a pack expansion
  (sum(int(CORO_YIELD(ts)), int(CORO_YIELD(ts))), ...);
  // Or makes around the marker what C++ would keep to the end of the whole
  // fold: a temporary with a destructor (a call or an operator whose type
  // only the instantiation shows is checked there,
  // transform/fold-made-check.cpp).
  std::vector<std::string> names;
  // CHECK: :[[@LINE+1]]:39: error: CORO_YIELD in a pack expansion
  (names.push_back(std::to_string(int(CORO_YIELD(ts)))), ...);
  // A fold over another operator: in a larger expression (below), over `<<`
  // with a variable on the left (which C++17 reads first, before the
  // turns), over `&&` with an operand on the left
  // (which runs first and may decide), or of a pattern whose type only the
  // instantiation shows, or is a class (whose operator may be the user's).
  int s = 0;
  // CHECK: :[[@LINE+1]]:34: error: CORO_YIELD in a pack expansion
  int shifted = (s << ... << int(CORO_YIELD(ts)));
  // Over `<<` of an object: on the right (all the turns before any step),
  // made by a call (which C++ evaluates once, before the turns, with its
  // temporaries kept to the fold's end), or of a pattern whose value has
  // a destructor (kept by C++ to the fold's end).
  Log out;
  // CHECK: :[[@LINE+1]]:9: error: CORO_YIELD in a pack expansion
  ((int(CORO_YIELD(ts)) << ... << out));
  // CHECK: :[[@LINE+1]]:28: error: CORO_YIELD in a pack expansion
  (log_of(s) << ... << int(CORO_YIELD(ts)));
  // CHECK: :[[@LINE+1]]:37: error: CORO_YIELD in a pack expansion
  (out << ... << std::to_string(int(CORO_YIELD(ts))));
  // CHECK: :[[@LINE+1]]:39: error: CORO_YIELD in a pack expansion
  bool first = ((s > 0) && ... && int(CORO_YIELD(ts)));
  // CHECK: :[[@LINE+1]]:30: error: CORO_YIELD in a pack expansion
  int same = (0 + ... + (int(CORO_YIELD(ts)) * ts));
  // CHECK: :[[@LINE+1]]:66: error: CORO_YIELD in a pack expansion
  std::string joined = (std::string() + ... + std::to_string(int(CORO_YIELD(ts))));
  // CHECK: :[[@LINE+1]]:13: error: CORO_YIELD in a pack expansion
  int n = ((CORO_YIELD(ts)), ..., 0);
  // A pattern before `...`: in a braced list after an element that is no
  // literal (which C++ evaluates first), or in a call that evaluates more
  // than names and literals besides (a call, another expansion), or passes
  // the pattern as an lvalue (bound as a reference, not a value).
  // CHECK: :[[@LINE+1]]:24: error: CORO_YIELD in a pack expansion
  int all[] = {s, (int(CORO_YIELD(ts)) + 1)...};
  // CHECK: :[[@LINE+1]]:22: error: CORO_YIELD in a pack expansion
  many(twice(1), int(CORO_YIELD(ts))...);
  // CHECK: :[[@LINE+2]]:12: error: CORO_YIELD in a pack expansion
  // CHECK: :[[@LINE+1]]:36: error: CORO_YIELD in a pack expansion
  many(int(CORO_YIELD(ts))..., int(CORO_YIELD(ts))...);
  // CHECK: :[[@LINE+1]]:17: error: CORO_YIELD in a pack expansion
  many((s = int(CORO_YIELD(ts)))...);
  // (A variable's parenthesised initialiser that evaluates more besides.)
  // CHECK: :[[@LINE+1]]:46: error: CORO_YIELD in a pack expansion
  std::tuple<int, int, int> pr(twice(1), int(CORO_YIELD(ts))...);
  // Of decltype of another expression of the pack (the pack's types, `Ts`
  // and `decltype(ts)`, are each turn's element's, and `sizeof...(ts)`
  // the count, run/yield-in-fold-pack-types.cpp).
  // CHECK: :[[@LINE+1]]:4: error: CORO_YIELD in a pack expansion
  (CORO_YIELD(int(sizeof(decltype(twice(ts))))), ...);
  // (Reported once the markers are classified, after the others: a fold
  // or a call of an expansion inside a larger expression, where C++
  // evaluates before it an operand that decides whether it runs (the left
  // of `&&`), a pointer to the object of a member function, another
  // marker; in a condition. One operand that C++ evaluates before it, a
  // call or a value read on the left of `<<`, is kept,
  // run/yield-in-fold-outer-kept.cpp.)
  // CHECK: :[[@LINE+1]]:22: error: CORO_YIELD in a pack expansion
  CORO_YIELD(sum(int(CORO_YIELD(ts))...));
  int k = 0;
  // CHECK: :[[@LINE+1]]:29: error: CORO_YIELD in a pack expansion
  bool both = s > 0 && (int(CORO_YIELD(ts)) + ...);
  std::vector<int> v, *pv = &v;
  // CHECK: :[[@LINE+1]]:32: error: CORO_YIELD in a pack expansion
  pv->push_back((0 + ... + int(CORO_YIELD(ts))));
  // CHECK: :[[@LINE+1]]:29: error: CORO_YIELD in a pack expansion
  s = sum(s, (0 + ... + int(CORO_YIELD(ts))) + int(CORO_YIELD(0)));
  // (An `if` with an init-statement, or beside another marker in its
  // condition; a loop's condition variable; a `for`'s condition beside a
  // marker in its increment.)
  // CHECK: :[[@LINE+1]]:33: error: CORO_YIELD in a pack expansion
  if (int z = 3; (0 + ... + int(CORO_YIELD(ts))) > z)
    s = 0;
  // CHECK: :[[@LINE+1]]:44: error: CORO_YIELD in a pack expansion
  if (int(CORO_YIELD(0)) && (0 + ... + int(CORO_YIELD(ts))) > 3)
    s = 0;
  // CHECK: :[[@LINE+1]]:33: error: CORO_YIELD in a pack expansion
  while (int k = (0 + ... + int(CORO_YIELD(ts))))
    s = k;
  // CHECK: :[[@LINE+1]]:25: error: CORO_YIELD in a pack expansion
  for (; (0 + ... + int(CORO_YIELD(ts))) > 3; s += int(CORO_YIELD(0)))
    s = 0;
  // (Another marker in the statement, on the left.)
  // CHECK: :[[@LINE+1]]:44: error: CORO_YIELD in a pack expansion
  all[int(CORO_YIELD(0))] = (0 + ... + int(CORO_YIELD(ts)));
  // (A `decltype(auto)` or reference variable so initialised: `auto` is
  // the fold's type decayed, spelled by the frame, but those would be the
  // value category of a fold that, with one element or none, is an
  // operand, here an lvalue, or of the expression around it.)
  // CHECK: :[[@LINE+1]]:37: error: CORO_YIELD in a pack expansion
  decltype(auto) d = (s + ... + int(CORO_YIELD(ts)));
  // CHECK: :[[@LINE+1]]:32: error: CORO_YIELD in a pack expansion
  decltype(auto) d2 = 1 + (int(CORO_YIELD(ts)) + ...);
  // CHECK: :[[@LINE+1]]:34: error: CORO_YIELD in a pack expansion
  const auto &r = (s + ... + int(CORO_YIELD(ts)));
  // (Such a fold over `<<` of an object, used as a value.)
  // CHECK: :[[@LINE+1]]:36: error: CORO_YIELD in a pack expansion
  Log &logged = (out << ... << int(CORO_YIELD(ts)));
  (void)logged;
  CORO_YIELD(all[0] + std::get<0>(pr) + s + n + k + d + d2 + r + both + shifted + first + same + int(joined.size()));
}

int main() {
  each(1, 2);
  objects(1, 2);
  boxes<Box>();
}
