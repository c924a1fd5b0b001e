// In a template, whether a reference's initialiser is a temporary is known
// only at instantiation. A reference local that lives across a suspension
// keeps it (run/reference-to-temporary-template.cpp), and so does a
// structured binding's reference
// (run/structured-bindings-template-references.cpp), but not a new
// temporary that a class converts to the reference's type (a conversion
// function may give a reference that binds directly instead, which the
// runtime does not tell apart), nor one that a tuple-like get<I>'s result
// of a class type converts to, for the same reason: the output refuses to
// compile, with a message from corogen. (A result of another type, an int
// that tuple_element says is a long, converts to a new temporary, which
// the binding keeps: run/structured-bindings-template-references.cpp.)
// RUN: %corogen %s -o %t-ref.cpp -- %cxxflags -DREFERENCE
// RUN: not %cxx-gcc %cxxflags -DREFERENCE -fsyntax-only %t-ref.cpp 2>&1 | FileCheck --check-prefix=REF %s
// RUN: not %cxx-clang %cxxflags -DREFERENCE -fsyntax-only %t-ref.cpp 2>&1 | FileCheck --check-prefix=REF %s
// REF: corogen: this reference that lives across a suspension in a template binds to the result of a conversion from a class type
// RUN: %corogen %s -o %t-get.cpp -- %cxxflags
// RUN: not %cxx-gcc %cxxflags -fsyntax-only %t-get.cpp 2>&1 | FileCheck --check-prefix=GET %s
// RUN: not %cxx-clang %cxxflags -fsyntax-only %t-get.cpp 2>&1 | FileCheck --check-prefix=GET %s
// GET: corogen: the get<I> of this structured binding gives an object of a class type that converts to a new temporary
#include <corogen/corogen.hpp>

#include <cstddef>
#include <string>
#include <tuple>

#ifdef REFERENCE
/// Converts to a std::string.
struct Label {
  operator std::string() const { return "label"; }
};

template <class T, class U> corogen::generator<std::string> twice(U u) {
  const T &r = u;
  CORO_YIELD(r);
  CORO_YIELD(r);
}

int main() {
  for (const std::string &s : twice<std::string>(Label()))
    (void)s;
}
#else
/// Converts to a long.
struct Num {
  int v;
  operator long() const { return v; }
};
/// get<I> gives a Num that std::tuple_element says is a long.
struct Ints {
  int v[2];
  template <std::size_t I> Num get() && { return Num{v[I]}; }
};

namespace std {
template <> struct tuple_size<Ints> : integral_constant<size_t, 2> {};
template <size_t I> struct tuple_element<I, Ints> {
  using type = long;
};
} // namespace std

template <class T> corogen::generator<long> longs(T t) {
  auto [a, b] = t;
  CORO_YIELD(a);
  CORO_YIELD(b);
}

int main() {
  for (long v : longs(Ints{{1, 2}}))
    (void)v;
}
#endif
