// A tuple-like class template whose `get` is its own, not std::get, which
// declaring a structured binding's bindings again would call again (for
// the test of the template case, which the runtime refuses).
#ifndef COROGEN_LIT_USER_GET_HPP
#define COROGEN_LIT_USER_GET_HPP

#include <cstddef>
#include <utility>

template <class T> struct Wrap {
  T t;
  template <std::size_t I> const T &get() const { return t; }
};
namespace std {
template <class T> struct tuple_size<::Wrap<T>> : integral_constant<size_t, 1> {};
template <size_t I, class T> struct tuple_element<I, ::Wrap<T>> {
  using type = const T &;
};
} // namespace std

#endif // COROGEN_LIT_USER_GET_HPP
